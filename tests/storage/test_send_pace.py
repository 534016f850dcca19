"""The shared send pace on PostgreSQL: slots taken by one transaction bind the next one.

Limits are chosen so far apart (a slot every 100 s, 1000 s between sends to one chat) that
no amount of machine slowness between the statements can free a slot: nothing is timed.
"""

from __future__ import annotations

import os

from storage.database import Database
from storage.models import SendPace
from storage.repositories import Pace, SendPaceRepository
from tests.postgres import PostgresServer


async def pg(postgres_server: PostgresServer, name: str) -> Database:
    database = Database(postgres_server.create_database(f"hamdel_pace_{name}_{os.getpid()}"))
    await database.initialize()
    return database


async def admit(database: Database, chats: list[int], pace: Pace) -> tuple[list[int], float | None]:
    """One claim's admission, committed (as a sender's pass would)."""
    async with database.writing() as session:
        return await SendPaceRepository(session).admit(chats, pace)


async def test_the_bot_wide_clock_admits_one_slot_then_holds_every_transaction(
    postgres_server: PostgresServer,
) -> None:
    database = await pg(postgres_server, "global")
    slow = Pace(per_second=0.01, private_interval=0.0, group_interval=0.0)
    try:
        admitted, wait = await admit(database, [1, 2, 3], slow)
        assert admitted == [1] and wait is not None and wait > 90  # the next slot in ~100 s
        again, wait_again = await admit(database, [2, 3], slow)  # another pass, or process
        assert again == [] and wait_again is not None and wait_again > 90
    finally:
        await database.shutdown()


async def test_each_chat_has_its_own_interval_and_slots_gone_by_are_deleted(
    postgres_server: PostgresServer,
) -> None:
    database = await pg(postgres_server, "chats")
    per_chat = Pace(per_second=0.0, private_interval=1000.0, group_interval=1000.0)
    try:
        assert (await admit(database, [7, -8], per_chat))[0] == [7, -8]
        admitted, wait = await admit(database, [7, 9], per_chat)
        assert admitted == [9] and wait is not None and wait > 900  # chat 7 waits its turn
        async with database.writing() as session:  # two slots gone by
            for chat in (7, -8):
                row = await session.get(SendPace, chat)
                assert row is not None
                row.free_at = row.free_at.replace(year=2000)
        assert (await admit(database, [7], per_chat))[0] == [7]  # free again, taken again
        async with database.session() as session:
            row = await session.get(SendPace, 7)
            assert row is not None and row.free_at.year > 2000
            assert await session.get(SendPace, -8) is None  # deleted as it went by
    finally:
        await database.shutdown()
