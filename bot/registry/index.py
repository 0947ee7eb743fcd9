"""In-memory index of the registry: typed street forms -> streets -> numbered segments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.registry.forms import city_forms, name_words, street_keys, token_forms
from bot.registry.numbers import NumberSpec
from bot.registry.towns import foreign_town_index
from bot.registry.vocabulary import GIVEN_NAMES, TITLE_WORDS


@dataclass(frozen=True, order=True)
class StreetRef:
    city: str
    street: str  # official name with its prefix, as imported


@dataclass(frozen=True)
class Segment:
    officer_code: str
    spec: NumberSpec


@dataclass(frozen=True)
class AreaRow:
    officer_code: str
    city: str
    street: str
    numbers: str


FUZZY_MIN_LENGTH = 6


class RegistryIndex:
    def __init__(self, rows: Iterable[AreaRow]) -> None:
        self.streets: dict[StreetRef, list[Segment]] = defaultdict(list)
        self.keys: dict[tuple[str, ...], set[StreetRef]] = defaultdict(set)
        self.cities: dict[tuple[str, ...], str] = {}
        keys_of_name: dict[str, set[tuple[str, ...]]] = {}
        for row in rows:
            ref = StreetRef(row.city, row.street)
            self.streets[ref].append(Segment(row.officer_code, NumberSpec.parse(row.numbers)))
            if row.street not in keys_of_name:
                keys_of_name[row.street] = street_keys(row.street)
            for key in keys_of_name[row.street]:
                self.keys[key].add(ref)
            for form in city_forms(row.city):
                self.cities[tuple(form.split())] = row.city
        self._add_distinctive_words()
        self.covered_cities = tuple(sorted({ref.city for ref in self.streets}))
        self.foreign_towns = foreign_town_index(frozenset(self.covered_cities))
        self.max_key_words = max((len(k) for k in self.keys), default=0)
        self.max_city_words = max((len(k) for k in self.cities), default=0)
        self.max_town_words = max((len(k) for k in self.foreign_towns), default=0)
        # Symmetric-delete index for one-edit typos in one-word street names.
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for key in self.keys:
            if len(key) == 1 and len(key[0]) >= FUZZY_MIN_LENGTH:
                word = key[0]
                self._deletes[word].add(word)
                for i in range(len(word)):
                    self._deletes[word[:i] + word[i + 1 :]].add(word)

    def _add_distinctive_words(self) -> None:
        """'Skorupki', 'Rewolucji', 'Sierpnia' alone name their street where no other street
        of the same town has that word (titles, given names and numbers never do)."""
        streets_with: dict[tuple[str, str], set[StreetRef]] = defaultdict(set)
        for ref in self.streets:
            for word in name_words(ref.street):
                if len(word) >= 4 and not word.isdigit() and word not in TITLE_WORDS | GIVEN_NAMES:
                    streets_with[(ref.city, word)].add(ref)
        for (_, word), refs in streets_with.items():
            if len(refs) == 1:
                for form in token_forms(word):
                    self.keys[(form,)] |= refs

    def __len__(self) -> int:
        return sum(len(segments) for segments in self.streets.values())

    def fuzzy_words(self, word: str) -> set[str]:
        """Known one-word street forms within one edit (incl. a swap) of `word`."""
        if len(word) < FUZZY_MIN_LENGTH - 1:
            return set()
        candidates = set(self._deletes.get(word, ()))
        for i in range(len(word)):
            candidates |= self._deletes.get(word[:i] + word[i + 1 :], set())
        return {c for c in candidates if _within_one_edit(word, c)}


def _within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
