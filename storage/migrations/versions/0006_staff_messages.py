"""staff messages: what each message sent to staff stands for (replaces card_message_ids)

Revision ID: 0006_staff_messages
Revises: 0004_dashboard
Create Date: 2026-11-25 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_staff_messages"
down_revision: str | None = "0005_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "staff_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("handoff_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["handoff_id"],
            ["handoffs.id"],
            name=op.f("fk_staff_messages_handoff_id_handoffs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_messages")),
    )
    op.create_index(
        "ix_staff_messages_chat_id_message_id",
        "staff_messages",
        ["chat_id", "message_id"],
        unique=False,
    )
    # Never written; staff_messages records what each staff message stands for instead.
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        batch_op.drop_column("card_message_ids")


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("card_message_ids", sa.JSON(), nullable=True))
    op.drop_index("ix_staff_messages_chat_id_message_id", table_name="staff_messages")
    op.drop_table("staff_messages")
