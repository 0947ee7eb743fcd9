"""Categories, closing statuses and status labels, after the KMZB threat map.

Codes are short ASCII words: they travel in Telegram callback data (at most 64 bytes).
"""

from __future__ import annotations

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("parkowanie", "Nieprawidłowe parkowanie"),
    ("predkosc", "Przekraczanie dozwolonej prędkości"),
    ("alkohol", "Spożywanie alkoholu w miejscach niedozwolonych"),
    ("wandalizm", "Akty wandalizmu"),
    ("wysypisko", "Dzikie wysypiska śmieci"),
    ("demoralizacja", "Grupowanie się małoletnich zagrożonych demoralizacją"),
    ("psy", "Wałęsające się bezpańskie psy"),
    ("srodki", "Używanie środków odurzających"),
    ("rajdy", "Nielegalne rajdy samochodowe"),
    ("infrastruktura", "Niewłaściwa infrastruktura drogowa"),
    ("ruch", "Zła organizacja ruchu drogowego"),
    ("bezdomny", "Osoba bezdomna wymagająca pomocy"),
    ("zwierzeta", "Znęcanie się nad zwierzętami"),
    ("zebractwo", "Żebractwo"),
    ("zielen", "Niszczenie zieleni"),
    ("inne", "Inne"),
)

CLOSE_STATUSES: tuple[tuple[str, str], ...] = (
    ("potwierdzone", "potwierdzone"),
    ("wyeliminowane", "potwierdzone (wyeliminowane)"),
    ("niepotwierdzone", "niepotwierdzone"),
    ("pomylka", "żart lub pomyłka"),
)

KINDS: tuple[tuple[str, str], ...] = (
    ("report", "zgłoszenie"),
    ("message", "wiadomość do dzielnicowego"),
)

STATUS_LABELS: dict[str, str] = {"new": "nowe", "accepted": "w trakcie weryfikacji"}

_CATEGORY_LABELS = dict(CATEGORIES)
_CLOSE_LABELS = dict(CLOSE_STATUSES)
_KIND_LABELS = dict(KINDS)


def category_label(code: str | None) -> str | None:
    return _CATEGORY_LABELS.get(code) if code is not None else None


def close_status_label(code: str | None) -> str | None:
    return _CLOSE_LABELS.get(code) if code is not None else None


def kind_label(code: str) -> str:
    return _KIND_LABELS.get(code, code)


def is_category(code: str | None) -> bool:
    return code in _CATEGORY_LABELS


def is_close_status(code: str | None) -> bool:
    return code in _CLOSE_LABELS


def status_label(status: str, close_status: str | None) -> str:
    """What a resident sees: KMZB's words, the closing status once closed."""
    if status == "closed":
        return close_status_label(close_status) or "zamknięte"
    return STATUS_LABELS.get(status, status)
