"""Webhook mode: updates arrive over HTTP and must carry Telegram's secret-token header."""

from __future__ import annotations

import json
import socket
import time

import httpx

from tests.e2e.conftest import Bot

SECRET = "s3cret-Token_1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def update(chat_id: int, text: str, update_id: int) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "text": text,
            "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
        },
    }


async def test_webhook_checks_the_secret_token(bot: Bot) -> None:
    assert bot.app.updater is not None
    await bot.app.updater.stop()  # the fixture polls; switch this bot to a webhook
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    await bot.app.updater.start_webhook(
        listen="127.0.0.1", port=port, url_path="telegram", webhook_url=url, secret_token=SECRET
    )
    assert bot.telegram.webhook == {"url": url, "secret_token": SECRET}
    async with httpx.AsyncClient() as client:
        forged = await client.post(
            url,
            content=json.dumps(update(7001, "cześć", 1)),
            headers={
                "Content-Type": "application/json",
                "X-Telegram-Bot-Api-Secret-Token": "wrong",
            },
        )
        assert forged.status_code == 403
        genuine = await client.post(
            url,
            content=json.dumps(update(7002, "cześć", 2)),
            headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        assert genuine.status_code == 200
    [welcome] = await bot.telegram.wait_for(7002, 1)
    assert "Dzień dobry" in welcome.text
    assert bot.telegram.sent_to(7001) == []
