"""Button presses bound to the message they were pressed on.

Telegram passes a press's callback data as the client sent it, and a modified client can send
any data on any message. A press counts only when its data is a button of the bot's own
message as that message is now: a forged press, or a press on a keyboard the bot has since
removed or replaced (a replay), does nothing.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Message, Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.telegram import texts
from bot.telegram.sender import acknowledge

log = logging.getLogger(__name__)


def bound_to_message(query: CallbackQuery, bot_id: int) -> bool:
    message = query.message
    # Messages older than 48 hours come as InaccessibleMessage: no keyboard to check against.
    if not isinstance(message, Message) or message.reply_markup is None:
        return False
    if message.from_user is None or message.from_user.id != bot_id:
        return False
    return any(
        button.callback_data == query.data
        for row in message.reply_markup.inline_keyboard
        for button in row
    )


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every other handler of a press; stops the ones that are not bound."""
    query = update.callback_query
    if query is None or bound_to_message(query, context.bot.id):
        return
    log.info("button press not on its message's keyboard: ignored")
    await acknowledge(query, texts.BUTTON_EXPIRED)
    raise ApplicationHandlerStop
