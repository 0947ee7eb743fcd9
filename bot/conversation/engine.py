"""The Rasa agent, loaded once and run on its own thread.

Rasa's inference is synchronous CPU work inside coroutines. On the bot's event loop it
would stall every chat while one message is classified; on a dedicated loop in a dedicated
thread the Telegram side keeps receiving and sending, and TensorFlow releases the GIL while
it computes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import warnings
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import structlog
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.model import get_latest_model

from bot.conversation.inprocess_actions import InProcessActionEndpoint
from bot.conversation.session_trim import restarted
from bot.conversation.stores import delete_conversation, delete_idle, lock_store, tracker_store

log = logging.getLogger(__name__)
# Rasa 3.6 raises this on every domain load, whatever the slots (a newcomer's first screen).
warnings.filterwarnings("ignore", message="Slot auto-fill has been removed", category=UserWarning)
T = TypeVar("T")
# Rasa's structlog events at debug level include every message text: never log them.
structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


class ModelMissing(Exception):
    pass


class WholeMessagesChannel(CollectingOutputChannel):  # type: ignore[misc]
    """Rasa's collector splits texts at blank lines into separate messages; a reply such as
    an officer card must stay one message (the adapter splits only what Telegram requires)."""

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        message = self._message(recipient_id, text=text.strip())
        await self._persist_message(_with_answer_key(message, kwargs))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        message = self._message(recipient_id, text=text.strip(), buttons=buttons)
        await self._persist_message(_with_answer_key(message, kwargs))


def _with_answer_key(message: dict[str, Any], sent_with: dict[str, Any]) -> dict[str, Any]:
    """The key of a safety answer (set by actions.answers.send_answer) travels along."""
    if sent_with.get("answer_key"):
        message["answer_key"] = sent_with["answer_key"]
    return message


class RasaEngine:
    def __init__(
        self,
        model_dir: Path,
        *,
        trim_sessions: bool = True,
        tracker_store_url: str | None = None,
        lock_store_url: str | None = None,
    ) -> None:
        self._trim = trim_sessions
        self._stores = (tracker_store_url, lock_store_url)
        model = get_latest_model(str(model_dir)) if model_dir.is_dir() else None
        if model is None and model_dir.is_file():
            model = str(model_dir)
        if model is None:
            raise ModelMissing(f"no trained model in {model_dir} (run: make train)")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="rasa", daemon=True)
        self._thread.start()
        started = time.perf_counter()
        self.agent: Agent = self._call(self._load(model))
        log.info("Rasa model loaded in %.1f s", time.perf_counter() - started)

    async def _load(self, model: str) -> Agent:
        tracker_url, lock_url = self._stores
        return Agent.load(
            model,
            action_endpoint=InProcessActionEndpoint(),
            tracker_store=tracker_store(tracker_url),
            lock_store=lock_store(lock_url),
        )

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    async def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    async def handle(self, sender_id: str, text: str) -> tuple[list[dict[str, Any]], Any]:
        """Rasa's bot messages for one user message, and the tracker afterwards."""

        async def handle_on_rasa_loop() -> tuple[list[dict[str, Any]], Any]:
            channel = WholeMessagesChannel()
            await self.agent.handle_message(
                UserMessage(text, output_channel=channel, sender_id=sender_id)
            )
            store = self.agent.tracker_store
            tracker = await store.retrieve(sender_id)
            if self._trim and tracker is not None:
                shorter = restarted(tracker, self.agent.domain.slots)
                if shorter is not None:
                    await store.save(shorter)
            return list(channel.messages), tracker

        return await self._run(handle_on_rasa_loop())

    async def forget(self, sender_id: str) -> None:
        async def delete() -> None:
            delete_conversation(self.agent.tracker_store, sender_id)

        await self._run(delete())

    async def conversation(self, sender_id: str) -> list[Any]:
        """The events Rasa loads for this conversation (none once forgotten)."""

        async def events() -> list[Any]:
            tracker = await self.agent.tracker_store.retrieve(sender_id)
            return list(tracker.events) if tracker is not None else []

        return await self._run(events())

    async def forget_idle(self, max_idle_seconds: float) -> int:
        """Drop conversations silent for longer than max_idle_seconds; returns how many."""

        async def sweep() -> int:
            return delete_idle(self.agent.tracker_store, max_idle_seconds)

        return await self._run(sweep())

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
