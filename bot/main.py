"""Starts the bot: Telegram (polling or webhook) with a token, a console chat without."""

from __future__ import annotations

import logging
import secrets

from telegram import Update

from bot import logs
from bot.config import Settings
from bot.conversation.dialogue import Dialogue
from bot.conversation.engine import RasaEngine
from bot.wiring import Services, use_services

log = logging.getLogger(__name__)


def _quiet_loggers() -> None:
    # httpx logs every request URL, and Telegram URLs contain the bot token.
    for name in ("httpx", "httpcore", "rasa", "rasa_sdk", "tensorflow", "absl"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # A broadcast keeps the outbox job running for minutes: APScheduler warns at every skipped
    # interval. A job's exception is still logged (ERROR).
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    # "Skipping validation for `slot`" on every form step: the slots need no validation.
    logging.getLogger("rasa_sdk.forms").setLevel(logging.ERROR)


def run(settings: Settings) -> int:
    logs.configure()
    _quiet_loggers()
    services = Services.build(settings)
    use_services(services)
    print("Loading the language model…", flush=True)
    engine = RasaEngine(
        settings.model_path,
        tracker_store_url=settings.tracker_store_url,
        lock_store_url=settings.lock_store_url,
    )
    dialogue = Dialogue(engine)
    if not settings.telegram_bot_token:
        from bot.console import run_console

        return run_console(dialogue, services)

    from bot.telegram.app import build_application

    app = build_application(
        settings.telegram_bot_token, settings.telegram_base_url, dialogue, services
    )
    if settings.telegram_webhook_url:
        secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
        # PTB rejects updates whose X-Telegram-Bot-Api-Secret-Token header differs.
        app.run_webhook(
            listen=settings.telegram_webhook_listen,
            port=settings.telegram_webhook_port,
            url_path="telegram",
            webhook_url=settings.telegram_webhook_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    engine.close()
    return 0
