"""Trust benchmark: resident messages written apart from the project, through the whole bot
(safety net, Rasa NLU and dialogue, actions, demo registry), one fresh conversation each.

    python bench/trust.py --set sealed              (once, at the end of a round of work)
    python bench/trust.py --set sealed --show-errors

Figures (targets from issue #10):
- emergency recall: the 112 line first, for every message by someone in danger (1.00)
- wrong-answer rate: a safety answer on another topic than asked, or any safety answer to a
  question no prepared answer covers, over all safety questions (<= 2%)
- abstention rate: in-scope safety questions that got no answer (<= 10%)
- out of scope declined: out-of-scope and abusive messages that got no safety answer (>= 95%)
- false alarms: non-emergency messages that got the 112 line (reported)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import yaml  # noqa: E402

# Written by a helper who saw only the topic catalogue (never the training data, the patterns
# or another set). A sealed set is run once, at the end; its errors are then read, and it
# becomes training data (bench/spend_set.py), as the twelve earlier sets did.
SETS = {
    "sealed": ROOT / "tests" / "nlu" / "sealed_set_13.yml",
}


@dataclass
class Outcome:
    message: dict[str, Any]
    alarm: bool
    urgent: bool
    answers: list[str]
    abstained: bool
    declined: bool
    texts: list[str] = field(default_factory=list)

    @property
    def truth(self) -> list[str]:
        topic = self.message.get("topic")
        if topic is None:
            return []
        return [str(t) for t in topic] if isinstance(topic, list) else [str(topic)]


def load_set(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    messages: list[dict[str, Any]] = data["messages"]
    return messages


async def run_set(dialogue: Any, messages: list[dict[str, Any]], tag: str) -> list[Outcome]:
    from actions.answers import NOT_SURE
    from bot.safety.messages import call_112

    domain = yaml.safe_load((ROOT / "domain" / "responses.yml").read_text(encoding="utf-8"))
    decline_texts = {v["text"] for v in domain["responses"]["utter_out_of_scope"]}
    outcomes = []
    for i, message in enumerate(messages):
        replies = await dialogue.reply(f"bench-{tag}-{i}", message["text"])
        texts = [r.text for r in replies]
        first = texts[0] if texts else ""
        outcomes.append(
            Outcome(
                message=message,
                alarm=first.startswith(call_112()),
                urgent=first.startswith(call_112()) and first != call_112(),
                answers=[r.answer_key for r in replies if r.answer_key],
                abstained=any(t.startswith(NOT_SURE) for t in texts),
                declined=any(t in decline_texts for t in texts),
                texts=texts,
            )
        )
    return outcomes


def rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def report(name: str, outcomes: list[Outcome], show_errors: bool) -> None:
    emergencies = [o for o in outcomes if o.message["kind"] == "emergency"]
    questions = [o for o in outcomes if o.message["kind"] == "question"]
    in_scope = [o for o in questions if o.truth != ["none"]]
    uncovered = [o for o in questions if o.truth == ["none"]]
    declinable = [o for o in outcomes if o.message["kind"] in ("out_of_scope", "abuse")]
    others = [o for o in outcomes if o.message["kind"] != "emergency"]

    missed = [o for o in emergencies if not o.alarm]
    wrong = [o for o in questions if any(a not in o.truth for a in o.answers)]
    unanswered = [o for o in in_scope if not o.answers]
    right = [o for o in in_scope if o.answers and all(a in o.truth for a in o.answers)]
    not_declined = [o for o in declinable if o.answers]
    false_alarms = [o for o in others if o.alarm]
    near = [o for o in questions if o.message.get("near_miss")]

    print(f"\n== {name}: {len(outcomes)} messages ==")
    print(f"emergency recall (112 first): {rate(len(emergencies) - len(missed), len(emergencies))}"
          " (target 1.00)")
    by_category: dict[str, list[Outcome]] = defaultdict(list)
    for o in emergencies:
        by_category[o.message.get("category", "?")].append(o)
    print("  by category: " + ", ".join(
        f"{c} {sum(o.alarm for o in os_)}/{len(os_)}" for c, os_ in sorted(by_category.items())
    ))
    print(f"  with the dispatcher's sentence (urgent): "
          f"{rate(sum(o.urgent for o in emergencies), len(emergencies))}")
    print(f"wrong-answer rate (all {len(questions)} safety questions): "
          f"{rate(len(wrong), len(questions))} (target <= 0.02)")
    print(f"  of which on questions no answer covers: "
          f"{sum(1 for o in wrong if o.truth == ['none'])}/{len(uncovered)}")
    print(f"abstention rate (in-scope questions): {rate(len(unanswered), len(in_scope))}"
          " (target <= 0.10)")
    print(f"  right answer: {rate(len(right), len(in_scope))}")
    print(f"out of scope and abuse declined (no safety answer): "
          f"{rate(len(declinable) - len(not_declined), len(declinable))} (target >= 0.95); "
          f"with the decline text: {rate(sum(o.declined for o in declinable), len(declinable))}")
    print(f"false alarms (112 line on a non-emergency): {rate(len(false_alarms), len(others))}; "
          f"on near-miss questions {rate(sum(o.alarm for o in near), len(near))}, "
          f"of those answered anyway {sum(1 for o in near if o.alarm and o.answers)}")
    if show_errors:
        for title, items in (
            ("MISSED EMERGENCY", missed),
            ("WRONG ANSWER", wrong),
            ("NOT ANSWERED", unanswered),
            ("NOT DECLINED", not_declined),
            ("FALSE ALARM", false_alarms),
        ):
            for o in items:
                truth = o.truth or o.message.get("category")
                print(f"  {title}: {o.message['text']!r} truth={truth}"
                      f" got={o.answers} alarm={o.alarm}")


async def main_async(args: argparse.Namespace) -> int:
    from bench.databases import demo_services
    from bot.conversation.dialogue import Dialogue
    from bot.conversation.engine import RasaEngine

    with demo_services():
        engine = RasaEngine(Path(args.model))
        dialogue = Dialogue(engine)
        print(f"date: {time.strftime('%Y-%m-%d')}")
        for name in args.set:
            messages = load_set(SETS[name])
            started = time.perf_counter()
            outcomes = await run_set(dialogue, messages, name)
            seconds = time.perf_counter() - started
            report(name, outcomes, args.show_errors)
            print(f"  ({seconds:.0f} s, {statistics.mean([seconds / len(messages)]) * 1000:.0f} ms"
                  " per message)")
            kinds = Counter(m["kind"] for m in messages)
            print(f"  set: {dict(kinds)}")
        engine.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", choices=sorted(SETS))
    parser.add_argument("--model", default=str(ROOT / "models"))
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    args.set = args.set or [name for name, path in SETS.items() if path.exists()]
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
