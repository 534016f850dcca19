"""PTB's HTTP requests over aiohttp, for the Bot API calls the bot makes (sendMessage, …).

PTB's own ``HTTPXRequest`` spent about a fifth of the bot's CPU per message under load
(httpx + httpcore + anyio for each call); aiohttp, already the web server here, does the
same call for a fraction of it. Errors become PTB's ``TimedOut`` / ``NetworkError``, as
``HTTPXRequest`` raises them, so the outbox reads them the same way.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, cast

import aiohttp
from aiohttp.payload import BytesPayload
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

FORM_TYPE = "application/x-www-form-urlencoded"
# The Bot API puts the token in the path ("/bot<token>/sendMessage"): never in a message.
_TOKEN_IN_URL = re.compile(r"/bot[^/\s]+")
_ALWAYS_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_CHARACTERS_KEPT = 4096  # the quoted form of this many characters (a reply's alphabet: ~100)


class _Quoted(dict[int, str]):
    """Each character as ``urllib.parse.quote_plus`` writes it, worked out at first use."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _ALWAYS_SAFE:
            quoted = char
        elif char == " ":
            quoted = "+"
        else:  # its UTF-8 bytes, each %XX (a lone surrogate raises, as quote_plus does)
            quoted = "".join(f"%{byte:02X}" for byte in char.encode())
        if len(self) < _CHARACTERS_KEPT:
            self[code] = quoted
        return quoted


_QUOTED = _Quoted()


# A run of characters ``quote_plus`` writes as %XX: it starts and ends on one that is
# neither safe nor a space (a space between two safe words stays a space until the end).
_SAFE_CLASS = "A-Za-z0-9_.~\\-"
_QUOTED_RUN = re.compile(f"[^{_SAFE_CLASS} ](?:[^{_SAFE_CLASS}]*[^{_SAFE_CLASS} ])?")


def _hex_run(match: re.Match[str]) -> str:
    # Each UTF-8 byte as %XX (a space's "%20" becomes "+" below; a lone surrogate
    # raises UnicodeEncodeError, as quote_plus does).
    return "%" + match.group().encode().hex("%").upper()


def _quoted(text: str) -> str:
    """``urllib.parse.quote_plus(text)``. ASCII text: one ``str.translate`` look-up a
    character. Other text (a Persian or Arabic reply, ~2 UTF-8 bytes a letter): a
    character whose translation is several characters leaves ``translate``'s fast path,
    ~0.15 µs each; here each run of them is encoded and hex-written in C at once, and
    "%20" (only ever a space's bytes: every "%" starts one byte's triplet) and the spaces
    left between safe words become "+"."""
    if text.isascii():
        return text.translate(_QUOTED)
    return _QUOTED_RUN.sub(_hex_run, text).replace("%20", "+").replace(" ", "+")


def form_encoded(fields: dict[str, str]) -> str:
    """``urllib.parse.urlencode(fields)``, the same text, a fraction of the CPU: its
    ``quote_plus`` works byte by byte in Python (~20 µs for a Persian reply)."""
    return "&".join([f"{_quoted(key)}={_quoted(value)}" for key, value in fields.items()])


class AiohttpRequest(BaseRequest):
    """A ``BaseRequest`` on one aiohttp session with a bounded connection pool."""

    __slots__ = ("_connect", "_pool", "_read", "_session", "_size", "_write")

    def __init__(
        self,
        connection_pool_size: int = 16,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._size = connection_pool_size
        self._read, self._write = read_timeout, write_timeout
        self._connect, self._pool = connect_timeout, pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (PTB adds the long poll's own to it)."""
        return self._read

    async def initialize(self) -> None:
        """Open the session (inside the running loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._size)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _timeout(
        self,
        read: ODVInput[float],
        write: ODVInput[float],
        connect: ODVInput[float],
        pool: ODVInput[float],
    ) -> aiohttp.ClientTimeout:
        read_s = self._read if isinstance(read, DefaultValue) else read
        write_s = self._write if isinstance(write, DefaultValue) else write
        connect_s = self._connect if isinstance(connect, DefaultValue) else connect
        pool_s = self._pool if isinstance(pool, DefaultValue) else pool
        return _client_timeout(read_s, write_s, connect_s, pool_s)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One call to the Bot API: its HTTP status and body."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout)
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            said = _TOKEN_IN_URL.sub("/bot<token>", f"{error}")  # an invalid URL is echoed whole
            raise NetworkError(f"aiohttp.{type(error).__name__}: {said}") from error

    async def post_fields(self, url: str, fields: dict[str, Any]) -> Any:
        """``post`` of fields already in their final form (as ``RequestParameter`` makes
        them; no None, no file), without a ``RequestData`` built of ``RequestParameter``s:
        the same ``_request_wrapper`` (PTB's errors) and ``parse_json_payload``; the result."""
        form = cast(RequestData, _Fields(fields))  # all ``_body`` reads of a RequestData
        payload = await self._request_wrapper(url=url, method="POST", request_data=form)
        return self.parse_json_payload(payload)["result"]


class _Fields:
    """What ``_body`` reads of a ``RequestData`` (a final class): its fields, no files."""

    __slots__ = ("parameters",)
    multipart_data = None

    def __init__(self, fields: dict[str, Any]) -> None:
        self.parameters = fields


@lru_cache(maxsize=32)  # a handful of combinations; the same few on every call
def _client_timeout(
    read: float | None, write: float | None, connect: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    # aiohttp's ``connect`` covers waiting for a pooled connection and opening one.
    waiting = None if connect is None or pool is None else connect + pool
    # No write timeout of its own in aiohttp: the read one starts once the body is out.
    reading = None if read is None else read + (write or 0.0)
    return aiohttp.ClientTimeout(total=None, connect=waiting, sock_read=reading)


def _body(request_data: RequestData | None) -> Any:
    """Form fields as PTB encodes them (JSON for nested values), files as multipart."""
    if request_data is None:
        return None
    # ``json_parameters``, with each value encoded once (PTB's encodes a value twice); an
    # int (a chat's id) is its JSON already.
    fields = {
        name: value
        if isinstance(value, str)
        else str(value)
        if type(value) is int
        else json.dumps(value)
        for name, value in request_data.parameters.items()
    }
    files = request_data.multipart_data
    if not files:
        # The bytes aiohttp's FormData would make of ``fields``, without building one.
        return (
            BytesPayload(form_encoded(fields).encode(), content_type=FORM_TYPE) if fields else None
        )
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, *mime = part
        form.add_field(
            name,
            content,
            filename=filename,
            content_type=mime[0] if mime and mime[0] else "application/octet-stream",
        )
    return form
