"""The outbox's claim is a lease: a message a dead process left 'sending' is claimed again
once the lease ends (not before), a late settle of an expired claim changes nothing, and no
two claimers get the same message."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import select

from bot.config import Settings
from bot.conversation.replies import Reply
from bot.db.engine import transaction
from bot.db.models import OutboxMessage
from bot.outbox.service import MAX_ATTEMPTS, OutboxService, Outgoing
from bot.wiring import Services

CHAT = 4101
EXPIRED = timedelta(0)  # the claim of a process that died long ago


def status(services: Services, message_id: int) -> tuple[str, int]:
    with services.sessions() as session:
        row = session.get(OutboxMessage, message_id)
        assert row is not None
        return row.status, row.attempts


def test_a_dead_claim_is_taken_again_after_its_lease_and_not_before(services: Services) -> None:
    outbox = OutboxService(services.sessions)
    outbox.enqueue(CHAT, Reply("Komunikat"))
    [dead] = outbox.claim_due(lease=timedelta(seconds=1))
    assert outbox.claim_due() == []
    time.sleep(1.1)
    [again] = outbox.claim_due()
    assert (again.id, again.attempts, again.reply.text) == (dead.id, 2, "Komunikat")
    assert outbox.claim_due() == []  # now this claim holds it


def test_a_message_never_settled_after_max_attempts_claims_fails(services: Services) -> None:
    # A message that kills its process every time must not be tried forever.
    outbox = OutboxService(services.sessions)
    outbox.enqueue(CHAT, Reply("Zabójczy komunikat"))
    claims = [outbox.claim_due(lease=EXPIRED) for _ in range(MAX_ATTEMPTS)]
    assert [c.attempts for [c] in claims] == list(range(1, MAX_ATTEMPTS + 1))
    assert outbox.claim_due() == []
    assert status(services, claims[0][0].id) == ("failed", MAX_ATTEMPTS)


def test_a_late_settle_of_an_expired_claim_changes_nothing(services: Services) -> None:
    outbox = OutboxService(services.sessions)
    outbox.enqueue(CHAT, Reply("Komunikat"))
    [stalled] = outbox.claim_due(lease=EXPIRED)
    [current] = outbox.claim_due()
    outbox.mark_sent(stalled)
    outbox.retry_later(stalled, "timed out")
    assert status(services, current.id) == ("sending", 2)
    outbox.mark_sent(current)
    assert status(services, current.id) == ("sent", 2)


def test_a_withdrawn_message_of_a_dead_claim_is_not_sent(services: Services) -> None:
    outbox = OutboxService(services.sessions)
    outbox.enqueue(CHAT, Reply("Porada 1"), dedup_key="tip:1:20260310T0900")
    [in_flight] = outbox.claim_due()
    outbox.enqueue(CHAT, Reply("Porada 2"), dedup_key="tip:1:20260311T0900")
    [dead] = outbox.claim_due(lease=EXPIRED)
    with transaction(services.sessions) as session:
        assert outbox.cancel_pending(session, CHAT, ("tip:",)) == 1
    assert status(services, dead.id) == ("cancelled", 1)
    assert status(services, in_flight.id) == ("sending", 1)  # its send may be under way
    assert outbox.claim_due() == []


def test_two_claimers_never_take_the_same_message(database_url: str, services: Services) -> None:
    outbox = OutboxService(services.sessions)
    with transaction(services.sessions) as session:
        outbox.add_many(session, [Outgoing(CHAT + i, Reply(f"Wiadomość {i}")) for i in range(300)])
    outbox.claim_due(limit=40, lease=EXPIRED)  # some left by a dead process: due again
    with services.sessions() as session:
        every = set(session.execute(select(OutboxMessage.id)).scalars())
    # The other claimer as another process would be: its own engine and connections.
    other = Services.build(Settings(database_url=database_url))
    claimers = [OutboxService(services.sessions), OutboxService(other.sessions)]
    taken: list[list[int]] = [[], []]
    start = threading.Barrier(2)

    def claim(i: int) -> None:
        start.wait()
        while batch := claimers[i].claim_due(limit=20):
            taken[i].extend(m.id for m in batch)

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other.engine.dispose()
    assert not set(taken[0]) & set(taken[1])
    assert sorted(taken[0] + taken[1]) == sorted(every)
