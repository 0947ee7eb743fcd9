"""What the request form says to residents (Polish, short)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

START = (
    "Zgłoszenie trafi do Twojego dzielnicowego. To nie jest numer alarmowy: jeśli coś dzieje "
    "się teraz i komuś grozi niebezpieczeństwo, dzwoń pod 112. Napisz „anuluj”, aby przerwać."
)
CONSENT_FOR = "Twoje zgłoszenie lub wiadomość do dzielnicowego"
ASK_KIND = "Co chcesz zrobić?"
KIND_REPORT = "Zgłosić problem w okolicy"
KIND_MESSAGE = "Napisać do dzielnicowego"
ASK_PLACE_REPORT = (
    "Gdzie jest problem? Podaj adres: ulicę i numer domu (poza Łodzią także miejscowość). "
    "Możesz też dołączyć pinezkę lokalizacji (📎 → Lokalizacja), ale adres jest potrzebny, "
    "by zgłoszenie trafiło do właściwego dzielnicowego."
)
ASK_PLACE_MESSAGE = (
    "Podaj swój adres (ulicę i numer domu, poza Łodzią także miejscowość) – wiadomość trafi "
    "do dzielnicowego, który go obsługuje."
)
ASK_CATEGORY = "Czego dotyczy zgłoszenie? Wybierz kategorię."
CHOOSE_CATEGORY_AGAIN = "Nie rozpoznałem kategorii. Wybierz jedną z przycisków (albo „Inne”)."
ASK_DESCRIPTION = (
    "Opisz krótko problem (do 1000 znaków): co się dzieje i gdzie dokładnie. Nie podawaj "
    "danych innych osób, jeśli nie są potrzebne."
)
ASK_MESSAGE_TEXT = "Napisz wiadomość do dzielnicowego (do 1000 znaków)."
NEXT = "Dalej"
SKIP = "Pomiń"
ASK_WHEN = "Kiedy to się zwykle dzieje? Wybierz albo napisz własnymi słowami."
ASK_CONTACT_MODE = (
    "Odpowiedź dzielnicowego dostaniesz w tym czacie. Czy chcesz też podać telefon lub "
    "e-mail? Przekażemy go tylko dzielnicowemu w sprawie tego zgłoszenia – naciśnięcie "
    "„Zgadzam się – podam kontakt” to Twoja zgoda."
)
ANONYMOUS = "Anonimowo"
CONTACT_CONSENT = "Zgadzam się – podam kontakt"
ASK_CONTACT = "Podaj numer telefonu albo adres e-mail."
CONTACT_NOT_RECOGNISED = (
    "To nie wygląda na numer telefonu ani adres e-mail. Podaj np. 600 100 200 albo "
    "jan@example.org – albo napisz „anuluj”."
)
TOO_MANY_PHOTOS = "Do zgłoszenia można dołączyć najwyżej 3 zdjęcia; to zdjęcie pominąłem."
SEND = "Wyślij"
CANCEL = "Anuluj"
CANCELLED = "Anulowano. Nic nie zostało wysłane."
NO_REQUESTS = "Nie masz zgłoszeń w tym czacie. Nowe zgłoszenie: /zglos"
NO_OPEN_REQUEST = "Nie masz otwartego zgłoszenia, do którego można coś dopisać. Nowe: /zglos"
CHOOSE_REQUEST = "Wybierz zgłoszenie, do którego chcesz coś dopisać: /moje_zgloszenia"
ASK_FOLLOWUP = "Napisz, co chcesz dopisać do zgłoszenia (do 1000 znaków)."
ADD_TO = "Dopisz do"
LISTED = 10


def description_too_long(length: int, limit: int) -> str:
    return f"Tekst ma {length} znaków, a może mieć najwyżej {limit}. Skróć go, proszę."


def photos_question(count: int, limit: int) -> str:
    if count == 0:
        return (
            f"Możesz dołączyć do {limit} zdjęć (📎 → Zdjęcie). Jeśli nie masz zdjęć albo "
            "już skończyłeś, naciśnij „Dalej”."
        )
    return f"Mam zdjęć: {count} z {limit}. Dołącz kolejne albo naciśnij „Dalej”."


def summary(
    *,
    kind: str,
    place: str,
    category: str | None,
    description: str,
    photos: int,
    located: bool,
    when: Any,
    contact: Any,
    officer: str | None,
) -> str:
    lines = ["Sprawdź, proszę:"]
    lines.append("Rodzaj: " + ("zgłoszenie problemu" if kind == "report" else "wiadomość"))
    lines.append(f"Miejsce: {place}" + (" (z pinezką)" if located else ""))
    if category:
        lines.append(f"Kategoria: {category}")
    lines.append(f"{'Opis' if kind == 'report' else 'Treść'}: {description}")
    if photos:
        lines.append(f"Zdjęcia: {photos}")
    if when and when != "-":
        lines.append(f"Kiedy: {when}")
    lines.append(f"Kontakt: {contact}" if contact else "Kontakt: anonimowo")
    if officer:
        lines.append(f"Trafi do: {officer}")
    return "\n".join(lines)


def filed(number: str, officer: str | None, handler: str, contact_line: str | None) -> str:
    first = f"Przyjęto zgłoszenie {number}."
    if handler == "officer":
        rest = f"Trafiło do: {officer}. Odpowiedź dostaniesz w tym czacie."
    elif handler == "kierownik":
        rest = (
            f"Twój dzielnicowy ({officer}) nie korzysta jeszcze z tego czatu, więc zgłoszenie "
            "trafiło do kierownika dzielnicowych. Odpowiedź dostaniesz w tym czacie."
        )
    else:
        rest = (
            "Nikt z Twojego rewiru nie korzysta jeszcze z tego czatu, więc zgłoszenie czeka na "
            "przydzielenie – zobaczysz je w /moje_zgloszenia."
        )
        if contact_line:
            rest += f" W pilniejszej sprawie zadzwoń do dzielnicowego: {contact_line}."
    return f"{first} {rest}\nStatus: /moje_zgloszenia. W nagłej sytuacji dzwoń pod 112."


def limit_reached(limit: int, contact_line: str | None) -> str:
    text = (
        f"Twój dzienny limit zgłoszeń ({limit} na dobę) jest już wykorzystany – kolejne "
        "wyślesz później. "
        "W sprawie policyjnej dzwoń pod 997, a gdy komuś grozi niebezpieczeństwo – pod 112."
    )
    if contact_line:
        text += f" Możesz też zadzwonić do dzielnicowego: {contact_line}."
    return text


def my_requests(requests: Sequence[Any]) -> str:
    lines = ["Twoje zgłoszenia:"]
    for request in requests[:LISTED]:
        lines.append("")
        what = request.category_label or request.kind_label
        lines.append(f"{request.number} · {what} · {request.status_label}")
        for message in request.messages[-3:]:
            who = "Dzielnicowy" if message.author == "officer" else "Ty"
            lines.append(f"{who}: {message.text}")
        if request.closing_note:
            lines.append(f"Notatka przy zamknięciu: {request.closing_note}")
    if len(requests) > LISTED:
        lines.append("")
        lines.append(f"(pokazuję {LISTED} najnowszych z {len(requests)})")
    return "\n".join(lines)
