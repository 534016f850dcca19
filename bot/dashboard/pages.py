"""The dashboard's HTML: escaped everywhere, right-to-left for Persian and Arabic staff."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any
from urllib.parse import urlencode

from bot.dashboard.charts import bars
from bot.dashboard.data import LANGUAGES, PERIODS, SENTIMENTS, Filters
from bot.dashboard.i18n import direction, t

NAV = (("/", "overview"), ("/jobs", "jobs"), ("/handoffs", "handoffs"), ("/praise", "praise"))
STYLE = """
@font-face{font-family:"Vazirmatn";src:url(/static/fonts/Vazirmatn-Regular.woff2) format("woff2")}
@font-face{font-family:"Vazirmatn";font-weight:bold;
src:url(/static/fonts/Vazirmatn-Bold.woff2) format("woff2")}
body{font-family:"Vazirmatn","Noto Naskh Arabic","DejaVu Sans",system-ui,sans-serif;margin:1.5rem;
max-width:76rem}
nav a{margin-inline-end:1rem} nav a.on{font-weight:bold}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}
td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:#f4f4f4} .n{text-align:end} tr.breach td{background:#fde8e8}
.badge{background:#c53030;color:#fff;border-radius:.3rem;padding:0 .3rem}
.chart{max-width:40rem;display:block;margin-bottom:1rem} form.f{margin-bottom:1rem}
blockquote{margin:.2rem 0;padding-inline-start:.6rem;border-inline-start:3px solid #ccc}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def layout(language: str, active: str, body: str, who: str) -> str:
    """The frame every page shares: nav, who is signed in, sign-out."""
    links = "".join(
        f'<a href="{href}" class="{"on" if key == active else ""}">{_e(t(language, key))}</a>'
        for href, key in NAV
    )
    return (
        f'<!doctype html><html lang="{language}" dir="{direction(language)}"><head>'
        f'<meta charset="utf-8"><title>{_e(t(language, active))} · {_e(t(language, "title"))}'
        f"</title><style>{STYLE}</style></head><body><header><nav>{links}</nav>"
        f"<p><small>{_e(t(language, 'signed_in', name=who))}</small> "
        f'<form method="post" action="/logout" style="display:inline">'
        f'<button type="submit">{_e(t(language, "sign_out"))}</button></form></p></header>'
        f"<main><h1>{_e(t(language, active))}</h1>{body}</main></body></html>"
    )


def login(language: str, secret: str | None, error: bool) -> str:
    """The sign-in page: a button, so link previews that fetch the URL don't spend it."""
    inner = (
        f"<p>{_e(t(language, 'login_bad'))}</p>"
        if error
        else f'<form method="post" action="/login"><input type="hidden" name="t" '
        f'value="{_e(secret)}"><button id="sign-in" type="submit">'
        f"{_e(t(language, 'login_button'))}</button></form>"
    )
    return (
        f'<!doctype html><html lang="{language}" dir="{direction(language)}"><head>'
        f'<meta charset="utf-8"><title>{_e(t(language, "login_title"))}</title>'
        f"<style>{STYLE}</style></head><body><h1>{_e(t(language, 'login_title'))}</h1>"
        f"{inner}</body></html>"
    )


def table(language: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain table; every cell escaped and given its own direction."""
    if not rows:
        return f"<p>{_e(t(language, 'empty'))}</p>"
    head = "".join(f"<th>{_e(t(language, h))}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td dir="auto">{_e(c)}</td>' for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _export(language: str, name: str, query: str = "") -> str:
    href = f"/export/{name}.csv" + (f"?{query}" if query else "")
    return f'<p><a class="export" href="{_e(href)}">{_e(t(language, "export"))} ({name})</a></p>'


def overview(language: str, data: dict[str, Any]) -> str:
    """Weekly charts and the same numbers as a table."""
    weeks = data["weeks"]
    labels = [w["week"][5:] for w in weeks]

    def col(key: str) -> list[Any]:
        return [w[key] for w in weeks]

    charts = [
        bars(
            t(language, "conversations"),
            labels,
            [(t(language, "conversations"), col("conversations"))],
        ),
        bars(
            t(language, "handoff_flow"),
            labels,
            [(t(language, k), col(k)) for k in ("opened", "claimed", "resolved")],
        ),
        bars(
            t(language, "median_claim"),
            labels,
            [
                (t(language, "median_claim"), col("median_claim_hours")),
                (t(language, "median_resolve"), col("median_resolve_hours")),
            ],
        ),
        bars(
            t(language, "satisfaction"),
            labels,
            [(t(language, "satisfaction"), col("satisfaction"))],
        ),
    ]
    keys = ("week", "conversations", "opened", "claimed", "resolved")
    rows = [
        [w[k] for k in keys]
        + [w["median_claim_hours"], w["median_resolve_hours"], w["satisfaction"]]
        for w in weeks
    ]
    headers = (*keys, "median_claim", "median_resolve", "satisfaction")
    return (
        "".join(
            f"<h2>{_e(chart.split('<title>')[1].split('</title>')[0])}</h2>{chart}"
            for chart in charts
        )
        + table(language, headers, rows)
        + _export(language, "overview")
    )


def _select(language: str, name: str, value: str | None, options: Sequence[tuple[str, str]]) -> str:
    opts = "".join(
        f'<option value="{_e(v)}"{" selected" if v == (value or "") else ""}>{_e(label)}</option>'
        for v, label in options
    )
    return f'<label>{_e(t(language, name))} <select name="{name}">{opts}</select></label> '


def filters_form(language: str, filters: Filters, topics: Sequence[str]) -> str:
    """Topic, language, sentiment and period, as a GET form (bookmarkable)."""
    anyone = ("", t(language, "any"))
    periods = [
        (p, t(language, "days", n=p) if p != "all" else t(language, "all_time")) for p in PERIODS
    ]
    return (
        '<form class="f" method="get" action="/jobs">'
        + _select(language, "topic", filters.topic, [anyone, *((x, x) for x in topics)])
        + _select(language, "language", filters.language, [anyone, *((x, x) for x in LANGUAGES)])
        + _select(language, "sentiment", filters.sentiment, [anyone, *((x, x) for x in SENTIMENTS)])
        + _select(language, "period", filters.period, periods)
        + f'<button id="apply" type="submit">{_e(t(language, "apply"))}</button></form>'
    )


def query_of(filters: Filters) -> str:
    """The filters as a query string, for export links."""
    values = {
        "topic": filters.topic,
        "language": filters.language,
        "sentiment": filters.sentiment,
        "period": filters.period,
    }
    return urlencode({k: v for k, v in values.items() if v})


def jobs(
    language: str, filters: Filters, groups: list[dict[str, Any]], topics: Sequence[str]
) -> str:
    """Groups of similar jobs with count, trend and verbatim quotes."""
    parts = [filters_form(language, filters, topics)]
    if not groups:
        parts.append(f"<p>{_e(t(language, 'empty'))}</p>")
    parts.append('<table id="groups"><tr>')
    parts.append(
        "".join(f"<th>{_e(t(language, h))}</th>" for h in ("group", "count", "trend", "quotes"))
    )
    parts.append("</tr>")
    for group in groups:
        trend = f"{group['trend']:+d}"
        quotes = "".join(f'<blockquote dir="auto">{_e(q)}</blockquote>' for q in group["quotes"])
        parts.append(
            f'<tr class="group"><td>{group["id"]}<br><small>{_e(", ".join(group["topics"]))} · '
            f'{_e(", ".join(group["languages"]))}</small></td><td class="n">{group["count"]}</td>'
            f'<td class="n" dir="ltr">{_e(trend)}</td><td>{quotes}</td></tr>'
        )
    parts.append("</table>")
    query = query_of(filters)
    parts.append(_export(language, "groups", query) + _export(language, "jobs", query))
    return "".join(parts)


def _timeline(events: list[dict[str, Any]]) -> str:
    items = "".join(
        f"<li>{_e(e['at'][:16].replace('T', ' '))} {_e(e['kind'])} · {_e(e['actor'])}</li>"
        for e in events
    )
    return f"<ol>{items}</ol>" if items else ""


def handoffs(language: str, rows: list[dict[str, Any]]) -> str:
    """The board: one section per owner, past-SLA requests highlighted, timelines folded."""
    if not rows:
        return f"<p>{_e(t(language, 'empty'))}</p>" + _export(language, "handoffs")
    parts: list[str] = []
    owner = None
    heads = ("status", "topic", "words", "waiting", "timeline")
    for row in rows:
        if row["owner"] != owner:
            if owner is not None:
                parts.append("</table>")
            owner = row["owner"]
            parts.append(f"<h2>{_e(owner or t(language, 'nobody'))}</h2><table><tr><th>#</th>")
            parts.append("".join(f"<th>{_e(t(language, h))}</th>" for h in heads) + "</tr>")
        breach = row["sla_breach"] and row["status"] != "resolved"
        badge = f' <span class="badge">{_e(t(language, "breach"))}</span>' if breach else ""
        parts.append(
            f'<tr class="{"breach" if breach else ""}" id="h{row["id"]}"><td>{row["id"]}</td>'
            f"<td>{_e(t(language, row['status']))}{badge}</td><td>{_e(row['topic'])}</td>"
            f'<td dir="auto">{_e(row["statement"])}</td><td class="n">{row["waiting_hours"]} h</td>'
            f"<td><details><summary>{len(row['timeline'])}</summary>"
            f"{_timeline(row['timeline'])}</details></td></tr>"
        )
    parts.append("</table>")
    return "".join(parts) + _export(language, "handoffs")


def praise(language: str, rows: list[dict[str, Any]]) -> str:
    """Praise and ideas, verbatim, with who was praised."""
    body = table(
        language,
        ("kind", "language", "words", "praised"),
        [
            (r["kind"], r["language"], r["quote"], r["praised"] or t(language, "nobody"))
            for r in rows
        ],
    )
    return body + _export(language, "praise")
