"""Plain-text answers about officers (the adapter escapes and formats them)."""

from __future__ import annotations

from bot.registry.resolve import Resolution
from bot.registry.service import OfficerCard

NOT_FOUND = (
    "Nie znalazłem tego adresu w rejestrze dzielnicowych. Sprawdź pisownię ulicy i numer "
    "domu, dopisz miejscowość i spróbuj jeszcze raz.\n"
    "Sprawy pilne: Policja 997, numer alarmowy 112."
)


def officer_card_text(card: OfficerCard, resolution: Resolution) -> str:
    where = ""
    if resolution.street and resolution.city:
        number = f" {resolution.house}" if resolution.house else ""
        where = f" dla adresu {resolution.street}{number}, {resolution.city}"
    lines = [
        f"Twój dzielnicowy{where}:",
        f"{card.rank} {card.first_name} {card.last_name}",
        card.unit,
        f"Telefon: {card.phone}",
    ]
    if card.email:
        lines.append(f"E-mail: {card.email}")
    if card.duty_hours:
        lines.append(f"Godziny służby: {card.duty_hours}")
    lines.append("")
    lines.append(
        "Ten telefon nie jest numerem alarmowym i odbierany jest tylko w godzinach służby. "
        "W nagłej sytuacji dzwoń pod 112."
    )
    return "\n".join(lines)
