"""Describe and delete everything stored for one chat."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from bot.chats.service import ChatService
from bot.db.engine import transaction
from bot.db.models import Chat, OutboxMessage, RegistrationFailure
from bot.privacy.consent import ConsentService
from bot.privacy.export import export_chat, export_json
from bot.requests.officer_link import OfficerLinkService
from bot.requests.service import RequestService
from bot.tips.service import TipsService


@dataclass(frozen=True)
class ChatData:
    known: bool
    kind: str | None
    pending_messages: int
    requests: int = 0
    tips: bool = False
    tips_area: bool = False  # the dzielnicowy's area, for local alerts
    consents: tuple[str, ...] = ()  # "wersja 2026-12, 7.12.2026 22:40"


class PrivacyService:
    def __init__(
        self,
        session_factory: sessionmaker,
        requests: RequestService,
        tips: TipsService | None = None,
        officers: OfficerLinkService | None = None,
        chats: ChatService | None = None,
        consents: ConsentService | None = None,
    ) -> None:
        self._sessions = session_factory
        self._chats = chats or ChatService(session_factory)
        self._requests = requests
        self._tips = tips
        self._officers = officers or OfficerLinkService(session_factory)
        self._consents = consents

    def export(self, chat_id: int) -> str:
        """Everything stored about the chat, as JSON (bot/privacy/export.py)."""
        data = export_chat(self._sessions, self._requests, self._tips, self._officers, chat_id)
        consents = self._consents.for_chat(chat_id) if self._consents is not None else []
        data["privacy_consents"] = [
            {"notice_version": c.notice_version, "given_at": c.given_at} for c in consents
        ]
        return export_json(data)

    def describe(self, chat_id: int) -> ChatData:
        with self._sessions() as session:
            chat = session.get(Chat, chat_id)
            pending = session.execute(
                select(OutboxMessage.id).where(
                    OutboxMessage.chat_id == chat_id, OutboxMessage.status == "pending"
                )
            ).all()
            requests = len(self._requests.for_resident(chat_id))
            subscription = self._tips.current(chat_id) if self._tips is not None else None
            tips = subscription is not None
            consents = self._consents.for_chat(chat_id) if self._consents is not None else []
            return ChatData(
                chat is not None or requests > 0 or tips or bool(consents),
                chat.kind if chat else None,
                len(pending),
                requests,
                tips,
                subscription is not None and subscription.officer_code is not None,
                tuple(
                    f"wersja {c.notice_version}, {c.given_at:%d.%m.%Y %H:%M} UTC" for c in consents
                ),
            )

    def forget(self, chat_id: int) -> None:
        """The chat, its queued messages, its tips subscription (with its delivery history),
        its consents and the personal fields of its requests."""
        self._requests.forget_resident(chat_id)
        if self._tips is not None:
            self._tips.forget(chat_id)
        with transaction(self._sessions) as session:
            session.execute(delete(OutboxMessage).where(OutboxMessage.chat_id == chat_id))
            # Wrong officer codes typed here: the limit they enforce guards codes of 31^8.
            session.execute(
                delete(RegistrationFailure).where(RegistrationFailure.chat_id == chat_id)
            )
        if self._consents is not None:
            self._consents.forget(chat_id)
        self._chats.forget(chat_id)


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
    if data.requests:
        lines.append(
            f"• Twoje zgłoszenia do dzielnicowego ({data.requests}): miejsce, opis, zdjęcia, "
            "wiadomości i kontakt, jeśli go podano – żeby dzielnicowy mógł je sprawdzić i "
            "odpowiedzieć (szczegóły: /moje_zgloszenia),"
        )
    if data.tips:
        lines.append(
            "• zapis na porady (odbiorcy, częstotliwość, godzina) i to, które porady już "
            "wysłałem – żeby się nie powtarzały,"
        )
    for consent in data.consents:
        lines.append(f"• Twoja zgoda na przetwarzanie danych ({consent}),")
    if data.tips_area:
        lines.append(
            "• rejon Twojego dzielnicowego (bez adresu) – żeby docierały do Ciebie pilne "
            "komunikaty z okolicy,"
        )
    lines.append(
        "Poza zgłoszeniami nie zapisuję imion, numerów telefonów ani adresów. Napisz „usuń "
        "moje dane”, a usunę wszystko (ze zgłoszeń zostanie tylko anonimowa statystyka: "
        "kategoria, rejon, daty, status)."
    )
    return "\n".join(lines)
