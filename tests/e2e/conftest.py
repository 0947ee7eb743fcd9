"""End to end: the real PTB Application, the real Rasa model and a real database, with only
Telegram itself replaced by the fake Bot API server."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from telegram.ext import Application

from bot.config import PROJECT_ROOT
from bot.conversation.dialogue import Dialogue
from bot.conversation.engine import RasaEngine
from bot.db.engine import transaction
from bot.registry.importer import import_registry
from bot.telegram.app import build_application
from bot.wiring import Services, use_services
from tests.conftest import DEMO_DIR
from tests.fake_telegram import FakeTelegram


@pytest.fixture(scope="session")
def engine() -> Iterator[RasaEngine]:
    loaded = RasaEngine(PROJECT_ROOT / "models")
    yield loaded
    loaded.close()


@dataclass
class Bot:
    telegram: FakeTelegram
    app: Application  # type: ignore[type-arg]
    services: Services


@contextlib.asynccontextmanager
async def running_bot(
    engine: RasaEngine,
    services: Services,
    *,
    telegram: FakeTelegram | None = None,
    **options: Any,
) -> AsyncIterator[Bot]:
    """The application on the fake server (a default one, or `telegram`, e.g. one enforcing
    the flood limits), with the demo registry; options go to build_application (e.g. a
    short deadlines_interval)."""
    with transaction(services.sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    use_services(services)
    telegram = telegram or FakeTelegram()
    await telegram.start()
    app = build_application(
        telegram.token,
        telegram.base_url,
        Dialogue(engine),
        services,
        **{"outbox_interval": 0.2, **options},
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield Bot(telegram, app, services)
    finally:
        if app.updater.running:
            await app.updater.stop()
        await app.stop()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
        await app.shutdown()
        await telegram.stop()
        use_services(None)


@pytest.fixture
async def bot(engine: RasaEngine, services: Services) -> AsyncIterator[Bot]:
    async with running_bot(engine, services) as running:
        yield running
