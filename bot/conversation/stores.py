"""Where Rasa keeps conversations, and how one is deleted or expires.

By default in the process's memory (a restart forgets every conversation in progress); with
TRACKER_STORE_URL in an SQL database (SQLite or PostgreSQL, Rasa's SQL tracker store with a
small pool), so that conversations survive a restart and any replica can go on with one.
LOCK_STORE_URL (Redis) makes replicas process one chat's messages in order.
"""

from __future__ import annotations

import os
import time
from typing import Any

from rasa.core.lock_store import LockStore, RedisLockStore
from rasa.core.tracker_store import (
    FailSafeTrackerStore,
    InMemoryTrackerStore,
    SQLTrackerStore,
    TrackerStore,
)
from sqlalchemy import func
from sqlalchemy.engine import make_url

# Rasa's default PostgreSQL pool is 50 connections plus 100: one Rasa thread needs few.
POOL_SIZE = "2"
MAX_OVERFLOW = "3"


def tracker_store(url: str | None) -> TrackerStore | None:
    """Rasa's store for `url`; None keeps Rasa's default (in memory)."""
    if not url:
        return None
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        return SQLTrackerStore(dialect="sqlite", db=parsed.database or "conversations.sqlite3")
    if parsed.drivername.startswith("postgresql"):
        os.environ.setdefault("SQL_POOL_SIZE", POOL_SIZE)
        os.environ.setdefault("SQL_MAX_OVERFLOW", MAX_OVERFLOW)
        return SQLTrackerStore(
            dialect="postgresql",
            host=parsed.host,
            port=parsed.port,
            db=parsed.database or "postgres",
            username=parsed.username,
            password=parsed.password,
            query=dict(parsed.query),
        )
    raise ValueError(f"unsupported tracker store URL scheme {parsed.drivername!r}")


def lock_store(url: str | None) -> LockStore | None:
    """A Redis lock store for `url` (redis://host:port/db); None: Rasa's in-memory locks."""
    if not url:
        return None
    parsed = make_url(url)
    if parsed.drivername != "redis":
        raise ValueError(f"unsupported lock store URL scheme {parsed.drivername!r}")
    return RedisLockStore(
        host=parsed.host or "localhost",
        port=parsed.port or 6379,
        db=int(parsed.database or 0),
        password=parsed.password,
        key_prefix="dzielnicowy",
    )


def _inner(store: TrackerStore) -> TrackerStore:
    # Rasa wraps every store in a FailSafeTrackerStore, which has no deletion of its own.
    return store._tracker_store if isinstance(store, FailSafeTrackerStore) else store


def delete_conversation(store: TrackerStore, sender_id: str) -> None:
    """Every event of the conversation, in whichever store ("usuń moje dane")."""
    inner = _inner(store)
    if isinstance(inner, InMemoryTrackerStore):
        inner.store.pop(sender_id, None)
    elif isinstance(inner, SQLTrackerStore):
        with inner.session_scope() as session:
            session.query(inner.SQLEvent).filter(inner.SQLEvent.sender_id == sender_id).delete()
            session.commit()
    else:
        raise TypeError(f"no deletion for {type(inner).__name__}")


def delete_idle(store: TrackerStore, max_idle_seconds: float) -> int:
    """Conversations silent for longer than max_idle_seconds (an address typed into one is
    not kept); returns how many."""
    inner = _inner(store)
    cutoff = time.time() - max_idle_seconds
    if isinstance(inner, InMemoryTrackerStore):
        stale = [
            sender_id
            for sender_id, data in inner.store.items()
            if _last_timestamp(inner, sender_id, data) < cutoff
        ]
        for sender_id in stale:
            inner.store.pop(sender_id, None)
        return len(stale)
    if isinstance(inner, SQLTrackerStore):
        event = inner.SQLEvent
        with inner.session_scope() as session:
            stale = [
                row[0]
                for row in session.query(event.sender_id)
                .group_by(event.sender_id)
                .having(func.max(event.timestamp) < cutoff)
                .all()
            ]
            for chunk in range(0, len(stale), 500):
                session.query(event).filter(
                    event.sender_id.in_(stale[chunk : chunk + 500])
                ).delete(synchronize_session=False)
            session.commit()
        return len(stale)
    raise TypeError(f"no expiry for {type(inner).__name__}")


def _last_timestamp(store: InMemoryTrackerStore, sender_id: str, data: Any) -> float:
    tracker = store.deserialise_tracker(sender_id, data)
    if tracker is None or not tracker.events:
        return 0.0
    return float(tracker.events[-1].timestamp)
