"""The bot of the tips delivery benchmark, as a process of its own (bench/tips_delivery.py
starts it, kills it and starts it again): the real Application, with its scheduler, on the
given database and Bot API server, without a language model.

    python bench/delivery_bot.py --database-url URL --base-url URL --token TOKEN
        [--clock-offset SECONDS]
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.conversation.dialogue import Dialogue  # noqa: E402
from bot.db.models import utcnow  # noqa: E402
from bot.telegram.app import build_application  # noqa: E402
from bot.wiring import Services, use_services  # noqa: E402


class NoConversations:
    """The benchmark's subscribers write nothing to the bot, so it needs no language model
    (loading one costs 13 s and 1.2 GB at every start)."""

    async def handle(self, sender_id: str, text: str) -> tuple[list[dict[str, Any]], Any]:
        raise RuntimeError("the delivery benchmark's bot holds no conversations")

    async def forget(self, sender_id: str) -> None:
        return None

    async def forget_idle(self, max_idle_seconds: float) -> int:
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument(
        "--clock-offset",
        type=float,
        default=0.0,
        help="seconds added to the time the tips planning sees (the slot's day and hour)",
    )
    parser.add_argument("--tips-interval", type=float, default=1.0, help="tips planning job")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="bot %(levelname)s %(name)s: %(message)s")
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # A broadcast's outbox run lasts minutes; each run it makes the scheduler skip is a warning.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    services = Services.build(Settings(database_url=args.database_url))
    use_services(services)
    offset = timedelta(seconds=args.clock_offset)

    def clock() -> datetime:
        return utcnow() + offset

    app = build_application(
        args.token,
        args.base_url,
        Dialogue(NoConversations()),
        services,
        tips_interval=args.tips_interval,
        clock=clock,
    )
    app.run_polling(allowed_updates=Update.ALL_TYPES)
    services.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
