"""Reminders before deadlines and escalations after them, each exactly once."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from bot.outbox.service import OutboxService
from bot.requests.config import RequestsConfig
from bot.requests.model import DeadlineReport
from bot.requests.service import RequestService
from bot.wiring import Services
from tests.requests.conftest import CHATS, HEAD, NOW, OFFICER, OFFICER_NAME, drain, link, report

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def test_reminder_then_escalation_once_each(demo: Services) -> None:
    link(demo, OFFICER, HEAD)
    filed = demo.requests.file(report(), NOW)
    drain(demo)
    check = demo.requests.check_deadlines

    assert check(NOW + HOUR) == DeadlineReport()
    # 20% of the two days (9.6 h) before the acceptance deadline: a reminder.
    before_accept = NOW + 2 * DAY - 9 * HOUR
    assert check(before_accept) == DeadlineReport(reminders=1)
    assert check(before_accept) == DeadlineReport()
    (reminder,) = drain(demo)
    assert reminder.chat_id == CHATS[OFFICER]
    assert reminder.reply.text == (
        f"Przypomnienie: zgłoszenie {filed.number} czeka na przyjęcie. "
        "Termin mija 12.03.2026 10:00."
    )
    assert reminder.reply.buttons[0].payload == f"req:acc:{filed.id}"

    after_accept = NOW + 2 * DAY + HOUR
    assert check(after_accept) == DeadlineReport(escalations=1)
    assert check(after_accept) == DeadlineReport()
    (escalation,) = drain(demo)
    assert escalation.chat_id == CHATS[HEAD]
    assert escalation.reply.text.startswith(
        f"Minął termin przyjęcia zgłoszenia {filed.number} (12.03.2026 10:00). "
        f"Prowadzi: {OFFICER_NAME}.\nKategoria: Nieprawidłowe parkowanie"
    )
    assert [b.title for b in escalation.reply.buttons] == ["Przyjmuję", "Odpowiedz", "Zamknij"]
    # The handler stays.
    assert [v.number for v in demo.requests.open_for_officer(CHATS[OFFICER])] == [filed.number]

    demo.requests.accept(filed.id, CHATS[OFFICER], after_accept)
    drain(demo)
    before_close = NOW + 5 * DAY - 20 * HOUR
    assert check(before_close) == DeadlineReport(reminders=1)
    assert "czeka na zamknięcie" in drain(demo)[0].reply.text
    after_close = NOW + 5 * DAY + HOUR
    assert check(after_close) == DeadlineReport(escalations=1)
    assert check(after_close + DAY) == DeadlineReport()
    (closing,) = drain(demo)
    assert closing.chat_id == CHATS[HEAD]
    assert closing.reply.text.startswith(f"Minął termin zamknięcia zgłoszenia {filed.number}")


def test_two_processes_check_at_once(demo: Services) -> None:
    link(demo, OFFICER, HEAD)
    demo.requests.file(report(), NOW)
    drain(demo)
    late = NOW + 6 * DAY
    processes = [
        RequestService(demo.sessions, OutboxService(demo.sessions), RequestsConfig())
        for _ in range(4)
    ]
    start = threading.Barrier(len(processes))

    def run(service: RequestService) -> DeadlineReport:
        start.wait()
        return service.check_deadlines(late)

    with ThreadPoolExecutor(len(processes)) as pool:
        reports = list(pool.map(run, processes))
    assert sum(r.escalations for r in reports) == 2  # acceptance and closing, once each
    assert [m.chat_id for m in drain(demo)] == [CHATS[HEAD]] * 2
    assert demo.requests.check_deadlines(late) == DeadlineReport()


def test_closed_requests_have_no_deadlines(demo: Services) -> None:
    link(demo, OFFICER, HEAD)
    filed = demo.requests.file(report(), NOW)
    demo.requests.close(filed.id, CHATS[OFFICER], "potwierdzone", None, NOW + HOUR)
    drain(demo)
    assert demo.requests.check_deadlines(NOW + 10 * DAY) == DeadlineReport()
    assert drain(demo) == []


def test_missed_deadline_without_kierownik_is_logged_once(
    demo: Services, caplog: pytest.LogCaptureFixture
) -> None:
    link(demo, OFFICER)
    filed = demo.requests.file(report(contact="600 100 200", contact_consent_at=NOW), NOW)
    drain(demo)
    with caplog.at_level(logging.WARNING, logger="bot.requests.deadlines"):
        first = demo.requests.check_deadlines(NOW + 2 * DAY + HOUR)
        again = demo.requests.check_deadlines(NOW + 2 * DAY + 2 * HOUR)
    assert first == DeadlineReport(unrouted=1)
    assert again == DeadlineReport()
    assert drain(demo) == []
    (record,) = caplog.records
    assert str(filed.id) in record.getMessage()
    for personal in ("600 100 200", "Piotrkowska", "chodniku", str(555)):
        assert personal not in record.getMessage()


def test_unassigned_request_is_assigned_by_the_check(demo: Services) -> None:
    filed = demo.requests.file(report(), NOW)
    link(demo, OFFICER)
    assert demo.requests.check_deadlines(NOW + HOUR) == DeadlineReport(assigned=1)
    (notice,) = drain(demo)
    assert notice.chat_id == CHATS[OFFICER]
    assert notice.reply.text.startswith(f"Przekazano Ci zgłoszenie {filed.number}")
    assert "nie korzysta z bota" not in notice.reply.text


def test_remind_before_share() -> None:
    config = RequestsConfig()
    assert config.remind_before_seconds(config.accept_seconds) == int(0.2 * 2 * 86400)
    assert config.remind_before_seconds(config.close_seconds) == 86400
    with pytest.raises(ValueError):
        RequestsConfig(daily_limit=0)
    with pytest.raises(ValueError):
        RequestsConfig(remind_before_share=1.5)
