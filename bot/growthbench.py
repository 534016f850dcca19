"""Growth (part of ``make bench``): does a turn slow down as the database fills up?

A SQLite database is filled with ``size`` stored messages of earlier customers (20 each,
half of them answered: with their conversations, their processed updates and their
sent outbox rows), then the load benchmark's scenario runs on it. The figure is the
turn time per size and the ratio of the largest to the smallest. Run alone:
``python -m bot.growthbench --sizes 10000,1000000``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bot.loadbench import LANGUAGES, real_rows, scenario
from storage.database import Database
from storage.models import Conversation, Customer, InboundUpdate, Message, OutboxMessage

PER_CUSTOMER = 20  # stored messages per earlier customer
BATCH = 500  # earlier customers per transaction
SEEDED_UPDATES = 10**12  # far above the update ids the fake Bot API gives the new customers


def _customer_rows(first: int, count: int, now: datetime) -> dict[type, list[dict[str, Any]]]:
    """Rows for earlier customers ``first`` … ``first + count - 1`` (ids chosen here)."""
    rows: dict[type, list[dict[str, Any]]] = {
        Customer: [],
        Conversation: [],
        Message: [],
        InboundUpdate: [],
        OutboxMessage: [],
    }
    for number in range(first, first + count):
        chat = 9_000_000 + number
        rows[Customer].append(
            {"id": number, "channel": "telegram", "external_id": str(chat), "chat_id": chat}
        )
        rows[Conversation].append(
            {"customer_id": number, "status": "closed", "stage": "closed", "state": {}}
        )
        for turn in range(PER_CUSTOMER // 2):
            update = SEEDED_UPDATES + number * PER_CUSTOMER + turn
            said = f"earlier message {turn} of customer {number}"
            rows[Message].append({"customer_id": number, "direction": "in", "text": said})
            rows[Message].append({"customer_id": number, "direction": "out", "text": said})
            rows[InboundUpdate].append(
                {"update_id": update, "payload": {"update_id": update}, "processed_at": now}
            )
            rows[OutboxMessage].append(
                {
                    "chat_id": chat,
                    "customer_id": number,
                    "text": said,
                    "status": "sent",
                    "sent_at": now,
                }
            )
    for table in rows.values():
        for row in table:
            row.setdefault("created_at", now)
    return rows


async def seed(url: str, messages: int) -> None:
    """Fill a fresh database with ``messages`` stored messages of earlier customers."""
    database = Database(url)
    await database.initialize()
    now = datetime.now(UTC)
    try:
        customers = max(1, messages // PER_CUSTOMER)
        for first in range(1, customers + 1, BATCH):
            rows = _customer_rows(first, min(BATCH, customers + 1 - first), now)
            async with database.writing() as session:
                for model, table in rows.items():
                    await session.execute(insert(model), table)
    finally:
        await database.shutdown()


async def growth_figures(sizes: list[int], customers: int = 1) -> dict[str, Any]:
    """Turn times on SQLite with each number of stored messages; the slowdown."""
    rows = {language: real_rows(language) for language in LANGUAGES}
    scratch = Path(tempfile.mkdtemp(prefix="hamdel-growth-"))
    figures: dict[str, Any] = {"backend": "sqlite+embedded", "customers": customers}
    for size in sizes:
        url = f"sqlite+aiosqlite:///{scratch / f'growth{size}.db'}"
        start = time.perf_counter()
        await seed(url, size)
        seeded = round(time.perf_counter() - start, 1)
        result = await scenario(url, customers, rows)
        figures[str(size)] = {
            "seed_s": seeded,
            "turn_ms": result["turn_ms"],
            "lost": result["lost"],
        }
    small, large = str(min(sizes)), str(max(sizes))
    if small != large and figures[small]["turn_ms"] and figures[large]["turn_ms"]:
        figures["p50_ratio"] = round(
            figures[large]["turn_ms"]["p50"] / figures[small]["turn_ms"]["p50"], 2
        )
    return figures


def main() -> None:
    """Print the growth figures as one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,1000000", help="stored messages")
    parser.add_argument("--customers", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    figures = asyncio.run(growth_figures(sizes, args.customers))
    print(json.dumps({"growth": figures}, ensure_ascii=False))


if __name__ == "__main__":
    main()
