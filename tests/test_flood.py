"""The per-chat flood limit."""

from __future__ import annotations

from bot.telegram.flood import FloodGate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_over_the_limit_is_refused_and_told_once_until_the_minute_passes() -> None:
    clock = Clock()
    gate = FloodGate(per_minute=3, clock=clock)
    assert [gate.check(1) for _ in range(3)] == ["ok", "ok", "ok"]
    assert gate.check(1) == "refused_first"
    assert gate.check(1) == "refused"
    assert gate.check(2) == "ok", "other chats are not slowed down"
    clock.now += 60.5
    assert gate.check(1) == "ok"
    assert [gate.check(1) for _ in range(2)] == ["ok", "ok"]
    assert gate.check(1) == "refused_first", "told again after a quiet minute"


def test_refused_messages_do_not_count() -> None:
    clock = Clock()
    gate = FloodGate(per_minute=2, clock=clock)
    gate.check(1), gate.check(1)
    for _ in range(50):
        clock.now += 1
        gate.check(1)
    clock.now += 10  # 60 s after the first two: the refused ones did not extend the wait
    assert gate.check(1) == "ok"
