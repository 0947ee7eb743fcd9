"""The emergency answer: 112 first; crisis lines for suicide and crisis messages."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.safety.emergency import detect
from bot.safety.messages import emergency_replies


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        found = detect((tracker.latest_message or {}).get("text") or "")
        # Only the classifier saw an emergency: it cannot tell which kind, so give every line.
        for text in emergency_replies(found.category if found else "crisis"):
            dispatcher.utter_message(text=text)
        return []
