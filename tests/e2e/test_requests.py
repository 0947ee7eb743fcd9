"""Requests between residents and their dzielnicowy, through Telegram: several chats, the
real model, the real database, the fake Bot API server."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.conversation.engine import RasaEngine
from bot.db.migrate import upgrade
from bot.db.models import RequestPhoto, ServiceRequest, utcnow
from bot.telegram.texts import BUTTON_EXPIRED
from bot.wiring import Services
from tests.e2e.conftest import Bot, running_bot
from tests.fake_telegram import FakeTelegram, Sent

RESIDENT = 7001
OTHER_RESIDENT = 7002
OFFICER = 8001  # LDZ-I-01: ul. Piotrkowska 1-60
HEAD = 8009  # the kierownik of the same unit
STRANGER = 8050
FILED = re.compile(r"Przyjęto zgłoszenie (\S+?)\.")


def button(sent: Sent, title: str) -> str:
    data = {b["text"]: b["callback_data"] for b in sent.buttons}
    assert title in data, f"no button {title!r} in {list(data)}"
    return str(data[title])


def press(telegram: FakeTelegram, chat: int, sent: Sent, title: str, **kw: int) -> None:
    telegram.push_button(chat, sent, button(sent, title), **kw)


async def say(telegram: FakeTelegram, chat: int, text: str, expect: str) -> Sent:
    since = len(telegram.sent_to(chat))
    telegram.push_text(chat, text)
    return await telegram.wait_for_text(chat, expect, since=since)


async def click(telegram: FakeTelegram, chat: int, sent: Sent, title: str, expect: str) -> Sent:
    since = len(telegram.sent_to(chat))
    press(telegram, chat, sent, title)
    return await telegram.wait_for_text(chat, expect, since=since)


async def link(bot: Bot, officer_code: str, chat: int) -> None:
    code = bot.services.officer_links.issue_code(officer_code, utcnow())
    await say(bot.telegram, chat, f"/rejestracja {code}", "Konto powiązane")


async def start_form(bot: Bot, chat: int) -> Sent:
    """/zglos: the privacy notice first (its consent once per notice version), then the
    form's first question."""
    t = bot.telegram
    if bot.services.consents.has_current(chat):
        return await say(t, chat, "/zglos", "Co chcesz zrobić?")
    notice = await say(t, chat, "/zglos", "Informacja o prywatności")
    return await click(t, chat, notice, "Zgadzam się", "Co chcesz zrobić?")


async def file_report(bot: Bot, chat: int, *, photo: bool = False) -> Sent:
    """The whole form, as a resident goes through it; returns the confirmation."""
    t = bot.telegram
    kind = await start_form(bot, chat)
    await click(t, chat, kind, "Zgłosić problem w okolicy", "Gdzie jest problem?")
    category = await say(t, chat, "Piotrkowska 10", "Wybierz kategorię")
    await click(t, chat, category, "Nieprawidłowe parkowanie", "Opisz krótko")
    photos = await say(t, chat, "Auta codziennie stoją na chodniku przy bramie.", "zdjęć")
    if photo:
        since = len(t.sent_to(chat))
        t.push_photo(chat, "PHOTO-FILE-1")
        photos = await t.wait_for_text(chat, "Mam zdjęć: 1 z 3", since=since)
        since = len(t.sent_to(chat))
        t.push_location(chat, 51.7687, 19.4570)
        photos = await t.wait_for_text(chat, "Mam zdjęć: 1 z 3", since=since)
    when = await click(t, chat, photos, "Dalej", "Kiedy to się zwykle dzieje?")
    contact = await click(t, chat, when, "Wieczorem", "Czy chcesz też podać")
    summary = await click(t, chat, contact, "Anonimowo", "Sprawdź, proszę")
    assert "Piotrkowska" in summary.text and "Nieprawidłowe parkowanie" in summary.text
    return await click(t, chat, summary, "Wyślij", "Przyjęto zgłoszenie")


async def test_report_answered_and_closed_in_the_chat(bot: Bot) -> None:
    t = bot.telegram
    await link(bot, "LDZ-I-01", OFFICER)
    filed = await file_report(bot, RESIDENT, photo=True)
    assert "ŁDZ-2026-" in filed.text or "ŁDZ-" in filed.text
    assert "Wierzbicki" in filed.text

    new = await t.wait_for_text(OFFICER, "Nowe zgłoszenie")
    assert "Auta codziennie stoją" in new.text and "Kontakt: anonimowo" in new.text
    assert "51.768700, 19.457000" in new.text
    [photo] = await t.wait_for(OFFICER, 1, method="sendPhoto")
    assert photo.params["photo"] == "PHOTO-FILE-1"
    with bot.services.sessions() as session:
        request = session.execute(select(ServiceRequest)).scalar_one()
        assert request.latitude == pytest.approx(51.7687)
        assert session.execute(select(RequestPhoto.file_id)).scalars().all() == ["PHOTO-FILE-1"]

    await click(t, OFFICER, new, "Przyjmuję", "Przyjęto")
    await t.wait_for_text(RESIDENT, "w trakcie weryfikacji")

    prompt = await click(t, OFFICER, new, "Odpowiedz", request.number)
    assert prompt is not None
    await say(t, OFFICER, "Dziękuję, sprawdzę to jutro rano.", "Wysłano odpowiedź")
    answer = await t.wait_for_text(RESIDENT, "Dziękuję, sprawdzę to jutro rano.")
    assert request.number in answer.text

    mine = await say(t, RESIDENT, "/moje_zgloszenia", request.number)
    assert "Dziękuję, sprawdzę to jutro rano." in mine.text
    ask = await click(t, RESIDENT, mine, f"Dopisz do {request.number}", "dopisać")
    assert ask is not None
    await say(t, RESIDENT, "Dziś znowu stało pięć aut.", "")
    forwarded = await t.wait_for_text(OFFICER, "Dziś znowu stało pięć aut.")
    assert request.number in forwarded.text

    statuses = await click(t, OFFICER, new, "Zamknij", "Wybierz wynik")
    note = await click(t, OFFICER, statuses, "potwierdzone", "notat")
    assert any(b["text"] == "Bez notatki" for b in note.buttons)
    await say(t, OFFICER, "Straż miejska ukarała kierowców.", "")
    closed = await t.wait_for_text(RESIDENT, "Straż miejska ukarała kierowców.")
    assert "potwierdzone" in closed.text
    mine = await say(t, RESIDENT, "/moje_zgloszenia", request.number)
    assert "potwierdzone" in mine.text and "Dopisz" not in str(mine.buttons)


async def test_a_forwarded_button_does_nothing_for_a_stranger(bot: Bot) -> None:
    t = bot.telegram
    await link(bot, "LDZ-I-01", OFFICER)
    await file_report(bot, RESIDENT)
    new = await t.wait_for_text(OFFICER, "Nowe zgłoszenie")
    # The stranger presses the officer's button (e.g. on a forwarded copy).
    since = len(t.sent_to(OFFICER))
    press(t, OFFICER, new, "Przyjmuję", user_id=STRANGER)
    refusal = await t.wait_for_text(OFFICER, "nie jest przypisane do Ciebie", since=since)
    assert "Auta" not in refusal.text
    with bot.services.sessions() as session:
        assert session.execute(select(ServiceRequest.status)).scalar_one() == "new"
    # An officer of another area, linked, pressing a copy in their own chat: that chat has no
    # such keyboard, so the press does nothing at all.
    await link(bot, "LDZ-I-02", STRANGER)
    ack = await t.press_unanswered(STRANGER, new, button(new, "Zamknij"))
    assert ack.params.get("text") == BUTTON_EXPIRED
    with bot.services.sessions() as session:
        assert session.execute(select(ServiceRequest.status)).scalar_one() == "new"


async def test_the_daily_limit_refuses_the_fourth_request(bot: Bot) -> None:
    for _ in range(3):
        await file_report(bot, OTHER_RESIDENT)
    refusal = await say(bot.telegram, OTHER_RESIDENT, "/zglos", "dzienny limit")
    assert "997" in refusal.text and "112" in refusal.text


async def test_emergency_inside_the_form_gets_112_first_and_the_form_can_go_on(bot: Bot) -> None:
    t = bot.telegram
    kind = await start_form(bot, RESIDENT)
    await click(t, RESIDENT, kind, "Zgłosić problem w okolicy", "Gdzie jest problem?")
    since = len(t.sent_to(RESIDENT))
    t.push_text(RESIDENT, "pomocy sąsiad leży na klatce i nie oddycha")
    sent = await t.wait_for(RESIDENT, since + 2)
    assert "112" in sent[since].text
    resume = await t.wait_for_text(RESIDENT, "dokończyć zgłoszenie", since=since)
    await click(t, RESIDENT, resume, "Tak, dokończ", "Gdzie jest problem?")


async def test_unlinked_officer_goes_to_the_kierownik_or_waits(bot: Bot) -> None:
    t = bot.telegram
    filed = await file_report(bot, RESIDENT)
    assert "czeka na przydzielenie" in filed.text
    assert bot.services.requests.unassigned(), "listed for the operator"
    head_code = _head_of_unit(bot.services, "LDZ-I-01")
    await link(bot, head_code, HEAD)
    bot.services.requests.check_deadlines(utcnow())
    await t.wait_for_text(HEAD, "Przekazano Ci zgłoszenie")
    assert not bot.services.requests.unassigned()
    filed = await file_report(bot, OTHER_RESIDENT)
    assert "kierownika" in filed.text
    await t.wait_for_text(HEAD, "Nowe zgłoszenie")


async def test_registration_with_wrong_expired_and_used_codes(bot: Bot) -> None:
    t = bot.telegram
    await say(t, OFFICER, "/rejestracja ABCDEFGH", "nieprawidłowy")
    code = bot.services.officer_links.issue_code("LDZ-I-01", utcnow() - timedelta(hours=25))
    await say(t, OFFICER, f"/rejestracja {code}", "wygasł")
    code = bot.services.officer_links.issue_code("LDZ-I-01", utcnow())
    await say(t, OFFICER, f"/rejestracja {code}", "Konto powiązane")
    await say(t, STRANGER, f"/rejestracja {code}", "już użyty")
    # Five failed tries an hour (the used code was the first); the sixth is refused unread.
    for _ in range(4):
        await say(t, STRANGER, "/rejestracja ZZZZZZZZ", "nieprawidłowy")
    await say(t, STRANGER, "/rejestracja ZZZZZZZZ", "Zbyt wiele")
    fresh = bot.services.officer_links.issue_code("LDZ-I-02", utcnow())
    await say(t, STRANGER, f"/rejestracja {fresh}", "Zbyt wiele")
    await say(t, STRANGER, "/zgloszenia", "dla dzielnicowych")


def _head_of_unit(services: Services, officer_code: str) -> str:
    from bot.db.models import Officer

    with services.sessions() as session:
        officer = session.execute(select(Officer).where(Officer.code == officer_code)).scalar_one()
        head = session.execute(
            select(Officer).where(Officer.unit_id == officer.unit_id, Officer.role == "kierownik")
        ).scalar_one()
        return str(head.code)


# --- deadlines, with seconds instead of days -------------------------------------------------


@pytest.fixture
def fast_services(database_url: str) -> Iterator[Services]:
    upgrade(database_url)
    settings = Settings(
        database_url=database_url, request_accept_seconds=4, request_close_seconds=8
    )
    built = Services.build(settings)
    yield built
    built.engine.dispose()


@pytest.fixture
async def fast_bot(engine: RasaEngine, fast_services: Services) -> AsyncIterator[Bot]:
    async with running_bot(engine, fast_services, deadlines_interval=0.3) as running:
        yield running


async def test_reminder_then_escalation_to_the_kierownik(fast_bot: Bot) -> None:
    t = fast_bot.telegram
    await link(fast_bot, "LDZ-I-01", OFFICER)
    await link(fast_bot, _head_of_unit(fast_bot.services, "LDZ-I-01"), HEAD)
    await file_report(fast_bot, RESIDENT)
    await t.wait_for_text(OFFICER, "Nowe zgłoszenie")
    await t.wait_for_text(OFFICER, "Przypomnienie", timeout=20)
    await t.wait_for_text(HEAD, "Minął termin przyjęcia", timeout=20)
    await asyncio.sleep(1.0)
    escalations = [s for s in t.sent_to(HEAD) if "Minął termin przyjęcia" in s.text]
    assert len(escalations) == 1, "escalated once, however often the job runs"


async def test_my_data_comes_as_a_message_and_a_json_file(bot: Bot) -> None:
    t = bot.telegram
    await link(bot, "LDZ-I-01", OFFICER)
    confirmation = await file_report(bot, RESIDENT)
    number = FILED.search(confirmation.text)
    assert number is not None
    since = len(t.sent_to(RESIDENT, "sendDocument"))
    t.push_text(RESIDENT, "/moje_dane")
    await t.wait_for_text(RESIDENT, "Co bot przechowuje")
    [document] = await t.wait_for(RESIDENT, since + 1, method="sendDocument")
    upload = document.params["document"]
    assert upload["filename"] == "moje_dane.json"
    data = json.loads(upload["content"])
    [request] = data["requests"]
    assert request["number"] == number.group(1)
    assert "chodniku" in request["description"] and request["place"].startswith("ul. Piotrkowska")
    assert data["chat"]["id"] == RESIDENT and data["officer_account"] is None
    # After "usuń moje dane" nothing personal is left to export.
    delete = await say(t, RESIDENT, "/usun_dane", "Czy na pewno")
    await click(t, RESIDENT, delete, "Tak, usuń", "Usunąłem")
    t.push_text(RESIDENT, "/moje_dane")
    [_, again] = await t.wait_for(RESIDENT, since + 2, method="sendDocument")
    assert json.loads(again.params["document"]["content"])["requests"] == []
