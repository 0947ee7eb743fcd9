"""Requests as plain RequestView values, loaded in a few queries for a whole list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Officer, PoliceUnit, RequestMessage, RequestPhoto, ServiceRequest
from bot.requests.categories import category_label, kind_label, status_label
from bot.requests.model import MessageView, RequestView
from bot.requests.routing import display_name


def build_views(session: Session, requests: Sequence[ServiceRequest]) -> list[RequestView]:
    if not requests:
        return []
    ids = [r.id for r in requests]
    photos: dict[int, list[str]] = defaultdict(list)
    for request_id, file_id in session.execute(
        select(RequestPhoto.request_id, RequestPhoto.file_id)
        .where(RequestPhoto.request_id.in_(ids))
        .order_by(RequestPhoto.id)
    ):
        photos[request_id].append(file_id)
    messages: dict[int, list[RequestMessage]] = defaultdict(list)
    for message in session.execute(
        select(RequestMessage)
        .where(RequestMessage.request_id.in_(ids))
        .order_by(RequestMessage.created_at, RequestMessage.id)
    ).scalars():
        messages[message.request_id].append(message)
    officer_ids = {
        i
        for r in requests
        for i in (r.officer_id, r.handler_officer_id, r.accepted_by_officer_id)
        if i is not None
    } | {m.officer_id for ms in messages.values() for m in ms if m.officer_id is not None}
    officers = {
        o.id: o
        for o in session.execute(select(Officer).where(Officer.id.in_(officer_ids))).scalars()
    }
    unit_ids = {r.unit_id for r in requests if r.unit_id is not None}
    units: dict[int, str] = {
        unit_id: unit_name
        for unit_id, unit_name in session.execute(
            select(PoliceUnit.id, PoliceUnit.name).where(PoliceUnit.id.in_(unit_ids))
        )
    }

    def name(officer_id: int | None) -> str | None:
        officer = officers.get(officer_id) if officer_id is not None else None
        return display_name(officer) if officer is not None else None

    def code(officer_id: int | None) -> str | None:
        officer = officers.get(officer_id) if officer_id is not None else None
        return str(officer.code) if officer is not None else None

    return [
        RequestView(
            id=r.id,
            number=r.number,
            kind=r.kind,
            kind_label=kind_label(r.kind),
            category=r.category,
            category_label=category_label(r.category),
            place=r.place,
            latitude=r.latitude,
            longitude=r.longitude,
            description=r.description,
            when_text=r.when_text,
            contact=r.contact,
            status=r.status,
            status_label=status_label(r.status, r.close_status),
            close_status=r.close_status,
            closing_note=r.closing_note,
            unit=units.get(r.unit_id) if r.unit_id is not None else None,
            officer_code=code(r.officer_id),
            officer_name=name(r.officer_id),
            handler_name=name(r.handler_officer_id),
            accepted_by=name(r.accepted_by_officer_id),
            created_at=r.created_at,
            accepted_at=r.accepted_at,
            closed_at=r.closed_at,
            accept_due=r.accept_due,
            close_due=r.close_due,
            photos=tuple(photos[r.id]),
            messages=tuple(
                MessageView(m.author, m.text, m.created_at, name(m.officer_id))
                for m in messages[r.id]
            ),
        )
        for r in requests
    ]
