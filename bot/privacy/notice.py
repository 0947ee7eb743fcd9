"""The privacy notice: who holds the data, why, how long, the resident's rights.

Its version is recorded with every consent; changing the text means a new version (set
PRIVACY_NOTICE_VERSION), and residents are asked again before their data is stored.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    version: str
    controller: str
    dpo_contact: str
    request_days: int
    inactive_chat_days: int

    def text(self) -> str:
        dpo = self.dpo_contact or "przez administratora danych (wyżej)"
        return "\n".join(
            [
                f"Informacja o prywatności (wersja {self.version})",
                f"• Administrator danych: {self.controller}.",
                "• Cel: odpowiedzi na pytania, wskazanie dzielnicowego, przekazanie mu Twoich "
                "zgłoszeń i wiadomości, porady, na które się zapiszesz.",
                "• Co zapisuję: identyfikator czatu; zgłoszenia (miejsce, opis, zdjęcia, kontakt "
                "– tylko gdy go podasz); zapis na porady. Przebieg rozmowy (np. podany adres) "
                "znika po 2 godzinach ciszy.",
                f"• Jak długo: dane zgłoszenia – {self.request_days} dni po jego zamknięciu "
                "(potem zostaje tylko anonimowa statystyka); wszystko o czacie, który mnie "
                f"zablokował lub usunął z grupy – {self.inactive_chat_days} dni.",
                "• Twoje prawa: wgląd w dane (/moje_dane), ich usunięcie i wycofanie zgody "
                "(/usun_dane), skarga do Prezesa Urzędu Ochrony Danych Osobowych.",
                f"• Inspektor ochrony danych: {dpo}.",
                "Nikt z policji nie czyta tej rozmowy na bieżąco – w nagłej sytuacji dzwoń "
                "pod 112.",
            ]
        )

    def ask(self, what: str) -> str:
        """The notice with the question asked before `what` is stored."""
        return (
            f"{self.text()}\n\nZanim zapiszę {what}, potrzebuję Twojej zgody na przetwarzanie "
            "tych danych zgodnie z tą informacją."
        )
