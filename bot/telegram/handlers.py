"""Typed PTB handlers: private chats talk to the dialogue; groups get commands only."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable

from telegram import Chat, ChatMember, Update
from telegram.constants import ChatAction, ChatType
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import logs
from bot.chats.service import ChatService
from bot.conversation.dialogue import ERROR, Dialogue
from bot.conversation.input_text import clean
from bot.conversation.replies import Reply
from bot.privacy.notice import Notice
from bot.safety.assess import assess
from bot.safety.messages import alarm_replies
from bot.telegram import buttons, texts
from bot.telegram.flood import FloodGate
from bot.telegram.membership import is_group_admin
from bot.telegram.officers import OfficerHandlers
from bot.telegram.render import TITLE_MARKER
from bot.telegram.sender import Sender, acknowledge
from bot.telegram.tips import TipsHandlers

log = logging.getLogger(__name__)

# Commands answered through the dialogue: the payload is a Rasa intent.
COMMAND_INTENTS = {
    "start": "/greet",
    "pomoc": "/help",
    "dzielnicowy": "/find_officer",
    "zglos": "/start_request",
    "moje_zgloszenia": "/report_status",
    "porady": "/subscribe_tips",
    "wypisz": "/unsubscribe_tips",
    "moje_dane": "/my_data",
    "usun_dane": "/delete_data",
}
GROUP_SETTINGS_COMMANDS = {"porady", "wypisz", "usun_dane"}
GROUP_PRIVATE_ONLY_COMMANDS = {"dzielnicowy", "zglos", "moje_zgloszenia"}


class TelegramHandlers:
    def __init__(
        self,
        dialogue: Dialogue,
        chats: ChatService,
        sender: Sender,
        officers: OfficerHandlers,
        tips: TipsHandlers,
        on_gone: Callable[[int], object],
        on_migrated: Callable[[int, int], object] | None = None,
        flood: FloodGate | None = None,
        notice: Notice | None = None,
    ) -> None:
        self.dialogue = dialogue
        self.notice = notice
        self.flood = flood or FloodGate()
        self.chats = chats
        self.sender = sender
        self.officers = officers
        self.tips = tips
        # Told when the bot is removed from a chat or blocked (a tips subscription ends).
        self.on_gone = on_gone
        # Told when a group becomes a supergroup (old id, new id).
        self.on_migrated = on_migrated

    def register(self, app: Application) -> None:  # type: ignore[type-arg]
        private = filters.ChatType.PRIVATE
        groups = filters.ChatType.GROUPS
        app.add_handler(TypeHandler(Update, self.mark_update), group=-2)
        app.add_handler(CallbackQueryHandler(buttons.guard), group=-1)
        app.add_handler(MessageHandler(filters.UpdateType.EDITED, self.on_edited))
        app.add_handler(ChatMemberHandler(self.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self.on_migrate))
        # Feature routers first: their commands and buttons take precedence.
        self.officers.register(app)
        self.tips.register(app)
        app.add_handler(CommandHandler(list(COMMAND_INTENTS), self.on_command, filters=private))
        app.add_handler(
            CommandHandler(list(COMMAND_INTENTS), self.on_group_command, filters=groups)
        )
        app.add_handler(MessageHandler(private & filters.COMMAND, self.on_unknown_command))
        app.add_handler(MessageHandler(private & filters.TEXT, self.on_text))
        app.add_handler(MessageHandler(private & filters.PHOTO, self.on_photo))
        app.add_handler(MessageHandler(private & filters.LOCATION, self.on_location))
        app.add_handler(
            MessageHandler(private & ~filters.StatusUpdate.ALL, self.on_other_content)
        )
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_error_handler(self.on_error)

    async def _converse(self, chat: Chat, text: str, before: list[Reply] | None = None) -> None:
        await asyncio.to_thread(self.chats.seen, chat.id, chat.type)
        async with typing(chat):
            replies = await self.dialogue.reply(str(chat.id), text)
        if chat.type != ChatType.PRIVATE:
            # Buttons lead into a private conversation; in a group they would do nothing.
            replies = [Reply(r.text) for r in replies]
        await self.sender.send(chat.id, [*(before or []), *replies])

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A handler failed: logged (its type, not the message), and a private chat is not
        left without an answer."""
        log.error("handling an update failed", exc_info=context.error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is not None and chat.type == ChatType.PRIVATE:
            # The failure may be the database's: danger in the message still gets 112 first.
            message = update.effective_message if isinstance(update, Update) else None
            said = (message.text or message.caption) if message is not None else None
            with contextlib.suppress(Exception):
                await self.sender.send(chat.id, [*_alarms(said), Reply(ERROR)])

    async def mark_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        logs.set_update_id(update.update_id)

    async def _admit(self, chat: Chat, text: str | None) -> bool:
        """False for a message over the chat's flood limit: it is not read, except for danger
        (the 112 line still goes out), and the chat is told once."""
        verdict = self.flood.check(chat.id)
        if verdict == "ok":
            return True
        log.info("flood limit: a message not read")
        replies = _alarms(text)
        if verdict == "refused_first":
            replies.append(Reply(texts.TOO_FAST))
        if replies:
            await self.sender.send(chat.id, replies)
        return False

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or not message.text:
            return
        if not await self._admit(chat, message.text):
            return
        if user is not None and await self.officers.pending_text(chat.id, user.id, message.text):
            return
        await self._converse(chat, message.text)

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited message is not read again (a step of a form, or a request, would repeat);
        danger in it still gets the 112 line."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or chat.type != ChatType.PRIVATE:
            return  # in a group, an edited command is not run again either
        if not await self._admit(chat, message.text or message.caption):
            return
        alarms = _alarms(message.text or message.caption)
        await self.sender.send(chat.id, [*alarms, Reply(texts.EDITED_NOT_READ)])

    async def on_unknown_command(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE
    ) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or not await self._admit(chat, None):
            return
        await self.sender.send(chat.id, [Reply(texts.UNKNOWN_COMMAND)])

    async def on_other_content(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A sticker, voice message, video, file…: not read, but never left unanswered (a
        voice message may be someone in danger)."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or not await self._admit(chat, message.caption):
            return
        alarms = _alarms(message.caption)
        await self.sender.send(chat.id, [*alarms, Reply(texts.ONLY_TEXT)])

    async def on_photo(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A photo joins the request being written (by its file_id; nothing is downloaded);
        its caption is read as a message of its own."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or not message.photo:
            return
        if not await self._admit(chat, message.caption):
            return
        file_id = message.photo[-1].file_id
        await self._converse(chat, "/attach_photo" + json.dumps({"photo_id": file_id}))
        if message.caption:
            await self._converse(chat, message.caption)

    async def on_location(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or message.location is None:
            return
        if not await self._admit(chat, None):
            return
        where = message.location
        payload = json.dumps({"latitude": where.latitude, "longitude": where.longitude})
        await self._converse(chat, f"/share_location{payload}")

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or not message.text:
            return
        if not await self._admit(chat, None):
            return
        command = _command_name(message.text)
        before = [Reply(self.notice.text())] if command == "start" and self.notice else []
        await self._converse(chat, COMMAND_INTENTS[command], before)

    async def on_group_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or user is None or not message.text:
            return
        await asyncio.to_thread(self.chats.seen, chat.id, chat.type)
        command = _command_name(message.text)
        if command in GROUP_PRIVATE_ONLY_COMMANDS:
            await self.sender.send(chat.id, [Reply(texts.GROUP_PRIVATE_ONLY)])
            return
        if command in GROUP_SETTINGS_COMMANDS and not await is_group_admin(
            context.bot, chat.id, user.id
        ):
            await self.sender.send(chat.id, [Reply(texts.GROUP_ADMIN_ONLY)])
            return
        await self._converse(chat, COMMAND_INTENTS[command])

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        chat = update.effective_chat
        if query is None or chat is None:
            return
        await acknowledge(query)
        if chat.type != ChatType.PRIVATE:
            return
        text = _button_text(query.data or "", query.message)
        if query.message is not None:
            # One press per keyboard: a second press would repeat the step.
            with contextlib.suppress(Exception):
                await context.bot.edit_message_reply_markup(chat.id, query.message.message_id)
        if text is None:
            await self.sender.send(chat.id, [Reply(texts.BUTTON_EXPIRED)])
            return
        await self._converse(chat, text)

    async def on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or self.on_migrated is None:
            return
        if message.migrate_to_chat_id:
            await asyncio.to_thread(self.on_migrated, chat.id, message.migrate_to_chat_id)
        elif message.migrate_from_chat_id:
            await asyncio.to_thread(self.on_migrated, message.migrate_from_chat_id, chat.id)

    async def on_my_chat_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change = update.my_chat_member
        if change is None:
            return
        status = change.new_chat_member.status
        if status in (ChatMember.BANNED, ChatMember.LEFT):
            await asyncio.to_thread(self.chats.mark_inactive, change.chat.id)
            await asyncio.to_thread(self.on_gone, change.chat.id)
        else:
            await asyncio.to_thread(self.chats.seen, change.chat.id, change.chat.type)


def _alarms(text: str | None) -> list[Reply]:
    """The 112 lines for danger in a message the bot does not otherwise read."""
    return [Reply(t) for t in alarm_replies(assess(clean(text or "")))]


def _command_name(text: str) -> str:
    return text.split()[0].lstrip("/").split("@")[0].lower()


def _button_text(data: str, message: object) -> str | None:
    if not data.startswith(TITLE_MARKER):
        return data
    markup = getattr(message, "reply_markup", None)
    for row in getattr(markup, "inline_keyboard", ()):
        for button in row:
            if button.callback_data == data:
                return str(button.text)
    return None


_typing_tasks: set[asyncio.Task[None]] = set()


@contextlib.asynccontextmanager
async def typing(chat: Chat) -> AsyncIterator[None]:
    """Keep 'typing…' visible while the answer is computed (Telegram shows it for ~5 s).

    The loop ends on a flag, not only on cancellation, and the answer does not wait for it:
    a cancellation can be lost inside the HTTP stack (seen under load: the cancelled task went
    on typing every 4.5 s, and a handler awaiting it never finished, holding its chat and the
    application's shutdown)."""
    done = asyncio.Event()

    async def keep_typing() -> None:
        while not done.is_set():
            with contextlib.suppress(Exception):
                await chat.send_action(ChatAction.TYPING)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(done.wait(), 4.5)

    task = asyncio.create_task(keep_typing())
    _typing_tasks.add(task)  # a reference until it ends (the loop keeps only weak ones)
    task.add_done_callback(_typing_tasks.discard)
    try:
        yield
    finally:
        done.set()
        task.cancel()
