"""The request form's checks and filing, with tracker fixtures against the demo registry."""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.chat import chat_id_of
from actions.requests import ActionRequestStart, ActionRequestSubmit, ValidateRequestForm
from bot.db.models import OutboxMessage, ServiceRequest, utcnow
from bot.requests.model import NewRequest
from bot.wiring import Services
from tests.actions.conftest import TrackerFactory

DOMAIN: dict[str, Any] = {"forms": {"request_form": {"required_slots": []}}}
FORM = "request_form"


def asked(slot: str, **slots: Any) -> dict[str, Any]:
    return {"requested_slot": slot, **slots}


async def test_a_place_resolves_to_the_area_officer(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker("Piotrkowska 10", slots=asked("request_place"), active_loop=FORM)
    form, dispatcher = ValidateRequestForm(), CollectingDispatcher()
    extracted = await form.extract_request_place(dispatcher, tracker, DOMAIN)
    result = form.validate_request_place(extracted["request_place"], dispatcher, tracker, DOMAIN)
    assert result["request_officer"] == "LDZ-I-01"
    assert result["request_place"] == "ul. Piotrkowska 10, Łódź"


async def test_an_unknown_place_is_asked_again_with_a_reason(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker("Nibylandzka 5", slots=asked("request_place"), active_loop=FORM)
    form, dispatcher = ValidateRequestForm(), CollectingDispatcher()
    result = form.validate_request_place("Nibylandzka 5", dispatcher, tracker, DOMAIN)
    assert result["request_place"] is None
    assert "Nie znalazłem" in dispatcher.messages[0]["text"]


async def test_an_emergency_is_never_taken_as_an_answer(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker(
        "sąsiad leży i nie oddycha",
        intent="emergency",
        slots=asked("request_description"),
        active_loop=FORM,
    )
    extracted = await ValidateRequestForm().extract_request_description(
        CollectingDispatcher(), tracker, DOMAIN
    )
    assert extracted == {}


async def test_a_category_typed_in_words_is_understood(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    form, dispatcher = ValidateRequestForm(), CollectingDispatcher()
    tracker = make_tracker(
        "wandalizm", intent="choose", slots=asked("request_category"), active_loop=FORM
    )
    assert form.validate_request_category("wandalizm", dispatcher, tracker, DOMAIN) == {
        "request_category": "wandalizm"
    }
    unknown = form.validate_request_category("kosmici", dispatcher, tracker, DOMAIN)
    assert unknown == {"request_category": None}
    assert "kategorii" in dispatcher.messages[0]["text"]


async def test_a_long_description_is_refused_with_its_length(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    form, dispatcher = ValidateRequestForm(), CollectingDispatcher()
    tracker = make_tracker("x", slots=asked("request_description"), active_loop=FORM)
    result = form.validate_request_description("a" * 1001, dispatcher, tracker, DOMAIN)
    assert result == {"request_description": None}
    assert "1001" in dispatcher.messages[0]["text"]


async def test_contact_needs_a_phone_or_an_email(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    form, dispatcher = ValidateRequestForm(), CollectingDispatcher()
    tracker = make_tracker("x", slots=asked("request_contact"), active_loop=FORM)
    assert form.validate_request_contact("600 100 200", dispatcher, tracker, DOMAIN) == {
        "request_contact": "600 100 200"
    }
    assert form.validate_request_contact("jutro po 16", dispatcher, tracker, DOMAIN) == {
        "request_contact": None
    }
    consent = form.validate_request_contact_mode("contact", dispatcher, tracker, DOMAIN)
    assert consent["request_consent_at"], "the time of the consent is kept"


async def test_required_slots_follow_the_kind_and_the_contact_choice(
    make_tracker: TrackerFactory,
) -> None:
    form, dispatcher = ValidateRequestForm(), CollectingDispatcher()
    message = make_tracker("x", slots={"request_kind": "message"}, active_loop=FORM)
    slots = await form.required_slots([], dispatcher, message, DOMAIN)
    assert "request_category" not in slots and "request_when" not in slots
    report = make_tracker(
        "x", slots={"request_kind": "report", "request_contact_mode": "contact"}, active_loop=FORM
    )
    slots = await form.required_slots([], dispatcher, report, DOMAIN)
    assert slots.index("request_category") < slots.index("request_contact") < len(slots) - 1


def filled(**overrides: Any) -> dict[str, Any]:
    return {
        "request_kind": "report",
        "request_place": "ul. Piotrkowska 10, Łódź",
        "request_officer": "LDZ-I-01",
        "request_category": "parkowanie",
        "request_description": "Auta na chodniku.",
        "request_photos": ["PHOTO-1"],
        "request_when": "wieczorem",
        "request_contact_mode": "anonymous",
        "request_confirm": "yes",
        **overrides,
    }


async def test_submit_files_the_request_and_clears_the_form(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker(
        "/choose", intent="choose", slots=filled(), sender_id="1001", active_loop=None
    )
    dispatcher = CollectingDispatcher()
    events = await ActionRequestSubmit().run(dispatcher, tracker, DOMAIN)
    assert "Przyjęto zgłoszenie ŁDZ-" in dispatcher.messages[0]["text"]
    assert SlotSet("request_description", None) in events
    with demo_services.sessions() as session:
        request = session.execute(select(ServiceRequest)).scalar_one()
        assert request.resident_chat_id == 1001 and request.category == "parkowanie"
        assert request.when_text == "wieczorem" and request.contact is None


async def test_a_cancelled_summary_files_nothing(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker("x", slots=filled(request_confirm="no"), active_loop=None)
    dispatcher = CollectingDispatcher()
    await ActionRequestSubmit().run(dispatcher, tracker, DOMAIN)
    assert "Anulowano" in dispatcher.messages[0]["text"]
    with demo_services.sessions() as session:
        assert session.execute(select(ServiceRequest)).first() is None
        assert session.execute(select(OutboxMessage)).first() is None


async def test_start_refuses_over_the_daily_limit(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker(
        "/start_request", intent="start_request", sender_id="1002", active_loop=None
    )
    for _ in range(3):
        demo_services.requests.file(
            NewRequest(
                kind="message",
                resident_chat_id=chat_id_of(tracker),
                officer_code="LDZ-I-01",
                place="ul. Piotrkowska 10, Łódź",
                category=None,
                description="Dzień dobry.",
            ),
            utcnow(),
        )
    dispatcher = CollectingDispatcher()
    events = await ActionRequestStart().run(dispatcher, tracker, DOMAIN)
    assert SlotSet("request_allowed", False) in events
    text = dispatcher.messages[0]["text"]
    assert "limit" in text and "997" in text and "112" in text
    assert "+48 000 000 101" in text, "the phone of the officer of the latest request"


async def test_start_asks_for_consent_first_and_keeps_the_kind(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tracker = make_tracker(
        "chcę napisać do dzielnicowego", intent="message_officer", sender_id="1003",
        active_loop=None,
    )
    dispatcher = CollectingDispatcher()
    events = await ActionRequestStart().run(dispatcher, tracker, DOMAIN)
    assert SlotSet("request_allowed", False) in events
    [notice] = dispatcher.messages
    assert "Informacja o prywatności" in notice["text"]
    agree = notice["buttons"][0]
    version = demo_services.consents.version
    assert agree["title"] == "Zgadzam się"
    assert agree["payload"] == (
        f'/start_request{{"consent":"{version}","request_kind":"message"}}'
    )
    assert len(agree["payload"].encode()) <= 64, "it travels as a button's callback data"
    assert demo_services.consents.for_chat(1003) == []

    pressed = make_tracker(
        agree["payload"], intent="start_request", sender_id="1003", active_loop=None,
        entities=[{"entity": "consent", "value": version},
                  {"entity": "request_kind", "value": "message"}],
    )
    dispatcher = CollectingDispatcher()
    events = await ActionRequestStart().run(dispatcher, pressed, DOMAIN)
    assert SlotSet("request_allowed", True) in events
    assert SlotSet("request_kind", "message") in events
    assert [c.notice_version for c in demo_services.consents.for_chat(1003)] == [version]
