"""Enqueue, claim and settle outbox messages. Safe with several replicas: a claim is an
UPDATE that only one of them can win.

A claim is a lease: the row is 'sending' and its not_before is moved to the end of the
lease. A row still 'sending' after that was in flight in a process that died (or stalled past
its lease), and any claimer takes it again. The claim's attempt number is its token: a
settle only applies to the row while that claim holds it, so a stalled process waking up
cannot overwrite what the claimer after it did.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, or_, select, text, update
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
# Long enough for a claimed message to wait its turn behind the rate limits (two batches at
# 30/s, a group's 20/min, a 429's retry_after); short enough that a crash delays little.
LEASE = timedelta(seconds=120)
# A message's turn may begin only in this share of the lease: the rest is for the waits after
# it (its chat's pacing, the rate limits, a 429's retry_after) and the send itself to finish
# before another replica may take the row.
SEND_SHARE = 0.75


@dataclass(frozen=True)
class Pending:
    id: int
    chat_id: int
    reply: Reply
    attempts: int  # this claim's number: also its token for settling
    send_by: datetime  # its turn may not begin after this (SEND_SHARE of the lease)


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
        request_id: int | None = None,
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
        request_id: int | None = None,
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
                request_id=request_id,
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
        """Withdraws the chat's messages not yet claimed (or whose claim's lease ran out)
        whose dedup_key starts with one of the prefixes ('tip:', 'alert:'), in the caller's
        transaction. Returns how many."""
        if not key_prefixes:
            return 0
        key = OutboxMessage.dedup_key
        withdrawn: int = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.chat_id == chat_id,
                _unclaimed(utcnow()),
                or_(*(key.startswith(p, autoescape=True) for p in key_prefixes)),
            )
            .values(status="cancelled")
            .execution_options(synchronize_session=False)
        ).rowcount
        return withdrawn

    def claim_due(self, limit: int = 50, lease: timedelta = LEASE) -> list[Pending]:
        """Takes up to `limit` due messages for `lease`, highest priority first, then in the
        order queued; a message whose earlier claim's lease ran out is due again. Each row is
        taken by an UPDATE guarded by the same condition, so no two claimers get it. So that
        a second replica takes the next rows instead of losing the race for the same ones:
        on PostgreSQL they are locked with SKIP LOCKED, on SQLite the claim holds the writer
        lock from the start."""
        now = utcnow()
        until = now + lease
        send_by = now + lease * SEND_SHARE
        claimed: list[Pending] = []
        with transaction(self._sessions) as session:
            if session.get_bind().dialect.name == "sqlite":
                session.execute(text("BEGIN IMMEDIATE"))
            for row in self._due(session, now, limit):
                if row.status == "sending" and row.attempts >= MAX_ATTEMPTS:
                    # Claimed that often and never settled: the message itself may be what
                    # kills the process, so it is not tried again.
                    session.execute(
                        update(OutboxMessage)
                        .where(
                            OutboxMessage.id == row.id,
                            OutboxMessage.attempts == row.attempts,
                            OutboxMessage.status == "sending",
                        )
                        .values(status="failed", last_error="never settled: lease ran out")
                        .execution_options(synchronize_session=False)
                    )
                    continue
                won = session.execute(
                    update(OutboxMessage)
                    .where(
                        OutboxMessage.id == row.id,
                        OutboxMessage.attempts == row.attempts,
                        OutboxMessage.status.in_(("pending", "sending")),
                        OutboxMessage.not_before <= now,
                    )
                    .values(
                        status="sending", attempts=OutboxMessage.attempts + 1, not_before=until
                    )
                    .execution_options(synchronize_session=False)
                ).rowcount
                if won:
                    buttons = tuple(Button(t, p) for t, p in json.loads(row.buttons or "[]"))
                    reply = Reply(row.text, buttons, photo=row.photo)
                    claimed.append(
                        Pending(row.id, row.chat_id, reply, row.attempts + 1, send_by)
                    )
        return claimed

    def _due(self, session: Session, now: datetime, limit: int) -> list[Any]:
        """Pending rows and rows of expired claims, read apart: each query walks the claim
        index (status, priority, id) in order and stops at its limit, where one over both
        statuses would sort every due row."""
        dialect = session.get_bind().dialect.name
        M = OutboxMessage
        rows: list[Any] = []
        for status in ("pending", "sending"):
            query = (
                select(
                    M.id, M.chat_id, M.text, M.buttons, M.photo, M.attempts, M.priority, M.status
                )
                .where(M.status == status, M.not_before <= now)
                .order_by(M.priority.desc(), M.id)
                .limit(limit)
            )
            if dialect == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows.extend(session.execute(query).all())
        rows.sort(key=lambda row: (-row.priority, row.id))
        return rows[:limit]

    # Once settled, a message keeps no content: what a resident wrote (forwarded to an
    # officer) must not outlive its request's retention in a table nobody reads.
    def mark_sent(self, message: Pending) -> None:
        self._settle(message, status="sent", sent_at=utcnow(), **_NO_CONTENT)

    def mark_undeliverable(self, message: Pending, reason: str) -> None:
        self._settle(message, status="failed", last_error=reason[:300], **_NO_CONTENT)

    def retry_later(self, message: Pending, reason: str) -> None:
        if message.attempts >= MAX_ATTEMPTS:
            self.mark_undeliverable(message, reason)
            return
        delay = timedelta(seconds=30 * 2 ** (message.attempts - 1))
        self._settle(
            message, status="pending", not_before=utcnow() + delay, last_error=reason[:300]
        )

    def _settle(self, message: Pending, **values: object) -> None:
        with transaction(self._sessions) as session:
            session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == message.id,
                    OutboxMessage.status == "sending",
                    OutboxMessage.attempts == message.attempts,
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )


_NO_CONTENT: dict[str, object] = {"text": "", "buttons": None, "photo": None}


def _unclaimed(now: datetime) -> Any:
    """Waiting to be sent: never claimed, or claimed by a process whose lease ran out."""
    return or_(
        OutboxMessage.status == "pending",
        and_(OutboxMessage.status == "sending", OutboxMessage.not_before <= now),
    )
