"""'Usuń moje dane' reaches the resident's requests: personal fields go, statistics stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.db.models import OutboxMessage, RequestMessage, RequestPhoto, ServiceRequest
from bot.wiring import Services
from tests.requests.conftest import CHATS, NOW, OFFICER, RESIDENT, link, report


def test_forgetting_a_resident_keeps_only_anonymous_statistics(demo: Services) -> None:
    link(demo, OFFICER)
    filed = demo.requests.file(
        report(
            photos=("PHOTO-1",),
            contact="600 100 200",
            contact_consent_at=NOW,
            latitude=51.76,
            longitude=19.45,
        ),
        NOW,
    )
    demo.requests.resident_message(filed.id, RESIDENT, "Znowu stoją na chodniku.", NOW)
    other = demo.requests.file(report(resident_chat_id=RESIDENT + 1), NOW)

    demo.privacy.forget(RESIDENT)

    with demo.sessions() as session:
        request = session.get(ServiceRequest, filed.id)
        assert request is not None
        personal = (request.description, request.place, request.when_text, request.contact)
        assert "chodniku" not in " ".join(p or "" for p in personal)
        assert request.contact is None and request.contact_consent_at is None
        assert request.latitude is None and request.resident_chat_id != RESIDENT
        assert (request.category, request.status, request.officer_id) == (
            "parkowanie",
            "new",
            request.officer_id,
        )
        assert (
            session.execute(select(RequestPhoto).where(RequestPhoto.request_id == filed.id)).first()
            is None
        )
        assert (
            session.execute(
                select(RequestMessage).where(RequestMessage.request_id == filed.id)
            ).first()
            is None
        )
        kept = session.get(ServiceRequest, other.id)
        assert kept is not None and "chodniku" in kept.description
        assert not session.execute(
            select(OutboxMessage).where(OutboxMessage.chat_id == RESIDENT)
        ).first()
    assert demo.requests.for_resident(RESIDENT) == []
    # The officer's answer to a forgotten resident goes nowhere and says so to nobody.
    demo.requests.start_answer(filed.id, CHATS[OFFICER], NOW)
    result = demo.requests.officer_text(CHATS[OFFICER], "Sprawdzę.", NOW)
    assert result is not None and result.ok
    with demo.sessions() as session:
        assert not session.execute(select(OutboxMessage).where(OutboxMessage.chat_id == 0)).first()


def test_forgetting_withdraws_every_waiting_notification_that_quotes_the_resident(
    demo: Services,
) -> None:
    """Filed while no officer used the bot, then handed over with its photo and follow-up:
    those notifications carry no dedup key, and none may still go out after the deletion."""
    filed = demo.requests.file(report(photos=("PHOTO-1",)), NOW)
    demo.requests.resident_message(filed.id, RESIDENT, "Znowu stoją na chodniku.", NOW)
    link(demo, OFFICER)
    demo.requests.check_deadlines(NOW + timedelta(hours=1))
    with demo.sessions() as session:
        waiting = session.execute(
            select(OutboxMessage).where(OutboxMessage.chat_id == CHATS[OFFICER])
        ).scalars()
        assert sorted(m.dedup_key is None for m in waiting) == [True, True, True]

    demo.privacy.forget(RESIDENT)

    with demo.sessions() as session:
        rows = session.execute(select(OutboxMessage)).scalars().all()
        assert {(m.chat_id, m.status) for m in rows} == {(CHATS[OFFICER], "cancelled")}
        assert all(m.text == "" and m.photo is None for m in rows)
