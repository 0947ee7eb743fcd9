"""Who a local alert reaches.

- `city`: class groups whose school is in that town, and private chats whose dzielnicowy
  (the officer of the address the resident gave, `set_area`) has streets in that city in
  the registry (street_segments.city).
- `street` (within the city): chats whose dzielnicowy has a segment of that street. Class
  groups are reached by street or officer only if they set their school's area too.
- `officer`: chats whose dzielnicowy is that officer (who must have streets in the city).
- `audience`: of those, the subscriptions that chose that audience ("wszyscy": everyone).

Private chats that never gave an address are not in any area: alerts do not reach them.
Names are compared folded (case and diacritics: 'lodz' is 'Łódź'); a street may be given
with or without its prefix ('Piotrkowska', 'ul. Piotrkowska').
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.models import Officer, StreetSegment, TipSubscription
from bot.registry.forms import name_words
from bot.registry.normalize import fold
from bot.tips.catalog import AUDIENCES, EVERYONE
from bot.tips.model import InvalidAlert

IN_CHUNK = 500


@dataclass(frozen=True)
class Recipient:
    chat_id: int
    group: bool


def _streets(session: Session, cities: list[str], street: str) -> set[str]:
    """The official names in those cities that the operator's street names."""
    names = set(
        session.execute(
            select(StreetSegment.street).where(StreetSegment.city.in_(cities)).distinct()
        ).scalars()
    )
    wanted = name_words(street)
    if not wanted:
        raise InvalidAlert(f"--street {street!r} names no street")
    exact = {n for n in names if name_words(n) == wanted}
    if exact:
        return exact
    ending = {n for n in names if name_words(n)[-len(wanted) :] == wanted}
    if len(ending) > 1:
        raise InvalidAlert(
            f"--street {street!r} is ambiguous in {', '.join(cities)}: {', '.join(sorted(ending))}"
        )
    if not ending:
        raise InvalidAlert(f"no street {street!r} in {', '.join(cities)} in the registry")
    return ending


def area_officers(
    session: Session, city: str, street: str | None, officer_code: str | None
) -> tuple[set[str], list[str]]:
    """The officer codes of the area, and the registry's spelling of the city (none when the
    registry has no such city: then only class groups can match)."""
    folded = fold(city.strip())
    cities = [
        c
        for c in session.execute(select(StreetSegment.city).distinct()).scalars()
        if fold(c) == folded
    ]
    if officer_code is not None:
        exists = session.execute(select(Officer.id).where(Officer.code == officer_code)).first()
        if exists is None:
            raise InvalidAlert(f"no officer {officer_code!r} in the registry")
    if not cities:
        if street is not None or officer_code is not None:
            raise InvalidAlert(f"no city {city!r} in the registry")
        return set(), []
    query = (
        select(Officer.code)
        .join(StreetSegment, StreetSegment.officer_id == Officer.id)
        .where(StreetSegment.city.in_(cities))
        .distinct()
    )
    if street is not None:
        query = query.where(StreetSegment.street.in_(_streets(session, cities, street)))
    if officer_code is not None:
        query = query.where(Officer.code == officer_code)
    codes = set(session.execute(query).scalars())
    if officer_code is not None and not codes:
        where = f"{street!r} in {city}" if street else city
        raise InvalidAlert(f"officer {officer_code!r} has no streets on {where}")
    return codes, cities


def officer_city(session: Session, officer_code: str) -> str:
    """The city where the officer has the most street segments (an alert by officer reaches
    the chats of that officer wherever their streets are)."""
    city = session.execute(
        select(StreetSegment.city)
        .join(Officer, StreetSegment.officer_id == Officer.id)
        .where(Officer.code == officer_code)
        .group_by(StreetSegment.city)
        .order_by(func.count().desc(), StreetSegment.city)
        .limit(1)
    ).scalar()
    if city is None:
        raise InvalidAlert(f"officer {officer_code!r} has no streets in the registry")
    return str(city)


def recipients(
    session: Session,
    city: str,
    street: str | None = None,
    officer_code: str | None = None,
    audience: str | None = None,
) -> list[Recipient]:
    if not city.strip():
        raise InvalidAlert("--city is required")
    if audience is not None and audience not in AUDIENCES:
        raise InvalidAlert(f"unknown audience {audience!r} (one of: {', '.join(AUDIENCES)})")
    codes, _cities = area_officers(session, city, street, officer_code)
    S = TipSubscription
    columns = (S.chat_id, S.kind, S.audiences)
    found: dict[int, tuple[str, list[str]]] = {}
    ordered = sorted(codes)
    for start in range(0, len(ordered), IN_CHUNK):
        chunk = ordered[start : start + IN_CHUNK]
        for chat_id, kind, audiences in session.execute(
            select(*columns).where(S.active.is_(True), S.officer_code.in_(chunk))
        ):
            found[chat_id] = (kind, audiences)
    if street is None and officer_code is None:
        folded = fold(city.strip())
        for chat_id, kind, audiences, town in session.execute(
            select(*columns, S.town).where(
                S.active.is_(True), S.kind == "group", S.town.is_not(None)
            )
        ):
            if fold(town.strip()) == folded:
                found[chat_id] = (kind, audiences)
    return [
        Recipient(chat_id, kind == "group")
        for chat_id, (kind, audiences) in sorted(found.items())
        if _for_audience(audiences, audience)
    ]


def _for_audience(audiences: Iterable[str], audience: str | None) -> bool:
    return audience is None or audience == EVERYONE or audience in audiences
