"""Polish public holidays (days free from work, Ustawa o dniach wolnych od pracy), computed:
fixed dates and those that follow Easter. Class groups get no tips on them, nor in school
breaks (bot/tips/school_calendar.py).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

_FIXED = (
    (1, 1),  # Nowy Rok
    (1, 6),  # Trzech Króli
    (5, 1),  # Święto Pracy
    (5, 3),  # Święto Konstytucji 3 Maja
    (8, 15),  # Wniebowzięcie NMP
    (11, 1),  # Wszystkich Świętych
    (11, 11),  # Święto Niepodległości
    (12, 25),  # Boże Narodzenie
    (12, 26),  # drugi dzień Bożego Narodzenia
)
CHRISTMAS_EVE_FROM = 2025  # Wigilia: a public holiday from 2025 (the act as amended in 2024)


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[date]:
    easter = easter_sunday(year)
    days = {date(year, month, day) for month, day in _FIXED}
    days |= {
        easter,
        easter + timedelta(days=1),  # Poniedziałek Wielkanocny
        easter + timedelta(days=49),  # Zielone Świątki (a Sunday)
        easter + timedelta(days=60),  # Boże Ciało
    }
    if year >= CHRISTMAS_EVE_FROM:
        days.add(date(year, 12, 24))
    return frozenset(days)
