"""Record chats and their reachability (blocked, kicked, back again)."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from bot.db.engine import transaction
from bot.db.models import Chat, utcnow


class ChatService:
    def __init__(self, session_factory: sessionmaker) -> None:
        self._sessions = session_factory
        self._known_active: set[int] = set()  # spares a write on every message

    def seen(self, chat_id: int, kind: str) -> None:
        """The chat talked to us or added us: it is reachable."""
        if chat_id in self._known_active:
            return
        try:
            with transaction(self._sessions) as session:
                chat = session.get(Chat, chat_id)
                if chat is None:
                    session.add(Chat(id=chat_id, kind=kind, active=True))
                elif not chat.active:
                    chat.active = True
                    chat.inactive_since = None
        except IntegrityError:  # another replica inserted it first
            pass
        self._known_active.add(chat_id)

    def mark_inactive(self, chat_id: int) -> None:
        """Blocked (403) or removed from the group: stop sending there."""
        self._known_active.discard(chat_id)
        with transaction(self._sessions) as session:
            chat = session.get(Chat, chat_id)
            if chat is not None and chat.active:
                chat.active = False
                chat.inactive_since = utcnow()

    def forget(self, chat_id: int) -> None:
        """Deletes the chat's record ("usuń moje dane"); its next message records it anew."""
        self._known_active.discard(chat_id)
        with transaction(self._sessions) as session:
            session.execute(delete(Chat).where(Chat.id == chat_id))
