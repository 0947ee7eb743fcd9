"""Log lines: JSON with the update id, nothing a resident wrote, no token."""

from __future__ import annotations

import io
import json
import logging

from bot.logs import JsonLines, OwnBelowWarning, scrub, set_update_id


def test_scrub_removes_tokens_and_phone_numbers() -> None:
    line = "POST https://api.telegram.org/bot123456789:AAE-abcdefghijklmnopqrstuvwxyz0123/getMe"
    assert "AAE" not in scrub(line) and "<token>" in scrub(line)
    for phone in ("+48 601 234 567", "601-234-567", "601234567", "48 601 234 567"):
        assert scrub(f"zadzwoń {phone} jutro") == "zadzwoń <phone> jutro"
    assert scrub("zgłoszenie DZ-2026-12 z 12.11") == "zgłoszenie DZ-2026-12 z 12.11"


def test_libraries_below_warning_are_not_logged_ours_are(caplog: object) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines())
    handler.addFilter(OwnBelowWarning())
    for name, level, text in (
        ("rasa.core.processor", logging.DEBUG, "Received user message 'Piotrkowska 10'"),
        ("httpx", logging.INFO, "HTTP Request: POST .../sendMessage"),
        ("rasa.core.agent", logging.WARNING, "model is old"),
        ("bot.telegram.outbox", logging.INFO, "delivered"),
    ):
        record = logging.LogRecord(name, level, __file__, 1, text, None, None)
        if handler.filter(record):
            handler.emit(record)
    set_update_id(4242)
    try:
        raise ValueError("Piotrkowska 10, 601 234 567")
    except ValueError:
        import sys

        record = logging.LogRecord(
            "bot.conversation", logging.ERROR, __file__, 1, "engine failed", None, sys.exc_info()
        )
        handler.emit(record)
    set_update_id(None)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["message"] for line in lines] == ["model is old", "delivered", "engine failed"]
    assert lines[-1]["update_id"] == 4242 and lines[-1]["error"] == "ValueError"
    assert "Piotrkowska" not in stream.getvalue()
