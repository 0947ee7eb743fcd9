"""Officer codes: issued, used once, expiring, guarded against guessing, revocable."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.db.models import Officer, OfficerLinkCode
from bot.requests.officer_link import ALPHABET, LinkResult, OfficerIdentity
from bot.wiring import Services
from tests.requests.conftest import CHATS, HEAD, NOW, OFFICER, OFFICER_NAME, drain, link, report

CHAT = 7001


def test_code_is_stored_only_as_its_hash(demo: Services) -> None:
    code = demo.officer_links.issue_code(OFFICER, NOW)
    assert len(code) == 8 and set(code) <= set(ALPHABET)
    with demo.sessions() as session:
        (stored,) = session.execute(select(OfficerLinkCode)).scalars()
        assert stored.code_hash == hashlib.sha256(code.encode()).hexdigest()
        assert stored.expires_at == NOW + timedelta(hours=24)
        assert code not in repr([getattr(stored, c.key) for c in OfficerLinkCode.__table__.columns])


def test_register_links_the_chat(demo: Services) -> None:
    code = demo.officer_links.issue_code(OFFICER, NOW)
    assert demo.officer_links.officer_for_chat(CHAT) is None
    # Read aloud or copied with spaces and dashes, in lower case: still the code.
    typed = f" {code[:4].lower()}-{code[4:]} "
    assert demo.officer_links.register(CHAT, typed, NOW) == LinkResult(
        "linked", OFFICER_NAME, "dzielnicowy"
    )
    assert demo.officer_links.officer_for_chat(CHAT) == OfficerIdentity(
        OFFICER, OFFICER_NAME, "dzielnicowy", "Komisariat Policji I KMP w Łodzi (DEMO)", True
    )
    # Sent twice by the same officer: nothing to complain about.
    assert demo.officer_links.register(CHAT, code, NOW).outcome == "linked"
    # Another chat cannot use it again.
    assert demo.officer_links.register(CHAT + 1, code, NOW).outcome == "used"


def test_kierownik_role_is_reported(demo: Services) -> None:
    code = demo.officer_links.issue_code(HEAD, NOW)
    assert demo.officer_links.register(CHAT, code, NOW) == LinkResult(
        "linked", "kom. Marek Zawadzki", "kierownik"
    )


def test_wrong_and_expired_codes(demo: Services) -> None:
    code = demo.officer_links.issue_code(OFFICER, NOW)
    assert demo.officer_links.register(CHAT, "AAAAAAAA", NOW) == LinkResult("wrong")
    late = NOW + timedelta(hours=24)
    assert demo.officer_links.register(CHAT, code, late).outcome == "expired"
    assert demo.officer_links.officer_for_chat(CHAT) is None


def test_a_new_code_voids_the_earlier_one(demo: Services) -> None:
    first = demo.officer_links.issue_code(OFFICER, NOW)
    second = demo.officer_links.issue_code(OFFICER, NOW + timedelta(minutes=1))
    assert first != second
    assert demo.officer_links.register(CHAT, first, NOW + timedelta(minutes=2)).outcome == (
        "expired"
    )
    assert demo.officer_links.register(CHAT, second, NOW + timedelta(minutes=2)).outcome == (
        "linked"
    )


def test_five_wrong_tries_an_hour(demo: Services) -> None:
    code = demo.officer_links.issue_code(OFFICER, NOW)
    for minute in range(5):
        at = NOW + timedelta(minutes=minute)
        assert demo.officer_links.register(CHAT, f"WRONG{minute:03d}", at).outcome == "wrong"
    # Checked before the code: even the right one is refused now.
    assert demo.officer_links.register(CHAT, code, NOW + timedelta(minutes=10)) == LinkResult(
        "too_many"
    )
    assert demo.officer_links.register(CHAT + 1, "WRONG999", NOW).outcome == "wrong"
    # The window slides: once the first failure is an hour old, one more try is allowed.
    assert demo.officer_links.register(CHAT, code, NOW + timedelta(minutes=59)).outcome == (
        "too_many"
    )
    assert demo.officer_links.register(CHAT, code, NOW + timedelta(minutes=61)).outcome == (
        "linked"
    )


def test_unknown_officer(demo: Services) -> None:
    with pytest.raises(LookupError):
        demo.officer_links.issue_code("NOBODY", NOW)
    with pytest.raises(LookupError):
        demo.officer_links.revoke("NOBODY")


def test_linked_elsewhere_needs_a_revoke(demo: Services) -> None:
    first = demo.officer_links.issue_code(OFFICER, NOW)
    demo.officer_links.register(CHAT, first, NOW)
    second = demo.officer_links.issue_code(OFFICER, NOW)
    assert demo.officer_links.register(CHAT + 1, second, NOW) == LinkResult(
        "already_linked_elsewhere", OFFICER_NAME, "dzielnicowy"
    )
    assert demo.officer_links.revoke(OFFICER)
    assert demo.officer_links.officer_for_chat(CHAT) is None
    assert not demo.officer_links.revoke(OFFICER)
    # The revoke voided the unused code too.
    assert demo.officer_links.register(CHAT + 1, second, NOW).outcome == "wrong"
    third = demo.officer_links.issue_code(OFFICER, NOW)
    assert demo.officer_links.register(CHAT + 1, third, NOW).outcome == "linked"


def test_one_chat_is_one_officer(demo: Services) -> None:
    demo.officer_links.register(CHAT, demo.officer_links.issue_code(OFFICER, NOW), NOW)
    demo.officer_links.register(CHAT, demo.officer_links.issue_code(HEAD, NOW), NOW)
    identity = demo.officer_links.officer_for_chat(CHAT)
    assert identity is not None and identity.code == HEAD
    with demo.sessions() as session:
        officer = session.execute(select(Officer).where(Officer.code == OFFICER)).scalar_one()
        assert officer.telegram_chat_id is None


def test_revoke_hands_open_requests_to_the_kierownik(demo: Services) -> None:
    link(demo, OFFICER, HEAD)
    filed = demo.requests.file(report(), NOW)
    drain(demo)
    assert demo.officer_links.revoke(OFFICER)
    assert not demo.requests.can_act(filed.id, CHATS[OFFICER])
    assert [v.number for v in demo.requests.unassigned()] == [filed.number]
    assert demo.requests.assign_waiting(NOW) == 1
    (notice,) = drain(demo)
    assert notice.chat_id == CHATS[HEAD]
    assert notice.reply.text.startswith(f"Przekazano Ci zgłoszenie {filed.number}")
