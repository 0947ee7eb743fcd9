"""Migration 0002 on a fresh database and on one that already has officers."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.db.engine import make_engine
from bot.db.migrate import upgrade
from bot.db.models import Base

NEW_TABLES = {
    "officer_link_codes",
    "registration_failures",
    "service_requests",
    "request_photos",
    "request_messages",
    "officer_pending_inputs",
}


def test_fresh_database_matches_the_models(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= NEW_TABLES
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_existing_officers_become_dzielnicowi(database_url: str) -> None:
    upgrade(database_url, "0001")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO police_units (id, name) VALUES (1, 'KP')"))
            connection.execute(
                text(
                    "INSERT INTO officers (code, rank, first_name, last_name, unit_id, phone,"
                    " email, duty_hours) VALUES ('A1', 'asp.', 'Jan', 'Demo', 1, '+48', '', '')"
                )
            )
        upgrade(database_url)
        with engine.connect() as connection:
            role = connection.execute(text("SELECT role FROM officers")).scalar_one()
            assert role == "dzielnicowy"
    finally:
        engine.dispose()
