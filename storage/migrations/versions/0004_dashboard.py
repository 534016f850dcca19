"""dashboard sign-in links, sessions and the weekly digest schedule

Revision ID: 0004_dashboard
Revises: 0003_outbox_attempts
Create Date: 2026-11-25 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_dashboard"
down_revision: str | None = "0003_outbox_attempts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    for table in ("dashboard_links", "dashboard_sessions"):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("token_hash", sa.String(length=64), nullable=False),
            sa.Column("owner_id", sa.String(length=64), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
            *(
                [sa.Column("used_at", sa.DateTime(timezone=True), nullable=True)]
                if table == "dashboard_links"
                else []
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint("token_hash", name=op.f(f"uq_{table}_token_hash")),
        )
    op.create_table(
        "digest_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_runs")),
        sa.UniqueConstraint("due_at", name=op.f("uq_digest_runs_due_at")),
    )


def downgrade() -> None:
    """Revert."""
    op.drop_table("digest_runs")
    op.drop_table("dashboard_sessions")
    op.drop_table("dashboard_links")
