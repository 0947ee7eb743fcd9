"""The tips catalogue: every problem as file:line, imports all or nothing, retired not deleted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from bot.db.engine import transaction
from bot.db.models import Tip, TipDelivery
from bot.tips.catalog import CatalogError, ImportReport, import_catalog, load_catalog, validate
from bot.tips.seasons import SEASON_WINDOWS, in_season, seasons_on
from bot.wiring import Services
from tests.tips.conftest import CATALOG, RESIDENT, delivered, warsaw

TODAY = date(2026, 3, 20)
GOOD = """\
  text: "Dobra porada."
  audiences: [seniorzy]
  sources:
  - title: "Źródło"
    url: "https://policja.pl/"
  checked: 2026-03-01
"""


def write(tmp_path: Path, body: str, name: str = "tips.yml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_the_fixture_catalogue_is_valid() -> None:
    tips = load_catalog(CATALOG, TODAY)
    assert len(tips) == 16
    assert tips[0].id == "seniorzy-wnuczek" and tips[0].line == 3
    woda = next(t for t in tips if t.id == "dzieci-woda")
    assert woda.seasons == ("wakacje", "sezon kąpielowy")  # catalogue order, each once
    assert woda.audiences == ("dzieci i młodzież",)


def test_every_problem_with_the_line_of_its_tip(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tips:\n"
        "- id: dobra\n" + GOOD +  # lines 2-8
        "- id: Zła Nazwa\n"  # 9
        "  text: \"Zadzwoń pod 600 100 200 albo dzwoń na 112.\"\n"
        "  audiences: [emeryci, seniorzy]\n"
        "  seasons: [wiosna]\n"
        "  sources: []\n"
        "  checked: jutro\n"
        "  title: nadmiarowy klucz\n"
        "- id: dobra\n" + GOOD +  # 16
        "- id: za-dluga\n"  # 23
        f"  text: \"{'a' * 601}\"\n"
        "  audiences: []\n"
        "  sources:\n"
        "  - title: \"\"\n"
        "    url: \"ftp://x\"\n"
        "  checked: 2027-01-01\n",
    )
    tips, errors = validate(path, TODAY)
    assert tips == []
    name = str(path)
    assert errors == [
        f"{name}:9: unknown key 'title' (expected: id, text, audiences, seasons, sources, "
        "checked)",
        f"{name}:9: id 'Zła Nazwa': need lower-case letters, digits, '-', '_', '.' or '/' "
        "(at most 80 characters)",
        f"{name}:9: phone number 600100200 is not one of the verified help numbers",
        f"{name}:9: write 'dzwoń pod 112' (one form everywhere)",
        f"{name}:9: unknown audience 'emeryci' (one of: dzieci i młodzież, rodzice, "
        "nauczyciele, seniorzy, kierowcy, rowerzyści i hulajnogi, wszyscy)",
        f"{name}:9: unknown season 'wiosna' (one of: ferie zimowe, wakacje, początek roku "
        "szkolnego, Wszystkich Świętych, grudniowe zakupy, sylwester, zima/mróz, sezon "
        "kąpielowy)",
        f"{name}:9: sources missing (at least one, with title and url)",
        f"{name}:9: checked missing or not a YYYY-MM-DD date",
        f"{name}:16: duplicate id 'dobra' (first on line 2)",
        f"{name}:23: text is 601 characters (at most 600)",
        f"{name}:23: audiences is empty",
        f"{name}:23: a source without a title",
        f"{name}:23: source url 'ftp://x' is not an http(s) address",
        f"{name}:23: checked 2027-01-01 is in the future",
    ]


def test_the_verified_numbers_pass(tmp_path: Path) -> None:
    body = GOOD.replace(
        "Dobra porada.", "Dzwoń pod 112, 997, 116 111, 116 123, 800 70 2222 lub 800 12 12 12."
    )
    tips, errors = validate(write(tmp_path, "tips:\n- id: numery\n" + body), TODAY)
    assert errors == [] and len(tips) == 1


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("tips:\n- id: a\n\ttext: x\n- id: b\n", ":3: not valid YAML"),
        ("porady:\n- id: a\n", ":1: expected a top-level 'tips:' list"),
        ("tips: brak\n", ":1: 'tips' must be a list"),
        ("tips: []\n", ":1: no tips (an empty catalogue would retire every tip)"),
        ("tips:\n- just text\n", ":2: a tip must be a mapping"),
    ],
)
def test_broken_files(tmp_path: Path, body: str, error: str) -> None:
    path = write(tmp_path, body)
    _tips, errors = validate(path, TODAY)
    assert len(errors) == 1 and errors[0].startswith(f"{path}{error}"), errors


def test_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yml"
    assert validate(missing, TODAY) == ([], [f"{missing}: file not found"])


def test_import_is_all_or_nothing_and_retires(services: Services, tmp_path: Path) -> None:
    now = warsaw(2026, 3, 20, 10)
    with transaction(services.sessions) as session:
        assert import_catalog(session, CATALOG, now, TODAY) == ImportReport(added=16)
    with transaction(services.sessions) as session:
        assert import_catalog(session, CATALOG, now, TODAY) == ImportReport(unchanged=16)

    # A tip gets delivered, then disappears from the catalogue.
    services.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, now)
    services.tips.plan_due(warsaw(2026, 3, 21, 9))
    (sent,) = delivered(services, RESIDENT)
    text = CATALOG.read_text(encoding="utf-8")
    start = text.index(f"- id: {sent}\n")
    end = text.index("- id: ", start + 1)
    smaller = write(tmp_path, text[:start] + text[end:])

    # A broken file changes nothing, whatever else it holds.
    broken = write(tmp_path, text[:start] + text[end:] + "- id: zla\n", "broken.yml")
    with pytest.raises(CatalogError) as failed, transaction(services.sessions) as session:
        import_catalog(session, broken, now, TODAY)
    assert failed.value.errors and all(
        e.startswith(f"{broken}:{text[:start].count(chr(10)) + (text[end:]).count(chr(10)) + 1}:")
        for e in failed.value.errors
    )
    with services.sessions() as session:
        assert session.execute(select(func.count()).where(Tip.active.is_(True))).scalar() == 16

    with transaction(services.sessions) as session:
        report = import_catalog(session, smaller, now, TODAY)
    assert report == ImportReport(retired=1, unchanged=15)
    with services.sessions() as session:
        retired = session.execute(select(Tip).where(Tip.key == sent)).scalar_one()
        assert not retired.active and retired.retired_at is not None
        # The delivery history still points at it.
        assert session.execute(select(func.count(TipDelivery.id))).scalar() == 1
    assert delivered(services, RESIDENT) == [sent]

    # Back in a later catalogue, with a changed text.
    changed = write(tmp_path, text.replace("Rozłącz się", "Odłóż słuchawkę"), "changed.yml")
    with transaction(services.sessions) as session:
        report = import_catalog(session, changed, now, TODAY)
    expected_updated = 2 if sent != "seniorzy-wnuczek" else 1
    assert report == ImportReport(updated=expected_updated, unchanged=16 - expected_updated)


def test_cli_validate_and_import(
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", services.settings.database_url)
    assert main(["tips", "validate", str(CATALOG)]) == 0
    assert "16 tips, no problems" in capsys.readouterr().out
    bad = write(tmp_path, "tips:\n- id: a\n  text: x\n- id: b\n  text: y\n")
    assert main(["tips", "validate", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{bad}:2: audiences missing")
    assert err[-1].endswith("in the catalogue.")
    assert main(["tips", "import", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"Import failed: {len(err) - 1} problem(s); nothing was imported."
    with services.sessions() as session:
        assert session.execute(select(func.count(Tip.id))).scalar() == 0
    assert main(["tips", "import", str(CATALOG)]) == 0
    assert capsys.readouterr().out == (
        "Tips imported: added 16, updated 0, retired 0, unchanged 0.\n"
    )


def test_season_windows() -> None:
    assert set(SEASON_WINDOWS) == {
        "ferie zimowe", "wakacje", "początek roku szkolnego", "Wszystkich Świętych",
        "grudniowe zakupy", "sylwester", "zima/mróz", "sezon kąpielowy",
    }
    assert in_season("sylwester", date(2026, 12, 31)) and in_season("sylwester", date(2027, 1, 2))
    assert not in_season("sylwester", date(2027, 1, 3))
    assert in_season("ferie zimowe", date(2026, 2, 28))
    assert in_season("ferie zimowe", date(2028, 2, 29))
    assert not in_season("ferie zimowe", date(2026, 3, 1))
    late_august = {"wakacje", "sezon kąpielowy", "początek roku szkolnego"}
    assert seasons_on(date(2026, 8, 28)) == late_august
    assert seasons_on(date(2026, 12, 24)) == {"grudniowe zakupy", "zima/mróz"}
    assert seasons_on(date(2026, 4, 15)) == frozenset()
