"""Subscribing: what is refused (in Polish), changing, leaving, a chat that is gone."""

from __future__ import annotations

import pytest

from bot.conversation.replies import Reply
from bot.db.models import utcnow
from bot.outbox.service import OutboxService
from bot.tips.model import InvalidSubscription, SchoolInfo
from bot.wiring import Services
from tests.tips.conftest import GROUP, RESIDENT, SCHOOL, drain, local, queued, warsaw

NOW = warsaw(2026, 3, 10, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("kind", "audiences", "frequency", "hour", "school", "said"),
    [
        ("private", [], "daily", 9, None, "Wybierz co najmniej jedną grupę odbiorców"),
        ("private", ["emeryci"], "daily", 9, None, "Nie znam grupy odbiorców „emeryci”"),
        ("private", ["seniorzy"], "monthly", 9, None, "jak często wysyłać porady"),
        ("private", ["seniorzy"], "daily", 6, None, "między 7:00 a 20:00 – od 21:00 do 7:00"),
        ("private", ["seniorzy"], "daily", 21, None, "nie piszę"),
        ("private", ["seniorzy"], "daily", 9, SCHOOL, "tylko przy zapisie grupy"),
        ("group", ["dzieci i młodzież"], "daily", 15, SCHOOL, "między 8:00 a 14:00"),
        ("group", ["dzieci i młodzież"], "daily", 7, SCHOOL, "tylko w dni nauki"),
        ("group", ["dzieci i młodzież"], "daily", 9, None, "Podaj nazwę szkoły i miejscowość"),
        ("supergroup", ["rodzice"], "daily", 9, SchoolInfo("SP 1", " "), "Podaj nazwę szkoły"),
        ("channel", ["rodzice"], "daily", 9, None, "tylko na czaty prywatne i do grup"),
    ],
)
def test_refused_with_a_reason(
    tips: Services,
    kind: str,
    audiences: list[str],
    frequency: str,
    hour: int,
    school: SchoolInfo | None,
    said: str,
) -> None:
    with pytest.raises(InvalidSubscription) as refused:
        tips.tips.subscribe(RESIDENT, kind, audiences, frequency, hour, NOW, school)
    assert said in refused.value.message_pl
    assert tips.tips.current(RESIDENT) is None


def test_subscribe_change_leave_and_come_back(tips: Services) -> None:
    assert tips.tips.current(RESIDENT) is None
    view = tips.tips.subscribe(RESIDENT, "private", ["seniorzy", "rodzice"], "daily", 7, NOW)
    assert view.active and view.kind == "private"
    assert view.audiences == ("rodzice", "seniorzy")  # catalogue order
    assert view.next_due_at is not None
    assert local(view.next_due_at).strftime("%d.%m %H:%M") == "11.03 07:00"
    assert tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 20, NOW).hour == 20
    changed = tips.tips.current(RESIDENT)
    assert changed is not None and changed.id == view.id and changed.next_due_at is not None
    assert local(changed.next_due_at).strftime("%d.%m %H:%M") == "10.03 20:00"
    assert changed.audiences == ("seniorzy",)

    assert tips.tips.unsubscribe(RESIDENT)
    assert not tips.tips.unsubscribe(RESIDENT)
    left = tips.tips.current(RESIDENT)
    assert left is not None and not left.active and left.next_due_at is None
    back = tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "weekly", 9, NOW)
    assert back.active and back.id == view.id


def test_a_class_group(tips: Services) -> None:
    view = tips.tips.subscribe(
        GROUP, "supergroup", ["dzieci i młodzież"], "daily", 8, NOW,
        SchoolInfo("  Szkoła Podstawowa nr 12 ", "Łódź", "3b"),
    )
    assert (view.kind, view.school_name, view.town, view.class_label) == (
        "group", "Szkoła Podstawowa nr 12", "Łódź", "3b"
    )
    assert view.next_due_at is not None
    assert local(view.next_due_at).strftime("%a %d.%m %H:%M") == "Wed 11.03 08:00"
    # Friday afternoon: the next slot is Monday.
    friday = tips.tips.subscribe(
        GROUP, "group", ["dzieci i młodzież"], "daily", 14, warsaw(2026, 3, 13, 15), SCHOOL
    )
    assert friday.next_due_at is not None
    assert local(friday.next_due_at).strftime("%a %d.%m %H:%M") == "Mon 16.03 14:00"


def test_ending_withdraws_queued_tips(tips: Services) -> None:
    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, NOW)
    outbox = OutboxService(tips.sessions)
    outbox.enqueue(RESIDENT, Reply("Odpowiedź na zgłoszenie"))
    assert tips.tips.plan_due(warsaw(2026, 3, 11, 9)).queued == 1
    assert tips.tips.end_for_chat(RESIDENT)
    assert not tips.tips.end_for_chat(RESIDENT)
    statuses = {m.text.split("\n")[0][:20]: m.status for m in queued(tips, RESIDENT)}
    assert sorted(statuses.values()) == ["cancelled", "pending"]
    assert statuses["Odpowiedź na zgłosze"] == "pending"
    ended = tips.tips.current(RESIDENT)
    assert ended is not None and not ended.active
    # Nothing more is planned for it.
    assert tips.tips.plan_due(warsaw(2026, 3, 12, 9)).due == 0
    assert [m.reply.text for m in drain(tips)] == ["Odpowiedź na zgłoszenie"]


def test_forget_deletes_the_subscription_and_its_history(tips: Services) -> None:
    tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, NOW)
    tips.tips.plan_due(warsaw(2026, 3, 11, 9))
    tips.privacy.forget(RESIDENT)
    assert tips.tips.current(RESIDENT) is None
    assert not tips.tips.forget(RESIDENT)
    assert queued(tips, RESIDENT) == []


def test_set_area(demo_tips: Services) -> None:
    assert not demo_tips.tips.set_area(RESIDENT, "LDZ-I-02")  # not subscribed
    demo_tips.tips.subscribe(RESIDENT, "private", ["seniorzy"], "daily", 9, utcnow())
    assert demo_tips.tips.set_area(RESIDENT, "LDZ-I-02")
    view = demo_tips.tips.current(RESIDENT)
    assert view is not None and view.officer_code == "LDZ-I-02"
    with pytest.raises(LookupError):
        demo_tips.tips.set_area(RESIDENT, "NOBODY")
    assert demo_tips.tips.set_area(RESIDENT, None)
