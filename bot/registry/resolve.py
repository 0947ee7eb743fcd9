"""Free-text Polish address -> city, street, house number -> officer (or what to ask)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.registry.forms import PREFIX_WORDS
from bot.registry.index import RegistryIndex, StreetRef
from bot.registry.normalize import words
from bot.registry.numbers import HouseNumber
from bot.registry.towns import COMMON_WORDS
from bot.registry.vocabulary import canonical

Kind = Literal["officer", "ask_city", "ask_street", "ask_number", "not_found", "outside_area"]

_NUMBER = re.compile(r"^(\d{1,5})([a-z]?)(?:/\w+)?$")
_FLAT_MARKERS = frozenset({"m", "lok", "lokal", "lokalu", "mieszk", "mieszkania", "mieszkanie"})
# Single letters that are words (prepositions, conjunctions), never a house-number letter.
_NOT_LETTERS = frozenset("wziou")
# Words residents use around an address; never corrected into a street name.
_STOP_WORDS = frozenset(
    [
        "mieszkam",
        "mieszkamy",
        "mieszka",
        "dzielnicowy",
        "dzielnicowym",
        "dzielnicowego",
        "dzielnicowa",
        "dzielnicowej",
        "dzielnicowi",
        "szukam",
        "prosze",
        "potrzebuje",
        "chcialbym",
        "chcialabym",
        "kontakt",
        "numer",
        "adres",
        "adresem",
        "mojego",
        "mojej",
        "naszego",
        "naszej",
        "ktory",
        "ktora",
        "gdzie",
        "jestem",
        "bedzie",
    ]
)


@dataclass(frozen=True)
class Resolution:
    kind: Kind
    officer_code: str | None = None
    city: str | None = None
    street: str | None = None
    house: HouseNumber | None = None
    # cities or streets to choose from; for outside_area: the towns this bot covers
    options: tuple[str, ...] = field(default=())

    @property
    def mentions_place(self) -> bool:
        """The text names a street, a town or a house number: an answer to 'your address?'."""
        return self.kind != "not_found" or self.city is not None or self.house is not None


@dataclass
class _Token:
    text: str
    house: HouseNumber | None = None
    used: bool = False


# Words after which a town's name is expected.
_TOWN_CUES = frozenset(
    {"w", "we", "z", "ze", "do", "miejscowosc", "miejscowosci", "miasto", "miescie", "miasta",
     "gmina", "gminie", "gm", "pod", "kolo"}
)


def _tokenize(text: str) -> list[_Token]:
    raw = canonical(words(text))
    tokens: list[_Token] = []
    i = 0
    while i < len(raw):
        match = _NUMBER.match(raw[i])
        if not match or int(match.group(1)) == 0:
            tokens.append(_Token(raw[i]))
            i += 1
            continue
        letter = match.group(2)
        i += 1
        if (
            not letter
            and i < len(raw)
            and len(raw[i]) == 1
            and raw[i] not in _NOT_LETTERS
            and not _flat_follows(raw, i)
        ):
            letter = raw[i]  # '12 A'
            i += 1
        if _flat_follows(raw, i):
            i += 2  # '12 m. 4', '12 lok. 4': the flat does not change the officer
        elif i < len(raw) and raw[i].startswith("/"):
            i += 1
        tokens.append(_Token(match.group(1), HouseNumber(int(match.group(1)), letter)))
    return tokens


def _flat_follows(raw: list[str], i: int) -> bool:
    return i + 1 < len(raw) and raw[i] in _FLAT_MARKERS and raw[i + 1][:1].isdigit()


def _find_city(index: RegistryIndex, tokens: list[_Token]) -> str | None:
    for size in range(index.max_city_words, 0, -1):
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            city = index.cities.get(tuple(t.text for t in window))
            if city is not None and not any(t.used for t in window):
                for t in window:
                    t.used = True
                return city
    return None


def _find_foreign_town(
    index: RegistryIndex, tokens: list[_Token], street: tuple[set[StreetRef], int, int] | None
) -> str | None:
    """A town outside the registry, where a town is expected: after 'w', 'z', 'miejscowość',
    right after the house number or before the street ('Kraków, Floriańska 5'), or alone."""
    street_start, street_end = (street[2], street[1]) if street else (-1, -1)
    for size in range(min(index.max_town_words, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            end = start + size
            if start < street_end and end > street_start:
                continue
            window = tokens[start:end]
            if any(t.used or t.house for t in window):
                continue
            town = index.foreign_towns.get(tuple(t.text for t in window))
            if town is None:
                continue
            before = tokens[start - 1] if start > 0 else None
            cued = before is not None and before.text in _TOWN_CUES
            placed = (
                start == 0
                or (before is not None and before.house is not None)
                or end == street_start
                or (end < len(tokens) and tokens[end].text in PREFIX_WORDS)
                or len(tokens) == size
            )
            common = size == 1 and window[0].text in COMMON_WORDS
            if cued or (placed and not common):
                return town
    return None


def _find_street(
    index: RegistryIndex, tokens: list[_Token]
) -> tuple[set[StreetRef], int, int] | None:
    """The street named in the text, the position right after its name and its start."""
    for size in range(min(index.max_key_words, len(tokens)), 0, -1):
        found: list[tuple[set[StreetRef], int, int]] = []
        for start in range(len(tokens) - size + 1):
            window = tokens[start : start + size]
            if any(t.used for t in window) or window[0].text in PREFIX_WORDS:
                continue
            refs = index.keys.get(tuple(t.text for t in window))
            if refs:
                found.append((refs, start + size, start))
        if found:
            return _prefer_numbered(found, tokens)
    fuzzy: list[tuple[set[StreetRef], int, int]] = []
    for pos, token in enumerate(tokens):
        if token.used or token.house or token.text in _STOP_WORDS:
            continue
        refs = set().union(*(index.keys[(w,)] for w in index.fuzzy_words(token.text)))
        if refs:
            fuzzy.append((refs, pos + 1, pos))
    return _prefer_numbered(fuzzy, tokens) if fuzzy else None


def _prefer_numbered(
    found: list[tuple[set[StreetRef], int, int]], tokens: list[_Token]
) -> tuple[set[StreetRef], int, int]:
    for refs, end, start in found:
        if end < len(tokens) and tokens[end].house is not None:
            return refs, end, start
    return found[0]


def resolve(index: RegistryIndex, text: str) -> Resolution:
    tokens = _tokenize(text)
    city = _find_city(index, tokens)
    street = _find_street(index, tokens)
    house = next(
        (t.house for t in tokens[street[1] if street else 0 :] if t.house and not t.used), None
    )
    if city is None:
        town = _find_foreign_town(index, tokens, street)
        if town is not None:
            return Resolution("outside_area", city=town, house=house, options=index.covered_cities)
    if street is None:
        return Resolution("not_found", city=city, house=house)
    refs = street[0]
    if city is not None:
        refs = {r for r in refs if r.city == city}
        if not refs:
            return Resolution("not_found", city=city)
    cities = sorted({r.city for r in refs})
    if len(cities) > 1:
        return Resolution("ask_city", house=house, options=tuple(cities))
    if len(refs) > 1:
        return Resolution(
            "ask_street", city=cities[0], house=house, options=tuple(sorted(r.street for r in refs))
        )
    ref = next(iter(refs))
    segments = index.streets[ref]
    base = {"city": ref.city, "street": ref.street, "house": house}
    if house is None:
        officers = {s.officer_code for s in segments}
        if len(officers) == 1 and any(s.spec.is_whole for s in segments):
            return Resolution("officer", officer_code=officers.pop(), **base)  # type: ignore[arg-type]
        return Resolution("ask_number", **base)  # type: ignore[arg-type]
    covering = {s.officer_code for s in segments if s.spec.contains(house)}
    if len(covering) == 1:
        return Resolution("officer", officer_code=covering.pop(), **base)  # type: ignore[arg-type]
    # No officer, or (never after a validated import) two: never guess.
    return Resolution("not_found", **base)  # type: ignore[arg-type]
