"""dead letter notices: at most one staff notice a window per source, summed

Revision ID: 0011_dead_letter_notices
Revises: 0010_inbound_picked_at
Create Date: 2026-11-28 02:10:00

Every dead letter told a person (Round 23), so 200 unreadable updates (a Bot API/PTB
mismatch) sent 200 team-chat notices. One row per source ("team", or "chat:<id>" for one
customer) holds the last notice (its outbox row, when it was queued, how many dead letters
it tells of) and how many were put aside since, untold, with the summary that will tell of
them once the window is over (the scheduler); the row is locked (``FOR UPDATE``) by whoever
puts one aside, in that transaction, so processes sharing one PostgreSQL send one notice a
window between them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_dead_letter_notices"
down_revision: str | None = "0010_inbound_picked_at"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "dead_letter_notices",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("noticed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("waiting", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    """Revert."""
    op.drop_table("dead_letter_notices")
