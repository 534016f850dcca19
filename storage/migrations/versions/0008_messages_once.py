"""messages once: an inbound channel message is stored once per customer (a unique index)

Revision ID: 0008_messages_once
Revises: 0007_send_pace
Create Date: 2026-11-25 22:40:00

The turn's duplicate check becomes the insert's ON CONFLICT DO NOTHING on this index,
one statement instead of a look-up and an insert. Outbound rows have no channel message
id (NULL), and NULLs never conflict, so only inbound ones are held to it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_messages_once"
down_revision: str | None = "0007_send_pace"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_messages_customer_id_channel_message_id_direction"
COLUMNS = ["customer_id", "channel_message_id", "direction"]


def upgrade() -> None:
    """Apply."""
    # The look-up before each insert kept duplicates out; should a race have let one in,
    # the first stored copy (the one every look-up returned) is the one kept.
    op.execute(
        sa.text(
            "DELETE FROM messages WHERE channel_message_id IS NOT NULL AND id NOT IN "
            "(SELECT MIN(id) FROM messages WHERE channel_message_id IS NOT NULL "
            "GROUP BY customer_id, channel_message_id, direction)"
        )
    )
    op.create_index(INDEX, "messages", COLUMNS, unique=True)


def downgrade() -> None:
    """Revert."""
    op.drop_index(INDEX, table_name="messages")
