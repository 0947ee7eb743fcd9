"""The leader lease: one replica runs the scheduled jobs; another takes over when it stops
or dies."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

from bot.scheduling.leader import LeaderLease
from bot.wiring import Services

T0 = datetime(2026, 12, 8, 10, 0, tzinfo=timezone.utc)
TTL = timedelta(seconds=30)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def pair(services: Services, clock: Clock) -> tuple[LeaderLease, LeaderLease]:
    return (
        LeaderLease(services.sessions, holder="replica-a", ttl=TTL, clock=clock),
        LeaderLease(services.sessions, holder="replica-b", ttl=TTL, clock=clock),
    )


def test_one_replica_holds_and_renews(services: Services) -> None:
    clock = Clock()
    a, b = pair(services, clock)
    assert a.try_acquire() and a.holds()
    assert not b.try_acquire() and not b.holds()
    for _ in range(10):  # renewed every 10 s, it never lapses
        clock.now += timedelta(seconds=10)
        assert a.try_acquire()
        assert not b.try_acquire()


def test_a_dead_holder_is_replaced_after_its_lease(services: Services) -> None:
    clock = Clock()
    a, b = pair(services, clock)
    assert a.try_acquire()
    clock.now += TTL - timedelta(seconds=1)  # a was killed: no more renewals
    assert not b.try_acquire()
    clock.now += timedelta(seconds=2)
    assert not a.holds()  # a's own view lapses with the lease, without asking the database
    assert b.try_acquire() and b.holds()
    assert not a.try_acquire()  # come back late, it finds the jobs taken


def test_a_clean_stop_hands_over_at_once(services: Services) -> None:
    clock = Clock()
    a, b = pair(services, clock)
    assert a.try_acquire()
    a.release()
    assert not a.holds()
    assert b.try_acquire()


def test_replicas_starting_together_elect_one(services: Services) -> None:
    leases = [LeaderLease(services.sessions, holder=f"replica-{i}") for i in range(6)]
    results: list[bool] = []
    start = threading.Barrier(len(leases))

    def run(lease: LeaderLease) -> None:
        start.wait()
        results.append(lease.try_acquire())

    threads = [threading.Thread(target=run, args=(lease,)) for lease in leases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 5 + [True]
