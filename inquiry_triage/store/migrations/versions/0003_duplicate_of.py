"""inquiries.duplicate_of: same Message-ID / record id, different content, kept as its own item

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duplicate_of", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.drop_column("duplicate_of")
