"""users_and_reply_facts: the web queue's users and sessions (issue 11) and the facts the reports
read from the inquiry row at a million inquiries (issue 10). One section per reader, so each
table, column and index says who needs it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 04:35:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _web_up() -> None:
    """Users, roles and server-side sessions of the web queue (issue 11), and the tasks' version
    for optimistic locking (a form made from an older version is refused)."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_web_sessions_token_hash"),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))


def _web_down() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("version")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_table("users")


def _reports_up() -> None:
    """First-reply facts kept on the inquiry row and what the text filters/status need (issue 10).
    No back-fill here: business time needs the [business] calendar, which a migration cannot see,
    and rewriting every row (each holds its raw mail) would cost minutes at a million; `report sla`
    derives the facts of the period it reads once (first_reply_known stays NULL until then)."""
    with op.batch_alter_table("inquiries") as batch:
        batch.add_column(sa.Column("first_reply_known", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("first_reply_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("first_reply_by", sa.String(length=128), nullable=True))
        batch.add_column(sa.Column("first_response_s", sa.Float(), nullable=True))
        batch.add_column(sa.Column("first_response_business_s", sa.Float(), nullable=True))
        batch.add_column(sa.Column("first_response_calendar", sa.String(length=16), nullable=True))
    # The period's inquiries with their first reply's facts from the index alone (SQLite appends new
    # columns after the raw mail: reading them from the row walks it); same leading columns as the
    # 0006 index it replaces.
    op.drop_index("ix_inquiries_receipt", table_name="inquiries")
    op.create_index("ix_inquiries_receipt_facts", "inquiries",
                    ["received_at", "triaged_at", "status", "filing", "grade", "dismissed_as", "id", "first_reply_known",
                     "first_reply_at", "first_reply_by", "first_response_s", "first_response_business_s",
                     "first_response_calendar"])
    # An inquiry's first reply task with its deadline and grade, from the index alone.
    op.drop_index("ix_tasks_inquiry_kind", table_name="tasks")
    op.create_index("ix_tasks_inquiry_first", "tasks", ["inquiry_id", "kind", "created_at", "id", "due_at", "grade"])


def _reports_down() -> None:
    op.drop_index("ix_tasks_inquiry_first", table_name="tasks")
    op.create_index("ix_tasks_inquiry_kind", "tasks", ["inquiry_id", "kind", "created_at", "id"])
    op.drop_index("ix_inquiries_receipt_facts", table_name="inquiries")
    op.create_index("ix_inquiries_receipt", "inquiries",
                    ["received_at", "triaged_at", "status", "filing", "grade", "dismissed_as", "id"])
    with op.batch_alter_table("inquiries") as batch:
        batch.drop_column("first_response_calendar")
        batch.drop_column("first_response_business_s")
        batch.drop_column("first_response_s")
        batch.drop_column("first_reply_by")
        batch.drop_column("first_reply_at")
        batch.drop_column("first_reply_known")


def upgrade() -> None:
    _web_up()
    _reports_up()


def downgrade() -> None:
    _reports_down()
    _web_down()
