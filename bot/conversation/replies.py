"""What the bot says, independent of the channel that shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    title: str
    payload: str
    # Buttons with the same row number share a row of the keyboard; None: a row of its own.
    row: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply (e.g. the resident's data as JSON)."""

    filename: str
    content: bytes


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = field(default=())
    # Which safety answer this is ('scam_grandson'), for benchmarks and tests; never shown.
    answer_key: str | None = field(default=None, compare=False)
    # A Telegram file_id: the reply is sent as that photo with the text as its caption.
    photo: str | None = field(default=None, compare=False)
    attachment: Attachment | None = field(default=None, compare=False)

    @classmethod
    def from_rasa(cls, message: dict[str, Any]) -> Reply | None:
        text = (message.get("text") or "").strip()
        attached = (message.get("custom") or {}).get("attachment")
        if isinstance(attached, dict) and attached.get("filename"):
            content = str(attached.get("text", "")).encode("utf-8")
            return cls(text, attachment=Attachment(str(attached["filename"]), content))
        if not text:
            return None
        buttons = tuple(
            Button(str(b.get("title", "")), str(b.get("payload", "")), b.get("row"))
            for b in message.get("buttons") or []
            if b.get("title") and b.get("payload")
        )
        key = message.get("answer_key")
        return cls(text, buttons, str(key) if key else None)
