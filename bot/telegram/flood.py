"""A per-chat limit on how fast a chat is answered: a chat sending faster than a person
types does not get to hold the Rasa thread (one queue for everyone) for itself.

In memory, per process: with several replicas each counts what it receives (a chat's updates
reach one replica at a time when polling; with a webhook behind a balancer the limit is per
replica).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["ok", "refused_first", "refused"]


class FloodGate:
    def __init__(
        self, per_minute: int = 20, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._told: set[int] = set()

    def check(self, chat_id: int) -> Verdict:
        """Counts the message; refused_first when the chat has just gone over the limit (it
        is told once), refused after that until its last minute is under the limit again."""
        now = self._clock()
        seen = self._seen.setdefault(chat_id, deque())
        while seen and seen[0] <= now - 60:
            seen.popleft()
        if len(seen) >= self.per_minute:
            if chat_id in self._told:
                return "refused"
            self._told.add(chat_id)
            return "refused_first"
        seen.append(now)
        self._told.discard(chat_id)
        if len(self._seen) > 10_000:
            self._prune(now)
        return "ok"

    def _prune(self, now: float) -> None:
        for chat_id in [c for c, seen in self._seen.items() if not seen or seen[-1] <= now - 60]:
            del self._seen[chat_id]
            self._told.discard(chat_id)
