"""Slots in local time: across the 2026 clock changes, by frequency, school days for groups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.tips.config import TipsConfig
from bot.tips.holidays import easter_sunday, public_holidays
from bot.tips.schedule import latest_slot, next_slot
from bot.tips.school_calendar import SchoolCalendar, first_lesson_day, last_lesson_day, parse_ranges
from tests.tips.conftest import WARSAW, local, warsaw

SCHOOL = SchoolCalendar()


def slots(
    start: datetime,
    count: int,
    frequency: str,
    hour: int,
    group: bool,
    school: SchoolCalendar = SCHOOL,
) -> list[datetime]:
    found, moment = [], start
    for _ in range(count):
        moment = next_slot(moment, frequency, hour, school if group else None, WARSAW)
        found.append(moment)
    return found


@pytest.mark.parametrize(
    ("first_day", "change"),
    [((2026, 3, 27), (2026, 3, 29)), ((2026, 10, 23), (2026, 10, 25))],
)
def test_daily_8_00_stays_8_00_across_the_clock_changes(
    first_day: tuple[int, int, int], change: tuple[int, int, int]
) -> None:
    found = slots(warsaw(*first_day, 12), 5, "daily", 8, False)
    assert [local(s).strftime("%d.%m %H:%M") for s in found] == [
        (date(*first_day) + timedelta(days=d)).strftime("%d.%m 08:00") for d in range(1, 6)
    ]
    # In UTC the hour moves by one on the day of the change.
    utc_hours = [s.hour for s in found]
    assert len(set(utc_hours)) == 2
    changed_at = next(i for i, s in enumerate(found) if local(s).date() == date(*change))
    assert utc_hours[changed_at] != utc_hours[changed_at - 1]


def test_strictly_after_now() -> None:
    eight = warsaw(2026, 3, 10, 8)
    assert next_slot(eight, "daily", 8, None, WARSAW) == warsaw(2026, 3, 11, 8)
    assert next_slot(eight - timedelta(seconds=1), "daily", 8, None, WARSAW) == eight
    assert latest_slot(eight, "daily", 8, None, WARSAW) == eight
    assert latest_slot(eight - timedelta(seconds=1), "daily", 8, None, WARSAW) == warsaw(
        2026, 3, 9, 8
    )


def test_weekly_on_mondays_and_twice_weekly_on_mondays_and_thursdays() -> None:
    start = warsaw(2026, 3, 25, 12)  # a Wednesday
    weekly = slots(start, 3, "weekly", 18, False)
    assert [local(s).strftime("%a %d.%m %H:%M") for s in weekly] == [
        "Mon 30.03 18:00",
        "Mon 06.04 18:00",
        "Mon 13.04 18:00",
    ]
    twice = slots(start, 4, "twice_weekly", 7, False)
    assert [local(s).strftime("%a %d.%m %H:%M") for s in twice] == [
        "Thu 26.03 07:00",
        "Mon 30.03 07:00",
        "Thu 02.04 07:00",
        "Mon 06.04 07:00",
    ]


def test_groups_skip_weekends_public_holidays_and_school_breaks() -> None:
    # Wednesday 1 April 2026; Easter is 5 April: the Easter break runs from Thursday 2 to
    # Tuesday 7 April (Easter Monday is also a public holiday).
    found = slots(warsaw(2026, 4, 1, 6), 4, "daily", 9, True)
    assert [local(s).strftime("%a %d.%m %H:%M") for s in found] == [
        "Wed 01.04 09:00",
        "Wed 08.04 09:00",
        "Thu 09.04 09:00",
        "Fri 10.04 09:00",
    ]
    # Weekly on Monday: Easter Monday is skipped, not moved.
    weekly = slots(warsaw(2026, 3, 31, 12), 2, "weekly", 9, True)
    assert [local(s).date() for s in weekly] == [date(2026, 4, 13), date(2026, 4, 20)]
    # May: 1 May (Friday) and Corpus Christi (4 June) too.
    may = slots(warsaw(2026, 4, 30, 12), 1, "daily", 9, True)
    assert local(may[0]).date() == date(2026, 5, 4)
    assert local(slots(warsaw(2026, 6, 3, 12), 1, "daily", 9, True)[0]).date() == date(2026, 6, 5)
    # The same days for a private chat.
    assert local(slots(warsaw(2026, 4, 2, 12), 2, "daily", 9, False)[1]).date() == date(2026, 4, 4)


def test_holidays() -> None:
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2027) == date(2027, 3, 28)
    assert easter_sunday(2038) == date(2038, 4, 25)
    holidays = public_holidays(2026)
    assert len(holidays) == 14  # 9 fixed, 4 from Easter, Wigilia (from 2025)
    assert date(2026, 6, 4) in holidays and date(2026, 12, 24) in holidays
    assert date(2024, 12, 24) not in public_holidays(2024)
    assert not SCHOOL.is_school_day(date(2026, 11, 11)) and SCHOOL.is_school_day(date(2026, 11, 12))


def test_config_hours() -> None:
    config = TipsConfig()
    assert list(config.private_hours()) == list(range(7, 21))
    assert list(config.group_hours()) == list(range(8, 15))
    with pytest.raises(ValueError):
        TipsConfig(quiet_start=6, quiet_end=7)


def test_school_year_dates_follow_the_regulation() -> None:
    # Lessons end on the first Friday after 20 June, start on the first weekday of
    # September (the Monday after a Friday or Saturday 1 September).
    assert [last_lesson_day(y) for y in (2023, 2024, 2025, 2026)] == [
        date(2023, 6, 23), date(2024, 6, 21), date(2025, 6, 27), date(2026, 6, 26)
    ]
    assert [first_lesson_day(y) for y in (2023, 2024, 2025, 2026)] == [
        date(2023, 9, 4), date(2024, 9, 2), date(2025, 9, 1), date(2026, 9, 1)
    ]


def test_groups_get_nothing_in_the_summer_holidays_and_the_christmas_break() -> None:
    summer = slots(warsaw(2026, 6, 25, 12), 2, "daily", 9, True)
    assert [local(s).date() for s in summer] == [date(2026, 6, 26), date(2026, 9, 1)]
    weekly = slots(warsaw(2026, 6, 16, 12), 2, "weekly", 9, True)
    assert [local(s).date() for s in weekly] == [date(2026, 6, 22), date(2026, 9, 7)]
    christmas = slots(warsaw(2026, 12, 22, 12), 1, "daily", 9, True)
    assert local(christmas[0]).date() == date(2027, 1, 4)  # 1 Jan a holiday, then a weekend
    # A private chat has no school calendar.
    private = slots(warsaw(2026, 6, 25, 12), 2, "daily", 9, False)
    assert local(private[1]).date() == date(2026, 6, 27)
    # After the summer, the latest slot of a group is still the last day of lessons.
    august = warsaw(2026, 8, 20, 12)
    assert local(latest_slot(august, "daily", 9, SCHOOL, WARSAW)).date() == date(2026, 6, 26)


def test_ferie_zimowe_are_the_operators_dates() -> None:
    ferie = SchoolCalendar(parse_ranges("2027-01-18..2027-01-31"))
    assert local(slots(warsaw(2027, 1, 15, 12), 1, "daily", 9, True)[0]).date() == date(2027, 1, 18)
    with_ferie = slots(warsaw(2027, 1, 15, 12), 1, "daily", 9, True, ferie)
    assert local(with_ferie[0]).date() == date(2027, 2, 1)
    with pytest.raises(ValueError):
        parse_ranges("2027-01-18")
    with pytest.raises(ValueError):
        SchoolCalendar(parse_ranges("2027-01-31..2027-01-18"))
