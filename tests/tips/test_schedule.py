"""Slots in local time: across the 2026 clock changes, by frequency, school days for groups."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.tips.config import TipsConfig
from bot.tips.holidays import easter_sunday, is_school_day, public_holidays
from bot.tips.schedule import latest_slot, next_slot
from tests.tips.conftest import WARSAW, local, warsaw


def slots(start: datetime, count: int, frequency: str, hour: int, group: bool) -> list[datetime]:
    found, moment = [], start
    for _ in range(count):
        moment = next_slot(moment, frequency, hour, group, WARSAW)
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
    assert next_slot(eight, "daily", 8, False, WARSAW) == warsaw(2026, 3, 11, 8)
    assert next_slot(eight - timedelta(seconds=1), "daily", 8, False, WARSAW) == eight
    assert latest_slot(eight, "daily", 8, False, WARSAW) == eight
    assert latest_slot(eight - timedelta(seconds=1), "daily", 8, False, WARSAW) == warsaw(
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


def test_groups_skip_weekends_and_public_holidays() -> None:
    # Thursday 2 April 2026 → Easter is 5 April: Easter Monday 6 April is a holiday.
    found = slots(warsaw(2026, 4, 2, 12), 4, "daily", 9, True)
    assert [local(s).strftime("%a %d.%m %H:%M") for s in found] == [
        "Fri 03.04 09:00",
        "Tue 07.04 09:00",
        "Wed 08.04 09:00",
        "Thu 09.04 09:00",
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
    assert not is_school_day(date(2026, 11, 11)) and is_school_day(date(2026, 11, 12))


def test_config_hours() -> None:
    config = TipsConfig()
    assert list(config.private_hours()) == list(range(7, 21))
    assert list(config.group_hours()) == list(range(8, 15))
    with pytest.raises(ValueError):
        TipsConfig(quiet_start=6, quiet_end=7)
