"""Officers act on requests: who may, accepting, answering, closing; residents follow up."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.outbox.service import OutboxService
from bot.requests.config import RequestsConfig
from bot.requests.model import Filed, PendingInput
from bot.requests.service import RequestService
from bot.wiring import Services
from tests.requests.conftest import (
    CHATS,
    HEAD,
    HEAD_NAME,
    NEIGHBOUR,
    NOW,
    OFFICER,
    OFFICER_NAME,
    RESIDENT,
    STRANGER,
    drain,
    link,
    report,
    texts_to,
)

ACTOR = CHATS[OFFICER]


@pytest.fixture
def filed(demo: Services) -> Filed:
    link(demo, OFFICER, HEAD, NEIGHBOUR, STRANGER)
    result = demo.requests.file(report(), NOW)
    drain(demo)  # the officer's notification is tested in test_filing
    return result


def test_can_act(demo: Services, filed: Filed) -> None:
    assert demo.requests.can_act(filed.id, CHATS[OFFICER])
    assert demo.requests.can_act(filed.id, CHATS[HEAD])
    assert not demo.requests.can_act(filed.id, CHATS[NEIGHBOUR])  # same unit, not a kierownik
    assert not demo.requests.can_act(filed.id, CHATS[STRANGER])
    assert not demo.requests.can_act(filed.id, RESIDENT)
    assert not demo.requests.can_act(filed.id + 100, CHATS[OFFICER])


def test_accept_notifies_the_resident_once(demo: Services, filed: Filed) -> None:
    result = demo.requests.accept(filed.id, ACTOR, NOW)
    assert result.ok
    assert result.message_pl == (
        f"Przyjęto zgłoszenie {filed.number}. Mieszkaniec dostał powiadomienie."
    )
    assert texts_to(drain(demo), RESIDENT) == [
        f"Twoje zgłoszenie {filed.number} jest w trakcie weryfikacji "
        f"(przyjęte przez: {OFFICER_NAME})."
    ]
    again = demo.requests.accept(filed.id, CHATS[HEAD], NOW)
    assert not again.ok and again.message_pl == f"Zgłoszenie {filed.number} jest już przyjęte."
    assert drain(demo) == []
    (view,) = demo.requests.for_resident(RESIDENT)
    assert (view.status, view.status_label, view.accepted_by) == (
        "accepted",
        "w trakcie weryfikacji",
        OFFICER_NAME,
    )


def test_stranger_is_refused(demo: Services, filed: Filed) -> None:
    stranger = CHATS[STRANGER]
    results = [
        demo.requests.accept(filed.id, stranger, NOW),
        demo.requests.start_answer(filed.id, stranger, NOW),
        demo.requests.choose_close_status(filed.id, stranger, "pomylka", NOW),
        demo.requests.close(filed.id, stranger, "pomylka", None, NOW),
        demo.requests.accept(filed.id, RESIDENT, NOW),
    ]
    for result in results:
        assert not result.ok
        assert result.message_pl == "To zgłoszenie nie jest przypisane do Ciebie."
    assert demo.requests.pending_input(CHATS[STRANGER], NOW) is None
    assert drain(demo) == []
    assert demo.requests.for_resident(RESIDENT)[0].status == "new"


def test_answer_survives_a_restart_and_reaches_the_resident(demo: Services, filed: Filed) -> None:
    started = demo.requests.start_answer(filed.id, ACTOR, NOW)
    assert started.ok and filed.number in started.message_pl
    # A new process: nothing of the pending answer lived in memory.
    fresh = RequestService(demo.sessions, OutboxService(demo.sessions), RequestsConfig())
    assert fresh.pending_input(ACTOR, NOW) == PendingInput(
        filed.id, filed.number, "answer", None, NOW
    )
    later = NOW + timedelta(minutes=5)
    result = fresh.officer_text(ACTOR, "  Dziękuję, sprawdzimy to jutro rano.  ", later)
    assert result is not None and result.ok
    assert result.message_pl == f"Wysłano odpowiedź do mieszkańca ({filed.number})."
    assert texts_to(drain(demo), RESIDENT) == [
        f"Odpowiedź dzielnicowego ({filed.number}):\nDziękuję, sprawdzimy to jutro rano."
    ]
    assert fresh.pending_input(ACTOR, later) is None
    assert fresh.officer_text(ACTOR, "zwykła wiadomość", later) is None
    (view,) = fresh.for_resident(RESIDENT)
    assert view.status == "accepted"  # an answer shows the request was read
    assert [(m.author, m.text, m.officer_name) for m in view.messages] == [
        ("officer", "Dziękuję, sprawdzimy to jutro rano.", OFFICER_NAME)
    ]


def test_kierownik_answers_as_kierownik(demo: Services, filed: Filed) -> None:
    demo.requests.start_answer(filed.id, CHATS[HEAD], NOW)
    demo.requests.officer_text(CHATS[HEAD], "Przekażę sprawę patrolowi.", NOW)
    assert texts_to(drain(demo), RESIDENT) == [
        f"Odpowiedź kierownika dzielnicowych ({filed.number}):\nPrzekażę sprawę patrolowi."
    ]
    assert demo.requests.for_resident(RESIDENT)[0].accepted_by == HEAD_NAME


def test_lapsed_answer_is_not_sent(demo: Services, filed: Filed) -> None:
    demo.requests.start_answer(filed.id, ACTOR, NOW)
    late = NOW + timedelta(hours=2)
    assert demo.requests.pending_input(ACTOR, late) is None
    result = demo.requests.officer_text(ACTOR, "Odpowiedź po dwóch godzinach", late)
    assert result is not None and not result.ok and "jeszcze raz" in result.message_pl
    assert drain(demo) == []
    assert demo.requests.officer_text(ACTOR, "i kolejna", late) is None


def test_empty_answer_keeps_waiting(demo: Services, filed: Filed) -> None:
    demo.requests.start_answer(filed.id, ACTOR, NOW)
    result = demo.requests.officer_text(ACTOR, "   ", NOW)
    assert result is not None and not result.ok
    assert demo.requests.pending_input(ACTOR, NOW) is not None
    assert demo.requests.cancel_pending(ACTOR)
    assert demo.requests.pending_input(ACTOR, NOW) is None
    assert not demo.requests.cancel_pending(ACTOR)


@pytest.mark.parametrize("no_note", ["bez notatki", "Bez notatki", "-"])
def test_close_without_note_through_pending_input(
    demo: Services, filed: Filed, no_note: str
) -> None:
    chosen = demo.requests.choose_close_status(filed.id, ACTOR, "wyeliminowane", NOW)
    assert chosen.ok and "„potwierdzone (wyeliminowane)”" in chosen.message_pl
    pending = demo.requests.pending_input(ACTOR, NOW)
    assert pending is not None
    assert (pending.purpose, pending.close_status) == ("close_note", "wyeliminowane")
    result = demo.requests.officer_text(ACTOR, no_note, NOW)
    assert result is not None and result.ok
    assert texts_to(drain(demo), RESIDENT) == [
        f"Zgłoszenie {filed.number} zostało zamknięte. Wynik: potwierdzone (wyeliminowane)."
        "\nDziękujemy za sygnał."
    ]
    (view,) = demo.requests.for_resident(RESIDENT)
    assert (view.status, view.close_status, view.status_label, view.closing_note) == (
        "closed",
        "wyeliminowane",
        "potwierdzone (wyeliminowane)",
        None,
    )


def test_close_with_note_then_nothing_more(demo: Services, filed: Filed) -> None:
    demo.requests.start_answer(filed.id, CHATS[HEAD], NOW)  # made moot by the closing
    result = demo.requests.close(
        filed.id, ACTOR, "niepotwierdzone", "Na miejscu nie stwierdzono.", NOW
    )
    assert result.ok
    assert result.message_pl == (
        f"Zamknięto zgłoszenie {filed.number} ze statusem „niepotwierdzone”. "
        "Mieszkaniec dostał powiadomienie."
    )
    assert texts_to(drain(demo), RESIDENT) == [
        f"Zgłoszenie {filed.number} zostało zamknięte. Wynik: niepotwierdzone."
        "\nNotatka dzielnicowego: Na miejscu nie stwierdzono.\nDziękujemy za sygnał."
    ]
    assert demo.requests.pending_input(CHATS[HEAD], NOW) is None
    for result in (
        demo.requests.accept(filed.id, ACTOR, NOW),
        demo.requests.close(filed.id, ACTOR, "pomylka", None, NOW),
        demo.requests.start_answer(filed.id, ACTOR, NOW),
    ):
        assert not result.ok and result.message_pl == "Zgłoszenie jest już zamknięte."
    refused = demo.requests.resident_message(filed.id, RESIDENT, "Jeszcze jedno", NOW)
    assert not refused.ok and "zamknięte" in refused.message_pl
    assert drain(demo) == []
    assert demo.requests.open_for_officer(ACTOR) == []


def test_unknown_close_status(demo: Services, filed: Filed) -> None:
    assert not demo.requests.close(filed.id, ACTOR, "zamkniete", None, NOW).ok
    result = demo.requests.choose_close_status(filed.id, ACTOR, "xyz", NOW)
    assert (result.ok, result.message_pl) == (False, "Nieznany status zamknięcia.")


def test_resident_message_goes_to_the_handler(demo: Services, filed: Filed) -> None:
    result = demo.requests.resident_message(filed.id, RESIDENT, "Stoją tam też w weekendy.", NOW)
    assert result.ok and "Przekazałem wiadomość" in result.message_pl
    (forwarded,) = drain(demo)
    assert forwarded.chat_id == ACTOR
    assert forwarded.reply.text == (
        f"Wiadomość od mieszkańca ({filed.number}):\nStoją tam też w weekendy."
    )
    assert [b.payload for b in forwarded.reply.buttons] == [
        f"req:acc:{filed.id}",
        f"req:ans:{filed.id}",
        f"req:cls:{filed.id}",
    ]
    other = demo.requests.resident_message(filed.id, RESIDENT + 1, "To nie moje", NOW)
    assert not other.ok and drain(demo) == []


def test_lists_for_resident_and_officers(demo: Services, filed: Filed) -> None:
    second = demo.requests.file(report(category="psy"), NOW + timedelta(hours=1))
    neighbours = demo.requests.file(
        report(officer_code=NEIGHBOUR, resident_chat_id=RESIDENT + 1), NOW + timedelta(hours=2)
    )
    demo.requests.close(second.id, ACTOR, "pomylka", None, NOW + timedelta(hours=3))

    mine = demo.requests.for_resident(RESIDENT)
    assert [v.number for v in mine] == [second.number, filed.number]  # newest first
    assert [v.status_label for v in mine] == ["żart lub pomyłka", "nowe"]
    assert mine[0].category_label == "Wałęsające się bezpańskie psy"

    assert [v.number for v in demo.requests.open_for_officer(ACTOR)] == [filed.number]
    assert [v.number for v in demo.requests.open_for_officer(CHATS[NEIGHBOUR])] == [
        neighbours.number
    ]
    # The kierownik sees the unit's open requests, oldest first.
    assert [v.number for v in demo.requests.open_for_officer(CHATS[HEAD])] == [
        filed.number,
        neighbours.number,
    ]
    assert demo.requests.open_for_officer(CHATS[STRANGER]) == []
    assert demo.requests.open_for_officer(RESIDENT) == []
