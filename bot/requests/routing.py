"""Who handles a request and who may act on it. Functions of an open session."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.db.models import Officer, ServiceRequest
from bot.requests.model import HandlerKind


def display_name(officer: Officer) -> str:
    return f"{officer.rank} {officer.first_name} {officer.last_name}"


def officer_by_chat(session: Session, chat_id: int) -> Officer | None:
    officer: Officer | None = session.execute(
        select(Officer).where(Officer.telegram_chat_id == chat_id)
    ).scalar_one_or_none()
    return officer


def linked_head(session: Session, unit_id: int | None) -> Officer | None:
    """The unit's active kierownik, if they use the bot."""
    if unit_id is None:
        return None
    head: Officer | None = (
        session.execute(
            select(Officer)
            .where(
                Officer.unit_id == unit_id,
                Officer.role == "kierownik",
                Officer.active.is_(True),
                Officer.telegram_chat_id.is_not(None),
            )
            .order_by(Officer.id)
        )
        .scalars()
        .first()
    )
    return head


def choose_handler(
    session: Session, officer: Officer | None, unit_id: int | None
) -> tuple[Officer | None, HandlerKind]:
    """The area's officer when linked, else their unit's kierownik when linked, else nobody."""
    if officer is not None and officer.active and officer.telegram_chat_id is not None:
        return officer, "officer"
    head = linked_head(session, unit_id)
    if head is not None:
        return head, "kierownik"
    return None, "unassigned"


def may_act(request: ServiceRequest, actor: Officer) -> bool:
    # A deactivated officer keeps their linked account for the requests they still have.
    if actor.id in (request.handler_officer_id, request.officer_id):
        return True
    return bool(
        actor.role == "kierownik"
        and actor.active
        and request.unit_id is not None
        and actor.unit_id == request.unit_id
    )


def release_requests(session: Session, officer_id: int) -> int:
    """The officer left the bot: their open requests wait for a new handler (assign_waiting)."""
    result = session.execute(
        update(ServiceRequest)
        .where(
            ServiceRequest.handler_officer_id == officer_id,
            ServiceRequest.status != "closed",
        )
        .values(handler_officer_id=None)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)
