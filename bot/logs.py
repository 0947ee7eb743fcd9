"""Log lines of the running bot: JSON, one per line, with the id of the Telegram update being
handled — and nothing a resident wrote.

Our own code logs fixed sentences only. Libraries may put message texts, addresses or URLs
with the bot token into their DEBUG and INFO records (Rasa logs each parsed message, httpx each
request URL), so below WARNING only the bot's own loggers are let through, and every line is
scrubbed of anything shaped like a bot token or a phone number on the way out.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import TextIO

OWN_LOGGERS = ("bot", "actions", "bench", "__main__")
_update_id: ContextVar[int | None] = ContextVar("update_id", default=None)
_TOKEN = re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}")
_PHONE = re.compile(r"(?<!\d)(?:\+?48[ -]?)?\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)")


def set_update_id(update_id: int | None) -> None:
    """Called when an update starts being handled: log lines of its handling carry the id."""
    _update_id.set(update_id)


def scrub(text: str) -> str:
    return _PHONE.sub("<phone>", _TOKEN.sub("<token>", text))


class OwnBelowWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.startswith(OWN_LOGGERS)


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        update_id = _update_id.get()
        if update_id is not None:
            line["update_id"] = update_id
        if record.exc_info and record.exc_info[0] is not None:
            # The type and where, not the exception's message (it may quote the input).
            line["error"] = record.exc_info[0].__name__
            frames = traceback.extract_tb(record.exc_info[2])
            if frames:
                line["at"] = f"{frames[-1].filename}:{frames[-1].lineno} in {frames[-1].name}"
        return json.dumps(line, ensure_ascii=False)


def configure(level: int = logging.INFO, stream: TextIO | None = None) -> logging.Handler:
    """Replaces the root logger's handlers with one JSON-lines handler; returns it."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    handler.addFilter(OwnBelowWarning())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
