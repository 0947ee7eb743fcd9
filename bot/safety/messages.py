"""The emergency answers: the 112 line, one sentence for the kind of emergency, crisis lines.

The texts live in emergency_texts.yml with their sources and check date, like every answer.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.safety.assess import Assessment

TEXTS_FILE = Path(__file__).with_name("emergency_texts.yml")


@lru_cache(maxsize=1)
def texts() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TEXTS_FILE.read_text(encoding="utf-8"))
    return data


def call_112() -> str:
    return str(texts()["call_112"]["text"])


def crisis_lines() -> str:
    return str(texts()["crisis_lines"]["text"])


def tip(category: str | None) -> str:
    tips = texts()["tips"]
    return str((tips.get(category or "other") or tips["other"])["text"])


def alarm_replies(assessment: Assessment) -> list[str]:
    """What goes first, before anything else the bot says. Urgent: the 112 line and what to
    do in the first minute, as one message; crisis: the crisis lines too; possible: the 112
    line alone on top of the usual answer."""
    if not assessment.alarm:
        return []
    first = call_112()
    if assessment.level == "urgent":
        first = f"{first}\n{tip(assessment.category)}"
    return [first, crisis_lines()] if assessment.crisis else [first]
