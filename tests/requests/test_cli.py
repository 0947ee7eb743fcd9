"""Operator commands: officer codes, unassigned requests, export."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.cli import main
from bot.db.models import utcnow
from bot.wiring import Services
from tests.requests.conftest import OFFICER, report

CHAT = 7001


@pytest.fixture
def cli_env(demo: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    monkeypatch.setenv("DATABASE_URL", demo.settings.database_url)
    return demo


def test_officer_code_prints_the_code_last(
    cli_env: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["officer-code", OFFICER]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) > 1 and "Agnieszka Kołodziej" in out[0]
    code = out[-1]
    result = cli_env.officer_links.register(CHAT, code, utcnow())
    assert result.outcome == "linked"


def test_officer_code_for_an_unknown_officer(
    cli_env: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["officer-code", "NOBODY"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and "NOBODY" in captured.err


def test_officer_revoke(cli_env: Services, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_env.officer_links.issue_code(OFFICER, utcnow())
    cli_env.officer_links.register(CHAT, code, utcnow())
    assert main(["officer-revoke", OFFICER]) == 0
    assert "revoked" in capsys.readouterr().out
    assert cli_env.officer_links.officer_for_chat(CHAT) is None
    assert main(["officer-revoke", OFFICER]) == 0
    assert "nothing to revoke" in capsys.readouterr().out
    assert main(["officer-revoke", "NOBODY"]) == 1


def test_requests_unassigned_shows_no_personal_data(
    cli_env: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    filed = cli_env.requests.file(
        report(contact="600 100 200", contact_consent_at=datetime.now(timezone.utc)),
        datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc),
    )
    assert main(["requests", "unassigned"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"{filed.number}  2026-03-10 10:00  Komisariat Policji I KMP w Łodzi (DEMO)  {OFFICER}"
    ]
    assert "600 100 200" not in out and "chodniku" not in out


def test_requests_export(
    cli_env: Services, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    filed = cli_env.requests.file(
        report(contact="600 100 200", contact_consent_at=datetime.now(timezone.utc)),
        datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc),
    )
    assert main(["requests", "export", "--since", "2026-03-01"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["number"] for r in rows] == [filed.number] and "contact" not in rows[0]

    target = tmp_path / "out.csv"
    assert (
        main(
            ["requests", "export", "--since", "2026-03-01", "--with-contact", "--out", str(target)]
        )
        == 0
    )
    assert capsys.readouterr().out == ""
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows[0]["contact"] == "600 100 200"

    assert main(["requests", "export", "--since", "marzec"]) == 2
