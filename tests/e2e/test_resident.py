"""A resident's conversations through Telegram."""

from __future__ import annotations

import asyncio
import io
import json
import logging

from sqlalchemy import select

from bot.config import Settings
from bot.conversation.engine import RasaEngine
from bot.db.migrate import upgrade
from bot.db.models import Chat
from bot.logs import JsonLines, OwnBelowWarning
from bot.wiring import Services
from tests.e2e.conftest import Bot, running_bot

CHAT = 5001


async def test_start_sets_commands_and_welcomes_with_privacy_notice(bot: Bot) -> None:
    commands = {c["command"] for c in bot.telegram.commands}
    assert {
        "start",
        "pomoc",
        "dzielnicowy",
        "zglos",
        "porady",
        "wypisz",
        "moje_dane",
        "usun_dane",
        "rejestracja",
    } <= commands

    bot.telegram.push_text(CHAT, "/start")
    privacy, welcome = await bot.telegram.wait_for(CHAT, 2)
    assert "prywatności" in privacy.text
    assert "112" in welcome.text
    assert welcome.buttons[0]["callback_data"] == "/find_officer"
    assert bot.telegram.sent_to(CHAT, "sendChatAction"), "typing indicator"
    with bot.services.sessions() as session:
        chat = session.get(Chat, CHAT)
        assert chat is not None and chat.kind == "private" and chat.active


async def test_safety_question_gets_an_answer(bot: Bot) -> None:
    bot.telegram.push_text(CHAT, "dzwoni ktos ze jest wnuczkiem i potrzebuje pieniedzy, co robic")
    [answer] = await bot.telegram.wait_for(CHAT, 1)
    assert "wnucz" in answer.text.lower() or "rozłącz" in answer.text.lower()
    assert "<" not in answer.text.replace("&lt;", "")


async def test_address_gets_the_officer_card(bot: Bot) -> None:
    bot.telegram.push_text(CHAT, "kto jest dzielnicowym dla ul. Piotrkowskiej 120?")
    card = await bot.telegram.wait_for_text(CHAT, "Twój dzielnicowy")
    assert "ul. Piotrkowska 120, Łódź" in card.text
    assert "+48 000 000 102" in card.text
    assert "nie jest numerem alarmowym" in card.text


async def test_button_press_answers_the_city_question(bot: Bot) -> None:
    bot.telegram.push_text(CHAT, "kto jest moim dzielnicowym? Kilińskiego 10")
    question = await bot.telegram.wait_for_text(CHAT, "W której")
    titles = {b["text"]: b["callback_data"] for b in question.buttons}
    assert set(titles) == {"Łódź", "Pabianice"}
    assert all(len(d.encode()) <= 64 for d in titles.values())
    bot.telegram.push_button(CHAT, question, titles["Pabianice"])
    card = await bot.telegram.wait_for_text(CHAT, "Twój dzielnicowy")
    assert "Pabianice" in card.text
    assert any(c.method == "answerCallbackQuery" for c in bot.telegram.calls)
    assert bot.telegram.sent_to(CHAT, "editMessageReplyMarkup"), "keyboard removed after a press"


async def test_emergency_gets_112_first_even_inside_a_form(bot: Bot) -> None:
    bot.telegram.push_text(CHAT, "kto jest moim dzielnicowym")
    await bot.telegram.wait_for_text(CHAT, "Podaj adres")
    before = len(bot.telegram.sent_to(CHAT))
    bot.telegram.push_text(CHAT, "chce sie zabic")
    sent = await bot.telegram.wait_for(CHAT, before + 2)
    first, second = sent[before], sent[before + 1]
    assert "112" in first.text
    assert "116 123" in second.text and "800 70 2222" in second.text


async def test_429_is_waited_out(bot: Bot) -> None:
    bot.telegram.fail_next(
        "sendMessage", 429, "Too Many Requests: retry after 1", chat_id=CHAT, retry_after=1
    )
    bot.telegram.push_text(CHAT, "dziękuję")
    [sent] = await bot.telegram.wait_for(CHAT, 1)
    refused, delivered = bot.telegram.attempts(CHAT)
    assert refused.refused == 429 and delivered is sent
    assert delivered.at - refused.at >= 0.9  # retry_after was 1 s
    assert "Nie ma za co" in sent.text


async def test_403_marks_the_chat_inactive(bot: Bot) -> None:
    bot.telegram.fail_next(
        "sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=CHAT
    )
    bot.telegram.push_text(CHAT, "cześć")
    await bot.telegram.wait_for(CHAT, 1, method="sendChatAction")
    for _ in range(100):
        with bot.services.sessions() as session:
            chat = session.get(Chat, CHAT)
            if chat is not None and not chat.active:
                break
        await asyncio.sleep(0.1)
    with bot.services.sessions() as session:
        chat = session.get(Chat, CHAT)
        assert chat is not None and chat.active is False


async def test_kicked_update_marks_the_chat_inactive(bot: Bot) -> None:
    bot.telegram.push_text(CHAT, "hej")
    await bot.telegram.wait_for(CHAT, 1)
    bot.telegram.push_my_chat_member(CHAT, "kicked")
    for _ in range(100):
        with bot.services.sessions() as session:
            if not session.execute(select(Chat.active).where(Chat.id == CHAT)).scalar_one():
                return
        await asyncio.sleep(0.1)
    raise AssertionError("chat still active after being kicked")


async def test_messages_to_one_chat_are_paced_one_per_second(bot: Bot) -> None:
    bot.telegram.push_text(CHAT, "/start")  # two messages: privacy notice and welcome
    first, second = await bot.telegram.wait_for(CHAT, 2)
    assert second.at - first.at >= 0.9


async def test_long_answers_are_split_under_the_limit(bot: Bot) -> None:
    from bot.conversation.replies import Reply

    sender = bot.app.bot_data["outbox"]
    long_text = "\n\n".join(f"Akapit {i}: " + "bezpieczeństwo " * 40 for i in range(20))
    sender.outbox.enqueue(CHAT, Reply(long_text))
    parts = await bot.telegram.wait_for(CHAT, 3)
    assert all(len(p.text) <= 4096 for p in parts)
    assert parts[0].text.startswith("Akapit 0")


async def test_one_chat_is_answered_in_order_while_another_is_served(bot: Bot) -> None:
    for text in ("dzień dobry", "dziękuję", "do widzenia"):
        bot.telegram.push_text(CHAT, text)
    bot.telegram.push_text(CHAT + 1, "hej")
    replies = await bot.telegram.wait_for(CHAT, 3)
    assert [r.text[:12] for r in replies] == ["Dzień dobry!", "Nie ma za co", "Do widzenia!"]
    [other] = await bot.telegram.wait_for(CHAT + 1, 1)
    assert other.at < replies[-1].at  # the other chat did not wait for this one's pacing


async def test_hidden_characters_and_overlong_messages(bot: Bot) -> None:
    t = bot.telegram
    t.push_text(CHAT, "kto jest dzielnicowym dla ul. Piotr\u200bkowskiej\u202e 120?")
    card = await t.wait_for_text(CHAT, "Twój dzielnicowy")
    assert "ul. Piotrkowska 120, Łódź" in card.text
    since = len(t.sent_to(CHAT))
    t.push_text(CHAT, "bla " * 600)
    too_long = await t.wait_for_text(CHAT, "ponad 2000 znaków", since=since)
    assert not too_long.text.startswith("🚨")
    # Danger is still looked for in a message too long to read.
    since = len(t.sent_to(CHAT))
    t.push_text(CHAT, "tata nie oddycha! " + "opis " * 500)
    first = await t.wait_for_text(CHAT, "112", since=since)
    assert first.text.startswith("🚨")
    await t.wait_for_text(CHAT, "ponad 2000 znaków", since=since)
    since = len(t.sent_to(CHAT))
    t.push_text(CHAT, "\u200b\u200d")
    await t.wait_for_text(CHAT, "Nie widzę treści", since=since)


async def test_a_flooding_chat_is_told_once_and_danger_is_still_answered(
    engine: RasaEngine, database_url: str
) -> None:
    upgrade(database_url)
    services = Services.build(Settings(database_url=database_url, flood_per_minute=3))
    try:
        async with running_bot(engine, services, pacing_interval=0.0) as bot:
            t = bot.telegram
            for text in ("cześć", "hej", "halo", "jesteś?", "odezwij się", "tata nie oddycha"):
                t.push_text(CHAT, text)
            await t.wait_for_text(CHAT, "Piszesz bardzo szybko")
            alarm = await t.wait_for_text(CHAT, "🚨")
            assert alarm.text.startswith("🚨")
            await asyncio.sleep(1.0)
            texts = [s.text for s in t.sent_to(CHAT)]
            told = [i for i, x in enumerate(texts) if "Piszesz bardzo szybko" in x]
            assert len(told) == 1
            # After it, only the 112 answer: the other refused messages were not read.
            assert texts[told[0] + 1 :] == [alarm.text]
    finally:
        services.engine.dispose()


async def test_logs_carry_nothing_a_resident_wrote_at_any_level(bot: Bot) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines())
    handler.addFilter(OwnBelowWarning())
    root = logging.getLogger()
    level = root.level
    everything = io.StringIO()
    unfiltered = logging.StreamHandler(everything)
    root.addHandler(handler)
    root.addHandler(unfiltered)
    root.setLevel(logging.DEBUG)
    secrets = ("Kilińskiego 10", "601 234 567", "sąsiad Zenobiusz pije", "Zenobiusz")
    try:
        t = bot.telegram
        since = len(t.sent_to(CHAT))
        t.push_text(CHAT, "kto jest dzielnicowym dla Kilińskiego 10, Łódź?")
        await t.wait_for_text(CHAT, "Twój dzielnicowy", since=since)
        since = len(t.sent_to(CHAT))
        t.push_text(CHAT, "mój numer 601 234 567, sąsiad Zenobiusz pije i hałasuje")
        await t.wait_for(CHAT, since + 1)
    finally:
        root.removeHandler(handler)
        root.removeHandler(unfiltered)
        root.setLevel(level)
    written = stream.getvalue()
    # The libraries did log the texts at DEBUG: without the filter they would be there.
    assert any(secret in everything.getvalue() for secret in secrets)
    for secret in secrets:
        assert secret not in written
    assert bot.telegram.token not in written
    assert all(json.loads(line) for line in written.splitlines() if line)


async def test_telegram_5xx_is_retried_with_backoff(bot: Bot) -> None:
    bot.telegram.fail_next("sendMessage", 502, "Bad Gateway", chat_id=CHAT, count=2)
    bot.telegram.push_text(CHAT, "dziękuję")
    [sent] = await bot.telegram.wait_for(CHAT, 1, timeout=15)
    first, second, delivered = bot.telegram.attempts(CHAT)
    assert first.refused == second.refused == 502 and delivered is sent
    assert second.at - first.at >= 0.9 and delivered.at - second.at >= 1.9  # 1 s, then 2 s
    assert "Nie ma za co" in sent.text
