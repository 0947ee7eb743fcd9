"""A long session is closed at a quiet moment; slots and the last turns go on."""

from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, get_trackers_for_conversation_sessions

from bot.config import PROJECT_ROOT
from bot.conversation.session_trim import KEEP_TURNS, MAX_SESSION_EVENTS, restarted

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain"))


def turn(i: int) -> list[Event]:
    return [
        UserUttered(f"pytanie {i}", {"name": "faq", "confidence": 0.9}),
        ActionExecuted("action_answer"),
        BotUttered(f"odpowiedź {i}"),
        ActionExecuted("action_listen"),
    ]


def tracker(turns: int, *extra: Event) -> DialogueStateTracker:
    events: list[Event] = [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
        UserUttered("Piotrkowska 10", {"name": "inform_address", "confidence": 0.9}),
        SlotSet("officer_code", "LDZ-I-01"),
        SlotSet("forget_me", False),
        ActionExecuted("action_listen"),
    ]
    for i in range(turns):
        events += turn(i)
    return DialogueStateTracker.from_events("chat", [*events, *extra], DOMAIN.slots)


def test_a_short_session_is_left_alone() -> None:
    assert restarted(tracker(5), DOMAIN.slots) is None


def test_a_long_session_restarts_with_its_slots_and_last_turns() -> None:
    long = tracker(MAX_SESSION_EVENTS // 4 + 5)
    result = restarted(long, DOMAIN.slots)
    assert result is not None
    session = get_trackers_for_conversation_sessions(result)[-1]
    texts = [e.text for e in session.events if isinstance(e, UserUttered)]
    assert texts == [f"pytanie {i}" for i in range(MAX_SESSION_EVENTS // 4 + 5)][-KEEP_TURNS:]
    assert session.get_slot("officer_code") == "LDZ-I-01"
    assert session.latest_action_name == "action_listen"
    assert len(session.events) < MAX_SESSION_EVENTS // 2
    # Rasa would not start yet another session on it (it has events, it has not expired).
    assert session.applied_events()
    # A second pass finds the new session short.
    assert restarted(session, DOMAIN.slots) is None


def test_a_running_form_is_never_cut() -> None:
    busy = tracker(
        MAX_SESSION_EVENTS,
        ActionExecuted("request_form"),
        ActiveLoop("request_form"),
        ActionExecuted("action_listen"),
    )
    assert restarted(busy, DOMAIN.slots) is None
