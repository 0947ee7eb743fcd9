"""Registry service: resolves addresses against a cached index, rebuilt when the data change."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.db.models import Officer, RegistryVersion, StreetSegment
from bot.registry.index import AreaRow, RegistryIndex
from bot.registry.resolve import Resolution, resolve


@dataclass(frozen=True)
class OfficerCard:
    code: str
    rank: str
    first_name: str
    last_name: str
    unit: str
    phone: str
    email: str
    duty_hours: str


class RegistryService:
    def __init__(self, session_factory: sessionmaker) -> None:
        self._sessions = session_factory
        self._lock = threading.Lock()
        self._index: RegistryIndex | None = None
        self._version: int | None = None

    def index(self) -> RegistryIndex:
        with self._sessions() as session:
            row = session.get(RegistryVersion, 1)
            version = row.version if row is not None else 0
            with self._lock:
                if self._index is None or version != self._version:
                    rows = session.execute(
                        select(
                            Officer.code,
                            StreetSegment.city,
                            StreetSegment.street,
                            StreetSegment.numbers,
                        )
                        .join(Officer, Officer.id == StreetSegment.officer_id)
                        .where(Officer.active.is_(True))
                    ).all()
                    self._index = RegistryIndex(AreaRow(*row) for row in rows)
                    self._version = version
                return self._index

    def resolve(self, text: str) -> Resolution:
        return resolve(self.index(), text)

    def officer_card(self, code: str) -> OfficerCard | None:
        with self._sessions() as session:
            officer = session.execute(select(Officer).where(Officer.code == code)).scalar()
            if officer is None:
                return None
            return OfficerCard(
                code=officer.code,
                rank=officer.rank,
                first_name=officer.first_name,
                last_name=officer.last_name,
                unit=officer.unit.name,
                phone=officer.phone,
                email=officer.email,
                duty_hours=officer.duty_hours,
            )

    def is_empty(self) -> bool:
        with self._sessions() as session:
            count: int = session.execute(select(func.count(Officer.id))).scalar_one()
            return count == 0
