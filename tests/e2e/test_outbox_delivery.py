"""The outbox through the real Application over HTTP against the fake Bot API server: one
run delivers batch after batch; a message a dead process left 'sending' goes out after its
lease and not before; a send that would start late in its lease is left to the next claim;
a burst over Telegram's limits arrives whole, once each, in order."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select

from bot.conversation.engine import RasaEngine
from bot.conversation.replies import Reply
from bot.db.engine import transaction
from bot.db.models import OutboxMessage
from bot.outbox.service import OutboxService, Outgoing
from bot.wiring import Services
from tests.e2e.conftest import running_bot
from tests.fake_telegram import FakeTelegram

CHAT = 7_100_000
GROUP = -1_007_100


def queue(services: Services, messages: Sequence[Outgoing]) -> None:
    with transaction(services.sessions) as session:
        OutboxService(services.sessions).add_many(session, messages)


async def settled(services: Services, chat_id: int, timeout: float = 10.0) -> list[tuple[str, int]]:
    """The chat's messages (status, attempts) in the order queued, once none is unsent."""
    query = (
        select(OutboxMessage.status, OutboxMessage.attempts)
        .where(OutboxMessage.chat_id == chat_id)
        .order_by(OutboxMessage.id)
    )
    deadline = time.monotonic() + timeout
    while True:
        with services.sessions() as session:
            rows = [(status, attempts) for status, attempts in session.execute(query)]
        if all(status not in ("pending", "sending") for status, _ in rows):
            return rows
        assert time.monotonic() < deadline, f"still unsent: {rows}"
        await asyncio.sleep(0.1)


async def test_one_run_delivers_batch_after_batch(engine: RasaEngine, services: Services) -> None:
    chats = [CHAT + i for i in range(120)]
    queue(services, [Outgoing(chat, Reply(f"Porada {chat}")) for chat in chats])
    # The scheduler's first run would come after an hour: the test makes the one run.
    async with running_bot(engine, services, outbox_interval=3600) as bot:
        assert await bot.app.bot_data["outbox"].deliver_due() == 120
        sent = [c for c in bot.telegram.calls if c.method == "sendMessage" and not c.refused]
        assert sorted((c.chat_id, c.text) for c in sent) == [(c, f"Porada {c}") for c in chats]


async def test_a_message_a_dead_process_left_sending_goes_out_after_its_lease(
    engine: RasaEngine, services: Services
) -> None:
    outbox = OutboxService(services.sessions)
    outbox.enqueue(CHAT, Reply("Komunikat dzielnicowego"))
    claimed_before = time.monotonic()
    outbox.claim_due(lease=timedelta(seconds=3))  # by a process that then died
    async with running_bot(engine, services) as bot:
        [sent] = await bot.telegram.wait_for(CHAT, 1, timeout=20)
        assert sent.at >= claimed_before + 3
        assert await settled(services, CHAT) == [("sent", 2)]


async def test_a_send_that_would_start_late_in_its_lease_waits_for_the_next_claim(
    engine: RasaEngine, services: Services
) -> None:
    # A message's turn comes when the chat's previous one is sent: the 3rd's 3 s after the
    # claim (paced at one per 3 s), past 3/4 of a 2 s lease (1.5 s).
    texts = [f"Wiadomość {i}" for i in range(3)]
    queue(services, [Outgoing(CHAT, Reply(text)) for text in texts])
    lease = timedelta(seconds=2)
    async with running_bot(engine, services, outbox_lease=lease, pacing_interval=3.0) as bot:
        sent = await bot.telegram.wait_for(CHAT, 3, timeout=20)
        assert [s.text for s in sent] == texts
        assert await settled(services, CHAT) == [("sent", 1), ("sent", 1), ("sent", 2)]


async def test_a_burst_over_the_limits_arrives_whole_once_each_in_order(
    engine: RasaEngine, services: Services
) -> None:
    expected = {CHAT + i: [f"Porada {i}"] for i in range(60)}
    expected[CHAT + 100] = [f"Powiadomienie {i}" for i in range(3)]
    expected[GROUP] = [f"Komunikat {i}" for i in range(12)]  # over a group's burst of 10
    queue(services, [Outgoing(c, Reply(text)) for c, texts in expected.items() for text in texts])
    telegram = FakeTelegram(limits=True)
    async with running_bot(engine, services, telegram=telegram):
        for chat, texts in expected.items():
            await telegram.wait_for(chat, len(texts), timeout=60)
        for chat, texts in expected.items():
            assert [s.text for s in telegram.sent_to(chat)] == texts, chat
    # The overall limit is kept with a margin for jitter on the way (a rare 429 is waited
    # out); a chat's own limits leave no room for jitter to matter.
    assert telegram.flood is not None
    assert telegram.flood.refused["private"] == telegram.flood.refused["group"] == 0
