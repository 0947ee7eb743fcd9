"""Privacy and fallback actions with tracker fixtures."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionDefaultFallback
from actions.privacy import ActionDeleteData, ActionMyData
from bot.db.engine import transaction
from bot.db.models import Chat, OutboxMessage
from bot.wiring import Services
from tests.actions.conftest import TrackerFactory

DOMAIN: dict[str, Any] = {}


async def test_my_data_and_delete(demo_services: Services, make_tracker: TrackerFactory) -> None:
    with transaction(demo_services.sessions) as session:
        session.add(Chat(id=1001, kind="private"))
    from bot.conversation.replies import Reply
    from bot.outbox.service import OutboxService

    OutboxService(demo_services.sessions).enqueue(1001, Reply("porada"))

    dispatcher = CollectingDispatcher()
    await ActionMyData().run(dispatcher, make_tracker("moje dane", intent="my_data"), DOMAIN)
    assert "identyfikator czatu" in dispatcher.messages[0]["text"]
    assert "czekające na wysłanie: 1" in dispatcher.messages[0]["text"]

    dispatcher = CollectingDispatcher()
    events = await ActionDeleteData().run(dispatcher, make_tracker("tak", intent="affirm"), DOMAIN)
    assert events == [{"event": "slot", "timestamp": None, "name": "forget_me", "value": True}]
    with demo_services.sessions() as session:
        assert session.get(Chat, 1001) is None
        assert session.query(OutboxMessage).filter_by(chat_id=1001).count() == 0


async def test_giving_up_offers_what_the_bot_can_do(make_tracker: TrackerFactory) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionDefaultFallback().run(dispatcher, make_tracker("xyz"), DOMAIN)
    [message] = dispatcher.messages
    assert "Nie zrozumiałem" in message["text"] and "112" in message["text"]
    assert len(message["buttons"]) == 3
    assert events[0]["event"] == "rewind"
