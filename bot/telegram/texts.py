"""Texts the Telegram adapter itself says (everything else comes from the dialogue)."""

from __future__ import annotations

from typing import Any

from bot.requests.model import RequestView

GROUP_PRIVATE_ONLY = (
    "Tę sprawę załatwisz w prywatnej rozmowie ze mną – nie podawaj adresu w grupie. "
    "W nagłej sytuacji dzwoń pod 112."
)
GROUP_ADMIN_ONLY = "Ustawienia tej grupy może zmieniać tylko jej administrator."
TIPS_CONSENT_FIRST = (
    "Zanim zapiszę ustawienia porad, potrzebuję Twojej zgody na nową informację o prywatności. "
    "Napisz /porady."
)
EDITED_NOT_READ = (
    "Poprawionej wiadomości nie czytam ponownie. Jeśli chcesz coś zmienić, napisz to w nowej "
    "wiadomości."
)
UNKNOWN_COMMAND = (
    "Nie znam tego polecenia. Napisz /pomoc, żeby zobaczyć, w czym mogę pomóc. "
    "W nagłej sytuacji dzwoń pod 112."
)
ONLY_TEXT = (
    "Czytam tylko wiadomości tekstowe (a zdjęcia i lokalizację – w zgłoszeniu do "
    "dzielnicowego). Napisz, w czym mogę pomóc. W nagłej sytuacji dzwoń pod 112."
)
BUTTON_EXPIRED = "Ten przycisk jest już nieaktualny. Napisz, w czym mogę pomóc."

# (command, description shown in Telegram's menu)
COMMANDS = [
    ("start", "Początek rozmowy i informacja o prywatności"),
    ("pomoc", "Co potrafi bot"),
    ("dzielnicowy", "Kto jest moim dzielnicowym?"),
    ("zglos", "Zgłoś problem w okolicy"),
    ("porady", "Porady profilaktyczne"),
    ("wypisz", "Wypisz się z porad"),
    ("moje_zgloszenia", "Moje zgłoszenia i odpowiedzi"),
    ("moje_dane", "Jakie dane o mnie przechowujesz?"),
    ("usun_dane", "Usuń moje dane"),
    ("zgloszenia", "Dla dzielnicowych: otwarte zgłoszenia"),
    ("rejestracja", "Dla dzielnicowych: powiązanie konta"),
]

TOO_FAST = (
    "Piszesz bardzo szybko – na kolejne wiadomości odpowiem za chwilę. "
    "W nagłej sytuacji dzwoń pod 112."
)

# --- tips -------------------------------------------------------------------------------
TIPS_GROUP_HOW = (
    "Aby zapisać klasę na porady, administrator grupy pisze: /porady nazwa szkoły, "
    "miejscowość, klasa – np. /porady Szkoła Podstawowa nr 12, Łódź, 3b. Porady przychodzą "
    "w dni nauki, w godzinach lekcji."
)
TIPS_UNSUBSCRIBED = "Wypisano z porad. Wrócisz poleceniem /porady."
TIPS_CLOSED = "Ustawienia bez zmian."
TIPS_CHOOSE_AUDIENCE = "Zaznacz co najmniej jedną grupę odbiorców."


# Local alerts reach a private chat through the area of its dzielnicowy (bot/tips/alerts.py).
TIPS_AREA_HOW = (
    "Chcesz dostawać też pilne komunikaty dzielnicowego z Twojej okolicy? Napisz „kto jest "
    "moim dzielnicowym” i podaj adres – zapiszę tylko rejon, nie adres."
)


def tips_saved(settings: str) -> str:
    return f"Zapisano porady od dzielnicowych.\n{settings}\nZmiana: /porady · rezygnacja: /wypisz"


def tips_group_subscribed(school: str | None, class_label: str | None) -> str:
    who = " ".join(x for x in (school, class_label) if x)
    return (
        f"Zapisano klasę na porady ({who}). Przychodzą w dni nauki, w godzinach lekcji. "
        "Odbiorców, częstotliwość i godzinę zmienisz przyciskami poniżej."
    )


# --- officers ---------------------------------------------------------------------------
REGISTRATION_PRIVATE_ONLY = "Rejestracja działa tylko w prywatnej rozmowie z botem."
REGISTRATION_HOW = (
    "Aby powiązać konto funkcjonariusza, wyślij: /rejestracja KOD – kod wydaje "
    "administrator systemu (ważny 24 godziny)."
)
_REGISTRATION = {
    "wrong": "Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.",
    "expired": "Ten kod wygasł (kody są ważne 24 godziny). Poproś administratora o nowy.",
    "used": "Ten kod został już użyty. Poproś administratora o nowy.",
    "too_many": (
        "Zbyt wiele nieudanych prób w ciągu godziny. Spróbuj ponownie później albo poproś "
        "administratora o nowy kod."
    ),
    "already_linked_elsewhere": (
        "To konto funkcjonariusza jest już powiązane z innym czatem. Poproś administratora "
        "o odłączenie go (dzielnicowy officer-revoke) i nowy kod."
    ),
}
NOT_AN_OFFICER = (
    "To polecenie jest dla dzielnicowych z powiązanym kontem (/rejestracja KOD). "
    "Swoje zgłoszenia zobaczysz poleceniem /moje_zgloszenia."
)
NOT_YOUR_REQUEST = "To zgłoszenie nie jest przypisane do Ciebie."
CHOOSE_CLOSE_STATUS = "Wybierz wynik sprawdzenia zgłoszenia:"
NO_NOTE = "Bez notatki"
NO_OPEN_REQUESTS = "Nie masz otwartych zgłoszeń."
OPEN_LISTED = 20

# --- officers' alerts -----------------------------------------------------------------------
ALERT_HOW = (
    "Napisz: /alert treść komunikatu. Trafi do mieszkańców i klas zapisanych na porady "
    "w Twoim rejonie, przed zwykłymi poradami. Przed wysłaniem pokażę, do ilu osób dotrze."
)
ALERT_NO_AREA = (
    "W rejestrze nie ma ulic Twojego rejonu, więc nie wiem, do kogo wysłać komunikat. "
    "Zgłoś to administratorowi bota."
)
ALERT_NOBODY = (
    "W Twoim rejonie nikt jeszcze nie jest zapisany na porady – komunikat nie miałby odbiorców."
)
ALERT_SEND = "Wyślij"
ALERT_CANCEL = "Anuluj"
ALERT_CANCELLED = "Anulowano – komunikat nie został wysłany."
ALERT_GONE = "Nie znalazłem tego komunikatu. Napisz go jeszcze raz: /alert treść."
ALERT_REPEATED = "Ten komunikat został już dziś wysłany – nie wysyłam go drugi raz."


def alert_too_long(length: int, limit: int) -> str:
    return f"Komunikat ma {length} znaków, a może mieć najwyżej {limit}. Skróć go, proszę."


def alert_preview(matched: int, text: str, footer: str) -> str:
    return (
        f"Odbiorcy zapisani na porady w Twoim rejonie (osoby i klasy): {matched}. "
        f"Komunikat będzie wyglądał tak:\n\n{text}\n\n{footer}"
    )


def alert_queued(queued: int) -> str:
    return f"Komunikat przyjęty do wysłania (odbiorcy: {queued}). Dotrze w ciągu kilku minut."


def registration_result(result: Any) -> str:
    if result.outcome == "linked":
        role = "kierownik dzielnicowych" if result.role == "kierownik" else "dzielnicowy"
        return (
            f"Konto powiązane: {result.name} ({role}). Zgłoszenia mieszkańców będą "
            "przychodzić tutaj; otwarte pokazuje /zgloszenia. Pilny komunikat do mieszkańców "
            "Twojego rejonu zapisanych na porady wyślesz poleceniem /alert."
        )
    return _REGISTRATION.get(result.outcome, _REGISTRATION["wrong"])


def open_requests_header(count: int) -> str:
    shown = f" (pokazuję {OPEN_LISTED} najstarszych)" if count > OPEN_LISTED else ""
    return f"Otwarte zgłoszenia: {count}{shown}, od najstarszego."


def open_request_line(view: RequestView) -> str:
    what = view.category_label or view.kind_label
    return (
        f"{view.number} · {what} · {view.status_label}\n"
        f"Miejsce: {view.place}\n{view.description[:300]}"
    )
