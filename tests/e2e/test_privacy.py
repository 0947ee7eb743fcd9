"""Privacy through Telegram: the notice and its consent, deleting everything of one resident,
and buttons that only work on the message they were sent with."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.conversation.engine import RasaEngine
from bot.db.models import Base, Consent, ServiceRequest
from bot.privacy.consent import ConsentService
from bot.privacy.notice import Notice
from bot.safety.messages import call_112
from bot.telegram.texts import BUTTON_EXPIRED, EDITED_NOT_READ, ONLY_TEXT, UNKNOWN_COMMAND
from tests.e2e.conftest import Bot
from tests.e2e.test_requests import FILED, click, file_report, link, press, say
from tests.fake_telegram import Sent

# Unusual numbers, so that a match in the scan below cannot be a coincidence; one chat per
# test (Rasa's conversations outlive a test).
RESIDENT = 918273645
CONSENTING = 918273641
OLD_BUTTON = 918273642
PRESSING = 918273650
EDITING = 918273651
OFFICER = 8001  # LDZ-I-01: ul. Piotrkowska 1-60
FOLLOW_UP = "Dziś znowu stało pięć aut pod bramą numer dziesięć."


@pytest.fixture(autouse=True)
async def fresh_conversations(engine: RasaEngine) -> None:
    """Rasa's conversations outlive a test (one engine for the session): each test here starts
    its chats from nothing, whichever database it runs on."""
    for chat in (RESIDENT, CONSENTING, OLD_BUTTON, PRESSING, EDITING):
        await engine.forget(str(chat))


async def test_consent_is_asked_before_the_first_request_and_refusing_stores_nothing(
    bot: Bot,
) -> None:
    t = bot.telegram
    notice = await say(t, CONSENTING, "chcę napisać do dzielnicowego", "Informacja o prywatności")
    assert "Zanim zapiszę Twoje zgłoszenie lub wiadomość" in notice.text
    assert bot.services.settings.privacy_controller in notice.text
    await click(t, CONSENTING, notice, "Nie zgadzam się", "W czym mogę pomóc")
    assert bot.services.consents.for_chat(CONSENTING) == []

    notice = await say(t, CONSENTING, "chcę napisać do dzielnicowego", "Informacja o prywatności")
    # "Zgadzam się" goes on where the resident was: a message, not a report, is asked for.
    await click(t, CONSENTING, notice, "Zgadzam się", "Podaj swój adres")
    [consent] = bot.services.consents.for_chat(CONSENTING)
    assert consent.notice_version == bot.services.settings.privacy_notice_version
    await say(t, CONSENTING, "anuluj", "Anulowano")

    # Asked once per version: the next request starts at once ...
    await say(t, CONSENTING, "/zglos", "Co chcesz zrobić?")
    await say(t, CONSENTING, "anuluj", "Anulowano")
    # ... and a new notice version asks again, and records its own consent.
    newer = "2027-01"
    bot.services.consents = ConsentService(bot.services.sessions, newer)
    bot.services.notice = Notice(newer, "Administrator testowy", "iod@test", 90, 365)
    notice = await say(t, CONSENTING, "/zglos", "Informacja o prywatności (wersja 2027-01)")
    assert "Administrator testowy" in notice.text and "iod@test" in notice.text
    await click(t, CONSENTING, notice, "Zgadzam się", "Co chcesz zrobić?")
    assert [c.notice_version for c in bot.services.consents.for_chat(CONSENTING)] == [
        consent.notice_version,
        newer,
    ]


async def test_a_notice_button_of_an_older_version_is_not_consent(bot: Bot) -> None:
    t = bot.telegram
    notice = await say(t, OLD_BUTTON, "/zglos", "Informacja o prywatności")
    bot.services.consents = ConsentService(bot.services.sessions, "2027-01")
    bot.services.notice = Notice("2027-01", "Administrator testowy", "", 90, 365)
    # The old notice's "Zgadzam się" shows the new notice instead of starting the form.
    again = await click(t, OLD_BUTTON, notice, "Zgadzam się", "(wersja 2027-01)")
    assert bot.services.consents.for_chat(OLD_BUTTON) == []
    await click(t, OLD_BUTTON, again, "Zgadzam się", "Co chcesz zrobić?")


async def test_deleting_my_data_leaves_no_trace_in_any_table(
    bot: Bot, engine: RasaEngine
) -> None:
    """Every table a resident can reach is filled through the bot, then /usun_dane; a scan of
    every column of every table finds nothing of theirs."""
    t = bot.telegram
    await link(bot, "LDZ-I-01", OFFICER)
    await say(t, RESIDENT, "/start", "Dzień dobry")
    # A request with a photo and a location, answered by the officer, with a follow-up.
    filed = await file_report(bot, RESIDENT, photo=True)
    number = FILED.search(filed.text)
    assert number is not None
    new = await t.wait_for_text(OFFICER, "Nowe zgłoszenie")
    await click(t, OFFICER, new, "Przyjmuję", "Przyjęto")
    await click(t, OFFICER, new, "Odpowiedz", number.group(1))
    await say(t, OFFICER, "Dziękuję, sprawdzę to jutro rano.", "Wysłano odpowiedź")
    mine = await say(t, RESIDENT, "/moje_zgloszenia", number.group(1))
    await click(t, RESIDENT, mine, f"Dopisz do {number.group(1)}", "dopisać")
    await say(t, RESIDENT, FOLLOW_UP, "")
    await t.wait_for_text(OFFICER, FOLLOW_UP)
    # A tips subscription, placed in the officer's area by an address lookup.
    t.push_text(RESIDENT, "/porady")
    press(t, RESIDENT, await t.wait_for_text(RESIDENT, "Porady od dzielnicowych"), "Zapisz")
    await say(t, RESIDENT, "kto jest dzielnicowym dla Piotrkowska 10, Łódź?", "Wierzbicki")
    # A wrong officer code.
    await say(t, RESIDENT, "/rejestracja ZZZZ2222", "nieprawidłowy")

    needles = _needles()
    before = _traces(bot, needles)
    for table in ("chats", "consents", "service_requests", "request_photos",
                  "request_messages", "tip_subscriptions", "registration_failures", "outbox"):
        assert table in before, f"the fill did not reach {table}"

    delete = await say(t, RESIDENT, "/usun_dane", "Czy na pewno")
    await click(t, RESIDENT, delete, "Tak, usuń", "Usunąłem")
    assert _traces(bot, needles) == {}
    with bot.services.sessions() as session:
        request = session.execute(select(ServiceRequest)).scalar_one()
        # What is left is anonymous statistics.
        assert request.category == "parkowanie" and request.officer_id is not None
        assert session.execute(select(Consent)).first() is None
    # Rasa's conversation (which held the address) is gone too.
    assert await engine.conversation(str(RESIDENT)) == []
    # The officer's card of the request says why its details are gone.
    await say(t, OFFICER, "/zgloszenia", "")


def _needles() -> dict[str, Any]:
    return {
        "chat id": RESIDENT,
        "address": "Piotrkowska 10",
        "description": "Auta codziennie stoją na chodniku",
        "follow-up": FOLLOW_UP,
        "photo": "PHOTO-FILE-1",
        "latitude": 51.7687,
    }


def _traces(bot: Bot, needles: dict[str, Any]) -> dict[str, list[str]]:
    """Table → "column: what" for every value that holds one of the needles."""
    found: dict[str, list[str]] = {}
    with bot.services.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(table.select()).mappings():
                for column, value in row.items():
                    for what, needle in needles.items():
                        if _holds(value, needle):
                            found.setdefault(table.name, []).append(f"{column}: {what}")
    return found


def _holds(value: object, needle: object) -> bool:
    if value is None:
        return False
    if isinstance(needle, str):
        return needle.lower() in str(value).lower()
    if isinstance(needle, float):
        return isinstance(value, float) and abs(value - needle) < 1e-6
    return value == needle or str(needle) in str(value)




async def test_a_forged_or_replayed_press_does_nothing(bot: Bot) -> None:
    t = bot.telegram
    t.push_text(PRESSING, "/start")
    _, welcome = await t.wait_for(PRESSING, 2)
    assert "/delete_data" not in {b["callback_data"] for b in welcome.buttons}

    # Data that is not on the message's keyboard (a modified client).
    await _press_and_expect_nothing(bot, welcome, "/delete_data")
    await _press_and_expect_nothing(bot, welcome, '/start_request{"consent":"2026-12"}')
    assert bot.services.consents.for_chat(PRESSING) == []

    # A real button works once; its keyboard is then gone, and a replay does nothing.
    await click(t, PRESSING, welcome, "Kto jest moim dzielnicowym?", "adres")
    await _press_and_expect_nothing(bot, welcome, "/find_officer")


async def _press_and_expect_nothing(bot: Bot, message: Sent, data: str) -> None:
    ack = await bot.telegram.press_unanswered(PRESSING, message, data)
    assert ack.params.get("text") == BUTTON_EXPIRED


async def test_an_edited_message_is_not_read_again_but_danger_is_answered(bot: Bot) -> None:
    t = bot.telegram
    t.push_edited(EDITING, "kto jest dzielnicowym dla Piotrkowska 10, Łódź?")
    [note] = await t.wait_for(EDITING, 1)
    assert note.text == EDITED_NOT_READ
    t.push_edited(EDITING, "pomocy, sąsiad leży na klatce i nie oddycha")
    _, alarm, note = await t.wait_for(EDITING, 3)
    assert alarm.text.startswith(call_112()) and note.text == EDITED_NOT_READ


async def test_stickers_and_unknown_commands_get_a_polite_answer(bot: Bot) -> None:
    t = bot.telegram
    t.push_sticker(EDITING)
    [sticker] = await t.wait_for(EDITING, 1)
    assert sticker.text == ONLY_TEXT and "112" in sticker.text
    t.push_text(EDITING, "/cokolwiek 123")
    [_, unknown] = await t.wait_for(EDITING, 2)
    assert unknown.text == UNKNOWN_COMMAND
