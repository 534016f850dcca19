"""Migration 0009: a queued reply takes no entry in outbox's sent_at and about_customer_id
indexes (a WAL page each on SQLite), and the queries on them still use them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, text

from storage.database import Database
from storage.models import OutboxMessage

PARTIAL = {"ix_outbox_about_customer_id": "about_customer_id", "ix_outbox_sent_at": "sent_at"}


async def test_the_two_indexes_hold_only_rows_with_a_value(database: Database) -> None:
    catalog = (
        "SELECT sql FROM sqlite_master WHERE name = :name"
        if database.is_sqlite
        else "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
    )
    async with database.engine.connect() as connection:
        for name, column in PARTIAL.items():
            sql = str(await connection.scalar(text(catalog), {"name": name}))
            assert f"{column} IS NOT NULL" in sql.replace("(", "").replace(")", ""), sql


async def test_pruning_and_forgetting_still_search_by_index(database: Database) -> None:
    if not database.is_sqlite:
        return  # PostgreSQL's plans depend on its statistics; the predicate is the same
    dialect = database.engine.dialect
    statements = {
        "ix_outbox_sent_at": delete(OutboxMessage).where(
            OutboxMessage.sent_at < datetime(2026, 1, 1, tzinfo=UTC)
        ),
        "ix_outbox_about_customer_id": delete(OutboxMessage).where(
            OutboxMessage.about_customer_id == 7
        ),
    }
    async with database.engine.connect() as connection:
        for name, statement in statements.items():
            compiled = statement.compile(dialect=dialect)
            params = [compiled.params[key] for key in compiled.positiontup or []]
            explain = f"EXPLAIN QUERY PLAN {compiled.string}"
            plan = (await connection.exec_driver_sql(explain, tuple(params))).all()
            assert any(name in str(row[-1]) for row in plan), plan
