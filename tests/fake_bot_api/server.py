"""A fake Telegram Bot API on aiohttp: the network edge we cannot reach in tests.

It answers like Telegram (shapes, errors, validation), keeps every call for assertions,
lets tests inject updates, and can misbehave on demand (429, 5xx, slow, blocked users).
Runs in the test's event loop (``async with FakeBotAPI()``) or in a thread of its own
(``start_in_thread()``) when the bot under test is another process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
import time
from collections import defaultdict
from typing import Any

from aiohttp import web

from tests.fake_bot_api import validation
from tests.fake_bot_api.faults import TIMEOUT, Chaos, Fault, fault_response
from tests.fake_bot_api.faults import error_response as _error
from tests.fake_bot_api.updates import UpdateFactory

BOT_ID = 7000001
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Hamdel", "username": "hamdel_test_bot"}


class FakeBotAPI(UpdateFactory):
    """A Bot API server for one bot token."""

    def __init__(self, token: str = "123:ABC") -> None:
        super().__init__()
        self.token = token
        self.bot_id = BOT_ID
        self.calls: list[tuple[str, dict[str, Any], float]] = []
        self.confirmed_offset = 0
        self.documents: dict[int, list[bytes]] = defaultdict(list)
        self._updates: list[dict[str, Any]] = []
        self._faults: dict[str, list[Fault]] = defaultdict(list)
        self._slow: dict[str, float] = {}
        self._blocked: set[int] = set()
        self._chaos: Chaos | None = None
        self._calmed: list[tuple[str, int]] = []
        self.forums: set[int] = set()  # supergroups with topics enabled
        self.no_reactions: set[int] = set()  # chats whose admins turned reactions off
        self._message_ids: dict[int, int] = defaultdict(lambda: 1000)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._stopping = False
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ---- lifecycle --------------------------------------------------------------------
    @property
    def url(self) -> str:
        """Where the server listens."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """What to give PTB as ``base_url`` (it appends the token)."""
        return f"{self.url}/bot"

    async def start(self) -> None:
        """Listen on a free port in the current event loop."""
        self._loop = asyncio.get_running_loop()
        self._new_update = asyncio.Event()
        self._stopping = False
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        """Stop listening; a long poll waiting for updates is answered at once, not waited out."""
        self._stopping = True
        if self._new_update is not None:
            self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def start_in_thread(self) -> None:
        """Run in a background thread (for a bot running in another process)."""
        ready = threading.Event()

        def serve() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self.start())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self.stop())
            loop.close()

        self._thread = threading.Thread(target=serve, daemon=True, name="fake-bot-api")
        self._thread.start()
        ready.wait(10)

    def stop_thread(self) -> None:
        """Stop the background thread."""
        self._stopping = True
        if self._loop is not None and self._new_update is not None:
            self._loop.call_soon_threadsafe(self._new_update.set)
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    # ---- controls ---------------------------------------------------------------------
    def unconfirmed(self) -> int:
        """How many pushed updates the bot has not confirmed yet (by a later offset)."""
        with self._lock:
            return sum(u["update_id"] >= self.confirmed_offset for u in self._updates)

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (the same one twice simulates a duplicate delivery)."""
        with self._lock:
            self._updates.append(update)
        if self._loop is not None and self._new_update is not None:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return int(update["update_id"])

    def fail_next(
        self,
        method: str,
        error_code: int = 429,
        retry_after: int | None = None,
        description: str | None = None,
        count: int = 1,
    ) -> None:
        """The next ``count`` calls of ``method`` fail like Telegram does."""
        self._faults[method].append(Fault(error_code, retry_after, description, count))

    def chaos(
        self,
        methods: set[str],
        rate: float,
        *,
        kinds: tuple[int, ...] = (429, 500, 502, TIMEOUT),
        seed: int = 0,
        hang: float = 6.0,
    ) -> None:
        """From now on a ``rate`` share of calls to ``methods`` fails: 429 (retry after 1 s),
        a 5xx, or ``TIMEOUT`` (no answer for ``hang`` seconds, then 504, nothing done)."""
        self._chaos = Chaos(frozenset(methods), rate, kinds, random.Random(seed), hang)

    def calm(self) -> None:
        """Stop injecting random faults (what was injected stays in ``injected``)."""
        if self._chaos is not None:
            self._calmed.extend(self._chaos.injected)
        self._chaos = None

    @property
    def injected(self) -> list[tuple[str, int]]:
        """(method, kind) of every random fault so far."""
        return [*self._calmed, *(self._chaos.injected if self._chaos else [])]

    def slow(self, method: str, seconds: float) -> None:
        """Answer ``method`` only after ``seconds``."""
        self._slow[method] = seconds

    def block(self, chat_id: int) -> None:
        """The user behind ``chat_id`` blocked the bot."""
        self._blocked.add(chat_id)

    def reactions_to(self, chat_id: int) -> list[tuple[int, str]]:
        """(message id, emoji) of each reaction set in a chat, in order."""
        return [
            (int(p["message_id"]), str(r.get("emoji")))
            for p in self.sent_to(chat_id, "setMessageReaction")
            for r in p.get("reaction") or []
        ]

    # ---- inspection -------------------------------------------------------------------
    def calls_to(self, method: str) -> list[tuple[str, dict[str, Any], float]]:
        """Every call of ``method``, successful or not."""
        with self._lock:
            return [c for c in self.calls if c[0] == method]

    def messages_to(self, chat_id: int) -> list[str]:
        """Texts successfully sent to a chat, in order."""
        with self._lock:
            return [
                str(params.get("text"))
                for method, params, _ in self.calls
                if method == "sendMessage"
                and params.get("_ok")
                and str(params.get("chat_id")) == str(chat_id)
            ]

    def sent_to(self, chat_id: int, method: str = "sendMessage") -> list[dict[str, Any]]:
        """Parameters of successful calls of ``method`` to a chat."""
        with self._lock:
            return [
                p
                for m, p, _ in self.calls
                if m == method and p.get("_ok") and str(p.get("chat_id")) == str(chat_id)
            ]

    def documents_to(self, chat_id: int) -> list[bytes]:
        """Files uploaded to a chat."""
        return list(self.documents.get(chat_id, []))

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 10) -> list[str]:
        """The chat's texts once there are at least ``count`` of them."""
        deadline = time.monotonic() + timeout
        while True:
            texts = self.messages_to(chat_id)
            if len(texts) >= count:
                return texts
            if time.monotonic() > deadline:
                raise AssertionError(f"chat {chat_id} got {len(texts)} of {count}: {texts}")
            await asyncio.sleep(0.05)

    def wait_for_messages_blocking(
        self, chat_id: int, count: int, timeout: float = 10
    ) -> list[str]:
        """The same, for tests whose bot runs in another process."""
        deadline = time.monotonic() + timeout
        while True:
            texts = self.messages_to(chat_id)
            if len(texts) >= count:
                return texts
            if time.monotonic() > deadline:
                raise AssertionError(f"chat {chat_id} got {len(texts)} of {count}: {texts}")
            time.sleep(0.05)

    # ---- the API ----------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _read_params(request)
        if method in self._slow:
            await asyncio.sleep(self._slow[method])
        record: dict[str, Any] = dict(params)
        with self._lock:
            self.calls.append((method, record, time.monotonic()))
        chaos = self._chaos
        fault = self._take_fault(method) or (
            await chaos.maybe_fail(method, self._lock) if chaos else None
        )
        if fault is not None:
            return fault
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found")
        try:
            result = await handler(params)
        except validation.BadRequest as error:
            return _error(error.code, error.description)
        record["_ok"] = True
        record["_result"] = result  # what the bot got back (a sent message's real id)
        return web.json_response({"ok": True, "result": result})

    def _take_fault(self, method: str) -> web.Response | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        fault.count -= 1
        if fault.count <= 0:
            queue.pop(0)
        return fault_response(fault)

    def _message(self, chat_id: int, **fields: Any) -> dict[str, Any]:
        with self._lock:
            self._message_ids[chat_id] += 1
            message_id = self._message_ids[chat_id]
        chat_type = "private" if chat_id > 0 else "supergroup"
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type},
            "from": BOT_USER,
            **{k: v for k, v in fields.items() if v is not None},
        }

    def _chat(self, params: dict[str, Any]) -> int:
        chat_id = validation.chat_id(params)
        if chat_id in self._blocked:
            raise validation.BadRequest("Forbidden: bot was blocked by the user", 403)
        return chat_id

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return {
            **BOT_USER,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if offset:
                    self.confirmed_offset = max(self.confirmed_offset, offset)
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = self._updates[:limit]
            if ready or time.monotonic() >= deadline or self._stopping:
                return ready
            assert self._new_update is not None
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        text = validation.message_text(params)
        markup = validation.reply_markup(params)
        # Telegram echoes only inline keyboards in the sent message (not ForceReply).
        inline = markup if isinstance(markup, dict) and "inline_keyboard" in markup else None
        return self._message(chat_id, text=text, reply_markup=inline)

    async def _api_editMessageText(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        text = validation.message_text(params)
        validation.required(params, "message_id")
        markup = validation.reply_markup(params)
        # Telegram echoes only inline keyboards in the sent message (not ForceReply).
        inline = markup if isinstance(markup, dict) and "inline_keyboard" in markup else None
        return self._message(chat_id, text=text, reply_markup=inline)

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        validation.required(params, "message_id")
        return self._message(chat_id, reply_markup=validation.reply_markup(params))

    async def _api_setMessageReaction(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        listed = validation.reaction(params)
        if chat_id in self.no_reactions and listed:
            raise validation.BadRequest("Bad Request: REACTION_INVALID")
        message_id = int(params["message_id"])
        sent = message_id <= self._message_ids[chat_id] and message_id > 1000
        if (chat_id, message_id) not in self.known_messages and not sent:
            raise validation.BadRequest("Bad Request: message to react not found")
        return True

    async def _api_sendChatAction(self, params: dict[str, Any]) -> Any:
        self._chat(params)
        validation.required(params, "action")
        return True

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        validation.required(params, "callback_query_id")
        if len(str(params.get("text") or "")) > 200:
            raise validation.BadRequest("Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        validation.commands(params)
        return True

    async def _api_getMyCommands(self, params: dict[str, Any]) -> Any:
        return []

    async def _api_deleteMyCommands(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> Any:
        validation.required(params, "url")
        return True

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    async def _api_forwardMessage(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        validation.required(params, "from_chat_id", "message_id")
        return self._message(chat_id, text="(forwarded)")

    async def _api_copyMessage(self, params: dict[str, Any]) -> Any:
        self._chat(params)
        validation.required(params, "from_chat_id", "message_id")
        with self._lock:
            self._message_ids[0] += 1
            return {"message_id": self._message_ids[0]}

    async def _api_sendDocument(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        document = validation.required(params, "document")
        if isinstance(document, bytes):
            self.documents[chat_id].append(document)
        document_info = {"file_id": "DOC-1", "file_unique_id": "DOCU-1"}
        return self._message(chat_id, document=document_info, caption=params.get("caption"))

    async def _api_sendPhoto(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        validation.required(params, "photo")
        photo = [{"file_id": "PHOTO-1", "file_unique_id": "PU-1", "width": 10, "height": 10}]
        return self._message(chat_id, photo=photo)

    async def _api_sendVoice(self, params: dict[str, Any]) -> Any:
        chat_id = self._chat(params)
        validation.required(params, "voice")
        return self._message(
            chat_id, voice={"file_id": "V-1", "file_unique_id": "VU-1", "duration": 1}
        )

    async def _api_createForumTopic(self, params: dict[str, Any]) -> Any:
        validation.required(params, "chat_id", "name")
        if validation.chat_id(params) not in self.forums:
            raise validation.BadRequest("Bad Request: the chat is not a forum")
        with self._lock:
            self._message_ids[-1] += 1
            return {
                "message_thread_id": self._message_ids[-1],
                "name": params["name"],
                "icon_color": 7322096,
            }

    async def _api_getChat(self, params: dict[str, Any]) -> Any:
        chat_id = validation.chat_id(params)
        chat: dict[str, Any] = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id in self.forums:
            chat["is_forum"] = True
        # Bot API 7.3+: getChat answers a ChatFullInfo.
        return {**chat, "accent_color_id": 0, "max_reaction_count": 11}

    async def _api_close(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_logOut(self, params: dict[str, Any]) -> Any:
        return True


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Parameters from JSON, form or multipart bodies and the query string.

    PTB posts form fields whose non-string values are JSON-encoded, and files as
    multipart parts; both are decoded here.
    """
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        body = await request.read()
        if body:
            params.update(json.loads(body))
        return params
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if part.name is None:
                continue
            data = await part.read()  # type: ignore[union-attr]
            if part.filename:  # type: ignore[union-attr]
                params[part.name] = bytes(data)
            else:
                params[part.name] = _decode(data.decode())
        for key, value in list(params.items()):  # "attach://name" points at another part
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = params.get(value.removeprefix("attach://"), value)
        return params
    form = await request.post()
    for key, value in form.items():
        params[key] = _decode(value) if isinstance(value, str) else value
    return params


def _decode(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value
