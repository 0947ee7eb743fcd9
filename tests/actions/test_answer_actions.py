"""Safety answers, abstentions and declines, and the emergency answer, with tracker fixtures."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.answers import NOT_SURE, ActionAnswer
from actions.emergency import ActionEmergency
from bot.safety.messages import call_112, crisis_lines, tip
from bot.wiring import Services
from tests.actions.conftest import TrackerFactory

DOMAIN: dict[str, Any] = {
    "responses": {
        "utter_faq/scam_grandson": [
            {"text": "To oszustwo „na wnuczka”…", "metadata": {"title": "Oszustwo „na wnuczka”"}}
        ],
        "utter_faq/scam_accident": [
            {"text": "To oszustwo „na wypadek”…", "metadata": {"title": "Oszustwo „na wypadek”"}}
        ],
        "utter_faq/domestic_violence_help": [
            {"text": "Niebieska Linia…", "metadata": {"title": "Przemoc domowa – pomoc"}}
        ],
    }
}


def _answer(decision: str, key: str = "faq/scam_grandson", **extra: Any) -> dict[str, Any]:
    return {"key": key, "decision": decision, "candidates": [key, "faq/scam_accident"], **extra}


async def _run(tracker: Any) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    await ActionAnswer().run(dispatcher, tracker, DOMAIN)
    messages: list[dict[str, Any]] = dispatcher.messages
    return messages


async def test_an_answer_that_passed_the_gate_is_given(make_tracker: TrackerFactory) -> None:
    tracker = make_tracker("dzwoni wnuczek po pieniądze", intent="faq", active_loop=None)
    tracker.latest_message["answer"] = _answer("answer")
    [message] = await _run(tracker)
    assert message["response"] == "utter_faq/scam_grandson"
    assert message["answer_key"] == "scam_grandson"


async def test_not_sure_offers_the_nearest_topics_and_the_officer(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker("coś o wnukach", intent="faq", active_loop=None)
    tracker.latest_message["answer"] = _answer("abstain")
    [message] = await _run(tracker)
    assert message["text"].startswith(NOT_SURE)
    assert "dzielnicowego" in message["text"]
    titles = [b["title"] for b in message["buttons"]]
    assert titles[:2] == ["Oszustwo „na wnuczka”", "Oszustwo „na wypadek”"]
    assert titles[-1] == "Kto jest moim dzielnicowym?"
    payloads = [b["payload"] for b in message["buttons"]]
    assert payloads[0] == '/faq{"topic":"scam_grandson"}'
    assert all(len(p.encode()) <= 64 for p in payloads)


async def test_not_sure_names_the_officer_when_the_address_is_known(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker(
        "coś o wnukach", intent="faq", active_loop=None, slots={"known_officer": "LDZ-I-02"}
    )
    tracker.latest_message["answer"] = _answer("abstain")
    [message] = await _run(tracker)
    assert "Agnieszka Kołodziej" in message["text"] and "+48 000 000 102" in message["text"]
    assert "/find_officer" not in [b["payload"] for b in message["buttons"]]


async def test_a_topic_button_gives_that_answer(make_tracker: TrackerFactory) -> None:
    tracker = make_tracker(
        '/faq{"topic":"scam_accident"}',
        intent="faq",
        active_loop=None,
        entities=[{"entity": "topic", "value": "scam_accident"}],
    )
    [message] = await _run(tracker)
    assert message["response"] == "utter_faq/scam_accident"


async def test_an_unknown_topic_button_is_not_answered(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker(
        '/faq{"topic":"no_such_topic"}',
        intent="faq",
        active_loop=None,
        entities=[{"entity": "topic", "value": "no_such_topic"}],
    )
    [message] = await _run(tracker)
    assert message["text"].startswith(NOT_SURE)


async def test_out_of_scope_is_declined_never_answered(make_tracker: TrackerFactory) -> None:
    tracker = make_tracker("jaka jutro pogoda", intent="faq", active_loop=None)
    tracker.latest_message["answer"] = _answer("decline")
    [message] = await _run(tracker)
    assert message["response"] == "utter_out_of_scope"


async def test_a_local_problem_without_its_own_answer_gets_how_to_report(
    make_tracker: TrackerFactory,
) -> None:
    tracker = make_tracker("coś się dzieje na podwórku", intent="report_problem", active_loop=None)
    tracker.latest_message["answer"] = _answer("abstain")
    [message] = await _run(tracker)
    assert message["response"] == "utter_report_problem"


async def test_urgent_danger_gets_112_the_first_minute_and_a_fitting_answer(
    make_tracker: TrackerFactory,
) -> None:
    tracker = make_tracker("mąż mnie bije", intent="emergency", active_loop=None)
    tracker.latest_message["safety"] = {
        "level": "urgent", "category": "violence", "categories": ["violence"]
    }
    tracker.latest_message["intent_ranking"] = [
        {"name": "emergency", "confidence": 1.0},
        {"name": "faq", "confidence": 0.7},
    ]
    tracker.latest_message["answer"] = _answer("answer", key="faq/domestic_violence_help")
    dispatcher = CollectingDispatcher()
    await ActionEmergency().run(dispatcher, tracker, DOMAIN)
    first, answer = dispatcher.messages
    assert first["text"] == f"{call_112()}\n{tip('violence')}"
    assert answer["response"] == "utter_faq/domestic_violence_help"


async def test_an_emergency_answer_is_not_added_when_its_gate_failed(
    make_tracker: TrackerFactory,
) -> None:
    tracker = make_tracker("tata nie oddycha", intent="emergency", active_loop=None)
    tracker.latest_message["intent_ranking"] = [
        {"name": "emergency", "confidence": 1.0},
        {"name": "faq", "confidence": 0.6},
    ]
    tracker.latest_message["answer"] = _answer("abstain")
    dispatcher = CollectingDispatcher()
    await ActionEmergency().run(dispatcher, tracker, DOMAIN)
    [first] = dispatcher.messages
    assert first["text"] == f"{call_112()}\n{tip('medical')}"


async def test_crisis_gets_the_crisis_lines(make_tracker: TrackerFactory) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("nie chcę już żyć", intent="emergency", active_loop=None)
    await ActionEmergency().run(dispatcher, tracker, DOMAIN)
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[0].startswith(call_112()) and texts[1] == crisis_lines()


async def test_the_emergency_intent_alone_is_treated_as_urgent(
    make_tracker: TrackerFactory,
) -> None:
    dispatcher = CollectingDispatcher()
    await ActionEmergency().run(dispatcher, make_tracker("/emergency", intent="emergency"), DOMAIN)
    [first] = dispatcher.messages
    assert first["text"] == f"{call_112()}\n{tip('other')}"
