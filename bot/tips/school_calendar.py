"""School days of class groups: weekdays that are neither public holidays nor school breaks.

The breaks follow the Minister of Education's regulation on the organisation of the school
year (rozporządzenie MEN z 11 sierpnia 2017 r. w sprawie organizacji roku szkolnego, § 2–3,
checked 2026-12-07):
- lessons end on the first Friday after 20 June and start on the first weekday of September,
  or on the Monday after 1 September when it falls on a Friday or Saturday (wakacje);
- the winter Christmas break runs from 23 to 31 December;
- the spring Easter break runs from the Thursday before Easter to the Tuesday after it.

Ferie zimowe are two weeks between mid-January and the end of February whose dates the
minister sets for each voivodeship and school year: the operator enters them
(TIPS_WINTER_BREAKS, see .env.example). Days a head teacher frees are each school's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.tips.holidays import easter_sunday, public_holidays

DateRange = tuple[date, date]  # both ends included


def last_lesson_day(year: int) -> date:
    """The first Friday after 20 June."""
    june_20 = date(year, 6, 20)
    return june_20 + timedelta(days=(4 - june_20.weekday()) % 7 or 7)


def first_lesson_day(year: int) -> date:
    september_1 = date(year, 9, 1)
    if september_1.weekday() >= 4:  # Friday to Sunday: the next Monday
        return september_1 + timedelta(days=7 - september_1.weekday())
    return september_1


@lru_cache(maxsize=64)
def statutory_breaks(year: int) -> tuple[DateRange, ...]:
    easter = easter_sunday(year)
    return (
        (easter - timedelta(days=3), easter + timedelta(days=2)),
        (last_lesson_day(year) + timedelta(days=1), first_lesson_day(year) - timedelta(days=1)),
        (date(year, 12, 23), date(year, 12, 31)),
    )


@dataclass(frozen=True)
class SchoolCalendar:
    winter_breaks: tuple[DateRange, ...] = ()

    def __post_init__(self) -> None:
        for start, end in self.winter_breaks:
            if end < start:
                raise ValueError(f"winter break {start}..{end}: the end is before the start")

    def is_school_day(self, day: date) -> bool:
        if day.weekday() >= 5 or day in public_holidays(day.year):
            return False
        breaks = statutory_breaks(day.year) + self.winter_breaks
        return not any(start <= day <= end for start, end in breaks)


def parse_ranges(text: str) -> tuple[DateRange, ...]:
    """'2027-01-18..2027-01-31, 2028-02-14..2028-02-27' → ranges; raises ValueError."""
    ranges = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        start, sep, end = part.partition("..")
        if not sep:
            raise ValueError(f"{part!r}: expected FIRST..LAST, e.g. 2027-01-18..2027-01-31")
        ranges.append((date.fromisoformat(start.strip()), date.fromisoformat(end.strip())))
    return tuple(ranges)
