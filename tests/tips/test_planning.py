"""Planning: once per slot whoever runs it, one message after downtime, which tip."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.db.engine import transaction
from bot.db.models import OutboxMessage, TipDelivery
from bot.outbox.service import PRIORITY_BULK
from bot.tips.catalog import import_catalog
from bot.tips.model import PlanReport
from bot.tips.service import TipsService
from bot.wiring import Services
from tests.tips.conftest import (
    CATALOG,
    GROUP,
    PARENT,
    RESIDENT,
    SCHOOL,
    delivered,
    drain,
    local,
    queued,
    service,
    warsaw,
)

NOW = warsaw(2026, 3, 10, 12)  # Tuesday
SENIOR_POOL = {
    "seniorzy-wnuczek", "seniorzy-drzwi", "seniorzy-lekarstwa", "wszyscy-blik", "wszyscy-112"
}


def test_one_message_per_slot_however_often_it_runs(tips: Services) -> None:
    view = tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, NOW)
    assert tips.tips.plan_due(warsaw(2026, 3, 11, 8, 59)) == PlanReport()
    at_nine = warsaw(2026, 3, 11, 9, 0)
    assert tips.tips.plan_due(at_nine + timedelta(seconds=30)) == PlanReport(
        due=1, queued=1, batches=1
    )
    assert tips.tips.plan_due(at_nine + timedelta(seconds=30)) == PlanReport()
    assert tips.tips.plan_due(at_nine + timedelta(minutes=5)) == PlanReport()
    (message,) = queued(tips, RESIDENT)
    assert message.dedup_key == f"tip:{view.id}:{at_nine:%Y%m%dT%H%M}"
    assert message.dedup_key == f"tip:{view.id}:20260311T0800"  # the slot in UTC
    assert message.priority == PRIORITY_BULK
    text, footer = message.text.rsplit("\n\n", 1)
    assert footer == "Porady od dzielnicowych · /wypisz – rezygnacja"
    assert len(text) <= 600
    current = tips.tips.current(RESIDENT)
    assert current is not None and current.next_due_at == warsaw(2026, 3, 12, 9)
    assert tips.tips.plan_due(warsaw(2026, 3, 12, 9, 1)).queued == 1


def test_two_processes_plan_at_once(tips: Services) -> None:
    chats = range(1, 41)
    for chat in chats:
        tips.tips.subscribe(chat, "private", ["seniorzy"], "daily", 9, NOW)
    planners = [service(tips, batch=3) for _ in range(4)]
    start = threading.Barrier(len(planners))
    at = warsaw(2026, 3, 11, 9, 1)

    def run(planner: TipsService) -> PlanReport:
        start.wait()
        return planner.plan_due(at)

    with ThreadPoolExecutor(len(planners)) as pool:
        reports = list(pool.map(run, planners))
    assert sum(r.queued for r in reports) == sum(r.due for r in reports) == len(chats)
    messages = queued(tips)
    assert sorted(m.chat_id for m in messages) == list(chats)
    with tips.sessions() as session:
        assert session.execute(select(func.count(TipDelivery.id))).scalar() == len(chats)


def test_after_three_days_down_one_message(tips: Services) -> None:
    view = tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, NOW)
    tips.tips.subscribe(PARENT, "private", ["seniorzy"], "daily", 9, NOW)
    # Down from Wednesday morning until Saturday 10:00 (RESIDENT) / 16:00 (too late).
    report = tips.tips.plan_due(warsaw(2026, 3, 14, 10))
    assert report == PlanReport(due=2, queued=2, batches=1)
    assert [m.dedup_key for m in queued(tips, RESIDENT)] == [f"tip:{view.id}:20260314T0800"]
    assert tips.tips.plan_due(warsaw(2026, 3, 14, 10)) == PlanReport()
    # The next is Sunday's.
    current = tips.tips.current(RESIDENT)
    assert current is not None and current.next_due_at == warsaw(2026, 3, 15, 9)

    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 8, warsaw(2026, 3, 14, 10))
    # At 14:01 on Sunday, 8:00 is more than the 6 hours of grace ago: skipped, not sent.
    # PARENT's 9:00 is still within it.
    report = tips.tips.plan_due(warsaw(2026, 3, 15, 14, 1))
    assert report == PlanReport(due=2, queued=1, skipped=1, batches=1)
    assert len(queued(tips, RESIDENT)) == 1
    current = tips.tips.current(RESIDENT)
    assert current is not None and current.next_due_at == warsaw(2026, 3, 16, 8)


def test_no_late_tip_in_quiet_hours_or_after_school(tips: Services) -> None:
    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 20, NOW)
    tips.tips.subscribe(GROUP, "group", ["dzieci i młodzież"], "daily", 14, NOW, SCHOOL)
    tips.tips.subscribe(-1002, "group", ["dzieci i młodzież"], "daily", 9, NOW, SCHOOL)
    report = tips.tips.plan_due(warsaw(2026, 3, 10, 21, 30))
    assert report == PlanReport(due=2, skipped=2, batches=1)
    assert tips.tips.plan_due(warsaw(2026, 3, 11, 10)) == PlanReport(due=1, queued=1, batches=1)
    (message,) = queued(tips)
    assert message.chat_id == -1002
    assert message.text.endswith("\n\nPorady od dzielnicowych · /wypisz – administrator grupy")


def test_the_local_hour_across_the_change_to_summer_time(tips: Services) -> None:
    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 18, warsaw(2026, 3, 27, 12))
    got = []
    for day in (27, 28, 29, 30):
        assert tips.tips.plan_due(warsaw(2026, 3, day, 17, 59)).queued == 0
        assert tips.tips.plan_due(warsaw(2026, 3, day, 18, 0)).queued == 1
    for message in queued(tips, RESIDENT):
        got.append(local(message.not_before).strftime("%d.%m %H:%M"))
    assert got == ["27.03 18:00", "28.03 18:00", "29.03 18:00", "30.03 18:00"]
    assert len(set(delivered(tips, RESIDENT))) == 4


def test_in_season_first_then_no_repeat_until_the_pool_is_used(tips: Services) -> None:
    start = warsaw(2026, 7, 1, 12)
    tips.tips.subscribe(RESIDENT, "private", ["dzieci i młodzież"], "daily", 10, start)
    for day in range(2, 12):
        assert tips.tips.plan_due(warsaw(2026, 7, day, 10, 1)).queued == 1
    got = delivered(tips, RESIDENT)
    # A private chat also gets the tips for everyone; the bathing tip is in season.
    pool = {"dzieci-woda", "dzieci-droga", "dzieci-internet", "wszyscy-blik", "wszyscy-112"}
    assert got[0] == "dzieci-woda"
    assert set(got[:5]) == pool and set(got[5:]) == pool
    assert got[5] != got[4]  # a new round does not start with the tip just sent


def test_never_another_audience_nor_out_of_season(tips: Services) -> None:
    start = warsaw(2026, 1, 5, 12)  # Monday: winter
    tips.tips.subscribe(GROUP, "group", ["dzieci i młodzież"], "daily", 9, start, SCHOOL)
    tips.tips.subscribe(-1002, "group", ["dzieci i młodzież", "wszyscy"], "daily", 9, start, SCHOOL)
    tips.tips.subscribe(RESIDENT, "private", ["kierowcy"], "daily", 9, start)
    for d in range(1, 15):
        tips.tips.plan_due(warsaw(2026, 1, 5, 9, 30) + timedelta(days=d))
    kids = delivered(tips, GROUP)
    assert len(kids) == 9  # school days 6–16 January, not 6 January (Trzech Króli)
    assert set(kids) == {"dzieci-lod", "dzieci-droga", "dzieci-internet"}
    assert kids[0] == "dzieci-lod"
    assert "wszyscy-112" in delivered(tips, -1002)
    drivers = delivered(tips, RESIDENT)
    assert set(drivers) == {"kierowcy-zima", "wszyscy-blik", "wszyscy-112"}
    assert drivers[0] == "kierowcy-zima"

    # In April the drivers' tips are all out of season; a group that chose only them gets none.
    tips.tips.subscribe(-1003, "group", ["kierowcy"], "daily", 9, warsaw(2026, 4, 14, 12), SCHOOL)
    assert tips.tips.plan_due(warsaw(2026, 4, 15, 9, 1)).no_tip == 1
    assert delivered(tips, -1003) == []


def test_retired_tips_are_never_chosen(tips: Services, tmp_path: Path) -> None:
    text = CATALOG.read_text(encoding="utf-8")
    start = text.index("- id: seniorzy-drzwi")
    end = text.index("- id: wszyscy-blik")
    smaller = tmp_path / "tips.yml"
    smaller.write_text(text[:start] + text[end:], encoding="utf-8")
    with transaction(tips.sessions) as session:
        assert import_catalog(session, smaller).retired == 2
    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, NOW)
    for d in range(1, 7):
        tips.tips.plan_due(warsaw(2026, 3, 10, 9, 1) + timedelta(days=d))
    got = delivered(tips, RESIDENT)
    assert len(got) == 6
    assert set(got) == SENIOR_POOL - {"seniorzy-drzwi", "seniorzy-lekarstwa"}


def test_batches_until_done(tips: Services) -> None:
    planner = service(tips, batch=3)
    for chat in range(1, 11):
        planner.subscribe(chat, "private", ["rodzice"], "weekly", 7, NOW)
    report = planner.plan_due(warsaw(2026, 3, 16, 7, 0))
    assert report == PlanReport(due=10, queued=10, batches=4)
    assert len(drain(tips)) == 10
    with tips.sessions() as session:
        waiting = session.execute(
            select(func.count(OutboxMessage.id)).where(OutboxMessage.status == "pending")
        ).scalar()
        assert waiting == 0


def test_ended_subscriptions_get_nothing(tips: Services) -> None:
    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, NOW)
    tips.tips.subscribe(PARENT, "private", ["seniorzy"], "daily", 9, NOW)
    tips.tips.end_for_chat(RESIDENT)
    tips.tips.unsubscribe(PARENT)
    assert tips.tips.plan_due(warsaw(2026, 3, 11, 9)) == PlanReport()
    assert queued(tips) == []
