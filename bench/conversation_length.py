"""Cost of a message against the length of its conversation, in process (no Telegram).

    python bench/conversation_length.py              (sessions trimmed: the bot as it runs)
    python bench/conversation_length.py --no-trim    (Rasa's default: one growing session)

Three chats, one after another, each send 400 ordinary messages (questions, an address
look-up, thanks) through the dialogue (safety net, Rasa, actions, demo registry on SQLite).
Reports the mean and median time per message over messages 1-100, 101-200 and 301-400, and
message 10 against message 400 (messages 6-15 against 391-400 of every chat, so that neither a
noisy moment of the shared machine nor the point of a session's cycle decides), with the
events Rasa loads for a conversation at the end.
Target (issue #15): message 400 within 20% of message 10.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

MESSAGES = [
    "dzień dobry",
    "kto jest dzielnicowym dla Piotrkowskiej 120, Łódź?",
    "dzwoni ktoś, że jest z policji i każe przelać pieniądze",
    "jak zabezpieczyć mieszkanie przed wyjazdem na wakacje",
    "co potrafisz?",
    "kiedy można odpalać fajerwerki",
    "jak rozpoznać oszustwo na wnuczka",
    "dziękuję",
]
COUNT = 400


async def run(trim: bool, model: Path, chats: int) -> list[list[float]]:
    from bench.databases import demo_services
    from bot.conversation.dialogue import Dialogue
    from bot.conversation.engine import RasaEngine

    with demo_services():
        engine = RasaEngine(model, trim_sessions=trim)
        dialogue = Dialogue(engine)
        await dialogue.reply("warm-up", "dzień dobry")
        runs = []
        for chat in range(chats):
            times = []
            for i in range(COUNT):
                started = time.perf_counter()
                replies = await dialogue.reply(f"long-chat-{chat}", MESSAGES[i % len(MESSAGES)])
                times.append((time.perf_counter() - started) * 1000)
                assert replies, f"message {i + 1} got no reply"
            runs.append(times)
        loaded = len(await engine.conversation("long-chat-0"))
        engine.close()
    print(f"events Rasa loads for the chat after {COUNT} messages: {loaded}")
    return runs


def describe(runs: list[list[float]]) -> None:
    for first, last in ((1, 100), (101, 200), (301, 400)):
        part = [ms for times in runs for ms in times[first - 1 : last]]
        print(f"messages {first}-{last}: mean {statistics.mean(part):.1f} ms, "
              f"median {statistics.median(part):.1f} ms, "
              f"p95 {sorted(part)[int(len(part) * 0.95)]:.1f} ms")
    early = statistics.median(ms for times in runs for ms in times[5:15])
    late = statistics.median(ms for times in runs for ms in times[390:400])
    print(f"message 10 (median of 6-15): {early:.1f} ms; message 400 (median of 391-400): "
          f"{late:.1f} ms; ratio {late / early:.2f} (target <= 1.20)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-trim", action="store_true")
    parser.add_argument("--model", default=str(ROOT / "models"))
    parser.add_argument("--chats", type=int, default=3)
    args = parser.parse_args()
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')}; sessions trimmed: {not args.no_trim}")
    runs = asyncio.run(run(not args.no_trim, Path(args.model), args.chats))
    describe(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
