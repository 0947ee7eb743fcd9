"""Tips delivery benchmark: 10,000 private-chat subscribers whose tip is due in the same
minute, delivered by the real bot to a fake Bot API server that enforces Telegram's limits.

    make bench-tips
    .venv/bin/python bench/tips_delivery.py [--subscribers 500] [--kill]
    .venv/bin/python bench/tips_delivery.py --database-url postgresql://postgres@127.0.0.1:5432/test

Preparation (not measured): a fresh database (a new SQLite file, or a new schema of the
given PostgreSQL database, dropped afterwards), the catalogue imported, and each subscriber
subscribed through TipsService.subscribe the evening before: daily at 10:00, one or two
random audiences.

Measured: the bot (bench/delivery_bot.py: the real Application with its scheduler and the
real database, without a language model, in a process of its own) starts with its clock at
10:00:05 of the slot's day. Its tips job plans every slot, and its outbox job sends them to
the fake server in this process, which refuses with 429 what goes over Telegram's limits
(tests/fake_limits.py: 30 messages in any second, 1 a second per private chat). The run ends
when nothing is due and the outbox is settled. Reported: the time to deliver all (from the
bot's start, and from the first message to the last), messages per second (each full second
from the first message to the last: median, p5, p95; and overall), duplicates (a chat's tip
delivered twice), lost (planned, never delivered), and the 429s.

--kill: the bot is killed with SIGKILL when half the tips have been delivered and started
again at once. Also reported: the messages in flight at the kill (claimed, not settled) and
how many of them had already reached Telegram: those are sent again after their lease, the
duplicates to expect. The seconds between the kill and the first message after the restart
are left out of the per-second figures.

Exit code 1 when a tip was lost, or duplicated beyond what was in flight at a kill.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bench.databases import fresh_database  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.db.engine import transaction  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.db.models import OutboxMessage, TipDelivery, TipSubscription, utcnow  # noqa: E402
from bot.tips.catalog import AUDIENCES, import_catalog  # noqa: E402
from bot.wiring import Services  # noqa: E402
from tests.fake_telegram import FakeTelegram, Sent  # noqa: E402

CATALOG = ROOT / "bot" / "tips" / "data" / "tips.yml"
BOT = ROOT / "bench" / "delivery_bot.py"
CHAT_BASE = 10**9
HOUR = 10  # the subscribers' hour, local time
IDLE_LIMIT = 300.0  # seconds without a delivery before the run is given up


@dataclass
class Run:
    """One life of the bot process."""

    started: float
    first: int  # index into FakeTelegram.delivered of its first message
    killed_at: float | None = None
    in_flight: int = 0  # tips claimed and not settled when it was killed
    reached: int = 0  # … of which Telegram already had: they are sent again


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def latest_slot_before(moment: datetime, settings: Settings) -> datetime:
    """The latest HOUR:00 local at least an hour before `moment`: in the past, so what the
    bot plans for it is due at once by the real clock the outbox uses."""
    local = (moment - timedelta(hours=1)).astimezone(settings.timezone)
    slot = local.replace(hour=HOUR, minute=0, second=0, microsecond=0)
    if slot > local:
        slot -= timedelta(days=1)
    return slot.astimezone(timezone.utc)


def subscribe_all(services: Services, count: int, slot: datetime) -> None:
    with transaction(services.sessions) as session:
        import_catalog(session, CATALOG, now=slot - timedelta(days=30))
    rng = random.Random(13)
    evening = slot - timedelta(hours=14)
    choices = [a for a in AUDIENCES if a != "wszyscy"]
    for i in range(count):
        audiences = rng.sample(choices, rng.randint(1, 2))
        view = services.tips.subscribe(CHAT_BASE + i, "private", audiences, "daily", HOUR, evening)
        assert view.next_due_at == slot, (view.next_due_at, slot)


def settled(services: Services, slot: datetime) -> bool:
    """The slot is planned for every subscriber and the outbox has nothing left to send."""
    with services.sessions() as session:
        due = session.execute(
            select(func.count(TipSubscription.id)).where(
                TipSubscription.active.is_(True), TipSubscription.next_due_at <= slot
            )
        ).scalar_one()
        unsent = session.execute(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.status.in_(("pending", "sending"))
            )
        ).scalar_one()
    return bool(due == 0 and unsent == 0)


def claimed_chats(services: Services) -> list[int]:
    """The chats of the messages claimed and not settled."""
    with services.sessions() as session:
        return list(
            session.execute(
                select(OutboxMessage.chat_id).where(OutboxMessage.status == "sending")
            ).scalars()
        )


def planned_chats(services: Services, slot: datetime) -> set[int]:
    with services.sessions() as session:
        return set(
            session.execute(
                select(TipSubscription.chat_id)
                .join(TipDelivery, TipDelivery.subscription_id == TipSubscription.id)
                .where(TipDelivery.slot_at == slot)
            ).scalars()
        )


def start_bot(url: str, telegram: FakeTelegram, offset: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            str(BOT),
            "--database-url",
            url,
            "--base-url",
            telegram.base_url,
            "--token",
            telegram.token,
            "--clock-offset",
            f"{offset:.3f}",
        ],
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


async def stop_bot(process: subprocess.Popen[bytes]) -> None:
    """Stops the bot as an operator would; the fake server keeps answering meanwhile."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.to_thread(process.wait, 30)
        except subprocess.TimeoutExpired:
            process.kill()
            await asyncio.to_thread(process.wait)


async def deliver(args: argparse.Namespace, url: str, services: Services, slot: datetime) -> bool:
    """Runs the bot (killing and restarting it with --kill) until every tip is settled;
    prints the figures and returns whether nothing was lost or wrongly doubled."""
    telegram = FakeTelegram(limits=True)
    await telegram.start()
    # The bot's planning clock starts at 10:00:05 of the slot's day.
    offset = (slot + timedelta(seconds=5) - utcnow()).total_seconds()
    runs = [Run(time.monotonic(), 0)]
    process = start_bot(url, telegram, offset)
    last_count, last_change = 0, time.monotonic()
    next_check = last_change + 2.0
    try:
        while True:
            await asyncio.sleep(0.2)
            now = time.monotonic()
            if len(telegram.delivered) != last_count:
                last_count, last_change = len(telegram.delivered), now
            if args.kill and len(runs) == 1 and last_count >= args.subscribers // 2:
                process.send_signal(signal.SIGKILL)
                process.wait()
                await kill_figures(runs[0], telegram, services, slot)
                runs.append(Run(time.monotonic(), len(telegram.delivered)))
                process = start_bot(url, telegram, offset)
                continue
            if process.poll() is not None:
                print(f"the bot stopped by itself (exit code {process.returncode})")
                break
            if now - last_change > IDLE_LIMIT:
                print(f"nothing delivered for {IDLE_LIMIT:.0f} s: giving up")
                break
            if now >= next_check:
                next_check = now + 2.0
                if await asyncio.to_thread(settled, services, slot):
                    break
    finally:
        await stop_bot(process)
        await telegram.stop()
    return report(args, services, slot, telegram, runs)


async def kill_figures(
    run: Run, telegram: FakeTelegram, services: Services, slot: datetime
) -> None:
    run.killed_at = time.monotonic()
    await asyncio.sleep(0.5)  # requests the server had already received are answered
    claimed = await asyncio.to_thread(claimed_chats, services)
    reached = {m.chat_id for m in telegram.delivered}
    run.in_flight = len(claimed)
    run.reached = sum(1 for chat in claimed if chat in reached)


def per_second(messages: list[Sent]) -> list[float]:
    """Messages in each full second from the first message to the last."""
    if len(messages) < 2:
        return []
    first = messages[0].at
    seconds = int(messages[-1].at - first)
    counts = Counter(int(m.at - first) for m in messages)
    return [float(counts.get(s, 0)) for s in range(seconds)]


def report(
    args: argparse.Namespace,
    services: Services,
    slot: datetime,
    telegram: FakeTelegram,
    runs: list[Run],
) -> bool:
    delivered = telegram.delivered
    planned = planned_chats(services, slot)
    per_chat = Counter(m.chat_id for m in delivered)
    duplicates = sum(n - 1 for n in per_chat.values())
    lost = len(planned - set(per_chat))
    strangers = len(set(per_chat) - planned)
    refused = dict(telegram.flood.refused) if telegram.flood else {}
    print(
        f"planned {len(planned):,} of {args.subscribers:,} subscribers; delivered "
        f"{len(delivered):,} messages to {len(per_chat):,} chats"
    )
    if len(delivered) < 2:
        return False
    first, last = delivered[0].at, delivered[-1].at
    print(
        f"time to deliver all: {last - runs[0].started:.1f} s from the bot's start, "
        f"{last - first:.1f} s from the first message to the last"
    )
    seconds: list[float] = []
    busy = 0.0
    bounds = [run.first for run in runs] + [len(delivered)]
    for start, end in itertools.pairwise(bounds):
        part = delivered[start:end]
        seconds.extend(per_second(part))
        if len(part) > 1:
            busy += part[-1].at - part[0].at
    if seconds:
        print(
            f"messages per second (each full second, n={len(seconds)}): median "
            f"{statistics.median(seconds):.0f}, p5 {percentile(seconds, 0.05):.0f}, p95 "
            f"{percentile(seconds, 0.95):.0f}; overall {len(delivered) / busy:.1f}/s"
            + (" (the restart's gap left out)" if len(runs) > 1 else "")
        )
    for run, after in itertools.pairwise(runs):
        assert run.killed_at is not None
        resumed = delivered[after.first].at - run.killed_at if after.first < len(delivered) else 0
        print(
            f"killed (SIGKILL) {run.killed_at - run.started:.1f} s after the start, with "
            f"{after.first:,} delivered: {run.in_flight} in flight (claimed, not settled), "
            f"{run.reached} of them already at Telegram; restarted at once, first message "
            f"{resumed:.1f} s after the kill"
        )
    print(
        f"duplicates: {duplicates}; lost: {lost}; to chats never planned: {strangers}; "
        f"429s received: {sum(refused.values())} {refused or ''}"
    )
    expected = sum(run.reached for run in runs)
    complete = len(planned) == args.subscribers and not strangers
    ok = complete and lost == 0 and duplicates <= expected
    print("OK" if ok else "WRONG")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--kill", action="store_true", help="SIGKILL the bot halfway, restart")
    parser.add_argument(
        "--database-url", help="PostgreSQL server (a new schema is used); default SQLite"
    )
    args = parser.parse_args()
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}, cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory() as tmp, fresh_database(args.database_url, Path(tmp)) as url:
        upgrade(url)
        settings = Settings(database_url=url)
        services = Services.build(settings)
        try:
            slot = latest_slot_before(utcnow(), settings)
            started = time.perf_counter()
            subscribe_all(services, args.subscribers, slot)
            print(
                f"database: {services.engine.dialect.name}; {args.subscribers:,} subscribed "
                f"in {time.perf_counter() - started:.1f} s (not measured), slot "
                f"{slot.astimezone(settings.timezone):%Y-%m-%d %H:%M} local"
            )
            return 0 if asyncio.run(deliver(args, url, services, slot)) else 1
        finally:
            services.engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
