"""outbox attempts: at-most-once delivery, staff rows, who a staff row is about

Revision ID: 0003_outbox_attempts
Revises: 0001
Create Date: 2026-11-25 14:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_outbox_attempts"
down_revision: str | None = "0002_dead_letters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        # When the last send began: a row left 'sending' by a kill becomes 'uncertain'.
        batch_op.add_column(sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=True))
        # 'customer' or 'staff': staff rows may be combined into one message per chat.
        batch_op.add_column(
            sa.Column("audience", sa.String(length=8), nullable=False, server_default="customer")
        )
        # The customer a staff row quotes or names, so /forget can find it.
        batch_op.add_column(sa.Column("about_customer_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_outbox_about_customer_id", ["about_customer_id"], unique=False)


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_about_customer_id")
        batch_op.drop_column("about_customer_id")
        batch_op.drop_column("audience")
        batch_op.drop_column("attempted_at")
