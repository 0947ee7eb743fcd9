"""Show and delete what the bot keeps about the chat."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.privacy.service import ChatData, describe_text
from bot.wiring import services


def _chat_id(tracker: Tracker) -> int | None:
    try:
        return int(tracker.sender_id)
    except (TypeError, ValueError):
        return None  # the console and tests use non-numeric ids; nothing is stored for them


class ActionMyData(Action):
    def name(self) -> str:
        return "action_my_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        chat_id = _chat_id(tracker)
        data = (
            services().privacy.describe(chat_id)
            if chat_id is not None
            else ChatData(False, None, 0)
        )
        dispatcher.utter_message(text=describe_text(data))
        return []


class ActionDeleteData(Action):
    def name(self) -> str:
        return "action_delete_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        chat_id = _chat_id(tracker)
        if chat_id is not None:
            services().privacy.forget(chat_id)
        dispatcher.utter_message(
            text="Usunąłem wszystkie dane tego czatu, także przebieg rozmowy. "
            "Jeśli napiszesz ponownie, zaczniemy od nowa."
        )
        # The conversation layer sees this slot and deletes the whole conversation record.
        return [SlotSet("forget_me", True)]
