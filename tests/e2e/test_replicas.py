"""Two replicas of the bot on one database, each with its own Telegram connection: the
scheduled jobs (here the outbox) run on the holder of the leader lease only, and the other
replica takes them over when the holder stops."""

from __future__ import annotations

import contextlib
from datetime import timedelta
from typing import Any

from bot.conversation.engine import RasaEngine
from bot.conversation.replies import Reply
from bot.outbox.service import Outgoing
from bot.scheduling.leader import LeaderLease
from bot.wiring import Services
from tests.e2e.conftest import running_bot
from tests.e2e.test_outbox_delivery import queue

CHAT = 7_200_000
FAST: dict[str, Any] = {"outbox_interval": 0.2, "leader_renew_seconds": 0.2}


async def test_one_replica_sends_and_the_other_takes_over_when_it_stops(
    engine: RasaEngine, services: Services
) -> None:
    ttl = timedelta(seconds=2)
    first = LeaderLease(services.sessions, holder="replica-1", ttl=ttl)
    second = LeaderLease(services.sessions, holder="replica-2", ttl=ttl)
    async with contextlib.AsyncExitStack() as later:
        async with running_bot(engine, services, leader=first, **FAST) as one:
            two = await later.enter_async_context(
                running_bot(engine, services, leader=second, **FAST)
            )
            queue(services, [Outgoing(CHAT + i, Reply(f"Porada {i}")) for i in range(20)])
            for i in range(20):
                await one.telegram.wait_for(CHAT + i, 1, timeout=30)
            assert first.holds() and not second.holds()
            assert two.telegram.delivered == []
        # The first replica stopped (SIGTERM): it released the lease on its way out.
        queue(services, [Outgoing(CHAT + 100 + i, Reply(f"Alert {i}")) for i in range(5)])
        for i in range(5):
            await two.telegram.wait_for(CHAT + 100 + i, 1, timeout=10)
        assert second.holds()
        assert {s.chat_id for s in one.telegram.delivered} == {CHAT + i for i in range(20)}
        assert {s.chat_id for s in two.telegram.delivered} == {CHAT + 100 + i for i in range(5)}
