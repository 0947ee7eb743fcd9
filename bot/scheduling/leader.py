"""One replica runs the scheduled jobs: a lease row in the database, held by renewing it.

Every replica runs the same scheduler; each job first asks `holds()`. The holder renews the
lease well before it expires; when it stops (SIGTERM: released at once; SIGKILL or a lost
database: it simply expires), another replica takes the lease at its next try, within
the TTL and one renewal interval. A row in the database the replicas already share, rather than a
PostgreSQL advisory lock, because it works the same on SQLite and needs no connection held
open for the lease's lifetime.

A holder cut off from the database for longer than the lease may still be finishing a job
while the next holder starts one. The jobs tolerate that (outbox messages are claimed row by
row with their own lease, deadlines and tips have unique keys, retention is idempotent): the
lease keeps them from running on every replica, the keys keep an overlap harmless.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import insert, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from bot.db.engine import transaction
from bot.db.models import Lease, utcnow

log = logging.getLogger(__name__)

SCHEDULER = "scheduler"
TTL = timedelta(seconds=30)


def holder_name() -> str:
    """Unique per process, readable by an operator (host, pid)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class LeaderLease:
    def __init__(
        self,
        sessions: sessionmaker,
        *,
        name: str = SCHEDULER,
        holder: str | None = None,
        ttl: timedelta = TTL,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self._name = name
        self.holder = holder or holder_name()
        self._ttl = ttl
        self._clock = clock
        self._until: datetime | None = None

    def try_acquire(self) -> bool:
        """Takes the lease if it is free or expired, or renews it if held; False otherwise."""
        now = self._clock()
        until = now + self._ttl
        with transaction(self._sessions) as session:
            taken = session.execute(
                update(Lease)
                .where(
                    Lease.name == self._name,
                    or_(Lease.holder == self.holder, Lease.expires_at < now),
                )
                .values(holder=self.holder, expires_at=until)
                .execution_options(synchronize_session=False)
            ).rowcount
        if not taken:
            taken = self._create(until)
        was = self._until is not None
        self._until = until if taken else None
        if taken and not was:
            log.info("scheduled jobs: this replica runs them now")
        elif was and not taken:
            log.warning("scheduled jobs: another replica has taken them over")
        return bool(taken)

    def holds(self) -> bool:
        """Held now, by this process's last successful try (no database round trip)."""
        return self._until is not None and self._clock() < self._until

    def release(self) -> None:
        """On a clean stop: the next replica takes over at its next try, not after the TTL."""
        if self._until is None:
            return
        self._until = None
        with transaction(self._sessions) as session:
            session.execute(
                update(Lease)
                .where(Lease.name == self._name, Lease.holder == self.holder)
                .values(expires_at=self._clock() - timedelta(seconds=1))
                .execution_options(synchronize_session=False)
            )

    def _create(self, until: datetime) -> bool:
        """The first replica ever creates the row; one that loses the race to it is refused."""
        try:
            with transaction(self._sessions) as session:
                session.execute(
                    insert(Lease).values(name=self._name, holder=self.holder, expires_at=until)
                )
        except IntegrityError:
            return False
        return True
