"""Everything stored about one chat, as a JSON document for the resident ("/moje_dane")."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.db.models import Chat, OutboxMessage, TipDelivery, utcnow
from bot.requests.officer_link import OfficerLinkService
from bot.requests.service import RequestService
from bot.tips.service import TipsService

CONVERSATION = (
    "Przebieg bieżącej rozmowy (np. podany adres) jest tylko w pamięci bota i znika po dwóch "
    "godzinach ciszy albo po „usuń moje dane”."
)


def export_chat(
    sessions: sessionmaker,
    requests: RequestService,
    tips: TipsService | None,
    officers: OfficerLinkService,
    chat_id: int,
) -> dict[str, Any]:
    with sessions() as session:
        chat = session.get(Chat, chat_id)
        pending = session.execute(
            select(func.count(OutboxMessage.id)).where(
                OutboxMessage.chat_id == chat_id, OutboxMessage.status == "pending"
            )
        ).scalar_one()
        subscription = tips.current(chat_id) if tips is not None else None
        delivered = (
            session.execute(
                select(func.count(TipDelivery.id)).where(
                    TipDelivery.subscription_id == subscription.id
                )
            ).scalar_one()
            if subscription is not None
            else 0
        )
    officer = officers.officer_for_chat(chat_id)
    return {
        "exported_at": utcnow().isoformat(),
        "chat": {
            "id": chat_id,
            "kind": chat.kind,
            "active": chat.active,
            "inactive_since": chat.inactive_since,
        }
        if chat is not None
        else None,
        "requests": [asdict(view) for view in requests.for_resident(chat_id)],
        "tips_subscription": (
            {**asdict(subscription), "tips_sent": delivered} if subscription is not None else None
        ),
        "officer_account": asdict(officer) if officer is not None else None,
        "messages_waiting_to_be_sent": pending,
        "conversation": CONVERSATION,
    }


def export_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not serializable: {type(value).__name__}")
