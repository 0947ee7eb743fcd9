"""Tips subscriptions, their planning, and local alerts.

Knows nothing of Telegram or Rasa: it talks to chats only through the outbox, in the same
transaction as the change it announces. Every method is one transaction (planning and
alerts: one per batch) and keeps no state in memory, so several processes can share the
database. Times are aware datetimes; slots are computed in local time (TipsConfig.timezone).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.conversation.replies import Reply
from bot.db.engine import transaction
from bot.db.models import Alert, Officer, TipDelivery, TipSubscription, utcnow
from bot.outbox.service import PRIORITY_ALERT, OutboxService, Outgoing
from bot.registry.forms import name_words
from bot.registry.normalize import fold
from bot.tips import alerts
from bot.tips.catalog import AUDIENCES
from bot.tips.config import TipsConfig
from bot.tips.model import (
    AlertReport,
    InvalidAlert,
    InvalidSubscription,
    PlanReport,
    SchoolInfo,
    SubscriptionView,
)
from bot.tips.planning import Counts, Planner, Pool, any_due
from bot.tips.schedule import FREQUENCIES, next_slot

__all__ = [
    "AlertReport",
    "InvalidAlert",
    "InvalidSubscription",
    "PlanReport",
    "SchoolInfo",
    "SubscriptionView",
    "TipsService",
]

KINDS = {"private": "private", "group": "group", "supergroup": "group"}
MAX_ALERT = 3500  # with the footer, one Telegram message (4,096)
ALERT_FOOTER_PRIVATE = "Komunikat dzielnicowych · /wypisz – rezygnacja"
ALERT_FOOTER_GROUP = "Komunikat dzielnicowych · /wypisz – administrator grupy"
# Queued messages withdrawn when a subscription ends.
_WITHDRAWN = ("tip:", "alert:")


class TipsService:
    def __init__(self, sessions: sessionmaker, outbox: OutboxService, config: TipsConfig) -> None:
        self._sessions = sessions
        self._outbox = outbox
        self._config = config
        self._planner = Planner(outbox, config)

    @property
    def config(self) -> TipsConfig:
        return self._config

    # --- subscriptions ---------------------------------------------------------------------

    def subscribe(
        self,
        chat_id: int,
        kind: str,
        audiences: Sequence[str],
        frequency: str,
        hour: int,
        now: datetime,
        school: SchoolInfo | None = None,
    ) -> SubscriptionView:
        """Subscribes the chat, or changes its subscription (and resumes one that ended).
        `kind`: private, or group/supergroup (a class group: `school` required). Raises
        InvalidSubscription with the reason in Polish."""
        kind_, chosen, school = self._validate(kind, audiences, frequency, hour, school)
        group = kind_ == "group"
        for attempt in range(2):
            try:
                with transaction(self._sessions) as session:
                    row = self._row(session, chat_id)
                    if row is None:
                        row = TipSubscription(chat_id=chat_id, created_at=now, round=0)
                        session.add(row)
                    same_slots = (
                        row.active
                        and row.next_due_at is not None
                        and (row.kind, row.frequency, row.hour) == (kind_, frequency, hour)
                    )
                    if not same_slots:  # else keep a slot that may be due right now
                        calendar = self._config.school if group else None
                        row.next_due_at = next_slot(
                            now, frequency, hour, calendar, self._config.timezone
                        )
                    row.kind, row.audiences = kind_, list(chosen)
                    row.frequency, row.hour = frequency, hour
                    row.school_name = school.name if school else None
                    row.town = school.town if school else None
                    row.class_label = (school.class_label or None) if school else None
                    row.active, row.ended_at, row.end_reason = True, None, None
                    row.updated_at = now
                    session.flush()
                    return _view(row)
            except IntegrityError:  # the same chat subscribed at the same moment elsewhere
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def current(self, chat_id: int) -> SubscriptionView | None:
        """The chat's subscription, also one that ended (active False); None if never."""
        with self._sessions() as session:
            row = self._row(session, chat_id)
            return _view(row) if row is not None else None

    def unsubscribe(self, chat_id: int) -> bool:
        """The chat leaves (/wypisz). False when it was not subscribed."""
        return self._end(chat_id, "unsubscribed")

    def end_for_chat(self, chat_id: int) -> bool:
        """The chat blocked the bot or removed it: its subscription ends."""
        return self._end(chat_id, "unreachable")

    def set_area(self, chat_id: int, officer_code: str | None) -> bool:
        """The dzielnicowy of the address the chat gave (None forgets it), for local alerts.
        False when the chat has no subscription; LookupError for an unknown officer."""
        with transaction(self._sessions) as session:
            if officer_code is not None:
                found = session.execute(
                    select(Officer.id).where(Officer.code == officer_code)
                ).first()
                if found is None:
                    raise LookupError(f"no officer {officer_code} in the registry")
            changed: int = session.execute(
                update(TipSubscription)
                .where(TipSubscription.chat_id == chat_id)
                .values(officer_code=officer_code)
            ).rowcount
            return bool(changed)

    def forget(self, chat_id: int) -> bool:
        """Deletes the chat's subscription and its delivery history ("usuń moje dane")."""
        with transaction(self._sessions) as session:
            row = self._row(session, chat_id)
            if row is None:
                return False
            self._outbox.cancel_pending(session, chat_id, _WITHDRAWN)
            session.execute(delete(TipDelivery).where(TipDelivery.subscription_id == row.id))
            session.delete(row)
            return True

    # --- planning --------------------------------------------------------------------------

    def plan_due(self, now: datetime) -> PlanReport:
        """Queues the tips whose slot has come (see bot/tips/planning.py). Safe to call
        often, again, and from several processes at once: each slot is queued once."""
        with self._sessions() as session:
            if not any_due(session, now):
                return PlanReport()
            pool = Pool.load(session)
        counts = Counts()
        while True:
            with transaction(self._sessions) as session:
                claimed = self._planner.batch(session, now, pool, counts)
            if claimed < self._config.batch:
                break
        return PlanReport(counts.due, counts.queued, counts.skipped, counts.no_tip, counts.batches)

    # --- alerts ----------------------------------------------------------------------------

    def alert(
        self,
        text: str,
        city: str,
        street: str | None = None,
        officer_code: str | None = None,
        audience: str | None = None,
        now: datetime | None = None,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> AlertReport:
        """Queues the alert for every subscribed chat in the area (bot/tips/alerts.py),
        ahead of tips. The same alert sent again the same day queues nothing new (its id is
        a digest of the text, the area, the audience and the local date). `progress` is told
        (chats done, chats matched) after each batch. Raises InvalidAlert."""
        now = now or utcnow()
        text = text.strip()
        if not text:
            raise InvalidAlert("the alert has no text")
        if len(text) > MAX_ALERT:
            raise InvalidAlert(f"the alert is {len(text)} characters (at most {MAX_ALERT})")
        street = street.strip() if street and street.strip() else None
        officer_code = officer_code.strip() if officer_code and officer_code.strip() else None
        with self._sessions() as session:
            found = alerts.recipients(session, city, street, officer_code, audience)
        key = self._alert_key(text, city, street, officer_code, audience, now)
        if dry_run:
            return AlertReport(len(found), 0, key)
        self._record_alert(key, text, city, street, officer_code, audience, now)
        queued = 0
        step = self._config.batch
        for start in range(0, len(found), step):
            chunk = found[start : start + step]
            messages = [
                Outgoing(
                    r.chat_id,
                    Reply(f"{text}\n\n{ALERT_FOOTER_GROUP if r.group else ALERT_FOOTER_PRIVATE}"),
                    f"alert:{key}:{r.chat_id}",
                )
                for r in chunk
            ]
            with transaction(self._sessions) as session:
                queued += self._outbox.add_many(
                    session, messages, not_before=now, priority=PRIORITY_ALERT
                )
            if progress is not None:
                progress(start + len(chunk), len(found))
        with transaction(self._sessions) as session:
            session.execute(
                update(Alert)
                .where(Alert.key == key)
                .values(matched=len(found), queued=Alert.queued + queued)
            )
        return AlertReport(len(found), queued, key)

    def preview_officer_alert(self, officer_code: str, text: str, now: datetime) -> AlertReport:
        """A dzielnicowy's alert to the subscribers of their own area: how many it would
        reach. The draft is recorded under the returned alert_id for send_officer_alert (a
        confirmation button may be pressed on another replica). Raises InvalidAlert."""
        with self._sessions() as session:
            city = alerts.officer_city(session, officer_code)
        report = self.alert(text, city, officer_code=officer_code, now=now, dry_run=True)
        self._record_alert(report.alert_id, text.strip(), city, None, officer_code, None, now)
        return report

    def send_officer_alert(self, officer_code: str, alert_id: str, now: datetime) -> AlertReport:
        """Queues the officer's recorded draft. Raises InvalidAlert for a draft that is not
        theirs (or not there)."""
        with self._sessions() as session:
            draft = session.execute(
                select(Alert.text, Alert.city).where(
                    Alert.key == alert_id, Alert.officer_code == officer_code
                )
            ).first()
        if draft is None:
            raise InvalidAlert(f"no alert {alert_id!r} drafted by {officer_code!r}")
        return self.alert(draft.text, draft.city, officer_code=officer_code, now=now)

    # --- helpers ---------------------------------------------------------------------------

    def _alert_key(
        self,
        text: str,
        city: str,
        street: str | None,
        officer_code: str | None,
        audience: str | None,
        now: datetime,
    ) -> str:
        day = now.astimezone(self._config.timezone).date().isoformat()
        street_words = " ".join(name_words(street)) if street else None
        what = [text, fold(city.strip()), street_words, officer_code, audience, day]
        return hashlib.sha256(json.dumps(what).encode("utf-8")).hexdigest()[:16]

    def _record_alert(
        self,
        key: str,
        text: str,
        city: str,
        street: str | None,
        officer_code: str | None,
        audience: str | None,
        now: datetime,
    ) -> None:
        try:
            with transaction(self._sessions) as session:
                if session.execute(select(Alert.id).where(Alert.key == key)).first() is None:
                    session.add(
                        Alert(
                            key=key,
                            text=text,
                            city=city.strip(),
                            street=street,
                            officer_code=officer_code,
                            audience=audience,
                            created_at=now,
                            matched=0,
                            queued=0,
                        )
                    )
        except IntegrityError:  # the same alert recorded at the same moment elsewhere
            pass

    def _end(self, chat_id: int, reason: str) -> bool:
        with transaction(self._sessions) as session:
            ended: int = session.execute(
                update(TipSubscription)
                .where(TipSubscription.chat_id == chat_id, TipSubscription.active.is_(True))
                .values(active=False, ended_at=utcnow(), end_reason=reason)
            ).rowcount
            if ended:
                self._outbox.cancel_pending(session, chat_id, _WITHDRAWN)
            return bool(ended)

    @staticmethod
    def _row(session: Session, chat_id: int) -> TipSubscription | None:
        row: TipSubscription | None = session.execute(
            select(TipSubscription).where(TipSubscription.chat_id == chat_id)
        ).scalar_one_or_none()
        return row

    def _validate(
        self,
        kind: str,
        audiences: Sequence[str],
        frequency: str,
        hour: int,
        school: SchoolInfo | None,
    ) -> tuple[str, tuple[str, ...], SchoolInfo | None]:
        config = self._config
        kind_ = KINDS.get(kind)
        if kind_ is None:
            raise InvalidSubscription("Porady wysyłam tylko na czaty prywatne i do grup.")
        unknown = [a for a in audiences if a not in AUDIENCES]
        if unknown:
            raise InvalidSubscription(
                f"Nie znam grupy odbiorców „{unknown[0]}”. Do wyboru: {', '.join(AUDIENCES)}."
            )
        chosen = tuple(a for a in AUDIENCES if a in audiences)
        if not chosen:
            raise InvalidSubscription("Wybierz co najmniej jedną grupę odbiorców porad.")
        if frequency not in FREQUENCIES:
            raise InvalidSubscription(
                "Wybierz, jak często wysyłać porady: codziennie, dwa razy w tygodniu "
                "(w poniedziałki i czwartki) albo raz w tygodniu (w poniedziałki)."
            )
        if kind_ == "private":
            hours = config.private_hours()
            if hour not in hours:
                raise InvalidSubscription(
                    f"Porady wysyłam między {hours.start}:00 a {hours.stop - 1}:00 – od "
                    f"{hours.stop}:00 do {hours.start}:00 nie piszę. Wybierz godzinę z tego "
                    "przedziału."
                )
            if school is not None:
                raise InvalidSubscription("Dane szkoły podaje się tylko przy zapisie grupy.")
            return kind_, chosen, None
        hours = config.group_hours()
        if hour not in hours:
            raise InvalidSubscription(
                f"Do grupy klasowej porady wysyłam tylko w dni nauki (poniedziałek–piątek), "
                f"między {hours.start}:00 a {hours.stop - 1}:00. Wybierz godzinę z tego "
                "przedziału."
            )
        if school is None or not school.name.strip() or not school.town.strip():
            raise InvalidSubscription("Podaj nazwę szkoły i miejscowość, np. „SP 12, Łódź, 3b”.")
        cleaned = SchoolInfo(
            school.name.strip()[:200], school.town.strip()[:100], school.class_label.strip()[:40]
        )
        return kind_, chosen, cleaned


def _view(row: TipSubscription) -> SubscriptionView:
    return SubscriptionView(
        id=row.id,
        chat_id=row.chat_id,
        kind=row.kind,
        audiences=tuple(row.audiences),
        frequency=row.frequency,
        hour=row.hour,
        active=row.active,
        next_due_at=row.next_due_at if row.active else None,
        school_name=row.school_name,
        town=row.town,
        class_label=row.class_label,
        officer_code=row.officer_code,
        created_at=row.created_at,
    )
