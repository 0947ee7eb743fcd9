"""Requests benchmark: 1,000 residents each file a request within one minute, through the
real Application, the real Rasa model and a real database against the fake Bot API server.

    make bench-requests
    .venv/bin/python bench/request_delivery.py --residents 50 --window 10

Preparation (timed, not part of the figures): every demo dzielnicowy links a chat with
`/rejestracja CODE`; every resident, in a chat of their own, goes through the form up to
its summary (/zglos → "Napisać do dzielnicowego" → an address of some officer's area →
the message → "Dalej" → "Anonimowo"). Measured: the residents press "Wyślij" spread evenly
over the window (in a shuffled order). Reported: requests filed (the resident's
"Przyjęto zgłoszenie …"), requests in the database and their handlers, notifications that
reached the right officer (lost = filed − notified), latency from the resident's
confirmation to the officer's notification and from the press to the confirmation, the
throughput, and what set the pace: the gaps between one officer's messages and the calls that
went through the rate limiter. A form step left unanswered prints that chat's updates and the
bot's calls for it, and writes every task's and thread's stack to a file. Exit code 1 when
anything was lost: a notification missing or at the wrong officer, a press never confirmed, a
request missing from the database or with another handler; 2 when the form did not answer
as tests/e2e/test_requests.py describes.

The bot, the fake server and the residents share one process and event loop (as in
tests/e2e/conftest.py's running_bot), so the figures include the fake server's own work.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import csv
import faulthandler
import itertools
import logging
import os
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiohttp import web  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from bench.databases import fresh_database  # noqa: E402
from bot.config import PROJECT_ROOT, Settings  # noqa: E402
from bot.conversation.dialogue import Dialogue  # noqa: E402
from bot.conversation.engine import RasaEngine  # noqa: E402
from bot.db.engine import transaction  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.db.models import Officer, OutboxMessage, ServiceRequest, utcnow  # noqa: E402
from bot.registry.importer import import_registry  # noqa: E402
from bot.requests.config import RequestsConfig  # noqa: E402
from bot.telegram.app import build_application  # noqa: E402
from bot.wiring import Services, use_services  # noqa: E402
from tests.fake_telegram import FakeTelegram, Sent  # noqa: E402

DEMO = ROOT / "bot" / "registry" / "demo"
RESIDENT_BASE = 1_000_000  # resident i writes from chat RESIDENT_BASE + i
OFFICER_BASE = 8_000  # officers' chats
STEP_TIMEOUT = 120.0  # one form step under load (the Rasa thread is one queue for everyone)
MESSAGES = [
    "Dzień dobry, chciałbym zapytać, w jakich godzinach mogę przyjść na dyżur w rewirze.",
    "Proszę o informację, jak zgłosić samochód, który od miesiąca stoi porzucony pod blokiem.",
    "Dziękuję za pomoc w zeszłym miesiącu, u nas na podwórku wszystko jest już w porządku.",
    "Chciałabym umówić się na rozmowę w sprawie oznakowania przejścia przy szkole.",
]
DESCRIPTION = "1,000 residents file a request within a minute; every one must reach its officer."
NUMBER = re.compile(re.escape(RequestsConfig().number_prefix) + r"-\d{4}-\d+")
FILED = re.compile(r"Przyjęto zgłoszenie (\S+?)\.")


class FormBroke(Exception):
    """A step of the form did not answer as tests/e2e/test_requests.py describes."""


class Telegram(FakeTelegram):
    """The fake server waking each waiting resident only for their own chat's messages, and
    keeping what a stalled step needs to be explained."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._arrived: dict[int, asyncio.Event] = {}
        # For a stalled step: when each update was pushed, and how far the bot has fetched.
        self.pushed: dict[int, list[tuple[int, float, str]]] = {}
        self.fetched_below = 0
        self.abandoned: dict[str, int] = {}

    def _push(self, update: dict[str, Any]) -> None:
        super()._push(update)
        body = update.get("message") or update.get("callback_query") or {}
        chat = (body.get("chat") or body.get("message", {}).get("chat") or {}).get("id", 0)
        said = str(body.get("text") if "text" in body else body.get("data", ""))
        self.pushed.setdefault(chat, []).append((update["update_id"], time.monotonic(), said))

    async def _handle(self, request: web.Request) -> web.Response:
        try:
            return await super()._handle(request)
        except ConnectionResetError:
            # The bot gave up a call before the server had read it: a cancelled task or a
            # client timeout. Not recorded as a call, so counted here.
            method = request.match_info["method"]
            self.abandoned[method] = self.abandoned.get(method, 0) + 1
            raise

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.fetched_below = max(self.fetched_below, int(params.get("offset") or 0))
        return await super()._api_getUpdates(params)

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        message_id: int | None = None,
        refused: int | None = None,
    ) -> Sent:
        sent = super()._record(method, params, message_id, refused)
        if method == "sendMessage" and refused is None:
            self._arrived.setdefault(sent.chat_id, asyncio.Event()).set()
        return sent

    async def expect(self, chat: int, fragment: str, since: int, step: str) -> Sent:
        """The first message with fragment among those sent to chat after the first `since`."""
        deadline = time.monotonic() + STEP_TIMEOUT
        arrived = self._arrived.setdefault(chat, asyncio.Event())
        while True:
            arrived.clear()
            for sent in self.sent_to(chat)[since:]:
                if fragment in sent.text:
                    return sent
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                got = [s.text[:100] for s in self.sent_to(chat)[since:]]
                raise FormBroke(
                    f"chat {chat}, {step}: no message with {fragment!r} within "
                    f"{STEP_TIMEOUT:.0f} s; got {got}"
                )
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(arrived.wait(), remaining)

    async def say(self, chat: int, said: str, fragment: str) -> Sent:
        since = len(self.sent_to(chat))
        self.push_text(chat, said)
        return await self.expect(chat, fragment, since, f"after typing {said!r}")

    def press(self, chat: int, sent: Sent, title: str) -> None:
        data = {b["text"]: b["callback_data"] for b in sent.buttons}
        if title not in data:
            raise FormBroke(f"chat {chat}: no button {title!r} in {list(data)}: {sent.text!r}")
        self.push_button(chat, sent, data[title])

    async def click(self, chat: int, sent: Sent, title: str, fragment: str) -> Sent:
        since = len(self.sent_to(chat))
        self.press(chat, sent, title)
        return await self.expect(chat, fragment, since, f"after pressing {title!r}")


class OutboxRuns(logging.Handler):
    """Counts the scheduler's complaints about the outbox job instead of printing each."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.skipped = 0
        self.late = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "deliver_due" not in message:
            logging.getLogger("bench").handle(record)
        elif "maximum number of running instances" in message:
            self.skipped += 1
        else:
            self.late += 1


OUTBOX_RUNS = OutboxRuns()


@dataclass
class Resident:
    chat: int
    address: str
    officer_code: str
    message: str
    summary: Sent | None = None
    pressed_at: float | None = None
    confirmed: Sent | None = None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def spread(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    if not values:
        return "no values"
    return (
        f"p50 {statistics.median(values) * scale:.0f} {unit}, "
        f"p95 {percentile(values, 0.95) * scale:.0f} {unit}, "
        f"max {max(values) * scale:.0f} {unit}"
    )


def addresses_by_officer(services: Services) -> dict[str, list[str]]:
    """Addresses of the demo areas (street and house number, with the town), each checked to
    resolve to exactly the officer whose area it is in."""
    found: dict[str, list[str]] = {}
    with (DEMO / "areas.csv").open(encoding="utf-8") as rows:
        streets = {(row["city"], row["street"]) for row in csv.DictReader(rows)}
    for city, street in sorted(streets):
        for number in range(1, 221, 3):
            address = f"{street} {number}, {city}"
            resolution = services.registry.resolve(address)
            if resolution.kind == "officer" and resolution.officer_code:
                found.setdefault(resolution.officer_code, []).append(address)
    return found


async def link_officers(telegram: Telegram, services: Services) -> dict[str, int]:
    """Every linked-to-be dzielnicowy registers its own chat with a fresh code."""
    with services.sessions() as session:
        codes = sorted(
            session.execute(select(Officer.code).where(Officer.role == "dzielnicowy")).scalars()
        )
    chats = {code: OFFICER_BASE + i for i, code in enumerate(codes)}
    for code, chat in chats.items():
        one_time = services.officer_links.issue_code(code, utcnow())
        await telegram.say(chat, f"/rejestracja {one_time}", "Konto powiązane")
    return chats


async def fill_form(telegram: Telegram, resident: Resident, officer_name: str) -> None:
    """The form up to its summary, as tests/e2e/test_requests.py goes through it."""
    t, chat = telegram, resident.chat
    notice = await t.say(chat, "/zglos", "Informacja o prywatności")
    kind = await t.click(chat, notice, "Zgadzam się", "Co chcesz zrobić?")
    await t.click(chat, kind, "Napisać do dzielnicowego", "Podaj swój adres")
    await t.say(chat, resident.address, "Napisz wiadomość do dzielnicowego")
    photos = await t.say(chat, resident.message, "zdjęć")
    contact = await t.click(chat, photos, "Dalej", "Czy chcesz też podać")
    summary = await t.click(chat, contact, "Anonimowo", "Sprawdź, proszę")
    if f"Trafi do: {officer_name}" not in summary.text:
        raise FormBroke(f"chat {chat}: summary not addressed to {officer_name}: {summary.text!r}")
    if "Wyślij" not in [b["text"] for b in summary.buttons]:
        raise FormBroke(f"chat {chat}: no 'Wyślij' under the summary: {summary.buttons}")
    resident.summary = summary


async def prepare(
    telegram: Telegram, residents: list[Resident], names: dict[str, str], concurrency: int
) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def one(resident: Resident) -> None:
        async with gate:
            try:
                await fill_form(telegram, resident, names[resident.officer_code])
            except FormBroke:
                diagnose(telegram, resident.chat)
                raise

    tasks = [asyncio.create_task(one(r)) for r in residents]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def diagnose(telegram: Telegram, chat: int) -> None:
    """What happened to a chat whose step went unanswered: its updates (fetched by the bot
    or not) and every call the bot made for it, then every task of the bot's event loop and
    every thread with its stack (in a file: they are many)."""
    start = telegram.pushed[chat][0][1]
    print(f"stalled chat {chat}; the bot has fetched the updates below {telegram.fetched_below}")
    events = [
        (
            at,
            f"update {uid} pushed{'' if uid < telegram.fetched_below else ' (NOT fetched)'}: "
            f"{said[:60]!r}",
        )
        for uid, at, said in telegram.pushed[chat]
    ]
    events += [
        (c.at, f"{c.method}{f' refused {c.refused}' if c.refused else ''}: {c.text[:60]!r}")
        for c in telegram.calls
        if c.chat_id == chat
    ]
    for at, what in sorted(events):
        print(f"  +{at - start:8.3f} s  {what}")
    print(f"  now +{time.monotonic() - start:.3f} s; {len(telegram.updates)} updates unfetched")
    dump = Path(tempfile.gettempdir()) / f"request_delivery_stall_{chat}.txt"
    with dump.open("w", encoding="utf-8") as out:
        for task in asyncio.all_tasks():
            print(f"--- {task!r}", file=out)
            task.print_stack(file=out)
        out.flush()
        faulthandler.dump_traceback(out, all_threads=True)
    print(f"  tasks and threads: {dump}")


async def press_send(telegram: Telegram, residents: list[Resident], window: float) -> float:
    """Each resident presses "Wyślij" at its slot of the window; returns the worst lag of a
    press behind its slot (the benchmark shares the event loop with the bot)."""
    start = time.monotonic()
    lag = 0.0
    for k, resident in enumerate(residents):
        slot = start + window * k / len(residents)
        await asyncio.sleep(max(0.0, slot - time.monotonic()))
        assert resident.summary is not None
        resident.pressed_at = time.monotonic()
        lag = max(lag, resident.pressed_at - slot)
        telegram.press(resident.chat, resident.summary, "Wyślij")
    return lag


def confirmation(telegram: Telegram, resident: Resident) -> Sent | None:
    assert resident.summary is not None
    later = [s for s in telegram.sent_to(resident.chat) if s.at >= (resident.pressed_at or 0)]
    return next((s for s in later if FILED.search(s.text)), None)


def notifications(telegram: Telegram, officer_chats: set[int]) -> dict[str, Sent]:
    """The first message to an officer's chat naming each request number."""
    first: dict[str, Sent] = {}
    for chat in officer_chats:
        for sent in telegram.sent_to(chat):
            for number in NUMBER.findall(sent.text):
                first.setdefault(number, sent)
    return first


def number_of(sent: Sent) -> str:
    found = FILED.search(sent.text)
    assert found is not None
    return found.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    parser.add_argument("--residents", type=int, default=1000)
    parser.add_argument("--window", type=float, default=60.0, help="seconds the presses span")
    parser.add_argument(
        "--grace",
        type=float,
        default=600.0,
        help="seconds to wait after the window for stragglers (it stops once all are settled)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=50,
        help="residents filling the form at once during preparation",
    )
    parser.add_argument(
        "--pacing-interval",
        type=float,
        default=1.0,
        help="the bot's per-chat pacing (production: 1 message/s)",
    )
    parser.add_argument(
        "--outbox-interval",
        type=float,
        default=2.0,
        help="how often the outbox is delivered (production: 2 s)",
    )
    parser.add_argument(
        "--database-url",
        help="PostgreSQL URL (a fresh schema is made in it); default: a fresh SQLite file",
    )
    parser.add_argument("--seed", type=int, default=1, help="of the order of the presses")
    parser.add_argument(
        "--model",
        type=Path,
        default=PROJECT_ROOT / "models",
        help="model directory or .tar.gz (a copy keeps a training run from replacing it)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for name in ("httpx", "httpcore", "apscheduler", "rasa", "tensorflow", "absl"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # "Skipping validation for `request_kind`" on every form turn: a line per message.
    logging.getLogger("rasa_sdk").setLevel(logging.ERROR)
    logging.getLogger("apscheduler").addHandler(OUTBOX_RUNS)
    logging.getLogger("apscheduler").propagate = False
    print("command:", " ".join([sys.executable, *sys.argv]))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}, cores: {os.cpu_count()}")
    return asyncio.run(run(args))


async def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    engine = RasaEngine(args.model)
    print(f"model loaded in {time.monotonic() - started:.1f} s")
    with tempfile.TemporaryDirectory() as tmp, fresh_database(args.database_url, Path(tmp)) as url:
        upgrade(url)
        services = Services.build(Settings(database_url=url))
        try:
            return await measure(args, engine, services)
        finally:
            services.engine.dispose()
            engine.close()


async def measure(args: argparse.Namespace, engine: RasaEngine, services: Services) -> int:
    with transaction(services.sessions) as session:
        import_registry(session, DEMO / "officers.csv", DEMO / "areas.csv")
    use_services(services)
    database = services.engine.dialect.name
    addresses = addresses_by_officer(services)  # before the bot runs: this blocks its loop
    telegram = Telegram()
    await telegram.start()
    app = build_application(
        telegram.token,
        telegram.base_url,
        Dialogue(engine),
        services,
        outbox_interval=args.outbox_interval,
        pacing_interval=args.pacing_interval,
    )
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        print(
            f"database: {database}; pacing {args.pacing_interval:g} s per chat, outbox every "
            f"{args.outbox_interval:g} s"
        )
        # --- preparation ------------------------------------------------------------------
        prep_started = time.monotonic()
        officer_chats = await link_officers(telegram, services)
        officers = sorted(code for code in officer_chats if addresses.get(code))
        names: dict[str, str] = {}
        for code in officers:
            card = services.registry.officer_card(code)
            assert card is not None
            names[code] = f"{card.rank} {card.first_name} {card.last_name}"
        residents: list[Resident] = []
        for i in range(args.residents):
            code = officers[i % len(officers)]
            here = addresses[code]
            residents.append(
                Resident(
                    chat=RESIDENT_BASE + i,
                    address=here[(i // len(officers)) % len(here)],
                    officer_code=code,
                    message=MESSAGES[i % len(MESSAGES)],
                )
            )
        print(
            f"{len(officer_chats)} officers linked ({len(officers)} with addresses, "
            f"{sum(len(addresses[c]) for c in officers)} checked addresses); "
            f"{len(residents)} residents, about {len(residents) / len(officers):.0f} per officer"
        )
        try:
            await prepare(telegram, residents, names, args.concurrency)
        except FormBroke as broke:
            print(f"the form did not go as tests/e2e/test_requests.py describes: {broke}")
            return 2
        prep = time.monotonic() - prep_started
        print(
            f"preparation (link officers, {len(residents)} forms up to the summary, "
            f"{args.concurrency} at a time): {prep:.0f} s "
            f"({len(residents) * 6 / prep:.1f} resident messages/s)"
        )

        # --- measured: every resident presses "Wyślij" within the window ---------------------
        order = residents[:]
        random.Random(args.seed).shuffle(order)
        lag = await press_send(telegram, order, args.window)
        window_end = time.monotonic()
        deadline = window_end + args.grace
        chats_of_officers = set(officer_chats.values())
        while time.monotonic() < deadline:
            for resident in order:
                if resident.confirmed is None:
                    resident.confirmed = confirmation(telegram, resident)
            filed = [r for r in order if r.confirmed is not None]
            reached = notifications(telegram, chats_of_officers)
            if len(filed) == len(order) and all(
                number_of(r.confirmed) in reached for r in filed if r.confirmed is not None
            ):
                break
            await asyncio.sleep(0.5)
        settled = time.monotonic() - window_end

        # --- figures ----------------------------------------------------------------------
        filed = [r for r in order if r.confirmed is not None]
        reached = notifications(telegram, chats_of_officers)
        to_confirm: list[float] = []
        to_officer: list[float] = []
        misrouted = 0
        last_confirmed = last_notified = 0.0
        for resident in filed:
            assert resident.confirmed is not None and resident.pressed_at is not None
            to_confirm.append(resident.confirmed.at - resident.pressed_at)
            last_confirmed = max(last_confirmed, resident.confirmed.at)
            note = reached.get(number_of(resident.confirmed))
            if note is None:
                continue
            if note.chat_id != officer_chats[resident.officer_code]:
                misrouted += 1
                continue
            to_officer.append(note.at - resident.confirmed.at)
            last_notified = max(last_notified, note.at)
        first_press = min(r.pressed_at or 0.0 for r in order)
        with services.sessions() as session:
            in_db = session.execute(select(func.count(ServiceRequest.id))).scalar_one()
            handled = session.execute(
                select(ServiceRequest.resident_chat_id, Officer.code).join(
                    Officer, Officer.id == ServiceRequest.handler_officer_id
                )
            ).all()
            outbox = dict(
                session.execute(
                    select(OutboxMessage.status, func.count(OutboxMessage.id)).group_by(
                        OutboxMessage.status
                    )
                ).all()
            )
        expected = {r.chat: r.officer_code for r in residents}
        right_handler = sum(1 for chat, code in handled if expected.get(chat) == code)
        unconfirmed = len(order) - len(filed)
        lost = len(filed) - len(to_officer)

        print(
            f"{len(order)} presses of 'Wyślij' over {args.window:g} s "
            f"({len(order) / args.window:.1f}/s offered; worst press lag {lag * 1000:.0f} ms); "
            f"settled {settled:.1f} s after the window"
        )
        print(f"requests filed (resident confirmations): {len(filed)}/{len(order)}")
        print(
            f"requests in the database: {in_db}; with a handler: {len(handled)}, "
            f"the resident's area officer: {right_handler}; outbox: {outbox}"
        )
        print(
            f"notifications that reached the right officer: {len(to_officer)} "
            f"(misrouted {misrouted}); lost: {lost}"
        )
        print(f"resident's confirmation → officer's notification: {spread(to_officer)}")
        print(f"press → resident's confirmation: {spread(to_confirm)}")
        if filed:
            print(
                f"throughput: {len(filed) / (last_confirmed - first_press):.1f} requests/s "
                f"confirmed (first press to last confirmation), "
                f"{len(to_officer) / max(1e-9, last_notified - first_press):.1f}/s notified "
                "(first press to last notification)"
            )
        # An officer's chat gets at most one message a second (the bot's pacing): the gaps
        # show whether that, and not the outbox or the rate limiter, sets the pace.
        gaps = [
            later.at - earlier.at
            for chat in chats_of_officers
            for earlier, later in itertools.pairwise(
                [s for s in telegram.sent_to(chat) if s.at >= first_press]
            )
        ]
        print(f"gaps between messages to one officer: {spread(gaps)}")
        for resident in [r for r in order if r.confirmed is None][:5]:
            seen = [s.text[:100] for s in telegram.sent_to(resident.chat)][-3:]
            print(f"  unconfirmed: chat {resident.chat}, last messages: {seen}")
        # Everything but answerCallbackQuery waits for the rate limiter's turns (29/s).
        measured = [c for c in telegram.calls if c.at >= first_press]
        methods = collections.Counter(c.method for c in measured)
        limited = sum(n for m, n in methods.items() if m != "answerCallbackQuery")
        span = max((c.at for c in measured), default=first_press) - first_press
        print(
            f"calls from the first press on: {dict(methods.most_common())}; "
            f"{limited / max(span, 1e-9):.1f}/s of them through the rate limiter over {span:.0f} s"
        )
        print(f"calls the bot abandoned before the server had read them: {telegram.abandoned}")
        print(
            f"outbox job runs skipped while the previous run was still delivering: "
            f"{OUTBOX_RUNS.skipped}; started late: {OUTBOX_RUNS.late}"
        )
        failed = lost or unconfirmed or in_db != len(filed) or right_handler != len(filed)
        return 1 if failed else 0
    finally:
        if app.updater.running:
            await app.updater.stop()
        await app.stop()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
        await app.shutdown()
        await telegram.stop()
        use_services(None)


if __name__ == "__main__":
    sys.exit(main())
