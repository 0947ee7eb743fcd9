"""Delivers the outbox to Telegram (run by the application's scheduler)."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.orm import sessionmaker
from telegram.error import BadRequest, TelegramError

from bot.outbox.service import OutboxService
from bot.telegram.sender import Sender

log = logging.getLogger(__name__)


class OutboxSender:
    def __init__(self, sessions: sessionmaker, sender: Sender) -> None:
        self.outbox = OutboxService(sessions)
        self._sender = sender

    async def deliver_due(self) -> int:
        due = await asyncio.to_thread(self.outbox.claim_due)
        for message in due:
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
        return len(due)
