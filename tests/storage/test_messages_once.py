"""Migration 0008: an inbound channel message is stored once (both engines)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

from storage.database import alembic_config

INDEX = "ix_messages_customer_id_channel_message_id_direction"


def _migrate(connection: Connection, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


def _messages(connection: Connection) -> list[tuple[int, str, int | None, str | None]]:
    rows = connection.execute(
        text("SELECT id, direction, channel_message_id, text FROM messages ORDER BY id")
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


def _seed_duplicates(connection: Connection) -> None:
    connection.execute(
        text(
            "INSERT INTO customers (id, channel, external_id, created_at) "
            "VALUES (1, 'telegram', '1', CURRENT_TIMESTAMP)"
        )
    )
    for row_id, direction, channel_id, body in [
        (1, "in", 7, "first"),
        (2, "in", 7, "again"),  # the same channel message stored twice by a race
        (3, "out", None, "reply"),
        (4, "out", None, "reply"),  # outbound rows have no channel id: never duplicates
        (5, "in", 8, "other"),
    ]:
        connection.execute(
            text(
                "INSERT INTO messages (id, customer_id, direction, kind, text, "
                "channel_message_id, created_at) VALUES (:id, 1, :d, 'text', :t, :c, "
                "CURRENT_TIMESTAMP)"
            ),
            {"id": row_id, "d": direction, "t": body, "c": channel_id},
        )


async def test_migration_keeps_the_first_copy_and_indexes_it(database_url: str) -> None:
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_migrate, "0007_send_pace")
            await connection.run_sync(_seed_duplicates)
            await connection.run_sync(_migrate, "head")
            assert await connection.run_sync(_messages) == [
                (1, "in", 7, "first"),
                (3, "out", None, "reply"),
                (4, "out", None, "reply"),
                (5, "in", 8, "other"),
            ]
            indexes = await connection.run_sync(
                lambda sync: {i["name"]: i for i in inspect(sync).get_indexes("messages")}
            )
            assert indexes[INDEX]["unique"]
            await connection.run_sync(_migrate, "0007_send_pace", down=True)
            names = await connection.run_sync(
                lambda sync: {i["name"] for i in inspect(sync).get_indexes("messages")}
            )
            assert INDEX not in names
    finally:
        await engine.dispose()
