"""A long conversation costs the same per message as a short one: Rasa's session is closed at
quiet moments (bot/conversation/session_trim.py) while the conversation goes on unchanged."""

from __future__ import annotations

from bot.conversation.dialogue import Dialogue
from bot.conversation.engine import RasaEngine
from bot.conversation.session_trim import MAX_SESSION_EVENTS
from bot.db.engine import transaction
from bot.registry.importer import import_registry
from bot.wiring import Services, use_services
from tests.conftest import DEMO_DIR

CHAT = "918273660"
QUESTIONS = [
    "jak rozpoznać oszustwo na wnuczka",
    "kiedy można odpalać fajerwerki",
    "dziękuję",
    "co potrafisz?",
]


async def test_a_long_conversation_stays_short_in_rasa_and_keeps_its_context(
    engine: RasaEngine, services: Services
) -> None:
    with transaction(services.sessions) as session:
        import_registry(session, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    use_services(services)
    dialogue = Dialogue(engine)
    card = await dialogue.reply(CHAT, "kto jest dzielnicowym dla Piotrkowska 10, Łódź?")
    assert any("Wierzbicki" in r.text for r in card)
    longest = 0
    for i in range(60):
        replies = await dialogue.reply(CHAT, QUESTIONS[i % len(QUESTIONS)])
        assert replies
        longest = max(longest, len(await engine.conversation(CHAT)))
    assert longest < MAX_SESSION_EVENTS + 30, "Rasa's session is closed at quiet moments"
    # The slots are carried over, and a question's answer still reaches its rule.
    assert engine_slot(await engine.conversation(CHAT), "known_officer") == "LDZ-I-01"
    ask = await dialogue.reply(CHAT, "usuń moje dane")
    assert any("Czy na pewno" in r.text for r in ask)
    done = await dialogue.reply(CHAT, "tak")
    assert any("Usunąłem" in r.text for r in done)
    assert await engine.conversation(CHAT) == []
    use_services(None)


def engine_slot(events: list[object], name: str) -> object:
    """The slot's value as the conversation's events leave it."""
    value = None
    for event in events:
        if getattr(event, "type_name", "") == "slot" and getattr(event, "key", "") == name:
            value = getattr(event, "value", None)
    return value
