"""Retention: closed requests lose their personal fields after REQUEST_RETENTION_DAYS, chats
that left are forgotten after INACTIVE_CHAT_RETENTION_DAYS; nothing sooner, nothing else."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.cli import main
from bot.db.engine import transaction
from bot.db.models import Chat, ServiceRequest
from bot.requests import texts
from bot.wiring import Services
from tests.requests.conftest import CHATS, NOW, OFFICER, RESIDENT, link, report


def close(services: Services, request_id: int, when: datetime) -> None:
    officer = CHATS[OFFICER]
    assert services.requests.accept(request_id, officer, when).ok
    assert services.requests.choose_close_status(request_id, officer, "potwierdzone", when).ok
    assert services.requests.officer_text(officer, "Sprawdzone.", when) is not None


def test_closed_requests_are_anonymized_after_the_retention_and_not_before(
    demo: Services,
) -> None:
    link(demo, OFFICER)
    old = demo.requests.file(report(contact="600 100 200", contact_consent_at=NOW), NOW)
    recent = demo.requests.file(report(), NOW)
    still_open = demo.requests.file(report(resident_chat_id=RESIDENT + 1), NOW)
    close(demo, old.id, NOW)
    close(demo, recent.id, NOW + timedelta(days=60))

    assert demo.apply_retention(NOW + timedelta(days=89)).requests == 0
    report_ = demo.apply_retention(NOW + timedelta(days=91))
    assert report_.requests == 1
    assert demo.apply_retention(NOW + timedelta(days=91)).requests == 0  # done once
    with demo.sessions() as session:
        gone = session.get(ServiceRequest, old.id)
        assert gone is not None
        assert gone.description == texts.DELETED_AFTER_RETENTION and gone.contact is None
        assert (gone.category, gone.status, gone.close_status) == (
            "parkowanie",
            "closed",
            "potwierdzone",
        )
        kept = session.get(ServiceRequest, recent.id)
        assert kept is not None and "chodniku" in kept.description
        untouched = session.get(ServiceRequest, still_open.id)
        assert untouched is not None and untouched.resident_chat_id == RESIDENT + 1


def test_chats_that_left_are_forgotten_after_a_year(demo: Services) -> None:
    demo.chats.seen(RESIDENT, "private")
    demo.chats.seen(RESIDENT + 1, "private")
    demo.chats.mark_inactive(RESIDENT)
    with transaction(demo.sessions) as session:
        chat = session.get(Chat, RESIDENT)
        assert chat is not None
        chat.inactive_since = NOW
    assert demo.apply_retention(NOW + timedelta(days=364)).chats == 0
    assert demo.apply_retention(NOW + timedelta(days=366)).chats == 1
    with demo.sessions() as session:
        assert session.get(Chat, RESIDENT) is None
        assert session.get(Chat, RESIDENT + 1) is not None  # still active: kept


def test_retention_command(
    demo: Services, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", demo.settings.database_url)
    assert main(["retention"]) == 0
    out = capsys.readouterr().out
    assert "Anonymized 0 request(s) closed over 90 days ago" in out
