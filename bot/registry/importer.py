"""All-or-nothing import of the officers and areas CSV files.

Validation reads both files completely and collects every problem; only a clean pair is
written, in one transaction. Re-importing the same files changes nothing. An officer missing
from a new file is deactivated, not deleted, so a linked Telegram account and open requests
survive until the officer comes back or the requests are closed.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from bot.db.models import Officer, PoliceUnit, RegistryVersion, StreetSegment
from bot.registry.numbers import NumbersError, NumberSpec

OFFICER_COLUMNS = (
    "officer_id",
    "rank",
    "first_name",
    "last_name",
    "unit",
    "phone",
    "email",
    "duty_hours",
)
AREA_COLUMNS = ("officer_id", "city", "street", "numbers")
_REQUIRED_OFFICER_FIELDS = ("officer_id", "rank", "first_name", "last_name", "unit", "phone")
# Optional column `role`: empty or missing means an ordinary dzielnicowy.
ROLES = ("dzielnicowy", "kierownik")
DEFAULT_ROLE = "dzielnicowy"


class ImportFailed(Exception):
    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors


@dataclass
class ImportReport:
    officers_added: int = 0
    officers_updated: int = 0
    officers_deactivated: int = 0
    segments_added: int = 0
    segments_removed: int = 0

    @property
    def changed(self) -> bool:
        return any(vars(self).values())


@dataclass
class _OfficerRow:
    values: dict[str, str]
    line: int


@dataclass
class _AreaRow:
    officer_id: str
    city: str
    street: str
    numbers: str
    spec: NumberSpec
    line: int


@dataclass
class _Parsed:
    officers: dict[str, _OfficerRow] = field(default_factory=dict)
    areas: list[_AreaRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _read(
    path: Path, columns: tuple[str, ...], errors: list[str]
) -> list[tuple[int, dict[str, str]]]:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        errors.append(f"{path}: file not found")
        return []
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 (byte {exc.start})")
        return []
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in columns if c not in header]
    if missing:
        errors.append(f"{name}:1: missing column(s): {', '.join(missing)}")
        return []
    reader.fieldnames = header
    rows = []
    for record in reader:
        line = reader.line_num
        if None in record:
            errors.append(f"{name}:{line}: more fields than columns (unquoted comma?)")
            continue
        values = {k: (v or "").strip() for k, v in record.items()}
        if not any(values.values()):
            continue
        rows.append((line, values))
    return rows


def parse_files(officers_csv: Path, areas_csv: Path) -> _Parsed:
    parsed = _Parsed()
    errors = parsed.errors
    o_name, a_name = officers_csv.name, areas_csv.name
    for line, values in _read(officers_csv, OFFICER_COLUMNS, errors):
        empty = [c for c in _REQUIRED_OFFICER_FIELDS if not values[c]]
        if empty:
            errors.append(f"{o_name}:{line}: empty field(s): {', '.join(empty)}")
            continue
        code = values["officer_id"]
        if code in parsed.officers:
            first = parsed.officers[code].line
            errors.append(f"{o_name}:{line}: duplicate officer_id {code!r} (first on line {first})")
            continue
        role = values.get("role", "").casefold() or DEFAULT_ROLE
        if role not in ROLES:
            errors.append(
                f"{o_name}:{line}: role must be dzielnicowy or kierownik, not {values['role']!r}"
            )
            continue
        values["role"] = role
        parsed.officers[code] = _OfficerRow(values, line)
    _check_one_head_per_unit(parsed, o_name)
    for line, values in _read(areas_csv, AREA_COLUMNS, errors):
        code = values["officer_id"]
        if code not in parsed.officers:
            errors.append(f"{a_name}:{line}: unknown officer_id {code!r}")
            continue
        if not values["city"] or not values["street"]:
            errors.append(f"{a_name}:{line}: empty city or street")
            continue
        try:
            spec = NumberSpec.parse(values["numbers"])
        except NumbersError as exc:
            errors.append(f"{a_name}:{line}: {exc}")
            continue
        parsed.areas.append(
            _AreaRow(code, values["city"], values["street"], values["numbers"], spec, line)
        )
    _check_overlaps(parsed, a_name)
    if not parsed.officers and not errors:
        errors.append(f"{o_name}: no officers")
    return parsed


def _check_one_head_per_unit(parsed: _Parsed, name: str) -> None:
    # Escalations and unassigned requests go to the unit's kierownik: two would split them.
    heads: dict[str, _OfficerRow] = {}
    for code, row in parsed.officers.items():
        if row.values["role"] != "kierownik":
            continue
        unit = row.values["unit"]
        first = heads.setdefault(unit, row)
        if first is not row:
            parsed.errors.append(
                f"{name}:{row.line}: second kierownik of {unit!r}: {code} "
                f"(line {row.line}) and {first.values['officer_id']} (line {first.line})"
            )


def _check_overlaps(parsed: _Parsed, name: str) -> None:
    by_street: dict[tuple[str, str], list[_AreaRow]] = defaultdict(list)
    for area in parsed.areas:
        by_street[(area.city.casefold(), area.street.casefold())].append(area)
    for rows in by_street.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a.officer_id != b.officer_id and a.spec.overlaps(b.spec):
                    parsed.errors.append(
                        f"{name}:{b.line}: {b.street} ({b.city}) numbers {b.numbers or 'całość'!r}"
                        f" of {b.officer_id} overlap line {a.line} of {a.officer_id}"
                    )


def import_registry(session: Session, officers_csv: Path, areas_csv: Path) -> ImportReport:
    """Validate both files, then replace the registry. Raises ImportFailed, writing nothing."""
    parsed = parse_files(officers_csv, areas_csv)
    if parsed.errors:
        raise ImportFailed(parsed.errors)
    report = ImportReport()
    units = {u.name: u for u in session.execute(select(PoliceUnit)).scalars()}
    officers = {o.code: o for o in session.execute(select(Officer)).scalars()}
    for code, row in parsed.officers.items():
        values = row.values
        unit = units.get(values["unit"])
        if unit is None:
            unit = units[values["unit"]] = PoliceUnit(name=values["unit"])
            session.add(unit)
        fields = {
            "rank": values["rank"],
            "first_name": values["first_name"],
            "last_name": values["last_name"],
            "phone": values["phone"],
            "email": values["email"],
            "duty_hours": values["duty_hours"],
            "role": values["role"],
            "active": True,
        }
        officer = officers.get(code)
        if officer is None:
            officer = officers[code] = Officer(code=code, unit=unit, **fields)
            session.add(officer)
            report.officers_added += 1
        elif officer.unit is not unit or any(getattr(officer, k) != v for k, v in fields.items()):
            officer.unit = unit
            for key, value in fields.items():
                setattr(officer, key, value)
            report.officers_updated += 1
    for code, officer in officers.items():
        if code not in parsed.officers and officer.active:
            officer.active = False
            report.officers_deactivated += 1
    session.flush()

    wanted = {(a.officer_id, a.city, a.street, a.numbers) for a in parsed.areas}
    id_to_code = {o.id: code for code, o in officers.items()}
    kept: set[tuple[str, str, str, str]] = set()
    stale: list[int] = []
    current = session.execute(
        select(
            StreetSegment.id,
            StreetSegment.officer_id,
            StreetSegment.city,
            StreetSegment.street,
            StreetSegment.numbers,
        )
    )
    for segment_id, officer_id, city, street, numbers in current:
        found = (id_to_code[officer_id], city, street, numbers)
        if found in wanted and found not in kept:
            kept.add(found)
        else:
            stale.append(segment_id)
    for start in range(0, len(stale), 500):
        session.execute(
            delete(StreetSegment).where(StreetSegment.id.in_(stale[start : start + 500]))
        )
    report.segments_removed = len(stale)
    new_rows = [
        {"officer_id": officers[code].id, "city": city, "street": street, "numbers": numbers}
        for code, city, street, numbers in sorted(wanted - kept)
    ]
    if new_rows:
        session.execute(insert(StreetSegment), new_rows)
    report.segments_added = len(new_rows)
    if report.changed:
        version = session.get(RegistryVersion, 1)
        if version is None:
            session.add(RegistryVersion(id=1, version=1))
        else:
            version.version += 1
    return report
