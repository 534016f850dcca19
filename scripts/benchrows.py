"""``python scripts/benchrows.py DB``: every row of a bench's SQLite database, one line a
row, table by table in insertion order, with what differs run to run masked (columns named
``*_at``, timestamps in text, epoch seconds in the state, a message's ``date``).

An identity check end to end (round 29): the load bench with one customer is the same
conversation every run (``bot.loadbench``: the draws are seeded, one customer sends in
turn), and its database is left in ``/tmp/hamdel-bench-db-*/bench1.db``; two checkouts'
dumps, ``cmp`` equal, stored the same rows (updates, messages, states, outbox texts).
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys

STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?")
EPOCH = re.compile(r"\d{10}\.\d+")
DATE = re.compile(r'(\\?"date\\?": )\d+')


def main() -> None:
    database = sqlite3.connect(sys.argv[1])
    tables = database.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'alembic%' "
        "ORDER BY name"
    )
    for (table,) in tables.fetchall():
        columns = [row[1] for row in database.execute(f"PRAGMA table_info({table})")]
        kept = [c for c in columns if not c.endswith("_at")]
        for row in database.execute(f"SELECT {', '.join(kept)} FROM {table} ORDER BY rowid"):
            line = json.dumps(dict(zip(kept, row, strict=True)), ensure_ascii=False, default=str)
            print(table, EPOCH.sub("T", STAMP.sub("TS", DATE.sub(r"\1D", line))))


if __name__ == "__main__":
    main()
