"""Planning due tips: which subscriptions get which tip now, in batches.

A batch is one transaction that claims up to `batch` due subscriptions, records a delivery
per slot, queues the messages in the outbox and moves each subscription's next_due_at past
`now`. Two processes planning at once never take the same subscription: on PostgreSQL the
rows are claimed with SELECT … FOR UPDATE SKIP LOCKED (the other process takes other rows),
on SQLite the batch starts with BEGIN IMMEDIATE (the database's single writer lock: the other
process waits, then finds them no longer due). The unique (subscription, slot) of deliveries
and the outbox's dedup key would stop a second message even if that failed.

Choosing a tip (`Pool.choose`):
- fitting: a tip whose audiences meet the subscription's. Private chats also get the tips
  for "wszyscy" (they are written for any adult); class groups get only the audiences the
  group chose, "wszyscy" included only when the group chose it — a general tip written for
  adults is not sent to a class of children unasked.
- in season: a tip with seasons is sent only on a (local) day inside one of them, and before
  any tip without seasons.
- no repeats: a tip already delivered in the subscription's current round is not chosen
  again; when every fitting tip has been delivered, a new round starts (and its first tip is
  not the one just sent). Retired tips are never chosen.
- order: each subscription walks the tips in one stable pseudo-random order, from its own
  starting point, so a class and a parent do not get the same tip on the same day.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from bot.conversation.replies import Reply
from bot.db.models import Tip, TipDelivery, TipSubscription
from bot.outbox.service import PRIORITY_BULK, OutboxService, Outgoing
from bot.tips.catalog import EVERYONE
from bot.tips.config import TipsConfig
from bot.tips.schedule import latest_slot, next_slot
from bot.tips.seasons import in_season

FOOTER_PRIVATE = "Porady od dzielnicowych · /wypisz – rezygnacja"
FOOTER_GROUP = "Porady od dzielnicowych · /wypisz – administrator grupy"
IN_CHUNK = 500  # values per IN (...) list


def tip_message(text_: str, group: bool) -> str:
    return f"{text_}\n\n{FOOTER_GROUP if group else FOOTER_PRIVATE}"


def dedup_key(subscription_id: int, slot_at: datetime) -> str:
    return f"tip:{subscription_id}:{slot_at:%Y%m%dT%H%M}"


@dataclass(frozen=True)
class PoolTip:
    id: int
    text: str
    audiences: frozenset[str]
    seasons: tuple[str, ...]


@dataclass(frozen=True)
class Eligible:
    seasonal: tuple[PoolTip, ...]  # in season on the day: first
    general: tuple[PoolTip, ...]

    def __bool__(self) -> bool:
        return bool(self.seasonal or self.general)


@dataclass
class Pool:
    """The active tips, loaded once per planning run."""

    tips: Sequence[PoolTip]
    _eligible: dict[tuple[frozenset[str], bool, date], Eligible] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> Pool:
        rows = session.execute(
            select(Tip.id, Tip.key, Tip.text, Tip.audiences, Tip.seasons).where(
                Tip.active.is_(True)
            )
        ).all()
        ordered = sorted(rows, key=lambda r: (zlib.crc32(r.key.encode("utf-8")), r.key))
        return cls(
            [PoolTip(r.id, r.text, frozenset(r.audiences), tuple(r.seasons)) for r in ordered]
        )

    def eligible(self, audiences: frozenset[str], group: bool, day: date) -> Eligible:
        key = (audiences, group, day)
        found = self._eligible.get(key)
        if found is None:
            wanted = audiences if group else audiences | {EVERYONE}
            fitting = [t for t in self.tips if t.audiences & wanted]
            found = Eligible(
                tuple(t for t in fitting if any(in_season(s, day) for s in t.seasons)),
                tuple(t for t in fitting if not t.seasons),
            )
            self._eligible[key] = found
        return found

    @staticmethod
    def choose(
        eligible: Eligible, delivered: set[int], last: int | None, start: int
    ) -> tuple[PoolTip, bool] | None:
        """The tip, and whether it starts a new round; None when nothing fits."""
        parts = (eligible.seasonal, eligible.general)
        for part in parts:
            n = len(part)
            for i in range(n):
                tip = part[(start + i) % n]
                if tip.id not in delivered:
                    return tip, False
        for part in parts:
            n = len(part)
            for i in range(n):
                tip = part[(start + i) % n]
                if tip.id != last:
                    return tip, True
        for part in parts:
            if part:
                return part[0], True  # a pool of one tip
        return None


@dataclass
class Counts:
    due: int = 0
    queued: int = 0
    skipped: int = 0
    no_tip: int = 0
    batches: int = 0


class Planner:
    def __init__(self, outbox: OutboxService, config: TipsConfig) -> None:
        self._outbox = outbox
        self._config = config

    def sendable_now(self, now: datetime, slot_at: datetime, group: bool) -> bool:
        """A slot is sent only within the grace window, and a late one only when it would
        not arrive in the quiet hours (private) or after school (groups: the same day)."""
        if now - slot_at > timedelta(seconds=self._config.grace_seconds):
            return False
        local = now.astimezone(self._config.timezone)
        if not group:
            return local.hour in self._config.private_hours()
        return (
            local.date() == slot_at.astimezone(self._config.timezone).date()
            and local.hour in self._config.group_hours()
        )

    def batch(self, session: Session, now: datetime, pool: Pool, counts: Counts) -> int:
        """Plans one batch in the caller's transaction; returns how many it claimed."""
        config = self._config
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            # Take the writer lock before reading: a second planner waits here, then sees
            # these subscriptions already moved on.
            session.execute(text("BEGIN IMMEDIATE"))
        S = TipSubscription
        query = (
            select(
                S.id, S.chat_id, S.kind, S.audiences, S.frequency, S.hour, S.next_due_at, S.round
            )
            .where(S.active.is_(True), S.next_due_at <= now)
            .order_by(S.next_due_at)
            .limit(config.batch)
        )
        if dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = session.execute(query).all()
        if not rows:
            return 0
        counts.batches += 1
        counts.due += len(rows)

        slots: dict[tuple[str, int, bool], tuple[datetime, datetime]] = {}
        moved: dict[datetime, list[int]] = defaultdict(list)
        to_send = []
        for row in rows:
            group = row.kind == "group"
            key = (row.frequency, row.hour, group)
            if key not in slots:
                calendar = config.school if group else None
                args = (row.frequency, row.hour, calendar, config.timezone)
                slots[key] = (latest_slot(now, *args), next_slot(now, *args))
            latest, following = slots[key]
            moved[following].append(row.id)
            # After downtime: the latest slot only, once.
            slot_at = max(row.next_due_at, latest)
            if self.sendable_now(now, slot_at, group):
                to_send.append((row, slot_at))
            else:
                counts.skipped += 1

        delivered, last = self._current_round(session, {r.id: r.round for r, _ in to_send})
        deliveries = []
        messages = []
        new_round: list[int] = []
        for row, slot_at in to_send:
            group = row.kind == "group"
            day = slot_at.astimezone(config.timezone).date()
            eligible = pool.eligible(frozenset(row.audiences), group, day)
            chosen = Pool.choose(eligible, delivered.get(row.id, set()), last.get(row.id), row.id)
            if chosen is None:
                counts.no_tip += 1
                continue
            tip, starts_round = chosen
            if starts_round:
                new_round.append(row.id)
            deliveries.append(
                {
                    "subscription_id": row.id,
                    "tip_id": tip.id,
                    "slot_at": slot_at,
                    "round": row.round + 1 if starts_round else row.round,
                    "created_at": now,
                }
            )
            reply = Reply(tip_message(tip.text, group))
            messages.append(Outgoing(row.chat_id, reply, dedup_key(row.id, slot_at)))
        if deliveries:
            session.execute(insert(TipDelivery), deliveries)
            # The unique (subscription, slot) above already makes each key new: no need to
            # look the keys up (the outbox's unique key still guards).
            counts.queued += self._outbox.add_many(
                session, messages, not_before=now, priority=PRIORITY_BULK, known_new=True
            )
        for ids in _chunks(new_round):
            session.execute(
                update(S).where(S.id.in_(ids)).values(round=S.round + 1)
                .execution_options(synchronize_session=False)
            )
        for following, ids in moved.items():
            for chunk in _chunks(ids):
                session.execute(
                    update(S).where(S.id.in_(chunk)).values(next_due_at=following)
                    .execution_options(synchronize_session=False)
                )
        return len(rows)

    def _current_round(
        self, session: Session, rounds: dict[int, int]
    ) -> tuple[dict[int, set[int]], dict[int, int]]:
        """Per subscription (id → its current round): the tips delivered in that round, and
        the last one (the highest delivery id: deliveries are written in slot order). One
        query per round number and 500 subscriptions, on the (subscription_id, round) index."""
        delivered: dict[int, set[int]] = defaultdict(set)
        last: dict[int, tuple[int, int]] = {}
        by_round: dict[int, list[int]] = defaultdict(list)
        for sub_id, round_ in rounds.items():
            by_round[round_].append(sub_id)
        D = TipDelivery
        for round_, ids in by_round.items():
            for chunk in _chunks(ids):
                rows = session.execute(
                    select(D.subscription_id, D.tip_id, D.id).where(
                        D.subscription_id.in_(chunk), D.round == round_
                    )
                ).all()
                for sub_id, tip_id, delivery_id in rows:
                    delivered[sub_id].add(tip_id)
                    if sub_id not in last or delivery_id > last[sub_id][0]:
                        last[sub_id] = (delivery_id, tip_id)
        return delivered, {sub_id: tip for sub_id, (_, tip) in last.items()}


def any_due(session: Session, now: datetime) -> bool:
    """One probe of the (active, next_due_at) index: the earliest slot, whatever the
    table's statistics say."""
    S = TipSubscription
    earliest = session.execute(
        select(S.next_due_at).where(S.active.is_(True)).order_by(S.next_due_at).limit(1)
    ).scalar()
    return earliest is not None and earliest <= now


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + IN_CHUNK] for i in range(0, len(ids), IN_CHUNK)]
