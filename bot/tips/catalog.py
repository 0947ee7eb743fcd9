"""The tips catalogue: a YAML file the content writer edits, validated and imported whole.

    tips:
    - id: seniorzy-wnuczek                 # unique, stays the same when the text changes
      text: "Dzwoni „wnuczek” i prosi o pieniądze? …"      # at most 600 characters
      audiences: [seniorzy, rodzice]       # see AUDIENCES
      seasons: [grudniowe zakupy]          # optional, see bot/tips/seasons.py
      sources:                             # at least one
      - title: "Policja – oszustwa „na wnuczka”"
        url: "https://policja.pl/..."
      checked: 2026-11-20                  # when someone last checked it against the sources

Validation collects every problem as `file:line: problem` (the line of the tip's `- id:`);
`import_catalog` writes nothing unless the whole file is clean. A tip missing from a newer
file is retired (never sent again), not deleted: deliveries keep pointing at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import PROJECT_ROOT
from bot.content.catalog import ALLOWED_NUMBERS, phone_numbers
from bot.db.models import Tip
from bot.tips.seasons import SEASONS

DEFAULT_CATALOG = Path(__file__).resolve().parent / "data" / "tips.yml"
MAX_TEXT = 600
AUDIENCES: tuple[str, ...] = (
    "dzieci i młodzież",
    "rodzice",
    "nauczyciele",
    "seniorzy",
    "kierowcy",
    "rowerzyści i hulajnogi",
    "wszyscy",
)
EVERYONE = "wszyscy"
KEYS = ("id", "text", "audiences", "seasons", "sources", "checked")
_ID = re.compile(r"^[a-z0-9][a-z0-9_./-]{0,79}$")
_CALL_ON_112 = re.compile(r"\b(?:dzwoń|zadzwoń|dzwonić|zadzwonić) na (?:numer )?112\b", re.I)


class CatalogError(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = errors


@dataclass(frozen=True)
class TipSource:
    title: str
    url: str


@dataclass(frozen=True)
class CatalogTip:
    id: str
    text: str
    audiences: tuple[str, ...]
    seasons: tuple[str, ...]
    sources: tuple[TipSource, ...]
    checked: date
    line: int


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0  # text, audiences, seasons, sources or date changed, or back from retired
    retired: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        return (
            f"added {self.added}, updated {self.updated}, retired {self.retired}, "
            f"unchanged {self.unchanged}"
        )


@dataclass
class _Problems:
    name: str
    errors: list[str] = field(default_factory=list)

    def add(self, line: int, what: str) -> None:
        self.errors.append(f"{self.name}:{line}: {what}")


def shown_path(path: Path) -> str:
    """Relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def _strings(value: Any) -> list[str] | None:
    """A YAML list of strings (or one string) as a list; None for anything else."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value]
    return None


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _choices(
    value: Any, allowed: tuple[str, ...], what: str, line: int, problems: _Problems
) -> tuple[str, ...]:
    items = _strings(value)
    if items is None:
        problems.add(line, f"{what} must be a list of names")
        return ()
    unknown = [v for v in items if v not in allowed]
    for name in unknown:
        problems.add(line, f"unknown {what[:-1]} {name!r} (one of: {', '.join(allowed)})")
    # Catalogue order, each once.
    return tuple(a for a in allowed if a in items)


def _tip(item: Any, line: int, today: date, problems: _Problems) -> CatalogTip | None:
    if not isinstance(item, dict):
        problems.add(line, "a tip must be a mapping with id, text, audiences, sources, checked")
        return None
    before = len(problems.errors)
    for key in item:
        if key not in KEYS:
            problems.add(line, f"unknown key {key!r} (expected: {', '.join(KEYS)})")
    tip_id = item.get("id")
    if not isinstance(tip_id, str) or not _ID.match(tip_id):
        problems.add(
            line,
            f"id {tip_id!r}: need lower-case letters, digits, '-', '_', '.' or '/' "
            "(at most 80 characters)",
        )
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.add(line, "text missing")
        text = ""
    text = text.strip()
    if len(text) > MAX_TEXT:
        problems.add(line, f"text is {len(text)} characters (at most {MAX_TEXT})")
    for number in phone_numbers(text):
        if number not in ALLOWED_NUMBERS:
            problems.add(line, f"phone number {number} is not one of the verified help numbers")
    if _CALL_ON_112.search(text):
        problems.add(line, "write 'dzwoń pod 112' (one form everywhere)")
    audiences: tuple[str, ...] = ()
    if "audiences" not in item:
        problems.add(line, "audiences missing")
    elif _strings(item["audiences"]) == []:
        problems.add(line, "audiences is empty")
    else:
        audiences = _choices(item["audiences"], AUDIENCES, "audiences", line, problems)
    seasons: tuple[str, ...] = ()
    if item.get("seasons") is not None:
        seasons = _choices(item["seasons"], SEASONS, "seasons", line, problems)
    sources: list[TipSource] = []
    raw_sources = item.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        problems.add(line, "sources missing (at least one, with title and url)")
    else:
        for source in raw_sources:
            if not isinstance(source, dict):
                problems.add(line, "a source must be a mapping with title and url")
                continue
            title, url = source.get("title"), source.get("url")
            if not isinstance(title, str) or not title.strip():
                problems.add(line, "a source without a title")
            if not isinstance(url, str) or not url.startswith(("https://", "http://")):
                problems.add(line, f"source url {url!r} is not an http(s) address")
            sources.append(TipSource(str(title or "").strip(), str(url or "").strip()))
    checked = _date(item.get("checked"))
    if checked is None:
        problems.add(line, "checked missing or not a YYYY-MM-DD date")
    elif checked > today:
        problems.add(line, f"checked {checked} is in the future")
    if len(problems.errors) > before or checked is None or not isinstance(tip_id, str):
        return None
    return CatalogTip(tip_id, text, audiences, seasons, tuple(sources), checked, line)


def _tip_nodes(root: yaml.Node | None, problems: _Problems) -> list[yaml.Node] | None:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "tips":
                if isinstance(value, yaml.SequenceNode):
                    return list(value.value)
                problems.add(value.start_mark.line + 1, "'tips' must be a list")
                return None
    line = root.start_mark.line + 1 if root is not None else 1
    problems.add(line, "expected a top-level 'tips:' list")
    return None


def validate(path: Path, today: date | None = None) -> tuple[list[CatalogTip], list[str]]:
    """The tips of the file and every problem found in it (tips only when there is none)."""
    today = today or date.today()
    problems = _Problems(shown_path(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [f"{problems.name}: file not found"]
    except UnicodeDecodeError as exc:
        return [], [f"{problems.name}: not UTF-8 (byte {exc.start})"]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.add(mark.line + 1 if mark else 1, f"not valid YAML: {exc.problem or exc}")
        return [], problems.errors
    nodes = _tip_nodes(root, problems)
    if nodes is None:
        return [], problems.errors
    items = data["tips"]
    if not items:
        problems.add(1, "no tips (an empty catalogue would retire every tip)")
    tips: list[CatalogTip] = []
    first_line: dict[str, int] = {}
    for node, item in zip(nodes, items, strict=True):
        line = node.start_mark.line + 1
        tip = _tip(item, line, today, problems)
        tip_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(tip_id, str):
            if tip_id in first_line:
                problems.add(line, f"duplicate id {tip_id!r} (first on line {first_line[tip_id]})")
                continue
            first_line[tip_id] = line
        if tip is not None:
            tips.append(tip)
    if problems.errors:
        return [], problems.errors
    return tips, []


def load_catalog(path: Path = DEFAULT_CATALOG, today: date | None = None) -> list[CatalogTip]:
    """Raises CatalogError with every problem."""
    tips, errors = validate(path, today)
    if errors:
        raise CatalogError(errors)
    return tips


def _sources_json(tip: CatalogTip) -> list[dict[str, str]]:
    return [{"title": s.title, "url": s.url} for s in tip.sources]


def import_catalog(
    session: Session,
    path: Path = DEFAULT_CATALOG,
    now: datetime | None = None,
    today: date | None = None,
) -> ImportReport:
    """Validates the whole file, then writes it in the caller's transaction. Raises
    CatalogError (and writes nothing) when anything is wrong. Importing the same file twice
    changes nothing."""
    tips = load_catalog(path, today)
    now = now or datetime.now(timezone.utc)
    report = ImportReport()
    existing = {row.key: row for row in session.execute(select(Tip)).scalars()}
    for tip in tips:
        values = {
            "text": tip.text,
            "audiences": list(tip.audiences),
            "seasons": list(tip.seasons),
            "sources": _sources_json(tip),
            "checked": tip.checked,
        }
        row = existing.pop(tip.id, None)
        if row is None:
            session.add(Tip(key=tip.id, active=True, created_at=now, updated_at=now, **values))
            report.added += 1
            continue
        changed = not row.active or any(getattr(row, k) != v for k, v in values.items())
        if not changed:
            report.unchanged += 1
            continue
        for key, value in values.items():
            setattr(row, key, value)
        row.active, row.retired_at, row.updated_at = True, None, now
        report.updated += 1
    for row in existing.values():
        if row.active:
            row.active, row.retired_at, row.updated_at = False, now, now
            report.retired += 1
    session.flush()
    return report
