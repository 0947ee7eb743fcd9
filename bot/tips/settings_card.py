"""The tips settings card: who the tips are for, how often, at what hour, as buttons.

The card is stateless: each button carries the whole draft it leads to (`tp:<op>:<audience
bits>:<frequency>:<hour>`, well under Telegram's 64 bytes), so a press needs no server-side
session and an old card can still be saved or discarded.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation.replies import Button, Reply
from bot.registry.normalize import fold
from bot.tips.catalog import AUDIENCES

FREQUENCIES: dict[str, str] = {"d": "daily", "t": "twice_weekly", "w": "weekly"}
FREQUENCY_LABELS = {
    "daily": "codziennie",
    "twice_weekly": "2 razy w tygodniu (pon., czw.)",
    "weekly": "raz w tygodniu (pon.)",
}
SHORT_FREQUENCY = {"daily": "Codziennie", "twice_weekly": "2× w tyg.", "weekly": "Raz w tyg."}
PRIVATE_HOURS = (7, 9, 12, 16, 18, 20)
GROUP_HOURS = (8, 9, 10, 11, 12, 13, 14)
PREFIX = "tp"
# Typed words that pick an audience ("zapisz mnie na porady dla seniorów").
_KEYWORDS = {
    "dzieci i młodzież": ("dzieci", "dziecka", "mlodziez", "mlodziezy", "nastolat", "uczni"),
    "rodzice": ("rodzic", "mama", "tata", "matk", "ojc"),
    "nauczyciele": ("nauczyc", "pedagog", "wychowaw", "szkol"),
    "seniorzy": ("senior", "starsz", "emeryt", "babci", "dziadk"),
    "kierowcy": ("kierowc", "samochod", "auto"),
    "rowerzyści i hulajnogi": ("rower", "hulajnog"),
}


@dataclass(frozen=True)
class Draft:
    audiences: frozenset[str]
    frequency: str  # daily | twice_weekly | weekly
    hour: int

    def encode(self, op: str) -> str:
        code = next(k for k, v in FREQUENCIES.items() if v == self.frequency)
        return f"{PREFIX}:{op}:{audiences_bits(self.audiences)}:{code}:{self.hour}"

    def toggled(self, audience: str) -> Draft:
        return Draft(self.audiences ^ {audience}, self.frequency, self.hour)

    def with_frequency(self, frequency: str) -> Draft:
        return Draft(self.audiences, frequency, self.hour)

    def with_hour(self, hour: int) -> Draft:
        return Draft(self.audiences, self.frequency, hour)


def decode(data: str) -> tuple[str, Draft] | None:
    """The operation and the draft of a pressed button; None for anything malformed."""
    parts = data.split(":")
    if len(parts) != 5 or parts[0] != PREFIX or parts[3] not in FREQUENCIES:
        return None
    op, bits, code, hour = parts[1], parts[2], parts[3], parts[4]
    if not (bits.isdigit() and hour.isdigit()) or int(bits) >= 1 << len(AUDIENCES):
        return None
    if not 0 <= int(hour) <= 23:
        return None
    audiences = frozenset(a for i, a in enumerate(AUDIENCES) if int(bits) & (1 << i))
    return op, Draft(audiences, FREQUENCIES[code], int(hour))


def audiences_bits(audiences: frozenset[str]) -> str:
    """Audiences as a short number, for a button's data (at most 64 bytes)."""
    return str(sum(1 << i for i, a in enumerate(AUDIENCES) if a in audiences))


def bits_audiences(bits: object) -> frozenset[str]:
    """The audiences of audiences_bits(); nothing for anything malformed."""
    text = str(bits) if bits is not None else ""
    if not text.isdigit() or int(text) >= 1 << len(AUDIENCES):
        return frozenset()
    return frozenset(a for i, a in enumerate(AUDIENCES) if int(text) >> i & 1)


def audiences_in(text: str) -> frozenset[str]:
    folded = fold(text)
    return frozenset(a for a, words in _KEYWORDS.items() if any(w in folded for w in words))


def describe(draft: Draft, group: bool) -> str:
    who = ", ".join(a for a in AUDIENCES if a in draft.audiences) or "— (wybierz)"
    when = FREQUENCY_LABELS[draft.frequency]
    if group:
        when += ", tylko w dni nauki"
    return f"Dla kogo: {who}\nJak często: {when}\nO której: {draft.hour}:00"


def card(draft: Draft, *, subscribed: bool, group: bool) -> Reply:
    head = "Porady od dzielnicowych – ustawienia" + (" tej klasy" if group else "")
    text = (
        f"{head}\n{describe(draft, group)}\n\n"
        "Zaznacz odbiorców, częstotliwość i godzinę, a potem naciśnij „Zapisz”."
    )
    buttons: list[Button] = []
    for i, audience in enumerate(AUDIENCES):
        mark = "✓ " if audience in draft.audiences else ""
        buttons.append(Button(f"{mark}{audience}", draft.toggled(audience).encode("v"), i // 2))
    row = 10
    for frequency, label in SHORT_FREQUENCY.items():
        mark = "✓ " if frequency == draft.frequency else ""
        buttons.append(Button(f"{mark}{label}", draft.with_frequency(frequency).encode("v"), row))
    hours = GROUP_HOURS if group else PRIVATE_HOURS
    for hour in hours:
        mark = "✓" if hour == draft.hour else ""
        buttons.append(Button(f"{mark}{hour}:00", draft.with_hour(hour).encode("v"), row + 1))
    last = row + 2
    buttons.append(Button("Zapisz", draft.encode("s"), last))
    if subscribed:
        buttons.append(Button("Wypisz", draft.encode("u"), last))
    buttons.append(Button("Zamknij", draft.encode("x"), last))
    return Reply(text, tuple(buttons))
