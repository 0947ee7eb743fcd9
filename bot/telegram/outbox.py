"""Delivers the outbox to Telegram (run by the application's scheduler)."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy.orm import sessionmaker
from telegram.error import BadRequest, TelegramError

from bot.db.models import utcnow
from bot.outbox.service import LEASE, OutboxService, Pending
from bot.telegram.sender import Sender

log = logging.getLogger(__name__)


class OutboxSender:
    def __init__(
        self,
        sessions: sessionmaker,
        sender: Sender,
        *,
        batch: int = 50,
        lease: timedelta = LEASE,
    ) -> None:
        self.outbox = OutboxService(sessions)
        self._sender = sender
        self._batch = batch
        self._lease = lease

    async def deliver_due(self) -> int:
        """Sends everything due, claiming batch after batch while full ones come back;
        returns how many messages were claimed. The next batch is claimed as soon as no more
        than one is left unsent, so the rate limiter always has messages waiting and never
        waits for the database. Chats are served in parallel, each chat's messages one after
        another in the order claimed: one officer's 1 message/s pacing must not hold up
        everybody else."""
        last_of_chat: dict[int, asyncio.Task[bool]] = {}
        unsent: set[asyncio.Task[bool]] = set()
        claimed = 0
        while True:
            due = await asyncio.to_thread(self.outbox.claim_due, self._batch, self._lease)
            claimed += len(due)
            for message in due:
                task = asyncio.create_task(
                    self._deliver_after(last_of_chat.get(message.chat_id), message)
                )
                last_of_chat[message.chat_id] = task
                unsent.add(task)
            if len(due) < self._batch:
                break
            while len(unsent) > self._batch:
                _, unsent = await asyncio.wait(unsent, return_when=asyncio.FIRST_COMPLETED)
            last_of_chat = {c: t for c, t in last_of_chat.items() if not t.done()}
        if unsent:
            await asyncio.wait(unsent)
        return claimed

    async def _deliver_after(self, previous: asyncio.Task[bool] | None, message: Pending) -> bool:
        """False when the message was left to its lease: then so are the chat's later ones,
        or they would overtake it."""
        if previous is not None and not await previous:
            return False
        return await self._deliver(message)

    async def _deliver(self, message: Pending) -> bool:
        if utcnow() >= message.send_by:
            # Stalled this long (e.g. by a 429's retry_after): another replica may claim the
            # row soon, so it is left to whoever claims it after the lease.
            log.warning("outbox message %d left to the next claim: lease ending", message.id)
            return False
        try:
            await self._send_and_settle(message)
        except Exception:
            # E.g. the database failed while settling: the row stays claimed and is sent
            # again after its lease (Telegram may get it twice; it is never lost).
            log.exception("outbox message %d: delivery failed", message.id)
            return False
        return True

    async def _send_and_settle(self, message: Pending) -> None:
        try:
            sent = await self._sender.send(message.chat_id, [message.reply])
        except BadRequest as exc:
            await asyncio.to_thread(self.outbox.mark_undeliverable, message, str(exc))
            return
        except TelegramError as exc:
            await asyncio.to_thread(self.outbox.retry_later, message, str(exc))
            return
        if sent:
            await asyncio.to_thread(self.outbox.mark_sent, message)
        else:  # the sender got 403: the chat is gone
            await asyncio.to_thread(self.outbox.mark_undeliverable, message, "forbidden")
