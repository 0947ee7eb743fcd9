"""TIPS_QUIET_START/END, and migration 0003 on a database that already has messages."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.config import ConfigError, Settings, load_settings
from bot.db.engine import make_engine
from bot.db.migrate import alembic_config, upgrade
from bot.wiring import Services


def test_quiet_hours_defaults_and_wiring(
    monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    for name in ("TIPS_QUIET_START", "TIPS_QUIET_END"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert (settings.tips_quiet_start, settings.tips_quiet_end) == (21, 7)
    upgrade(database_url)
    services = Services.build(
        Settings(database_url=database_url, tips_quiet_start=22, tips_quiet_end=8)
    )
    try:
        assert list(services.tips.config.private_hours()) == list(range(8, 22))
        assert services.tips.config.timezone == settings.timezone
    finally:
        services.engine.dispose()


@pytest.mark.parametrize(
    ("name", "value", "other"),
    [
        ("TIPS_QUIET_START", "24", None),
        ("TIPS_QUIET_END", "-1", None),
        ("TIPS_QUIET_END", "noc", None),
        ("TIPS_QUIET_END", "22", ("TIPS_QUIET_START", "21")),  # not earlier than the start
    ],
)
def test_bad_quiet_hours_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, other: tuple[str, str] | None
) -> None:
    monkeypatch.setenv(name, value)
    if other is not None:
        monkeypatch.setenv(*other)
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert str(error.value).startswith(f"Invalid configuration: {name}: ")


def test_queued_messages_get_the_normal_priority_and_downgrade_works(database_url: str) -> None:
    from alembic import command

    upgrade(database_url, "0002")
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO outbox (chat_id, text, status, attempts, not_before, created_at)"
                    " VALUES (1, 'x', 'pending', 0, '2026-03-10 10:00:00', '2026-03-10 10:00:00')"
                )
            )
        upgrade(database_url)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT priority FROM outbox")).scalar_one() == 0
        command.downgrade(alembic_config(database_url), "0002")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 1
        upgrade(database_url)
    finally:
        engine.dispose()
