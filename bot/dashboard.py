"""The staff dashboard: what customers struggle with, what they are trying to get done,
and who owns what. Plain HTML (direction follows each line's own script), token-protected.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from storage.database import Database
from storage.repositories import InsightsRepository

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hamdel · what customers struggle with</title>
<style>
body{{font-family:system-ui,"Vazirmatn","Noto Naskh Arabic",sans-serif;margin:2rem;max-width:72rem}}
table{{border-collapse:collapse;width:100%;margin-bottom:2rem}}
td,th{{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:start;vertical-align:top}}
th{{background:#f5f5f5}} h2{{margin-top:2rem}} .n{{text-align:end}}
</style></head><body>
<h1>What customers struggle with</h1>
<p>Average satisfaction: {satisfaction}</p>
<h2>Topics and feelings (handoffs)</h2>
<table><tr><th>topic</th><th>sentiment</th><th class="n">requests</th></tr>{struggles}</table>
<h2>Jobs to be done, in customers' words</h2>
<table><tr><th>#</th><th>language</th><th>topic</th><th>statement</th></tr>{jobs}</table>
<h2>Open requests</h2>
<table><tr><th>#</th><th>owner</th><th>status</th><th>topic</th><th>waiting</th></tr>{handoffs}</table>
<h2>Praise and ideas</h2>
<table><tr><th>kind</th><th>language</th><th>words</th></tr>{feedback}</table>
</body></html>"""


def _row(*cells: object) -> str:
    return "<tr>" + "".join(f'<td dir="auto">{escape(str(c))}</td>' for c in cells) + "</tr>"


def _waiting(since: datetime) -> str:
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    minutes = int((datetime.now(UTC) - since).total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


async def render(database: Database) -> str:
    """The dashboard page."""
    async with database.session() as session:
        insights = InsightsRepository(session)
        struggles = await insights.struggles()
        jobs = await insights.recent_jobs()
        handoffs = await insights.open_handoffs()
        feedback = await insights.recent_feedback()
        average, ratings = await insights.satisfaction()
    satisfaction = f"{average:.1f} / 5 from {ratings} ratings" if average else "no ratings yet"
    return _PAGE.format(
        satisfaction=escape(satisfaction),
        struggles="".join(_row(t, s, n) for t, s, n in struggles),
        jobs="".join(_row(j.id, j.language, j.topic or "other", j.statement) for j in jobs),
        handoffs="".join(
            _row(h.id, h.owner_id, h.status, h.topic or "other", _waiting(h.created_at))
            for h in handoffs
        ),
        feedback="".join(_row(f.kind, f.language, f.quote) for f in feedback),
    )
