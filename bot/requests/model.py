"""What the requests service takes and gives back: plain values, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

HandlerKind = Literal["officer", "kierownik", "unassigned"]


class InvalidRequest(ValueError):
    """The resident's input cannot be filed; message_pl can be shown to them as it is."""

    def __init__(self, message_pl: str) -> None:
        super().__init__(message_pl)
        self.message_pl = message_pl


class LimitReached(Exception):
    """The resident filed daily_limit requests in the last 24 hours."""

    def __init__(self, phone: str | None) -> None:
        super().__init__("daily limit of requests reached")
        # The area officer's phone: the resident can still call in duty hours.
        self.phone = phone


@dataclass(frozen=True)
class NewRequest:
    kind: str  # report | message
    resident_chat_id: int
    officer_code: str | None  # the area's officer, from the registry; None outside any area
    place: str  # the resolved address as shown to the resident
    category: str | None  # a CATEGORIES code for a report; None for a message
    description: str
    when_text: str | None = None
    contact: str | None = None
    contact_consent_at: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    photos: tuple[str, ...] = ()  # Telegram file_ids


@dataclass(frozen=True)
class Filed:
    id: int
    number: str
    officer_name: str | None  # the area's officer: rank, first and last name
    handler: HandlerKind


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    message_pl: str  # to show the person who acted


@dataclass(frozen=True)
class PendingInput:
    request_id: int
    number: str
    purpose: str  # answer | close_note
    close_status: str | None
    created_at: datetime


@dataclass(frozen=True)
class MessageView:
    author: str  # resident | officer
    text: str
    created_at: datetime
    officer_name: str | None


@dataclass(frozen=True)
class RequestView:
    id: int
    number: str
    kind: str
    kind_label: str
    category: str | None
    category_label: str | None
    place: str
    latitude: float | None
    longitude: float | None
    description: str
    when_text: str | None
    contact: str | None
    status: str  # new | accepted | closed
    status_label: str  # as residents see it (KMZB words)
    close_status: str | None
    closing_note: str | None
    unit: str | None
    officer_code: str | None
    officer_name: str | None
    handler_name: str | None
    accepted_by: str | None
    created_at: datetime
    accepted_at: datetime | None
    closed_at: datetime | None
    accept_due: datetime
    close_due: datetime
    photos: tuple[str, ...]
    messages: tuple[MessageView, ...]  # oldest first


@dataclass(frozen=True)
class DeadlineReport:
    assigned: int = 0  # waiting requests that got a handler
    reminders: int = 0
    escalations: int = 0  # sent to a kierownik
    unrouted: int = 0  # missed deadlines with no linked kierownik to tell (logged)
