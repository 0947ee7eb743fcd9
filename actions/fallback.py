"""The two-stage fallback in Polish: 'did you mean …?', 'please rephrase', then give up
politely with what the bot can do."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

REPHRASE = "Nie zrozumiałem. Możesz napisać to inaczej, krócej?"
GIVE_UP = (
    "Nie zrozumiałem. Mogę wskazać Twojego dzielnicowego albo odpowiedzieć na pytanie "
    "o bezpieczeństwo. W nagłej sytuacji dzwoń pod 112."
)
WHAT_I_CAN_DO = [
    {"title": "Kto jest moim dzielnicowym?", "payload": "/find_officer"},
    {"title": "Porady bezpieczeństwa", "payload": "/safety_topics"},
    {"title": "Co potrafisz?", "payload": "/help"},
]


# Not offered for confirmation: a confirmed 'faq' has lost the question it should answer,
# and a possible emergency is answered with 112 by the conversation layer, never asked about.
INTENT_DESCRIPTIONS = {
    "find_officer": "znalezienie Twojego dzielnicowego",
    "inform_address": "podanie adresu, żeby wskazać dzielnicowego",
    "message_officer": "kontakt z dzielnicowym",
    "report_problem": "zgłoszenie problemu w okolicy",
    "report_status": "status zgłoszenia",
    "safety_topics": "porady bezpieczeństwa",
    "subscribe_tips": "zapis na porady",
    "unsubscribe_tips": "rezygnację z porad",
    "my_data": "Twoje dane w bocie",
    "delete_data": "usunięcie Twoich danych",
    "help": "to, co potrafi bot",
    "greet": "przywitanie",
    "goodbye": "pożegnanie",
    "thank": "podziękowanie",
    "bot_challenge": "pytanie, czy rozmawiasz z botem",
}


class ActionDefaultAskAffirmation(Action):
    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        ranking = (tracker.latest_message or {}).get("intent_ranking") or []
        candidates = [r["name"] for r in ranking if r.get("name") in INTENT_DESCRIPTIONS]
        if not candidates:
            dispatcher.utter_message(text=REPHRASE)
            return []
        intent = candidates[0]
        dispatcher.utter_message(
            text=f"Czy chodzi Ci o {INTENT_DESCRIPTIONS[intent]}?",
            buttons=[
                {"title": "Tak", "payload": f"/{intent}"},
                {"title": "Nie", "payload": "/out_of_scope"},
            ],
        )
        return []


class ActionDefaultAskRephrase(Action):
    def name(self) -> str:
        return "action_default_ask_rephrase"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=REPHRASE)
        return []


class ActionDefaultFallback(Action):
    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=GIVE_UP, buttons=WHAT_I_CAN_DO)
        # Like Rasa's own fallback: the misunderstood message does not shape what comes next.
        return [UserUtteranceReverted()]
