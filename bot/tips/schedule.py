"""Slots: the moments a subscription is due, computed in local time.

A slot is `hour`:00 local time (Europe/Warsaw) on the days of the frequency: every day,
Monday and Thursday (twice_weekly) or Monday (weekly). Class groups skip the days that are
not school days (bot/tips/school_calendar.py); a weekly Monday in a break is skipped, not
moved. Slots are computed from the local date and hour with zoneinfo and
only then turned into UTC, so 8:00 stays 8:00 across the changes to and from summer time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Literal
from zoneinfo import ZoneInfo

from bot.tips.school_calendar import SchoolCalendar

Frequency = Literal["daily", "twice_weekly", "weekly"]
FREQUENCIES: tuple[str, ...] = ("daily", "twice_weekly", "weekly")
_WEEKDAYS: dict[str, frozenset[int]] = {
    "daily": frozenset(range(7)),
    "twice_weekly": frozenset({0, 3}),  # Monday, Thursday
    "weekly": frozenset({0}),  # Monday
}
# More than the longest gap between two slots: a class group's summer holidays (about ten
# weeks) next to a week of ferie or a public holiday.
_SEARCH_DAYS = 120


def is_slot_day(day: date, frequency: str, school: SchoolCalendar | None) -> bool:
    """`school`: the calendar of a class group (school days only); None for a private chat."""
    if day.weekday() not in _WEEKDAYS[frequency]:
        return False
    return school is None or school.is_school_day(day)


def _slot(day: date, hour: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=zone).astimezone(timezone.utc)


def next_slot(
    after: datetime, frequency: str, hour: int, school: SchoolCalendar | None, zone: ZoneInfo
) -> datetime:
    """The first slot strictly after `after` (aware), in UTC."""
    day = after.astimezone(zone).date()
    for _ in range(_SEARCH_DAYS):
        if is_slot_day(day, frequency, school):
            slot = _slot(day, hour, zone)
            if slot > after:
                return slot
        day += timedelta(days=1)
    raise AssertionError(f"no slot within {_SEARCH_DAYS} days after {after}")


def latest_slot(
    at_or_before: datetime, frequency: str, hour: int, school: SchoolCalendar | None, zone: ZoneInfo
) -> datetime:
    """The last slot at or before `at_or_before` (aware), in UTC."""
    day = at_or_before.astimezone(zone).date()
    for _ in range(_SEARCH_DAYS):
        if is_slot_day(day, frequency, school):
            slot = _slot(day, hour, zone)
            if slot <= at_or_before:
                return slot
        day -= timedelta(days=1)
    raise AssertionError(f"no slot within {_SEARCH_DAYS} days before {at_or_before}")
