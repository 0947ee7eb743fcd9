"""Enqueue, claim and settle outbox messages. Safe with several replicas: a claim is an
UPDATE that only one of them can win."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.conversation.replies import Button, Reply
from bot.db.engine import transaction
from bot.db.models import OutboxMessage, utcnow

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Pending:
    id: int
    chat_id: int
    reply: Reply
    attempts: int


class OutboxService:
    def __init__(self, session_factory: sessionmaker) -> None:
        self._sessions = session_factory

    def enqueue(
        self,
        chat_id: int,
        reply: Reply,
        *,
        not_before: datetime | None = None,
        dedup_key: str | None = None,
    ) -> bool:
        """False when a message with the same dedup_key was already queued."""
        try:
            with transaction(self._sessions) as session:
                return self.add(session, chat_id, reply, not_before=not_before, dedup_key=dedup_key)
        except IntegrityError:
            return False

    def add(
        self,
        session: Session,
        chat_id: int,
        reply: Reply,
        *,
        not_before: datetime | None = None,
        dedup_key: str | None = None,
    ) -> bool:
        """Queue inside the caller's transaction, so a message exists only if the change that
        caused it was committed. False when the dedup_key is already queued; a concurrent
        writer of the same key still fails the commit on the unique constraint."""
        if dedup_key is not None:
            taken = session.execute(
                select(OutboxMessage.id).where(OutboxMessage.dedup_key == dedup_key)
            ).first()
            if taken is not None:
                return False
        buttons = (
            json.dumps([[b.title, b.payload] for b in reply.buttons]) if reply.buttons else None
        )
        session.add(
            OutboxMessage(
                chat_id=chat_id,
                text=reply.text,
                buttons=buttons,
                photo=reply.photo,
                not_before=not_before or utcnow(),
                dedup_key=dedup_key,
            )
        )
        session.flush()
        return True

    def claim_due(self, limit: int = 50) -> list[Pending]:
        now = utcnow()
        claimed: list[Pending] = []
        with transaction(self._sessions) as session:
            rows = (
                session.execute(
                    select(OutboxMessage)
                    .where(OutboxMessage.status == "pending", OutboxMessage.not_before <= now)
                    .order_by(OutboxMessage.id)
                    .limit(limit)
                )
                .scalars()
                .all()
            )
            for row in rows:
                won = session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == row.id, OutboxMessage.status == "pending")
                    .values(status="sending", attempts=OutboxMessage.attempts + 1)
                ).rowcount
                if won:
                    buttons = tuple(Button(t, p) for t, p in json.loads(row.buttons or "[]"))
                    reply = Reply(row.text, buttons, photo=row.photo)
                    claimed.append(Pending(row.id, row.chat_id, reply, row.attempts + 1))
        return claimed

    def mark_sent(self, message_id: int) -> None:
        self._settle(message_id, status="sent", sent_at=utcnow())

    def mark_undeliverable(self, message_id: int, reason: str) -> None:
        self._settle(message_id, status="failed", last_error=reason[:300])

    def retry_later(self, message_id: int, attempts: int, reason: str) -> None:
        if attempts >= MAX_ATTEMPTS:
            self.mark_undeliverable(message_id, reason)
            return
        delay = timedelta(seconds=30 * 2 ** (attempts - 1))
        self._settle(
            message_id, status="pending", not_before=utcnow() + delay, last_error=reason[:300]
        )

    def _settle(self, message_id: int, **values: object) -> None:
        with transaction(self._sessions) as session:
            session.execute(
                update(OutboxMessage).where(OutboxMessage.id == message_id).values(**values)
            )
