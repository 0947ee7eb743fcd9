"""The emergency answer: 112 first; crisis lines for suicide and crisis messages."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.safety.emergency import detect
from bot.safety.messages import emergency_replies

MIN_CONFIDENCE = 0.5


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        found = detect(message.get("text") or "")
        # Only the classifier saw an emergency: it cannot tell which kind, so give every line.
        for text in emergency_replies(found.category if found else "crisis"):
            dispatcher.utter_message(text=text)
        answer = _safety_answer(message)
        if answer:
            dispatcher.utter_message(text=answer)
        return []


def _safety_answer(message: dict[str, Any]) -> str | None:
    """The safety answer the model chose before the net overrode it, if it was confident."""
    ranking = message.get("intent_ranking") or []
    if len(ranking) < 2 or ranking[1].get("name") != "faq":
        return None
    if ranking[1].get("confidence", 0.0) < MIN_CONFIDENCE:
        return None
    response = (message.get("response_selector") or {}).get("faq", {}).get("response", {})
    if response.get("confidence", 0.0) < MIN_CONFIDENCE:
        return None
    responses = response.get("responses") or []
    text = responses[0].get("text") if responses else None
    return str(text) if text else None
