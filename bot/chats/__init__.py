"""Chats the bot talks to: only id, kind and whether they can still be reached."""
