"""Console mode: the same dialogue, database and registry, in a terminal."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from bot import logs
from bot.config import VAR_DIR, ensure_var_dir
from bot.conversation.dialogue import Dialogue
from bot.conversation.replies import Reply
from bot.outbox.service import OutboxService
from bot.wiring import Services

# The console's conversation is chat 0: requests filed here get answers printed as to "you".
CONSOLE_CHAT_ID = 1
CONSOLE_SENDER = str(CONSOLE_CHAT_ID)
BANNER = (
    "Dzielnicowy Bot – tryb konsoli (bez Telegrama). Pisz jak na czacie; numer przycisku "
    "wybiera przycisk; pusta linia lub Ctrl+D kończy.\n"
    "Dane dzielnicowych są fikcyjne (demo)."
)


def _show(reply: Reply) -> None:
    if reply.attachment is not None:
        size = len(reply.attachment.content)
        print(f"\nbot> [plik {reply.attachment.filename}, {size} bajtów] {reply.text}".rstrip())
        return
    print(f"\nbot> {reply.text}")
    for i, button in enumerate(reply.buttons, 1):
        print(f"     [{i}] {button.title}")


def _show_outbox(outbox: OutboxService) -> None:
    """What officers and subscribers would receive in Telegram, printed instead of sent."""
    for message in outbox.claim_due():
        to = "do Ciebie" if message.chat_id == CONSOLE_CHAT_ID else f"do czatu {message.chat_id}"
        print(f"\n[wiadomość {to}]\n{message.reply.text}")
        outbox.mark_sent(message)


async def _loop(dialogue: Dialogue, services: Services) -> None:
    outbox = OutboxService(services.sessions)
    buttons: tuple[Reply, ...] = ()
    _show(Reply(services.notice.text()))
    for reply in await dialogue.reply(CONSOLE_SENDER, "/greet"):
        _show(reply)
        buttons = (reply,) if reply.buttons else buttons
    while True:
        line = await asyncio.to_thread(_read_line)
        if line is None:
            break
        text = line.strip()
        if not text:
            break
        last = buttons[-1].buttons if buttons else ()
        if text.isdigit() and 1 <= int(text) <= len(last):
            text = last[int(text) - 1].payload
        buttons = ()
        for reply in await dialogue.reply(CONSOLE_SENDER, text):
            _show(reply)
            if reply.buttons:
                buttons = (reply,)
        _show_outbox(outbox)
    print("Do widzenia!")


def _read_line() -> str | None:
    try:
        return input("\nty> ")
    except EOFError:
        return None


def _log_to_file() -> Path:
    """Log lines would interleave with the chat: send them to var/console.log instead."""
    ensure_var_dir()
    path = VAR_DIR / "console.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    file_handler = logging.FileHandler(path, encoding="utf-8")
    # The same lines as `run` with Telegram: JSON, nothing a resident wrote.
    file_handler.setFormatter(logs.JsonLines())
    file_handler.addFilter(logs.OwnBelowWarning())
    root.addHandler(file_handler)
    return path


def run_console(dialogue: Dialogue, services: Services) -> int:
    log_path = _log_to_file()
    print(BANNER)
    print(f"(dziennik techniczny: {log_path})")
    if not sys.stdin.isatty():
        print("(wejście nie jest terminalem – czytam wiadomości ze standardowego wejścia)")
    asyncio.run(_loop(dialogue, services))
    return 0
