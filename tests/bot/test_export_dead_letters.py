"""`hamdel export dead-letters`: what was put aside, for people to look at."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from storage.database import Database
from storage.repositories import InboundUpdateRepository


def export(db: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HAMDEL_"))}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{db}"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "export", "dead-letters", *args],
        env=env,
        cwd=db.parent,  # no stray .env
        capture_output=True,
        check=True,
        timeout=120,
    )
    return done.stdout.decode()


async def test_export_dead_letters_as_json_and_csv(tmp_path: Path) -> None:
    db = tmp_path / "hamdel.db"
    unreadable = {"update_id": 109, "message": {"message_id": 1, "text": "x"}}
    database = Database(f"sqlite+aiosqlite:///{db}")
    await database.initialize()
    try:
        async with database.session() as session, session.begin():
            repository = InboundUpdateRepository(session)
            await repository.store(109, unreadable, dead_reason="unparseable: TypeError: no chat")
            await repository.store(110, {"update_id": 110, "message": {}})  # a live one
            await repository.store(111, {"update_id": 111, "message": {}})
            await repository.dead_letter(111, "failed 3 times: OperationalError")
    finally:
        await database.shutdown()
    rows = json.loads(export(db))
    assert [r["update_id"] for r in rows] == [109, 111]
    assert rows[0]["payload"] == unreadable and rows[0]["reason"].startswith("unparseable")
    assert rows[1]["reason"] == "failed 3 times: OperationalError" and rows[1]["dead_at"]
    table = list(csv.DictReader(io.StringIO(export(db, "--format", "csv"))))
    assert [int(r["update_id"]) for r in table] == [109, 111]
    assert json.loads(table[0]["payload"]) == unreadable
