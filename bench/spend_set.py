"""Spend a read test set as training data (nlu_data/nlu/written_apart/).

    python bench/spend_set.py tests/nlu/sealed_set_11.yml   (after it has been run and read)

Once a sealed set has been run and its errors read, it is no longer a measure; its messages
become training examples: emergencies → `emergency`, out-of-scope messages and insults →
`out_of_scope`, safety questions → `faq/<topic>` (`topic: none` → `faq/no_answer`). A message
may name the intent it should train with `intent:` where its topic (a label for the benchmark)
is not what the bot should do with it — e.g. "kto jest moim dzielnicowym, mieszkam na …" is
labelled with the FAQ about dzielnicowi for the benchmark, but must stay an address lookup
(`intent: find_officer`). Questions with two topics are skipped (one example, one intent).
Examples already present anywhere in the folder are not added twice.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "nlu_data" / "nlu" / "written_apart"
FILES = {
    "emergency": ("emergency.yml", "Emergencies"),
    "out_of_scope": ("out_of_scope.yml", "Out-of-scope messages and insults"),
    "questions": (
        "questions.yml",
        "Safety questions (one topic each; faq/no_answer: no answer covers it) and address"
        " lookups",
    ),
}
HEADER = (
    'version: "3.1"\n\n'
    "# {what} from test sets written apart from the project\n"
    "# (2026-11/12, by helpers who saw only the topic list). Each was run, its errors read,\n"
    "# and then it was spent as training data with bench/spend_set.py; sealed sets live in"
    " tests/nlu/.\n\n"
    "nlu:\n"
)
# Rasa reads "[text](entity)" and "[text]{...}" inside an example as entity annotations.
ANNOTATION = re.compile(r"\]\s*[({]")


def intent_of(message: dict[str, Any]) -> str | None:
    if message.get("intent"):
        return str(message["intent"])
    kind = message["kind"]
    if kind == "emergency":
        return "emergency"
    if kind in ("out_of_scope", "abuse"):
        return "out_of_scope"
    topic = message.get("topic")
    if isinstance(topic, list):
        return None
    return "faq/no_answer" if topic in (None, "none") else f"faq/{topic}"


def file_of(intent: str) -> str:
    return intent if intent in ("emergency", "out_of_scope") else "questions"


def read_examples(path: Path) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: dict[str, list[str]] = {}
    for block in data.get("nlu", []):
        lines = str(block["examples"]).splitlines()
        examples[block["intent"]] = [ln[2:].strip() for ln in lines if ln.startswith("- ")]
    return examples


def normal(text: str) -> str:
    return " ".join(text.lower().split())


def write(path: Path, what: str, examples: dict[str, list[str]]) -> None:
    parts = [HEADER.format(what=what)]
    for intent in sorted(examples, key=lambda i: (i != "emergency", i)):
        parts.append(f"- intent: {intent}\n  examples: |\n")
        parts.extend(f"    - {text}\n" for text in examples[intent])
    path.write_text("".join(parts), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", type=Path)
    args = parser.parse_args()
    messages = yaml.safe_load(args.set.read_text(encoding="utf-8"))["messages"]

    current = {name: read_examples(FOLDER / file) for name, (file, _) in FILES.items()}
    seen = {normal(t) for per_file in current.values() for ts in per_file.values() for t in ts}
    added: dict[str, int] = defaultdict(int)
    skipped = 0
    for message in messages:
        text = " ".join(str(message["text"]).split())
        intent = intent_of(message)
        if intent is None or ANNOTATION.search(text) or normal(text) in seen:
            skipped += 1
            continue
        seen.add(normal(text))
        current[file_of(intent)].setdefault(intent, []).append(text)
        added[intent] += 1

    for name, (file, what) in FILES.items():
        write(FOLDER / file, what, current[name])
    total = sum(added.values())
    print(f"{args.set}: {total} examples added, {skipped} skipped (two topics, duplicates,"
          " annotation-like brackets)")
    for intent, count in sorted(added.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {intent}: +{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
