"""Sending replies: pacing per chat (1 message/s), 403 marks the chat inactive.

The application's AIORateLimiter keeps the overall 30/s and the per-group 20/min limits and
waits out 429 retry_after; it does not pace a private chat, which this class does.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from telegram import Bot, CallbackQuery, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from bot.chats.service import ChatService
from bot.conversation.replies import Reply
from bot.telegram.render import render

log = logging.getLogger(__name__)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_CAPTION = 1024


class ChatPacer:
    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self._next: dict[int, float] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    async def wait(self, chat_id: int) -> None:
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:
            now = time.monotonic()
            due = self._next.get(chat_id, now)
            if due > now:
                await asyncio.sleep(due - now)
            self._next[chat_id] = max(due, now) + self.interval
        if len(self._next) > 10_000:
            self._prune()

    def _prune(self) -> None:
        now = time.monotonic()
        for chat_id in [c for c, due in self._next.items() if due < now]:
            self._next.pop(chat_id, None)
            lock = self._locks.get(chat_id)
            if lock is not None and not lock.locked():
                self._locks.pop(chat_id, None)


class Sender:
    def __init__(
        self,
        bot: Bot,
        chats: ChatService,
        pacer: ChatPacer | None = None,
        on_blocked: Callable[[int], object] | None = None,
    ) -> None:
        self._bot = bot
        self._chats = chats
        self._pacer = pacer or ChatPacer()
        # Also told when a chat blocks the bot: e.g. its tips subscription ends.
        self._on_blocked = on_blocked

    async def send(self, chat_id: int, replies: list[Reply]) -> list[Message]:
        sent: list[Message] = []
        for reply in replies:
            for part in render(reply):
                await self._pacer.wait(chat_id)
                try:
                    if reply.photo:
                        # A photo by its file_id: Telegram sends what it already holds.
                        sent.append(
                            await self._bot.send_photo(
                                chat_id,
                                reply.photo,
                                caption=part.html[:MAX_CAPTION],
                                parse_mode=ParseMode.HTML,
                                reply_markup=part.keyboard,
                            )
                        )
                        continue
                    sent.append(
                        await self._bot.send_message(
                            chat_id,
                            part.html,
                            parse_mode=ParseMode.HTML,
                            reply_markup=part.keyboard,
                            link_preview_options=_NO_PREVIEW,
                        )
                    )
                except Forbidden:
                    log.info("chat blocked the bot or removed it; marking inactive")
                    await asyncio.to_thread(self._chats.mark_inactive, chat_id)
                    if self._on_blocked is not None:
                        await asyncio.to_thread(self._on_blocked, chat_id)
                    return sent
        return sent


async def acknowledge(query: CallbackQuery, alert: str | None = None) -> None:
    """Answers a button press (stops the client's spinner, or shows `alert`). Cosmetic: a
    failure here must not cost the press its effect."""
    try:
        await query.answer(alert, show_alert=alert is not None)
    except TelegramError as exc:
        log.warning("answering a callback query failed: %s", type(exc).__name__)
