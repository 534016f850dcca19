"""How the fake Bot API misbehaves on demand: queued faults and seeded random ones."""

from __future__ import annotations

import asyncio
import random
import threading
from dataclasses import dataclass, field

from aiohttp import web

TIMEOUT = 0  # an injected "error code": the request hangs until the client gives up


@dataclass
class Fault:
    """The next ``count`` calls of a method fail with ``error_code``."""

    error_code: int
    retry_after: int | None
    description: str | None
    count: int


@dataclass
class Chaos:
    """Random faults on some methods: a seeded share of calls fails in one of ``kinds``."""

    methods: frozenset[str]
    rate: float
    kinds: tuple[int, ...]
    rng: random.Random
    hang: float
    injected: list[tuple[str, int]] = field(default_factory=list)  # (method, kind)

    async def maybe_fail(self, method: str, lock: threading.Lock) -> web.Response | None:
        """A failure for this call, or None to answer it normally."""
        if method not in self.methods:
            return None
        with lock:
            if self.rng.random() >= self.rate:
                return None
            kind = self.rng.choice(self.kinds)
            self.injected.append((method, kind))
        if kind == TIMEOUT:  # the client times out first; the request is never carried out
            await asyncio.sleep(self.hang)
            return web.Response(status=504, text="Gateway Timeout")
        return fault_response(Fault(kind, 1, None, 1))


def error_response(code: int, description: str) -> web.Response:
    """An error as Telegram words it."""
    return web.json_response(
        {"ok": False, "error_code": code, "description": description}, status=code
    )


def fault_response(fault: Fault) -> web.Response:
    """What Telegram answers for this fault (429 with retry_after, a bare 5xx, or an error)."""
    if fault.error_code == 429:
        wait = fault.retry_after or 1
        return web.json_response(
            {
                "ok": False,
                "error_code": 429,
                "description": fault.description or f"Too Many Requests: retry after {wait}",
                "parameters": {"retry_after": wait},
            },
            status=429,
        )
    if fault.error_code >= 500:
        return web.Response(status=fault.error_code, text="Bad Gateway")
    return error_response(fault.error_code, fault.description or "Bad Request: injected")
