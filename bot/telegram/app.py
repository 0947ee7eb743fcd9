"""Builds the python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import BotCommand
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.conversation.dialogue import CONVERSATION_TTL_SECONDS, Dialogue
from bot.db.models import utcnow
from bot.telegram.handlers import TelegramHandlers
from bot.telegram.officers import OfficerHandlers
from bot.telegram.ordering import PerChatUpdateProcessor
from bot.telegram.outbox import OutboxSender
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
) -> Application:  # type: ignore[type-arg]
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(PerChatUpdateProcessor(256))
        .job_queue(None)  # APScheduler 3.9 (pinned by rasa) is too old for PTB's job queue
        .connection_pool_size(64)
        .build()
    )
    sender = Sender(
        app.bot, services.chats, ChatPacer(pacing_interval), on_blocked=services.tips.end_for_chat
    )
    officers = OfficerHandlers(services, sender)
    tips = TipsHandlers(services, sender, clock)
    TelegramHandlers(
        dialogue, services.chats, sender, officers, tips, on_gone=services.tips.end_for_chat
    ).register(app)
    outbox = OutboxSender(services.sessions, sender)
    # One scheduler per process; its jobs keep no state of their own (the outbox is in the
    # database and claimed row by row), so replicas can each run one.
    scheduler = AsyncIOScheduler(timezone=services.settings.timezone)
    scheduler.add_job(
        outbox.deliver_due, "interval", seconds=outbox_interval, max_instances=1, coalesce=True
    )
    # Deadlines are columns of the requests, scanned here: nothing to lose in a restart, and
    # a second replica's scan finds the reminders already claimed.
    scheduler.add_job(
        _check_deadlines(services),
        "interval",
        seconds=deadlines_interval,
        max_instances=1,
        coalesce=True,
    )
    # Tips are due-time columns of the subscriptions, scanned here: after downtime the scan
    # finds what is due (and the outbox's unique key keeps a slot from being sent twice).
    scheduler.add_job(
        _plan_tips(services, clock),
        "interval",
        seconds=tips_interval,
        max_instances=1,
        coalesce=True,
    )
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
        scheduler.start()

    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        if scheduler.running:
            scheduler.shutdown(wait=False)

    app.post_init = post_init
    app.post_shutdown = post_shutdown
    app.bot_data["outbox"] = outbox
    return app


def _plan_tips(services: Services, clock: Callable[[], datetime]) -> Callable[[], Awaitable[None]]:
    async def plan() -> None:
        await asyncio.to_thread(services.tips.plan_due, clock())

    return plan


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
