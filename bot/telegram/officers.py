"""The officers' side in Telegram: registration, request buttons, the open-requests list, the
officer's next message after "Odpowiedz" or a closing status, and alerts to their area.

Every press and command is checked by the requests service against the person who pressed
(the Telegram user, not the chat the message happens to be in): a forwarded keyboard does
nothing for anyone else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.conversation.replies import Button, Reply
from bot.db.models import utcnow
from bot.requests.categories import CLOSE_STATUSES
from bot.requests.model import ActionResult, RequestView
from bot.requests.texts import officer_buttons
from bot.telegram import texts
from bot.telegram.render import keyboard
from bot.telegram.sender import Sender, acknowledge
from bot.tips.model import InvalidAlert
from bot.tips.service import ALERT_FOOTER_PRIVATE, MAX_ALERT
from bot.wiring import Services

log = logging.getLogger(__name__)
NO_NOTE = "req:nonote"
ALERT_SEND = "alert:ok:"
ALERT_CANCEL = "alert:no"
_COMMAND = re.compile(r"^/\w+(?:@\w+)?\s*")


class OfficerHandlers:
    def __init__(self, services: Services, sender: Sender) -> None:
        self.requests = services.requests
        self.links = services.officer_links
        self.tips = services.tips
        self.sender = sender

    def register(self, app: Application) -> None:  # type: ignore[type-arg]
        private = filters.ChatType.PRIVATE
        app.add_handler(CommandHandler("rejestracja", self.on_registration))
        app.add_handler(CommandHandler("zgloszenia", self.on_open_requests, filters=private))
        app.add_handler(CallbackQueryHandler(self.on_button, pattern=r"^req:"))
        app.add_handler(CommandHandler(["alert", "komunikat"], self.on_alert, filters=private))
        app.add_handler(CallbackQueryHandler(self.on_alert_button, pattern=r"^alert:"))

    async def on_registration(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, message = update.effective_chat, update.effective_message
        if chat is None or message is None:
            return
        if chat.type != ChatType.PRIVATE:
            await self.sender.send(chat.id, [Reply(texts.REGISTRATION_PRIVATE_ONLY)])
            return
        code = " ".join(context.args or []).strip()
        if not code:
            await self.sender.send(chat.id, [Reply(texts.REGISTRATION_HOW)])
            return
        result = await asyncio.to_thread(self.links.register, chat.id, code, utcnow())
        await self.sender.send(chat.id, [Reply(texts.registration_result(result))])
        if result.outcome == "linked":
            # Requests that waited for someone to handle them come now, not at the next scan.
            await asyncio.to_thread(self.requests.assign_waiting, utcnow())

    async def on_open_requests(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        officer = await asyncio.to_thread(self.links.officer_for_chat, user.id)
        if officer is None:
            await self.sender.send(chat.id, [Reply(texts.NOT_AN_OFFICER)])
            return
        views = await asyncio.to_thread(self.requests.open_for_officer, user.id)
        await self.sender.send(chat.id, _open_list(views))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query, chat = update.callback_query, update.effective_chat
        if query is None or chat is None:
            return
        await acknowledge(query)
        actor = query.from_user.id
        parts = (query.data or "").split(":")
        if query.data == NO_NOTE:
            result = await asyncio.to_thread(self.requests.officer_text, actor, "-", utcnow())
            await self._answer(chat.id, result or ActionResult(False, texts.BUTTON_EXPIRED))
            return
        if len(parts) < 3 or not parts[2].isdigit():
            await self._answer(chat.id, ActionResult(False, texts.BUTTON_EXPIRED))
            return
        verb, request_id = parts[1], int(parts[2])
        allowed = await asyncio.to_thread(self.requests.can_act, request_id, actor)
        if not allowed:
            # Nothing about the request is shown to someone who may not see it.
            await self._answer(chat.id, ActionResult(False, texts.NOT_YOUR_REQUEST))
            return
        now = utcnow()
        if verb == "acc":
            result = await asyncio.to_thread(self.requests.accept, request_id, actor, now)
        elif verb == "ans":
            result = await asyncio.to_thread(self.requests.start_answer, request_id, actor, now)
        elif verb == "cls":
            await self.sender.send(chat.id, [_close_statuses(request_id)])
            return
        elif verb == "st" and len(parts) == 4:
            result = await asyncio.to_thread(
                self.requests.choose_close_status, request_id, actor, parts[3], now
            )
            if result.ok:
                await self.sender.send(
                    chat.id, [Reply(result.message_pl, (Button(texts.NO_NOTE, NO_NOTE),))]
                )
                return
        else:
            result = ActionResult(False, texts.BUTTON_EXPIRED)
        if query.message is not None and verb == "acc" and result.ok:
            # The accepted request's keyboard keeps only what is left to do.
            left = tuple(b for b in officer_buttons(request_id) if ":acc:" not in b.payload)
            with contextlib.suppress(Exception):
                await context.bot.edit_message_reply_markup(
                    chat.id, query.message.message_id, reply_markup=keyboard(Reply("", left))
                )
        await self._answer(chat.id, result)

    async def on_alert(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Shows how many subscribers of the officer's area the alert reaches and what they
        will read; nothing is sent before "Wyślij"."""
        chat, user, message = update.effective_chat, update.effective_user, update.effective_message
        if chat is None or user is None or message is None:
            return
        officer = await asyncio.to_thread(self.links.officer_for_chat, user.id)
        if officer is None:
            await self.sender.send(chat.id, [Reply(texts.NOT_AN_OFFICER)])
            return
        # The text after the command, line breaks kept (context.args would drop them).
        text = _COMMAND.sub("", message.text or "", count=1).strip()
        if not text:
            await self.sender.send(chat.id, [Reply(texts.ALERT_HOW)])
            return
        if len(text) > MAX_ALERT:
            await self.sender.send(chat.id, [Reply(texts.alert_too_long(len(text), MAX_ALERT))])
            return
        try:
            preview = await asyncio.to_thread(
                self.tips.preview_officer_alert, officer.code, text, utcnow()
            )
        except InvalidAlert:
            await self.sender.send(chat.id, [Reply(texts.ALERT_NO_AREA)])
            return
        if preview.matched == 0:
            await self.sender.send(chat.id, [Reply(texts.ALERT_NOBODY)])
            return
        buttons = (
            Button(texts.ALERT_SEND, ALERT_SEND + preview.alert_id),
            Button(texts.ALERT_CANCEL, ALERT_CANCEL),
        )
        reply = Reply(texts.alert_preview(preview.matched, text, ALERT_FOOTER_PRIVATE), buttons)
        await self.sender.send(chat.id, [reply])

    async def on_alert_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query, chat = update.callback_query, update.effective_chat
        if query is None or chat is None:
            return
        await acknowledge(query)
        if query.message is not None:
            # One press per preview: the buttons go whatever the outcome.
            with contextlib.suppress(Exception):
                await context.bot.edit_message_reply_markup(
                    chat.id, query.message.message_id, reply_markup=None
                )
        data = query.data or ""
        if not data.startswith(ALERT_SEND):
            await self.sender.send(chat.id, [Reply(texts.ALERT_CANCELLED)])
            return
        officer = await asyncio.to_thread(self.links.officer_for_chat, query.from_user.id)
        if officer is None:
            await self.sender.send(chat.id, [Reply(texts.NOT_AN_OFFICER)])
            return
        try:
            report = await asyncio.to_thread(
                self.tips.send_officer_alert, officer.code, data[len(ALERT_SEND) :], utcnow()
            )
        except InvalidAlert:
            await self.sender.send(chat.id, [Reply(texts.ALERT_GONE)])
            return
        done = texts.alert_queued(report.queued) if report.queued else texts.ALERT_REPEATED
        await self.sender.send(chat.id, [Reply(done)])

    async def pending_text(self, chat_id: int, user_id: int, text: str) -> bool:
        """An officer's message after "Odpowiedz" or a closing status; False when the text
        is not for a request (it then goes to the dialogue like anyone's)."""
        result = await asyncio.to_thread(self.requests.officer_text, user_id, text, utcnow())
        if result is None:
            return False
        await self._answer(chat_id, result)
        return True

    async def _answer(self, chat_id: int, result: ActionResult) -> None:
        await self.sender.send(chat_id, [Reply(result.message_pl)])


def _close_statuses(request_id: int) -> Reply:
    buttons = tuple(Button(label, f"req:st:{request_id}:{code}") for code, label in CLOSE_STATUSES)
    return Reply(texts.CHOOSE_CLOSE_STATUS, buttons)


def _open_list(views: list[RequestView]) -> list[Reply]:
    if not views:
        return [Reply(texts.NO_OPEN_REQUESTS)]
    replies = [Reply(texts.open_requests_header(len(views)))]
    for view in views[: texts.OPEN_LISTED]:
        replies.append(Reply(texts.open_request_line(view), officer_buttons(view.id)))
    return replies
