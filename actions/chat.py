"""Which Telegram chat a conversation belongs to."""

from __future__ import annotations

from rasa_sdk import Tracker


def chat_id_of(tracker: Tracker) -> int:
    """The Telegram chat id of the conversation (the console is chat 1). Non-numeric sender
    ids (tests, other channels) are 0: no chat has it, so nothing is stored or found for it."""
    sender = str(tracker.sender_id)
    return int(sender) if sender.lstrip("-").isdigit() else 0
