"""sorting_and_rollups: what the web queue's sort orders and filters need (issue 11) and what the
reports and pages need at a million inquiries (issue 10). One section per reader, so each table,
column and index says who needs it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 07:55:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _web_up() -> None:
    """The web queue's sort orders and filters (issue 11)."""
    # The queue sorted by deadline: each state's live tasks walked in deadline order (then id, for PostgreSQL).
    op.create_index("ix_tasks_state_due", "tasks", ["state", "due_at", "id"])


def _web_down() -> None:
    op.drop_index("ix_tasks_state_due", table_name="tasks")


def _scale_up() -> None:
    """Reports, status and pages at a million inquiries (issue 10 / issue 11's page benchmark)."""
    # One buyer's inquiries an agent may see (the buyer page): both columns by equality, so SQLite
    # (no statistics) walks this index and not the suspicious flag's (most of the table: 34 s at 1M).
    op.create_index("ix_inquiries_buyer_suspicious", "inquiries", ["buyer_key", "suspicious"])


def _scale_down() -> None:
    op.drop_index("ix_inquiries_buyer_suspicious", table_name="inquiries")


def upgrade() -> None:
    _web_up()
    _scale_up()


def downgrade() -> None:
    _scale_down()
    _web_down()
