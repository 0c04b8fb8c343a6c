"""buyer_timezones: a per-buyer override of the buyer's clock, set in the queue

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 23:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "buyer_timezones",
        sa.Column("buyer_key", sa.String(length=320), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("set_by", sa.String(length=128), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("buyer_key"),
    )


def downgrade() -> None:
    op.drop_table("buyer_timezones")
