"""rollups_and_speed: what the reports, status and the reminder job need at a million inquiries
(issue 10, fourth session). One section per owner, so each column, index and trigger says who
needs it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 11:05:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


# --- _scale: report sla's per-inquiry reply-task facts (reports/sla.py) --------------------------
#
# Kept on the inquiry row, so `report sla` reads the period from one covering index instead of
# looking up each inquiry's tasks (two index searches per inquiry: most of its time at 1M):
#   reply_due_at            the deadline of its first reply task (earliest created, then lowest id)
#   open_replies            how many of its reply tasks are open, claimed or snoozed (the backlog)
#   open_replies_first_due  the earliest / latest deadline among those (overdue = how many are
#   open_replies_last_due   before `now`: exact from these unless three or more are live at once)
# The database keeps them: triggers on tasks recompute an inquiry's four facts from its reply tasks
# whenever one is inserted, deleted, or changes kind, state, deadline, creation time or inquiry, so
# every writer (the ORM, bulk inserts, another tool) leaves them right. The recomputation writes
# only when a fact changed (each inquiry row holds its raw mail: a rewrite is not free).

_LIVE = "('open', 'claimed', 'snoozed')"  # reports/sla.BACKLOG_STATES


def _facts(target: str, sqlite: bool) -> dict[str, str]:
    """The four facts of inquiry `target` (an SQL expression) from its reply tasks, found by
    ix_tasks_inquiry_first. SQLite plans without statistics: given `state IN (...)` it would walk
    ix_tasks_live_counts (every live task, for each inquiry); `+state` is a filter only."""
    mine = f"FROM tasks t WHERE t.inquiry_id = {target} AND t.kind = 'reply'"
    live = f"{mine} AND {'+' if sqlite else ''}t.state IN {_LIVE}"
    return {
        "reply_due_at": f"(SELECT t.due_at {mine} ORDER BY t.created_at, t.id LIMIT 1)",
        "open_replies": f"(SELECT count(*) {live})",
        "open_replies_first_due": f"(SELECT min(t.due_at) {live})",
        "open_replies_last_due": f"(SELECT max(t.due_at) {live})",
    }


def _refresh_sql(target: str, sqlite: bool) -> str:
    """UPDATE one inquiry's facts, only when one of them changed."""
    facts = _facts(target, sqlite)
    distinct = "IS NOT" if sqlite else "IS DISTINCT FROM"  # null-safe inequality
    sets = ", ".join(f"{column} = {value}" for column, value in facts.items())
    changed = " OR ".join(f"{column} {distinct} {value}" for column, value in facts.items())
    return f"UPDATE inquiries SET {sets} WHERE id = {target} AND ({changed})"


_WATCHED = "kind, state, due_at, created_at, inquiry_id"  # the task columns the facts depend on


def _scale_up() -> None:
    """Reports and status at a million inquiries (issue 10)."""
    with op.batch_alter_table("inquiries") as batch:
        batch.add_column(sa.Column("reply_due_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("open_replies", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("open_replies_first_due", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("open_replies_last_due", sa.DateTime(timezone=True), nullable=True))
    # Back-fill between dropping the period's index and re-creating it with the facts (one index fewer
    # to maintain per row written); only the inquiries that have a reply task (the others keep NULL / 0).
    op.drop_index("ix_inquiries_receipt_facts", table_name="inquiries")
    sqlite = op.get_bind().dialect.name != "postgresql"  # SQLite, the other supported database
    sets = ", ".join(f"{column} = {value}" for column, value in _facts("inquiries.id", sqlite).items())
    op.execute(f"UPDATE inquiries SET {sets} WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.inquiry_id = inquiries.id "
               "AND t.kind = 'reply')")
    # The period's inquiries with everything report sla reads of them, from the index alone: the 0007
    # index with the four facts appended (same leading columns, same name: its readers are unchanged).
    op.create_index("ix_inquiries_receipt_facts", "inquiries",
                    ["received_at", "triaged_at", "status", "filing", "grade", "dismissed_as", "id", "first_reply_known",
                     "first_reply_at", "first_reply_by", "first_response_s", "first_response_business_s",
                     "first_response_calendar", "reply_due_at", "open_replies", "open_replies_first_due",
                     "open_replies_last_due"])
    if not sqlite:
        # Lock the inquiry row first, then recompute in a new statement: under READ COMMITTED each
        # statement of a plpgsql function sees what committed before it. Without the lock, a writer
        # whose recomputation saw no change (judged on its own snapshot) took no lock and left the
        # facts another writer computed without its change (a live task counted after it was done).
        op.execute("CREATE FUNCTION inquiries_refresh_reply_facts(target integer) RETURNS void LANGUAGE plpgsql AS $$ "
                   "BEGIN PERFORM 1 FROM inquiries WHERE id = target FOR UPDATE; "
                   + _refresh_sql("target", False) + "; END $$")
        op.execute("""CREATE FUNCTION tasks_reply_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.kind = 'reply' THEN PERFORM inquiries_refresh_reply_facts(OLD.inquiry_id); END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.kind = 'reply' THEN PERFORM inquiries_refresh_reply_facts(NEW.inquiry_id); END IF;
    END IF;
    RETURN NULL;
END $$""")
        op.execute(f"CREATE TRIGGER tr_tasks_reply_facts AFTER INSERT OR DELETE OR UPDATE OF {_WATCHED} ON tasks "
                   "FOR EACH ROW EXECUTE PROCEDURE tasks_reply_facts()")
    else:
        op.execute("CREATE TRIGGER tr_tasks_reply_facts_insert AFTER INSERT ON tasks WHEN NEW.kind = 'reply' "
                   f"BEGIN {_refresh_sql('NEW.inquiry_id', True)}; END")
        op.execute("CREATE TRIGGER tr_tasks_reply_facts_delete AFTER DELETE ON tasks WHEN OLD.kind = 'reply' "
                   f"BEGIN {_refresh_sql('OLD.inquiry_id', True)}; END")
        op.execute(f"CREATE TRIGGER tr_tasks_reply_facts_update AFTER UPDATE OF {_WATCHED} ON tasks "
                   "WHEN OLD.kind = 'reply' OR NEW.kind = 'reply' "
                   f"BEGIN {_refresh_sql('OLD.inquiry_id', True)}; {_refresh_sql('NEW.inquiry_id', True)}; END")


def _scale_down() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER tr_tasks_reply_facts ON tasks")
        op.execute("DROP FUNCTION tasks_reply_facts()")
        op.execute("DROP FUNCTION inquiries_refresh_reply_facts(integer)")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER tr_tasks_reply_facts_{name}")
    op.drop_index("ix_inquiries_receipt_facts", table_name="inquiries")
    op.create_index("ix_inquiries_receipt_facts", "inquiries",
                    ["received_at", "triaged_at", "status", "filing", "grade", "dismissed_as", "id", "first_reply_known",
                     "first_reply_at", "first_reply_by", "first_response_s", "first_response_business_s",
                     "first_response_calendar"])
    # recreate="never": SQLite (>= 3.35) drops these plain columns in place. A rebuilt table would be
    # dropped under the store's foreign_keys=ON, and that cascades: every task, note and reply deleted.
    with op.batch_alter_table("inquiries", recreate="never") as batch:
        batch.drop_column("open_replies_last_due")
        batch.drop_column("open_replies_first_due")
        batch.drop_column("open_replies")
        batch.drop_column("reply_due_at")


def upgrade() -> None:
    _scale_up()


def downgrade() -> None:
    _scale_down()
