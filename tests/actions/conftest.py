"""Tracker fixtures for the custom actions (the financial-demo way)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker

from bot.db.engine import transaction
from bot.registry.importer import import_registry
from bot.wiring import Services, use_services
from tests.conftest import DEMO_DIR


@pytest.fixture
def demo_services(services: Services) -> Iterator[Services]:
    with transaction(services.sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    use_services(services)
    yield services
    use_services(None)


TrackerFactory = Callable[..., Tracker]


@pytest.fixture
def make_tracker() -> TrackerFactory:
    def make(
        text: str,
        intent: str = "inform_address",
        slots: dict[str, Any] | None = None,
        entities: list[dict[str, Any]] | None = None,
        sender_id: str = "1001",
        active_loop: str | None = "address_form",
    ) -> Tracker:
        return Tracker(
            sender_id=sender_id,
            slots={"requested_slot": None, **(slots or {})},
            latest_message={
                "text": text,
                "intent": {"name": intent, "confidence": 0.95},
                "entities": entities or [],
                "intent_ranking": [{"name": intent, "confidence": 0.95}],
            },
            events=[],
            paused=False,
            followup_action=None,
            active_loop={"name": active_loop} if active_loop else {},
            latest_action_name="action_listen",
        )

    return make
