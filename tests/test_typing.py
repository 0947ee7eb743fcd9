"""The 'typing…' indicator ends with the answer, even when its cancellation is lost."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from bot.telegram.handlers import typing


class StubbornChat:
    """A chat whose send_action swallows a cancellation, as the HTTP stack did under load."""

    def __init__(self) -> None:
        self.actions = 0

    async def send_action(self, action: Any) -> None:
        self.actions += 1
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(0.05)


async def _answer(chat: StubbornChat) -> None:
    async with typing(chat):  # type: ignore[arg-type]
        await asyncio.sleep(0)  # the answer is ready while the first action is in flight


async def test_typing_ends_with_the_answer_even_if_a_cancellation_is_lost() -> None:
    chat = StubbornChat()
    loop = asyncio.get_running_loop()
    started = loop.time()
    answered = asyncio.create_task(_answer(chat))
    done, _ = await asyncio.wait({answered}, timeout=3)
    assert done, "the answer waited for the typing indicator"
    assert loop.time() - started < 1.0
    await asyncio.sleep(5)  # past the next 4.5 s refresh: nothing more is sent
    assert chat.actions == 1
