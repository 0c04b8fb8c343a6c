"""read_indexes: what the queue, the reports and the reminder job filter, sort and group on at a
million inquiries (issue 10). One section per reader, so each index says who needs it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _queue_up() -> None:
    """Queue lists, review/filed pages, status."""


def _queue_down() -> None:
    pass


def _reports_up() -> None:
    """report suspicious / sla."""


def _reports_down() -> None:
    pass


def _reminders_up() -> None:
    """The reminder job and follow-up planning."""


def _reminders_down() -> None:
    pass


def upgrade() -> None:
    _queue_up()
    _reports_up()
    _reminders_up()


def downgrade() -> None:
    _reminders_down()
    _reports_down()
    _queue_down()
