"""Tips: the catalogue, subscriptions and their deliveries, local alerts; outbox priority.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite cannot alter tables in place; elsewhere it is a plain ALTER TABLE.
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("priority", sa.Integer, nullable=False, server_default="0"))
    # The claim reads pending messages in this order and stops at its limit; the index on
    # (status, not_before) it replaces made SQLite sort the whole queue on every claim.
    op.drop_index("ix_outbox_status_not_before", "outbox")
    op.create_index(
        "ix_outbox_claim_order", "outbox", ["status", sa.text("priority DESC"), "id"]
    )

    op.create_table(
        "tips",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(80), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("audiences", sa.JSON, nullable=False),
        sa.Column("seasons", sa.JSON, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("checked", sa.Date, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("retired_at", UTCDateTime, nullable=True),
    )
    op.create_table(
        "tip_subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("audiences", sa.JSON, nullable=False),
        sa.Column("frequency", sa.String(20), nullable=False),
        sa.Column("hour", sa.Integer, nullable=False),
        sa.Column("school_name", sa.String(200), nullable=True),
        sa.Column("town", sa.String(100), nullable=True),
        sa.Column("class_label", sa.String(40), nullable=True),
        sa.Column("officer_code", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("ended_at", UTCDateTime, nullable=True),
        sa.Column("end_reason", sa.String(20), nullable=True),
        sa.Column("next_due_at", UTCDateTime, nullable=False),
        sa.Column("round", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_tip_id", sa.Integer, sa.ForeignKey("tips.id"), nullable=True),
    )
    op.create_index(
        "ix_tip_subscriptions_active_next_due_at", "tip_subscriptions", ["active", "next_due_at"]
    )
    op.create_index("ix_tip_subscriptions_officer_code", "tip_subscriptions", ["officer_code"])
    op.create_table(
        "tip_deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "subscription_id",
            sa.Integer,
            sa.ForeignKey("tip_subscriptions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("tip_id", sa.Integer, sa.ForeignKey("tips.id"), nullable=False),
        sa.Column("slot_at", UTCDateTime, nullable=False),
        sa.Column("round", sa.Integer, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint(
            "subscription_id", "slot_at", name="uq_tip_deliveries_subscription_slot"
        ),
    )
    op.create_index(
        "ix_tip_deliveries_subscription_round", "tip_deliveries", ["subscription_id", "round"]
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(32), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("street", sa.String(200), nullable=True),
        sa.Column("officer_code", sa.String(64), nullable=True),
        sa.Column("audience", sa.String(40), nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("matched", sa.Integer, nullable=False),
        sa.Column("queued", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_index("ix_tip_deliveries_subscription_round", "tip_deliveries")
    op.drop_table("tip_deliveries")
    op.drop_index("ix_tip_subscriptions_officer_code", "tip_subscriptions")
    op.drop_index("ix_tip_subscriptions_active_next_due_at", "tip_subscriptions")
    op.drop_table("tip_subscriptions")
    op.drop_table("tips")
    op.drop_index("ix_outbox_claim_order", "outbox")
    op.create_index("ix_outbox_status_not_before", "outbox", ["status", "not_before"])
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("priority")
