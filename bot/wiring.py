"""Builds the domain services once per process from the settings."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.chats.service import ChatService
from bot.config import Settings, get_settings
from bot.db.engine import make_engine, make_session_factory
from bot.outbox.service import OutboxService
from bot.privacy.consent import ConsentService
from bot.privacy.notice import Notice
from bot.privacy.retention import RetentionConfig, RetentionReport, apply_retention
from bot.privacy.service import PrivacyService
from bot.registry.service import RegistryService
from bot.requests.config import RequestsConfig
from bot.requests.officer_link import OfficerLinkService
from bot.requests.service import RequestService
from bot.tips.config import TipsConfig
from bot.tips.service import TipsService


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker
    registry: RegistryService
    privacy: PrivacyService
    consents: ConsentService
    notice: Notice
    chats: ChatService
    requests: RequestService
    officer_links: OfficerLinkService
    tips: TipsService

    def apply_retention(self, now: datetime) -> RetentionReport:
        config = RetentionConfig(
            request_days=self.settings.request_retention_days,
            inactive_chat_days=self.settings.inactive_chat_retention_days,
        )
        return apply_retention(self.sessions, self.privacy, self.requests, config, now)

    @classmethod
    def build(cls, settings: Settings) -> Services:
        engine = make_engine(settings.database_url, settings.db_pool_size)
        sessions = make_session_factory(engine)
        requests_config = RequestsConfig(
            accept_seconds=settings.request_accept_seconds,
            close_seconds=settings.request_close_seconds,
            daily_limit=settings.request_daily_limit,
            timezone=settings.timezone,
        )
        outbox = OutboxService(sessions)
        requests = RequestService(sessions, outbox, requests_config)
        tips_config = TipsConfig(
            timezone=settings.timezone,
            quiet_start=settings.tips_quiet_start,
            quiet_end=settings.tips_quiet_end,
            school=settings.school_calendar,
        )
        tips = TipsService(sessions, outbox, tips_config)
        officer_links = OfficerLinkService(sessions)
        chats = ChatService(sessions)
        consents = ConsentService(sessions, settings.privacy_notice_version)
        notice = Notice(
            version=settings.privacy_notice_version,
            controller=settings.privacy_controller,
            dpo_contact=settings.privacy_dpo_contact,
            request_days=settings.request_retention_days,
            inactive_chat_days=settings.inactive_chat_retention_days,
        )
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            registry=RegistryService(sessions),
            privacy=PrivacyService(sessions, requests, tips, officer_links, chats, consents),
            consents=consents,
            notice=notice,
            chats=chats,
            requests=requests,
            officer_links=officer_links,
            tips=tips,
        )


_lock = threading.Lock()
_current: Services | None = None


def services() -> Services:
    """The process-wide services; Rasa actions reach the domain through this."""
    global _current
    with _lock:
        if _current is None:
            _current = Services.build(get_settings())
        return _current


def use_services(value: Services | None) -> None:
    """Install services built elsewhere (the bot's main, tests); None forgets them."""
    global _current
    with _lock:
        _current = value
