"""The request an outbox message is about, so that deleting a resident's data withdraws every
notification of theirs still waiting (the dedup key named only some of them).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("request_id", sa.Integer, nullable=True))
    op.create_index("ix_outbox_request_id", "outbox", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_request_id", "outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("request_id")
