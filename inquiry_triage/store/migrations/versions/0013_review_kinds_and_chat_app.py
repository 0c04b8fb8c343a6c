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
# inquiries.suspicion_kinds = result["suspicion"] when it is truthy in Python's sense (what the review
# list prints is list(kinds or [])), else NULL: models.suspicion_kinds_of, in SQL. Only rows with kinds
# are written (15 % at the bench's 1M); every row's JSON is read once, _REVIEW_KINDS_BATCH ids a statement.

_REVIEW_KINDS_BATCH = 50_000

# PostgreSQL (result is json): the value extracted once per row in the subquery (OFFSET 0 keeps it a
# subquery: each `->` on the row's result would decompress the whole document again).
_PG_TRUTHY = """CASE json_typeof(k.kinds) WHEN 'array' THEN json_array_length(k.kinds) > 0
    WHEN 'object' THEN EXISTS (SELECT FROM json_object_keys(k.kinds)) WHEN 'string' THEN k.kinds::text <> '""'
    WHEN 'number' THEN k.kinds::text::numeric <> 0 WHEN 'boolean' THEN k.kinds::text = 'true' ELSE false END"""
_PG_FILL = f"""UPDATE inquiries SET suspicion_kinds = k.kinds
    FROM (SELECT id, result -> 'suspicion' AS kinds FROM inquiries WHERE id > :lo AND id <= :hi OFFSET 0) k
    WHERE inquiries.id = k.id AND inquiries.id > :lo AND inquiries.id <= :hi AND {_PG_TRUTHY}"""
# SQLite (result is text): malformed JSON holds no kinds; json_quote keeps an array or object as it is
# (JSON subtype) and makes a string or number JSON text; true is 1 to json_extract.
_S = "result, '$.suspicion'"
_SQLITE_FILL = f"""UPDATE inquiries
    SET suspicion_kinds = CASE json_type({_S}) WHEN 'true' THEN 'true' ELSE json_quote(json_extract({_S})) END
    WHERE id > :lo AND id <= :hi AND CASE WHEN json_valid(result) THEN CASE json_type({_S})
        WHEN 'array' THEN json_array_length({_S}) > 0 WHEN 'object' THEN EXISTS (SELECT 1 FROM json_each({_S}))
        WHEN 'text' THEN json_extract({_S}) <> '' WHEN 'integer' THEN json_extract({_S}) <> 0
        WHEN 'real' THEN json_extract({_S}) <> 0 WHEN 'true' THEN 1 ELSE 0 END ELSE 0 END"""


def _review_kinds_up() -> None:
    with op.batch_alter_table("inquiries", recreate="never") as batch:
        batch.add_column(sa.Column("suspicion_kinds", sa.JSON(), nullable=True))
    bind = op.get_bind()
    fill = sa.text(_PG_FILL if bind.dialect.name == "postgresql" else _SQLITE_FILL)
    low, high = bind.execute(sa.text("SELECT min(id), max(id) FROM inquiries")).one()
    if low is None:
        return
    for lo in range(low - 1, high, _REVIEW_KINDS_BATCH):
        bind.execute(fill, {"lo": lo, "hi": lo + _REVIEW_KINDS_BATCH})


def _review_kinds_down() -> None:
    # recreate="never": SQLite (>= 3.35) drops the column in place (a rebuilt table would cascade, see 0009).
    with op.batch_alter_table("inquiries", recreate="never") as batch:
        batch.drop_column("suspicion_kinds")


# --- _chat_app: the app an IM record came by (sources/records.py, queue show, web reply channel) ---
# inquiries.chat_app: nullable, no default, no index (read by primary key for one task): adding it is a
# catalogue change on both databases, however many rows. Not filled here: a row stored before holds its
# record in `raw`, which queue/views.chat_app_of reads for the one task shown (a backfill would read
# every IM row's raw bytes at upgrade).


def _chat_app_up() -> None:
    with op.batch_alter_table("inquiries", recreate="never") as batch:
        batch.add_column(sa.Column("chat_app", sa.String(32), nullable=True))


def _chat_app_down() -> None:
    with op.batch_alter_table("inquiries", recreate="never") as batch:
        batch.drop_column("chat_app")


# --- _live_search: queue --search over the live reply tasks (store/queue.py) ---
#
# A common word ("valves": 13 % of 1M inquiries) defeats 0011's per-column trigram indexes: the count probed
# 8-12k live inquiries and lowercased each whole body (PostgreSQL 1M: 260-330 ms under load). This partial
# index holds only inquiries with a live reply task (0009's invariant: a live reply task => open_replies > 0,
# which report sla relies on too), one expression over the four searched columns: the list finds its
# candidates there first and keeps its exact per-column test, so its answers are unchanged. PostgreSQL with
# pg_trgm only (0011 installs it when it may); SQLite has no trigram index: nothing there.
LIVE_SEARCH_INDEX = "ix_inquiries_live_search_trgm"
LIVE_SEARCH_TEXT = "(subject || ' ' || body || ' ' || from_addr::text || ' ' || from_name::text)"


def _live_search_up() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    have = "SELECT 1 FROM pg_opclass WHERE opcname = 'gin_trgm_ops' AND pg_opclass_is_visible(oid)"
    if bind.exec_driver_sql(have).first() is None:
        return
    bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {LIVE_SEARCH_INDEX} ON inquiries USING gin "
                         f"({LIVE_SEARCH_TEXT} gin_trgm_ops) WHERE open_replies > 0")


def _live_search_down() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {LIVE_SEARCH_INDEX}")


def upgrade() -> None:
    _review_kinds_up()
    _chat_app_up()
    _live_search_up()


def downgrade() -> None:
    _live_search_down()
    _chat_app_down()
    _review_kinds_down()
