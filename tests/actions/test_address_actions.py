"""The address form's validation, question and answer, against the demo registry."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.address import AREA_SAVED, ActionAskAddress, ActionOfficerCard, ValidateAddressForm
from bot.db.models import utcnow
from bot.wiring import Services
from tests.actions.conftest import TrackerFactory

DOMAIN: dict[str, Any] = {"forms": {"address_form": {"required_slots": ["address"]}}}


async def run_validation(make_tracker: TrackerFactory, text: str, **kwargs: Any) -> dict[str, Any]:
    tracker = make_tracker(text, **kwargs)
    form = ValidateAddressForm()
    dispatcher = CollectingDispatcher()
    extracted = await form.extract_address(dispatcher, tracker, DOMAIN)
    if "address" not in extracted:
        return {}
    return form.validate_address(extracted["address"], dispatcher, tracker, DOMAIN)


async def test_a_full_address_finds_the_officer(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    result = await run_validation(
        make_tracker, "Piotrkowska 120", slots={"requested_slot": "address"}
    )
    assert result["officer_code"] == "LDZ-I-02"
    assert result["address"] == "Piotrkowska 120"


async def test_two_cities_ask_which_and_the_answer_completes_the_query(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    first = await run_validation(make_tracker, "Kilińskiego 10", intent="find_officer")
    assert first["address"] is None
    assert first["address_need"] == "city"
    assert set(first["address_options"]) == {"Łódź", "Pabianice"}

    second = await run_validation(
        make_tracker,
        '/inform_address{"address_part": "Pabianice"}',
        slots={"requested_slot": "address", **first},
        entities=[{"entity": "address_part", "value": "Pabianice"}],
    )
    assert second["officer_code"] is not None
    assert second["officer_code"].startswith("PAB-")


async def test_split_street_asks_for_the_number(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    first = await run_validation(make_tracker, "na Piotrkowskiej", intent="find_officer")
    assert first["address_need"] == "number"
    second = await run_validation(make_tracker, "201", slots={"requested_slot": "address", **first})
    assert second["officer_code"] == "LDZ-I-05"


async def test_no_street_in_the_request_asks_for_the_address(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    result = await run_validation(
        make_tracker, "kto jest moim dzielnicowym?", intent="find_officer"
    )
    assert result == {
        "address": None,
        "address_query": None,
        "address_need": "address",
        "address_options": None,
    }


async def test_unknown_street_completes_the_form_without_an_officer(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    result = await run_validation(
        make_tracker, "Nieistniejąca 5", slots={"requested_slot": "address"}
    )
    assert result["address"] == "Nieistniejąca 5"
    assert result["officer_code"] is None


async def test_an_emergency_is_not_taken_as_an_address(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    assert await run_validation(make_tracker, "pali się!", intent="emergency") == {}


async def test_city_question_has_a_button_per_city(make_tracker: TrackerFactory) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "Kilińskiego 10", slots={"address_need": "city", "address_options": ["Łódź", "Pabianice"]}
    )
    await ActionAskAddress().run(dispatcher, tracker, DOMAIN)
    [message] = dispatcher.messages
    assert "W której" in message["text"]
    assert [b["title"] for b in message["buttons"]] == ["Łódź", "Pabianice"]


async def test_officer_card_has_contact_and_the_not_an_emergency_note(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("", slots={"address": "Piotrkowska 120", "officer_code": "LDZ-I-02"})
    events = await ActionOfficerCard().run(dispatcher, tracker, DOMAIN)
    [message] = dispatcher.messages
    text = message["text"]
    assert "ul. Piotrkowska 120, Łódź" in text
    assert "+48 000 000 102" in text
    assert "nie jest numerem alarmowym" in text
    assert "112" in text
    assert {e["name"] for e in events} >= {"address", "officer_code", "address_query"}


async def test_a_tips_subscriber_gets_the_area_of_the_officer_not_the_address(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    tips = demo_services.tips
    tips.subscribe(1001, "private", ["seniorzy"], "weekly", 18, utcnow())
    slots = {"address": "Piotrkowska 120", "officer_code": "LDZ-I-02"}
    dispatcher = CollectingDispatcher()
    await ActionOfficerCard().run(dispatcher, make_tracker("", slots=slots), DOMAIN)
    assert [m["text"] for m in dispatcher.messages][1] == AREA_SAVED
    view = tips.current(1001)
    assert view is not None and view.officer_code == "LDZ-I-02"
    # The same officer again: nothing to say. A chat without a subscription: nothing stored.
    dispatcher = CollectingDispatcher()
    await ActionOfficerCard().run(dispatcher, make_tracker("", slots=slots), DOMAIN)
    assert len(dispatcher.messages) == 1
    dispatcher = CollectingDispatcher()
    other = make_tracker("", slots=slots, sender_id="1002")
    await ActionOfficerCard().run(dispatcher, other, DOMAIN)
    assert len(dispatcher.messages) == 1 and tips.current(1002) is None


async def test_not_found_gives_997_and_112(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("", slots={"address": "Nieistniejąca 5", "officer_code": None})
    await ActionOfficerCard().run(dispatcher, tracker, DOMAIN)
    [message] = dispatcher.messages
    assert "Nie znalazłem" in message["text"]
    assert "997" in message["text"] and "112" in message["text"]


async def test_inside_the_form_a_bare_street_is_an_address_whatever_the_intent(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    # The classifier took 'Kilińskiego' for a goodbye; the resolver knows better.
    result = await run_validation(
        make_tracker, "Kilińskiego", intent="goodbye", slots={"requested_slot": "address"}
    )
    assert result["address_need"] == "city"


async def test_inside_the_form_an_address_in_a_formal_letter_is_found(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    letter = (
        "Szanowni Państwo, uprzejmie proszę o wskazanie dzielnicowego właściwego dla adresu "
        "ul. Wólczańska 15, 90-001 Łódź. Z poważaniem"
    )
    result = await run_validation(
        make_tracker, letter, intent="faq", slots={"requested_slot": "address"}
    )
    assert result["officer_code"] == "LDZ-I-03"


async def test_inside_the_form_a_goodbye_without_a_place_still_stops(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    result = await run_validation(
        make_tracker, "do widzenia", intent="goodbye", slots={"requested_slot": "address"}
    )
    assert result == {}


async def test_a_town_alone_keeps_the_town_and_asks_for_the_street(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    result = await run_validation(
        make_tracker, "w Zgierzu", slots={"requested_slot": "address"}
    )
    assert result["address_query"] == "w Zgierzu" and result["address_need"] == "address"
    second = await run_validation(
        make_tracker, "Długa 70", slots={"requested_slot": "address", **result}
    )
    assert second["officer_code"] == "ZGZ-02"


async def test_a_town_outside_the_registry_gets_no_officer_and_names_the_towns(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    result = await run_validation(
        make_tracker, "Piotrkowska 10, Kraków", slots={"requested_slot": "address"}
    )
    assert result["officer_code"] is None
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("", slots={"address": result["address"], "officer_code": None})
    events = await ActionOfficerCard().run(dispatcher, tracker, DOMAIN)
    [message] = dispatcher.messages
    assert "Kraków nie należy do obszaru tego bota" in message["text"]
    for town in ("Łódź", "Pabianice", "Zgierz"):
        assert town in message["text"]
    assert "Twój dzielnicowy" not in message["text"]
    assert not any(e.get("name") == "known_officer" for e in events)


async def test_the_officer_shown_is_remembered_for_the_conversation(
    demo_services: Services, make_tracker: TrackerFactory
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("", slots={"address": "Piotrkowska 120", "officer_code": "LDZ-I-02"})
    events = await ActionOfficerCard().run(dispatcher, tracker, DOMAIN)
    remembered = {"event": "slot", "timestamp": None, "name": "known_officer", "value": "LDZ-I-02"}
    assert remembered in events
