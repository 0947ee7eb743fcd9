from __future__ import annotations

import pytest

from bot.registry.numbers import HouseNumber, NumbersError, NumberSpec


def h(text: str) -> HouseNumber:
    return HouseNumber.parse(text)


@pytest.mark.parametrize(
    ("spec", "inside", "outside"),
    [
        ("", ["1", "999b"], []),
        ("całość", ["7"], []),
        ("5-31a", ["5", "5a", "31", "31a"], ["4", "31b", "32"]),
        ("5a-10", ["5a", "5b", "10c"], ["5", "11"]),
        ("1-199 nieparzyste", ["1", "13a", "199"], ["2", "200", "201"]),
        ("2-200 parzyste", ["2", "12a", "200b"], ["1", "13", "202"]),
        ("150-", ["150", "9999"], ["149"]),
        ("1, 3, 5a", ["1", "3", "5a"], ["2", "5", "5b"]),
    ],
)
def test_contains(spec: str, inside: list[str], outside: list[str]) -> None:
    parsed = NumberSpec.parse(spec)
    assert all(parsed.contains(h(n)) for n in inside)
    assert not any(parsed.contains(h(n)) for n in outside)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("1-99 nieparzyste", "2-100 parzyste", False),
        ("1-31a", "31b-50", False),
        ("1-31", "31b-50", True),  # '31' covers every 31x
        ("1-9 nieparzyste", "4-6", True),
        ("3-3 nieparzyste", "4-10 parzyste", False),
        ("1, 3", "2-10 parzyste", False),
        ("1, 4", "2-10 parzyste", True),
        ("", "5", True),
        ("100-", "1-99", False),
        ("100-", "150-", True),
    ],
)
def test_overlaps(a: str, b: str, overlap: bool) -> None:
    assert NumberSpec.parse(a).overlaps(NumberSpec.parse(b)) is overlap
    assert NumberSpec.parse(b).overlaps(NumberSpec.parse(a)) is overlap


@pytest.mark.parametrize("spec", ["abc", "10-5", "5- parzyste", "1,,3", "0", "1-2-3"])
def test_malformed(spec: str) -> None:
    with pytest.raises(NumbersError):
        NumberSpec.parse(spec)
