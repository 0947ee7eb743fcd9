"""One turn of a conversation: the emergency assessment, then Rasa.

The assessment of the text runs first and on every message; nothing Rasa decides can
suppress its 112 line, and it survives any failure behind it. Rasa's NLU weighs the same
danger signs together with the classifier: when that finds more (the classifier suspects an
emergency the signs missed), its assessment decides what goes on top.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from bot.conversation.input_text import MAX_INPUT, clean
from bot.conversation.replies import Reply
from bot.safety.assess import Assessment, assess
from bot.safety.messages import alarm_replies

log = logging.getLogger(__name__)
ERROR = (
    "Przepraszam, coś poszło nie tak. Spróbuj ponownie za chwilę. W nagłej sytuacji dzwoń pod 112."
)

TOO_LONG = (
    f"Ta wiadomość ma ponad {MAX_INPUT} znaków – to za dużo, żebym mógł ją przeczytać. "
    "Napisz, proszę, krócej, w czym mogę pomóc. W nagłej sytuacji dzwoń pod 112."
)
EMPTY = "Nie widzę treści tej wiadomości. Napisz, proszę, w czym mogę pomóc."


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
        if not text.startswith("/"):  # button payloads are the bot's own
            text = clean(text)
        found = assess(text)
        if not text or len(text) > MAX_INPUT:
            # Danger is still looked for in what was too long to read.
            return [*(Reply(t) for t in alarm_replies(found)), Reply(TOO_LONG if text else EMPTY)]
        try:
            messages, tracker = await self._engine.handle(sender_id, text)
        except Exception:
            # The 112 answer must survive any failure behind it.
            log.exception("dialogue engine failed")
            return [*(Reply(t) for t in alarm_replies(found)), Reply(ERROR)]
        replies = [r for r in map(Reply.from_rasa, messages) if r is not None]
        combined = _nlu_assessment(tracker)
        if _LEVELS[combined.level] > _LEVELS[found.level] or (
            combined.level == found.level and combined.category and not found.category
        ):
            found = combined
        first = [Reply(t) for t in alarm_replies(found)]
        said = {r.text for r in first}
        replies = first + [r for r in replies if r.text not in said]
        if tracker is not None and tracker.get_slot("forget_me"):
            await self._engine.forget(sender_id)
        return replies

    async def forget(self, sender_id: str) -> None:
        await self._engine.forget(sender_id)

    async def forget_idle(self, max_idle_seconds: float) -> int:
        return await self._engine.forget_idle(max_idle_seconds)


_LEVELS = {"none": 0, "possible": 1, "urgent": 2}


def _nlu_assessment(tracker: Any) -> Assessment:
    # The last UserUttered event, not tracker.latest_message: after a form has run, a tracker
    # read back from the store reports the form's trigger message there.
    if tracker is None:
        return Assessment()
    user = next((e for e in reversed(tracker.events) if e.type_name == "user"), None)
    if user is None:
        return Assessment()
    return Assessment.from_dict(user.parse_data.get("safety"))
