"""Handlers for waiting requests, reminders before deadlines, escalations after them.

Each step first claims its request with a conditional UPDATE (`... WHERE x IS NULL`): of two
processes running the check at once only one changes the row, and only that one notifies.
The outbox dedup keys are a second guard.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot.db.models import Officer, ServiceRequest
from bot.requests.config import RequestsConfig
from bot.requests.notify import Notifier
from bot.requests.routing import choose_handler, linked_head

log = logging.getLogger(__name__)


@dataclass
class Counts:
    assigned: int = 0
    reminders: int = 0
    escalations: int = 0
    unrouted: int = 0


def _claim(session: Session, request_id: int, column: Any, **values: object) -> bool:
    won = session.execute(
        update(ServiceRequest)
        .where(ServiceRequest.id == request_id, column.is_(None))
        .values(**values)
        .execution_options(synchronize_session="fetch")
    ).rowcount
    return bool(won)


def assign_waiting(session: Session, notifier: Notifier, counts: Counts) -> None:
    waiting = session.execute(
        select(ServiceRequest)
        .where(
            ServiceRequest.handler_officer_id.is_(None),
            ServiceRequest.status != "closed",
            ServiceRequest.unit_id.is_not(None),
        )
        .order_by(ServiceRequest.id)
    ).scalars()
    for request in list(waiting):
        area = session.get(Officer, request.officer_id) if request.officer_id is not None else None
        handler, _kind = choose_handler(session, area, request.unit_id)
        if handler is None:
            continue
        if _claim(
            session,
            request.id,
            ServiceRequest.handler_officer_id,
            handler_officer_id=handler.id,
        ):
            notifier.assigned(session, request, handler.telegram_chat_id)
            counts.assigned += 1


def check(
    session: Session, now: datetime, config: RequestsConfig, notifier: Notifier, counts: Counts
) -> None:
    stages = (
        (
            "accept",
            config.accept_seconds,
            ServiceRequest.status == "new",
            ServiceRequest.accept_due,
            ServiceRequest.accept_reminded_at,
            ServiceRequest.accept_escalated_at,
        ),
        (
            "close",
            config.close_seconds,
            ServiceRequest.status != "closed",
            ServiceRequest.close_due,
            ServiceRequest.close_reminded_at,
            ServiceRequest.close_escalated_at,
        ),
    )
    for stage, seconds, is_open, due, reminded, escalated in stages:
        remind_from = timedelta(seconds=config.remind_before_seconds(seconds))
        # due - remind_from <= now, written so that the database compares plain columns.
        candidates = session.execute(
            select(ServiceRequest)
            .where(
                is_open,
                escalated.is_(None),
                due <= now + remind_from,
                or_(due <= now, reminded.is_(None)),
            )
            .order_by(ServiceRequest.id)
        ).scalars()
        for request in list(candidates):
            if getattr(request, due.key) <= now:
                _escalate(session, request, stage, escalated, now, notifier, counts)
            else:
                _remind(session, request, stage, reminded, now, notifier, counts)


def _remind(
    session: Session,
    request: ServiceRequest,
    stage: str,
    reminded: Any,
    now: datetime,
    notifier: Notifier,
    counts: Counts,
) -> None:
    handler = (
        session.get(Officer, request.handler_officer_id)
        if request.handler_officer_id is not None
        else None
    )
    if handler is None or handler.telegram_chat_id is None:
        return  # nobody to remind yet; a handler assigned later still gets the reminder
    if _claim(session, request.id, reminded, **{reminded.key: now}):
        notifier.reminder(session, request, stage, handler.telegram_chat_id)
        counts.reminders += 1


def _escalate(
    session: Session,
    request: ServiceRequest,
    stage: str,
    escalated: Any,
    now: datetime,
    notifier: Notifier,
    counts: Counts,
) -> None:
    # Marked even when nobody can be told: the miss is logged once, and a kierownik who
    # links later finds the request among their unit's open ones.
    if not _claim(session, request.id, escalated, **{escalated.key: now}):
        return
    head = linked_head(session, request.unit_id)
    if head is None:
        log.warning(
            "request %s missed its %s deadline and no kierownik of its unit is linked",
            request.id,
            stage,
        )
        counts.unrouted += 1
        return
    notifier.escalation(session, request, stage, head.telegram_chat_id)
    counts.escalations += 1
