"""The pages, the JSON API and the CSV exports, over real HTTP on seeded data."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml
from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.dashboard.groups import cluster
from bot.dashboard.routes import Dashboard
from tests.dashboard.conftest import TOKEN, sign_in_as

Client = TestClient[web.Request, web.Application]
ROOT = Path(__file__).resolve().parents[2]
BEARER = {"Authorization": f"Bearer {TOKEN}"}


async def test_overview_draws_weekly_svg_charts(client: Client, dashboard: Dashboard) -> None:
    await sign_in_as(client, dashboard, "reza")
    body = await (await client.get("/")).text()
    assert body.count("<svg") == 4 and "<script" not in body
    assert 'lang="fa" dir="rtl"' in body and "نمای کلی" in body  # Reza's first language
    rows = list(
        csv.DictReader(
            io.StringIO(
                (await (await client.get("/export/overview.csv")).read()).decode("utf-8-sig")
            )
        )
    )
    week = rows[-1]
    assert week["week"] == "2026-W48"
    assert (week["opened"], week["resolved"], week["satisfaction"]) == ("2", "1", "5.0")
    assert week["median_claim_hours"] == "0.5" and week["conversations"] == "1"


async def test_an_english_speaker_reads_left_to_right(client: Client, dashboard: Dashboard) -> None:
    dashboard.owners.owners["sara"] = dashboard.owners.owners["sara"].__class__(
        **{**dashboard.owners.owners["sara"].__dict__, "languages": ("en", "fa")}
    )
    await sign_in_as(client, dashboard, "sara")
    body = await (await client.get("/praise")).text()
    assert 'lang="en" dir="ltr"' in body and "Praise and ideas" in body


async def test_jobs_are_grouped_with_counts_trends_and_quotes(client: Client) -> None:
    groups = (await (await client.get("/api/groups", headers=BEARER)).json())["groups"]
    by_quote = {q: g for g in groups for q in g["quotes"]}
    fa = by_quote["سفارشم سه روز است که نرسیده و پیک جواب نمی‌دهد"]
    assert fa["count"] == 2 and fa["languages"] == ["fa"] and fa["trend"] == 2
    en = by_quote["you charged my card twice for the same invoice"]
    assert en["count"] == 2 and en["topics"] == ["billing"]
    assert sum(g["count"] for g in groups) == 7


async def test_filters_narrow_the_groups(client: Client, dashboard: Dashboard) -> None:
    await sign_in_as(client, dashboard, "reza")
    body = await (await client.get("/jobs", params={"language": "ar", "period": "7"})).text()
    assert "طلبي لم يصل" in body and "سفارشم" not in body and "charged" not in body
    assert '<option value="ar" selected>' in body
    topic = await (
        await client.get("/api/jobs", params={"topic": "billing"}, headers=BEARER)
    ).json()
    assert {j["topic"] for j in topic["jobs"]} == {"billing"} and len(topic["jobs"]) == 2
    old = await (await client.get("/api/jobs", params={"period": "7"}, headers=BEARER)).json()
    dashboard.sign_in.clock.advance(days=10)  # type: ignore[attr-defined]
    gone = await (await client.get("/api/jobs", params={"period": "7"}, headers=BEARER)).json()
    assert len(old["jobs"]) == 7 and gone["jobs"] == []


async def test_the_board_highlights_sla_breaches_and_shows_timelines(
    client: Client, dashboard: Dashboard
) -> None:
    await sign_in_as(client, dashboard, "reza")
    body = await (await client.get("/handoffs")).text()
    assert '<tr class="breach" id="h1">' in body and '<tr class="" id="h2">' in body
    assert "رضا کریمی" in body and "سارا احمدی" in body and "حل‌شده" in body  # Reza reads fa
    api = (await (await client.get("/api/handoffs", headers=BEARER)).json())["handoffs"]
    late, done = api
    assert late["sla_breach"] and late["waiting_hours"] == 5.0 and late["status"] == "open"
    assert [e["kind"] for e in done["timeline"]] == ["claimed", "resolved"]


async def test_praise_names_who_was_praised(client: Client, dashboard: Dashboard) -> None:
    await sign_in_as(client, dashboard, "reza")
    body = await (await client.get("/praise")).text()
    assert "سارا خیلی سریع پول را برگرداند" in body and "سارا احمدی" in body
    assert "let me track the courier on a map" in body


async def test_every_table_exports_csv_with_a_bom(client: Client) -> None:
    for table in ("jobs", "groups", "handoffs", "praise", "overview"):
        response = await client.get(f"/export/{table}.csv", headers=BEARER)
        raw = await response.read()
        assert response.status == 200 and raw.startswith("\ufeff".encode()), table
        assert response.headers["Content-Disposition"] == f'attachment; filename="{table}.csv"'
    jobs = (await (await client.get("/export/jobs.csv", headers=BEARER)).read()).decode("utf-8-sig")
    assert "طلبي لم يصل منذ ثلاثة أيام" in jobs
    assert (await client.get("/export/secrets.csv", headers=BEARER)).status == 404


async def test_every_documented_route_exists(client: Client) -> None:
    spec = yaml.safe_load((ROOT / "docs" / "openapi.yaml").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.")
    for path, methods in spec["paths"].items():
        for method in methods:
            url = path.replace("{table}", "jobs")
            response = await client.request(method.upper(), url, headers=BEARER)
            assert response.status == 200, path
            assert (await client.request(method.upper(), url)).status == 401, path
    served = {
        str(r.resource.canonical)
        for r in client.app.router.routes()
        if r.resource is not None and r.resource.canonical.startswith(("/api/", "/export/"))
    }
    assert served == set(spec["paths"])  # and nothing machine-readable goes undocumented


async def test_fonts_are_served_locally(client: Client) -> None:
    response = await client.get("/static/fonts/Vazirmatn-Regular.woff2")
    assert response.status == 200 and (await response.read())[:4] == b"wOF2"
    assert (await client.get("/static/fonts/..%2Fauth.py")).status == 404


def test_grouping_keeps_every_text_once_and_puts_paraphrases_together() -> None:
    texts = [
        "my order has not arrived yet",
        "my order still has not arrived",
        "the app crashes when I pay",
        "the app crashes every time I pay",
        "",
    ]
    groups = cluster(texts)
    assert sorted(i for g in groups for i in g.members) == list(range(5))
    together = {frozenset(g.members) for g in groups}
    assert frozenset({0, 1}) in together and frozenset({2, 3}) in together
