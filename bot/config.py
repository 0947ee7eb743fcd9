"""Configuration from environment variables, validated once at start-up."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseSettings, Field, ValidationError, validator

from bot.tips.school_calendar import SchoolCalendar, parse_ranges

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"


class ConfigError(Exception):
    """Raised with a one-line, operator-facing message naming the bad variable."""


class Settings(BaseSettings):
    database_url: str = Field(
        default=f"sqlite:///{VAR_DIR / 'dzielnicowy.sqlite3'}", env="DATABASE_URL"
    )
    telegram_bot_token: str | None = Field(default=None, env="TELEGRAM_BOT_TOKEN")
    telegram_base_url: str = Field(default="https://api.telegram.org/bot", env="TELEGRAM_BASE_URL")
    telegram_webhook_url: str | None = Field(default=None, env="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: str | None = Field(default=None, env="TELEGRAM_WEBHOOK_SECRET")
    telegram_webhook_listen: str = Field(default="127.0.0.1", env="TELEGRAM_WEBHOOK_LISTEN")
    telegram_webhook_port: int = Field(default=8443, env="TELEGRAM_WEBHOOK_PORT")
    bot_timezone: str = Field(default="Europe/Warsaw", env="BOT_TIMEZONE")
    model_path: Path = Field(default=PROJECT_ROOT / "models", env="RASA_MODEL_PATH")
    db_pool_size: int = Field(default=5, env="DB_POOL_SIZE")
    # Rasa's conversations: in memory unless set (sqlite:///… or postgresql://…), and the
    # lock store of several replicas (redis://host:6379/0). bot/conversation/stores.py.
    tracker_store_url: str | None = Field(default=None, env="TRACKER_STORE_URL")
    lock_store_url: str | None = Field(default=None, env="LOCK_STORE_URL")
    # Messages a private chat may send in any minute before the bot stops reading them.
    flood_per_minute: int = Field(default=20, env="FLOOD_PER_MINUTE")
    # KMZB: a report is read within 2 days and verified within 5.
    request_accept_seconds: int = Field(default=2 * 24 * 3600, env="REQUEST_ACCEPT_SECONDS")
    request_close_seconds: int = Field(default=5 * 24 * 3600, env="REQUEST_CLOSE_SECONDS")
    request_daily_limit: int = Field(default=3, env="REQUEST_DAILY_LIMIT")
    # Personal data of closed requests, and every row of a chat that left, kept this long.
    request_retention_days: int = Field(default=90, env="REQUEST_RETENTION_DAYS")
    inactive_chat_retention_days: int = Field(default=365, env="INACTIVE_CHAT_RETENTION_DAYS")
    # No tips to private chats from TIPS_QUIET_START:00 to TIPS_QUIET_END:00 (local time).
    tips_quiet_start: int = Field(default=21, env="TIPS_QUIET_START")
    tips_quiet_end: int = Field(default=7, env="TIPS_QUIET_END")
    # Ferie zimowe of the voivodeship, set by the minister for each school year.
    tips_winter_breaks: str = Field(default="", env="TIPS_WINTER_BREAKS")
    # The privacy notice (bot/privacy/notice.py): a new version asks residents again.
    privacy_notice_version: str = Field(default="2026-12", env="PRIVACY_NOTICE_VERSION")
    privacy_controller: str = Field(
        default="operator tego bota (wersja demonstracyjna – dane administratora uzupełnia "
        "operator w PRIVACY_CONTROLLER)",
        env="PRIVACY_CONTROLLER",
    )
    privacy_dpo_contact: str = Field(default="", env="PRIVACY_DPO_CONTACT")

    class Config:
        env_file = None
        case_sensitive = False

    @validator("tracker_store_url", "lock_store_url", pre=True)
    def _store_url(cls, value: str | None, field: Any) -> str | None:
        if not value:
            return None
        schemes = ("redis:",) if field.name == "lock_store_url" else ("sqlite:", "postgresql:")
        if not str(value).startswith(schemes):
            raise ValueError(f"must start with {' or '.join(s + '//' for s in schemes)}")
        return str(value)

    @validator("telegram_bot_token", "telegram_webhook_url", "telegram_webhook_secret", pre=True)
    def _empty_is_unset(cls, value: str | None) -> str | None:
        # `TELEGRAM_WEBHOOK_URL=` in a .env file means "not set", not "an empty URL".
        return value or None

    @validator("privacy_notice_version")
    def _short_version(cls, value: str) -> str:
        # It travels in a button's data (at most 64 bytes in all).
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,10}", value):
            raise ValueError("must be 1-10 letters, digits, dots, dashes or underscores")
        return value

    @validator("privacy_controller")
    def _controller_given(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must name the data controller")
        return value.strip()

    @validator("bot_timezone")
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @validator("database_url")
    def _supported_database(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgresql+psycopg2:")):
            raise ValueError("only sqlite:/// and postgresql:// URLs are supported")
        return value

    @validator("telegram_base_url", "telegram_webhook_url")
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @validator("telegram_bot_token")
    def _token_shape(cls, value: str | None) -> str | None:
        if value is not None and ":" not in value:
            raise ValueError("does not look like a bot token (expected '<id>:<secret>')")
        return value

    @validator(
        "request_accept_seconds",
        "request_close_seconds",
        "request_daily_limit",
        "flood_per_minute",
        "request_retention_days",
        "inactive_chat_retention_days",
    )
    def _positive(cls, value: int) -> int:
        if value <= 0:
            raise ValueError("must be a positive whole number")
        return value

    @validator("request_close_seconds")
    def _close_after_accept(cls, value: int, values: dict[str, object]) -> int:
        accept = values.get("request_accept_seconds")
        if isinstance(accept, int) and value < accept:
            raise ValueError("must not be shorter than REQUEST_ACCEPT_SECONDS")
        return value

    @validator("tips_quiet_start", "tips_quiet_end")
    def _hour(cls, value: int) -> int:
        if not 0 <= value <= 23:
            raise ValueError("must be an hour from 0 to 23")
        return value

    @validator("tips_quiet_end")
    def _quiet_end_before_start(cls, value: int, values: dict[str, object]) -> int:
        start = values.get("tips_quiet_start")
        if isinstance(start, int) and value >= start:
            raise ValueError("must be earlier than TIPS_QUIET_START (quiet hours span midnight)")
        return value

    @validator("tips_winter_breaks")
    def _date_ranges(cls, value: str) -> str:
        SchoolCalendar(parse_ranges(value))
        return value

    @property
    def school_calendar(self) -> SchoolCalendar:
        return SchoolCalendar(parse_ranges(self.tips_winter_breaks))

    @property
    def timezone(self) -> ZoneInfo:
        return ZoneInfo(self.bot_timezone)


def load_settings() -> Settings:
    """Read the environment; bad values become one ConfigError line naming the variable."""
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0])
        env_name = Settings.__fields__[field].field_info.extra.get("env", field.upper())
        raise ConfigError(f"Invalid configuration: {env_name}: {first['msg']}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def ensure_var_dir() -> None:
    os.makedirs(VAR_DIR, exist_ok=True)
