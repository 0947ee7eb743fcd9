"""Tips subscriptions in Telegram: the settings card's buttons (private chats and class
groups) and a class group's /porady, which only the group's administrators may use."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from telegram import CallbackQuery, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.conversation.replies import Reply
from bot.db.models import utcnow
from bot.telegram import texts
from bot.telegram.membership import is_group_admin
from bot.telegram.render import render
from bot.telegram.sender import Sender, acknowledge
from bot.tips.model import InvalidSubscription, SchoolInfo, SubscriptionView
from bot.tips.settings_card import Draft, card, decode, describe
from bot.wiring import Services

log = logging.getLogger(__name__)
GROUP_DEFAULT = Draft(frozenset({"dzieci i młodzież"}), "weekly", 9)


class TipsHandlers:
    def __init__(
        self, services: Services, sender: Sender, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.tips = services.tips
        self.consents = services.consents
        self.sender = sender
        self.clock = clock  # the scheduler's clock: tests move it across a DST change

    def register(self, app: Application) -> None:  # type: ignore[type-arg]
        groups = filters.ChatType.GROUPS
        app.add_handler(CommandHandler("porady", self.on_group_setup, filters=groups))
        app.add_handler(CallbackQueryHandler(self.on_button, pattern=r"^tp:"))

    async def on_group_setup(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/porady Szkoła Podstawowa nr 12, Łódź, 3b — subscribes the class and shows the
        card; without arguments, the card of a class already subscribed."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        if not await is_group_admin(context.bot, chat.id, user.id):
            await self.sender.send(chat.id, [Reply(texts.GROUP_ADMIN_ONLY)])
            return
        current = await asyncio.to_thread(self.tips.current, chat.id)
        words = " ".join(context.args or []).strip()
        if not words:
            if current is None or not current.active:
                await self.sender.send(chat.id, [Reply(texts.TIPS_GROUP_HOW)])
                return
            draft = Draft(frozenset(current.audiences), current.frequency, current.hour)
            await self.sender.send(chat.id, [card(draft, subscribed=True, group=True)])
            return
        parts = [p.strip() for p in words.split(",")]
        if len(parts) != 3 or not all(parts):
            await self.sender.send(chat.id, [Reply(texts.TIPS_GROUP_HOW)])
            return
        school = SchoolInfo(name=parts[0][:200], town=parts[1][:100], class_label=parts[2][:20])
        draft = (
            Draft(frozenset(current.audiences), current.frequency, current.hour)
            if current is not None and current.active
            else GROUP_DEFAULT
        )
        try:
            view = await self._subscribe(chat.id, "group", draft, school)
        except InvalidSubscription as exc:
            await self.sender.send(chat.id, [Reply(exc.message_pl)])
            return
        done = Reply(texts.tips_group_subscribed(view.school_name, view.class_label))
        await self.sender.send(chat.id, [done, card(draft, subscribed=True, group=True)])

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query, chat = update.callback_query, update.effective_chat
        if query is None or chat is None:
            return
        decoded = decode(query.data or "")
        group = chat.type != ChatType.PRIVATE
        if decoded is None:
            await acknowledge(query)
            return
        if group and not await is_group_admin(context.bot, chat.id, query.from_user.id):
            await acknowledge(query, texts.GROUP_ADMIN_ONLY)
            return
        await acknowledge(query)
        op, draft = decoded
        current = await asyncio.to_thread(self.tips.current, chat.id)
        subscribed = current is not None and current.active
        if op == "v":
            await _edit(query, card(draft, subscribed=subscribed, group=group))
        elif op == "s":
            await self._save(query, chat.id, draft, group, current)
        elif op == "u":
            await asyncio.to_thread(self.tips.unsubscribe, chat.id)
            await _edit(query, Reply(texts.TIPS_UNSUBSCRIBED))
        else:
            await _edit(query, Reply(texts.TIPS_CLOSED))

    async def _save(
        self,
        query: CallbackQuery,
        chat_id: int,
        draft: Draft,
        group: bool,
        current: SubscriptionView | None,
    ) -> None:
        if not draft.audiences:
            await _edit(
                query,
                card(draft, subscribed=current is not None, group=group),
                note=texts.TIPS_CHOOSE_AUDIENCE,
            )
            return
        school = None
        if group:
            if current is None:
                await _edit(query, Reply(texts.TIPS_GROUP_HOW))
                return
            school = SchoolInfo(
                name=current.school_name or "",
                town=current.town or "",
                class_label=current.class_label or "",
            )
        if not group and not await asyncio.to_thread(self.consents.has_current, chat_id):
            # A card shown before the notice changed: the new notice is asked for first.
            await _edit(query, Reply(texts.TIPS_CONSENT_FIRST))
            return
        try:
            view = await self._subscribe(chat_id, "group" if group else "private", draft, school)
        except InvalidSubscription as exc:
            await _edit(
                query, card(draft, subscribed=current is not None, group=group), note=exc.message_pl
            )
            return
        saved = texts.tips_saved(describe(draft, group))
        if not group and view.officer_code is None:
            saved += "\n" + texts.TIPS_AREA_HOW
        await _edit(query, Reply(saved))

    async def _subscribe(
        self, chat_id: int, kind: str, draft: Draft, school: SchoolInfo | None
    ) -> SubscriptionView:
        return await asyncio.to_thread(
            self.tips.subscribe,
            chat_id,
            kind,
            sorted(draft.audiences),
            draft.frequency,
            draft.hour,
            self.clock(),
            school,
        )


async def _edit(query: CallbackQuery, reply: Reply, note: str | None = None) -> None:
    """The card changes in place: one message per setting session, not one per press."""
    message = query.message
    if message is None:
        return
    shown = Reply(f"{note}\n\n{reply.text}" if note else reply.text, reply.buttons)
    [part] = render(shown)[-1:]
    # "message is not modified" when the same button is pressed twice: nothing to do.
    with contextlib.suppress(BadRequest):
        await query.get_bot().edit_message_text(
            part.html,
            chat_id=message.chat.id,
            message_id=message.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=part.keyboard,
        )
