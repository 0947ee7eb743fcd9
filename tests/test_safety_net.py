"""The deterministic emergency net: wide on purpose, and independent of the classifier."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety.emergency import detect
from bot.safety.messages import emergency_replies

NLU_DIR = Path(__file__).resolve().parent.parent / "nlu_data" / "nlu"


def training_examples(intent: str) -> list[str]:
    found: list[str] = []
    for path in NLU_DIR.rglob("*.yml"):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") == intent:
                found += [
                    line[2:].strip() for line in item["examples"].splitlines() if line.strip()
                ]
    return found


def test_every_emergency_training_example_is_caught() -> None:
    examples = training_examples("emergency")
    assert len(examples) >= 60
    assert [e for e in examples if detect(e) is None] == []


@pytest.mark.parametrize(
    "text",
    [
        "CHCĘ SIĘ ZABIĆ",
        "chce sie zabic",
        "mysle o samobojstwie",
        "powiesze sie dzisiaj",
        "nie chce mi sie juz zyc",
        "wezme wszystkie tabletki",
    ],
)
def test_crisis_gets_the_crisis_lines(text: str) -> None:
    found = detect(text)
    assert found is not None and found.category == "crisis"
    replies = emergency_replies(found.category)
    assert "112" in replies[0]
    joined = " ".join(replies)
    for number in ("116 123", "800 70 2222", "116 111"):
        assert number in joined


@pytest.mark.parametrize(
    "text",
    [
        "PALI SIĘ!!!",
        "ktos wywaza drzwi sasiadow",
        "sąsiad leży nieprzytomny na klatce",
        "pijany kierowca jedzie pod prąd",
        "zaginęło mi dziecko na placu zabaw",
        "facet z nożem pod sklepem",
        "ktoś się włamał do mieszkania, jest w środku",
        "włamali się na konto, a teraz jeden z nich wyważa drzwi",
        "kolega nie reaguje, nie wiem co robić",
        "w piwnicy coś wybuchło",
        "sąsiad strzela z wiatrówki do ludzi",
    ],
)
def test_danger_gets_112_first(text: str) -> None:
    found = detect(text)
    assert found is not None and found.category == "danger"
    assert emergency_replies(found.category)[0].startswith("🚨")
    assert "112" in emergency_replies(found.category)[0]


@pytest.mark.parametrize(
    "text",
    [
        "kto jest moim dzielnicowym?",
        "jak zabezpieczyć mieszkanie przed wyjazdem na wakacje",
        "pomocy w obsłudze bota",
        "co to jest Niebieska Karta",
        "kiedy wolno odpalać fajerwerki",
        "Piotrkowska 120",
        "ktos strzela petardami pod blokiem co wieczor",
        "od kiedy do kiedy można strzelać fajerwerkami na podwórku",
        "ktoś się włamał na mojego fejsa",
        "wlamali sie na mojego maila i zmienili haslo",
        "petarda nie wybuchła, co robić",
        "telefon do dzielnicowego nie odpowiada",
        "czy monitoring odstrasza włamywaczy",
    ],
)
def test_ordinary_questions_are_not_emergencies(text: str) -> None:
    assert detect(text) is None


def test_non_emergency_training_data_raises_few_false_alarms() -> None:
    others = [
        text
        for intent in (
            "greet",
            "help",
            "find_officer",
            "inform_address",
            "report_problem",
            "report_status",
            "subscribe_tips",
            "my_data",
            "out_of_scope",
        )
        for text in training_examples(intent)
    ]
    false_alarms = [t for t in others if detect(t) is not None]
    assert len(false_alarms) <= len(others) // 100, false_alarms
