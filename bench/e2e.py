"""End-to-end benchmark: the bot as its own process (`dzielnicowy run`) against the fake Bot
API server, as Telegram would drive it.

    make bench-e2e

Reports the time from start to the first getUpdates, the latency from an update's arrival to
the bot's first sendMessage (1 chat; 50 chats each sending every 5 s), saturation throughput
(50 chats sending back to back) and the bot process's peak memory (VmHWM).
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.db.engine import make_engine, make_session_factory, transaction  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.registry.importer import import_registry  # noqa: E402
from tests.fake_telegram import FakeTelegram  # noqa: E402

DEMO = ROOT / "bot" / "registry" / "demo"
MESSAGES = [
    "dzień dobry",
    "kto jest dzielnicowym dla Piotrkowskiej 120?",
    "dzwoni ktoś, że jest z policji i każe przelać pieniądze",
    "jak zabezpieczyć mieszkanie przed wyjazdem na wakacje",
    "mieszkam na Zielonej 5 w Łodzi",
    "co potrafisz?",
    "kiedy można odpalać fajerwerki",
    "dziękuję",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def latencies(telegram: FakeTelegram, pushes: list[tuple[int, float]]) -> list[float]:
    """ms from each push to the first sendMessage to that chat after it."""
    by_chat: dict[int, list[float]] = {}
    for call in telegram.calls:
        if call.method == "sendMessage" and call.refused is None:
            by_chat.setdefault(call.chat_id, []).append(call.at)
    out = []
    for chat_id, pushed_at in pushes:
        later = [t for t in by_chat.get(chat_id, []) if t >= pushed_at]
        if later:
            out.append((min(later) - pushed_at) * 1000)
    return out


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def one_chat(telegram: FakeTelegram, rounds: int) -> list[float]:
    chat = 1
    pushes = []
    for i in range(rounds):
        before = len(telegram.sent_to(chat))
        pushes.append((chat, time.monotonic()))
        telegram.push_text(chat, MESSAGES[i % len(MESSAGES)])
        await telegram.wait_for(chat, before + 1, timeout=30)
        await asyncio.sleep(1.2)  # past the 1 message/s pacing of the chat
    return latencies(telegram, pushes)


async def steady_load(
    telegram: FakeTelegram, chats: int, period: float, seconds: float
) -> tuple[list[float], int]:
    pushes: list[tuple[int, float]] = []
    start = time.monotonic()
    base = 1000

    async def chat_loop(index: int) -> None:
        chat = base + index
        await asyncio.sleep(period * index / chats)  # spread: chats * (1/period) msg/s offered
        n = 0
        while time.monotonic() - start < seconds:
            pushes.append((chat, time.monotonic()))
            telegram.push_text(chat, MESSAGES[(index + n) % len(MESSAGES)])
            n += 1
            await asyncio.sleep(period)

    await asyncio.gather(*(chat_loop(i) for i in range(chats)))
    await asyncio.sleep(5)
    return latencies(telegram, pushes), len(pushes)


async def saturation(telegram: FakeTelegram, chats: int, seconds: float) -> float:
    base = 5000
    answered = 0
    start = time.monotonic()

    async def chat_loop(index: int) -> None:
        nonlocal answered
        chat = base + index
        n = 0
        while time.monotonic() - start < seconds:
            before = len(telegram.sent_to(chat))
            telegram.push_text(chat, MESSAGES[(index + n) % len(MESSAGES)])
            n += 1
            try:
                await telegram.wait_for(chat, before + 1, timeout=30)
            except AssertionError:
                return
            if time.monotonic() - start < seconds:
                answered += 1

    await asyncio.gather(*(chat_loop(i) for i in range(chats)))
    return answered / seconds


async def main() -> int:
    telegram = FakeTelegram()
    await telegram.start()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        upgrade(url)
        with transaction(make_session_factory(make_engine(url))) as session:
            import_registry(session, DEMO / "officers.csv", DEMO / "areas.csv")
        env = dict(
            os.environ,
            DATABASE_URL=url,
            TELEGRAM_BOT_TOKEN=telegram.token,
            TELEGRAM_BASE_URL=telegram.base_url,
            RASA_TELEMETRY_ENABLED="false",
        )
        started = time.monotonic()
        bot = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "dzielnicowy"), "run"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            while telegram.first_get_updates_at is None:
                if bot.poll() is not None:
                    print(bot.stderr.read().decode()[-2000:] if bot.stderr else "", file=sys.stderr)
                    return 1
                await asyncio.sleep(0.05)
            startup = telegram.first_get_updates_at - started
            print(f"date: {time.strftime('%Y-%m-%d')}, cores: {os.cpu_count()}")
            print(f"start to first getUpdates: {startup:.1f} s (target < 20 s)")

            single = await one_chat(telegram, 30)
            print(
                f"1 chat: latency to first sendMessage p50 {statistics.median(single):.0f} ms, "
                f"p95 {percentile(single, 0.95):.0f} ms ({len(single)} messages)"
            )

            steady, offered = await steady_load(telegram, 50, 5.0, 60.0)
            print(
                f"50 chats, one message each every 5 s (10 msg/s offered, {offered} messages): "
                f"p50 {statistics.median(steady):.0f} ms, p95 {percentile(steady, 0.95):.0f} ms, "
                f"answered {len(steady)}/{offered} (target p95 < 150 ms)"
            )

            rate = await saturation(telegram, 50, 30.0)
            print(f"saturation, 50 chats back to back for 30 s: {rate:.1f} messages/s answered")
            print(
                f"bot process peak memory (VmHWM): {peak_memory_mb(bot.pid):.0f} MB "
                "(target < 1.5 GB)"
            )
        finally:
            bot.send_signal(signal.SIGINT)
            try:
                bot.wait(timeout=30)
            except subprocess.TimeoutExpired:
                bot.kill()
            await telegram.stop()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
