"""Show and delete what the bot keeps about the chat."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.chat import chat_id_of
from bot.privacy.service import describe_text
from bot.wiring import services

EXPORT_FILENAME = "moje_dane.json"


class ActionMyData(Action):
    def name(self) -> str:
        return "action_my_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        chat_id = chat_id_of(tracker)
        privacy = services().privacy
        data = privacy.describe(chat_id)
        dispatcher.utter_message(text=describe_text(data))
        if data.known:
            # The same, complete and machine-readable, as a file.
            attachment = {"filename": EXPORT_FILENAME, "text": privacy.export(chat_id)}
            dispatcher.utter_message(json_message={"attachment": attachment})
        return []


class ActionDeleteData(Action):
    def name(self) -> str:
        return "action_delete_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        services().privacy.forget(chat_id_of(tracker))
        dispatcher.utter_message(
            text="Usunąłem wszystkie dane tego czatu, także przebieg rozmowy. "
            "Jeśli napiszesz ponownie, zaczniemy od nowa."
        )
        # The conversation layer sees this slot and deletes the whole conversation record.
        return [SlotSet("forget_me", True)]
