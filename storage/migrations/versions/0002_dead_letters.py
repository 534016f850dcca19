"""dead letters: attempts and a dead-letter mark on inbound updates

Revision ID: 0002_dead_letters
Revises: 0001
Create Date: 2026-11-25 14:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_dead_letters"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table("inbound_updates") as batch:
        batch.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("dead_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("dead_reason", sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("inbound_updates") as batch:
        batch.drop_column("dead_reason")
        batch.drop_column("dead_at")
        batch.drop_column("attempts")
