"""Delivers the outbox to Telegram (run by the application's scheduler)."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict

from sqlalchemy.orm import sessionmaker
from telegram.error import BadRequest, TelegramError

from bot.outbox.service import OutboxService, Pending
from bot.telegram.sender import Sender

log = logging.getLogger(__name__)


class OutboxSender:
    def __init__(self, sessions: sessionmaker, sender: Sender) -> None:
        self.outbox = OutboxService(sessions)
        self._sender = sender

    async def deliver_due(self) -> int:
        due = await asyncio.to_thread(self.outbox.claim_due)
        by_chat: dict[int, list[Pending]] = defaultdict(list)
        for message in due:
            by_chat[message.chat_id].append(message)
        # Chats in parallel, each chat's messages in order: one officer's 1 message/s pacing
        # must not hold up everybody else's notifications.
        await asyncio.gather(*(self._deliver_chat(messages) for messages in by_chat.values()))
        return len(due)

    async def _deliver_chat(self, messages: list[Pending]) -> None:
        for message in messages:
            try:
                sent = await self._sender.send(message.chat_id, [message.reply])
            except BadRequest as exc:
                await asyncio.to_thread(self.outbox.mark_undeliverable, message.id, str(exc))
                continue
            except TelegramError as exc:
                await asyncio.to_thread(
                    self.outbox.retry_later, message.id, message.attempts, str(exc)
                )
                continue
            if sent:
                await asyncio.to_thread(self.outbox.mark_sent, message.id)
            else:  # the sender got 403: the chat is gone
                await asyncio.to_thread(self.outbox.mark_undeliverable, message.id, "forbidden")
