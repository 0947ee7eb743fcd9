"""Tables. Only what a feature needs is stored: no names of residents, and their texts only
inside the requests they file (a contact only with their consent)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.types import TypeDecorator

Base: Any = declarative_base()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):  # type: ignore[misc]
    """Stores UTC; returns aware datetimes on SQLite too (it keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class PoliceUnit(Base):
    __tablename__ = "police_units"

    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False, unique=True)


class Officer(Base):
    __tablename__ = "officers"

    id = Column(Integer, primary_key=True)
    code = Column(String(64), nullable=False, unique=True)  # officer_id from the registry CSV
    rank = Column(String(40), nullable=False)
    first_name = Column(String(100), nullable=False)
    last_name = Column(String(100), nullable=False)
    unit_id = Column(Integer, ForeignKey("police_units.id"), nullable=False)
    phone = Column(String(40), nullable=False)
    email = Column(String(200), nullable=False)
    duty_hours = Column(String(200), nullable=False)
    # False when a later import no longer lists the officer: kept for their linked account
    # and open requests, but never routed to.
    active = Column(Boolean, nullable=False, default=True)
    telegram_chat_id = Column(BigInteger, nullable=True, unique=True)
    # dzielnicowy | kierownik (head of the unit's officers: fallback handler, escalations)
    role = Column(String(20), nullable=False, default="dzielnicowy", server_default="dzielnicowy")

    unit = relationship(PoliceUnit, lazy="joined")


class StreetSegment(Base):
    __tablename__ = "street_segments"

    id = Column(Integer, primary_key=True)
    officer_id = Column(Integer, ForeignKey("officers.id", ondelete="CASCADE"), nullable=False)
    city = Column(String(100), nullable=False)
    street = Column(String(200), nullable=False)
    numbers = Column(String(500), nullable=False, default="")

    __table_args__ = (Index("ix_street_segments_city_street", "city", "street"),)


class RegistryVersion(Base):
    """One row; an import that changes the registry bumps it, so replicas rebuild their index."""

    __tablename__ = "registry_version"

    id = Column(Integer, primary_key=True)
    version = Column(Integer, nullable=False, default=0)


class Chat(Base):
    """A Telegram chat the bot talks to. Holds no names: id, kind and reachability only."""

    __tablename__ = "chats"

    id = Column(BigInteger, primary_key=True)  # Telegram chat id
    kind = Column(String(20), nullable=False)  # private | group | supergroup | channel
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    inactive_since = Column(UTCDateTime, nullable=True)


class Lease(Base):
    """Who runs a piece of work that only one replica may run (bot/scheduling/leader.py)."""

    __tablename__ = "leases"

    name = Column(String(50), primary_key=True)
    holder = Column(String(200), nullable=False)
    expires_at = Column(UTCDateTime, nullable=False)


class OutboxMessage(Base):
    """A message waiting to be sent. Every feature that talks first writes here."""

    __tablename__ = "outbox"

    id = Column(Integer, primary_key=True)
    chat_id = Column(BigInteger, nullable=False)
    text = Column(Text, nullable=False)
    buttons = Column(Text, nullable=True)  # JSON: [[{"title": ..., "payload": ...}]]
    # pending | sending | sent | failed | cancelled (withdrawn before sending)
    status = Column(String(10), nullable=False, default="pending")
    attempts = Column(Integer, nullable=False, default=0)
    # While 'sending': the end of the claim's lease (bot/outbox/service.py), after which the
    # message is due again (its claimer died).
    not_before = Column(UTCDateTime, nullable=False, default=utcnow)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    sent_at = Column(UTCDateTime, nullable=True)
    last_error = Column(String(300), nullable=True)
    # Makes re-running a scheduled job harmless: the same key is written once.
    dedup_key = Column(String(200), nullable=True)
    photo = Column(String(300), nullable=True)  # Telegram file_id; the text is its caption
    # Sent in order of priority (higher first), then of queueing: alerts 1, most messages 0,
    # tips -1 (a morning's tips must not hold up an officer's notification).
    priority = Column(Integer, nullable=False, default=0, server_default="0")
    # The resident's request a notification is about: withdrawn when their data is deleted.
    request_id = Column(Integer, nullable=True, index=True)

    __table_args__ = (
        UniqueConstraint("dedup_key", name="uq_outbox_dedup_key"),
        # The sender's claim order (replaced an index on status, not_before): pending
        # messages are read in index order, never sorted as a whole queue.
        Index("ix_outbox_claim_order", "status", priority.desc(), "id"),
    )


class OfficerLinkCode(Base):
    """A one-time code that links an officer to the Telegram chat that sends it."""

    __tablename__ = "officer_link_codes"

    id = Column(Integer, primary_key=True)
    officer_id = Column(Integer, ForeignKey("officers.id", ondelete="CASCADE"), nullable=False)
    # Only the hash is kept: a database dump does not hand out usable codes.
    code_hash = Column(String(64), nullable=False, unique=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    expires_at = Column(UTCDateTime, nullable=False)
    used_at = Column(UTCDateTime, nullable=True)


class RegistrationFailure(Base):
    """A wrong registration code, counted per chat to stop guessing."""

    __tablename__ = "registration_failures"

    id = Column(Integer, primary_key=True)
    chat_id = Column(BigInteger, nullable=False)
    at = Column(UTCDateTime, nullable=False)

    __table_args__ = (Index("ix_registration_failures_chat_id_at", "chat_id", "at"),)


class ServiceRequest(Base):
    """A resident's report of a local problem, or a message to their dzielnicowy."""

    __tablename__ = "service_requests"

    id = Column(Integer, primary_key=True)
    number = Column(String(40), nullable=False, unique=True)  # ŁDZ-2026-000123
    kind = Column(String(20), nullable=False)  # report | message
    resident_chat_id = Column(BigInteger, nullable=False, index=True)
    # The area's officer at filing time; kept when someone else handles the request.
    officer_id = Column(Integer, ForeignKey("officers.id"), nullable=True)
    # Who must act now; NULL while nobody linked to the bot can take it.
    handler_officer_id = Column(Integer, ForeignKey("officers.id"), nullable=True)
    unit_id = Column(Integer, ForeignKey("police_units.id"), nullable=True)
    place = Column(String(300), nullable=False)
    latitude = Column(Float, nullable=True)
    longitude = Column(Float, nullable=True)
    category = Column(String(60), nullable=True)
    description = Column(Text, nullable=False)
    when_text = Column(String(200), nullable=True)
    contact = Column(String(200), nullable=True)
    contact_consent_at = Column(UTCDateTime, nullable=True)
    status = Column(String(20), nullable=False, default="new")  # new | accepted | closed
    close_status = Column(String(30), nullable=True)
    closing_note = Column(Text, nullable=True)
    accepted_by_officer_id = Column(Integer, ForeignKey("officers.id"), nullable=True)
    created_at = Column(UTCDateTime, nullable=False)
    accepted_at = Column(UTCDateTime, nullable=True)
    closed_at = Column(UTCDateTime, nullable=True)
    accept_due = Column(UTCDateTime, nullable=False)
    close_due = Column(UTCDateTime, nullable=False)
    # Set once each: they make reminders and escalations happen once, across processes.
    accept_reminded_at = Column(UTCDateTime, nullable=True)
    close_reminded_at = Column(UTCDateTime, nullable=True)
    accept_escalated_at = Column(UTCDateTime, nullable=True)
    close_escalated_at = Column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_service_requests_handler_status", "handler_officer_id", "status"),
        Index("ix_service_requests_status_created_at", "status", "created_at"),
    )


class RequestPhoto(Base):
    __tablename__ = "request_photos"

    id = Column(Integer, primary_key=True)
    request_id = Column(
        Integer, ForeignKey("service_requests.id", ondelete="CASCADE"), nullable=False, index=True
    )
    file_id = Column(String(300), nullable=False)  # Telegram file_id; the photo stays there


class RequestMessage(Base):
    """A later message on a request: the officer's answer or the resident's follow-up."""

    __tablename__ = "request_messages"

    id = Column(Integer, primary_key=True)
    request_id = Column(
        Integer, ForeignKey("service_requests.id", ondelete="CASCADE"), nullable=False, index=True
    )
    author = Column(String(20), nullable=False)  # resident | officer
    officer_id = Column(Integer, ForeignKey("officers.id"), nullable=True)
    text = Column(Text, nullable=False)
    created_at = Column(UTCDateTime, nullable=False)


class OfficerPendingInput(Base):
    """The officer's next text belongs to a request (an answer or a closing note). Stored, not
    kept in memory, so it survives a restart and reaches whichever process gets the text."""

    __tablename__ = "officer_pending_inputs"

    officer_chat_id = Column(BigInteger, primary_key=True, autoincrement=False)
    request_id = Column(
        Integer, ForeignKey("service_requests.id", ondelete="CASCADE"), nullable=False
    )
    purpose = Column(String(20), nullable=False)  # answer | close_note
    close_status = Column(String(30), nullable=True)
    created_at = Column(UTCDateTime, nullable=False)


class Tip(Base):
    """A prevention tip from the catalogue (bot/tips/data/tips.yml). Retired, never deleted,
    when a newer catalogue drops it: deliveries keep pointing at it."""

    __tablename__ = "tips"

    id = Column(Integer, primary_key=True)
    key = Column(String(80), nullable=False, unique=True)  # the catalogue's id
    text = Column(Text, nullable=False)
    audiences = Column(JSON, nullable=False)  # list of audience names
    seasons = Column(JSON, nullable=False)  # list of season names; empty: any time
    sources = Column(JSON, nullable=False)  # [{"title": ..., "url": ...}]
    checked = Column(Date, nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime, nullable=False)
    retired_at = Column(UTCDateTime, nullable=True)


class TipSubscription(Base):
    """A chat's subscription to tips: one per chat, kept (inactive) after leaving, so
    coming back does not repeat the tips already sent."""

    __tablename__ = "tip_subscriptions"

    id = Column(Integer, primary_key=True)
    chat_id = Column(BigInteger, nullable=False, unique=True)
    kind = Column(String(20), nullable=False)  # private | group
    audiences = Column(JSON, nullable=False)  # list of audience names
    frequency = Column(String(20), nullable=False)  # daily | twice_weekly | weekly
    hour = Column(Integer, nullable=False)  # local time (Europe/Warsaw)
    school_name = Column(String(200), nullable=True)  # groups only
    town = Column(String(100), nullable=True)  # groups only
    class_label = Column(String(40), nullable=True)  # groups only
    # The dzielnicowy of an address the resident gave (for local alerts); only the code.
    officer_code = Column(String(64), nullable=True, index=True)
    created_at = Column(UTCDateTime, nullable=False)
    updated_at = Column(UTCDateTime, nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    ended_at = Column(UTCDateTime, nullable=True)
    end_reason = Column(String(20), nullable=True)  # unsubscribed | unreachable
    next_due_at = Column(UTCDateTime, nullable=False)  # the next slot, UTC
    # Tips are not repeated within a round; a new round starts when the pool is used up.
    round = Column(Integer, nullable=False, default=0, server_default="0")
    last_tip_id = Column(Integer, ForeignKey("tips.id"), nullable=True)

    __table_args__ = (Index("ix_tip_subscriptions_active_next_due_at", "active", "next_due_at"),)


class TipDelivery(Base):
    """A tip planned for a subscription's slot. Unique per (subscription, slot): a slot is
    delivered once, whatever runs the planner how often."""

    __tablename__ = "tip_deliveries"

    id = Column(Integer, primary_key=True)
    subscription_id = Column(
        Integer, ForeignKey("tip_subscriptions.id", ondelete="CASCADE"), nullable=False
    )
    tip_id = Column(Integer, ForeignKey("tips.id"), nullable=False)
    slot_at = Column(UTCDateTime, nullable=False)
    round = Column(Integer, nullable=False)
    created_at = Column(UTCDateTime, nullable=False)

    __table_args__ = (
        UniqueConstraint("subscription_id", "slot_at", name="uq_tip_deliveries_subscription_slot"),
        # The planner reads a subscription's current round, however long its history.
        Index("ix_tip_deliveries_subscription_round", "subscription_id", "round"),
    )


class Alert(Base):
    """A local alert an operator sent to subscribers (what, to whom, how many)."""

    __tablename__ = "alerts"

    id = Column(Integer, primary_key=True)
    # Digest of the text, the filters and the local date: the same alert sent again the
    # same day (a retry after a crash) reuses it, and the outbox keys keep it from repeating.
    key = Column(String(32), nullable=False, unique=True)
    text = Column(Text, nullable=False)
    city = Column(String(100), nullable=False)
    street = Column(String(200), nullable=True)
    officer_code = Column(String(64), nullable=True)
    audience = Column(String(40), nullable=True)
    created_at = Column(UTCDateTime, nullable=False)
    matched = Column(Integer, nullable=False, default=0)
    queued = Column(Integer, nullable=False, default=0)


class Consent(Base):
    """A resident's consent to the privacy notice of one version, with its time: asked again
    when the notice changes (bot/privacy/notice.py)."""

    __tablename__ = "consents"

    id = Column(Integer, primary_key=True)
    chat_id = Column(BigInteger, nullable=False, index=True)
    notice_version = Column(String(32), nullable=False)
    given_at = Column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (UniqueConstraint("chat_id", "notice_version", name="uq_consent_version"),)
