"""Rasa's SQL tracker store as the bot uses it: conversations kept across processes, deleted
on request and after two hours of silence."""

from __future__ import annotations

import time

from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.config import PROJECT_ROOT
from bot.conversation.stores import delete_conversation, delete_idle, tracker_store

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain"))


def conversation(sender: str, age_seconds: float = 0.0) -> DialogueStateTracker:
    at = time.time() - age_seconds
    events = [
        ActionExecuted("action_listen", timestamp=at),
        UserUttered("Piotrkowska 10", {"name": "inform_address"}, timestamp=at),
        SlotSet("address", "ul. Piotrkowska 10, Łódź", timestamp=at),
        ActionExecuted("action_listen", timestamp=at),
    ]
    return DialogueStateTracker.from_events(sender, events, DOMAIN.slots)


async def test_sql_store_keeps_deletes_and_expires(database_url: str) -> None:
    first = tracker_store(database_url)
    assert first is not None
    store = FailSafeTrackerStore(first)  # as Rasa's agent wraps it
    store.domain = DOMAIN
    await store.save(conversation("talking"))
    await store.save(conversation("deleting"))
    await store.save(conversation("silent", age_seconds=3 * 3600))

    # Another process (a restart, another replica) reads the same conversations.
    again = tracker_store(database_url)
    assert again is not None
    again.domain = DOMAIN
    kept = await again.retrieve("talking")
    assert kept is not None and kept.get_slot("address") == "ul. Piotrkowska 10, Łódź"

    delete_conversation(store, "deleting")
    assert await again.retrieve("deleting") is None
    assert delete_idle(store, 2 * 3600) == 1
    assert await again.retrieve("silent") is None
    assert await again.retrieve("talking") is not None
    first.engine.dispose()
    again.engine.dispose()


async def test_memory_store_deletes_and_expires() -> None:
    store = FailSafeTrackerStore(InMemoryTrackerStore(DOMAIN))
    store.domain = DOMAIN
    await store.save(conversation("talking"))
    await store.save(conversation("silent", age_seconds=3 * 3600))
    assert delete_idle(store, 2 * 3600) == 1
    delete_conversation(store, "talking")
    assert await store.retrieve("talking") is None and await store.retrieve("silent") is None
