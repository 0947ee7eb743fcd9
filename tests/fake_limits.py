"""Telegram's flood limits, as the fake Bot API server enforces them when asked to: a bot
sends at most 30 messages in any second, at most one a second to a private chat and 20 a
minute to a group (a negative chat id). A message over a limit is refused (429 with the
seconds to wait) and counted; refused messages do not count against the limits."""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from collections.abc import Callable

OVERALL = (30, 1.0)  # messages, seconds
PRIVATE = (1, 1.0)
GROUP = (20, 60.0)


def _wait(window: deque[float], limit: int, seconds: float, now: float) -> float:
    """Seconds until one more message fits in the window (0: it fits now)."""
    while window and window[0] <= now - seconds:
        window.popleft()
    if len(window) < limit:
        return 0.0
    return window[-limit] + seconds - now


class FloodLimits:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._overall: deque[float] = deque()
        self._chats: dict[int, deque[float]] = {}
        self.refused: Counter[str] = Counter()  # by limit: overall, private, group

    def admit(self, chat_id: int) -> int | None:
        """None when a message to the chat may go now (it is counted), else the retry_after
        Telegram would answer (whole seconds, at least 1)."""
        now = self._clock()
        chat = self._chats.setdefault(chat_id, deque())
        kind, (limit, seconds) = ("group", GROUP) if chat_id < 0 else ("private", PRIVATE)
        for name, window, (n, period) in (
            ("overall", self._overall, OVERALL),
            (kind, chat, (limit, seconds)),
        ):
            wait = _wait(window, n, period, now)
            if wait > 0:
                self.refused[name] += 1
                return max(1, math.ceil(wait))
        self._overall.append(now)
        chat.append(now)
        return None
