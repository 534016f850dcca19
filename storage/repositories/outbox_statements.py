"""The outbox's hot statements that answer more than a plain insert or update, built once."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, case, exists, insert, literal_column, or_, select, update

from storage.models import OutboxMessage

UNSENT = ("pending", "sending")


def _mark_sent_statement() -> Any:
    # The Core table, not the entity: a list of parameters then runs as one executemany.
    outbox = cast(Table, OutboxMessage.__table__)
    table = outbox.c
    return (
        update(outbox)
        .where(
            table.id == bindparam("row_id"),
            or_(table.status == UNSENT[0], table.status == UNSENT[1]),  # no IN: executemany
        )
        .values(
            status="sent",
            sent_at=bindparam("at", type_=table.sent_at.type),
            channel_message_id=bindparam("message_id"),
            attempts=table.attempts + 1,
        )
    )


MARK_SENT = _mark_sent_statement()  # built once: marks are on every message's path
# The same mark, answering whether the row's chat has a row pending (the settle's question:
# its next message waits), so the settle needs no read of its own. Literal columns: in a
# RETURNING clause SQLAlchemy renders columns unqualified, which would compare the
# subquery's chat with itself.
MARK_SENT_WAITING = _mark_sent_statement().returning(
    exists(
        select(literal_column("1"))
        .select_from(cast(Table, OutboxMessage.__table__).alias("waiting"))
        .where(
            literal_column("waiting.chat_id") == literal_column("outbox.chat_id"),
            literal_column("waiting.status") == "pending",
        )
    )
)


def _taken_insert_statement() -> Any:
    """A row inserted 'sending' (claimed, ``b_now`` its attempt) when no row of its chat
    is pending or being sent, else 'pending' as ever: the claim's own condition (never
    ahead of an older row of the chat), decided by the insert; built once."""
    outbox = cast(Table, OutboxMessage.__table__)
    older = outbox.alias("older")
    unsent = exists(
        select(older.c.id).where(
            older.c.chat_id == bindparam("b_chat"),
            or_(older.c.status == UNSENT[0], older.c.status == UNSENT[1]),  # no IN to expand
        )
    )
    now = bindparam("b_now", type_=outbox.c.attempted_at.type)
    return (
        insert(outbox)
        .values(
            status=case((unsent, UNSENT[0]), else_=UNSENT[1]),
            attempted_at=case((unsent, None), else_=now),
        )
        .returning(outbox.c.id, outbox.c.status)
    )


TAKEN = _taken_insert_statement()
