"""Enqueue, claim and settle outbox messages. Safe with several replicas: a claim is an
UPDATE that only one of them can win."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.conversation.replies import Button, Reply
from bot.db.engine import transaction
from bot.db.models import OutboxMessage, utcnow

MAX_ATTEMPTS = 5
# Claim order: higher first, then in the order queued.
PRIORITY_ALERT = 1
PRIORITY_NORMAL = 0
PRIORITY_BULK = -1  # tips: a morning's thousands must not hold up anything else
_IN_CHUNK = 500  # values per IN (...) list


@dataclass(frozen=True)
class Pending:
    id: int
    chat_id: int
    reply: Reply
    attempts: int


@dataclass(frozen=True)
class Outgoing:
    """One message of a bulk add."""

    chat_id: int
    reply: Reply
    dedup_key: str | None = None


def _buttons_json(reply: Reply) -> str | None:
    return json.dumps([[b.title, b.payload] for b in reply.buttons]) if reply.buttons else None


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
        priority: int = PRIORITY_NORMAL,
    ) -> bool:
        """False when a message with the same dedup_key was already queued."""
        try:
            with transaction(self._sessions) as session:
                return self.add(
                    session,
                    chat_id,
                    reply,
                    not_before=not_before,
                    dedup_key=dedup_key,
                    priority=priority,
                )
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
        priority: int = PRIORITY_NORMAL,
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
        session.add(
            OutboxMessage(
                chat_id=chat_id,
                text=reply.text,
                buttons=_buttons_json(reply),
                photo=reply.photo,
                not_before=not_before or utcnow(),
                dedup_key=dedup_key,
                priority=priority,
            )
        )
        session.flush()
        return True

    def add_many(
        self,
        session: Session,
        messages: Sequence[Outgoing],
        *,
        not_before: datetime | None = None,
        priority: int = PRIORITY_NORMAL,
        known_new: bool = False,
    ) -> int:
        """`add` for many messages at once (one query per 500 keys, one bulk insert), in the
        caller's transaction. Messages whose dedup_key is already queued (or repeated in
        `messages`) are left out; returns how many were queued. `known_new`: the caller
        knows no key is queued yet (the lookup is skipped; a duplicate fails the commit)."""
        keys = [m.dedup_key for m in messages if m.dedup_key is not None and not known_new]
        taken: set[str] = set()
        for start in range(0, len(keys), _IN_CHUNK):
            chunk = keys[start : start + _IN_CHUNK]
            taken.update(
                session.execute(
                    select(OutboxMessage.dedup_key).where(OutboxMessage.dedup_key.in_(chunk))
                ).scalars()
            )
        when = not_before or utcnow()
        rows = []
        for m in messages:
            if m.dedup_key is not None:
                if m.dedup_key in taken:
                    continue
                taken.add(m.dedup_key)
            rows.append(
                {
                    "chat_id": m.chat_id,
                    "text": m.reply.text,
                    "buttons": _buttons_json(m.reply),
                    "photo": m.reply.photo,
                    "not_before": when,
                    "dedup_key": m.dedup_key,
                    "priority": priority,
                    "status": "pending",
                    "attempts": 0,
                    "created_at": when,
                }
            )
        if rows:
            session.execute(insert(OutboxMessage), rows)
        return len(rows)

    def cancel_pending(self, session: Session, chat_id: int, key_prefixes: Sequence[str]) -> int:
        """Withdraws the chat's messages not yet claimed whose dedup_key starts with one of
        the prefixes ('tip:', 'alert:'), in the caller's transaction. Returns how many."""
        if not key_prefixes:
            return 0
        key = OutboxMessage.dedup_key
        withdrawn: int = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.chat_id == chat_id,
                OutboxMessage.status == "pending",
                or_(*(key.startswith(p, autoescape=True) for p in key_prefixes)),
            )
            .values(status="cancelled")
            .execution_options(synchronize_session=False)
        ).rowcount
        return withdrawn

    def claim_due(self, limit: int = 50) -> list[Pending]:
        now = utcnow()
        claimed: list[Pending] = []
        with transaction(self._sessions) as session:
            rows = (
                session.execute(
                    select(OutboxMessage)
                    .where(OutboxMessage.status == "pending", OutboxMessage.not_before <= now)
                    .order_by(OutboxMessage.priority.desc(), OutboxMessage.id)
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
