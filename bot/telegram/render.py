"""Replies -> Telegram messages: HTML escaping, inline keyboards, 4,096-character parts."""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.conversation.replies import Reply

MAX_TEXT = 4096
MAX_CALLBACK_BYTES = 64
# Payloads too long for callback_data are replaced by this marker; pressing such a button
# sends the button's title as if the user had typed it.
TITLE_MARKER = "t:"


@dataclass(frozen=True)
class OutgoingMessage:
    html: str
    keyboard: InlineKeyboardMarkup | None


def callback_data_for(payload: str, position: int) -> str:
    if len(payload.encode("utf-8")) <= MAX_CALLBACK_BYTES and not payload.startswith(TITLE_MARKER):
        return payload
    return f"{TITLE_MARKER}{position}"


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    previous: int | None = None
    for i, b in enumerate(reply.buttons):
        button = InlineKeyboardButton(b.title, callback_data=callback_data_for(b.payload, i))
        if rows and b.row is not None and b.row == previous:
            rows[-1].append(button)
        else:
            rows.append([button])
        previous = b.row
    return InlineKeyboardMarkup(rows)


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units of the text after entity parsing."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split at paragraph breaks, else line breaks, else spaces; hard cut only for one huge word."""
    parts: list[str] = []
    rest = text.strip()
    while utf16_length(rest) > limit:
        window = rest[:limit]
        while utf16_length(window) > limit:
            window = window[: len(window) - 1]
        cut = next(
            (i for i in (window.rfind("\n\n"), window.rfind("\n"), window.rfind(" ")) if i > 0),
            len(window),
        )
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def render(reply: Reply) -> list[OutgoingMessage]:
    """Plain text is escaped (escapes do not count towards the limit); the keyboard goes
    with the last part."""
    chunks = split_text(reply.text)
    escaped = [html.escape(chunk, quote=False) for chunk in chunks]
    markup = keyboard(reply)
    return [
        OutgoingMessage(text, markup if i == len(escaped) - 1 else None)
        for i, text in enumerate(escaped)
    ]
