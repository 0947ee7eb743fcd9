"""Local alerts: who they reach, once, ahead of tips."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.cli import main
from bot.conversation.replies import Reply
from bot.outbox.service import PRIORITY_ALERT, OutboxService
from bot.tips.model import AlertReport, InvalidAlert, SchoolInfo
from bot.wiring import Services
from tests.tips.conftest import SCHOOL, drain, queued, warsaw

NOW = warsaw(2026, 3, 10, 12)
TEXT = "Uwaga: na Piotrkowskiej oszuści podają się za pracowników gazowni."
# chat: (officer of the address the resident gave, audiences)
RESIDENTS = {
    11: ("LDZ-I-02", ["seniorzy"]),  # Piotrkowska 61-120, Kościuszki, Moniuszki, Zamenhofa
    12: ("LDZ-I-01", ["seniorzy", "rodzice"]),  # Piotrkowska 1-60, pl. Wolności, Zielona
    13: ("LDZ-VI-01", ["kierowcy"]),  # Łódź, not Piotrkowska
    14: ("ZGZ-01", ["seniorzy"]),  # Zgierz
    15: (None, ["seniorzy"]),  # gave no address: in no area
}
LODZ_GROUP, ZGIERZ_GROUP = -2001, -2002


@pytest.fixture
def area(demo_tips: Services) -> Services:
    tips = demo_tips.tips
    for chat, (officer, audiences) in RESIDENTS.items():
        tips.subscribe(chat, "private", audiences, "weekly", 9, NOW)
        tips.set_area(chat, officer)
    tips.subscribe(LODZ_GROUP, "group", ["rodzice"], "weekly", 9, NOW, SCHOOL)
    tips.subscribe(
        ZGIERZ_GROUP, "group", ["dzieci i młodzież"], "weekly", 9, NOW, SchoolInfo("SP 3", "Zgierz")
    )
    return demo_tips


def reached(services: Services, **where: str) -> list[int]:
    report = services.tips.alert(TEXT, now=NOW, **where)  # type: ignore[arg-type]
    return sorted(
        m.chat_id for m in queued(services) if m.dedup_key and report.alert_id in m.dedup_key
    )


def test_by_city(area: Services) -> None:
    assert reached(area, city="Łódź") == [LODZ_GROUP, 11, 12, 13]
    assert reached(area, city="zgierz") == [ZGIERZ_GROUP, 14]


def test_by_street_in_the_city(area: Services) -> None:
    assert reached(area, city="Łódź", street="Piotrkowska") == [11, 12]
    assert reached(area, city="lodz", street="ul. Piotrkowska") == [11, 12]
    assert reached(area, city="Łódź", street="Kościuszki") == [11]
    with pytest.raises(InvalidAlert, match="no street 'Długa' in Łódź"):
        area.tips.alert(TEXT, "Łódź", street="Długa", now=NOW)


def test_by_officer_and_audience(area: Services) -> None:
    assert reached(area, city="Łódź", officer_code="LDZ-I-01") == [12]
    assert reached(area, city="Łódź", audience="rodzice") == [LODZ_GROUP, 12]
    assert reached(area, city="Łódź", audience="seniorzy", street="Piotrkowska") == [11, 12]
    assert reached(area, city="Łódź", audience="wszyscy") == [LODZ_GROUP, 11, 12, 13]
    with pytest.raises(InvalidAlert, match="officer 'ZGZ-01' has no streets"):
        area.tips.alert(TEXT, "Łódź", officer_code="ZGZ-01", now=NOW)
    with pytest.raises(InvalidAlert, match="no officer 'NOBODY'"):
        area.tips.alert(TEXT, "Łódź", officer_code="NOBODY", now=NOW)
    with pytest.raises(InvalidAlert, match="unknown audience"):
        area.tips.alert(TEXT, "Łódź", audience="emeryci", now=NOW)


def test_once_per_chat_and_only_to_active_subscriptions(area: Services) -> None:
    area.tips.unsubscribe(13)
    preview = area.tips.alert(TEXT, "Łódź", now=NOW, dry_run=True)
    assert preview.matched == 3 and preview.queued == 0 and queued(area) == []
    steps: list[tuple[int, int]] = []
    first = area.tips.alert(TEXT, "Łódź", now=NOW, progress=lambda d, t: steps.append((d, t)))
    assert first == AlertReport(matched=3, queued=3, alert_id=preview.alert_id)
    assert steps == [(3, 3)]
    # The same alert again (a retry after a crash, a second operator): nothing new.
    again = area.tips.alert(TEXT, "Łódź", now=NOW + timedelta(hours=1))
    assert again == AlertReport(matched=3, queued=0, alert_id=first.alert_id)
    assert len(queued(area)) == 3
    message = queued(area, 11)[0]
    assert message.dedup_key == f"alert:{first.alert_id}:11"
    assert message.priority == PRIORITY_ALERT and message.not_before == NOW
    assert message.text == f"{TEXT}\n\nKomunikat dzielnicowych · /wypisz – rezygnacja"
    group = queued(area, LODZ_GROUP)[0]
    assert group.text.endswith("/wypisz – administrator grupy")
    # Another text is another alert.
    assert area.tips.alert(TEXT + "!", "Łódź", now=NOW).queued == 3


def test_alerts_go_before_everything_else_and_tips_last(area: Services) -> None:
    outbox = OutboxService(area.sessions)
    area.tips.subscribe(31, "private", ["seniorzy"], "daily", 9, NOW)
    assert area.tips.plan_due(warsaw(2026, 3, 11, 9)).queued == 1
    outbox.enqueue(32, Reply("pierwsza"), not_before=NOW)
    outbox.enqueue(33, Reply("druga"), not_before=NOW)
    area.tips.alert(TEXT, "Łódź", officer_code="LDZ-I-02", now=NOW)
    order = [m.chat_id for m in drain(area)]
    assert order == [11, 32, 33, 31]


def test_cli_alert(
    area: Services, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", area.settings.database_url)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["alert", "--city", "Łódź", "--street", "Piotrkowska", "--text", TEXT]) == 1
    out = capsys.readouterr().out
    assert "The alert will reach 2 subscribed chat(s)." in out and "Not sent." in out
    assert queued(area) == []
    monkeypatch.setattr("builtins.input", lambda prompt: "t")
    assert main(["alert", "--city", "Łódź", "--street", "Piotrkowska", "--text", TEXT]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1].startswith("Queued 2 message(s); alert ")
    assert "Queueing: 2/2" in captured.err
    assert main(
        ["alert", "--city", "Łódź", "--officer", "LDZ-I-01", "--audience", "seniorzy",
         "--text", TEXT, "--yes"]
    ) == 0
    assert "Queued 1 message(s)" in capsys.readouterr().out
    assert main(["alert", "--city", "Łódź", "--street", "Nieistniejąca", "--text", TEXT]) == 2
    assert "no street 'Nieistniejąca'" in capsys.readouterr().err


def test_an_officers_alert_is_previewed_then_sent_by_that_officer_only(area: Services) -> None:
    tips = area.tips
    preview = tips.preview_officer_alert("LDZ-I-02", TEXT, NOW)
    assert (preview.matched, preview.queued) == (1, 0)
    assert queued(area) == []
    with pytest.raises(InvalidAlert):
        tips.send_officer_alert("LDZ-I-01", preview.alert_id, NOW)  # not their draft
    sent = tips.send_officer_alert("LDZ-I-02", preview.alert_id, NOW + timedelta(minutes=5))
    assert (sent.matched, sent.queued, sent.alert_id) == (1, 1, preview.alert_id)
    assert [m.chat_id for m in queued(area)] == [11]
    again = tips.send_officer_alert("LDZ-I-02", preview.alert_id, NOW + timedelta(minutes=6))
    assert again.queued == 0


def test_an_officer_without_streets_cannot_alert(area: Services) -> None:
    with pytest.raises(InvalidAlert, match="no streets"):
        area.tips.preview_officer_alert("NO-SUCH", TEXT, NOW)
