"""A group upgraded to a supergroup gets a new chat id: what the bot keeps for it moves there.

Telegram says so twice: a service message in the old group (migrate_to_chat_id) and, to a
message sent to the old id, an error naming the new one. Either may come first or alone, so
moving is idempotent.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import sessionmaker

from bot.db.engine import transaction
from bot.db.models import Chat, OutboxMessage, TipDelivery, TipSubscription


def move_chat(sessions: sessionmaker, old_id: int, new_id: int) -> bool:
    """Moves the chat's record, its tips subscription and its unsent messages to new_id.
    False when there was nothing left under old_id."""
    with transaction(sessions) as session:
        moved = False
        old_chat = session.get(Chat, old_id)
        if old_chat is not None:
            if session.get(Chat, new_id) is None:
                session.add(Chat(id=new_id, kind="supergroup", active=old_chat.active))
            session.delete(old_chat)
            moved = True
        subscription = session.execute(
            select(TipSubscription).where(TipSubscription.chat_id == old_id)
        ).scalar_one_or_none()
        if subscription is not None:
            taken = session.execute(
                select(TipSubscription.id).where(TipSubscription.chat_id == new_id)
            ).first()
            if taken is None:  # else the new group already set itself up: it wins
                subscription.chat_id = new_id
            else:
                session.execute(
                    delete(TipDelivery).where(TipDelivery.subscription_id == subscription.id)
                )
                session.delete(subscription)
            moved = True
        unsent = session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.chat_id == old_id,
                OutboxMessage.status.in_(("pending", "sending")),
            )
            .values(chat_id=new_id)
            .execution_options(synchronize_session=False)
        ).rowcount
        return moved or bool(unsent)
