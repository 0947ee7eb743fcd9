"""A school class group: commands only; settings only for administrators."""

from __future__ import annotations

from tests.e2e.conftest import Bot

GROUP = -100777
ADMIN, PUPIL = 42, 43


async def test_non_admin_cannot_change_group_settings(bot: Bot) -> None:
    bot.telegram.admins[GROUP] = {ADMIN}
    bot.telegram.push_text(GROUP, "/porady", user_id=PUPIL, chat_type="group")
    [refusal] = await bot.telegram.wait_for(GROUP, 1)
    assert "administrator" in refusal.text
    assert bot.telegram.sent_to(GROUP, "getChatMember"), "membership was checked"


async def test_admin_can(bot: Bot) -> None:
    bot.telegram.admins[GROUP] = {ADMIN}
    bot.telegram.push_text(GROUP, "/porady", user_id=ADMIN, chat_type="group")
    [answer] = await bot.telegram.wait_for(GROUP, 1)
    # Without the school's name, town and class: how to give them (the card follows them).
    assert "Aby zapisać klasę" in answer.text and "/porady" in answer.text
    assert bot.services.tips.current(GROUP) is None


async def test_plain_group_messages_are_ignored_and_addresses_stay_private(bot: Bot) -> None:
    bot.telegram.push_text(GROUP, "Piotrkowska 120", user_id=PUPIL, chat_type="group")
    bot.telegram.push_text(GROUP, "/dzielnicowy", user_id=PUPIL, chat_type="group")
    [only] = await bot.telegram.wait_for(GROUP, 1)
    assert "prywatnej" in only.text
