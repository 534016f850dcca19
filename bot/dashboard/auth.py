"""Who may see the dashboard: one-time links from Telegram, then a session cookie.

Links and sessions are random secrets kept only as SHA-256 hashes, so a copy of the
database does not let anyone in. ``DASHBOARD_TOKEN`` is for automation and only counts as
an ``Authorization: Bearer`` header: query strings end up in proxy logs and histories.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.repositories import DashboardRepository

COOKIE = "hamdel_session"
AUTOMATION = "automation"  # the owner id a bearer token acts as: the whole team, no person

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock (tests inject their own)."""
    return datetime.now(UTC)


class SignIn:
    """Issues and redeems one-time links; resolves requests to a staff member."""

    def __init__(
        self,
        database: Database,
        *,
        base_url: str,
        link_ttl: timedelta = timedelta(minutes=10),
        session_ttl: timedelta = timedelta(hours=12),
        token: str | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.database = database
        self.base_url = base_url.rstrip("/")
        self.link_ttl = link_ttl
        self.session_ttl = session_ttl
        self.token = token
        self.clock = clock

    @property
    def secure(self) -> bool:
        """Cookies only over TLS when the public address is https."""
        return self.base_url.startswith("https://")

    async def create_link(self, owner_id: str, session: AsyncSession | None = None) -> str:
        """A fresh sign-in URL for ``owner_id`` (inside the caller's transaction if given)."""
        secret = secrets.token_urlsafe(32)
        expires = self.clock() + self.link_ttl
        if session is not None:
            await DashboardRepository(session).add_link(secret, owner_id, expires)
        else:
            async with self.database.session() as own, own.begin():
                await DashboardRepository(own).add_link(secret, owner_id, expires)
        return f"{self.base_url}/login?t={secret}"

    async def redeem(self, secret: str) -> tuple[str, str] | None:
        """(owner id, new session secret) for a valid unused link; the link is spent."""
        now = self.clock()
        async with self.database.writing() as session:
            repository = DashboardRepository(session)
            owner_id = await repository.use_link(secret, now)
            if owner_id is None:
                return None
            cookie = secrets.token_urlsafe(32)
            await repository.add_session(cookie, owner_id, now + self.session_ttl)
            await repository.prune(now)
        return owner_id, cookie

    async def who(self, request: web.Request) -> str | None:
        """The staff member behind a request, or None (then: 401)."""
        header = request.headers.get("Authorization", "")
        if self.token and header.startswith("Bearer "):
            given = header.removeprefix("Bearer ").strip()
            # As bytes: compare_digest refuses str with non-ASCII characters (a 500).
            same = hmac.compare_digest(
                given.encode("utf-8", "surrogatepass"), self.token.encode("utf-8", "surrogatepass")
            )
            return AUTOMATION if same else None
        cookie = request.cookies.get(COOKIE)
        if not cookie:
            return None
        async with self.database.session() as session:
            return await DashboardRepository(session).session_owner(cookie, self.clock())

    async def sign_out(self, request: web.Request) -> None:
        """Forget the session behind the request's cookie."""
        cookie = request.cookies.get(COOKIE)
        if cookie:
            async with self.database.writing() as session:
                await DashboardRepository(session).end_session(cookie)

    def set_cookie(self, response: web.StreamResponse, secret: str) -> None:
        """HttpOnly, SameSite=Lax, Secure behind TLS, as long as the session lasts."""
        response.set_cookie(
            COOKIE,
            secret,
            max_age=int(self.session_ttl.total_seconds()),
            httponly=True,
            samesite="Lax",
            secure=self.secure,
            path="/",
        )
