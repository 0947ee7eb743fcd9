"""Checks of what residents and officers send, with messages they can read."""

from __future__ import annotations

from dataclasses import replace

from bot.requests.categories import is_category
from bot.requests.model import InvalidRequest, NewRequest

MAX_DESCRIPTION = 1000
MAX_PLACE = 300
MAX_WHEN = 200
MAX_CONTACT = 200
MAX_PHOTOS = 3
MAX_FILE_ID = 300


def validate_text(text: str, limit: int) -> str:
    text = text.strip()
    if not text:
        raise InvalidRequest("Brak treści – napisz kilka słów.")
    if len(text) > limit:
        raise InvalidRequest(
            f"Tekst jest za długi: ma {len(text)} znaków, a można najwyżej {limit}."
        )
    return text


def _optional(text: str | None, limit: int, message: str) -> str | None:
    text = (text or "").strip()
    if len(text) > limit:
        raise InvalidRequest(message)
    return text or None


def validate_new(new: NewRequest) -> NewRequest:
    """The request with its texts trimmed; raises InvalidRequest."""
    if new.kind not in ("report", "message"):
        raise InvalidRequest("Nieznany rodzaj zgłoszenia.")
    if new.kind == "report" and not is_category(new.category):
        raise InvalidRequest("Wybierz kategorię zgłoszenia z listy.")
    if new.kind == "message" and new.category is not None:
        raise InvalidRequest("Wiadomość do dzielnicowego nie ma kategorii.")
    place = new.place.strip()
    if not place:
        raise InvalidRequest("Podaj miejsce, którego dotyczy zgłoszenie.")
    if len(place) > MAX_PLACE:
        raise InvalidRequest(f"Opis miejsca może mieć najwyżej {MAX_PLACE} znaków.")
    description = validate_text(new.description, MAX_DESCRIPTION)
    when_text = _optional(
        new.when_text, MAX_WHEN, f"Opis czasu może mieć najwyżej {MAX_WHEN} znaków."
    )
    contact = _optional(
        new.contact, MAX_CONTACT, f"Kontakt może mieć najwyżej {MAX_CONTACT} znaków."
    )
    if contact is not None and new.contact_consent_at is None:
        raise InvalidRequest(
            "Kontakt mogę przekazać dzielnicowemu tylko za Twoją zgodą. "
            "Wyraź zgodę albo wyślij zgłoszenie anonimowo."
        )
    if len(new.photos) > MAX_PHOTOS:
        raise InvalidRequest(f"Można dołączyć najwyżej {MAX_PHOTOS} zdjęcia.")
    if any(not p or len(p) > MAX_FILE_ID for p in new.photos):
        raise InvalidRequest("Nie udało się odczytać zdjęcia – wyślij je jeszcze raz.")
    if (new.latitude is None) != (new.longitude is None) or (
        new.latitude is not None
        and new.longitude is not None
        and not (-90 <= new.latitude <= 90 and -180 <= new.longitude <= 180)
    ):
        raise InvalidRequest("Nieprawidłowe współrzędne miejsca.")
    return replace(
        new,
        place=place,
        description=description,
        when_text=when_text,
        contact=contact,
        contact_consent_at=new.contact_consent_at if contact is not None else None,
    )
