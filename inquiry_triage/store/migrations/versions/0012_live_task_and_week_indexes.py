"""live_task_and_week_indexes: the queue's filters over live tasks, and report sla by week, at a
million inquiries on PostgreSQL (issue 10, seventh session). One section per owner, so each
table, index and trigger says who needs it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


# --- _filters: queue filters and exports over live tasks (store/queue.py) ---


#
# A filtered list counts its matches up to COUNT_CAP (store/queue.py): with --language/--country/
# --channel (or an agent's hidden suspicious) that walked the live tasks and read each one's task row
# and inquiry row from the heap (PostgreSQL 1M, 20-30k live tasks: 150-170 ms). The count now reads
# two indexes alone (store/models.py declares them too): the live tasks (partial: live states only,
# ~30k entries, not the 2M closed) with what the list filters on and each task's inquiry, and per
# task its inquiry's equality facts. On SQLite too, as one schema for both (the models declare it):
# unused there, a small cost on writes: SQLite reads a row by its rowid about as cheaply as an index
# entry, and proves a partial index only from the very same terms (its plans are unchanged).
_LIVE_STATES_0012 = ("open", "claimed", "snoozed")  # models.LIVE_TASK_STATES, frozen here
_LIVE_WHERE = sa.text(f"state IN ({', '.join(repr(s) for s in _LIVE_STATES_0012)})")
_FILTER_INDEXES = {  # name: (table, columns)
    "ix_tasks_live_filter": ("tasks", ["state", "inquiry_id", "kind", "grade", "due_at", "assignee", "id"]),
    "ix_inquiries_id_filters": ("inquiries", ["id", "suspicious", "language", "country", "channel"]),
}


def _filters_up() -> None:
    for name, (table, columns) in _FILTER_INDEXES.items():
        where = {"sqlite_where": _LIVE_WHERE, "postgresql_where": _LIVE_WHERE} if table == "tasks" else {}
        op.create_index(name, table, columns, **where)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE tasks")  # the planner weighs the partial index by the live tasks' statistics


def _filters_down() -> None:
    for name, (table, _) in _FILTER_INDEXES.items():
        op.drop_index(name, table_name=table)


# --- _sla_week: report sla --by week in the calendar's local days (reports/rollups.py) ---


#
# By week on a clock that is not UTC's, a week starts inside a UTC day (Monday 00:00 in Shanghai is
# Sunday 16:00 UTC): 0010's rollups hold whole UTC days, so those days were read from their inquiries
# (PostgreSQL 1M: 157 ms a report, by grade 68). A day's groups may now be cut into parts at such
# instants: sla_day_groups.part (microseconds after the day's UTC midnight where the part starts; 0:
# the whole day or its first part) and sla_days.rolled_cuts (the parts' starts after 0, as kept). A
# day is still kept, checked and made stale as one (same triggers, versions and change log): only
# its groups are finer. Rows kept before hold part 0 and no cuts: the whole day, still valid.

_SLA_WEEK_KEY_0010 = ("day", "grade", "agent")
_SLA_WEEK_KEY = ("day", "part", "grade", "agent")


def _sla_week_groups_table(name: str, key: tuple[str, ...]) -> None:
    """SQLite: sla_day_groups as 0010 made it, with `part` when the key has it."""
    columns = [sa.Column("day", sa.Date(), nullable=False)]
    if "part" in key:
        columns.append(sa.Column("part", sa.BigInteger(), nullable=False, server_default="0"))
    op.create_table(
        name, *columns,
        sa.Column("grade", sa.String(1), nullable=False),
        sa.Column("agent", sa.String(128), nullable=False),
        sa.Column("inquiries", sa.Integer(), nullable=False),
        sa.Column("replied", sa.Integer(), nullable=False),
        sa.Column("late_replies", sa.Integer(), nullable=False),
        sa.Column("wall", sa.LargeBinary(), nullable=False),
        sa.Column("business", sa.LargeBinary(), nullable=False),
        sa.Column("owed_due", sa.LargeBinary(), nullable=False),
        sa.Column("live_due", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint(*key),
    )


def _sla_week_rekey(key: tuple[str, ...]) -> None:
    """SQLite cannot change a primary key: a new table with the rows, renamed (a few rows a day kept)."""
    _sla_week_groups_table("sla_day_groups_0012", key)
    both = "day, grade, agent, inquiries, replied, late_replies, wall, business, owed_due, live_due"  # part: 0
    op.execute(f"INSERT INTO sla_day_groups_0012 ({both}) SELECT {both} FROM sla_day_groups")
    op.drop_table("sla_day_groups")
    op.rename_table("sla_day_groups_0012", "sla_day_groups")


def _sla_week_up() -> None:
    op.add_column("sla_days", sa.Column("rolled_cuts", sa.Text(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        _sla_week_rekey(_SLA_WEEK_KEY)
        return
    op.add_column("sla_day_groups", sa.Column("part", sa.BigInteger(), nullable=False, server_default="0"))
    op.drop_constraint("sla_day_groups_pkey", "sla_day_groups", type_="primary")
    op.create_primary_key("sla_day_groups_pkey", "sla_day_groups", list(_SLA_WEEK_KEY))


def _sla_week_down() -> None:
    # The days kept in parts lose them: their groups go and the days are no longer current (0010's
    # and 0011's code read a day's groups as whole), so the next report computes them again.
    cut = "rolled_cuts IS NOT NULL AND rolled_cuts <> ''"
    op.execute(f"DELETE FROM sla_day_groups WHERE day IN (SELECT day FROM sla_days WHERE {cut})")
    op.execute(f"UPDATE sla_days SET rolled_version = NULL, rolled_snapshot = NULL WHERE {cut}")
    if op.get_bind().dialect.name != "postgresql":
        _sla_week_rekey(_SLA_WEEK_KEY_0010)
        op.execute("ALTER TABLE sla_days DROP COLUMN rolled_cuts")  # SQLite >= 3.35: no table rebuilt
        return
    op.drop_constraint("sla_day_groups_pkey", "sla_day_groups", type_="primary")
    op.create_primary_key("sla_day_groups_pkey", "sla_day_groups", list(_SLA_WEEK_KEY_0010))
    op.drop_column("sla_day_groups", "part")
    op.drop_column("sla_days", "rolled_cuts")


def upgrade() -> None:
    _filters_up()
    _sla_week_up()


def downgrade() -> None:
    _sla_week_down()
    _filters_down()
