"""Asks for consent to the privacy notice before a resident's data is first stored."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.chat import chat_id_of
from bot.wiring import services

AGREE = "Zgadzam się"
DISAGREE = "Nie zgadzam się"


def consented(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    *,
    what: str,
    intent: str,
    entities: dict[str, str] | None = None,
) -> bool:
    """True when the chat has consented to the notice in force — before, or just now by the
    notice's button. Otherwise shows the notice with the buttons and returns False; "Zgadzam
    się" sends `intent` again with `entities`, so the resident goes on where they were."""
    chat_id = chat_id_of(tracker)
    consents = services().consents
    if consents.has_current(chat_id):
        return True
    shown = next(tracker.get_latest_entity_values("consent"), None)
    if shown is not None and consents.record(chat_id, str(shown)):
        return True
    data = json.dumps({"consent": consents.version, **(entities or {})}, separators=(",", ":"))
    dispatcher.utter_message(
        text=services().notice.ask(what),
        buttons=[
            {"title": AGREE, "payload": f"/{intent}{data}"},
            {"title": DISAGREE, "payload": "/deny"},
        ],
    )
    return False
