"""The request form: a report of a local problem or a message to the resident's dzielnicowy.

The actions ask and check; filing, routing and notifying are bot.requests' job.
"""

from __future__ import annotations

import abc
import re
from datetime import datetime
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import request_texts as texts
from actions.address import _latest_text, address_question
from actions.chat import chat_id_of
from actions.consent import consented
from bot.db.models import utcnow
from bot.registry.card import NOT_FOUND, officer_contact_line, outside_area_text
from bot.registry.normalize import fold
from bot.requests.categories import CATEGORIES, category_label
from bot.requests.model import InvalidRequest, LimitReached, NewRequest
from bot.wiring import services

MAX_DESCRIPTION = 1000
MAX_PHOTOS = 3
REQUEST_SLOTS = (
    "request_kind",
    "request_place",
    "request_officer",
    "request_category",
    "request_description",
    "request_photos",
    "request_photos_done",
    "request_latitude",
    "request_longitude",
    "request_when",
    "request_contact_mode",
    "request_consent_at",
    "request_contact",
    "request_confirm",
    "address_query",
    "address_need",
    "address_options",
)
WHEN_CHOICES = {
    "morning": "rano",
    "day": "w ciągu dnia",
    "evening": "wieczorem",
    "night": "w nocy",
    "weekend": "w weekendy",
    "always": "stale",
}
# Typed instead of pressed: the folded words that mean a button.
_TYPED = {
    "report": ("zglos", "problem", "zgloszenie"),
    "message": ("napisz", "wiadomosc", "dzielnicow"),
    "anonymous": ("anonim",),
    "contact": ("kontakt", "zgadzam", "podam"),
    "yes": ("wyslij", "tak", "potwierdz", "zgadza", "ok"),
    "next": ("dalej", "pomin", "bez zdjec", "nie mam", "gotowe"),
    "skip": ("pomin", "nie wiem", "rozne", "bez znaczenia"),
}
_CANCEL = re.compile(r"^\s*(anuluj|przerwij|rezygnuj[eę]|stop|koniec|nie\s*chc[eę])\W*$", re.I)
_PHONE = re.compile(r"^\+?[\d\s()-]{9,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _fold(text: str) -> str:
    return fold(text).strip()


def _choice(tracker: Tracker, allowed: tuple[str, ...]) -> str | None:
    """The pressed button's value, or the typed words that mean one of them."""
    pressed = next(tracker.get_latest_entity_values("choice"), None)
    if pressed in allowed:
        return str(pressed)
    text = _fold((tracker.latest_message or {}).get("text") or "")
    if not text or text.startswith("/"):
        return None
    for value in allowed:
        if any(word in text for word in _TYPED.get(value, ())):
            return value
    return None


def _intent(tracker: Tracker) -> str | None:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def _asked(tracker: Tracker, slot: str, form: str = "request_form") -> bool:
    """The slot was the question the latest message answers. Rasa validates twice in a
    turn, and the first pass already moves on to the next question: that one must not take
    the same message as its answer too."""
    if (tracker.active_loop or {}).get("name") != form:
        return False
    return bool(_requested_before_message(tracker) == slot)


def _requested_before_message(tracker: Tracker) -> Any:
    after_message = True
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            after_message = False
        elif (
            not after_message
            and event.get("event") == "slot"
            and event.get("name") == "requested_slot"
        ):
            return event.get("value")
    if not any(e.get("event") == "user" for e in tracker.events):
        return tracker.get_slot("requested_slot")  # a tracker built without its history
    return None


def _carried(tracker: Tracker) -> list[str]:
    """Slots the latest message fills besides the question: a photo or a location pin."""
    if (tracker.active_loop or {}).get("name") != "request_form":
        return []
    found = []
    if next(tracker.get_latest_entity_values("photo_id"), None):
        found.append("request_photos")
    if _coordinate(tracker, "latitude", -90.0, 90.0) and _coordinate(
        tracker, "longitude", -180.0, 180.0
    ):
        found += ["request_latitude", "request_longitude"]
    return found


def _typed_answer(tracker: Tracker, slot: str, form: str = "request_form") -> dict[str, Any]:
    """The typed message as the answer to `slot`, when that was the question."""
    if not _asked(tracker, slot, form):
        return {}
    text = _typed_text(tracker)
    return {slot: text} if text else {}


def _typed_text(tracker: Tracker) -> str | None:
    """A typed answer; None for a button payload, an emergency (its rule answers) and a
    plain 'no' or 'anuluj' (the cancel rule answers)."""
    message = tracker.latest_message or {}
    text = (message.get("text") or "").strip()
    if not text or text.startswith("/") or _intent(tracker) == "emergency":
        return None
    if _CANCEL.match(text) or (_intent(tracker) == "deny" and len(text.split()) <= 3):
        return None
    return text


class ValidateRequestForm(FormValidationAction):
    def name(self) -> str:
        return "validate_request_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        report = tracker.get_slot("request_kind") == "report"
        slots = ["request_kind", "request_place"]
        if report:
            slots.append("request_category")
        slots += ["request_description", "request_photos_done"]
        if report:
            slots.append("request_when")
        slots.append("request_contact_mode")
        if tracker.get_slot("request_contact_mode") == "contact":
            slots.append("request_contact")
        slots.append("request_confirm")
        # Listed only in the turn that carries them, so that they are extracted but never
        # asked for.
        return slots + _carried(tracker)

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> EventType | None:
        # Rasa also runs this action to extract slots after every message, in any form or
        # none: only the request form's own turns may choose its next question.
        if (tracker.active_loop or {}).get("name") != "request_form":
            return None
        return await super().next_requested_slot(dispatcher, tracker, domain)

    # --- extraction: each question takes only its own answer -------------------------------

    async def extract_request_kind(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_kind"):
            return {}
        kind = _choice(tracker, ("report", "message"))
        return {"request_kind": kind} if kind else {}

    async def extract_request_place(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_place") or _intent(tracker) == "emergency":
            return {}
        text = _latest_text(tracker)
        if text is None or _CANCEL.match(text):
            return {}
        if _intent(tracker) == "deny" and not services().registry.resolve(text).mentions_place:
            return {}
        query = tracker.get_slot("address_query")
        return {"request_place": f"{query} {text}" if query else text}

    async def extract_request_category(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_category"):
            return {}
        pressed = next(tracker.get_latest_entity_values("choice"), None)
        if pressed:
            return {"request_category": str(pressed)}
        text = _typed_text(tracker)
        return {"request_category": text} if text else {}

    async def extract_request_description(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _typed_answer(tracker, "request_description")

    async def extract_request_photos(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        photo = next(tracker.get_latest_entity_values("photo_id"), None)
        if not photo or (tracker.active_loop or {}).get("name") != "request_form":
            return {}
        photos = list(tracker.get_slot("request_photos") or [])
        if photo in photos:
            return {"request_photos": photos}
        if len(photos) >= MAX_PHOTOS:
            dispatcher.utter_message(text=texts.TOO_MANY_PHOTOS)
            return {"request_photos": photos}
        return {"request_photos": [*photos, str(photo)]}

    async def extract_request_latitude(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _coordinate(tracker, "latitude", -90.0, 90.0)

    async def extract_request_longitude(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _coordinate(tracker, "longitude", -180.0, 180.0)

    async def extract_request_photos_done(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_photos_done"):
            return {}
        if _choice(tracker, ("next",)):
            return {"request_photos_done": True}
        photos = tracker.get_slot("request_photos") or []
        photo = next(tracker.get_latest_entity_values("photo_id"), None)
        if photo and len(photos) + (photo not in photos) >= MAX_PHOTOS:
            return {"request_photos_done": True}
        return {}

    async def extract_request_when(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_when"):
            return {}
        pressed = next(tracker.get_latest_entity_values("choice"), None)
        if pressed == "skip" or _choice(tracker, ("skip",)):
            return {"request_when": "-"}
        if pressed in WHEN_CHOICES:
            return {"request_when": WHEN_CHOICES[str(pressed)]}
        text = _typed_text(tracker)
        return {"request_when": text} if text else {}

    async def extract_request_contact_mode(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_contact_mode"):
            return {}
        mode = _choice(tracker, ("anonymous", "contact"))
        return {"request_contact_mode": mode} if mode else {}

    async def extract_request_contact(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _typed_answer(tracker, "request_contact")

    async def extract_request_confirm(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked(tracker, "request_confirm"):
            return {}
        pressed = next(tracker.get_latest_entity_values("choice"), None)
        if pressed in ("yes", "no"):
            return {"request_confirm": pressed}
        if _intent(tracker) == "affirm" or _choice(tracker, ("yes",)):
            return {"request_confirm": "yes"}
        return {}

    # --- validation -------------------------------------------------------------------------

    def validate_request_place(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {}
        text = str(value)
        result = services().registry.resolve(text)
        cleared = {"address_query": None, "address_need": None, "address_options": None}
        if result.kind == "officer" and result.officer_code:
            house = f" {result.house}" if result.house else ""
            place = f"{result.street}{house}, {result.city}"
            return {"request_place": place, "request_officer": result.officer_code, **cleared}
        if result.kind in ("ask_city", "ask_street", "ask_number"):
            return {
                "request_place": None,
                "address_query": text,
                "address_need": result.kind.removeprefix("ask_"),
                "address_options": list(result.options),
            }
        if result.kind == "outside_area" and result.city:
            dispatcher.utter_message(text=outside_area_text(result.city, result.options))
        else:
            dispatcher.utter_message(text=NOT_FOUND)
        return {"request_place": None, **cleared}

    def validate_request_category(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {}
        code = _category_code(str(value))
        if code is None:
            dispatcher.utter_message(text=texts.CHOOSE_CATEGORY_AGAIN)
        return {"request_category": code}

    def validate_request_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {}
        text = str(value).strip()
        if len(text) > MAX_DESCRIPTION:
            dispatcher.utter_message(text=texts.description_too_long(len(text), MAX_DESCRIPTION))
            return {"request_description": None}
        return {"request_description": text}

    def validate_request_when(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"request_when": str(value)[:200] if value else None}

    def validate_request_contact_mode(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value == "contact":
            # The consent is the press of the button that says so: its time is kept.
            return {"request_contact_mode": "contact", "request_consent_at": utcnow().isoformat()}
        return {"request_contact_mode": value, "request_consent_at": None}

    def validate_request_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {}
        text = str(value).strip()
        if _PHONE.match(text) or _EMAIL.match(text):
            return {"request_contact": text[:200]}
        dispatcher.utter_message(text=texts.CONTACT_NOT_RECOGNISED)
        return {"request_contact": None}


def _coordinate(tracker: Tracker, entity: str, low: float, high: float) -> dict[str, Any]:
    if (tracker.active_loop or {}).get("name") != "request_form":
        return {}
    value = next(tracker.get_latest_entity_values(entity), None)
    try:
        number = float(value) if value is not None else None
    except (TypeError, ValueError):
        return {}
    if number is None or not low <= number <= high:
        return {}
    return {f"request_{entity}": number}


def _category_code(value: str) -> str | None:
    codes = {code for code, _ in CATEGORIES}
    if value in codes:
        return value
    folded = _fold(value)
    for code, label in CATEGORIES:
        if _fold(label) == folded or (len(folded) >= 4 and folded in _fold(label)):
            return code
    return None


# --- the questions ----------------------------------------------------------------------


def _buttons(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [
        {"title": title, "payload": f'/choose{{"choice": "{value}"}}'} for value, title in pairs
    ]


Question = tuple[str, list[dict[str, str]]]


class _Ask(Action, abc.ABC):
    """Asks for one slot of the request form (Rasa calls `action_ask_<slot>`)."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    @abc.abstractmethod
    def question(self, tracker: Tracker) -> Question: ...

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text, buttons = self.question(tracker)
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


class AskRequestKind(_Ask):
    slot = "request_kind"

    def question(self, tracker: Tracker) -> Question:
        choices = [("report", texts.KIND_REPORT), ("message", texts.KIND_MESSAGE)]
        return texts.ASK_KIND, _buttons(choices)


class AskRequestPlace(_Ask):
    slot = "request_place"

    def question(self, tracker: Tracker) -> Question:
        if tracker.get_slot("address_need") in ("city", "street", "number"):
            return address_question(tracker)
        if tracker.get_slot("request_kind") == "message":
            return texts.ASK_PLACE_MESSAGE, []
        return texts.ASK_PLACE_REPORT, []


class AskRequestCategory(_Ask):
    slot = "request_category"

    def question(self, tracker: Tracker) -> Question:
        return texts.ASK_CATEGORY, _buttons(list(CATEGORIES))


class AskRequestDescription(_Ask):
    slot = "request_description"

    def question(self, tracker: Tracker) -> Question:
        message = tracker.get_slot("request_kind") == "message"
        return (texts.ASK_MESSAGE_TEXT if message else texts.ASK_DESCRIPTION), []


class AskRequestPhotosDone(_Ask):
    slot = "request_photos_done"

    def question(self, tracker: Tracker) -> Question:
        count = len(tracker.get_slot("request_photos") or [])
        return texts.photos_question(count, MAX_PHOTOS), _buttons([("next", texts.NEXT)])


class AskRequestWhen(_Ask):
    slot = "request_when"

    def question(self, tracker: Tracker) -> Question:
        choices = [(value, label.capitalize()) for value, label in WHEN_CHOICES.items()]
        return texts.ASK_WHEN, _buttons([*choices, ("skip", texts.SKIP)])


class AskRequestContactMode(_Ask):
    slot = "request_contact_mode"

    def question(self, tracker: Tracker) -> Question:
        choices = [("anonymous", texts.ANONYMOUS), ("contact", texts.CONTACT_CONSENT)]
        return texts.ASK_CONTACT_MODE, _buttons(choices)


class AskRequestContact(_Ask):
    slot = "request_contact"

    def question(self, tracker: Tracker) -> Question:
        return texts.ASK_CONTACT, []


class AskRequestConfirm(_Ask):
    slot = "request_confirm"

    def question(self, tracker: Tracker) -> Question:
        code = tracker.get_slot("request_officer")
        card = services().registry.officer_card(str(code)) if code else None
        category = tracker.get_slot("request_category")
        summary = texts.summary(
            kind=str(tracker.get_slot("request_kind")),
            place=str(tracker.get_slot("request_place")),
            category=category_label(str(category)) if category else None,
            description=str(tracker.get_slot("request_description")),
            photos=len(tracker.get_slot("request_photos") or []),
            located=tracker.get_slot("request_latitude") is not None,
            when=tracker.get_slot("request_when"),
            contact=tracker.get_slot("request_contact"),
            officer=f"{card.rank} {card.first_name} {card.last_name}" if card else None,
        )
        return summary, _buttons([("yes", texts.SEND), ("no", texts.CANCEL)])


# --- starting, filing, cancelling ---------------------------------------------------------


def _cleared() -> list[EventType]:
    return [SlotSet(slot, None) for slot in REQUEST_SLOTS]


def _limit_text(tracker: Tracker) -> str:
    code = tracker.get_slot("known_officer") or tracker.get_slot("request_officer")
    if not code:  # the officer of the resident's latest request
        latest = services().requests.for_resident(chat_id_of(tracker))
        code = latest[0].officer_code if latest else None
    card = services().registry.officer_card(str(code)) if code else None
    limit = services().settings.request_daily_limit
    return texts.limit_reached(limit, officer_contact_line(card) if card else None)


class ActionRequestStart(Action):
    """Starts the form (or refuses over the daily limit); a kind given by the way the
    resident came (a button, 'napisz do dzielnicowego') skips that question."""

    def name(self) -> str:
        return "action_request_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = _cleared()
        if services().requests.remaining_today(chat_id_of(tracker), utcnow()) <= 0:
            dispatcher.utter_message(text=_limit_text(tracker))
            return [*events, SlotSet("request_allowed", False)]
        kind = next(tracker.get_latest_entity_values("request_kind"), None)
        if _intent(tracker) == "message_officer":
            kind = "message"
        known = {"request_kind": kind} if kind in ("report", "message") else {}
        if not consented(
            dispatcher, tracker, what=texts.CONSENT_FOR, intent="start_request", entities=known
        ):
            return [*events, SlotSet("request_allowed", False)]
        if known:
            events.append(SlotSet("request_kind", kind))
        dispatcher.utter_message(text=texts.START)
        return [*events, SlotSet("request_allowed", True)]


class ActionRequestSubmit(Action):
    def name(self) -> str:
        return "action_request_submit"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if tracker.get_slot("request_confirm") != "yes":
            dispatcher.utter_message(text=texts.CANCELLED)
            return _cleared()
        consent = tracker.get_slot("request_consent_at")
        contact = tracker.get_slot("request_contact")
        new = NewRequest(
            kind=str(tracker.get_slot("request_kind")),
            resident_chat_id=chat_id_of(tracker),
            officer_code=tracker.get_slot("request_officer"),
            place=str(tracker.get_slot("request_place")),
            category=tracker.get_slot("request_category"),
            description=str(tracker.get_slot("request_description") or ""),
            when_text=_none_if_dash(tracker.get_slot("request_when")),
            contact=str(contact) if contact else None,
            contact_consent_at=datetime.fromisoformat(consent) if contact and consent else None,
            latitude=tracker.get_slot("request_latitude"),
            longitude=tracker.get_slot("request_longitude"),
            photos=tuple(str(p) for p in tracker.get_slot("request_photos") or ()),
        )
        try:
            filed = services().requests.file(new, utcnow())
        except LimitReached:
            dispatcher.utter_message(text=_limit_text(tracker))
            return _cleared()
        except InvalidRequest as exc:
            dispatcher.utter_message(text=str(exc))
            return _cleared()
        card = services().registry.officer_card(new.officer_code) if new.officer_code else None
        dispatcher.utter_message(
            text=texts.filed(
                filed.number,
                filed.officer_name,
                filed.handler,
                officer_contact_line(card) if card else None,
            )
        )
        return [*_cleared(), SlotSet("known_officer", new.officer_code)]


def _none_if_dash(value: Any) -> str | None:
    return None if value in (None, "", "-") else str(value)


class ActionRequestCancel(Action):
    def name(self) -> str:
        return "action_request_cancel"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=texts.CANCELLED)
        return _cleared()


# --- the resident's requests and follow-up messages ---------------------------------------


class ActionMyRequests(Action):
    def name(self) -> str:
        return "action_my_requests"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        requests = services().requests.for_resident(chat_id_of(tracker))
        if not requests:
            dispatcher.utter_message(text=texts.NO_REQUESTS)
            return []
        buttons = [
            {
                "title": f"{texts.ADD_TO} {r.number}",
                "payload": f'/add_to_request{{"request_id": "{r.id}"}}',
            }
            for r in requests[: texts.LISTED]
            if r.status != "closed"
        ]
        dispatcher.utter_message(text=texts.my_requests(requests), buttons=buttons)
        return []


class ActionFollowupStart(Action):
    def name(self) -> str:
        return "action_followup_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        wanted = next(tracker.get_latest_entity_values("request_id"), None)
        mine = services().requests.for_resident(chat_id_of(tracker))
        open_ones = [r for r in mine if r.status != "closed"]
        chosen = next((r for r in open_ones if str(r.id) == str(wanted)), None)
        if chosen is None and wanted is None and len(open_ones) == 1:
            chosen = open_ones[0]
        if chosen is None:
            dispatcher.utter_message(
                text=texts.NO_OPEN_REQUEST if not open_ones else texts.CHOOSE_REQUEST
            )
            return [SlotSet("followup_request", None), SlotSet("request_allowed", False)]
        return [SlotSet("followup_request", str(chosen.id)), SlotSet("request_allowed", True)]


class ValidateFollowupForm(FormValidationAction):
    def name(self) -> str:
        return "validate_followup_form"

    async def extract_followup_text(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return _typed_answer(tracker, "followup_text", form="followup_form")

    def validate_followup_text(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            return {}
        text = str(value).strip()
        if len(text) > MAX_DESCRIPTION:
            dispatcher.utter_message(text=texts.description_too_long(len(text), MAX_DESCRIPTION))
            return {"followup_text": None}
        return {"followup_text": text}


class AskFollowupText(_Ask):
    slot = "followup_text"

    def question(self, tracker: Tracker) -> Question:
        return texts.ASK_FOLLOWUP, []


class ActionFollowupSubmit(Action):
    def name(self) -> str:
        return "action_followup_submit"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        request_id = tracker.get_slot("followup_request")
        text = tracker.get_slot("followup_text")
        cleared: list[EventType] = [
            SlotSet("followup_request", None),
            SlotSet("followup_text", None),
        ]
        if not request_id or not text:
            return cleared
        result = services().requests.resident_message(
            int(request_id), chat_id_of(tracker), str(text), utcnow()
        )
        dispatcher.utter_message(text=result.message_pl)
        return cleared
