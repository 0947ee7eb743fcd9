"""The bot as a process of its own (`dzielnicowy run`, with its own model). SIGTERM, as
systemd or an operator stops it: it answers the messages it has already taken from Telegram,
hands the scheduled jobs over, and exits within 10 s. SIGKILL in the middle of a conversation:
the next process (another replica, or the same one restarted) goes on with it, from the
conversation kept in the SQL tracker store."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.db.engine import make_engine, make_session_factory, transaction
from bot.db.migrate import upgrade
from bot.db.models import Lease, utcnow
from bot.registry.importer import import_registry
from tests.conftest import DEMO_DIR
from tests.fake_telegram import FakeTelegram

CHATS = [8_100_000 + i for i in range(5)]
STARTUP_TIMEOUT = 240.0  # the model loads in its own process (12–45 s on a busy machine)


def demo_database(tmp_path: Path) -> tuple[str, sessionmaker]:
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    upgrade(url)
    sessions = make_session_factory(make_engine(url))
    with transaction(sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    return url, sessions


async def start_bot(
    telegram: FakeTelegram, url: str, log: Path, **env: str
) -> subprocess.Popen[bytes]:
    """Starts the bot and waits until it polls (the model loaded)."""
    environment = {
        **os.environ,
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_BASE_URL": telegram.base_url,
        "RASA_TELEMETRY_ENABLED": "false",
        **env,
    }
    for name in ("TRACKER_STORE_URL", "LOCK_STORE_URL"):
        if name not in env:
            environment.pop(name, None)
    polled = telegram.get_updates_calls
    with log.open("ab") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"],
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while telegram.get_updates_calls == polled:
        assert process.poll() is None, log.read_text(errors="replace")[-3000:]
        assert time.monotonic() < deadline, "the bot did not start polling"
        await asyncio.sleep(0.2)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


async def test_sigterm_answers_what_was_taken_and_stops_within_10_s(tmp_path: Path) -> None:
    url, sessions = demo_database(tmp_path)
    telegram = FakeTelegram()
    await telegram.start()
    process = await start_bot(telegram, url, tmp_path / "bot.log")
    try:
        # Five residents at once: fetched together, answered one after another.
        for chat in CHATS:
            telegram.push_text(chat, "jak rozpoznać oszustwo na wnuczka?")
        await telegram.wait_for(CHATS[0], 1, method="sendChatAction", timeout=60)
        process.send_signal(signal.SIGTERM)
        stopped = time.monotonic()
        code = await asyncio.to_thread(process.wait, 30)
        took = time.monotonic() - stopped
        assert code == 0
        assert took <= 10.0, f"stopped {took:.1f} s after SIGTERM"
        for chat in CHATS:
            await telegram.wait_for_text(chat, "wnucz", timeout=1)
        with sessions() as session:
            lease = session.execute(select(Lease)).scalar_one()
            assert lease.expires_at < utcnow()  # handed over, not left to lapse
    finally:
        stop(process)
        await telegram.stop()


async def test_a_conversation_goes_on_after_its_process_is_killed(tmp_path: Path) -> None:
    url, _sessions = demo_database(tmp_path)
    conversations = f"sqlite:///{tmp_path / 'conversations.sqlite3'}"
    telegram = FakeTelegram()
    await telegram.start()
    log = tmp_path / "bot.log"
    first = await start_bot(telegram, url, log, TRACKER_STORE_URL=conversations)
    second = None
    try:
        chat = CHATS[0]
        telegram.push_text(chat, "kto jest moim dzielnicowym?")
        await telegram.wait_for_text(chat, "adres", timeout=60)
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.wait, 30)
        second = await start_bot(telegram, url, log, TRACKER_STORE_URL=conversations)
        since = len(telegram.sent_to(chat))
        telegram.push_text(chat, "Piotrkowska 10")
        card = await telegram.wait_for_text(chat, "Wierzbicki", since=since, timeout=60)
        assert "Piotrkowska" in card.text or "dzielnicow" in card.text
    finally:
        stop(first)
        if second is not None:
            stop(second)
        await telegram.stop()
