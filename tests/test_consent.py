"""Consents to the privacy notice: per version, idempotent, exported and deleted."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from bot.privacy.consent import ConsentService
from bot.wiring import Services

CHAT = 4242


def test_consent_counts_only_for_the_notice_in_force(services: Services) -> None:
    consents = services.consents
    assert not consents.has_current(CHAT)
    given = datetime(2026, 12, 7, 21, 0, tzinfo=timezone.utc)
    assert consents.record(CHAT, consents.version, given)
    assert consents.record(CHAT, consents.version)  # a second press changes nothing
    assert consents.has_current(CHAT)
    [view] = consents.for_chat(CHAT)
    assert view.notice_version == consents.version and view.given_at == given

    newer = ConsentService(services.sessions, "2027-01")
    assert not newer.has_current(CHAT), "a new notice version asks again"
    assert not newer.record(CHAT, consents.version), "a button of the old notice is not consent"
    assert not newer.has_current(CHAT)
    assert newer.record(CHAT, "2027-01")
    assert [c.notice_version for c in newer.for_chat(CHAT)] == [consents.version, "2027-01"]


def test_my_data_lists_consents_and_forgetting_removes_them(services: Services) -> None:
    services.consents.record(CHAT, services.consents.version)
    data = services.privacy.describe(CHAT)
    assert data.known and data.consents and services.consents.version in data.consents[0]
    exported = json.loads(services.privacy.export(CHAT))
    assert exported["privacy_consents"][0]["notice_version"] == services.consents.version
    services.privacy.forget(CHAT)
    assert services.consents.for_chat(CHAT) == []
    assert not services.privacy.describe(CHAT).known


def test_the_notice_names_controller_retention_rights_and_version(services: Services) -> None:
    text = services.notice.text()
    settings = services.settings
    assert settings.privacy_controller in text
    assert f"wersja {settings.privacy_notice_version}" in text
    assert f"{settings.request_retention_days} dni" in text
    assert "/moje_dane" in text and "/usun_dane" in text and "Urzędu Ochrony Danych" in text
    assert "112" in text
    assert len(text) < 4096
