"""A conversation kept in the SQL tracker store survives a restart of the bot's process."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.conversation.dialogue import Dialogue
from bot.conversation.engine import RasaEngine
from bot.db.engine import transaction
from bot.registry.importer import import_registry
from bot.wiring import Services, use_services
from tests.conftest import DEMO_DIR

CHAT = "918273670"


async def test_a_conversation_goes_on_after_a_restart(services: Services, tmp_path: Path) -> None:
    if not services.settings.database_url.startswith("sqlite"):
        pytest.skip("two model loads: once is enough (the store itself is tested on both)")
    with transaction(services.sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    use_services(services)
    url = f"sqlite:///{tmp_path / 'conversations.sqlite3'}"

    before = RasaEngine(PROJECT_ROOT / "models", tracker_store_url=url)
    asked = await Dialogue(before).reply(CHAT, "kto jest moim dzielnicowym?")
    assert any("adres" in r.text for r in asked)
    before.close()

    after = RasaEngine(PROJECT_ROOT / "models", tracker_store_url=url)
    try:
        card = await Dialogue(after).reply(CHAT, "Piotrkowska 10")
        assert any("Wierzbicki" in r.text for r in card), [r.text for r in card]
        await after.forget(CHAT)
        assert await after.conversation(CHAT) == []
    finally:
        after.close()
        use_services(None)
