"""report sla by agent: an inquiry closed without a reply counts under who closed it (data only).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 11:00:00

`report sla --by agent` grouped every inquiry without a reply under "(unreplied)", those an agent closed
as done without one too (queueux, a newcomer's finding). reports/sla._group_key now puts such an
inquiry under the person who closed it; the daily rollups (sla_day_groups, 0010) key their groups by
that same expression, so a day kept before this revision holds the old key. Its groups would be read
back as current until the day changes again: every kept day is made stale here, the way a prune of the
change log does it (reports/rollups.py): its version moves on (SQLite: rolled_version no longer equals
it) and its kept snapshot is cleared (PostgreSQL). The next report computes the days again from their
inquiries and keeps them with the new key. No table or column changes; nothing to undo on a downgrade
(the code before this revision computes stale days with its own key as usual).

Cost: one UPDATE of sla_days (a row a day of history: a few hundred to a few thousand rows). The next
`report sla` over the whole history computes every day again once (as after a first upgrade to 0010).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def stale_kept_days(connection: sa.engine.Connection) -> None:
    """Every kept day of sla_days stale: its groups are computed again by the next report."""
    connection.execute(sa.text("UPDATE sla_days SET version = version + 1, rolled_snapshot = NULL"))


def upgrade() -> None:
    stale_kept_days(op.get_bind())


def downgrade() -> None:
    pass
