"""Puts notifications about a request into the outbox, inside the caller's transaction:
a notification exists exactly when the change it announces was committed."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation.replies import Reply
from bot.db.models import Officer, RequestMessage, RequestPhoto, ServiceRequest
from bot.outbox.service import OutboxService
from bot.requests import texts
from bot.requests.routing import display_name

# The resident chat id of a request whose resident asked for their data to be deleted.
FORGOTTEN_RESIDENT = 0


class Notifier:
    def __init__(self, outbox: OutboxService, zone: ZoneInfo) -> None:
        self._outbox = outbox
        self._zone = zone

    def new_request(self, session: Session, request: ServiceRequest, chat_id: int) -> None:
        body, photos = self._body(session, request)
        key = f"req:{request.id}:filed"
        self.send(session, request, chat_id, texts.new_request(request, body, self._zone), key)
        self._photos(session, request, chat_id, photos, key)

    def assigned(self, session: Session, request: ServiceRequest, chat_id: int) -> None:
        """A request that waited for a handler: everything so far, follow-ups included."""
        body, photos = self._body(session, request)
        self.send(session, request, chat_id, texts.assigned(request, body, self._zone))
        self._photos(session, request, chat_id, photos, None)
        follow_ups = session.execute(
            select(RequestMessage.text)
            .where(RequestMessage.request_id == request.id, RequestMessage.author == "resident")
            .order_by(RequestMessage.created_at, RequestMessage.id)
        ).scalars()
        for text in follow_ups:
            self.send(session, request, chat_id, texts.resident_message_to_officer(request, text))

    def reminder(self, session: Session, request: ServiceRequest, stage: str, chat_id: int) -> None:
        self.send(
            session,
            request,
            chat_id,
            texts.reminder(request, stage, self._zone),
            f"req:{request.id}:remind-{stage}",
        )

    def escalation(
        self, session: Session, request: ServiceRequest, stage: str, chat_id: int
    ) -> None:
        body, _photos = self._body(session, request)
        handler = (
            session.get(Officer, request.handler_officer_id)
            if request.handler_officer_id is not None
            else None
        )
        reply = texts.escalation(
            request, stage, display_name(handler) if handler else None, body, self._zone
        )
        self.send(session, request, chat_id, reply, f"req:{request.id}:escalate-{stage}")

    def send(
        self,
        session: Session,
        request: ServiceRequest,
        chat_id: int,
        reply: Reply,
        dedup_key: str | None = None,
    ) -> None:
        """Queues a message about `request`, tagged with it so that deleting the resident's
        data withdraws it while it waits."""
        if chat_id == FORGOTTEN_RESIDENT:
            return  # the resident deleted their data: nobody to tell
        self._outbox.add(session, chat_id, reply, dedup_key=dedup_key, request_id=request.id)

    def _body(self, session: Session, request: ServiceRequest) -> tuple[str, list[str]]:
        photos = list(
            session.execute(
                select(RequestPhoto.file_id)
                .where(RequestPhoto.request_id == request.id)
                .order_by(RequestPhoto.id)
            ).scalars()
        )
        area = session.get(Officer, request.officer_id) if request.officer_id is not None else None
        by_head = (
            request.handler_officer_id is not None
            and request.handler_officer_id != request.officer_id
        )
        body = texts.summary(request, len(photos), display_name(area) if area else None, by_head)
        return body, photos

    def _photos(
        self,
        session: Session,
        request: ServiceRequest,
        chat_id: int,
        photos: list[str],
        key: str | None,
    ) -> None:
        for index, file_id in enumerate(photos, start=1):
            self.send(
                session,
                request,
                chat_id,
                texts.photo(request, file_id, index, len(photos)),
                f"{key}:photo:{index}" if key else None,
            )
