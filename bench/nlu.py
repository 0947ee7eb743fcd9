"""NLU benchmark: cross-validated macro-F1, held-out accuracy, emergency recall (with the
safety net), parse latency, model load time and training time.

    make bench-nlu                 (all of it; the cross-validation trains 5 models)
    python bench/nlu.py --folds 0  (skip the cross-validation)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import yaml  # noqa: E402

import bot.conversation.engine  # noqa: E402,F401 -- sets Rasa logging to WARNING
from bot.safety.assess import assess  # noqa: E402

HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"


def examples(path: Path) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for item in data.get("nlu", []):
        if "intent" not in item:
            continue
        for line in item["examples"].splitlines():
            if line.strip().startswith("- "):
                out.append((line.strip()[2:].strip(), item["intent"]))
    return out


def training_examples() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "nlu_data" / "nlu").rglob("*.yml")):
        found += examples(path)
    return found


def per_intent(pairs: list[tuple[str, str]]) -> list[tuple[str, float, float, float, int]]:
    """(intent, precision, recall, F1, support), worst F1 first."""
    rows = []
    for label in sorted({t for t, _ in pairs}):
        tp = sum(1 for t, p in pairs if t == label and p == label)
        fp = sum(1 for t, p in pairs if t != label and p == label)
        support = sum(1 for t, _ in pairs if t == label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((label, precision, recall, f1, support))
    return sorted(rows, key=lambda row: row[3])


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """pairs: (true, predicted)."""
    rows = per_intent(pairs)
    return sum(row[3] for row in rows) / len(rows)


def base(intent: str) -> str:
    return intent.split("/")[0]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def load_agent(model: str) -> Any:
    from rasa.core.agent import Agent

    return Agent.load(model)


def parse_all(agent: Any, texts: list[str]) -> tuple[list[dict[str, Any]], list[float]]:
    loop = asyncio.new_event_loop()
    results, latencies = [], []
    for text in texts:
        t0 = time.perf_counter()
        results.append(loop.run_until_complete(agent.parse_message(text)))
        latencies.append((time.perf_counter() - t0) * 1000)
    loop.close()
    return results, latencies


def predicted(result: dict[str, Any]) -> str:
    name: str = result["intent"]["name"]
    return name


def train(nlu_file: Path, out: Path, config: Path) -> tuple[str, float]:
    command = [
        sys.executable,
        "-m",
        "rasa",
        "train",
        "nlu",
        "--config",
        str(config),
        "--domain",
        str(ROOT / "domain"),
        "--nlu",
        str(nlu_file),
        "--out",
        str(out),
        "--fixed-model-name",
        "fold",
        "--quiet",
    ]
    t0 = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return str(out / "fold.tar.gz"), time.perf_counter() - t0


def responses_and_patterns() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The safety answers, which live next to their questions in the NLU files, and the regex
    patterns: a fold trains on part of the examples but on all of these."""
    found: dict[str, Any] = {}
    patterns: list[dict[str, Any]] = []
    for path in sorted((ROOT / "nlu_data" / "nlu").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.update(data.get("responses") or {})
        patterns += [item for item in data.get("nlu", []) if "regex" in item]
    return found, patterns


def write_nlu(
    pairs: list[tuple[str, str]],
    answers: dict[str, Any],
    patterns: list[dict[str, Any]],
    path: Path,
) -> None:
    by_intent: dict[str, list[str]] = defaultdict(list)
    for text, intent in pairs:
        by_intent[intent].append(text)
    data = {
        "version": "3.1",
        "nlu": [
            *patterns,
            *(
                {"intent": intent, "examples": "".join(f"- {t}\n" for t in texts)}
                for intent, texts in sorted(by_intent.items())
            ),
        ],
        "responses": answers,
    }
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8"
    )


def cross_validate(folds: int, report: Path | None, config: Path) -> tuple[float, float, float]:
    data = training_examples()
    rng = random.Random(42)
    by_intent: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in data:
        by_intent[pair[1]].append(pair)
    fold_of: dict[tuple[str, str], int] = {}
    for pairs in by_intent.values():  # stratified: every intent in every fold
        rng.shuffle(pairs)
        for i, pair in enumerate(pairs):
            fold_of[pair] = i % folds
    answers, patterns = responses_and_patterns()
    intent_pairs: list[tuple[str, str]] = []
    rows: list[dict[str, Any]] = []
    response_hits, response_total, train_seconds = 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            train_set = [p for p in data if fold_of[p] != k]
            test_set = [p for p in data if fold_of[p] == k]
            nlu_file = Path(tmp) / f"fold{k}.yml"
            write_nlu(train_set, answers, patterns, nlu_file)
            model, seconds = train(nlu_file, Path(tmp) / f"model{k}", config)
            train_seconds.append(seconds)
            agent = load_agent(model)
            results, _ = parse_all(agent, [t for t, _ in test_set])
            for (text, truth), result in zip(test_set, results, strict=True):
                guess = predicted(result)
                intent_pairs.append((base(truth), base(guess)))
                key = (result.get("answer") or {}).get("key")
                if truth.startswith("faq/"):
                    response_total += 1
                    response_hits += key == truth
                rows.append(
                    {
                        "text": text,
                        "truth": truth,
                        "predicted": guess,
                        "confidence": round(result["intent"].get("confidence") or 0.0, 3),
                        "ranking": [
                            (r["name"], round(r["confidence"], 3))
                            for r in (result.get("intent_ranking") or [])[:3]
                        ],
                        "response": key,
                    }
                )
            print(f"  fold {k + 1}/{folds}: trained in {seconds:.0f} s", flush=True)
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print("  per intent (precision / recall / F1 / support), weakest first:")
    for label, precision, recall, f1, support in per_intent(intent_pairs)[:10]:
        print(f"    {label:18} {precision:.2f} / {recall:.2f} / {f1:.2f} / {support}")
    return (
        macro_f1(intent_pairs),
        response_hits / max(response_total, 1),
        statistics.median(train_seconds),
    )


def measure_load(model: str, repeats: int) -> list[float]:
    code = (
        "import time,os;os.environ['TF_CPP_MIN_LOG_LEVEL']='3';t=time.perf_counter();"
        "from pathlib import Path;from bot.conversation.engine import RasaEngine;"
        f"e=RasaEngine(Path({model!r}));print(time.perf_counter()-t)"
    )
    times = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cv-only", action="store_true", help="only the cross-validation")
    parser.add_argument("--load-repeats", type=int, default=3)
    parser.add_argument(
        "--cv-report",
        type=Path,
        default=ROOT / "var" / "bench" / "cross_validation.json",
        help="where to write every cross-validation prediction",
    )
    parser.add_argument("--model", default=str(ROOT / "models"), help="model file or directory")
    parser.add_argument(
        "--config", type=Path, default=ROOT / "config.yml", help="pipeline for the cross-validation"
    )
    args = parser.parse_args()
    config = args.config.resolve()

    if args.cv_only:
        f1, selection, _ = cross_validate(args.folds, args.cv_report, config)
        print(f"cross-validation intent macro-F1 {f1:.3f}, FAQ selection {selection:.3f}")
        return 0

    from rasa.model import get_latest_model

    model = args.model if args.model.endswith(".tar.gz") else get_latest_model(args.model)
    if model is None:
        print("no model: run make train first", file=sys.stderr)
        return 1
    print(f"date: {time.strftime('%Y-%m-%d')}, model: {Path(model).name}")

    heldout = examples(HELDOUT)
    agent = load_agent(model)
    parse_all(agent, [t for t, _ in heldout[:20]])  # warm-up
    results, latencies = parse_all(agent, [t for t, _ in heldout] * 3)
    results = results[: len(heldout)]
    correct = sum(
        1
        for (_, truth), r in zip(heldout, results, strict=True)
        if base(predicted(r)) == base(truth)
    )
    emergencies = [
        (t, r) for (t, truth), r in zip(heldout, results, strict=True) if truth == "emergency"
    ]
    net = sum(1 for t, _ in emergencies if assess(t).alarm)
    combined = sum(1 for t, r in emergencies if alarm(t, r))
    missed = [t for t, r in emergencies if not alarm(t, r)]
    false_alarms = sum(
        1
        for (t, truth), r in zip(heldout, results, strict=True)
        if truth != "emergency" and alarm(t, r)
    )
    confusions: dict[tuple[str, str], int] = defaultdict(int)
    for (_, truth), r in zip(heldout, results, strict=True):
        if base(predicted(r)) != base(truth):
            confusions[(base(truth), base(predicted(r)))] += 1

    print(
        f"held-out intent accuracy: {correct / len(heldout):.3f} ({correct}/{len(heldout)}) "
        "(target >= 0.92)"
    )
    print(
        f"emergency recall on held-out: {combined / len(emergencies):.3f} with the safety net "
        f"({combined}/{len(emergencies)}); net alone {net}/{len(emergencies)} (target 1.00)"
    )
    if missed:
        print(f"  missed: {missed}")
    print(f"  non-emergency messages answered with 112 as well: {false_alarms}")
    print(
        "  most frequent confusions: "
        + ", ".join(
            f"{t}->{p} x{n}" for (t, p), n in sorted(confusions.items(), key=lambda x: -x[1])[:6]
        )
    )
    print(
        f"parse latency: p50 {statistics.median(latencies):.1f} ms, "
        f"p95 {percentile(latencies, 0.95):.1f} ms over {len(latencies)} parses"
        " (target p95 < 20 ms)"
    )

    loads = measure_load(model, args.load_repeats)
    print(
        f"model load (fresh process, bot's engine): median {statistics.median(loads):.1f} s, "
        f"max {max(loads):.1f} s over {len(loads)} (target < 20 s)"
    )

    if args.folds:
        f1, selection, train_median = cross_validate(args.folds, args.cv_report, config)
        print(
            f"{args.folds}-fold cross-validation intent macro-F1: {f1:.3f} (target >= 0.93); "
            f"FAQ answer selection accuracy: {selection:.3f}; NLU training per fold: "
            f"median {train_median:.0f} s"
        )
    return 0


def alarm(text: str, result: dict[str, Any]) -> bool:
    """The 112 line on top: from the text alone, or from NLU's assessment (with the classifier)."""
    level = (result.get("safety") or {}).get("level", "none")
    return assess(text).alarm or level != "none"


if __name__ == "__main__":
    sys.exit(main())
