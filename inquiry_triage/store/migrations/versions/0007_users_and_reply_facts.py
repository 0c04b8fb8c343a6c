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
    """Users, roles and server-side sessions of the web queue (issue 11)."""


def _web_down() -> None:
    pass


def _reports_up() -> None:
    """First-reply facts kept on the inquiry row and what the text filters/status need (issue 10)."""


def _reports_down() -> None:
    pass


def upgrade() -> None:
    _web_up()
    _reports_up()


def downgrade() -> None:
    _reports_down()
    _web_down()
