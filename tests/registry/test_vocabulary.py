"""Spellings of street and town names that must meet: titles, dates as words, town cases."""

from __future__ import annotations

import pytest

from bot.registry.index import AreaRow, RegistryIndex
from bot.registry.resolve import resolve
from bot.registry.towns import town_forms
from bot.registry.vocabulary import canonical


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["ksiedza", "skorupki"], ["ks", "skorupki"]),
        (["sw", "jerzego"], ["sw", "jerzego"]),
        (["swietego", "jerzego"], ["sw", "jerzego"]),
        (["generala", "bema"], ["gen", "bema"]),
        (["szostego", "sierpnia"], ["6", "sierpnia"]),
        (["dwudziestego", "osmego", "pulku"], ["28", "pulku"]),
        (["rewolucji", "1905", "roku", "12"], ["rewolucji", "1905", "12"]),
        (["drugiego"], ["drugiego"]),  # a lone ordinal is not a date
    ],
)
def test_canonical_forms(words: list[str], expected: list[str]) -> None:
    assert canonical(words) == expected


@pytest.mark.parametrize(
    ("town", "typed"),
    [
        ("Kraków", "krakowie"),
        ("Tomaszów Mazowiecki", "tomaszowie mazowieckim"),
        ("Zielona Góra", "zielonej gorze"),
        ("Koluszki", "koluszkach"),
        ("Warszawa", "warszawie"),
        ("Kutno", "kutnie"),
        ("Poznań", "poznaniu"),
        ("Bielsko-Biała", "bielsku bialej"),
    ],
)
def test_town_cases(town: str, typed: str) -> None:
    assert tuple(typed.split()) in town_forms(town)


@pytest.fixture(scope="module")
def titled() -> RegistryIndex:
    rows = [
        ("A", "Łódź", "ul. Św. Jerzego", "całość"),
        ("B", "Łódź", "os. Zielone Wzgórze", "całość"),
        ("C", "Łódź", "ul. Gen. Józefa Bema", "1-20"),
        ("D", "Łódź", "ul. Józefa Piłsudskiego", "całość"),
        ("E", "Łódź", "ul. 3 Maja", "całość"),
        ("F", "Łódź", "ul. 1 Maja", "całość"),
    ]
    return RegistryIndex(AreaRow(*row) for row in rows)


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("św. Jerzego 4", "A"),
        ("Świętego Jerzego 4", "A"),
        ("swietego jerzego 4", "A"),
        ("Jerzego 4", "A"),
        ("os. Zielone Wzgórze 12", "B"),
        ("osiedle Zielone Wzgórze 12", "B"),
        ("na osiedlu Zielone Wzgórze 12", "B"),
        ("Generała Bema 3", "C"),
        ("gen. Bema 3", "C"),
        ("Bema 3", "C"),
        ("trzeciego maja 2", "E"),
        ("3 Maja 2", "E"),
        ("pierwszego maja 2", "F"),
    ],
)
def test_titles_and_dates_both_ways(titled: RegistryIndex, text: str, officer: str) -> None:
    result = resolve(titled, text)
    assert result.kind == "officer" and result.officer_code == officer, result


def test_a_word_shared_by_two_streets_is_not_distinctive(titled: RegistryIndex) -> None:
    # 'Józefa' names both Bema and Piłsudskiego; 'Maja' two dates: neither alone decides.
    assert resolve(titled, "Józefa 3").kind == "not_found"
    assert resolve(titled, "Maja 2").kind == "not_found"


def test_a_town_outside_the_registry_names_the_towns_covered(titled: RegistryIndex) -> None:
    result = resolve(titled, "Jerzego 4, Kraków")
    assert result.kind == "outside_area"
    assert result.city == "Kraków" and result.options == ("Łódź",)
