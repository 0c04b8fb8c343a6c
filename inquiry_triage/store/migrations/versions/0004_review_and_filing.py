"""inquiries.filing (not-an-inquiry mail is filed, no task) and review tasks for suspicious inquiries

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00

Data: the open reply tasks of suspicious inquiries nobody has judged yet become review tasks (open,
unassigned), as `save_result` now makes them: leads release or dismiss them, the reply SLA and
the overdue escalation leave them out. Rows stored before keep filing "inquiry" (their headers
are not re-read).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_inquiries = sa.table("inquiries", sa.column("id", sa.Integer), sa.column("suspicious", sa.Boolean),
                      sa.column("verdict", sa.String), sa.column("dismissed_as", sa.String))
_tasks = sa.table("tasks", sa.column("inquiry_id", sa.Integer), sa.column("kind", sa.String),
                  sa.column("state", sa.String), sa.column("assignee", sa.String),
                  sa.column("claimed_at", sa.DateTime(timezone=True)),
                  sa.column("snoozed_until", sa.DateTime(timezone=True)),
                  sa.column("snooze_until_buyer_writes", sa.Boolean))


def upgrade() -> None:
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("filing", sa.String(length=16), nullable=False, server_default="inquiry"))
        batch_op.create_index("ix_inquiries_filing", ["filing"], unique=False)
    unjudged = (sa.select(_inquiries.c.id)
                .where(_inquiries.c.suspicious.is_(sa.true()), _inquiries.c.verdict.is_(None),
                       _inquiries.c.dismissed_as.is_(None)))
    op.execute(_tasks.update()
               .where(_tasks.c.kind == "reply", _tasks.c.state.in_(("open", "claimed", "snoozed")),
                      _tasks.c.inquiry_id.in_(unjudged))
               .values(kind="review", state="open", assignee=None, claimed_at=None, snoozed_until=None,
                       snooze_until_buyer_writes=sa.false()))


def downgrade() -> None:
    op.execute(_tasks.update().where(_tasks.c.kind == "review").values(kind="reply"))
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.drop_index("ix_inquiries_filing")
        batch_op.drop_column("filing")
