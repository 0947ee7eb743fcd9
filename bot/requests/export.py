"""CSV export of requests for reporting: no descriptions, contacts only when asked for."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bot.db.models import Officer, PoliceUnit, RequestMessage, ServiceRequest

COLUMNS = (
    "number",
    "kind",
    "category",
    "unit",
    "officer_code",
    "place",
    "created_at",
    "accepted_at",
    "closed_at",
    "status",
    "close_status",
    "messages",
)


def write_csv(
    session: Session, since: date, with_contact: bool, out: TextIO, zone: ZoneInfo
) -> int:
    """Requests filed on or after `since` (local date), oldest first; returns the row count."""
    start = datetime.combine(since, time.min, tzinfo=zone)
    area = aliased(Officer)
    messages = (
        select(func.count(RequestMessage.id))
        .where(RequestMessage.request_id == ServiceRequest.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(ServiceRequest, PoliceUnit.name, area.code, messages)
        .outerjoin(PoliceUnit, PoliceUnit.id == ServiceRequest.unit_id)
        .outerjoin(area, area.id == ServiceRequest.officer_id)
        .where(ServiceRequest.created_at >= start)
        .order_by(ServiceRequest.created_at, ServiceRequest.id)
    ).all()

    def moment(value: datetime | None) -> str:
        return value.astimezone(zone).isoformat(timespec="seconds") if value else ""

    writer = csv.writer(out)
    writer.writerow((*COLUMNS, "contact") if with_contact else COLUMNS)
    for request, unit, officer_code, message_count in rows:
        row = [
            request.number,
            request.kind,
            request.category or "",
            unit or "",
            officer_code or "",
            request.place,
            moment(request.created_at),
            moment(request.accepted_at),
            moment(request.closed_at),
            request.status,
            request.close_status or "",
            message_count,
        ]
        if with_contact:
            row.append(request.contact or "")
        writer.writerow(row)
    return len(rows)
