"""Tips on a migrated database with the fixture catalogue (tests/tips/catalog.yml)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.db.engine import transaction
from bot.db.models import OutboxMessage, Tip, TipDelivery, TipSubscription
from bot.outbox.service import OutboxService, Pending
from bot.registry.importer import import_registry
from bot.tips.catalog import import_catalog
from bot.tips.config import TipsConfig
from bot.tips.model import SchoolInfo
from bot.tips.service import TipsService
from bot.wiring import Services
from tests.conftest import DEMO_DIR

CATALOG = Path(__file__).resolve().parent / "catalog.yml"
WARSAW = ZoneInfo("Europe/Warsaw")
RESIDENT = 501
PARENT = 502
GROUP = -1001
SCHOOL = SchoolInfo("Szkoła Podstawowa nr 12", "Łódź", "3b")


def warsaw(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A UTC instant given as the local time in Łódź."""
    return datetime(year, month, day, hour, minute, tzinfo=WARSAW).astimezone(timezone.utc)


def local(moment: datetime) -> datetime:
    return moment.astimezone(WARSAW)


@pytest.fixture
def tips(services: Services) -> Iterator[Services]:
    with transaction(services.sessions) as session:
        import_catalog(session, CATALOG, now=warsaw(2026, 3, 1, 12))
    yield services


@pytest.fixture
def demo_tips(tips: Services) -> Iterator[Services]:
    with transaction(tips.sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    yield tips


def service(services: Services, **config: object) -> TipsService:
    """Another process's TipsService on the same database (or other settings)."""
    return TipsService(
        services.sessions, OutboxService(services.sessions), TipsConfig(**config)  # type: ignore[arg-type]
    )


def drain(services: Services) -> list[Pending]:
    """What the sender would get now (and marks it taken)."""
    return OutboxService(services.sessions).claim_due(limit=100_000)


def queued(services: Services, chat_id: int | None = None) -> list[OutboxMessage]:
    """Every message in the outbox (any status), in the order queued."""
    with services.sessions() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if chat_id is not None:
            query = query.where(OutboxMessage.chat_id == chat_id)
        return list(session.execute(query).scalars())


def delivered(services: Services, chat_id: int) -> list[str]:
    """The catalogue ids of the tips planned for the chat, in the order of their slots."""
    with services.sessions() as session:
        return list(
            session.execute(
                select(Tip.key)
                .join(TipDelivery, TipDelivery.tip_id == Tip.id)
                .join(TipSubscription, TipSubscription.id == TipDelivery.subscription_id)
                .where(TipSubscription.chat_id == chat_id)
                .order_by(TipDelivery.slot_at)
            ).scalars()
        )
