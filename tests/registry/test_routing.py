"""The routing set: typed addresses against the demo registry, 100% expected."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.registry.importer import parse_files
from bot.registry.index import AreaRow, RegistryIndex
from bot.registry.resolve import resolve
from tests.conftest import DEMO_DIR

CASES = Path(__file__).with_name("routing_cases.csv")


def _cases() -> list[tuple[str, str]]:
    with CASES.open(encoding="utf-8") as f:
        return [(row["text"], row["expected"]) for row in csv.DictReader(f)]


@pytest.fixture(scope="module")
def index() -> RegistryIndex:
    parsed = parse_files(DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    assert parsed.errors == []
    return RegistryIndex(AreaRow(a.officer_id, a.city, a.street, a.numbers) for a in parsed.areas)


def test_the_set_is_large_and_covers_every_outcome() -> None:
    expected = [e for _, e in _cases()]
    assert len(expected) >= 200
    assert {e.split(":")[0] for e in expected} == {
        "officer", "ask_city", "ask_number", "not_found", "outside_area"
    }


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_routing(index: RegistryIndex, text: str, expected: str) -> None:
    result = resolve(index, text)
    got = f"officer:{result.officer_code}" if result.kind == "officer" else result.kind
    assert got == expected, f"{text!r}: {result}"


def test_ambiguous_city_offers_the_cities(index: RegistryIndex) -> None:
    result = resolve(index, "Kilińskiego 5")
    assert result.kind == "ask_city"
    assert set(result.options) == {"Łódź", "Pabianice"}
    assert result.officer_code is None
