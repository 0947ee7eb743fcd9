"""CSV export: one row per request, contacts only when asked for."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from bot.wiring import Services
from tests.requests.conftest import CHATS, NOW, OFFICER, RESIDENT, link, report

COLUMNS = [
    "number",
    "kind",
    "category",
    "unit",
    "officer_code",
    "place",
    "created_at",
    "accepted_at",
    "closed_at",
    "status",
    "close_status",
    "messages",
]


def export(services: Services, since: date, with_contact: bool) -> list[dict[str, str]]:
    out = io.StringIO()
    count = services.requests.export_csv(since, with_contact, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows)
    return rows


def test_export_with_and_without_contact(demo: Services) -> None:
    link(demo, OFFICER)
    demo.requests.file(report(description="stary"), NOW - timedelta(days=3))
    closed = demo.requests.file(report(contact="600 100 200", contact_consent_at=NOW), NOW)
    open_ = demo.requests.file(
        report(kind="message", category=None, officer_code=None, place="Łódź"),
        NOW + timedelta(hours=1),
    )
    officer = CHATS[OFFICER]
    demo.requests.start_answer(closed.id, officer, NOW)
    demo.requests.officer_text(officer, "Sprawdzimy.", NOW + timedelta(minutes=5))
    demo.requests.resident_message(closed.id, RESIDENT, "Dziękuję.", NOW + timedelta(minutes=6))
    demo.requests.close(closed.id, officer, "potwierdzone", None, NOW + timedelta(hours=2))

    rows = export(demo, date(2026, 3, 10), with_contact=False)
    assert list(rows[0]) == COLUMNS
    assert [r["number"] for r in rows] == [closed.number, open_.number]
    first = rows[0]
    assert first == {
        "number": closed.number,
        "kind": "report",
        "category": "parkowanie",
        "unit": "Komisariat Policji I KMP w Łodzi (DEMO)",
        "officer_code": OFFICER,
        "place": "ul. Piotrkowska 120, Łódź",
        "created_at": "2026-03-10T10:00:00+01:00",
        "accepted_at": "2026-03-10T10:05:00+01:00",
        "closed_at": "2026-03-10T12:00:00+01:00",
        "status": "closed",
        "close_status": "potwierdzone",
        "messages": "2",
    }
    assert rows[1]["kind"] == "message" and rows[1]["unit"] == "" and rows[1]["status"] == "new"
    assert all("Samochody" not in value for row in rows for value in row.values())

    with_contact = export(demo, date(2026, 3, 10), with_contact=True)
    assert list(with_contact[0]) == [*COLUMNS, "contact"]
    assert [r["contact"] for r in with_contact] == ["600 100 200", ""]

    assert len(export(demo, date(2026, 3, 1), with_contact=False)) == 3
    assert export(demo, date(2026, 3, 11), with_contact=False) == []
