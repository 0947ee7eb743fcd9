"""Filing: numbers, validation, the daily limit, and who gets the request."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from bot.conversation.replies import Button
from bot.db.models import OutboxMessage, ServiceRequest
from bot.requests.model import InvalidRequest, LimitReached
from bot.wiring import Services
from tests.requests.conftest import (
    CHATS,
    HEAD,
    NOW,
    OFFICER,
    OFFICER_NAME,
    OFFICER_PHONE,
    RESIDENT,
    drain,
    link,
    report,
    texts_to,
)


def test_number_and_notification_with_photos(demo: Services) -> None:
    link(demo, OFFICER)
    filed = demo.requests.file(
        report(
            photos=("photo-a", "photo-b"),
            contact="600 100 200",
            contact_consent_at=NOW,
            latitude=51.7592,
            longitude=19.4560,
        ),
        NOW,
    )
    assert re.fullmatch(r"ŁDZ-2026-\d{6}", filed.number)
    assert int(filed.number[-6:]) == filed.id
    assert filed.officer_name == OFFICER_NAME
    assert filed.handler == "officer"

    sent = drain(demo)
    assert [m.chat_id for m in sent] == [CHATS[OFFICER]] * 3
    notice = sent[0].reply
    assert notice.text.splitlines() == [
        f"Nowe zgłoszenie {filed.number}",
        "Kategoria: Nieprawidłowe parkowanie",
        "Miejsce: ul. Piotrkowska 120, Łódź",
        "Współrzędne: 51.759200, 19.456000",
        "Kiedy: w dni robocze rano",
        "Opis: Samochody codziennie parkują na chodniku przy przejściu.",
        "Kontakt: 600 100 200 (podany za zgodą mieszkańca)",
        "Zdjęcia: 2 (w kolejnych wiadomościach)",
        "Termin przyjęcia: 12.03.2026 10:00",
        "Termin zakończenia: 15.03.2026 10:00",
    ]
    assert notice.buttons == (
        Button("Przyjmuję", f"req:acc:{filed.id}"),
        Button("Odpowiedz", f"req:ans:{filed.id}"),
        Button("Zamknij", f"req:cls:{filed.id}"),
    )
    assert notice.photo is None
    assert [(m.reply.photo, m.reply.text) for m in sent[1:]] == [
        ("photo-a", f"Zdjęcie 1/2 do zgłoszenia {filed.number}"),
        ("photo-b", f"Zdjęcie 2/2 do zgłoszenia {filed.number}"),
    ]

    second = demo.requests.file(report(resident_chat_id=RESIDENT + 1), NOW)
    assert int(second.number[-6:]) == second.id > filed.id


def test_anonymous_message_without_category(demo: Services) -> None:
    link(demo, OFFICER)
    filed = demo.requests.file(
        report(kind="message", category=None, description="Dzień dobry, mam pytanie."), NOW
    )
    (notice,) = drain(demo)
    assert notice.reply.text.startswith(f"Nowa wiadomość do dzielnicowego {filed.number}\n")
    assert "Kategoria" not in notice.reply.text
    assert "Treść: Dzień dobry, mam pytanie." in notice.reply.text
    assert "Kontakt: anonimowo" in notice.reply.text


def test_number_takes_the_local_year_of_filing(demo: Services) -> None:
    # 23:30 UTC on New Year's Eve is already 2027 in Łódź.
    late = datetime(2026, 12, 31, 23, 30, tzinfo=timezone.utc)
    assert demo.requests.file(report(), late).number.startswith("ŁDZ-2027-")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"description": "   "}, "Brak treści"),
        ({"description": "x" * 1001}, "Tekst jest za długi: ma 1001 znaków, a można najwyżej 1000"),
        ({"photos": ("a", "b", "c", "d")}, "Można dołączyć najwyżej 3 zdjęcia."),
        ({"category": "hałas"}, "Wybierz kategorię zgłoszenia z listy."),
        ({"category": None}, "Wybierz kategorię zgłoszenia z listy."),
        ({"kind": "message"}, "Wiadomość do dzielnicowego nie ma kategorii."),
        ({"kind": "complaint"}, "Nieznany rodzaj zgłoszenia."),
        ({"contact": "600 100 200"}, "Kontakt mogę przekazać dzielnicowemu tylko za Twoją zgodą."),
        ({"place": ""}, "Podaj miejsce"),
        ({"latitude": 51.7}, "Nieprawidłowe współrzędne miejsca."),
        ({"officer_code": "NOBODY"}, "Nie znalazłem dzielnicowego"),
    ],
)
def test_invalid_requests_store_nothing(
    demo: Services, changes: dict[str, object], message: str
) -> None:
    link(demo, OFFICER)
    with pytest.raises(InvalidRequest) as invalid:
        demo.requests.file(report(**changes), NOW)
    assert invalid.value.message_pl.startswith(message)
    with demo.sessions() as session:
        assert session.execute(select(func.count(ServiceRequest.id))).scalar_one() == 0
        assert session.execute(select(func.count(OutboxMessage.id))).scalar_one() == 0


def test_exactly_1000_characters_and_3_photos_are_accepted(demo: Services) -> None:
    filed = demo.requests.file(report(description="x" * 1000, photos=("a", "b", "c")), NOW)
    (view,) = demo.requests.for_resident(RESIDENT)
    assert view.id == filed.id and len(view.description) == 1000 and view.photos == ("a", "b", "c")


def test_daily_limit_counts_the_last_24_hours(demo: Services) -> None:
    assert demo.requests.remaining_today(RESIDENT, NOW) == 3
    for minutes in (0, 10, 20):
        demo.requests.file(report(), NOW + timedelta(minutes=minutes))
    assert demo.requests.remaining_today(RESIDENT, NOW + timedelta(minutes=30)) == 0
    assert demo.requests.remaining_today(RESIDENT + 1, NOW) == 3
    with pytest.raises(LimitReached) as limit:
        demo.requests.file(report(), NOW + timedelta(minutes=30))
    assert limit.value.phone == OFFICER_PHONE
    with pytest.raises(LimitReached) as outside:
        demo.requests.file(report(officer_code=None), NOW + timedelta(minutes=30))
    assert outside.value.phone is None
    # The first one leaves the window a day after it was filed.
    later = NOW + timedelta(days=1, seconds=1)
    assert demo.requests.remaining_today(RESIDENT, later) == 1
    demo.requests.file(report(), later)
    assert demo.requests.remaining_today(RESIDENT, later) == 0


def test_unassigned_until_someone_links_then_kierownik(demo: Services) -> None:
    filed = demo.requests.file(report(photos=("p1",)), NOW)
    assert filed.handler == "unassigned"
    assert drain(demo) == []
    assert [v.number for v in demo.requests.unassigned()] == [filed.number]
    assert demo.requests.assign_waiting(NOW) == 0

    link(demo, HEAD)
    assert demo.requests.assign_waiting(NOW + timedelta(hours=1)) == 1
    assert demo.requests.assign_waiting(NOW + timedelta(hours=1)) == 0
    sent = drain(demo)
    assert [m.chat_id for m in sent] == [CHATS[HEAD]] * 2
    text = sent[0].reply.text
    assert text.startswith(f"Przekazano Ci zgłoszenie {filed.number} (złożone 10.03.2026 10:00)")
    assert f"Dzielnicowy rejonu: {OFFICER_NAME} – nie korzysta z bota" in text
    assert sent[0].reply.buttons[0].payload == f"req:acc:{filed.id}"
    assert sent[1].reply.photo == "p1"
    assert demo.requests.unassigned() == []
    (view,) = demo.requests.open_for_officer(CHATS[HEAD])
    assert view.handler_name == "kom. Marek Zawadzki"

    assert demo.requests.file(report(resident_chat_id=1), NOW).handler == "kierownik"
    link(demo, OFFICER)
    assert demo.requests.file(report(resident_chat_id=2), NOW).handler == "officer"


def test_resident_follow_ups_reach_a_late_handler(demo: Services) -> None:
    filed = demo.requests.file(report(), NOW)
    result = demo.requests.resident_message(filed.id, RESIDENT, "Dziś znowu stoją.", NOW)
    assert result.ok and "Dzielnicowy zobaczy ją" in result.message_pl
    link(demo, OFFICER)
    demo.requests.assign_waiting(NOW)
    assert texts_to(drain(demo), CHATS[OFFICER])[1] == (
        f"Wiadomość od mieszkańca ({filed.number}):\nDziś znowu stoją."
    )


def test_outside_any_area_stays_unassigned(demo: Services) -> None:
    link(demo, HEAD, OFFICER)
    filed = demo.requests.file(report(officer_code=None, place="ul. Nieznana 1"), NOW)
    assert filed.handler == "unassigned" and filed.officer_name is None
    assert demo.requests.assign_waiting(NOW) == 0
    (view,) = demo.requests.unassigned()
    assert view.unit is None and view.officer_code is None
