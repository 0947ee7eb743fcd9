"""Settings of requests: defaults and one line naming a bad variable."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, Settings, load_settings
from bot.wiring import Services


def test_defaults_follow_kmzb(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("REQUEST_ACCEPT_SECONDS", "REQUEST_CLOSE_SECONDS", "REQUEST_DAILY_LIMIT"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.request_accept_seconds == 2 * 86400
    assert settings.request_close_seconds == 5 * 86400
    assert settings.request_daily_limit == 3


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REQUEST_ACCEPT_SECONDS", "0"),
        ("REQUEST_CLOSE_SECONDS", "-5"),
        ("REQUEST_DAILY_LIMIT", "dużo"),
        ("REQUEST_CLOSE_SECONDS", "3600"),  # shorter than the acceptance deadline
    ],
)
def test_bad_value_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert str(error.value).startswith(f"Invalid configuration: {name}: ")


def test_settings_reach_the_service(database_url: str) -> None:
    from datetime import datetime, timedelta, timezone

    from bot.db.migrate import upgrade
    from bot.requests.model import NewRequest

    upgrade(database_url)
    services = Services.build(
        Settings(database_url=database_url, request_daily_limit=5, request_accept_seconds=60)
    )
    try:
        now = datetime(2026, 3, 10, tzinfo=timezone.utc)
        assert services.requests.remaining_today(1, now) == 5
        new = NewRequest("message", 1, None, "Łódź", None, "Pytanie do dzielnicowego.")
        services.requests.file(new, now)
        (view,) = services.requests.for_resident(1)
        assert view.accept_due == now + timedelta(seconds=60)
        assert services.requests.remaining_today(1, now) == 4
    finally:
        services.engine.dispose()
