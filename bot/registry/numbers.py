"""House numbers and the `numbers` column of the areas CSV.

Accepted specs: '' or 'całość' (whole street); 'N-M'; 'N-M nieparzyste' / 'N-M parzyste';
'N-' (from N to the end); a list '1, 3, 5a'. Bounds may carry a letter ('31a').
A range covers the letter variants of its numbers: '1-20' covers '12a'; '5a-31a' starts at 5a
(5 itself is out) and ends at 31a (31b is out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.registry.normalize import fold

Parity = Literal["odd", "even"] | None

_HOUSE = re.compile(r"^(\d{1,5})\s*([a-z]?)$")
_RANGE = re.compile(
    r"^(?P<lo>\d{1,5}\s*[a-z]?)\s*-\s*(?P<hi>\d{1,5}\s*[a-z]?)?\s*(?P<parity>nieparzyste|parzyste)?$"
)
_WHOLE = {"", "calosc", "cala", "caly", "cale"}


class NumbersError(ValueError):
    """The numbers spec is malformed; the message is operator-facing (English)."""


@dataclass(frozen=True, order=True)
class HouseNumber:
    number: int
    letter: str = ""

    @classmethod
    def parse(cls, text: str) -> HouseNumber:
        match = _HOUSE.match(fold(text).strip())
        if not match or int(match.group(1)) == 0:
            raise NumbersError(f"not a house number: {text!r}")
        return cls(int(match.group(1)), match.group(2))

    def __str__(self) -> str:
        return f"{self.number}{self.letter}"


@dataclass(frozen=True)
class NumberSpec:
    """Which house numbers of a street an area covers."""

    low: HouseNumber | None = None  # None with listed=None: the whole street
    high: HouseNumber | None = None  # None: to the end of the street
    parity: Parity = None
    listed: frozenset[HouseNumber] | None = None

    @property
    def is_whole(self) -> bool:
        return self.low is None and self.listed is None

    def contains(self, house: HouseNumber) -> bool:
        if self.listed is not None:
            return house in self.listed
        if self.low is None:
            return True
        if self.parity == "odd" and house.number % 2 == 0:
            return False
        if self.parity == "even" and house.number % 2 == 1:
            return False
        if house < self.low:
            return False
        if self.high is None:
            return True
        if self.high.letter == "":
            return house.number <= self.high.number
        return house <= self.high

    def overlaps(self, other: NumberSpec) -> bool:
        if self.is_whole or other.is_whole:
            return True
        if self.listed is not None:
            return any(other.contains(h) for h in self.listed)
        if other.listed is not None:
            return any(self.contains(h) for h in other.listed)
        return _ranges_overlap(self, other)

    @classmethod
    def parse(cls, text: str) -> NumberSpec:
        raw = " ".join(fold(text).split())
        if raw in _WHOLE:
            return cls()
        if "," in raw or _HOUSE.match(raw):
            items = [item.strip() for item in raw.split(",")]
            if any(not item for item in items):
                raise NumbersError(f"empty item in list {text!r}")
            return cls(listed=frozenset(HouseNumber.parse(item) for item in items))
        match = _RANGE.match(raw)
        if not match:
            raise NumbersError(
                f"malformed numbers {text!r} (expected '', 'całość', 'N-M', "
                "'N-M parzyste', 'N-M nieparzyste', 'N-' or a list '1, 3, 5a')"
            )
        low = HouseNumber.parse(match.group("lo"))
        high = HouseNumber.parse(match.group("hi")) if match.group("hi") else None
        if high is not None and (high.number, high.letter) < (low.number, low.letter):
            raise NumbersError(f"range {text!r} ends before it starts")
        parity_word = match.group("parity")
        if parity_word and high is None:
            raise NumbersError(f"'{parity_word}' needs a closed range N-M in {text!r}")
        parity: Parity = {"nieparzyste": "odd", "parzyste": "even"}.get(parity_word or "")  # type: ignore[assignment]
        return cls(low=low, high=high, parity=parity)


def _ranges_overlap(a: NumberSpec, b: NumberSpec) -> bool:
    assert a.low is not None and b.low is not None
    low = max(a.low, b.low)
    highs = [h for h in (a.high, b.high) if h is not None]
    # An upper bound without a letter covers all letter variants of its number.
    high_keys = [(h.number, h.letter or "~") for h in highs]
    if high_keys and (low.number, low.letter) > min(high_keys):
        return False
    parities = {p for p in (a.parity, b.parity) if p is not None}
    if len(parities) == 2:
        return False
    if not parities:
        return True
    wanted = 1 if parities == {"odd"} else 0
    last = min(high_keys)[0] if high_keys else low.number + 2
    return any(n % 2 == wanted for n in range(low.number, min(last, low.number + 1) + 1))
