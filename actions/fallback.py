"""When the dialogue policies cannot tell what comes next: say so politely, with what the bot
can do. (Unclear messages are handled by action_answer, which offers the nearest topics.)"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

GIVE_UP = (
    "Nie zrozumiałem. Mogę wskazać Twojego dzielnicowego albo odpowiedzieć na pytanie "
    "o bezpieczeństwo. W nagłej sytuacji dzwoń pod 112."
)
WHAT_I_CAN_DO = [
    {"title": "Kto jest moim dzielnicowym?", "payload": "/find_officer"},
    {"title": "Porady bezpieczeństwa", "payload": "/safety_topics"},
    {"title": "Co potrafisz?", "payload": "/help"},
]


class ActionDefaultFallback(Action):
    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=GIVE_UP, buttons=WHAT_I_CAN_DO)
        # Like Rasa's own fallback: the misunderstood message does not shape what comes next.
        return [UserUtteranceReverted()]
