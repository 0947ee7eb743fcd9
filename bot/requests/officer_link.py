"""Links officers to their Telegram chats with one-time codes issued by an operator."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import transaction
from bot.db.models import Officer, OfficerLinkCode, RegistrationFailure
from bot.requests.routing import display_name, officer_by_chat, release_requests

# No 0/O, 1/I/L: the code is read off a screen or paper and typed on a phone.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_VALID = timedelta(hours=24)
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(hours=1)

LinkOutcome = Literal["linked", "wrong", "expired", "used", "too_many", "already_linked_elsewhere"]


@dataclass(frozen=True)
class LinkResult:
    outcome: LinkOutcome
    name: str | None = None  # the officer's rank, first and last name (from a found code)
    role: str | None = None  # of a found code: dzielnicowy | kierownik


@dataclass(frozen=True)
class OfficerIdentity:
    code: str
    name: str
    role: str  # dzielnicowy | kierownik
    unit: str
    active: bool  # False: no longer in the registry, may still finish their requests


def _hash(code: str) -> str:
    return hashlib.sha256(normalize(code).encode("ascii", "replace")).hexdigest()


def normalize(code: str) -> str:
    """Spaces and dashes are for reading; letters are the same in either case."""
    return "".join(c for c in code.upper() if c not in " -\t")


class OfficerLinkService:
    def __init__(self, sessions: sessionmaker) -> None:
        self._sessions = sessions

    def issue_code(self, officer_code: str, now: datetime) -> str:
        """A new code for the officer, valid 24 hours; their earlier unused codes lapse.
        Raises LookupError for an officer not in the registry (or no longer active)."""
        with transaction(self._sessions) as session:
            officer = self._officer(session, officer_code)
            if not officer.active:
                raise LookupError(f"officer {officer_code} is no longer in the registry")
            session.execute(
                update(OfficerLinkCode)
                .where(
                    OfficerLinkCode.officer_id == officer.id,
                    OfficerLinkCode.used_at.is_(None),
                    OfficerLinkCode.expires_at > now,
                )
                .values(expires_at=now)
            )
            code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
            session.add(
                OfficerLinkCode(
                    officer_id=officer.id,
                    code_hash=_hash(code),
                    created_at=now,
                    expires_at=now + CODE_VALID,
                )
            )
            return code

    def register(self, chat_id: int, code: str, now: datetime) -> LinkResult:
        with transaction(self._sessions) as session:
            session.execute(
                delete(RegistrationFailure).where(RegistrationFailure.at < now - FAILURE_WINDOW)
            )
            failures: int = session.execute(
                select(func.count(RegistrationFailure.id)).where(
                    RegistrationFailure.chat_id == chat_id,
                    RegistrationFailure.at >= now - FAILURE_WINDOW,
                )
            ).scalar_one()
            if failures >= MAX_FAILURES:
                return LinkResult("too_many")
            found = session.execute(
                select(OfficerLinkCode).where(OfficerLinkCode.code_hash == _hash(code))
            ).scalar_one_or_none()
            if found is None:
                session.add(RegistrationFailure(chat_id=chat_id, at=now))
                return LinkResult("wrong")
            officer = session.get(Officer, found.officer_id)
            name, role = display_name(officer), str(officer.role)
            if found.used_at is not None:
                if officer.telegram_chat_id == chat_id:
                    return LinkResult("linked", name, role)  # sent twice: already done
                session.add(RegistrationFailure(chat_id=chat_id, at=now))
                return LinkResult("used", name, role)
            if found.expires_at <= now or not officer.active:
                session.add(RegistrationFailure(chat_id=chat_id, at=now))
                return LinkResult("expired", name, role)
            if officer.telegram_chat_id is not None and officer.telegram_chat_id != chat_id:
                # Moving a link needs the operator: officer-revoke first.
                return LinkResult("already_linked_elsewhere", name, role)
            won = session.execute(
                update(OfficerLinkCode)
                .where(OfficerLinkCode.id == found.id, OfficerLinkCode.used_at.is_(None))
                .values(used_at=now)
            ).rowcount
            if not won:
                return LinkResult("used", name, role)
            previous = officer_by_chat(session, chat_id)
            if previous is not None and previous.id != officer.id:
                # One chat is one officer: the account that had this chat lets it go.
                previous.telegram_chat_id = None
                release_requests(session, previous.id)
                session.flush()
            officer.telegram_chat_id = chat_id
            return LinkResult("linked", name, role)

    def revoke(self, officer_code: str) -> bool:
        """Unlinks the officer's chat and voids their unused codes; their open requests wait
        for a new handler. False when there was nothing to revoke. Raises LookupError."""
        with transaction(self._sessions) as session:
            officer = self._officer(session, officer_code)
            voided = session.execute(
                delete(OfficerLinkCode).where(
                    OfficerLinkCode.officer_id == officer.id, OfficerLinkCode.used_at.is_(None)
                )
            ).rowcount
            if officer.telegram_chat_id is None:
                return bool(voided)
            officer.telegram_chat_id = None
            release_requests(session, officer.id)
            return True

    def officer_for_chat(self, chat_id: int) -> OfficerIdentity | None:
        with self._sessions() as session:
            officer = officer_by_chat(session, chat_id)
            if officer is None:
                return None
            return OfficerIdentity(
                code=officer.code,
                name=display_name(officer),
                role=officer.role,
                unit=officer.unit.name,
                active=officer.active,
            )

    def _officer(self, session: Session, officer_code: str) -> Officer:
        officer: Officer | None = session.execute(
            select(Officer).where(Officer.code == officer_code)
        ).scalar_one_or_none()
        if officer is None:
            raise LookupError(f"no officer {officer_code} in the registry")
        return officer
