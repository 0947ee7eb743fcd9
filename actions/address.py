"""The address form: collect an address, ask for what is missing, show the officer."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.chat import chat_id_of
from bot.registry.card import NOT_FOUND, officer_card_text, outside_area_text
from bot.wiring import services

# Inside the form, a message that names no street, town or number and has one of these
# intents is not an answer to "what is your address" (their rules take over). Anything that
# names a place is an address, whatever the classifier thought ('Kilińskiego' is no goodbye).
NOT_AN_ADDRESS = {
    "emergency",
    "deny",
    "goodbye",
    "faq",
    "nlu_fallback",
    "out_of_scope",
    "help",
    "my_data",
    "delete_data",
    "thank",
    "bot_challenge",
    "greet",
}
AREA_SAVED = (
    "Pilne komunikaty dzielnicowych z tego rejonu będą przychodzić razem z Twoimi poradami "
    "(zapisałem tylko rejon, nie adres)."
)
# Intents with which a request for the officer may carry no address yet.
ASKING_INTENTS = {"find_officer"}
# Rasa runs the extraction after every message; outside the form only these start it.
STARTING_INTENTS = ASKING_INTENTS | {"inform_address"}
_CLEARED = {"address_query": None, "address_need": None, "address_options": None}


def _latest_text(tracker: Tracker) -> str | None:
    part = next(tracker.get_latest_entity_values("address_part"), None)
    if part:
        return str(part)
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/"):  # a button payload that carries no address
        return None
    return text.strip() or None


def _extracted_this_turn(tracker: Tracker) -> bool:
    """Rasa extracts slots after every message and the form validates again in the same
    turn; the second pass must not combine the message with the query twice."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == "address":
            return True
    return False


class ValidateAddressForm(FormValidationAction):
    def name(self) -> str:
        return "validate_address_form"

    async def extract_address(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        text = _latest_text(tracker)
        in_form = (tracker.active_loop or {}).get("name") == "address_form"
        if text is None or intent == "emergency" or _extracted_this_turn(tracker):
            return {}
        if in_form:
            named = services().registry.resolve(text).mentions_place
            if not named and intent in NOT_AN_ADDRESS:
                return {}
        elif intent not in STARTING_INTENTS:
            return {}
        query = tracker.get_slot("address_query")
        return {"address": f"{query} {text}" if query else text}

    def validate_address(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:  # cleared earlier in this turn: nothing new to check
            return {}
        text = str(value)
        result = services().registry.resolve(text)
        if result.kind == "officer":
            return {"address": text, "officer_code": result.officer_code, **_CLEARED}
        if result.kind == "outside_area":
            return {"address": text, "officer_code": None, **_CLEARED}
        if result.kind in ("ask_city", "ask_street", "ask_number"):
            return {
                "address": None,
                "address_query": text,
                "address_need": result.kind.removeprefix("ask_"),
                "address_options": list(result.options),
            }
        if result.street is None and result.city and result.house is None:
            # 'w Zgierzu': keep the town, ask for the street.
            return {
                "address": None,
                "address_query": text,
                "address_need": "address",
                "address_options": None,
            }
        intent = (tracker.latest_message or {}).get("intent", {}).get("name")
        first_question = tracker.get_slot("requested_slot") is None
        if result.street is None and first_question and intent in ASKING_INTENTS:
            # "Kto jest moim dzielnicowym (w Zgierzu)?": no street yet, keep what was said.
            return {
                "address": None,
                "address_query": text if result.city else None,
                "address_need": "address",
                "address_options": None,
            }
        return {"address": text, "officer_code": None, **_CLEARED}


def address_question(tracker: Tracker) -> tuple[str, list[dict[str, str]]]:
    """The ask-back for what the address lacks (also used by the request form)."""
    need = tracker.get_slot("address_need")
    options = tracker.get_slot("address_options") or []
    buttons = [
        {"title": option, "payload": f'/inform_address{{"address_part": "{option}"}}'}
        for option in options
    ]
    if need == "city":
        return "Ulica o tej nazwie jest w kilku miejscowościach. W której?", buttons
    if need == "street":
        return "Pasuje kilka ulic. O którą chodzi?", buttons
    if need == "number":
        return "Tę ulicę obsługuje kilku dzielnicowych. Podaj numer domu, np. 12 albo 12a.", []
    return (
        "Podaj adres: ulicę i numer domu, a jeśli to nie Łódź – także miejscowość. "
        "Na przykład: „Piotrkowska 120” albo „Zgierz, Długa 5”.",
        [],
    )


class ActionAskAddress(Action):
    def name(self) -> str:
        return "action_ask_address"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text, buttons = address_question(tracker)
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


def _alerts_area_changed(chat_id: int, officer_code: str) -> bool:
    """A tips subscriber gets the alerts of the area of the officer just looked up: the
    officer's code is stored with the subscription, never the address."""
    tips = services().tips
    current = tips.current(chat_id)
    if current is None or not current.active or current.officer_code == officer_code:
        return False
    return tips.set_area(chat_id, officer_code)


class ActionOfficerCard(Action):
    def name(self) -> str:
        return "action_officer_card"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        address = tracker.get_slot("address")
        registry = services().registry
        result = registry.resolve(address) if address else None
        card = (
            registry.officer_card(result.officer_code) if result and result.officer_code else None
        )
        cleared = [SlotSet(slot, None) for slot in ("address", "officer_code", *_CLEARED)]
        if result is not None and card is not None:
            dispatcher.utter_message(text=officer_card_text(card, result))
            if _alerts_area_changed(chat_id_of(tracker), card.code):
                dispatcher.utter_message(text=AREA_SAVED)
            # Remembered for this conversation: 'not sure' answers offer this officer.
            return [*cleared, SlotSet("known_officer", card.code)]
        if result is not None and result.kind == "outside_area" and result.city:
            dispatcher.utter_message(text=outside_area_text(result.city, result.options))
        else:
            dispatcher.utter_message(text=NOT_FOUND)
        return cleared
