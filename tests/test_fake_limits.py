"""The fake Bot API server's flood limits, on a clock the test moves."""

from __future__ import annotations

from tests.fake_limits import FloodLimits

GROUP = -100200


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_thirty_messages_in_any_second_and_no_more() -> None:
    clock = Clock()
    limits = FloodLimits(clock)
    for chat in range(30):
        clock.now += 0.01
        assert limits.admit(chat) is None
    assert limits.admit(30) == 1
    clock.now = 1000.0 + 1.01  # the first message has left the window
    assert limits.admit(30) is None
    assert limits.admit(31) == 1
    assert limits.refused == {"overall": 2}


def test_one_message_a_second_to_a_private_chat() -> None:
    clock = Clock()
    limits = FloodLimits(clock)
    assert limits.admit(7) is None
    clock.now += 0.9
    assert limits.admit(7) == 1
    assert limits.admit(8) is None  # another chat is not held up
    clock.now += 0.1
    assert limits.admit(7) is None
    assert limits.refused == {"private": 1}


def test_twenty_messages_a_minute_to_a_group() -> None:
    clock = Clock()
    limits = FloodLimits(clock)
    for _ in range(20):
        assert limits.admit(GROUP) is None
        clock.now += 2.0
    assert limits.admit(GROUP) == 20  # the first one leaves the window at 60 s
    clock.now += 20.0
    assert limits.admit(GROUP) is None
    assert limits.refused == {"group": 1}
