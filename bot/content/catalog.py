"""The safety content as the police content owner reviews it: every answer with its source,
the date it was last checked and, for law with a pending change, a date to recheck by.

Answers live next to their training questions (nlu_data/nlu/faq/*.yml, Rasa responses with
`metadata`); the emergency texts in bot/safety/emergency_texts.yml. `problems` is what
`make test` enforces; `report` is what `dzielnicowy content report` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.config import PROJECT_ROOT

FAQ_DIR = PROJECT_ROOT / "nlu_data" / "nlu" / "faq"
EMERGENCY_TEXTS = Path(__file__).resolve().parent.parent / "safety" / "emergency_texts.yml"
MAX_ANSWER_LENGTH = 700
# The only phone numbers the bot may give (verified; see README "Content").
ALLOWED_NUMBERS = frozenset(
    {"112", "997", "116111", "116123", "800702222", "800120002", "800121212", "986", "8080"}
)
# Digit groups shaped like a phone number ('112', '116 123', '800 70 2222', '+48 42 …').
_NUMBER = re.compile(
    r"(?<![\d/])(?:\+48[ \u00a0]?)?(?:\d{2}[ \u00a0])?\d{3,4}(?:[ \u00a0-]?\d{2,4}){0,3}(?![\d/])"
)
# Words that make a number in the text a phone number ('pod 997', 'numer 8080', 'tel. …').
_PHONE_CUE = re.compile(
    r"(?:dzwo\w*|zadzwo\w*|numer\w*|telefon\w*|tel\.|infolini\w*|lini\w*|sms\w*|esemes\w*|"
    r"wyślij|prześlij|pod|na)\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Answer:
    key: str
    title: str
    text: str
    sources: tuple[Source, ...]
    checked: date | None
    recheck_by: date | None
    file: Path
    line: int

    @property
    def where(self) -> str:
        try:
            shown = self.file.relative_to(PROJECT_ROOT)
        except ValueError:
            shown = self.file
        return f"{shown}:{self.line}"


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _answer(key: str, body: dict[str, Any], file: Path, line: int) -> Answer:
    metadata = body.get("metadata") or {}
    sources = tuple(
        Source(str(s.get("title") or ""), str(s.get("url") or ""))
        for s in metadata.get("sources") or []
        if isinstance(s, dict)
    )
    return Answer(
        key=key,
        title=str(metadata.get("title") or ""),
        text=str(body.get("text") or ""),
        sources=sources,
        checked=_date(metadata.get("checked")),
        recheck_by=_date(metadata.get("recheck_by")),
        file=file,
        line=line,
    )


def _line_of(lines: list[str], key: str) -> int:
    needle = f"{key}:"
    return next((i + 1 for i, line in enumerate(lines) if line.strip() == needle), 1)


def load(faq_dir: Path = FAQ_DIR, emergency_texts: Path = EMERGENCY_TEXTS) -> list[Answer]:
    answers: list[Answer] = []
    for path in sorted(faq_dir.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for name, variations in (yaml.safe_load(text).get("responses") or {}).items():
            for body in variations or []:
                if (body.get("metadata") or {}).get("abstention"):
                    continue  # the placeholder of questions no answer covers, never shown
                answers.append(
                    _answer(name.removeprefix("utter_"), body, path, _line_of(lines, name))
                )
    if emergency_texts.exists():
        text = emergency_texts.read_text(encoding="utf-8")
        lines = text.splitlines()
        data = yaml.safe_load(text)
        for name in ("call_112", "crisis_lines"):
            answers.append(_answer(f"emergency/{name}", data[name], emergency_texts,
                                   _line_of(lines, name)))
        for name, body in (data.get("tips") or {}).items():
            answers.append(_answer(f"emergency/tip_{name}", body, emergency_texts,
                                   _line_of(lines, name)))
    return answers


def phone_numbers(text: str) -> list[str]:
    """The phone numbers an answer gives: the verified ones wherever they stand, any other
    digit group when the words before it call it a number ('zadzwoń pod 123 456 789')."""
    found = []
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0)).removeprefix("48")
        before = text[max(0, match.start() - 25) : match.start()]
        if digits in ALLOWED_NUMBERS or _PHONE_CUE.search(before):
            found.append(digits)
    return found


def problems(answers: list[Answer], today: date) -> list[str]:
    """One line per problem: file:line: key: what is wrong."""
    found: list[str] = []
    for a in answers:
        def problem(what: str, answer: Answer = a) -> None:
            found.append(f"{answer.where}: {answer.key}: {what}")

        if not a.text.strip():
            problem("no text")
        if len(a.text) > MAX_ANSWER_LENGTH:
            problem(f"text is {len(a.text)} characters (at most {MAX_ANSWER_LENGTH})")
        if a.key.startswith("faq/") and not a.title:
            problem("metadata.title missing")
        if not a.sources:
            problem("metadata.sources missing")
        for source in a.sources:
            if not source.title:
                problem("a source without a title")
            if not source.url.startswith(("https://", "http://")):
                problem(f"source url {source.url!r} is not an http(s) address")
        if a.checked is None:
            problem("metadata.checked missing or not a YYYY-MM-DD date")
        elif a.checked > today:
            problem(f"metadata.checked {a.checked} is in the future")
        if a.recheck_by is not None and a.checked is not None and a.recheck_by < a.checked:
            problem("metadata.recheck_by is before metadata.checked")
        for number in phone_numbers(a.text):
            if number not in ALLOWED_NUMBERS:
                problem(f"phone number {number} is not one of the verified help numbers")
        if re.search(r"\b(?:dzwoń|zadzwoń|dzwonić|zadzwonić) na (?:numer )?112\b", a.text, re.I):
            problem("write 'dzwoń pod 112' (one form everywhere)")
    return found


def report(answers: list[Answer], today: date, max_age_days: int) -> list[str]:
    """Answers past their recheck date first, then by the age of their last check."""
    lines = []
    overdue = [a for a in answers if a.recheck_by is not None and a.recheck_by < today]
    if overdue:
        lines.append(f"Past their 'recheck by' date ({len(overdue)}):")
        for a in sorted(overdue, key=lambda a: a.recheck_by or today):
            lines.append(f"  {a.recheck_by}  {a.key}  ({a.where})")
    due = [a for a in answers if a.checked and (today - a.checked).days > max_age_days]
    lines.append(
        f"Checked more than {max_age_days} days ago: {len(due)} of {len(answers)}."
    )
    lines.append("By the age of their last check (oldest first):")
    for a in sorted(answers, key=lambda a: (a.checked or date.min, a.key)):
        age = f"{(today - a.checked).days:>4} d" if a.checked else "   ? "
        recheck = f"  recheck by {a.recheck_by}" if a.recheck_by else ""
        lines.append(f"  {age}  {a.checked or 'never'}  {a.key}{recheck}")
    return lines
