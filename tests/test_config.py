"""Configuration: defaults, and one line naming the variable for a bad value."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "TELEGRAM_BOT_TOKEN", "TELEGRAM_BASE_URL", "BOT_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.database_url.startswith("sqlite:///") and settings.database_url.endswith(
        "var/dzielnicowy.sqlite3"
    )
    assert settings.telegram_bot_token is None
    assert settings.telegram_base_url == "https://api.telegram.org/bot"
    assert str(settings.timezone) == "Europe/Warsaw"


def test_empty_values_from_an_env_file_mean_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "")
    monkeypatch.setenv("TRACKER_STORE_URL", "")
    settings = load_settings()
    assert settings.telegram_bot_token is None and settings.telegram_webhook_url is None
    assert settings.tracker_store_url is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BOT_TIMEZONE", "Europe/Łódź"),
        ("DATABASE_URL", "mysql://localhost/db"),
        ("TELEGRAM_BASE_URL", "api.telegram.org"),
        ("TELEGRAM_BOT_TOKEN", "no-colon"),
        ("DB_POOL_SIZE", "many"),
        ("FLOOD_PER_MINUTE", "0"),
        ("TIPS_WINTER_BREAKS", "2027-01-18 do 2027-01-31"),
        ("TIPS_WINTER_BREAKS", "2027-01-31..2027-01-18"),
        ("PRIVACY_NOTICE_VERSION", "wersja grudniowa 2026"),  # too long for a button's data
        ("PRIVACY_CONTROLLER", "   "),
        ("TRACKER_STORE_URL", "mongodb://localhost/rasa"),
        ("LOCK_STORE_URL", "sqlite:///locks.db"),
    ],
)
def test_bad_value_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert message.startswith(f"Invalid configuration: {name}: ")
    assert "\n" not in message
