"""daily_rollups: what `report sla` and the reminder job need at a million inquiries (issue 10, fifth
session). One section per owner, so each table, index and trigger says who needs it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 14:05:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# --- _reports: report sla's daily rollups (reports/sla.py, reports/rollups.py) -------------------
#
# A UTC day of receipts (received_at, else triaged_at) is summed once per group (the inquiry's grade
# x the first reply's author) into sla_day_groups: counts, and the values the figures that move with
# `now` or need ranks are computed from (the replied inquiries' response times, the deadlines of the
# unreplied ones and of the live reply tasks, packed). The report reads those few rows for the days
# it covers instead of every inquiry of them, and only the partial days at the period's ends live.
#
# Exactness: the database bumps sla_days.version whenever anything the day's figures come from
# changes (triggers below, on inquiries and on reply tasks, so every writer is seen); a day's
# groups are used only while rolled_version = version. The report (re)computes a missing or stale
# day from the inquiries and keeps it with a conditional write (version unchanged since it read),
# so a change made meanwhile is never hidden. Nothing to back-fill: a day is summed the first time
# a report covers it (the cost of one direct report of that day, once).

_INQUIRY_FACTS = ("received_at, triaged_at, status, filing, grade, dismissed_as, first_reply_known, first_reply_at, "
                  "first_reply_by, first_response_s, first_response_business_s, first_response_calendar, "
                  "reply_due_at, open_replies, open_replies_first_due, open_replies_last_due")
_TASK_FACTS = "kind, state, due_at, created_at, inquiry_id, grade"  # of reply tasks: grade, deadlines, backlog
_LIVE = "('open', 'claimed', 'snoozed')"  # reports/sla.BACKLOG_STATES
# An update that changes nothing the report reads (a claim or a snooze: open, claimed and snoozed are
# all live) bumps no day: on PostgreSQL the bump locks the day's row until commit, and two agents
# claiming tasks of the same day must not wait for each other.
_SAME = ("OLD.kind = NEW.kind AND OLD.due_at = NEW.due_at AND OLD.created_at = NEW.created_at "
         f"AND OLD.inquiry_id = NEW.inquiry_id AND OLD.grade = NEW.grade AND (OLD.state IN {_LIVE}) = (NEW.state IN {_LIVE})")


def _day(row: str, sqlite: bool) -> str:
    """The UTC day of an inquiry row's receipt. SQLite keeps UTC text 'YYYY-MM-DD HH:MM:SS...'."""
    receipt = f"coalesce({row}.received_at, {row}.triaged_at)"
    return f"substr({receipt}, 1, 10)" if sqlite else f"({receipt} AT TIME ZONE 'UTC')::date"


_BUMP = "ON CONFLICT (day) DO UPDATE SET version = sla_days.version + 1"


def _bump_inquiry(row: str, sqlite: bool) -> str:
    """Bump the day of an inquiries row (NEW / OLD)."""
    return f"INSERT INTO sla_days (day, version) VALUES ({_day(row, sqlite)}, 1) {_BUMP}"


def _bump_task(inquiry_id: str, sqlite: bool) -> str:
    """Bump the day of a task's inquiry (none when it is gone: its own delete bumped the day)."""
    return (f"INSERT INTO sla_days (day, version) SELECT {_day('i', sqlite)}, 1 FROM inquiries i "
            f"WHERE i.id = {inquiry_id} {_BUMP}")


def _reports_up() -> None:
    """report sla at a million inquiries (issue 10): daily rollups."""
    op.create_table(
        "sla_days",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("rolled_version", sa.BigInteger(), nullable=True),
        sa.Column("rolled_calendar", sa.String(16), nullable=True),
    )
    op.create_table(
        "sla_day_groups",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("grade", sa.String(1), primary_key=True),
        sa.Column("agent", sa.String(128), primary_key=True),
        sa.Column("inquiries", sa.Integer(), nullable=False),
        sa.Column("replied", sa.Integer(), nullable=False),
        sa.Column("late_replies", sa.Integer(), nullable=False),
        sa.Column("wall", sa.LargeBinary(), nullable=False),
        sa.Column("business", sa.LargeBinary(), nullable=False),
        sa.Column("owed_due", sa.LargeBinary(), nullable=False),
        sa.Column("live_due", sa.LargeBinary(), nullable=False),
    )
    sqlite = op.get_bind().dialect.name != "postgresql"
    if sqlite:
        op.execute("CREATE TRIGGER tr_inquiries_sla_day_insert AFTER INSERT ON inquiries "
                   f"BEGIN {_bump_inquiry('NEW', True)}; END")
        op.execute("CREATE TRIGGER tr_inquiries_sla_day_delete AFTER DELETE ON inquiries "
                   f"BEGIN {_bump_inquiry('OLD', True)}; END")
        op.execute(f"CREATE TRIGGER tr_inquiries_sla_day_update AFTER UPDATE OF {_INQUIRY_FACTS} ON inquiries "
                   f"BEGIN {_bump_inquiry('OLD', True)}; {_bump_inquiry('NEW', True)}; END")
        op.execute("CREATE TRIGGER tr_tasks_sla_day_insert AFTER INSERT ON tasks WHEN NEW.kind = 'reply' "
                   f"BEGIN {_bump_task('NEW.inquiry_id', True)}; END")
        op.execute("CREATE TRIGGER tr_tasks_sla_day_delete AFTER DELETE ON tasks WHEN OLD.kind = 'reply' "
                   f"BEGIN {_bump_task('OLD.inquiry_id', True)}; END")
        op.execute(f"CREATE TRIGGER tr_tasks_sla_day_update AFTER UPDATE OF {_TASK_FACTS} ON tasks "
                   f"WHEN (OLD.kind = 'reply' OR NEW.kind = 'reply') AND NOT ({_SAME}) "
                   f"BEGIN {_bump_task('OLD.inquiry_id', True)}; {_bump_task('NEW.inquiry_id', True)}; END")
        return
    op.execute(f"""CREATE FUNCTION inquiries_sla_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN {_bump_inquiry('OLD', False)}; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN {_bump_inquiry('NEW', False)}; END IF;
    RETURN NULL;
END $$""")
    op.execute(f"CREATE TRIGGER tr_inquiries_sla_day AFTER INSERT OR DELETE OR UPDATE OF {_INQUIRY_FACTS} "
               "ON inquiries FOR EACH ROW EXECUTE PROCEDURE inquiries_sla_day()")
    op.execute(f"""CREATE FUNCTION tasks_sla_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_SAME} THEN RETURN NULL; END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind = 'reply' THEN {_bump_task('OLD.inquiry_id', False)}; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind = 'reply' THEN {_bump_task('NEW.inquiry_id', False)}; END IF;
    RETURN NULL;
END $$""")
    op.execute(f"CREATE TRIGGER tr_tasks_sla_day AFTER INSERT OR DELETE OR UPDATE OF {_TASK_FACTS} "
               "ON tasks FOR EACH ROW EXECUTE PROCEDURE tasks_sla_day()")


def _reports_down() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER tr_tasks_sla_day ON tasks")
        op.execute("DROP FUNCTION tasks_sla_day()")
        op.execute("DROP TRIGGER tr_inquiries_sla_day ON inquiries")
        op.execute("DROP FUNCTION inquiries_sla_day()")
    else:
        for name in ("tasks_sla_day_insert", "tasks_sla_day_delete", "tasks_sla_day_update",
                     "inquiries_sla_day_insert", "inquiries_sla_day_delete", "inquiries_sla_day_update"):
            op.execute(f"DROP TRIGGER tr_{name}")
    # Only the two new tables are dropped: no table the store's foreign keys point into is rebuilt.
    op.drop_table("sla_day_groups")
    op.drop_table("sla_days")


# --- _reminders: the reminder job at a million inquiries (queue/rounds.py; reminders helper) --------

def _reminders_up() -> None:
    """A steady round reads only what is due (issue 10): the reminders' candidates come from
    ix_tasks_reminder_due alone on SQLite, now ending with the kind (the live review tasks, never
    reminded, were each read from the table every round to be left out). No index for snoozed
    tasks: (state, snoozed_until) led PostgreSQL to read every live task through it for the
    reminders (its estimate of `escalated_at IS NULL` among them is far off)."""
    op.drop_index("ix_tasks_reminder_due", table_name="tasks")
    op.create_index("ix_tasks_reminder_due", "tasks", ["state", "escalated_at", "due_at", "kind"])
    # A greeting/notice batch reads its buyers' inquiries (is each active, the latest, its country and
    # grade) from this index alone: from the table, each row walked its raw mail (SQLite at 1M: ~0.4 s
    # a batch of 500 buyers, most of a steady round in the days before a buyer country's holiday).
    op.create_index("ix_inquiries_buyer_activity", "inquiries",
                    ["buyer_key", "triaged_at", "id", "received_at", "status", "dismissed_as", "suspicious", "country",
                     "grade"])


def _reminders_down() -> None:
    op.drop_index("ix_inquiries_buyer_activity", table_name="inquiries")
    op.drop_index("ix_tasks_reminder_due", table_name="tasks")
    op.create_index("ix_tasks_reminder_due", "tasks", ["state", "escalated_at", "due_at"])


def upgrade() -> None:
    _reports_up()
    _reminders_up()


def downgrade() -> None:
    _reminders_down()
    _reports_down()
