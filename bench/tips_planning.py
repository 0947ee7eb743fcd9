"""Tips planning benchmark: 100,000 subscriptions, all due at once.

    python bench/tips_planning.py                                   # SQLite file
    python bench/tips_planning.py --database-url postgresql://postgres@127.0.0.1:5432/test
    python bench/tips_planning.py --subscriptions 20000 --planners 2

Preparation (timed separately, not part of the figures): a fresh database (a new SQLite file,
or a new schema of the given PostgreSQL database, dropped afterwards), the catalogue
imported, the subscriptions bulk-inserted — private chats (90%) and class groups, random
audiences and frequencies, all with their slot at 10:00 on a Tuesday — and a delivery
history of `--history` tips per subscription in its current round (the planner reads it to
avoid repeats); on PostgreSQL then ANALYZE, as autovacuum would have done.

Measured, at 10:00:30 that Tuesday: `plan_due` until nothing is due (total, and each batch:
one transaction of `--batch` subscriptions), by one planner or `--planners` at once (threads
with an engine each, as separate processes would have); the tips queued, checked against the
outbox and the deliveries (exit code 1 if any subscription got none, or two); the sender's
`claim_due(50)` with all those tips waiting (on PostgreSQL also after ANALYZE: right after the
run the statistics still say the outbox is empty); a `plan_due` when nothing is due.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from bench.databases import fresh_database  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.db.engine import transaction  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.db.models import OutboxMessage, Tip, TipDelivery, TipSubscription  # noqa: E402
from bot.outbox.service import OutboxService  # noqa: E402
from bot.tips.catalog import AUDIENCES, import_catalog  # noqa: E402
from bot.tips.config import TipsConfig  # noqa: E402
from bot.tips.planning import Planner  # noqa: E402
from bot.tips.service import TipsService  # noqa: E402
from bot.wiring import Services  # noqa: E402

CATALOG = ROOT / "tests" / "tips" / "catalog.yml"
WARSAW = Settings().timezone
SLOT = datetime(2026, 3, 10, 10, 0, tzinfo=WARSAW).astimezone(timezone.utc)  # a Tuesday
NOW = SLOT + timedelta(seconds=30)
GROUP_AUDIENCES = ("dzieci i młodzież", "rodzice", "nauczyciele")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:.1f} ms, "
        f"p95 {percentile(values, 0.95) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms "
        f"(n={len(values)})"
    )




def populate(services: Services, count: int, history: int, rng: random.Random) -> None:
    with transaction(services.sessions) as session:
        import_catalog(session, CATALOG, now=NOW)
    with services.sessions() as session:
        tips = [(t.id, set(t.audiences)) for t in session.execute(select(Tip)).scalars()]
    rows: list[dict[str, Any]] = []
    for i in range(count):
        group = i % 10 == 0
        choices = GROUP_AUDIENCES if group else AUDIENCES
        audiences = sorted(rng.sample(choices, rng.randint(1, 2)))
        rows.append(
            {
                "chat_id": -(10**12) - i if group else 10**9 + i,
                "kind": "group" if group else "private",
                "audiences": audiences,
                "frequency": rng.choice(("daily", "twice_weekly", "weekly")),
                "hour": 10,
                "school_name": "Szkoła Podstawowa nr 1" if group else None,
                "town": "Łódź" if group else None,
                "class_label": "3b" if group else None,
                "created_at": SLOT - timedelta(days=30),
                "updated_at": SLOT - timedelta(days=30),
                "active": True,
                "next_due_at": SLOT,
                "round": 0,
            }
        )
    step = 10_000
    for start in range(0, len(rows), step):
        with transaction(services.sessions) as session:
            session.execute(insert(TipSubscription), rows[start : start + step])
    if not history:
        return
    with services.sessions() as session:
        subs = session.execute(select(TipSubscription.id, TipSubscription.audiences)).all()
    deliveries: list[dict[str, Any]] = []
    for sub_id, audiences in subs:
        fitting = [tip_id for tip_id, aud in tips if aud & (set(audiences) | {"wszyscy"})]
        for n, tip_id in enumerate(rng.sample(fitting, min(history, len(fitting) - 1))):
            slot = SLOT - timedelta(days=n + 1)
            deliveries.append(
                {"subscription_id": sub_id, "tip_id": tip_id, "slot_at": slot, "round": 0,
                 "created_at": slot}
            )
    for start in range(0, len(deliveries), step):
        with transaction(services.sessions) as session:
            session.execute(insert(TipDelivery), deliveries[start : start + step])


def analyze(services: Services) -> bool:
    """PostgreSQL: table statistics, as autovacuum keeps them (a fresh bulk load has none)."""
    if services.engine.dialect.name != "postgresql":
        return False
    with services.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()
    return True


def timed_batches(service: TipsService, times: list[float], lock: threading.Lock) -> None:
    """Records the time of each batch transaction of this service's planner."""
    planner: Planner = service._planner
    original: Callable[..., int] = planner.batch

    def batch(*args: Any, **kwargs: Any) -> int:
        started = time.perf_counter()
        claimed = original(*args, **kwargs)
        # The commit happens after batch() returns; the last, empty call is not counted.
        if claimed:
            with lock:
                times.append(time.perf_counter() - started)
        return claimed

    planner.batch = batch  # type: ignore[method-assign]


def run(args: argparse.Namespace, url: str) -> int:
    upgrade(url)
    settings = Settings(database_url=url, db_pool_size=4)
    services = Services.build(settings)
    rng = random.Random(13)
    started = time.perf_counter()
    populate(services, args.subscriptions, args.history, rng)
    analyze(services)
    print(
        f"prepared {args.subscriptions:,} subscriptions and {args.history} delivered tips "
        f"each in {time.perf_counter() - started:.1f} s"
    )

    # Each planner as a process of its own would be: its own engine and connection pool.
    processes = [services] + [Services.build(settings) for _ in range(args.planners - 1)]
    config = TipsConfig(timezone=settings.timezone, batch=args.batch)
    planners = [TipsService(p.sessions, OutboxService(p.sessions), config) for p in processes]
    batch_times: list[float] = []
    lock = threading.Lock()
    for planner in planners:
        timed_batches(planner, batch_times, lock)
    reports = []
    gate = threading.Barrier(len(planners))

    def plan(planner: TipsService) -> None:
        gate.wait()
        reports.append(planner.plan_due(NOW))

    threads = [threading.Thread(target=plan, args=(p,)) for p in planners]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    queued = sum(r.queued for r in reports)
    print(
        f"plan_due, {len(planners)} planner(s), batches of {args.batch}: {elapsed:.1f} s for "
        f"{queued:,} tips queued ({queued / elapsed:,.0f}/s); "
        f"skipped {sum(r.skipped for r in reports)}, no tip {sum(r.no_tip for r in reports)}, "
        f"batches {sum(r.batches for r in reports)}"
    )
    print(f"  one batch (transaction without its commit): {spread(batch_times)}")

    with services.sessions() as session:
        messages = session.execute(select(func.count(OutboxMessage.id))).scalar_one()
        per_chat = session.execute(
            select(func.count(OutboxMessage.id)).group_by(OutboxMessage.chat_id)
        ).scalars().all()
        new_deliveries = session.execute(
            select(func.count(TipDelivery.id)).where(TipDelivery.created_at == NOW)
        ).scalar_one()
        still_due = session.execute(
            select(func.count(TipSubscription.id)).where(TipSubscription.next_due_at <= NOW)
        ).scalar_one()
    ok = (
        messages == new_deliveries == args.subscriptions
        and len(per_chat) == args.subscriptions
        and max(per_chat) == 1
        and still_due == 0
    )
    print(
        f"  outbox messages {messages:,}, deliveries {new_deliveries:,}, chats with two or "
        f"more {sum(1 for c in per_chat if c > 1)}, still due {still_due}: "
        f"{'OK' if ok else 'WRONG'}"
    )

    outbox = OutboxService(services.sessions)
    claims = []
    for _ in range(args.claim_runs):
        started = time.perf_counter()
        outbox.claim_due(50)
        claims.append(time.perf_counter() - started)
    print(f"claim_due(50) right after, {messages:,} tips waiting: {spread(claims)}")
    if analyze(services):
        claims = []
        for _ in range(args.claim_runs):
            started = time.perf_counter()
            outbox.claim_due(50)
            claims.append(time.perf_counter() - started)
        print(f"  the same after ANALYZE (as autovacuum does within minutes): {spread(claims)}")

    idle = []
    for _ in range(args.idle_runs):
        started = time.perf_counter()
        report = services.tips.plan_due(NOW + timedelta(seconds=60))
        idle.append(time.perf_counter() - started)
        assert report.due == 0
    print(f"plan_due with nothing due: {spread(idle)}")
    for process in processes:
        process.engine.dispose()
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=5, help="delivered tips per subscription")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--planners", type=int, default=1, help="planning at once")
    parser.add_argument("--idle-runs", type=int, default=50)
    parser.add_argument("--claim-runs", type=int, default=20)
    parser.add_argument(
        "--database-url", help="PostgreSQL server (a new schema is used); default SQLite"
    )
    args = parser.parse_args()
    print(
        f"database: {'PostgreSQL' if args.database_url else 'SQLite'}; "
        f"Python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory() as tmp, fresh_database(args.database_url, Path(tmp)) as url:
        return run(args, url)


if __name__ == "__main__":
    sys.exit(main())
