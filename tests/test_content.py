"""The safety content: every answer sourced and dated, short, with verified numbers only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.content.catalog import Answer, Source, load, phone_numbers, problems, report

TODAY = date.today()


@pytest.fixture(scope="module")
def answers() -> list[Answer]:
    return load()


def test_every_answer_has_its_source_date_and_title(answers: list[Answer]) -> None:
    faq = [a for a in answers if a.key.startswith("faq/")]
    assert len(faq) >= 128  # 103 answers, and the 25+ added for issue #11
    assert problems(answers, TODAY) == []


def test_every_safety_answer_has_training_questions(answers: list[Answer]) -> None:
    questions: set[str] = set()
    for path in Path("nlu_data/nlu/faq").glob("*.yml"):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if str(item.get("intent", "")).startswith("faq/"):
                assert len(item["examples"].splitlines()) >= 15, item["intent"]
                questions.add(item["intent"])
    questions.discard("faq/no_answer")  # questions no answer covers: never answered
    assert {a.key for a in answers if a.key.startswith("faq/")} == questions


def _answer(text: str, **changes: object) -> Answer:
    fields: dict[str, object] = {
        "key": "faq/x",
        "title": "Temat",
        "text": text,
        "sources": (Source("Kodeks", "https://isap.sejm.gov.pl/x"),),
        "checked": date(2026, 12, 1),
        "recheck_by": None,
        "file": Path("nlu_data/nlu/faq/x.yml"),
        "line": 7,
    }
    fields.update(changes)
    return Answer(**fields)  # type: ignore[arg-type]


def test_each_missing_field_is_named_with_file_and_line() -> None:
    bad = _answer("Tekst.", title="", sources=(), checked=None)
    found = problems([bad], date(2026, 12, 1))
    assert "nlu_data/nlu/faq/x.yml:7: faq/x: metadata.title missing" in found
    assert any("metadata.sources missing" in p for p in found)
    assert any("metadata.checked missing" in p for p in found)


def test_long_texts_unverified_numbers_and_the_other_112_form_are_refused() -> None:
    found = problems(
        [
            _answer("x" * 701),
            _answer("W sprawie zadzwoń pod 22 123 45 67."),
            _answer("Zadzwoń na 112."),
            _answer("Przed: art. 190a, 500 znaków, 2026 r., 15 lat. Dzwoń pod 112 lub 986."),
        ],
        date(2026, 12, 1),
    )
    assert any("701 characters" in p for p in found)
    assert any("221234567" in p for p in found)
    assert any("dzwoń pod 112" in p for p in found)
    assert len(found) == 3


def test_phone_numbers_are_read_with_their_spacing() -> None:
    text = "SMS na 8080, zadzwoń pod 800 70 2222 albo 116 123; art. 190a"
    assert phone_numbers(text) == ["8080", "800702222", "116123"]


def test_report_lists_answers_past_their_recheck_date_first() -> None:
    overdue = _answer("a", key="faq/hulajnoga", recheck_by=date(2027, 6, 1))
    fresh = _answer("b", key="faq/odblaski")
    lines = report([fresh, overdue], date(2027, 7, 1), max_age_days=365)
    assert lines[0] == "Past their 'recheck by' date (1):"
    assert "faq/hulajnoga" in lines[1]


def test_content_report_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "report", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "By the age of their last check" in out
    assert "faq/scam_grandson" in out
