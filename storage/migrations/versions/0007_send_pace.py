"""send pace: Telegram's sending limits shared by every process on one PostgreSQL

Revision ID: 0007_send_pace
Revises: 0006_staff_messages
Create Date: 2026-11-25 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_send_pace"
down_revision: str | None = "0006_staff_messages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "send_pace",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("free_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_send_pace")),
    )
    op.create_index(op.f("ix_send_pace_free_at"), "send_pace", ["free_at"])


def downgrade() -> None:
    """Revert."""
    op.drop_index(op.f("ix_send_pace_free_at"), table_name="send_pace")
    op.drop_table("send_pace")
