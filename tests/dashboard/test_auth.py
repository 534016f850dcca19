"""Sign-in: one-time links, session cookies, 401 everywhere else, escaped quotes."""

from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.dashboard.routes import Dashboard
from storage.models import DashboardLink, DashboardSession
from tests.dashboard.conftest import SCRIPT, TOKEN, Clock, sign_in_as

Client = TestClient[web.Request, web.Application]
OPEN = {"/login", "/logout", "/static/fonts/{name}"}


def guarded_paths(client: Client) -> list[str]:
    """Every GET route except the sign-in page and fonts, as a concrete URL."""
    paths = []
    for route in client.app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter")
        if route.method == "GET" and path and path not in OPEN:
            paths.append(str(path).replace("{table}", "jobs"))
    return paths


async def test_every_page_and_api_route_answers_401_without_a_session(client: Client) -> None:
    paths = guarded_paths(client)
    assert {"/", "/jobs", "/handoffs", "/praise", "/api/jobs", "/api/handoffs"} <= set(paths)
    for path in paths:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Cookie": "hamdel_session=x"}):
            response = await client.get(path, headers=headers)
            assert response.status == 401, (path, headers)
        # The shared token in a query string is no longer a way in.
        assert (await client.get(path, params={"token": TOKEN})).status == 401


async def test_the_automation_token_works_only_as_a_bearer_header(client: Client) -> None:
    response = await client.get("/api/jobs", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status == 200
    assert len((await response.json())["jobs"]) == 7


async def test_a_link_signs_in_once_with_a_safe_cookie(
    client: Client, dashboard: Dashboard
) -> None:
    url = await dashboard.sign_in.create_link("reza")
    secret = url.split("t=", 1)[1]
    assert (
        await client.get("/login", params={"t": secret})
    ).status == 200  # a visit spends nothing
    first = await client.post("/login", data={"t": secret}, allow_redirects=False)
    assert first.status == 303
    cookie = first.cookies["hamdel_session"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]
    assert (await client.get("/")).status == 200
    client.session.cookie_jar.clear()
    again = await client.post("/login", data={"t": secret}, allow_redirects=False)
    assert again.status == 401 and "hamdel_session" not in again.cookies
    assert (await client.get("/")).status == 401


async def test_an_expired_link_is_refused(
    client: Client, dashboard: Dashboard, clock: Clock
) -> None:
    url = await dashboard.sign_in.create_link("reza")
    clock.advance(minutes=11)
    response = await client.post("/login", data={"t": url.split("t=", 1)[1]}, allow_redirects=False)
    assert response.status == 401
    assert (await client.get("/jobs")).status == 401


async def test_a_session_ends_when_it_expires_or_on_sign_out(
    client: Client, dashboard: Dashboard, clock: Clock
) -> None:
    await sign_in_as(client, dashboard, "sara")
    assert (await client.get("/handoffs")).status == 200
    clock.advance(hours=13)
    assert (await client.get("/handoffs")).status == 401
    clock.advance(hours=-13)
    assert (await client.post("/logout", allow_redirects=False)).status == 303
    assert (await client.get("/handoffs")).status == 401


async def test_expired_links_and_sessions_are_pruned_at_the_next_sign_in(
    client: Client, dashboard: Dashboard, clock: Clock
) -> None:
    await sign_in_as(client, dashboard, "sara")
    await dashboard.sign_in.create_link("sara")  # never used
    clock.advance(hours=13)
    await sign_in_as(client, dashboard, "reza")
    async with dashboard.database.session() as session:
        links = (await session.execute(select(DashboardLink))).scalars().all()
        sessions = (await session.execute(select(DashboardSession))).scalars().all()
    assert [s.owner_id for s in sessions] == ["reza"]
    assert [link.owner_id for link in links] == ["reza"] and links[0].used_at is not None


async def test_links_are_stored_only_as_hashes(dashboard: Dashboard) -> None:
    url = await dashboard.sign_in.create_link("reza")
    async with dashboard.database.session() as session:
        [row] = (await session.execute(select(DashboardLink))).scalars().all()
    assert url.split("t=", 1)[1] not in row.token_hash and len(row.token_hash) == 64


async def test_cookies_are_secure_behind_https(dashboard: Dashboard) -> None:
    dashboard.sign_in.base_url = "https://hamdel.example"
    app = web.Application()
    dashboard.mount(app)
    async with TestClient(TestServer(app)) as client:
        url = await dashboard.sign_in.create_link("reza")
        response = await client.post(
            "/login", data={"t": url.split("t=", 1)[1]}, allow_redirects=False
        )
        assert response.cookies["hamdel_session"]["secure"]


async def test_a_customers_script_stays_text(client: Client, dashboard: Dashboard) -> None:
    await sign_in_as(client, dashboard, "reza")
    for path in ("/jobs?period=all", "/handoffs"):
        body = await (await client.get(path)).text()
        assert "<script>" not in body, path
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body, path
    api = await (await client.get("/api/handoffs")).json()
    assert any(h["statement"] == SCRIPT for h in api["handoffs"])
