"""What officers and residents are told about requests (Polish), as outbox replies."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.conversation.replies import Button, Reply
from bot.db.models import ServiceRequest
from bot.requests.categories import category_label, close_status_label

NOT_FOUND = "Nie ma takiego zgłoszenia."
DELETED_ON_REQUEST = "dane usunięte na prośbę mieszkańca"
DELETED_AFTER_RETENTION = "dane usunięte po upływie okresu przechowywania"
NOT_YOURS = "To zgłoszenie nie jest przypisane do Ciebie."
ALREADY_CLOSED = "Zgłoszenie jest już zamknięte."
UNKNOWN_CLOSE_STATUS = "Nieznany status zamknięcia."
PENDING_EXPIRED = (
    "Minęło zbyt dużo czasu od naciśnięcia przycisku, więc tej wiadomości nie wysłałem. "
    "Naciśnij przycisk przy zgłoszeniu jeszcze raz."
)
RESIDENT_NOT_FOUND = "Nie znalazłem takiego zgłoszenia wśród Twoich."
RESIDENT_CLOSED = "To zgłoszenie jest już zamknięte. Jeśli sprawa wróciła, złóż nowe."
# Typed (or pressed) instead of a closing note.
NO_NOTE_WORDS = ("-", "bez notatki")


def officer_buttons(request_id: int) -> tuple[Button, ...]:
    return (
        Button("Przyjmuję", f"req:acc:{request_id}"),
        Button("Odpowiedz", f"req:ans:{request_id}"),
        Button("Zamknij", f"req:cls:{request_id}"),
    )


def when(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def summary(
    request: ServiceRequest, photos: int, area_officer: str | None, handled_by_head: bool
) -> str:
    """The request as its handler reads it; the photos follow as messages of their own."""
    lines = []
    if request.kind == "report":
        lines.append(f"Kategoria: {category_label(request.category) or request.category}")
    lines.append(f"Miejsce: {request.place}")
    if request.latitude is not None and request.longitude is not None:
        lines.append(f"Współrzędne: {request.latitude:.6f}, {request.longitude:.6f}")
    if request.when_text:
        lines.append(f"Kiedy: {request.when_text}")
    lines.append(f"{'Opis' if request.kind == 'report' else 'Treść'}: {request.description}")
    if request.contact:
        lines.append(f"Kontakt: {request.contact} (podany za zgodą mieszkańca)")
    else:
        lines.append("Kontakt: anonimowo")
    if photos:
        lines.append(f"Zdjęcia: {photos} (w kolejnych wiadomościach)")
    if handled_by_head:
        lines.append(
            f"Dzielnicowy rejonu: {area_officer or 'brak'} – nie korzysta z bota, "
            "dlatego zgłoszenie trafia do kierownika."
        )
    return "\n".join(lines)


def deadlines(request: ServiceRequest, zone: ZoneInfo) -> str:
    return (
        f"Termin przyjęcia: {when(request.accept_due, zone)}\n"
        f"Termin zakończenia: {when(request.close_due, zone)}"
    )


def new_request(request: ServiceRequest, body: str, zone: ZoneInfo) -> Reply:
    if request.kind == "report":
        head = f"Nowe zgłoszenie {request.number}"
    else:
        head = f"Nowa wiadomość do dzielnicowego {request.number}"
    return Reply(f"{head}\n{body}\n{deadlines(request, zone)}", officer_buttons(request.id))


def assigned(request: ServiceRequest, body: str, zone: ZoneInfo) -> Reply:
    filed = when(request.created_at, zone)
    if request.kind == "report":
        head = f"Przekazano Ci zgłoszenie {request.number} (złożone {filed})"
    else:
        head = f"Przekazano Ci wiadomość do dzielnicowego {request.number} (wysłana {filed})"
    return Reply(f"{head}\n{body}\n{deadlines(request, zone)}", officer_buttons(request.id))


def photo(request: ServiceRequest, file_id: str, index: int, count: int) -> Reply:
    return Reply(f"Zdjęcie {index}/{count} do zgłoszenia {request.number}", photo=file_id)


def reminder(request: ServiceRequest, stage: str, zone: ZoneInfo) -> Reply:
    due = request.accept_due if stage == "accept" else request.close_due
    waits_for = "przyjęcie" if stage == "accept" else "zamknięcie"
    return Reply(
        f"Przypomnienie: zgłoszenie {request.number} czeka na {waits_for}. "
        f"Termin mija {when(due, zone)}.",
        officer_buttons(request.id),
    )


def escalation(
    request: ServiceRequest, stage: str, handler: str | None, body: str, zone: ZoneInfo
) -> Reply:
    due = request.accept_due if stage == "accept" else request.close_due
    what = "przyjęcia" if stage == "accept" else "zamknięcia"
    return Reply(
        f"Minął termin {what} zgłoszenia {request.number} ({when(due, zone)}). "
        f"Prowadzi: {handler or 'nikt – brak dzielnicowego w bocie'}.\n{body}",
        officer_buttons(request.id),
    )


def resident_message_to_officer(request: ServiceRequest, text: str) -> Reply:
    return Reply(
        f"Wiadomość od mieszkańca ({request.number}):\n{text}", officer_buttons(request.id)
    )


def accepted_to_resident(request: ServiceRequest, officer: str) -> Reply:
    if request.kind == "report":
        return Reply(
            f"Twoje zgłoszenie {request.number} jest w trakcie weryfikacji "
            f"(przyjęte przez: {officer})."
        )
    return Reply(f"Twoja wiadomość {request.number} została odebrana (przyjęta przez: {officer}).")


def answer_to_resident(request: ServiceRequest, text: str, by_head: bool) -> Reply:
    who = "kierownika dzielnicowych" if by_head else "dzielnicowego"
    return Reply(f"Odpowiedź {who} ({request.number}):\n{text}")


def closed_to_resident(request: ServiceRequest) -> Reply:
    label = close_status_label(request.close_status) or request.close_status
    if request.kind == "report":
        text = f"Zgłoszenie {request.number} zostało zamknięte. Wynik: {label}."
    else:
        text = f"Sprawa {request.number} została zamknięta. Wynik: {label}."
    if request.closing_note:
        text += f"\nNotatka dzielnicowego: {request.closing_note}"
    return Reply(text + "\nDziękujemy za sygnał.")


def accepted_for_officer(request: ServiceRequest) -> str:
    return f"Przyjęto zgłoszenie {request.number}. Mieszkaniec dostał powiadomienie."


def already_accepted(request: ServiceRequest) -> str:
    return f"Zgłoszenie {request.number} jest już przyjęte."


def write_answer(request: ServiceRequest) -> str:
    return f"Napisz w następnej wiadomości odpowiedź dla mieszkańca ({request.number})."


def write_note(request: ServiceRequest, status: str) -> str:
    return (
        f"Zamykasz zgłoszenie {request.number} ze statusem „{close_status_label(status)}”. "
        "Napisz notatkę dla mieszkańca albo wyślij „bez notatki”."
    )


def answer_sent(request: ServiceRequest) -> str:
    return f"Wysłano odpowiedź do mieszkańca ({request.number})."


def closed_for_officer(request: ServiceRequest) -> str:
    label = close_status_label(request.close_status)
    return (
        f"Zamknięto zgłoszenie {request.number} ze statusem „{label}”. "
        "Mieszkaniec dostał powiadomienie."
    )


def forwarded_to_officer(request: ServiceRequest, delivered: bool) -> str:
    if delivered:
        return f"Przekazałem wiadomość dzielnicowemu (zgłoszenie {request.number})."
    return (
        f"Zapisałem wiadomość do zgłoszenia {request.number}. Dzielnicowy zobaczy ją, "
        "gdy zgłoszenie do niego trafi."
    )
