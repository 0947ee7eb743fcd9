"""Sending replies: pacing per chat (1 message/s), 403 marks the chat inactive.

The application's rate limiter keeps the overall 30/s and the per-group 20/min limits and
waits out 429 retry_after; it does not pace a private chat, which this class does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

from telegram import Bot, CallbackQuery, InputFile, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, TelegramError

from bot.chats.service import ChatService
from bot.conversation.replies import Reply
from bot.telegram.render import OutgoingMessage, render

log = logging.getLogger(__name__)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_CAPTION = 1024
RETRY_DELAYS = (1.0, 2.0, 4.0)


class ChatPacer:
    """Keeps a chat's messages `interval` apart, counted from the end of the previous send:
    a message that waited in the rate limiter's queue must not reach Telegram right behind
    the one before it. A chat's sends also go one at a time."""

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self._next: dict[int, float] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    @contextlib.asynccontextmanager
    async def turn(self, chat_id: int) -> AsyncIterator[None]:
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:
            delay = self._next.get(chat_id, 0.0) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                yield
            finally:
                self._next[chat_id] = time.monotonic() + self.interval
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
        on_migrated: Callable[[int, int], object] | None = None,
    ) -> None:
        self._bot = bot
        self._chats = chats
        self._pacer = pacer or ChatPacer()
        # Also told when a chat blocks the bot: e.g. its tips subscription ends.
        self._on_blocked = on_blocked
        # Told when a group turns out to be a supergroup now (old id, new id).
        self._on_migrated = on_migrated

    async def send(self, chat_id: int, replies: list[Reply]) -> list[Message]:
        sent: list[Message] = []
        for reply in replies:
            for part in _parts(reply):
                try:
                    try:
                        async with self._pacer.turn(chat_id):
                            sent.append(await self._send_part(chat_id, reply, part))
                    except ChatMigrated as moved:
                        log.info("group upgraded to a supergroup; moving it")
                        if self._on_migrated is not None:
                            await asyncio.to_thread(self._on_migrated, chat_id, moved.new_chat_id)
                        chat_id = moved.new_chat_id
                        async with self._pacer.turn(chat_id):
                            sent.append(await self._send_part(chat_id, reply, part))
                except Forbidden:
                    log.info("chat blocked the bot or removed it; marking inactive")
                    await asyncio.to_thread(self._chats.mark_inactive, chat_id)
                    if self._on_blocked is not None:
                        await asyncio.to_thread(self._on_blocked, chat_id)
                    return sent
        return sent

    async def _send_part(self, chat_id: int, reply: Reply, part: OutgoingMessage) -> Message:
        """Telegram's 5xx answers and timeouts are retried with backoff (1, 2, 4 s); a timed-out
        request that did reach Telegram is then delivered twice, which beats not at all."""
        for delay in (*RETRY_DELAYS, None):
            try:
                return await self._send_once(chat_id, reply, part)
            except NetworkError as exc:
                if delay is None or isinstance(exc, BadRequest):
                    raise
                log.warning("Telegram unavailable (%s); retry in %d s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def _send_once(self, chat_id: int, reply: Reply, part: OutgoingMessage) -> Message:
        if reply.attachment is not None:
            document = InputFile(reply.attachment.content, filename=reply.attachment.filename)
            return await self._bot.send_document(
                chat_id,
                document,
                caption=part.html[:MAX_CAPTION] or None,
                parse_mode=ParseMode.HTML,
            )
        if reply.photo:
            # A photo by its file_id: Telegram sends what it already holds.
            return await self._bot.send_photo(
                chat_id,
                reply.photo,
                caption=part.html[:MAX_CAPTION],
                parse_mode=ParseMode.HTML,
                reply_markup=part.keyboard,
            )
        return await self._bot.send_message(
            chat_id,
            part.html,
            parse_mode=ParseMode.HTML,
            reply_markup=part.keyboard,
            link_preview_options=_NO_PREVIEW,
        )


async def acknowledge(query: CallbackQuery, alert: str | None = None) -> None:
    """Answers a button press (stops the client's spinner, or shows `alert`). Cosmetic: a
    failure here must not cost the press its effect."""
    try:
        await query.answer(alert, show_alert=alert is not None)
    except TelegramError as exc:
        log.warning("answering a callback query failed: %s", type(exc).__name__)


def _parts(reply: Reply) -> list[OutgoingMessage]:
    """A file goes once, with the reply's text (its first part) as the caption."""
    if reply.attachment is not None:
        return render(reply)[:1] or [OutgoingMessage("", None)]
    return render(reply)
