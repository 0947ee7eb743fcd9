"""Describe and delete everything stored for one chat."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from bot.db.engine import transaction
from bot.db.models import Chat, OutboxMessage


@dataclass(frozen=True)
class ChatData:
    known: bool
    kind: str | None
    pending_messages: int


class PrivacyService:
    def __init__(self, session_factory: sessionmaker) -> None:
        self._sessions = session_factory

    def describe(self, chat_id: int) -> ChatData:
        with self._sessions() as session:
            chat = session.get(Chat, chat_id)
            pending = session.execute(
                select(OutboxMessage.id).where(
                    OutboxMessage.chat_id == chat_id, OutboxMessage.status == "pending"
                )
            ).all()
            return ChatData(chat is not None, chat.kind if chat else None, len(pending))

    def forget(self, chat_id: int) -> None:
        with transaction(self._sessions) as session:
            session.execute(delete(OutboxMessage).where(OutboxMessage.chat_id == chat_id))
            session.execute(delete(Chat).where(Chat.id == chat_id))


def describe_text(data: ChatData) -> str:
    lines = ["Co bot przechowuje o tym czacie:"]
    if data.known:
        lines.append("• identyfikator czatu w Telegramie i jego rodzaj – żeby móc odpowiadać,")
    else:
        lines.append("• nic na stałe – ten czat nie jest zapisany w bazie,")
    if data.pending_messages:
        lines.append(f"• wiadomości czekające na wysłanie: {data.pending_messages},")
    lines.append(
        "• przebieg bieżącej rozmowy (np. podany adres) – tylko w pamięci, do zakończenia "
        "rozmowy lub restartu bota."
    )
    lines.append(
        "Nie zapisuję imion, numerów telefonów ani adresów. Napisz „usuń moje dane”, "
        "a usunę wszystko."
    )
    return "\n".join(lines)
