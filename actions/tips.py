"""Tips subscriptions in a private chat: the settings card, and leaving."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.chat import chat_id_of
from actions.consent import consented
from bot.tips.settings_card import (
    Draft,
    audiences_bits,
    audiences_in,
    bits_audiences,
    card,
)
from bot.wiring import services

DEFAULT_HOUR = 18
NOT_SUBSCRIBED = "Nie masz zapisu na porady. Zapiszesz się poleceniem /porady."
UNSUBSCRIBED = "Wypisano Cię z porad. Wrócisz poleceniem /porady."
CONSENT_FOR = "Twoje ustawienia porad"


class ActionTipsCard(Action):
    """The current settings (or a draft from the words used) with buttons to change them."""

    def name(self) -> str:
        return "action_tips_card"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        current = services().tips.current(chat_id_of(tracker))
        asked = audiences_in((tracker.latest_message or {}).get("text") or "") or bits_audiences(
            next(tracker.get_latest_entity_values("audiences"), None)
        )
        if not consented(
            dispatcher,
            tracker,
            what=CONSENT_FOR,
            intent="subscribe_tips",
            entities={"audiences": audiences_bits(asked)} if asked else None,
        ):
            return []
        if current is not None and current.active:
            draft = Draft(frozenset(current.audiences) | asked, current.frequency, current.hour)
        else:
            draft = Draft(asked or frozenset({"wszyscy"}), "weekly", DEFAULT_HOUR)
        reply = card(draft, subscribed=current is not None and current.active, group=False)
        buttons = [{"title": b.title, "payload": b.payload, "row": b.row} for b in reply.buttons]
        dispatcher.utter_message(text=reply.text, buttons=buttons)
        return []


class ActionTipsUnsubscribe(Action):
    def name(self) -> str:
        return "action_tips_unsubscribe"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        left = services().tips.unsubscribe(chat_id_of(tracker))
        dispatcher.utter_message(text=UNSUBSCRIBED if left else NOT_SUBSCRIBED)
        return []
