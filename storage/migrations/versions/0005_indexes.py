"""indexes for the scheduler's scan, staff threads, /forget cascades and pruning

Revision ID: 0005_indexes
Revises: 0003_outbox_attempts
Create Date: 2026-11-25 15:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_indexes"
down_revision: str | None = "0004_dashboard"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column): named by the naming convention, ix_<table>_<column>.
INDEXES = (
    ("customers", "chat_id"),
    ("inbound_updates", "processed_at"),
    ("outbox", "chat_id"),
    ("outbox", "customer_id"),
    ("outbox", "sent_at"),
    ("jobs", "customer_id"),
    ("feedback", "customer_id"),
    ("handoffs", "customer_id"),
    ("handoffs", "remind_at"),
    ("handoffs", "escalate_at"),
    ("handoffs", "followup_at"),
    ("handoffs", "staff_thread_id"),
    ("handoff_events", "handoff_id"),
)


def upgrade() -> None:
    """Apply."""
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    """Revert."""
    for table, column in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
