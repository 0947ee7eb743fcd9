"""The database engine: a lock is never waited on for good."""

from __future__ import annotations

from sqlalchemy import text

from bot.wiring import Services


def test_a_lock_wait_ends_in_an_error_not_a_stall(services: Services) -> None:
    with services.engine.connect() as connection:
        if services.engine.dialect.name == "sqlite":
            timeout = connection.execute(text("PRAGMA busy_timeout")).scalar_one()
            assert timeout == 30000
        else:
            assert connection.execute(text("SHOW lock_timeout")).scalar_one() == "30s"
