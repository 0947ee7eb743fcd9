"""Residents' requests and officers' answers: filing, routing, acting, deadlines, export.

Knows nothing of Telegram: it talks to people only through the outbox, in the same
transaction as the change it announces. Every method is one transaction and keeps no state
in memory, so several processes can share the database.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TextIO
from uuid import uuid4

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.db.engine import transaction
from bot.db.models import (
    Officer,
    OfficerPendingInput,
    OutboxMessage,
    RequestMessage,
    RequestPhoto,
    ServiceRequest,
)
from bot.outbox.service import OutboxService
from bot.requests import deadlines, texts
from bot.requests.categories import is_close_status
from bot.requests.config import RequestsConfig
from bot.requests.export import write_csv
from bot.requests.model import (
    ActionResult,
    DeadlineReport,
    Filed,
    InvalidRequest,
    LimitReached,
    NewRequest,
    PendingInput,
    RequestView,
)
from bot.requests.notify import FORGOTTEN_RESIDENT, Notifier
from bot.requests.routing import choose_handler, display_name, may_act, officer_by_chat
from bot.requests.validation import validate_new, validate_text
from bot.requests.views import build_views

MAX_OFFICER_TEXT = 3000  # an answer with its heading stays under Telegram's 4,096 characters
MAX_NOTE = 2000
MAX_RESIDENT_TEXT = 1000


class RequestService:
    def __init__(
        self, sessions: sessionmaker, outbox: OutboxService, config: RequestsConfig
    ) -> None:
        self._sessions = sessions
        self._config = config
        self._notify = Notifier(outbox, config.timezone)

    # --- residents -------------------------------------------------------------------------

    def remaining_today(self, resident_chat_id: int, now: datetime) -> int:
        with self._sessions() as session:
            return max(
                0, self._config.daily_limit - self._filed_recently(session, resident_chat_id, now)
            )

    def file(self, new: NewRequest, now: datetime) -> Filed:
        """Raises InvalidRequest (with a message for the resident) or LimitReached."""
        new = validate_new(new)
        with transaction(self._sessions) as session:
            officer = None
            if new.officer_code is not None:
                officer = session.execute(
                    select(Officer).where(Officer.code == new.officer_code)
                ).scalar_one_or_none()
                if officer is None:
                    raise InvalidRequest("Nie znalazłem dzielnicowego dla tego adresu.")
            _serialize_resident(session, new.resident_chat_id)
            if self._filed_recently(session, new.resident_chat_id, now) >= self._config.daily_limit:
                raise LimitReached(officer.phone if officer is not None else None)
            unit_id = officer.unit_id if officer is not None else None
            handler, handler_kind = choose_handler(session, officer, unit_id)
            request = ServiceRequest(
                # Unique placeholder until the id, part of the number, is known (same
                # transaction: nobody else ever sees it).
                number=f"#{uuid4().hex}",
                kind=new.kind,
                resident_chat_id=new.resident_chat_id,
                officer_id=officer.id if officer is not None else None,
                handler_officer_id=handler.id if handler is not None else None,
                unit_id=unit_id,
                place=new.place,
                latitude=new.latitude,
                longitude=new.longitude,
                category=new.category,
                description=new.description,
                when_text=new.when_text,
                contact=new.contact,
                contact_consent_at=new.contact_consent_at if new.contact else None,
                status="new",
                created_at=now,
                accept_due=now + timedelta(seconds=self._config.accept_seconds),
                close_due=now + timedelta(seconds=self._config.close_seconds),
            )
            session.add(request)
            session.flush()
            year = now.astimezone(self._config.timezone).year
            request.number = f"{self._config.number_prefix}-{year}-{request.id:06d}"
            session.add_all(RequestPhoto(request_id=request.id, file_id=f) for f in new.photos)
            session.flush()
            if handler is not None:
                self._notify.new_request(session, request, handler.telegram_chat_id)
            return Filed(
                id=request.id,
                number=request.number,
                officer_name=display_name(officer) if officer is not None else None,
                handler=handler_kind,
            )

    def resident_message(
        self, request_id: int, resident_chat_id: int, text: str, now: datetime
    ) -> ActionResult:
        """A follow-up from the resident on their own open request, forwarded to its handler."""
        try:
            text = validate_text(text, MAX_RESIDENT_TEXT)
        except InvalidRequest as invalid:
            return ActionResult(False, invalid.message_pl)
        with transaction(self._sessions) as session:
            request = session.get(ServiceRequest, request_id)
            if request is None or request.resident_chat_id != resident_chat_id:
                return ActionResult(False, texts.RESIDENT_NOT_FOUND)
            if request.status == "closed":
                return ActionResult(False, texts.RESIDENT_CLOSED)
            session.add(
                RequestMessage(request_id=request.id, author="resident", text=text, created_at=now)
            )
            handler = self._handler(session, request)
            if handler is not None:
                self._notify.send(
                    session,
                    request,
                    handler.telegram_chat_id,
                    texts.resident_message_to_officer(request, text),
                )
            return ActionResult(True, texts.forwarded_to_officer(request, handler is not None))

    def forget_resident(self, resident_chat_id: int) -> int:
        """Deletes every personal field of the resident's requests (texts, place, photos,
        location, contact, messages); what is left is anonymous statistics: category, area,
        dates, status. Officers see the request marked as deleted. Returns how many."""
        with transaction(self._sessions) as session:
            ids = list(
                session.execute(
                    select(ServiceRequest.id).where(
                        ServiceRequest.resident_chat_id == resident_chat_id
                    )
                ).scalars()
            )
            _anonymize(session, ids, texts.DELETED_ON_REQUEST)
            return len(ids)

    def expire_closed(self, now: datetime, keep_days: int, batch: int = 500) -> int:
        """Anonymizes requests closed more than keep_days ago, like forget_resident (the
        retention of personal data). Returns how many."""
        cutoff = now - timedelta(days=keep_days)
        done = 0
        while True:
            with transaction(self._sessions) as session:
                ids = list(
                    session.execute(
                        select(ServiceRequest.id)
                        .where(
                            ServiceRequest.status == "closed",
                            ServiceRequest.closed_at <= cutoff,
                            ServiceRequest.resident_chat_id != FORGOTTEN_RESIDENT,
                        )
                        .limit(batch)
                    ).scalars()
                )
                _anonymize(session, ids, texts.DELETED_AFTER_RETENTION)
            done += len(ids)
            if len(ids) < batch:
                return done

    def for_resident(self, resident_chat_id: int) -> list[RequestView]:
        """The resident's requests, newest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(ServiceRequest)
                .where(ServiceRequest.resident_chat_id == resident_chat_id)
                .order_by(ServiceRequest.created_at.desc(), ServiceRequest.id.desc())
            ).scalars()
            return build_views(session, list(rows))

    # --- officers --------------------------------------------------------------------------

    def can_act(self, request_id: int, actor_chat_id: int) -> bool:
        """The handler, the area's officer, or the kierownik of the request's unit."""
        with self._sessions() as session:
            request = session.get(ServiceRequest, request_id)
            actor = officer_by_chat(session, actor_chat_id)
            return request is not None and actor is not None and may_act(request, actor)

    def accept(self, request_id: int, actor_chat_id: int, now: datetime) -> ActionResult:
        with transaction(self._sessions) as session:
            found = self._for_actor(session, request_id, actor_chat_id)
            if isinstance(found, ActionResult):
                return found
            request, actor = found
            if request.status != "new":
                return ActionResult(False, texts.already_accepted(request))
            self._mark_accepted(session, request, actor, now)
            if request.status != "accepted":  # another process accepted it first
                return ActionResult(False, texts.already_accepted(request))
            self._notify.send(
                session,
                request,
                request.resident_chat_id,
                texts.accepted_to_resident(request, display_name(actor)),
                dedup_key=f"req:{request.id}:accepted",
            )
            return ActionResult(True, texts.accepted_for_officer(request))

    def start_answer(self, request_id: int, actor_chat_id: int, now: datetime) -> ActionResult:
        """The actor's next text message is their answer to the resident."""
        with transaction(self._sessions) as session:
            found = self._for_actor(session, request_id, actor_chat_id)
            if isinstance(found, ActionResult):
                return found
            request, _actor = found
            self._set_pending(session, actor_chat_id, request.id, "answer", None, now)
            return ActionResult(True, texts.write_answer(request))

    def choose_close_status(
        self, request_id: int, actor_chat_id: int, status_code: str, now: datetime
    ) -> ActionResult:
        """The actor's next text message is the closing note ("bez notatki" for none)."""
        if not is_close_status(status_code):
            return ActionResult(False, texts.UNKNOWN_CLOSE_STATUS)
        with transaction(self._sessions) as session:
            found = self._for_actor(session, request_id, actor_chat_id)
            if isinstance(found, ActionResult):
                return found
            request, _actor = found
            self._set_pending(session, actor_chat_id, request.id, "close_note", status_code, now)
            return ActionResult(True, texts.write_note(request, status_code))

    def pending_input(self, actor_chat_id: int, now: datetime | None = None) -> PendingInput | None:
        """What the actor's next text is for; None when nothing (or only a lapsed one) waits.
        `now` defaults to the clock."""
        moment = now if now is not None else datetime.now(self._config.timezone)
        with self._sessions() as session:
            row = session.get(OfficerPendingInput, actor_chat_id)
            if row is None or self._lapsed(row, moment):
                return None
            number = session.execute(
                select(ServiceRequest.number).where(ServiceRequest.id == row.request_id)
            ).scalar_one()
            return PendingInput(
                row.request_id, number, row.purpose, row.close_status, row.created_at
            )

    def cancel_pending(self, actor_chat_id: int) -> bool:
        with transaction(self._sessions) as session:
            row = session.get(OfficerPendingInput, actor_chat_id)
            if row is None:
                return False
            session.delete(row)
            return True

    def officer_text(self, actor_chat_id: int, text: str, now: datetime) -> ActionResult | None:
        """The actor's text after "Odpowiedz" or a closing status; None when nothing waits."""
        with transaction(self._sessions) as session:
            pending = session.get(OfficerPendingInput, actor_chat_id)
            if pending is None:
                return None
            if self._lapsed(pending, now):
                session.delete(pending)
                return ActionResult(False, texts.PENDING_EXPIRED)
            limit = MAX_OFFICER_TEXT if pending.purpose == "answer" else MAX_NOTE
            try:
                text = validate_text(text, limit)
            except InvalidRequest as invalid:
                return ActionResult(False, invalid.message_pl)  # still waiting: they can retry
            request_id, purpose, status = pending.request_id, pending.purpose, pending.close_status
            session.delete(pending)
            session.flush()
            found = self._for_actor(session, request_id, actor_chat_id)
            if isinstance(found, ActionResult):
                return found
            request, actor = found
            if purpose == "answer":
                return self._answer(session, request, actor, text, now)
            return self._close(session, request, actor, status or "", text, now)

    def close(
        self,
        request_id: int,
        actor_chat_id: int,
        status_code: str,
        note: str | None,
        now: datetime,
    ) -> ActionResult:
        if not is_close_status(status_code):
            return ActionResult(False, texts.UNKNOWN_CLOSE_STATUS)
        if note is not None and len(note.strip()) > MAX_NOTE:
            return ActionResult(False, f"Notatka może mieć najwyżej {MAX_NOTE} znaków.")
        with transaction(self._sessions) as session:
            found = self._for_actor(session, request_id, actor_chat_id)
            if isinstance(found, ActionResult):
                return found
            request, actor = found
            return self._close(session, request, actor, status_code, note, now)

    def open_for_officer(self, actor_chat_id: int) -> list[RequestView]:
        """Open requests this chat handles; for a kierownik also their unit's. Oldest first."""
        with self._sessions() as session:
            actor = officer_by_chat(session, actor_chat_id)
            if actor is None:
                return []
            mine = [ServiceRequest.handler_officer_id == actor.id]
            if actor.role == "kierownik" and actor.active:
                mine.append(ServiceRequest.unit_id == actor.unit_id)
            rows = session.execute(
                select(ServiceRequest)
                .where(ServiceRequest.status != "closed", or_(*mine))
                .order_by(ServiceRequest.created_at, ServiceRequest.id)
            ).scalars()
            return build_views(session, list(rows))

    def unassigned(self) -> list[RequestView]:
        """Open requests nobody in the bot can take yet, oldest first."""
        with self._sessions() as session:
            rows = session.execute(
                select(ServiceRequest)
                .where(
                    ServiceRequest.handler_officer_id.is_(None), ServiceRequest.status != "closed"
                )
                .order_by(ServiceRequest.created_at, ServiceRequest.id)
            ).scalars()
            return build_views(session, list(rows))

    # --- scheduled and operator work ------------------------------------------------------

    def check_deadlines(self, now: datetime) -> DeadlineReport:
        """Assigns waiting requests, reminds handlers before deadlines, escalates missed ones
        to the unit's kierownik. Running it again, or in two processes, repeats nothing."""
        counts = deadlines.Counts()
        with transaction(self._sessions) as session:
            deadlines.assign_waiting(session, self._notify, counts)
            deadlines.check(session, now, self._config, self._notify, counts)
        return DeadlineReport(
            counts.assigned, counts.reminders, counts.escalations, counts.unrouted
        )

    def assign_waiting(self, now: datetime) -> int:
        """Requests without a handler get one if their officer or kierownik has since linked.
        Returns how many got one."""
        counts = deadlines.Counts()
        with transaction(self._sessions) as session:
            deadlines.assign_waiting(session, self._notify, counts)
        return counts.assigned

    def export_csv(self, since: date, with_contact: bool, out: TextIO) -> int:
        """Writes the requests filed since that local date; returns how many."""
        with self._sessions() as session:
            return write_csv(session, since, with_contact, out, self._config.timezone)

    # --- helpers ---------------------------------------------------------------------------

    def _filed_recently(self, session: Session, resident_chat_id: int, now: datetime) -> int:
        count: int = session.execute(
            select(func.count(ServiceRequest.id)).where(
                ServiceRequest.resident_chat_id == resident_chat_id,
                ServiceRequest.created_at > now - timedelta(days=1),
            )
        ).scalar_one()
        return count

    def _for_actor(
        self, session: Session, request_id: int, actor_chat_id: int
    ) -> tuple[ServiceRequest, Officer] | ActionResult:
        request = session.get(ServiceRequest, request_id)
        if request is None:
            return ActionResult(False, texts.NOT_FOUND)
        actor = officer_by_chat(session, actor_chat_id)
        if actor is None or not may_act(request, actor):
            return ActionResult(False, texts.NOT_YOURS)
        if request.status == "closed":
            return ActionResult(False, texts.ALREADY_CLOSED)
        return request, actor

    def _handler(self, session: Session, request: ServiceRequest) -> Officer | None:
        if request.handler_officer_id is None:
            return None
        handler = session.get(Officer, request.handler_officer_id)
        return handler if handler is not None and handler.telegram_chat_id is not None else None

    def _mark_accepted(
        self, session: Session, request: ServiceRequest, actor: Officer, now: datetime
    ) -> None:
        # Conditional: of two officers pressing at once, one accepts. Someone acting on a
        # request that waited for a handler becomes its handler.
        session.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == request.id, ServiceRequest.status == "new")
            .values(
                status="accepted",
                accepted_at=now,
                accepted_by_officer_id=actor.id,
                handler_officer_id=func.coalesce(ServiceRequest.handler_officer_id, actor.id),
            )
            .execution_options(synchronize_session="fetch")
        )
        session.refresh(request)

    def _answer(
        self,
        session: Session,
        request: ServiceRequest,
        actor: Officer,
        text: str,
        now: datetime,
    ) -> ActionResult:
        session.add(
            RequestMessage(
                request_id=request.id,
                author="officer",
                officer_id=actor.id,
                text=text,
                created_at=now,
            )
        )
        # An answer shows the request was read: it counts as accepting a new one, without
        # a separate notice (the answer itself tells the resident).
        if request.status == "new":
            self._mark_accepted(session, request, actor, now)
        by_head = actor.role == "kierownik" and actor.id != request.officer_id
        self._notify.send(
            session,
            request,
            request.resident_chat_id,
            texts.answer_to_resident(request, text, by_head),
        )
        return ActionResult(True, texts.answer_sent(request))

    def _close(
        self,
        session: Session,
        request: ServiceRequest,
        actor: Officer,
        status_code: str,
        note: str | None,
        now: datetime,
    ) -> ActionResult:
        note = (note or "").strip()
        if note.casefold() in texts.NO_NOTE_WORDS:
            note = ""
        won = session.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == request.id, ServiceRequest.status != "closed")
            .values(
                status="closed",
                close_status=status_code,
                closing_note=note or None,
                closed_at=now,
                handler_officer_id=func.coalesce(ServiceRequest.handler_officer_id, actor.id),
            )
            .execution_options(synchronize_session="fetch")
        ).rowcount
        if not won:
            return ActionResult(False, texts.ALREADY_CLOSED)
        session.refresh(request)
        # Whoever else was about to answer or close it would now be told it is closed.
        for pending in session.execute(
            select(OfficerPendingInput).where(OfficerPendingInput.request_id == request.id)
        ).scalars():
            session.delete(pending)
        self._notify.send(
            session,
            request,
            request.resident_chat_id,
            texts.closed_to_resident(request),
            dedup_key=f"req:{request.id}:closed",
        )
        return ActionResult(True, texts.closed_for_officer(request))

    def _set_pending(
        self,
        session: Session,
        actor_chat_id: int,
        request_id: int,
        purpose: str,
        close_status: str | None,
        now: datetime,
    ) -> None:
        # One pending input per officer chat: the latest button pressed wins.
        row = session.get(OfficerPendingInput, actor_chat_id)
        if row is None:
            row = OfficerPendingInput(officer_chat_id=actor_chat_id)
            session.add(row)
        row.request_id = request_id
        row.purpose = purpose
        row.close_status = close_status
        row.created_at = now

    def _lapsed(self, row: OfficerPendingInput, now: datetime) -> bool:
        age: timedelta = now - row.created_at
        return age > timedelta(seconds=self._config.pending_input_seconds)


def _serialize_resident(session: Session, resident_chat_id: int) -> None:
    """Two filings of one resident at once (two processes) must not both pass the daily
    limit: on PostgreSQL the resident is locked for the transaction. SQLite serves one
    process only."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(resident_chat_id)))


# The values callers need come with the service.
__all__ = [
    "ActionResult",
    "DeadlineReport",
    "Filed",
    "InvalidRequest",
    "LimitReached",
    "NewRequest",
    "PendingInput",
    "RequestService",
    "RequestView",
    "RequestsConfig",
]


def _anonymize(session: Session, ids: list[int], note: str) -> None:
    """Deletes every personal field of these requests; category, area, dates and status stay."""
    if not ids:
        return
    session.execute(delete(RequestPhoto).where(RequestPhoto.request_id.in_(ids)))
    session.execute(delete(RequestMessage).where(RequestMessage.request_id.in_(ids)))
    # Notifications of these requests not yet sent (their text quotes the resident).
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.request_id.in_(ids), OutboxMessage.status == "pending")
        .values(status="cancelled", text="", buttons=None, photo=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(ServiceRequest)
        .where(ServiceRequest.id.in_(ids))
        .values(
            resident_chat_id=FORGOTTEN_RESIDENT,
            description=note,
            place=note,
            when_text=None,
            contact=None,
            contact_consent_at=None,
            latitude=None,
            longitude=None,
            closing_note=None,
        )
        .execution_options(synchronize_session=False)
    )
