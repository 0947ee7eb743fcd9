"""One turn of a conversation: the safety net, then Rasa.

The safety net runs first and on every message; nothing Rasa decides can suppress its
answer. A message the classifier ranks highest as an emergency, however unsure, also gets
the 112 answer instead of a 'did you mean' question.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from bot.conversation.replies import Reply
from bot.safety.emergency import detect
from bot.safety.messages import emergency_replies

log = logging.getLogger(__name__)
ERROR = (
    "Przepraszam, coś poszło nie tak. Spróbuj ponownie za chwilę. W nagłej sytuacji dzwoń pod 112."
)


# Conversation state (which may hold a typed address) is dropped after this much silence.
CONVERSATION_TTL_SECONDS = 2 * 60 * 60


class Engine(Protocol):
    async def handle(self, sender_id: str, text: str) -> tuple[list[dict[str, Any]], Any]: ...

    async def forget(self, sender_id: str) -> None: ...

    async def forget_idle(self, max_idle_seconds: float) -> int: ...


class Dialogue:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def reply(self, sender_id: str, text: str) -> list[Reply]:
        found = detect(text)
        first = [Reply(t) for t in emergency_replies(found.category)] if found else []
        try:
            messages, tracker = await self._engine.handle(sender_id, text)
        except Exception:
            # The 112 answer must survive any failure behind it.
            log.exception("dialogue engine failed")
            return [*first, Reply(ERROR)]
        replies = [r for r in map(Reply.from_rasa, messages) if r is not None]
        if not first and tracker is not None and _classifier_suspects_emergency(tracker):
            first = [Reply(t) for t in emergency_replies("crisis")]
        said = {r.text for r in first}
        replies = first + [r for r in replies if r.text not in said]
        if tracker is not None and tracker.get_slot("forget_me"):
            await self._engine.forget(sender_id)
        return replies

    async def forget(self, sender_id: str) -> None:
        await self._engine.forget(sender_id)

    async def forget_idle(self, max_idle_seconds: float) -> int:
        return await self._engine.forget_idle(max_idle_seconds)


def _classifier_suspects_emergency(tracker: Any) -> bool:
    # The last UserUttered event, not tracker.latest_message: after a form has run, a tracker
    # read back from the store reports the form's trigger message there.
    user = next((e for e in reversed(tracker.events) if e.type_name == "user"), None)
    if user is None:
        return False
    ranking = user.parse_data.get("intent_ranking") or []
    top = next((r for r in ranking if r.get("name") != "nlu_fallback"), None)
    return bool(top and top.get("name") == "emergency")
