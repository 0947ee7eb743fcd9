"""Who may change a group's settings: its administrators and its owner."""

from __future__ import annotations

from telegram import Bot
from telegram.constants import ChatMemberStatus

_ADMIN = {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


async def is_group_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Asked of Telegram each time: a demoted administrator loses the right at once."""
    member = await bot.get_chat_member(chat_id, user_id)
    return member.status in _ADMIN
