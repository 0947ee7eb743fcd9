"""Safety answers: given only when the answer selector's gate passed; otherwise the bot says it
is not sure and offers the nearest topics and the dzielnicowy, or declines what is out of scope."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.registry.card import officer_contact_line
from bot.wiring import services

NOT_SURE = "Nie mam na to pewnej odpowiedzi."
SUGGEST = "Może chodzi o jeden z tych tematów?"
ASK_OFFICER = "Możesz też zapytać swojego dzielnicowego – podaj adres, a wskażę, kto to jest."
FIND_OFFICER_BUTTON = {"title": "Kto jest moim dzielnicowym?", "payload": "/find_officer"}
OUT_OF_SCOPE = "utter_out_of_scope"
REPORT_PROBLEM = "utter_report_problem"
OFFER_REQUEST = (
    "Możesz to też zgłosić tutaj swojemu dzielnicowemu – odpowiedź dostaniesz w czacie."
)
REQUEST_BUTTON = {
    "title": "Zgłoś dzielnicowemu",
    "payload": '/start_request{"request_kind": "report"}',
}
# Offered when an unclear message looks most like one of these requests.
SERVICE_BUTTONS = {
    "find_officer": "Kto jest moim dzielnicowym?",
    "inform_address": "Kto jest moim dzielnicowym?",
    "message_officer": "Kontakt z dzielnicowym",
    "report_problem": "Zgłoszenie problemu w okolicy",
    "report_status": "Status zgłoszenia",
    "subscribe_tips": "Zapis na porady",
    "unsubscribe_tips": "Rezygnacja z porad",
    "my_data": "Moje dane w bocie",
    "delete_data": "Usunięcie moich danych",
    "help": "Co potrafisz?",
}
MIN_SERVICE_CONFIDENCE = 0.2
# The intent model's probability of a safety question below which 'out of scope' stands.
MIN_FAQ_AGAINST_OUT_OF_SCOPE = 0.3


def answer_response(key: str) -> str:
    """'faq/scam_grandson' or 'scam_grandson' -> 'utter_faq/scam_grandson'."""
    return f"utter_{key}" if key.startswith("faq/") else f"utter_faq/{key}"


def topic_title(domain: DomainDict, key: str) -> str | None:
    variations = (domain.get("responses") or {}).get(answer_response(key)) or []
    metadata = (variations[0].get("metadata") or {}) if variations else {}
    title = metadata.get("title")
    # The placeholder of questions no answer covers is never offered or shown.
    return str(title) if title and not metadata.get("abstention") else None


def send_answer(dispatcher: CollectingDispatcher, key: str) -> None:
    # answer_key travels with the message to the channel: benchmarks and tests read it.
    dispatcher.utter_message(response=answer_response(key), answer_key=key.removeprefix("faq/"))


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        chosen = next(tracker.get_latest_entity_values("topic"), None)
        if chosen and topic_title(domain, str(chosen)):  # a topic button
            send_answer(dispatcher, str(chosen))
            return []
        answer: dict[str, Any] = message.get("answer") or {}
        intent = (message.get("intent") or {}).get("name")
        if answer.get("decision") == "answer" and _may_answer(intent, message):
            # A local problem with its own answer ('piją pod blokiem'): that answer says
            # who handles it; otherwise the general way to report one.
            send_answer(dispatcher, str(answer["key"]))
            if intent == "report_problem":
                dispatcher.utter_message(text=OFFER_REQUEST, buttons=[REQUEST_BUTTON])
        elif intent == "report_problem":
            dispatcher.utter_message(response=REPORT_PROBLEM)
        elif intent == "out_of_scope" or answer.get("decision") == "decline":
            dispatcher.utter_message(response=OUT_OF_SCOPE)
        else:
            abstain(dispatcher, tracker, domain, answer)
        return []


def _may_answer(intent: str | None, message: dict[str, Any]) -> bool:
    """A safety answer whose gate passed is given for a safety question, a local problem, an
    unclear message, and a message the intent model leaned against but not decisively (a
    question in everyday words: 'czy za jointa idzie się siedzieć')."""
    if intent in ("faq", "report_problem", "nlu_fallback"):
        return True
    ranking = message.get("intent_ranking") or []
    faq = next((r.get("confidence", 0.0) for r in ranking if r.get("name") == "faq"), 0.0)
    return intent == "out_of_scope" and faq >= MIN_FAQ_AGAINST_OUT_OF_SCOPE


def abstain(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: DomainDict,
    answer: dict[str, Any],
) -> None:
    buttons = []
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    service = next(
        (
            r["name"]
            for r in ranking
            if r.get("name") in SERVICE_BUTTONS
            and r.get("confidence", 0.0) >= MIN_SERVICE_CONFIDENCE
        ),
        None,
    )
    if service:
        buttons.append({"title": SERVICE_BUTTONS[service], "payload": f"/{service}"})
    for key in answer.get("candidates") or []:
        title = topic_title(domain, str(key))
        if title:
            short = str(key).removeprefix("faq/")
            buttons.append({"title": title, "payload": f'/faq{{"topic":"{short}"}}'})
    code = tracker.get_slot("known_officer")
    card = services().registry.officer_card(str(code)) if code else None
    officer = officer_contact_line(card) if card else None
    text = f"{NOT_SURE} {SUGGEST}" if buttons else NOT_SURE
    if officer:
        text += f"\n\nMożesz też zapytać swojego dzielnicowego: {officer}"
    else:
        text += f"\n\n{ASK_OFFICER}"
        if FIND_OFFICER_BUTTON["payload"] not in {b["payload"] for b in buttons}:
            buttons.append(FIND_OFFICER_BUTTON)
    dispatcher.utter_message(text=text, buttons=buttons)
