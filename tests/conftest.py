"""Shared fixtures: a migrated database on SQLite, and on PostgreSQL with TEST_POSTGRES_URL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.wiring import Services

DEMO_DIR = Path(__file__).resolve().parent.parent / "bot" / "registry" / "demo"


def _postgres_schema_url(base: str) -> Iterator[str]:
    """A schema of its own for one test; its connections are named after it, so that one a
    failed test left in a transaction (a thread stopped midway) cannot block the DROP."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, future=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}&application_name={schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = :name AND pid <> pg_backend_pid()"
                ),
                {"name": schema},
            )
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip("TEST_POSTGRES_URL not set")
    yield from _postgres_schema_url(base)


@pytest.fixture
def services(database_url: str) -> Iterator[Services]:
    upgrade(database_url)
    built = Services.build(Settings(database_url=database_url))
    yield built
    built.engine.dispose()
