"""inbound picked_at: a re-pick of a stuck update is a claim, one attempt per grace period

Revision ID: 0010_inbound_picked_at
Revises: 0009_outbox_partial_indexes
Create Date: 2026-11-27 23:00:00

The running process's re-pick (``bot.telegram.repick``) took the updates an outage left
unanswered under a leader lock held for one look only: two processes could each take the
same stuck update at different looks and each count an attempt, reaching the cap sooner.
``picked_at`` records when an update was last taken up; a re-pick claims it with one
conditional UPDATE (not picked within the grace period), so a second process skips it.
No index: the re-pick's query is already narrowed by ``processed_at IS NULL``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_inbound_picked_at"
down_revision: str | None = "0009_outbox_partial_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table("inbound_updates") as batch:
        batch.add_column(sa.Column("picked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("inbound_updates") as batch:
        batch.drop_column("picked_at")
