"""Consents to the privacy notice: recorded with their time and the notice's version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from bot.db.engine import transaction
from bot.db.models import Consent, utcnow


@dataclass(frozen=True)
class ConsentView:
    notice_version: str
    given_at: datetime


class ConsentService:
    def __init__(self, session_factory: sessionmaker, version: str) -> None:
        self._sessions = session_factory
        self.version = version

    def has_current(self, chat_id: int) -> bool:
        """Consent to the notice in force (an older version's does not count)."""
        with self._sessions() as session:
            found = session.execute(
                select(Consent.id).where(
                    Consent.chat_id == chat_id, Consent.notice_version == self.version
                )
            ).first()
        return found is not None

    def record(self, chat_id: int, version: str, now: datetime | None = None) -> bool:
        """Records consent to `version`, the version the resident was shown; False (and
        nothing recorded) when that is not the notice in force any more."""
        if version != self.version:
            return False
        try:
            with transaction(self._sessions) as session:
                session.add(
                    Consent(chat_id=chat_id, notice_version=version, given_at=now or utcnow())
                )
        except IntegrityError:  # given already (a second press, another replica)
            pass
        return True

    def for_chat(self, chat_id: int) -> list[ConsentView]:
        with self._sessions() as session:
            rows = session.execute(
                select(Consent.notice_version, Consent.given_at)
                .where(Consent.chat_id == chat_id)
                .order_by(Consent.given_at)
            ).all()
        return [ConsentView(version, given_at) for version, given_at in rows]

    def forget(self, chat_id: int) -> None:
        with transaction(self._sessions) as session:
            session.execute(delete(Consent).where(Consent.chat_id == chat_id))
