"""How long personal data is kept once it is no longer needed, and the sweep that enforces it.

Closed requests keep their personal fields (place, description, photos, messages, contact)
for `request_days` after closing, in case the resident or the officer comes back to them;
then only the anonymous statistics stay. A chat that blocked the bot or removed it from a
group is forgotten entirely after `inactive_chat_days`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.db.models import Chat
from bot.privacy.service import PrivacyService
from bot.requests.service import RequestService


@dataclass(frozen=True)
class RetentionConfig:
    request_days: int = 90
    inactive_chat_days: int = 365


@dataclass(frozen=True)
class RetentionReport:
    requests: int  # closed requests anonymized
    chats: int  # inactive chats forgotten


def apply_retention(
    sessions: sessionmaker,
    privacy: PrivacyService,
    requests: RequestService,
    config: RetentionConfig,
    now: datetime,
    batch: int = 500,
) -> RetentionReport:
    expired = requests.expire_closed(now, config.request_days)
    cutoff = now - timedelta(days=config.inactive_chat_days)
    with sessions() as session:
        gone = list(
            session.execute(
                select(Chat.id)
                .where(Chat.active.is_(False), Chat.inactive_since <= cutoff)
                .limit(batch)
            ).scalars()
        )
    for chat_id in gone:
        privacy.forget(chat_id)
    return RetentionReport(expired, len(gone))
