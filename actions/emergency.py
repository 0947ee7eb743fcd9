"""The emergency answer: 112 and what to do in the first minute; crisis lines for suicide and
crisis messages; then the safety answer the model found, when its gate passed."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import send_answer
from bot.safety.assess import Assessment, assess
from bot.safety.messages import alarm_replies


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        found = Assessment.from_dict(message.get("safety"))
        if not found.alarm:
            found = assess(message.get("text") or "")
        if found.level != "urgent":
            # The emergency intent without the NLU assessment (a test story, a payload):
            # treat it as urgent, of an unnamed kind.
            found = Assessment("urgent", found.category or "other", found.categories)
        for text in alarm_replies(found):
            dispatcher.utter_message(text=text)
        key = _fitting_answer(message)
        if key:
            send_answer(dispatcher, key)
        return []


def _fitting_answer(message: dict[str, Any]) -> str | None:
    """The safety answer for what the message is about, when the model's next choice after
    the emergency is a safety question and the answer's gate passed."""
    ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != "emergency"]
    if not ranking or ranking[0].get("name") != "faq":
        return None
    answer = message.get("answer") or {}
    return str(answer["key"]) if answer.get("decision") == "answer" else None
