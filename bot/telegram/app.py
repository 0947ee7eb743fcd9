"""Builds the python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import BotCommand
from telegram.ext import Application, ApplicationBuilder

from bot.chats.migration import move_chat
from bot.conversation.dialogue import CONVERSATION_TTL_SECONDS, Dialogue
from bot.db.models import utcnow
from bot.outbox.service import LEASE
from bot.scheduling.leader import LeaderLease
from bot.telegram.flood import FloodGate
from bot.telegram.handlers import TelegramHandlers
from bot.telegram.officers import OfficerHandlers
from bot.telegram.ordering import PerChatUpdateProcessor
from bot.telegram.outbox import OutboxSender
from bot.telegram.rate_limit import RateLimiter
from bot.telegram.sender import ChatPacer, Sender
from bot.telegram.texts import COMMANDS
from bot.telegram.tips import TipsHandlers
from bot.wiring import Services

log = logging.getLogger(__name__)


def build_application(
    token: str,
    base_url: str,
    dialogue: Dialogue,
    services: Services,
    *,
    outbox_interval: float = 2.0,
    deadlines_interval: float = 60.0,
    tips_interval: float = 60.0,
    clock: Callable[[], datetime] = utcnow,
    pacing_interval: float = 1.0,
    outbox_lease: timedelta = LEASE,
    leader: LeaderLease | None = None,
    leader_renew_seconds: float = 10.0,
) -> Application:  # type: ignore[type-arg]
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .rate_limiter(RateLimiter(max_retries=3))
        .concurrent_updates(PerChatUpdateProcessor(256))
        .job_queue(None)  # APScheduler 3.9 (pinned by rasa) is too old for PTB's job queue
        .connection_pool_size(64)
        .build()
    )
    moved = partial(move_chat, services.sessions)
    sender = Sender(
        app.bot,
        services.chats,
        ChatPacer(pacing_interval),
        on_blocked=services.tips.end_for_chat,
        on_migrated=moved,
    )
    officers = OfficerHandlers(services, sender)
    tips = TipsHandlers(services, sender, clock)
    TelegramHandlers(
        dialogue,
        services.chats,
        sender,
        officers,
        tips,
        on_gone=services.tips.end_for_chat,
        on_migrated=moved,
        flood=FloodGate(services.settings.flood_per_minute),
        notice=services.notice,
    ).register(app)
    outbox = OutboxSender(services.sessions, sender, lease=outbox_lease)
    # One scheduler per process, but its jobs run on one replica at a time: the holder of the
    # leader lease (bot/scheduling/leader.py). The outbox too: Telegram's 30 messages/s are
    # per bot, so one sender paces them. A run of the outbox job lasts until nothing is due
    # (a broadcast: minutes), and the next one starts after it.
    leader = leader or LeaderLease(services.sessions)
    only_leader = partial(_if_leader, leader)
    scheduler = AsyncIOScheduler(timezone=services.settings.timezone)
    scheduler.add_job(
        _renew(leader), "interval", seconds=leader_renew_seconds, max_instances=1, coalesce=True
    )
    scheduler.add_job(
        only_leader(outbox.deliver_due),
        "interval",
        seconds=outbox_interval,
        max_instances=1,
        coalesce=True,
    )
    # Deadlines are columns of the requests, scanned here: nothing to lose in a restart, and
    # a second replica's scan finds the reminders already claimed.
    scheduler.add_job(
        only_leader(_check_deadlines(services)),
        "interval",
        seconds=deadlines_interval,
        max_instances=1,
        coalesce=True,
    )
    # Personal data past its retention: at start and every 6 hours.
    scheduler.add_job(
        only_leader(_apply_retention(services, clock)),
        "interval",
        hours=6,
        next_run_time=utcnow(),
        max_instances=1,
        coalesce=True,
    )
    # Tips are due-time columns of the subscriptions, scanned here: after downtime the scan
    # finds what is due (and the outbox's unique key keeps a slot from being sent twice).
    scheduler.add_job(
        only_leader(_plan_tips(services, clock)),
        "interval",
        seconds=tips_interval,
        max_instances=1,
        coalesce=True,
    )
    # Every replica: with conversations in process memory, each forgets its own.
    scheduler.add_job(
        dialogue.forget_idle,
        "interval",
        minutes=10,
        max_instances=1,
        coalesce=True,
        kwargs={"max_idle_seconds": CONVERSATION_TTL_SECONDS},
    )

    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
        await asyncio.to_thread(leader.try_acquire)
        scheduler.start()

    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        if scheduler.running:
            scheduler.shutdown(wait=False)
        with contextlib.suppress(Exception):  # the database may be what is going away
            await asyncio.to_thread(leader.release)

    app.post_init = post_init
    app.post_shutdown = post_shutdown
    app.bot_data["outbox"] = outbox
    return app


def _renew(leader: LeaderLease) -> Callable[[], Awaitable[None]]:
    async def renew() -> None:
        try:
            await asyncio.to_thread(leader.try_acquire)
        except Exception:  # a database outage: the lease lapses, the jobs wait
            log.warning("scheduled jobs: the leader lease could not be renewed", exc_info=True)

    return renew


def _if_leader(
    leader: LeaderLease, job: Callable[[], Awaitable[object]]
) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        if leader.holds():
            await job()

    return run


def _plan_tips(services: Services, clock: Callable[[], datetime]) -> Callable[[], Awaitable[None]]:
    async def plan() -> None:
        await asyncio.to_thread(services.tips.plan_due, clock())

    return plan


def _apply_retention(
    services: Services, clock: Callable[[], datetime]
) -> Callable[[], Awaitable[None]]:
    async def sweep() -> None:
        report = await asyncio.to_thread(services.apply_retention, clock())
        if report.requests or report.chats:
            log.info(
                "retention: %d closed requests anonymized, %d inactive chats forgotten",
                report.requests,
                report.chats,
            )

    return sweep


def _check_deadlines(services: Services) -> Callable[[], Awaitable[None]]:
    async def check() -> None:
        report = await asyncio.to_thread(services.requests.check_deadlines, utcnow())
        if report.reminders or report.escalations or report.assigned or report.unrouted:
            log.info(
                "request deadlines: %d reminders, %d escalations, %d assigned, %d unrouted",
                report.reminders,
                report.escalations,
                report.assigned,
                report.unrouted,
            )

    return check
