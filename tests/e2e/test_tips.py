"""Tips subscriptions through Telegram, with the scheduler on a clock the test moves."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.conversation.engine import RasaEngine
from bot.db.engine import transaction
from bot.db.models import OutboxMessage, utcnow
from bot.tips.catalog import import_catalog
from bot.wiring import Services
from tests.e2e.conftest import Bot, running_bot
from tests.fake_telegram import FakeTelegram, Sent

RESIDENT = 9101
GROUP = -1009202
ADMIN = 9301
PUPIL = 9302
CATALOG = Path(__file__).resolve().parent.parent / "tips" / "catalog.yml"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def warsaw(day: int, month: int, hour: int, minute: int = 0) -> datetime:
    """A UTC instant given as the local time in Łódź in 2026 (DST from 29 March)."""
    offset = 2 if (month, day) >= (3, 29) else 1
    return datetime(2026, month, day, hour - offset, minute, tzinfo=timezone.utc)


@pytest.fixture
async def tips_bot(engine: RasaEngine, services: Services) -> AsyncIterator[tuple[Bot, Clock]]:
    clock = Clock(warsaw(27, 3, 12))
    with transaction(services.sessions) as session:
        import_catalog(session, CATALOG)
    async with running_bot(engine, services, tips_interval=0.2, clock=clock) as bot:
        yield bot, clock


def press(
    telegram: FakeTelegram, chat: int, sent: Sent, title: str, user: int | None = None
) -> None:
    data = {b["text"]: b["callback_data"] for b in sent.buttons}
    assert title in data, f"no button {title!r} in {list(data)}"
    telegram.push_button(chat, sent, data[title], user_id=user)


async def edited(telegram: FakeTelegram, chat: int, fragment: str, since: int = 0) -> Sent:
    deadline = asyncio.get_running_loop().time() + 20
    while True:
        for call in telegram.sent_to(chat, "editMessageText")[since:]:
            if fragment in call.text:
                return call
        assert asyncio.get_running_loop().time() < deadline, f"no edit with {fragment!r}"
        await asyncio.sleep(0.1)


async def press_for_edit(
    telegram: FakeTelegram, chat: int, card: Sent, title: str, fragment: str
) -> Sent:
    """Presses a button of the card as it is now and returns the card as the press edits it
    (a press on a keyboard the bot has replaced since does nothing)."""
    since = len(telegram.sent_to(chat, "editMessageText"))
    press(telegram, chat, card, title)
    return as_sent(await edited(telegram, chat, fragment, since), card)


def as_sent(call: Sent, original: Sent) -> Sent:
    """An edited card, with the message id of the card it edits (for the next press)."""
    return Sent("sendMessage", original.chat_id, call.params, call.at, original.message_id)


async def test_subscribe_change_the_hour_receive_across_dst_and_leave(
    tips_bot: tuple[Bot, Clock],
) -> None:
    bot, clock = tips_bot
    t = bot.telegram
    t.push_text(RESIDENT, "zapisz mnie na porady dla seniorów")
    notice = await t.wait_for_text(RESIDENT, "Informacja o prywatności")
    assert "Zanim zapiszę Twoje ustawienia porad" in notice.text
    assert bot.services.tips.current(RESIDENT) is None
    press(t, RESIDENT, notice, "Zgadzam się")
    card = await t.wait_for_text(RESIDENT, "Porady od dzielnicowych – ustawienia")
    assert "seniorzy" in card.text, "the audience asked for survives the consent"
    card = await press_for_edit(t, RESIDENT, card, "Codziennie", "codziennie")
    card = await press_for_edit(t, RESIDENT, card, "20:00", "O której: 20:00")
    card = await press_for_edit(t, RESIDENT, card, "18:00", "O której: 18:00")
    await press_for_edit(t, RESIDENT, card, "Zapisz", "Zapisano porady")
    view = bot.services.tips.current(RESIDENT)
    assert view is not None and view.hour == 18 and "seniorzy" in view.audiences

    def tips() -> list[str]:
        return [
            s.text
            for s in t.sent_to(RESIDENT)
            if "rezygnacja" in s.text and "Zapisano" not in s.text
        ]

    clock.now = warsaw(27, 3, 17, 59)
    await asyncio.sleep(1.0)
    assert tips() == [], "nothing before 18:00"
    clock.now = warsaw(27, 3, 18, 0)
    await _wait(lambda: len(tips()) == 1)
    # Sunday 29 March: clocks move to summer time; the tip still comes at 18:00 local.
    clock.now = warsaw(28, 3, 18, 1)
    await _wait(lambda: len(tips()) == 2)
    clock.now = warsaw(29, 3, 17, 58)
    await asyncio.sleep(1.0)
    assert len(tips()) == 2
    clock.now = warsaw(29, 3, 18, 0)
    await _wait(lambda: len(tips()) == 3)
    assert len(set(tips())) == 3, "never the same tip twice"

    t.push_text(RESIDENT, "/wypisz")
    await t.wait_for_text(RESIDENT, "Wypisano")
    clock.now = warsaw(30, 3, 18, 5)
    await asyncio.sleep(1.0)
    assert len(tips()) == 3


async def test_a_class_group_set_up_by_an_admin_and_ended_when_the_bot_is_removed(
    tips_bot: tuple[Bot, Clock],
) -> None:
    bot, _ = tips_bot
    t = bot.telegram
    t.admins[GROUP] = {ADMIN}
    t.push_text(GROUP, "/porady SP 12, Łódź, 3b", user_id=PUPIL)
    await t.wait_for_text(GROUP, "administrator")
    assert bot.services.tips.current(GROUP) is None
    t.push_text(GROUP, "/porady SP 12, Łódź, 3b", user_id=ADMIN)
    card = await t.wait_for_text(GROUP, "ustawienia tej klasy")
    view = bot.services.tips.current(GROUP)
    assert view is not None and view.active
    # A pupil's press on the card changes nothing.
    press(t, GROUP, card, "Codziennie", user=PUPIL)
    await asyncio.sleep(1.0)
    assert not t.sent_to(GROUP, "editMessageText")
    t.push_my_chat_member(GROUP, "kicked", chat_type="supergroup")
    await _wait(lambda: not (bot.services.tips.current(GROUP) or _Inactive()).active)
    with bot.services.sessions() as session:
        queued = session.execute(select(OutboxMessage).where(OutboxMessage.chat_id == GROUP))
        assert all(m.status != "pending" for m in queued.scalars())


class _Inactive:
    active = False


async def _wait(condition: object, timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.1)


NEIGHBOUR = 9102  # subscribed; the area of another dzielnicowy
UNPLACED = 9103  # subscribed; never gave an address
OFFICER = 9401  # LDZ-I-01: ul. Piotrkowska 1-60
ALERT = "Uwaga: na Piotrkowskiej ktoś podaje się za pracownika gazowni. Nie wpuszczajcie go."


async def _subscribe(t: FakeTelegram, chat: int) -> None:
    t.push_text(chat, "/porady")
    notice = await t.wait_for_text(chat, "Informacja o prywatności")
    press(t, chat, notice, "Zgadzam się")
    card = await t.wait_for_text(chat, "Porady od dzielnicowych – ustawienia")
    press(t, chat, card, "Zapisz")
    saved = await edited(t, chat, "Zapisano porady")
    assert "pilne komunikaty" in saved.text  # how to get them: no area yet


async def _look_up_officer(t: FakeTelegram, chat: int, address: str) -> Sent:
    since = len(t.sent_to(chat))
    t.push_text(chat, f"kto jest dzielnicowym dla {address}?")
    return await t.wait_for_text(chat, "Pilne komunikaty dzielnicowych", since=since)


async def test_an_officer_alert_reaches_exactly_the_subscribers_of_the_area(
    tips_bot: tuple[Bot, Clock],
) -> None:
    bot, _ = tips_bot
    t = bot.telegram
    for chat in (RESIDENT, NEIGHBOUR, UNPLACED):
        await _subscribe(t, chat)
    await _look_up_officer(t, RESIDENT, "ul. Piotrkowskiej 10")
    await _look_up_officer(t, NEIGHBOUR, "ul. Piotrkowskiej 100")
    resident = bot.services.tips.current(RESIDENT)
    assert resident is not None and resident.officer_code == "LDZ-I-01"
    t.push_text(RESIDENT, "/moje_dane")
    await t.wait_for_text(RESIDENT, "rejon Twojego dzielnicowego (bez adresu)")

    t.push_text(OFFICER, f"/alert {ALERT}")
    await t.wait_for_text(OFFICER, "dla dzielnicowych z powiązanym kontem")
    code = bot.services.officer_links.issue_code("LDZ-I-01", utcnow())
    t.push_text(OFFICER, f"/rejestracja {code}")
    await t.wait_for_text(OFFICER, "Konto powiązane")
    t.push_text(OFFICER, "/alert")
    await t.wait_for_text(OFFICER, "Napisz: /alert treść komunikatu")
    t.push_text(OFFICER, f"/alert {ALERT}")
    preview = await t.wait_for_text(OFFICER, "Odbiorcy zapisani na porady w Twoim rejonie")
    assert "(osoby i klasy): 1." in preview.text and ALERT in preview.text
    assert not [s for s in t.sent_to(RESIDENT) if ALERT in s.text], "nothing before Wyślij"
    press(t, OFFICER, preview, "Wyślij")
    await t.wait_for_text(OFFICER, "Komunikat przyjęty do wysłania (odbiorcy: 1)")
    got = await t.wait_for_text(RESIDENT, ALERT)
    assert "Komunikat dzielnicowych" in got.text
    # Pressed again (or a second preview confirmed the same day): nothing goes twice.
    since = len(t.sent_to(OFFICER))
    t.push_text(OFFICER, f"/alert {ALERT}")
    again = await t.wait_for_text(OFFICER, "Odbiorcy zapisani", since=since)
    press(t, OFFICER, again, "Wyślij")
    await t.wait_for_text(OFFICER, "już dziś wysłany")
    await asyncio.sleep(1.0)
    assert len([s for s in t.sent_to(RESIDENT) if ALERT in s.text]) == 1
    for chat in (NEIGHBOUR, UNPLACED):
        assert not [s for s in t.sent_to(chat) if ALERT in s.text]
    # Cancelled: nothing is sent.
    t.push_text(OFFICER, "/alert Drugi komunikat, który jednak nie wyjdzie.")
    draft = await t.wait_for_text(OFFICER, "Drugi komunikat")
    press(t, OFFICER, draft, "Anuluj")
    await t.wait_for_text(OFFICER, "Anulowano")
    await asyncio.sleep(1.0)
    assert not [s for s in t.sent_to(RESIDENT) if "Drugi komunikat" in s.text]


SUPERGROUP = -1009202000


async def _set_up_class(t: FakeTelegram) -> None:
    t.admins[GROUP] = {ADMIN}
    t.push_text(GROUP, "/porady SP 12, Łódź, 3b", user_id=ADMIN)
    await t.wait_for_text(GROUP, "ustawienia tej klasy")


async def test_a_group_upgraded_to_a_supergroup_keeps_its_subscription(
    tips_bot: tuple[Bot, Clock],
) -> None:
    bot, clock = tips_bot
    t = bot.telegram
    await _set_up_class(t)
    # Telegram refuses the old id and names the new one: the alert goes there, and so does
    # everything the bot keeps for the group.
    t.fail_next(
        "sendMessage",
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        chat_id=GROUP,
        migrate_to_chat_id=SUPERGROUP,
    )
    report = bot.services.tips.alert("Uwaga na oszustów w szkole.", "Łódź", now=clock.now)
    assert report.matched == 1
    got = await t.wait_for_text(SUPERGROUP, "Uwaga na oszustów w szkole.")
    assert "Komunikat dzielnicowych" in got.text
    assert bot.services.tips.current(GROUP) is None
    moved = bot.services.tips.current(SUPERGROUP)
    assert moved is not None and moved.active and moved.school_name == "SP 12"
    # The service message about the same upgrade, arriving late, changes nothing.
    t.push_migration(GROUP, SUPERGROUP)
    await asyncio.sleep(1.0)
    assert bot.services.tips.current(SUPERGROUP) is not None


async def test_the_upgrade_message_moves_the_subscription(tips_bot: tuple[Bot, Clock]) -> None:
    bot, _ = tips_bot
    t = bot.telegram
    await _set_up_class(t)
    t.push_migration(GROUP, SUPERGROUP)
    await _wait(lambda: bot.services.tips.current(SUPERGROUP) is not None)
    assert bot.services.tips.current(GROUP) is None
