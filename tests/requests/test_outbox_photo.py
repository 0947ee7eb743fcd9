"""The outbox keeps a reply's photo."""

from __future__ import annotations

from bot.conversation.replies import Button, Reply
from bot.outbox.service import OutboxService
from bot.wiring import Services


def test_photo_and_buttons_round_trip(services: Services) -> None:
    outbox = OutboxService(services.sessions)
    assert outbox.enqueue(1, Reply("Zdjęcie 1/1", photo="file-123"), dedup_key="k")
    assert not outbox.enqueue(1, Reply("again", photo="file-123"), dedup_key="k")
    assert outbox.enqueue(2, Reply("tekst", (Button("Tak", "yes"),)))
    first, second = outbox.claim_due()
    assert (first.chat_id, first.reply.text, first.reply.photo) == (1, "Zdjęcie 1/1", "file-123")
    assert second.reply.photo is None
    assert second.reply.buttons == (Button("Tak", "yes"),)
