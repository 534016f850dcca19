"""CSV downloads: UTF-8 with a byte-order mark so spreadsheets read Persian and Arabic right."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from aiohttp import web

BOM = "\ufeff"


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> bytes:
    """Rows as CSV bytes; lists and dicts become JSON inside their cell."""
    fields = list(columns or (rows[0].keys() if rows else []))
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for k, v in row.items()
            }
        )
    return buffer.getvalue().encode("utf-8")


def csv_response(name: str, rows: Sequence[dict[str, Any]]) -> web.Response:
    """A download named ``name``.csv."""
    return web.Response(
        body=to_csv(rows),
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="{name}.csv"',
        },
    )
