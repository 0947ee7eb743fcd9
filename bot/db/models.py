"""Tables. Only what a feature needs is stored: no names or message texts of residents."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
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


class OutboxMessage(Base):
    """A message waiting to be sent. Every feature that talks first writes here."""

    __tablename__ = "outbox"

    id = Column(Integer, primary_key=True)
    chat_id = Column(BigInteger, nullable=False)
    text = Column(Text, nullable=False)
    buttons = Column(Text, nullable=True)  # JSON: [[{"title": ..., "payload": ...}]]
    status = Column(String(10), nullable=False, default="pending")  # pending | sent | failed
    attempts = Column(Integer, nullable=False, default=0)
    not_before = Column(UTCDateTime, nullable=False, default=utcnow)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    sent_at = Column(UTCDateTime, nullable=True)
    last_error = Column(String(300), nullable=True)
    # Makes re-running a scheduled job harmless: the same key is written once.
    dedup_key = Column(String(200), nullable=True)

    __table_args__ = (
        UniqueConstraint("dedup_key", name="uq_outbox_dedup_key"),
        Index("ix_outbox_status_not_before", "status", "not_before"),
    )
