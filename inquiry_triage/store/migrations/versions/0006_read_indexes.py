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
    """Queue lists, review/filed pages, status. (The main list walks ix_tasks_open_order per state.)"""
    op.create_index("ix_tasks_kind_state_due", "tasks", ["kind", "state", "due_at"])  # queue review, oldest first
    # Counting live tasks (status by grade and overdue, the list's count) from the index alone.
    op.create_index("ix_tasks_live_counts", "tasks", ["state", "kind", "grade", "due_at"])
    op.create_index("ix_inquiries_filing_triaged", "inquiries", ["filing", "triaged_at"])  # queue --filed X, newest first
    # status: the scheduler's last round (max(at) of action 'tick'); PostgreSQL otherwise reads the whole log.
    op.create_index("ix_audit_log_action_at", "audit_log", ["action", "at"])


def _queue_down() -> None:
    op.drop_index("ix_audit_log_action_at", table_name="audit_log")
    op.drop_index("ix_inquiries_filing_triaged", table_name="inquiries")
    op.drop_index("ix_tasks_live_counts", table_name="tasks")
    op.drop_index("ix_tasks_kind_state_due", table_name="tasks")


def _reports_up() -> None:
    """report suspicious / sla. The replies' response times are filled when a reply is recorded
    (queue/operations.record_reply) and, for rows stored before, by `report sla` for the period it
    reads (reports/sla.py): business time needs the [business] calendar, which a migration cannot see."""
    op.create_index("ix_inquiries_receipt", "inquiries",
                    ["received_at", "triaged_at", "status", "filing", "grade", "dismissed_as", "id"])
    op.create_index("ix_inquiries_suspicious_risk", "inquiries", ["suspicious", "risk", "triaged_at"])
    op.create_index("ix_tasks_inquiry_kind", "tasks", ["inquiry_id", "kind", "created_at", "id"])
    op.create_index("ix_replies_inquiry_first", "replies", ["inquiry_id", "sent_at", "id"])
    with op.batch_alter_table("replies") as batch_op:
        batch_op.add_column(sa.Column("response_s", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("response_business_s", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("response_calendar", sa.String(length=16), nullable=True))


def _reports_down() -> None:
    with op.batch_alter_table("replies") as batch_op:
        batch_op.drop_column("response_calendar")
        batch_op.drop_column("response_business_s")
        batch_op.drop_column("response_s")
    op.drop_index("ix_replies_inquiry_first", table_name="replies")
    op.drop_index("ix_tasks_inquiry_kind", table_name="tasks")
    op.drop_index("ix_inquiries_suspicious_risk", table_name="inquiries")
    op.drop_index("ix_inquiries_receipt", table_name="inquiries")


def _reminders_up() -> None:
    """The reminder job and follow-up planning."""
    with op.batch_alter_table("inquiries") as batch:
        batch.add_column(sa.Column("followup_from", sa.DateTime(timezone=True), nullable=True))
    # Backfill: silence counts from the last reply; the first round then writes the exact time, or
    # NULL where no follow-up can come (queue/followups.py).
    op.execute("UPDATE inquiries SET followup_from = (SELECT max(replies.sent_at) FROM replies "
               "WHERE replies.inquiry_id = inquiries.id) WHERE id IN (SELECT inquiry_id FROM replies)")
    op.create_index("ix_inquiries_followup_from", "inquiries", ["followup_from"])
    op.create_index("ix_tasks_reminder_due", "tasks", ["state", "escalated_at", "due_at"])
    op.create_index("ix_tasks_rule", "tasks", ["rule"])
    op.create_index("ix_inquiries_country_receipt", "inquiries", ["country", "received_at", "triaged_at", "buyer_key",
                                                                  "suspicious", "status", "dismissed_as", "id"])


def _reminders_down() -> None:
    op.drop_index("ix_inquiries_country_receipt", table_name="inquiries")
    op.drop_index("ix_tasks_rule", table_name="tasks")
    op.drop_index("ix_tasks_reminder_due", table_name="tasks")
    op.drop_index("ix_inquiries_followup_from", table_name="inquiries")
    with op.batch_alter_table("inquiries") as batch:
        batch.drop_column("followup_from")


def upgrade() -> None:
    _queue_up()
    _reports_up()
    _reminders_up()


def downgrade() -> None:
    _reminders_down()
    _reports_down()
    _queue_down()
