"""Seasons of the tips catalogue as yearly date windows (local dates, both ends included).

A tip with `seasons` is sent only on a day inside one of its windows, and before the tips
without seasons (see bot/tips/planning.py). The windows, in the words of the catalogue:

| season                  | window                       | why                               |
|-------------------------|------------------------------|-----------------------------------|
| ferie zimowe            | 12 January – end of February | see below                         |
| wakacje                 | 20 June – 31 August          | a week before the school year ends |
| początek roku szkolnego | 25 August – 20 September     | the way to school, new pupils     |
| Wszystkich Świętych     | 25 October – 3 November      | cemeteries, traffic, empty homes  |
| grudniowe zakupy        | 1 – 24 December              | pickpockets, parcel and shop scams |
| sylwester               | 27 December – 2 January      | fireworks, alcohol, the way home  |
| zima/mróz               | 1 December – 28/29 February  | cold, ice, people sleeping outside |
| sezon kąpielowy         | 1 June – 31 August           | swimming, unguarded water         |

**Ferie zimowe.** The two weeks of winter holidays move every year, and by voivodeship:
Łódź voivodeship's ferie have fallen anywhere from mid-January to the end of February. The
window is deliberately generous (12 January to the end of February) rather than the dates
of one year: a tip about ferie a few days early or late is still timely, and nobody has to
edit this table each year. A window that crosses New Year (sylwester) wraps around.
"""

from __future__ import annotations

from datetime import date

# (month, day) of the first and the last day. 29 February as an end covers 28 February in
# other years: days compare as (month, day) pairs.
SEASON_WINDOWS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "ferie zimowe": ((1, 12), (2, 29)),
    "wakacje": ((6, 20), (8, 31)),
    "początek roku szkolnego": ((8, 25), (9, 20)),
    "Wszystkich Świętych": ((10, 25), (11, 3)),
    "grudniowe zakupy": ((12, 1), (12, 24)),
    "sylwester": ((12, 27), (1, 2)),
    "zima/mróz": ((12, 1), (2, 29)),
    "sezon kąpielowy": ((6, 1), (8, 31)),
}
SEASONS: tuple[str, ...] = tuple(SEASON_WINDOWS)


def in_season(season: str, day: date) -> bool:
    """Raises KeyError for a season not in SEASON_WINDOWS."""
    start, end = SEASON_WINDOWS[season]
    key = (day.month, day.day)
    if start <= end:
        return start <= key <= end
    return key >= start or key <= end  # wraps around New Year


def seasons_on(day: date) -> frozenset[str]:
    return frozenset(season for season in SEASONS if in_season(season, day))
