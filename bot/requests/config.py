"""Deadlines and limits of requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

DAY = 24 * 3600


@dataclass(frozen=True)
class RequestsConfig:
    # KMZB: the police read a report within 2 days and verify it within 5, both counted
    # from filing.
    accept_seconds: int = 2 * DAY
    close_seconds: int = 5 * DAY
    # The handler is reminded when this share of a deadline's time is left: 20% is about
    # 9.6 hours before the 2-day acceptance and one day before the 5-day closing.
    remind_before_share: float = 0.2
    daily_limit: int = 3  # requests per resident in any 24 hours (KMZB: one per IP a day)
    number_prefix: str = "ŁDZ"
    # An officer's "Odpowiedz" lapses after this long, so a text written days later is not
    # sent to a resident by surprise.
    pending_input_seconds: int = 3600
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Warsaw"))

    def __post_init__(self) -> None:
        for name in ("accept_seconds", "close_seconds", "daily_limit", "pending_input_seconds"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        if not 0 < self.remind_before_share < 1:
            raise ValueError("remind_before_share must be between 0 and 1")

    def remind_before_seconds(self, deadline_seconds: int) -> int:
        return int(deadline_seconds * self.remind_before_share)
