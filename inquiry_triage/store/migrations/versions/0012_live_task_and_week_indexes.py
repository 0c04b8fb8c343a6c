"""live_task_and_week_indexes: the queue's filters over live tasks, and report sla by week, at a
million inquiries on PostgreSQL (issue 10, seventh session). One section per owner, so each
table, index and trigger says who needs it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


# --- _filters: queue filters and exports over live tasks (store/queue.py) ---


def _filters_up() -> None:
    pass


def _filters_down() -> None:
    pass


# --- _sla_week: report sla --by week in the calendar's local days (reports/rollups.py) ---


def _sla_week_up() -> None:
    pass


def _sla_week_down() -> None:
    pass


def upgrade() -> None:
    _filters_up()
    _sla_week_up()


def downgrade() -> None:
    _sla_week_down()
    _filters_down()
