"""The database goes away while the bot runs (a PostgreSQL restart, a network cut): every
connection is dropped and new ones are refused for a while. A resident in danger still gets
112 first, nothing queued is lost, and once the database is back the bot answers as before.
The cut is made by a TCP proxy between the bot and PostgreSQL, so the server other tests use
is never stopped."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Coroutine, Iterator
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.conversation.engine import RasaEngine
from bot.conversation.replies import Reply
from bot.db.migrate import upgrade
from bot.outbox.service import OutboxService
from bot.safety.messages import call_112
from bot.wiring import Services
from tests.conftest import _postgres_schema_url
from tests.e2e.conftest import running_bot

CHAT = 7_300_001
LATER = 7_300_002


class Proxy:
    """Forwards TCP to the database until cut; refuses connections while cut. It runs on a
    loop of its own: the test's loop makes blocking database calls (the demo registry)."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._server: asyncio.AbstractServer | None = None
        self._writers: list[asyncio.StreamWriter] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.port = 0

    def _run(self, coro: Coroutine[Any, Any, None]) -> None:
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)

    def start(self) -> None:
        self._run(self._start())

    def cut(self) -> None:
        self._run(self._cut())

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._link, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _cut(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in self._writers:
            writer.close()
        self._writers.clear()

    async def _link(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.close()
            return
        self._writers += [writer, up_writer]
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    writer.close()


@pytest.fixture
def schema_url() -> Iterator[str]:
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip("TEST_POSTGRES_URL not set")
    yield from _postgres_schema_url(base)


@pytest.fixture
def proxied(schema_url: str) -> Iterator[tuple[Proxy, Services]]:
    upgrade(schema_url)
    direct = make_url(schema_url)
    proxy = Proxy(direct.host or "127.0.0.1", direct.port or 5432)
    proxy.start()
    services = Services.build(Settings(database_url=str(direct.set(port=proxy.port))))
    try:
        yield proxy, services
    finally:
        services.engine.dispose()
        proxy.close()


async def test_the_bot_rides_out_a_database_outage(
    engine: RasaEngine, proxied: tuple[Proxy, Services]
) -> None:
    proxy, services = proxied
    async with running_bot(engine, services) as bot:
        t = bot.telegram
        t.push_text(CHAT, "jak rozpoznać oszustwo na wnuczka?")
        await t.wait_for_text(CHAT, "wnucz", timeout=60)

        proxy.cut()
        since = len(t.sent_to(CHAT))
        t.push_text(CHAT, "tata upadł i nie oddycha")
        [first, *_] = (await t.wait_for(CHAT, since + 1, timeout=60))[since:]
        assert first.text.startswith(call_112()[:40]), first.text
        # Back: the outbox, whose job failed throughout the outage, delivers again, and the
        # conversation goes on.
        proxy.start()
        OutboxService(services.sessions).enqueue(LATER, Reply("Komunikat dzielnicowego"))
        await t.wait_for_text(LATER, "Komunikat", timeout=60)

        since = len(t.sent_to(CHAT))
        t.push_text(CHAT, "jak rozpoznać oszustwo na wnuczka?")
        await t.wait_for_text(CHAT, "wnucz", since=since, timeout=60)
