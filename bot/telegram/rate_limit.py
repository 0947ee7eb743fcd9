"""Keeps the bot's requests under Telegram's flood limits: 30 messages in any second, 20 in
any minute to one group; a 429 pauses every request for its retry_after.

It replaces PTB's AIORateLimiter, which against the fake server enforcing the limits
(bench/tips_delivery.py, 1,000 tips) drew 369 refusals and delivered 17 messages/s. Its leaky
buckets let a whole period's worth through at once and only then keep the rate (up to 59
messages in a broadcast's first second), and after a 429 every request that took its turn
during the pause goes out the moment the pause ends: a burst that draws the next 429. Here
turns are even-paced and taken only outside a pause (the same run: 29 messages/s, no 429).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

# A little under 30: requests reach Telegram with some jitter. The bucket of 1.2 turns lets
# a request that woke up a few milliseconds late not delay the next one, while 31 requests
# still span at least 1.028 s.
PER_SECOND = 29
_OVERALL_BUCKET = 1.2
# A group may get a burst of 10 (a settings card and its edits), then one every 6 s: at most
# 20 in any minute.
GROUP_BURST = 10
GROUP_PERIOD = 60.0
_MAX_GROUP_LIMITERS = 512

Result = bool | dict[str, Any] | list[dict[str, Any]]


class RateLimiter(BaseRateLimiter[int]):
    def __init__(self, max_retries: int = 3) -> None:
        self._overall = AsyncLimiter(_OVERALL_BUCKET, _OVERALL_BUCKET / PER_SECOND)
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._max_retries = max_retries
        self._resumed = asyncio.Event()
        self._resumed.set()
        self._paused_until = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        retries = rate_limit_args or self._max_retries
        chat_id = data.get("chat_id")
        attempt = 0
        while True:
            await self._turn(chat_id)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt >= retries:
                    raise
                attempt += 1
                wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                log.info("flood limit hit (%s): every request waits %.0f s", endpoint, seconds)
                self._pause(seconds + 0.1)

    async def _turn(self, chat_id: object) -> None:
        """Waits until the request may go: after any pause, then (for a chat) its group's
        and the bot's turn. A turn that came during a pause is void: taken then, the turns
        of everyone who waited would all go at once when it ends."""
        if chat_id is None:  # getUpdates, answerCallbackQuery: no message limit
            await self._resumed.wait()
            return
        group = self._group(chat_id)
        if group is not None:
            await self._resumed.wait()
            await group.acquire()
        while True:
            await self._resumed.wait()
            await self._overall.acquire()
            if self._resumed.is_set():
                return

    def _group(self, chat_id: object) -> AsyncLimiter | None:
        """The group's limiter; None for a private chat."""
        key: int | str
        try:
            key = int(str(chat_id))
        except ValueError:
            key = str(chat_id)  # a channel's @username
        else:
            if key >= 0:
                return None
        if key not in self._groups and len(self._groups) >= _MAX_GROUP_LIMITERS:
            for other, limiter in list(self._groups.items()):
                if limiter.has_capacity(limiter.max_rate):  # idle long enough to be empty
                    del self._groups[other]
        return self._groups.setdefault(key, AsyncLimiter(GROUP_BURST, GROUP_PERIOD))

    def _pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        until = loop.time() + seconds
        if until <= self._paused_until:
            return
        self._paused_until = until
        self._resumed.clear()
        loop.call_at(until, self._resume, until)

    def _resume(self, until: float) -> None:
        if until >= self._paused_until:  # else a later 429 extended the pause
            self._resumed.set()
