"""What the tips service takes and gives back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class InvalidSubscription(Exception):
    """A subscription the bot refuses, with the reason in Polish for the chat."""

    def __init__(self, message_pl: str) -> None:
        super().__init__(message_pl)
        self.message_pl = message_pl


class InvalidAlert(ValueError):
    """An alert the operator has to correct (the message is for the operator's terminal)."""


@dataclass(frozen=True)
class SchoolInfo:
    name: str  # "Szkoła Podstawowa nr 12"
    town: str  # "Łódź": local alerts for a town reach its class groups
    class_label: str = ""  # "3b"


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    chat_id: int
    kind: str  # private | group
    audiences: tuple[str, ...]
    frequency: str  # daily | twice_weekly | weekly
    hour: int  # local time
    active: bool
    next_due_at: datetime | None  # UTC; None when not active
    school_name: str | None
    town: str | None
    class_label: str | None
    officer_code: str | None  # the area's dzielnicowy, for local alerts
    created_at: datetime


@dataclass(frozen=True)
class PlanReport:
    due: int = 0  # subscriptions whose slot had come
    queued: int = 0  # tips queued (at most one per subscription and call)
    skipped: int = 0  # slot missed: older than the grace window, or now in quiet hours
    no_tip: int = 0  # no tip in the catalogue fits the subscription now
    batches: int = 0


@dataclass(frozen=True)
class AlertReport:
    matched: int  # subscribed chats in the alert's area (and audience)
    queued: int  # messages queued by this call (0 for a dry run or a repeat)
    alert_id: str = ""
