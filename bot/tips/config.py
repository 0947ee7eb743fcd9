"""Hours and limits of tips and alerts."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.tips.school_calendar import SchoolCalendar


@dataclass(frozen=True)
class TipsConfig:
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Warsaw"))
    # No tips to private chats from quiet_start:00 to quiet_end:00 (local time): a private
    # chat chooses an hour from quiet_end to quiet_start - 1 (7:00–20:00 by default).
    quiet_start: int = 21
    quiet_end: int = 7
    # A slot found late (after downtime) is still sent this long after its time, once.
    grace_seconds: int = 6 * 3600
    # Class groups get tips only on school days, from school_start:00 to school_end - 1:00.
    school_start: int = 8
    school_end: int = 15
    school: SchoolCalendar = field(default_factory=SchoolCalendar)
    batch: int = 1000  # subscriptions per transaction when planning, chats when alerting

    def __post_init__(self) -> None:
        if not 0 <= self.quiet_end < self.quiet_start <= 24:
            raise ValueError("quiet hours: need 0 <= quiet_end < quiet_start <= 24")
        if not 0 <= self.school_start < self.school_end <= 24:
            raise ValueError("school hours: need 0 <= school_start < school_end <= 24")
        if self.grace_seconds < 0:
            raise ValueError("grace_seconds must not be negative")
        if self.batch <= 0:
            raise ValueError("batch must be positive")

    def private_hours(self) -> range:
        return range(self.quiet_end, self.quiet_start)

    def group_hours(self) -> range:
        """School hours outside the quiet hours."""
        return range(max(self.school_start, self.quiet_end), min(self.school_end, self.quiet_start))
