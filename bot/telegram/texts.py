"""Texts the Telegram adapter itself says (everything else comes from the dialogue)."""

from __future__ import annotations

PRIVACY_NOTICE = (
    "Krótko o prywatności: zapisuję tylko identyfikator tego czatu, żeby móc odpowiadać. "
    "Adresu ani treści rozmowy nie przechowuję na stałe. Nie podawaj danych, których nie "
    "musisz. Wszystko usuniesz poleceniem /usun_dane."
)
GROUP_PRIVATE_ONLY = (
    "Tę sprawę załatwisz w prywatnej rozmowie ze mną – nie podawaj adresu w grupie. "
    "W nagłej sytuacji dzwoń pod 112."
)
GROUP_ADMIN_ONLY = "Ustawienia tej grupy może zmieniać tylko jej administrator."
OFFICER_REGISTRATION = (
    "Rejestracja funkcjonariuszy nie jest jeszcze uruchomiona w tym bocie. "
    "Kod powiązania konta wyda administrator systemu, gdy funkcja będzie dostępna."
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
    ("moje_dane", "Jakie dane o mnie przechowujesz?"),
    ("usun_dane", "Usuń moje dane"),
    ("rejestracja", "Rejestracja funkcjonariusza"),
]
