"""The emergency answers. Plain text; only the verified help numbers."""

from __future__ import annotations

from bot.safety.emergency import Category

CALL_112 = (
    "🚨 Jeśli komuś grozi niebezpieczeństwo teraz, zadzwoń natychmiast pod numer alarmowy 112. "
    "Ten czat nie wezwie pomocy i nie jest monitorowany całą dobę."
)
CRISIS_LINES = (
    "Jeśli myślisz o odebraniu sobie życia albo ktoś bliski o tym mówi:\n"
    "• 112 – gdy zagrożone jest życie, dzwoń od razu\n"
    "• 116 123 – telefon zaufania dla dorosłych w kryzysie emocjonalnym\n"
    "• 800 70 2222 – Centrum Wsparcia, całą dobę\n"
    "• 116 111 – telefon zaufania dla dzieci i młodzieży\n"
    "Nie zostawaj z tym sam. Rozmowa pomaga."
)


def emergency_replies(category: Category) -> list[str]:
    if category == "crisis":
        return [CALL_112, CRISIS_LINES]
    return [CALL_112]
