"""review_kinds_and_chat_app: the review queue's suspicion kinds as a column (queue review --format
json at a million inquiries without reading every result JSON), and the chat app an IM inquiry came
by (issue 10, eighth session). One section per owner, so each column and index says who needs it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


# --- _review_kinds: queue review's suspicion kinds (store/queue.py) ---


def _review_kinds_up() -> None:
    pass


def _review_kinds_down() -> None:
    pass


# --- _chat_app: the app an IM record came by (sources/records.py, queue show, web reply channel) ---


def _chat_app_up() -> None:
    pass


def _chat_app_down() -> None:
    pass


def upgrade() -> None:
    _review_kinds_up()
    _chat_app_up()


def downgrade() -> None:
    _chat_app_down()
    _review_kinds_down()
