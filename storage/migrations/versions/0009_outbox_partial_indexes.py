"""outbox partial indexes: a queued reply writes no entry in the sent_at / about_customer_id indexes

Revision ID: 0009_outbox_partial_indexes
Revises: 0008_messages_once
Create Date: 2026-11-27 18:15:00

A customer's reply is queued with no ``sent_at`` and no ``about_customer_id`` (that is a
staff row's), yet each of the two indexes took a NULL entry for it: a page of SQLite's WAL
each, and a second one for ``sent_at`` when the NULL entry moved to the delivery time.
Only rows with a value are indexed now. The queries on them (pruning's ``sent_at < ?``,
forgetting's ``about_customer_id = ?``) imply IS NOT NULL, so both engines keep using them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_outbox_partial_indexes"
down_revision: str | None = "0008_messages_once"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("about_customer_id", "sent_at")


def upgrade() -> None:
    """Apply."""
    for column in COLUMNS:
        name = f"ix_outbox_{column}"
        where = sa.text(f"{column} IS NOT NULL")
        op.drop_index(name, table_name="outbox")
        op.create_index(name, "outbox", [column], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    """Revert."""
    for column in COLUMNS:
        name = f"ix_outbox_{column}"
        op.drop_index(name, table_name="outbox")
        op.create_index(name, "outbox", [column])
