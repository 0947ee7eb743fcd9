"""Requests: officer roles and link codes, residents' requests with photos and messages,
officers' pending inputs, photos in the outbox.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.db.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite cannot alter tables in place; elsewhere it is a plain ALTER TABLE.
    with op.batch_alter_table("officers") as batch:
        batch.add_column(
            sa.Column("role", sa.String(20), nullable=False, server_default="dzielnicowy")
        )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("photo", sa.String(300), nullable=True))

    op.create_table(
        "officer_link_codes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "officer_id",
            sa.Integer,
            sa.ForeignKey("officers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("expires_at", UTCDateTime, nullable=False),
        sa.Column("used_at", UTCDateTime, nullable=True),
    )
    op.create_table(
        "registration_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
    )
    op.create_index(
        "ix_registration_failures_chat_id_at", "registration_failures", ["chat_id", "at"]
    )
    op.create_table(
        "service_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("resident_chat_id", sa.BigInteger, nullable=False),
        sa.Column("officer_id", sa.Integer, sa.ForeignKey("officers.id"), nullable=True),
        sa.Column("handler_officer_id", sa.Integer, sa.ForeignKey("officers.id"), nullable=True),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("police_units.id"), nullable=True),
        sa.Column("place", sa.String(300), nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("category", sa.String(60), nullable=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("when_text", sa.String(200), nullable=True),
        sa.Column("contact", sa.String(200), nullable=True),
        sa.Column("contact_consent_at", UTCDateTime, nullable=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="new"),
        sa.Column("close_status", sa.String(30), nullable=True),
        sa.Column("closing_note", sa.Text, nullable=True),
        sa.Column(
            "accepted_by_officer_id", sa.Integer, sa.ForeignKey("officers.id"), nullable=True
        ),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("accepted_at", UTCDateTime, nullable=True),
        sa.Column("closed_at", UTCDateTime, nullable=True),
        sa.Column("accept_due", UTCDateTime, nullable=False),
        sa.Column("close_due", UTCDateTime, nullable=False),
        sa.Column("accept_reminded_at", UTCDateTime, nullable=True),
        sa.Column("close_reminded_at", UTCDateTime, nullable=True),
        sa.Column("accept_escalated_at", UTCDateTime, nullable=True),
        sa.Column("close_escalated_at", UTCDateTime, nullable=True),
    )
    op.create_index(
        "ix_service_requests_resident_chat_id", "service_requests", ["resident_chat_id"]
    )
    op.create_index(
        "ix_service_requests_handler_status", "service_requests", ["handler_officer_id", "status"]
    )
    op.create_index(
        "ix_service_requests_status_created_at", "service_requests", ["status", "created_at"]
    )
    op.create_table(
        "request_photos",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("service_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("file_id", sa.String(300), nullable=False),
    )
    op.create_index("ix_request_photos_request_id", "request_photos", ["request_id"])
    op.create_table(
        "request_messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("service_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("author", sa.String(20), nullable=False),
        sa.Column("officer_id", sa.Integer, sa.ForeignKey("officers.id"), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_request_messages_request_id", "request_messages", ["request_id"])
    op.create_table(
        "officer_pending_inputs",
        sa.Column("officer_chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("service_requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("close_status", sa.String(30), nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("officer_pending_inputs")
    op.drop_index("ix_request_messages_request_id", "request_messages")
    op.drop_table("request_messages")
    op.drop_index("ix_request_photos_request_id", "request_photos")
    op.drop_table("request_photos")
    op.drop_index("ix_service_requests_status_created_at", "service_requests")
    op.drop_index("ix_service_requests_handler_status", "service_requests")
    op.drop_index("ix_service_requests_resident_chat_id", "service_requests")
    op.drop_table("service_requests")
    op.drop_index("ix_registration_failures_chat_id_at", "registration_failures")
    op.drop_table("registration_failures")
    op.drop_table("officer_link_codes")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("photo")
    with op.batch_alter_table("officers") as batch:
        batch.drop_column("role")
