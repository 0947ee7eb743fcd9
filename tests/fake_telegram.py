"""A fake Telegram Bot API server for end-to-end tests (aiohttp, on 127.0.0.1).

It speaks the HTTP protocol python-telegram-bot uses and rejects what Telegram rejects for
the methods the bot calls: empty or over-long text, malformed HTML, callback data over 64
bytes, bad command names. Tests push updates in and read what the bot sent; they can make
the next calls fail with 429 (retry_after) or 403 (blocked). With `limits=True` it also
enforces Telegram's flood limits on messages (tests/fake_limits.py) and counts what it
refused in `flood.refused`.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, TypeVar

from aiohttp import web

from tests.fake_limits import FloodLimits

BOT_USER = {
    "id": 999000,
    "is_bot": True,
    "first_name": "Dzielnicowy",
    "username": "dzielnicowy_bot",
}
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
JSON_FIELDS = {
    "reply_markup",
    "commands",
    "allowed_updates",
    "link_preview_options",
    "entities",
    "reply_parameters",
    "scope",
}
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class ApiError(Exception):
    def __init__(
        self,
        code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id


class _StrictHTML(HTMLParser):
    """Telegram's HTML subset: known tags, properly nested; text is what users see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in ALLOWED_TAGS:
            raise ApiError(
                400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"'
            )
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            raise ApiError(400, f'Bad Request: can\'t parse entities: Unmatched end tag "{tag}"')

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> str:
    """The visible text of an HTML message, or ApiError as Telegram would answer."""
    for i, ch in enumerate(text):
        if ch == "&" and not _ENTITY.match(text, i):
            raise ApiError(400, "Bad Request: can't parse entities: unsupported entity")
        if ch == "<" and not re.match(r"</?[a-zA-Z][\w-]*(\s[^<>]*)?>", text[i:]):
            raise ApiError(400, "Bad Request: can't parse entities: unexpected '<'")
    parser = _StrictHTML()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise ApiError(
            400, f'Bad Request: can\'t parse entities: unclosed tag "{parser.stack[-1]}"'
        )
    return html.unescape("".join(parser.text))


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


T = TypeVar("T")


@dataclass
class Sent:
    method: str
    chat_id: int
    params: dict[str, Any]
    at: float
    message_id: int | None = None
    refused: int | None = None  # the error code, when the call was refused

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class _Failure:
    method: str
    chat_id: int | None
    error: ApiError
    count: int


@dataclass
class FakeTelegram:
    token: str = "123456:TEST-TOKEN"
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Sent] = field(default_factory=list)
    admins: dict[int, set[int]] = field(default_factory=dict)
    commands: list[dict[str, str]] = field(default_factory=list)
    get_updates_calls: int = 0
    first_get_updates_at: float | None = None
    webhook: dict[str, Any] | None = None
    limits: bool = False

    def __post_init__(self) -> None:
        self.flood = FloodLimits() if self.limits else None
        self._update_id = 0
        self._message_id = 0
        # The inline keyboard each message has now (edits change or remove it): a press
        # carries the message as it is at that moment, as Telegram's does.
        self._keyboards: dict[tuple[int, int], Any] = {}
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        # Accepted calls by (chat, method), and every accepted message in order: waiting
        # for one chat's answers must not rescan every call (thousands in the benchmarks).
        self._accepted: dict[tuple[int, str], list[Sent]] = {}
        self.delivered: list[Sent] = []
        self._acks: list[Sent] = []
        self._failures: list[_Failure] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- server lifecycle ------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # --- what tests do ---------------------------------------------------------------------

    def _push(self, update: dict[str, Any]) -> None:
        self._update_id += 1
        update["update_id"] = self._update_id
        self.updates.append(update)
        self._new_update.set()

    def push_migration(self, old_id: int, new_id: int) -> None:
        """The service message Telegram posts in a group upgraded to a supergroup."""
        self._message_id += 1
        self._push(
            {
                "message": {
                    "message_id": self._message_id,
                    "date": int(time.time()),
                    "chat": {"id": old_id, "type": "group", "title": "Klasa 3b"},
                    "from": {"id": 1, "is_bot": False, "first_name": "Test"},
                    "migrate_to_chat_id": new_id,
                }
            }
        )

    def push_text(
        self, chat_id: int, text: str, *, user_id: int | None = None, chat_type: str | None = None
    ) -> None:
        kind = chat_type or ("private" if chat_id > 0 else "group")
        self._message_id += 1
        message: dict[str, Any] = {
            "message_id": self._message_id,
            "date": int(time.time()),
            "chat": {
                "id": chat_id,
                "type": kind,
                **({"title": "Klasa 3b"} if kind != "private" else {"first_name": "Test"}),
            },
            "from": {"id": user_id or abs(chat_id), "is_bot": False, "first_name": "Test"},
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self._push({"message": message})

    def _private_message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        self._message_id += 1
        return {
            "message_id": self._message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
            **content,
        }

    def push_edited(self, chat_id: int, text: str) -> None:
        """A resident edits a message they sent earlier (Telegram sends it again, changed)."""
        message = self._private_message(chat_id, text=text, edit_date=int(time.time()))
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self._push({"edited_message": message})

    def push_sticker(self, chat_id: int) -> None:
        sticker = {
            "file_id": "STICKER-1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "👮",
        }
        self._push({"message": self._private_message(chat_id, sticker=sticker)})

    def push_photo(self, chat_id: int, file_id: str, caption: str | None = None) -> None:
        sizes = [
            {"file_id": f"{file_id}-small", "file_unique_id": f"{file_id}s", "width": 90,
             "height": 60},
            {"file_id": file_id, "file_unique_id": f"{file_id}u", "width": 1280, "height": 853},
        ]
        extra = {"caption": caption} if caption else {}
        self._push({"message": self._private_message(chat_id, photo=sizes, **extra)})

    def push_location(self, chat_id: int, latitude: float, longitude: float) -> None:
        location = {"latitude": latitude, "longitude": longitude}
        self._push({"message": self._private_message(chat_id, location=location)})

    def push_button(
        self, chat_id: int, sent: Sent, callback_data: str, *, user_id: int | None = None
    ) -> None:
        """A press on a message sent to chat_id, carrying the message as it is now (its
        current keyboard); callback_data is whatever the client sends, on the keyboard or not
        (a forged press). user_id presses it from elsewhere (a forwarded message's keyboard)."""
        chat = (
            {"id": chat_id, "type": "private", "first_name": "Test"}
            if chat_id > 0
            else {"id": chat_id, "type": "supergroup", "title": "Klasa 3b"}
        )
        message = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            "text": sent.text,
        }
        keyboard = self._keyboards.get((chat_id, sent.message_id or 0))
        if keyboard:
            message["reply_markup"] = keyboard
        self._push(
            {
                "callback_query": {
                    "id": str(self._update_id + 1000),
                    "chat_instance": "ci",
                    "from": {"id": user_id or chat_id, "is_bot": False, "first_name": "Test"},
                    "message": message,
                    "data": callback_data,
                }
            }
        )

    def push_my_chat_member(self, chat_id: int, status: str, chat_type: str = "private") -> None:
        member: dict[str, Any] = {"user": BOT_USER, "status": status}
        if status == "kicked":
            member["until_date"] = 0
        self._push(
            {
                "my_chat_member": {
                    "chat": {"id": chat_id, "type": chat_type, "first_name": "Test"},
                    "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Test"},
                    "date": int(time.time()),
                    "old_chat_member": {"user": BOT_USER, "status": "member"},
                    "new_chat_member": member,
                }
            }
        )

    def fail_next(
        self,
        method: str,
        code: int,
        description: str,
        *,
        chat_id: int | None = None,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        count: int = 1,
    ) -> None:
        error = ApiError(code, description, retry_after, migrate_to_chat_id)
        self._failures.append(_Failure(method, chat_id, error, count))

    def sent_to(self, chat_id: int, method: str = "sendMessage") -> list[Sent]:
        """Calls that succeeded."""
        return list(self._accepted.get((chat_id, method), ()))

    def attempts(self, chat_id: int, method: str = "sendMessage") -> list[Sent]:
        """Calls made, refused ones included."""
        return [c for c in self.calls if c.chat_id == chat_id and c.method == method]

    async def _until(
        self, found: Callable[[], T | None], timeout: float, failure: Callable[[], str]
    ) -> T:
        """Waits for `found` to return something, looking again at every call the bot makes
        (and every 0.5 s: another waiter may have cleared the signal just before it came)."""
        deadline = time.monotonic() + timeout
        while (result := found()) is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(failure())
            self._new_call.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._new_call.wait(), min(remaining, 0.5))
        return result

    async def wait_for(
        self, chat_id: int, count: int, *, method: str = "sendMessage", timeout: float = 30.0
    ) -> list[Sent]:
        def enough() -> list[Sent] | None:
            sent = self.sent_to(chat_id, method)
            return sent if len(sent) >= count else None

        def failure() -> str:
            got = [c.text[:80] for c in self.sent_to(chat_id, method)]
            return f"expected {count} {method} to {chat_id}, got {got}"

        return await self._until(enough, timeout, failure)

    async def wait_for_text(
        self,
        chat_id: int,
        fragment: str,
        *,
        timeout: float = 30.0,
        since: int = 0,
        method: str = "sendMessage",
    ) -> Sent:
        """The first message with fragment among those sent after the first `since`."""

        def first() -> Sent | None:
            return next(
                (s for s in self.sent_to(chat_id, method)[since:] if fragment in s.text), None
            )

        def failure() -> str:
            got = [c.text[:80] for c in self.sent_to(chat_id)]
            return f"no message with {fragment!r} to {chat_id}; got {got}"

        return await self._until(first, timeout, failure)

    @property
    def acks(self) -> list[Sent]:
        """answerCallbackQuery calls: every press is acknowledged, forged ones included."""
        return list(self._acks)

    async def wait_for_acks(self, count: int, *, timeout: float = 30.0) -> list[Sent]:
        return await self._until(
            lambda: self.acks if len(self._acks) >= count else None,
            timeout,
            lambda: f"expected {count} answerCallbackQuery, got {len(self._acks)}",
        )

    async def press_unanswered(
        self, chat_id: int, sent: Sent, callback_data: str, *, user_id: int | None = None
    ) -> Sent:
        """Presses and waits for the acknowledgement; then checks, half a second on, that the
        press made the bot send nothing to chat_id. Returns the acknowledgement."""
        acks = len(self._acks)
        since = len(self.sent_to(chat_id))
        self.push_button(chat_id, sent, callback_data, user_id=user_id)
        ack = (await self.wait_for_acks(acks + 1))[acks]
        await asyncio.sleep(0.5)
        said = [c.text[:80] for c in self.sent_to(chat_id)[since:]]
        assert said == [], f"a press that should do nothing made the bot say {said}"
        return ack

    # --- the API ---------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data: dict[str, Any] = await request.json()
            return data
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):  # an uploaded file: kept whole for the tests
                params[key] = {"filename": value.filename, "content": value.file.read()}
                continue
            text = value if isinstance(value, str) else ""
            params[key] = json.loads(text) if key in JSON_FIELDS and text else text
        params.update({k: v for k, v in request.query.items() if k not in params})
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        try:
            self._inject_failure(method, params)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params)
        except ApiError as error:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.code,
                "description": error.description,
            }
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            if error.migrate_to_chat_id is not None:
                body["parameters"] = {"migrate_to_chat_id": error.migrate_to_chat_id}
            return web.json_response(body, status=error.code)
        return web.json_response({"ok": True, "result": result})

    def _inject_failure(self, method: str, params: dict[str, Any]) -> None:
        for failure in self._failures:
            chat_ok = failure.chat_id is None or str(failure.chat_id) == str(params.get("chat_id"))
            if failure.method == method and chat_ok and failure.count > 0:
                failure.count -= 1
                self._record(method, params, refused=failure.error.code)
                raise failure.error

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        message_id: int | None = None,
        refused: int | None = None,
    ) -> Sent:
        chat_id = int(params.get("chat_id", 0) or 0)
        sent = Sent(method, chat_id, params, time.monotonic(), message_id, refused)
        self.calls.append(sent)
        if refused is None:
            self._accepted.setdefault((chat_id, method), []).append(sent)
            if method == "sendMessage":
                self.delivered.append(sent)
        if method == "answerCallbackQuery":
            self._acks.append(sent)
        self._new_call.set()
        return sent

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **BOT_USER,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": params["url"], "secret_token": secret}
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.get_updates_calls += 1
        if self.first_get_updates_at is None:
            self.first_get_updates_at = time.monotonic()
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self._new_update.clear()
            timeout = float(params.get("timeout") or 0)
            try:
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 2.0))
            except asyncio.TimeoutError:
                return []
        limit = int(params.get("limit") or 100)
        return self.updates[:limit]

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        for command in params.get("commands", []):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        self.commands = list(params.get("commands", []))
        return True

    def _check_text_and_markup(self, params: dict[str, Any]) -> None:
        text = str(params.get("text", ""))
        visible = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(visible) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(
                        400, "Bad Request: text buttons are unallowed in the inline keyboard"
                    )

    def _admit(self, method: str, params: dict[str, Any]) -> None:
        if self.flood is None:
            return
        retry_after = self.flood.admit(int(params["chat_id"]))
        if retry_after is not None:
            self._record(method, params, refused=429)
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        self._check_text_and_markup(params)
        self._admit("sendMessage", params)
        text = params["text"]
        return self._delivered(
            "sendMessage",
            params,
            text=parse_html(text) if params.get("parse_mode") == "HTML" else text,
        )

    async def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        document = params.get("document")
        if not isinstance(document, dict) or not document.get("content"):
            raise ApiError(400, "Bad Request: there is no document in the request")
        caption = str(params.get("caption") or "")
        if params.get("parse_mode") == "HTML":
            parse_html(caption)
        self._admit("sendDocument", {**params, "text": caption})
        # Recorded with the caption as its text, like photos.
        file = {"file_id": f"DOC-{self._message_id + 1}", "file_unique_id": "d"}
        return self._delivered("sendDocument", {**params, "text": caption}, document=file)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("photo"):
            raise ApiError(400, "Bad Request: there is no photo in the request")
        caption = str(params.get("caption") or "")
        visible = parse_html(caption) if params.get("parse_mode") == "HTML" else caption
        if utf16_length(visible) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        self._admit("sendPhoto", {**params, "text": caption})
        # Recorded with the caption as its text, so tests read photos like messages.
        return self._delivered(
            "sendPhoto",
            {**params, "text": caption},
            photo=[
                {"file_id": str(params["photo"]), "file_unique_id": "u", "width": 1, "height": 1}
            ],
            caption=visible,
        )

    def _delivered(self, method: str, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        """Records a sent message and returns it as the Bot API would."""
        self._message_id += 1
        self._record(method, params, self._message_id)
        chat_id = int(params["chat_id"])
        if params.get("reply_markup"):
            self._keyboards[(chat_id, self._message_id)] = params["reply_markup"]
        return {
            "message_id": self._message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            **content,
        }

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        self._check_text_and_markup(params)
        self._record("editMessageText", params)
        self._set_keyboard(params)
        return True

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> bool:
        self._record("editMessageReplyMarkup", params)
        self._set_keyboard(params)
        return True

    def _set_keyboard(self, params: dict[str, Any]) -> None:
        """An edit without reply_markup removes the keyboard."""
        key = (int(params["chat_id"]), int(params["message_id"]))
        if params.get("reply_markup"):
            self._keyboards[key] = params["reply_markup"]
        else:
            self._keyboards.pop(key, None)

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        self._record("answerCallbackQuery", params)
        return True

    async def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        if params.get("action") not in {
            "typing",
            "upload_photo",
            "record_video",
            "upload_document",
        }:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        self._record("sendChatAction", params)
        return True

    async def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        self._record("getChatMember", params)
        status = "administrator" if user_id in self.admins.get(chat_id, set()) else "member"
        member: dict[str, Any] = {
            "user": {"id": user_id, "is_bot": False, "first_name": "Test"},
            "status": status,
        }
        if status == "administrator":
            member.update(
                {
                    k: True
                    for k in (
                        "can_be_edited",
                        "is_anonymous",
                        "can_manage_chat",
                        "can_delete_messages",
                        "can_manage_video_chats",
                        "can_restrict_members",
                        "can_promote_members",
                        "can_change_info",
                        "can_invite_users",
                        "can_post_stories",
                        "can_edit_stories",
                        "can_delete_stories",
                    )
                }
            )
            member["can_be_edited"] = False
            member["is_anonymous"] = False
        return member
