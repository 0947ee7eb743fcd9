"""Requests on the demo registry: who is linked where, and what the outbox holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from bot.db.engine import transaction
from bot.db.models import Officer
from bot.outbox.service import OutboxService, Pending
from bot.registry.importer import import_registry
from bot.requests.model import NewRequest
from bot.wiring import Services
from tests.conftest import DEMO_DIR

# 10 March 2026, 10:00 in Łódź (CET): deadlines are shown in local time.
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)

# Demo registry: ul. Piotrkowska 61-120 in Łódź is LDZ-I-02's; LDZ-I-K heads their unit.
OFFICER = "LDZ-I-02"
OFFICER_NAME = "st. sierż. Agnieszka Kołodziej"
OFFICER_PHONE = "+48 000 000 102"
HEAD = "LDZ-I-K"
HEAD_NAME = "kom. Marek Zawadzki"
NEIGHBOUR = "LDZ-I-01"  # same unit, another area
STRANGER = "LDZ-II-01"  # another unit
CHATS = {OFFICER: 1002, HEAD: 1900, NEIGHBOUR: 1001, STRANGER: 2001}
RESIDENT = 555


@pytest.fixture
def demo(services: Services) -> Iterator[Services]:
    with transaction(services.sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    yield services


def link(services: Services, *codes: str) -> None:
    """Links officers the way an operator's code would, without the code round trip."""
    with transaction(services.sessions) as session:
        for code in codes:
            officer = session.execute(select(Officer).where(Officer.code == code)).scalar_one()
            officer.telegram_chat_id = CHATS[code]


def report(**changes: object) -> NewRequest:
    values: dict[str, object] = {
        "kind": "report",
        "resident_chat_id": RESIDENT,
        "officer_code": OFFICER,
        "place": "ul. Piotrkowska 120, Łódź",
        "category": "parkowanie",
        "description": "Samochody codziennie parkują na chodniku przy przejściu.",
        "when_text": "w dni robocze rano",
    }
    values.update(changes)
    return NewRequest(**values)  # type: ignore[arg-type]


def drain(services: Services) -> list[Pending]:
    """What the sender would get now (and marks it taken, so the next call sees only news)."""
    return OutboxService(services.sessions).claim_due(limit=1000)


def texts_to(messages: list[Pending], chat_id: int) -> list[str]:
    return [m.reply.text for m in messages if m.chat_id == chat_id]
