"""Consents to the privacy notice, by notice version.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.models import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("notice_version", sa.String(32), nullable=False),
        sa.Column("given_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("chat_id", "notice_version", name="uq_consent_version"),
    )
    op.create_index("ix_consents_chat_id", "consents", ["chat_id"])


def downgrade() -> None:
    op.drop_index("ix_consents_chat_id", "consents")
    op.drop_table("consents")
