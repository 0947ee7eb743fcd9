"""Import: all-or-nothing, repeatable, updates keep linked accounts; errors name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.engine import transaction
from bot.db.models import Officer, StreetSegment
from bot.registry.importer import ImportFailed, import_registry
from bot.wiring import Services
from tests.conftest import DEMO_DIR

HEADER_O = "officer_id,rank,first_name,last_name,unit,phone,email,duty_hours\n"
HEADER_A = "officer_id,city,street,numbers\n"
OFFICER_A = "A1,asp.,Jan,Demo,Komisariat (DEMO),+48 000 000 001,jan@example.org,pon.–pt. 8–16\n"
OFFICER_B = "B1,sierż.,Ewa,Demo,Komisariat (DEMO),+48 000 000 002,ewa@example.org,pon.–pt. 8–16\n"


def write(tmp_path: Path, officers: str, areas: str) -> tuple[Path, Path]:
    o, a = tmp_path / "officers.csv", tmp_path / "areas.csv"
    o.write_text(officers, encoding="utf-8")
    a.write_text(areas, encoding="utf-8")
    return o, a


def counts(services: Services) -> tuple[int, int]:
    with services.sessions() as s:
        return (
            s.execute(select(func.count(Officer.id))).scalar_one(),
            s.execute(select(func.count(StreetSegment.id))).scalar_one(),
        )


def run_import(services: Services, o: Path, a: Path) -> object:
    with transaction(services.sessions) as session:
        return import_registry(session, o, a)


def test_demo_import_is_repeatable(services: Services) -> None:
    first = run_import(services, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    assert first.changed  # type: ignore[attr-defined]
    before = counts(services)
    second = run_import(services, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    assert not second.changed  # type: ignore[attr-defined]
    assert counts(services) == before
    assert services.registry.resolve("Piotrkowska 120").officer_code == "LDZ-I-02"


def test_update_keeps_linked_account_and_reroutes(services: Services, tmp_path: Path) -> None:
    o, a = write(
        tmp_path,
        HEADER_O + OFFICER_A + OFFICER_B,
        HEADER_A + "A1,Łódź,ul. Piotrkowska,1-50\nB1,Łódź,ul. Piotrkowska,51-\n",
    )
    run_import(services, o, a)
    with transaction(services.sessions) as s:
        s.execute(select(Officer).where(Officer.code == "A1")).scalar_one().telegram_chat_id = 42
    assert services.registry.resolve("Piotrkowska 60").officer_code == "B1"

    o, a = write(tmp_path, HEADER_O + OFFICER_A, HEADER_A + "A1,Łódź,ul. Piotrkowska,całość\n")
    report = run_import(services, o, a)
    assert report.officers_deactivated == 1  # type: ignore[attr-defined]
    with services.sessions() as s:
        a1 = s.execute(select(Officer).where(Officer.code == "A1")).scalar_one()
        b1 = s.execute(select(Officer).where(Officer.code == "B1")).scalar_one()
        assert a1.telegram_chat_id == 42
        assert b1.active is False
    assert services.registry.resolve("Piotrkowska 60").officer_code == "A1"


@pytest.mark.parametrize(
    ("officers", "areas", "message"),
    [
        (
            HEADER_O + OFFICER_A,
            HEADER_A + "X9,Łódź,ul. Zielona,\n",
            "areas.csv:2: unknown officer_id 'X9'",
        ),
        (
            HEADER_O + OFFICER_A,
            HEADER_A + "A1,Łódź,ul. Zielona,5-a\n",
            "areas.csv:2: malformed numbers",
        ),
        (HEADER_O + OFFICER_A + OFFICER_A, HEADER_A, "officers.csv:3: duplicate officer_id 'A1'"),
        (
            "officer_id,rank,first_name\nA1,asp.,Jan\n",
            HEADER_A,
            "officers.csv:1: missing column(s): last_name",
        ),
        (
            HEADER_O + OFFICER_A + OFFICER_B,
            HEADER_A + "A1,Łódź,ul. Zielona,1-20\nB1,Łódź,ul. Zielona,15-30\n",
            "areas.csv:3: ul. Zielona (Łódź) numbers '15-30' of B1 overlap line 2 of A1",
        ),
    ],
)
def test_errors_write_nothing(
    services: Services, tmp_path: Path, officers: str, areas: str, message: str
) -> None:
    run_import(services, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    before = counts(services)
    o, a = write(tmp_path, officers, areas)
    with pytest.raises(ImportFailed) as failed:
        run_import(services, o, a)
    assert any(e.startswith(message) for e in failed.value.errors), failed.value.errors
    assert counts(services) == before
    assert services.registry.resolve("Piotrkowska 120").officer_code == "LDZ-I-02"


def test_roles(services: Services, tmp_path: Path) -> None:
    header = HEADER_O.rstrip("\n") + ",role\n"
    head = "K1,kom.,Anna,Demo,Komisariat (DEMO),+48 000 000 003,anna@example.org,pon.–pt. 8–16,"
    o, a = write(
        tmp_path,
        header + OFFICER_A.rstrip("\n") + ",\n" + head + "kierownik\n",
        HEADER_A + "A1,Łódź,ul. Piotrkowska,całość\n",  # the kierownik has no streets
    )
    run_import(services, o, a)
    with services.sessions() as s:
        roles = {code: role for code, role in s.execute(select(Officer.code, Officer.role))}
    assert roles == {"A1": "dzielnicowy", "K1": "kierownik"}

    # Without the column everyone is a dzielnicowy; the change is an update.
    o, a = write(tmp_path, HEADER_O + OFFICER_A + head.rstrip(",") + "\n", HEADER_A)
    report = run_import(services, o, a)
    assert report.officers_updated == 1  # type: ignore[attr-defined]
    with services.sessions() as s:
        assert s.execute(select(Officer.role).where(Officer.code == "K1")).scalar_one() == (
            "dzielnicowy"
        )


def test_role_errors(tmp_path: Path) -> None:
    from bot.registry.importer import parse_files

    header = HEADER_O.rstrip("\n") + ",role\n"
    row = "{code},kom.,Anna,Demo,Komisariat (DEMO),+48 000 000 003,a@example.org,8–16,{role}\n"
    o, a = write(
        tmp_path,
        header
        + row.format(code="K1", role="kierownik")
        + row.format(code="K2", role="szef")
        + row.format(code="K3", role="kierownik"),
        HEADER_A,
    )
    assert parse_files(o, a).errors == [
        "officers.csv:3: role must be dzielnicowy or kierownik, not 'szef'",
        "officers.csv:4: second kierownik of 'Komisariat (DEMO)': K3 (line 4) and K1 (line 2)",
    ]


def test_demo_has_one_kierownik_per_unit(services: Services) -> None:
    run_import(services, DEMO_DIR / "officers.csv", DEMO_DIR / "areas.csv")
    with services.sessions() as s:
        units = s.execute(select(func.count(func.distinct(Officer.unit_id)))).scalar_one()
        heads = s.execute(
            select(Officer.unit_id, Officer.code).where(Officer.role == "kierownik")
        ).all()
        with_streets = s.execute(
            select(func.count(StreetSegment.id))
            .join(Officer, Officer.id == StreetSegment.officer_id)
            .where(Officer.role == "kierownik")
        ).scalar_one()
    assert len(heads) == len({unit for unit, _code in heads}) == units == 5
    assert with_streets == 0


def test_all_errors_are_reported_at_once(tmp_path: Path) -> None:
    from bot.registry.importer import parse_files

    o, a = write(
        tmp_path, HEADER_O + OFFICER_A, HEADER_A + "X9,Łódź,ul. Zielona,\nA1,Łódź,ul. Zielona,abc\n"
    )
    errors = parse_files(o, a).errors
    assert [e.split(":")[1] for e in errors] == ["2", "3"]
