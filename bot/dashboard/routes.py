"""The dashboard's routes on the bot's own aiohttp server (or alone: ``hamdel dashboard``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.dashboard import data, pages
from bot.dashboard.auth import AUTOMATION, SignIn
from bot.dashboard.export import csv_response
from bot.owners import OwnersDirectory
from storage.database import Database

Handler = Callable[[web.Request, str], Awaitable[web.StreamResponse]]
FONTS = Path(__file__).resolve().parent / "static" / "fonts"
HEADERS = {
    # No scripts at all; the sign-in secret never leaks through a Referer header.
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
    "script-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}
UNAUTHORIZED = "401: sign in by sending /dashboard to the bot"


class Dashboard:
    """Pages, JSON API and CSV exports, each behind a session or the automation token."""

    def __init__(
        self, database: Database, owners: OwnersDirectory, sign_in: SignIn, default_lang: str
    ) -> None:
        self.database = database
        self.owners = owners
        self.sign_in = sign_in
        self.default_lang = default_lang

    def mount(self, app: web.Application) -> None:
        """Add every route to ``app``."""
        guarded: dict[str, Handler] = {
            "/": self.overview_page,
            "/dashboard": self.overview_page,
            "/jobs": self.jobs_page,
            "/handoffs": self.handoffs_page,
            "/praise": self.praise_page,
            "/api/jobs": self.api_jobs,
            "/api/groups": self.api_groups,
            "/api/handoffs": self.api_handoffs,
            "/export/{table}.csv": self.export,
        }
        for path, handler in guarded.items():
            app.router.add_get(path, self._guard(handler))
        app.router.add_get("/login", self.login_page)
        app.router.add_post("/login", self.login)
        app.router.add_post("/logout", self.logout)
        app.router.add_get("/static/fonts/{name}", self.font)

    def _guard(self, handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def guarded(request: web.Request) -> web.StreamResponse:
            who = await self.sign_in.who(request)
            if who is None:
                return web.Response(status=401, text=UNAUTHORIZED, headers=HEADERS)
            response = await handler(request, who)
            response.headers.update(HEADERS)
            return response

        return guarded

    def language_of(self, who: str) -> str:
        """The staff member's first language in owners.yml."""
        owner = self.owners.get(who)
        return owner.languages[0] if owner and owner.languages else self.default_lang

    def name_of(self, who: str) -> str:
        """A staff member's name in their own language."""
        owner = self.owners.get(who)
        if owner is None:
            return who if who == AUTOMATION else "?"
        return owner.name_in(self.language_of(who))

    def _html(self, who: str, active: str, body: str) -> web.Response:
        html = pages.layout(self.language_of(who), active, body, self.name_of(who))
        return web.Response(text=html, content_type="text/html")

    async def overview_page(self, _request: web.Request, who: str) -> web.Response:
        """Weekly charts."""
        found = await data.overview(self.database, self.sign_in.clock())
        return self._html(who, "overview", pages.overview(self.language_of(who), found))

    async def jobs_page(self, request: web.Request, who: str) -> web.Response:
        """Grouped jobs with filters."""
        filters = data.Filters.parse(request.query)
        now = self.sign_in.clock()
        groups = await data.job_groups(self.database, filters, now)
        topics = await self._topics()
        body = pages.jobs(self.language_of(who), filters, groups, topics)
        return self._html(who, "jobs", body)

    async def _topics(self) -> list[str]:
        everything = await data.jobs_table(
            self.database, data.Filters(period="all"), self.sign_in.clock()
        )
        return sorted({str(j["topic"]) for j in everything})

    async def handoffs_page(self, _request: web.Request, who: str) -> web.Response:
        """The board."""
        language = self.language_of(who)
        rows = await data.board(self.database, self.owners, self.sign_in.clock())
        for row in rows:  # names as the reader spells them (سارا احمدی for a Persian reader)
            owner = self.owners.get(row["owner_id"] or "")
            row["owner"] = owner.name_in(language) if owner else row["owner"]
        return self._html(who, "handoffs", pages.handoffs(language, rows))

    async def praise_page(self, _request: web.Request, who: str) -> web.Response:
        """Praise and ideas."""
        language = self.language_of(who)
        rows = await data.praise(self.database, self.owners)
        for row in rows:
            owner = self.owners.get(row["praised_id"] or "")
            row["praised"] = owner.name_in(language) if owner else row["praised"]
        return self._html(who, "praise", pages.praise(language, rows))

    async def _rows(self, table: str, request: web.Request) -> list[dict[str, Any]] | None:
        now = self.sign_in.clock()
        filters = data.Filters.parse(request.query)
        if table == "jobs":
            return await data.jobs_table(self.database, filters, now)
        if table == "groups":
            return await data.job_groups(self.database, filters, now)
        if table == "handoffs":
            return await data.board(self.database, self.owners, now)
        if table == "praise":
            return await data.praise(self.database, self.owners)
        if table == "overview":
            return list((await data.overview(self.database, now))["weeks"])
        return None

    async def api_jobs(self, request: web.Request, _who: str) -> web.Response:
        """Job records as JSON."""
        return web.json_response({"jobs": await self._rows("jobs", request)})

    async def api_groups(self, request: web.Request, _who: str) -> web.Response:
        """Job groups as JSON."""
        return web.json_response({"groups": await self._rows("groups", request)})

    async def api_handoffs(self, request: web.Request, _who: str) -> web.Response:
        """Requests with timelines as JSON."""
        return web.json_response({"handoffs": await self._rows("handoffs", request)})

    async def export(self, request: web.Request, _who: str) -> web.Response:
        """Any table as CSV."""
        table = request.match_info["table"]
        rows = await self._rows(table, request)
        if rows is None:
            raise web.HTTPNotFound()
        if table == "handoffs":
            rows = [{k: v for k, v in r.items() if k != "timeline"} for r in rows]
        return csv_response(table, rows)

    async def login_page(self, request: web.Request) -> web.Response:
        """The page a sign-in link opens (a button spends the link, not the visit)."""
        secret = request.query.get("t", "")
        html = pages.login(self.default_lang, secret, error=not secret)
        return web.Response(text=html, content_type="text/html", headers=HEADERS)

    async def login(self, request: web.Request) -> web.StreamResponse:
        """Spend a link, open a session, go to the overview."""
        form = await request.post()
        redeemed = await self.sign_in.redeem(str(form.get("t", "")))
        if redeemed is None:
            html = pages.login(self.default_lang, None, error=True)
            return web.Response(status=401, text=html, content_type="text/html", headers=HEADERS)
        _owner, cookie = redeemed
        response = web.Response(status=303, headers={"Location": "/"})
        self.sign_in.set_cookie(response, cookie)
        response.headers.update(HEADERS)
        return response

    async def logout(self, request: web.Request) -> web.StreamResponse:
        """End the session."""
        await self.sign_in.sign_out(request)
        response = web.Response(status=303, headers={"Location": "/login"})
        response.del_cookie("hamdel_session", path="/")
        return response

    async def font(self, request: web.Request) -> web.StreamResponse:
        """A font shipped with the bot (no CDN)."""
        name = request.match_info["name"]
        path = FONTS / name
        if "/" in name or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Cache-Control": "max-age=86400"})
