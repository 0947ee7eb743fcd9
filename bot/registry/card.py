"""Plain-text answers about officers (the adapter escapes and formats them)."""

from __future__ import annotations

from bot.registry.resolve import Resolution
from bot.registry.service import OfficerCard

NOT_FOUND = (
    "Nie znalazłem tego adresu w rejestrze dzielnicowych. Sprawdź pisownię ulicy i numer "
    "domu, dopisz miejscowość i spróbuj jeszcze raz.\n"
    "Sprawy pilne: Policja 997, numer alarmowy 112."
)

MOJA_KOMENDA = (
    "Dzielnicowego w innym miejscu znajdziesz w aplikacji „Moja Komenda” albo na stronie "
    "komendy policji właściwej dla tej miejscowości."
)


def outside_area_text(town: str, covered: tuple[str, ...]) -> str:
    towns = ", ".join(covered) if covered else "—"
    return (
        f"Miejscowość {town} nie należy do obszaru tego bota. Wskazuję dzielnicowych dla: "
        f"{towns}.\n{MOJA_KOMENDA}\nW nagłej sytuacji dzwoń pod 112."
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


def officer_contact_line(card: OfficerCard) -> str:
    """One line for a message that is about something else: who, phone, when."""
    line = f"{card.rank} {card.first_name} {card.last_name}, tel. {card.phone}"
    return f"{line} ({card.duty_hours})" if card.duty_hours else line
