"""change_logs_and_counters: lock-free rollup upkeep on PostgreSQL, counters for status and the
dashboard, and the text filters' indexes (issue 10, sixth session). One section per owner, so each
table, index and trigger says who needs it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401  (used by the sections below)
from alembic import op  # noqa: F401

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# --- _sla: report sla's day rollups kept without a shared row on PostgreSQL (reports/rollups.py) ---
#
# 0010 bumped sla_days.version with INSERT ... ON CONFLICT (day) DO UPDATE: on PostgreSQL that locks
# the day's row until commit, so two agents marking reply tasks of inquiries received on the same UTC
# day done (or dismissing them) waited for each other. Here, on PostgreSQL, the same triggers (same
# firing conditions) append to sla_day_changes instead: one row per writing transaction and day,
# (day, the transaction's id), ON CONFLICT DO NOTHING. No transaction ever inserts another's key,
# so none waits. A kept day records the snapshot its groups were computed under
# (sla_days.rolled_snapshot, pg_current_snapshot() as text); it is current while every change row of
# the day is of a transaction visible in that snapshot (reports/rollups.py). SQLite (one writer at a
# time) keeps 0010's version bump; the new table and column exist there too (one set of models) and
# stay empty.

_SLA_INQUIRY_FACTS = ("received_at, triaged_at, status, filing, grade, dismissed_as, first_reply_known, first_reply_at, "
                      "first_reply_by, first_response_s, first_response_business_s, first_response_calendar, "
                      "reply_due_at, open_replies, open_replies_first_due, open_replies_last_due")  # 0010's
_SLA_LIVE = "('open', 'claimed', 'snoozed')"  # reports/sla.BACKLOG_STATES
# A claim or a snooze changes nothing report sla reads: no change row (0010's exemption, kept so such
# updates do not make their day stale and cost it a recomputation).
_SLA_SAME = ("OLD.kind = NEW.kind AND OLD.due_at = NEW.due_at AND OLD.created_at = NEW.created_at "
             "AND OLD.inquiry_id = NEW.inquiry_id AND OLD.grade = NEW.grade "
             f"AND (OLD.state IN {_SLA_LIVE}) = (NEW.state IN {_SLA_LIVE})")


def _sla_day(row: str) -> str:
    """PostgreSQL: the UTC day of an inquiries row's receipt (0010's)."""
    return f"(coalesce({row}.received_at, {row}.triaged_at) AT TIME ZONE 'UTC')::date"


_SLA_XID = "pg_current_xact_id()::text::bigint"  # this (top-level) transaction's id, epoch included


def _log_inquiry(row: str) -> str:
    return f"INSERT INTO sla_day_changes (day, xid) VALUES ({_sla_day(row)}, {_SLA_XID}) ON CONFLICT DO NOTHING"


def _log_task(inquiry_id: str) -> str:
    """The day of a task's inquiry (none when it is gone: its own delete logged the day)."""
    return (f"INSERT INTO sla_day_changes (day, xid) SELECT {_sla_day('i')}, {_SLA_XID} FROM inquiries i "
            f"WHERE i.id = {inquiry_id} ON CONFLICT DO NOTHING")


def _sla_functions(inquiry: tuple[str, str], task: tuple[str, str]) -> list[str]:
    """CREATE OR REPLACE the two trigger functions 0010 made (the triggers call them by name and stay):
    `inquiry` and `task` are each (the statement for OLD, the one for NEW)."""
    return [f"""CREATE OR REPLACE FUNCTION inquiries_sla_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN {inquiry[0]}; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN {inquiry[1]}; END IF;
    RETURN NULL;
END $$""", f"""CREATE OR REPLACE FUNCTION tasks_sla_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND {_SLA_SAME} THEN RETURN NULL; END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind = 'reply' THEN {task[0]}; END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind = 'reply' THEN {task[1]}; END IF;
    RETURN NULL;
END $$"""]


# 0010's bump, verbatim (the downgrade restores it)
_SLA_BUMP = "ON CONFLICT (day) DO UPDATE SET version = sla_days.version + 1"


def _bump_inquiry_0010(row: str) -> str:
    return f"INSERT INTO sla_days (day, version) VALUES ({_sla_day(row)}, 1) {_SLA_BUMP}"


def _bump_task_0010(inquiry_id: str) -> str:
    return (f"INSERT INTO sla_days (day, version) SELECT {_sla_day('i')}, 1 FROM inquiries i "
            f"WHERE i.id = {inquiry_id} {_SLA_BUMP}")


_SLA_PG_MIN = 130000  # pg_current_xact_id, pg_current_snapshot, pg_visible_in_snapshot, xid8: PostgreSQL 13


def _sla_check_server(version_num: int) -> None:
    """plpgsql checks a function's body only when it runs: on PostgreSQL 12 the upgrade would pass
    and every later inquiry write fail in its trigger."""
    if version_num < _SLA_PG_MIN:
        major = version_num // 10000 if version_num >= 100000 else version_num / 10000
        raise RuntimeError(f"migration 0011 needs PostgreSQL 13 or newer (report sla's change log uses "
                           f"pg_current_xact_id and pg_snapshot); this server is {major} "
                           f"(server_version_num {version_num}): upgrade PostgreSQL first")


def _sla_up() -> None:
    if op.get_bind().dialect.name == "postgresql":  # before any change: nothing half done
        _sla_check_server(int(op.get_bind().exec_driver_sql("SHOW server_version_num").scalar()))
    op.create_table(
        "sla_day_changes",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("xid", sa.BigInteger(), primary_key=True, autoincrement=False),
    )
    op.add_column("sla_days", sa.Column("rolled_snapshot", sa.Text(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _sla_functions((_log_inquiry("OLD"), _log_inquiry("NEW")),
                                    (_log_task("OLD.inquiry_id"), _log_task("NEW.inquiry_id"))):
        op.execute(statement)
    # The days kept under 0010 have no snapshot: computed again by the next report that covers them.


def _sla_down() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _sla_functions((_bump_inquiry_0010("OLD"), _bump_inquiry_0010("NEW")),
                                        (_bump_task_0010("OLD.inquiry_id"), _bump_task_0010("NEW.inquiry_id"))):
            op.execute(statement)
        # The versions did not move while the change log was kept: no day may pass for current on them.
        op.execute("UPDATE sla_days SET rolled_version = NULL")
        op.drop_column("sla_days", "rolled_snapshot")
    else:  # SQLite >= 3.35: the column goes without rebuilding the table
        op.execute("ALTER TABLE sla_days DROP COLUMN rolled_snapshot")
    op.drop_table("sla_day_changes")


# --- _counts: counters for status and the dashboard's volume (reports/status.py, web/dashboard.py) ---
#
# What is counted (reports/counts.py reads it; the readers' direct paths are the reference):
#   bucket 0, dim "status"          every inquiry, by status (`status`'s triaged / failed)
#   the period's inquiries (report sla's rule: triaged, filed as inquiry or with a reply task, i.e.
#   reply_due_at set, kept by 0009's triggers), by their receipt (received_at, else triaged_at):
#     quarter hour (UTC, epoch seconds of its start)   "n" all, "s" suspicious (weekday, hour, ISO week)
#     hour                                              "country", "language", "channel" ("-" when empty),
#                                                       "kind": each distinct result.suspicion of a
#                                                       suspicious one ("-" when none)
#     UTC day                                           the same as "d.country", ... "d.kind"
# Quarter hours convert exactly to the seller's clock for every zone whose offset is a multiple of
# 15 minutes; the reader reads the rest (and the period's first partial hour) from the inquiries.
# A period is read as whole days, the hours before its first whole day and its first partial hour:
# a few thousand counter rows for four weeks at a million inquiries a year (hours alone: ~37,000).
# The key leads with the dimension, so each of those is one range of it (SQLite: WITHOUT ROWID).
#
# Kept by triggers on inquiries (insert, delete, update of a counted column), so every writer is
# seen. SQLite has one writer: its triggers add to inquiry_counts directly (UPSERT). PostgreSQL's
# append +1 / -1 rows to inquiry_count_deltas (no conflict target, so two writers never wait for each
# other on a shared counter row until commit); readers add the deltas to the counts, and fold them in
# (reports/counts.fold: deletes the delta rows it sees and adds their sums).

_COUNTED = "received_at, triaged_at, status, filing, reply_due_at, suspicious, country, language, channel, result"


def _counted(row: str) -> str:
    """reports/sla._in_period(None): triaged, and filed as inquiry or given a reply task. That rule
    tests EXISTS (a reply task); this one reply_due_at IS NOT NULL (a trigger sees only its row). They
    agree while tasks.due_at is NOT NULL and 0009's task triggers keep reply_due_at = the due_at of
    the inquiry's first reply task (any state) on every task insert, update and delete (however written):
    tests/reports/test_counts.py's reply-task test fails if that breaks."""
    return f"{row}.status = 'triaged' AND ({row}.filing = 'inquiry' OR {row}.reply_due_at IS NOT NULL)"


def _bucket(row: str, width: int, sqlite: bool) -> str:
    """The start (epoch seconds) of the UTC bucket of `width` seconds holding the row's receipt.
    SQLite keeps UTC text 'YYYY-MM-DD HH:MM:SS.ffffff': strftime('%s') reads its first 19 characters
    (given the fraction it rounds to the millisecond: 23:59:59.9999 would count in the next day);
    % truncates, so floor by hand."""
    receipt = f"coalesce({row}.received_at, {row}.triaged_at)"
    if not sqlite:
        return f"(floor(extract(epoch FROM {receipt}) / {width}) * {width})::bigint"
    s = f"CAST(strftime('%s', substr({receipt}, 1, 19)) AS INTEGER)"
    return f"({s} - (({s} % {width}) + {width}) % {width})"


# A kind that is not a JSON string (null, number, bool, object, array) counts as this one value: its
# text differs between SQLite ('1'), PostgreSQL ('true') and Python ('True'), and a null would break
# the NOT NULL value column, failing the inquiry's write. web/dashboard.ODD_KIND is the same.
_ODD_KIND = "?"


def _kind(sqlite: bool, alias: str = "") -> str:
    """The kind of one element of json_each (SQLite) / json_array_elements (PostgreSQL)."""
    if sqlite:
        return f"CASE WHEN {alias}type = 'text' THEN {alias}value ELSE '{_ODD_KIND}' END"
    return f"CASE WHEN json_typeof({alias}value) = 'string' THEN {alias}value #>> '{{}}' ELSE '{_ODD_KIND}' END"


def _kinds(row: str, sqlite: bool) -> str:
    """The distinct kinds of the row's result.suspicion (an array; anything else holds none)."""
    if sqlite:
        doc = (f"CASE WHEN json_valid({row}.result) AND json_type({row}.result, '$.suspicion') = 'array' "
               f"THEN {row}.result ELSE '{{}}' END")
        return f"SELECT DISTINCT {_kind(True)} AS kind FROM json_each({doc}, '$.suspicion')"
    doc = (f"CASE WHEN json_typeof({row}.result -> 'suspicion') = 'array' THEN {row}.result -> 'suspicion' "
           "ELSE '[]'::json END")
    return f"SELECT DISTINCT {_kind(False)} AS kind FROM json_array_elements({doc})"


def _contributions(row: str, sign: str, sqlite: bool) -> str:
    """(bucket, dim, value, n) rows an inquiries row (NEW / OLD) adds (sign 1) or takes away (-1)."""
    quarter, hour, day = _bucket(row, 900, sqlite), _bucket(row, 3600, sqlite), _bucket(row, 86400, sqlite)
    counted = _counted(row)
    suspicious = f"{counted} AND {row}.suspicious"
    value = lambda column: f"coalesce(nullif({row}.{column}, ''), '-')"  # noqa: E731  (the dashboard's `x or "-"`)
    parts = [f"SELECT 0 AS bucket, 'status' AS dim, {row}.status AS value, {sign} AS n",
             f"SELECT {quarter}, 'n', '', {sign} WHERE {counted}",
             f"SELECT {quarter}, 's', '', {sign} WHERE {suspicious}"]
    for bucket, prefix in ((hour, ""), (day, "d.")):
        parts += [*(f"SELECT {bucket}, '{prefix}{c}', {value(c)}, {sign} WHERE {counted}"
                    for c in ("country", "language", "channel")),
                  f"SELECT {bucket}, '{prefix}kind', k.kind, {sign} FROM ({_kinds(row, sqlite)}) k WHERE {suspicious}",
                  f"SELECT {bucket}, '{prefix}kind', '-', {sign} WHERE {suspicious} AND NOT EXISTS ({_kinds(row, sqlite)})"]
    return " UNION ALL ".join(parts)


def _changed(sqlite: bool) -> str:
    """An update that may change what is counted (the rest fire nothing: 0009's task triggers rewrite
    reply_due_at on every deadline change, a claim rewrites nothing counted)."""
    differ = "IS NOT" if sqlite else "IS DISTINCT FROM"
    columns = ("received_at", "triaged_at", "status", "filing", "suspicious", "country", "language", "channel")
    result = "OLD.result IS NOT NEW.result" if sqlite else \
        "(OLD.result -> 'suspicion')::text IS DISTINCT FROM (NEW.result -> 'suspicion')::text"
    return " OR ".join([f"OLD.{c} {differ} NEW.{c}" for c in columns]
                       + [f"(OLD.reply_due_at IS NULL) {differ} (NEW.reply_due_at IS NULL)", result])


_UPSERT = "ON CONFLICT (bucket, dim, value) DO UPDATE SET n = inquiry_counts.n + excluded.n"


def _update_rows(sqlite: bool) -> str:
    """OLD taken away and NEW added, summed per key; keys whose sum is 0 are left out."""
    return (f"SELECT bucket, dim, value, sum(n) AS n FROM ({_contributions('OLD', '-1', sqlite)} UNION ALL "
            f"{_contributions('NEW', '1', sqlite)}) c GROUP BY bucket, dim, value HAVING sum(n) <> 0")


def _drop_zeros(row: str) -> str:
    """SQLite: delete the counter rows of OLD's keys (the only ones a deletion or an update lowers)
    that reached 0, so retention's deletions leave no zero rows behind (PostgreSQL: reports/counts.fold).
    One statement per dimension on the whole key: a row-value IN over the contributions used only
    the key's first column (a scan of the dimension per deleted inquiry: 12x the delete's time)."""
    quarter, hour, day = _bucket(row, 900, True), _bucket(row, 3600, True), _bucket(row, 86400, True)
    value = lambda column: f"coalesce(nullif({row}.{column}, ''), '-')"  # noqa: E731
    keys = [("'status'", "0", f"{row}.status"), ("'n'", quarter, "''"), ("'s'", quarter, "''")]
    drop = "DELETE FROM inquiry_counts WHERE n = 0 AND dim = {} AND bucket = {} AND value {}"
    statements = [drop.format(d, b, f"= {v}") for d, b, v in keys]
    for bucket, prefix in ((hour, ""), (day, "d.")):
        statements += [drop.format(f"'{prefix}{c}'", bucket, f"= {value(c)}") for c in ("country", "language", "channel")]
        statements.append(drop.format(f"'{prefix}kind'", bucket, f"IN (SELECT kind FROM ({_kinds(row, True)}) UNION ALL SELECT '-')"))
    return "; ".join(statements)


def _counts_up() -> None:
    """status and the dashboard's volume at a million inquiries (issue 10): trigger-kept counters."""
    op.create_table(
        "inquiry_counts",
        sa.Column("dim", sa.String(16), primary_key=True),
        sa.Column("bucket", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("value", sa.Text(), primary_key=True),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "inquiry_count_deltas",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("dim", sa.String(16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
    )
    sqlite = op.get_bind().dialect.name != "postgresql"
    if sqlite:
        op.execute("CREATE TRIGGER tr_inquiries_counts_insert AFTER INSERT ON inquiries BEGIN "
                   f"INSERT INTO inquiry_counts (bucket, dim, value, n) SELECT * FROM ({_contributions('NEW', '1', True)}) "
                   f"WHERE true {_UPSERT}; END")
        op.execute("CREATE TRIGGER tr_inquiries_counts_delete AFTER DELETE ON inquiries BEGIN "
                   f"INSERT INTO inquiry_counts (bucket, dim, value, n) SELECT * FROM ({_contributions('OLD', '-1', True)}) "
                   f"WHERE true {_UPSERT}; {_drop_zeros('OLD')}; END")
        op.execute(f"CREATE TRIGGER tr_inquiries_counts_update AFTER UPDATE OF {_COUNTED} ON inquiries "
                   f"WHEN {_changed(True)} BEGIN "
                   f"INSERT INTO inquiry_counts (bucket, dim, value, n) SELECT * FROM ({_update_rows(True)}) "
                   f"WHERE true {_UPSERT}; {_drop_zeros('OLD')}; END")
    else:
        insert = "INSERT INTO inquiry_count_deltas (bucket, dim, value, n)"
        op.execute(f"""CREATE FUNCTION inquiries_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN {insert} {_contributions('NEW', '1', False)};
    ELSIF TG_OP = 'DELETE' THEN {insert} {_contributions('OLD', '-1', False)};
    ELSE {insert} {_update_rows(False)};
    END IF;
    RETURN NULL;
END $$""")
        op.execute("CREATE TRIGGER tr_inquiries_counts AFTER INSERT OR DELETE ON inquiries "
                   "FOR EACH ROW EXECUTE PROCEDURE inquiries_counts()")
        op.execute(f"CREATE TRIGGER tr_inquiries_counts_update AFTER UPDATE OF {_COUNTED} ON inquiries "
                   f"FOR EACH ROW WHEN ({_changed(False)}) EXECUTE PROCEDURE inquiries_counts()")
    _count_existing(sqlite)


def _count_existing(sqlite: bool) -> None:
    """Back-fill from the rows already stored, in one INSERT ... SELECT: one pass over the inquiries
    into a CTE of the few values counted (used more than once, so both databases materialize it
    once), then each dimension summed from it. Not a temporary table: hardened PostgreSQL databases
    revoke TEMP from the application's role."""
    counted = _counted("i")
    kinds = (f"CASE WHEN json_valid(i.result) AND json_type(i.result, '$.suspicion') = 'array' "
             "THEN json_extract(i.result, '$.suspicion') END") if sqlite else \
        "CASE WHEN json_typeof(i.result -> 'suspicion') = 'array' THEN i.result -> 'suspicion' END"
    value = lambda column: f"coalesce(nullif(i.{column}, ''), '-')"  # noqa: E731
    base = f"""count_base AS (SELECT i.id AS id, i.status AS status,
        CASE WHEN {counted} THEN 1 ELSE 0 END AS counted, {_bucket('i', 900, sqlite)} AS quarter,
        {_bucket('i', 3600, sqlite)} AS hour, {_bucket('i', 86400, sqlite)} AS day, CASE WHEN {counted} AND i.suspicious THEN 1 ELSE 0 END AS suspicious,
        {value('country')} AS country, {value('language')} AS language, {value('channel')} AS channel,
        CASE WHEN {counted} AND i.suspicious THEN {kinds} END AS kinds FROM inquiries i)"""
    # each row's distinct kinds: SQLite by its id, PostgreSQL per row (LATERAL)
    each = (f"SELECT DISTINCT b.id, b.hour, b.day, {_kind(True, 'k.')} AS kind FROM count_base b, json_each(b.kinds) k"
            if sqlite else
            f"SELECT b.hour, b.day, k.kind FROM count_base b, LATERAL (SELECT DISTINCT {_kind(False)} AS kind "
            "FROM json_array_elements(b.kinds)) k")
    none = f"(SELECT 1 FROM {'json_each(b.kinds)' if sqlite else 'json_array_elements(b.kinds)'})"
    parts = ["SELECT 0 AS bucket, 'status' AS dim, status AS value, count(*) AS n FROM count_base GROUP BY status",
             "SELECT quarter, 'n', '', count(*) FROM count_base WHERE counted = 1 GROUP BY quarter",
             "SELECT quarter, 's', '', count(*) FROM count_base WHERE suspicious = 1 GROUP BY quarter"]
    for bucket, prefix in (("hour", ""), ("day", "d.")):
        parts += [*(f"SELECT {bucket}, '{prefix}{c}', {c}, count(*) FROM count_base WHERE counted = 1 GROUP BY {bucket}, {c}"
                    for c in ("country", "language", "channel")),
                  f"SELECT {bucket}, '{prefix}kind', kind, count(*) FROM ({each}) e GROUP BY {bucket}, kind",
                  f"SELECT {bucket}, '{prefix}kind', '-', count(*) FROM count_base b WHERE suspicious = 1 "
                  f"AND NOT EXISTS {none} GROUP BY {bucket}"]
    op.execute(f"WITH {base} INSERT INTO inquiry_counts (bucket, dim, value, n) " + " UNION ALL ".join(parts))


def _counts_down() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER tr_inquiries_counts_update ON inquiries")
        op.execute("DROP TRIGGER tr_inquiries_counts ON inquiries")
        op.execute("DROP FUNCTION inquiries_counts()")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER tr_inquiries_counts_{name}")
    op.drop_table("inquiry_count_deltas")
    op.drop_table("inquiry_counts")


# --- _filters: the queue's text and column filters at a million inquiries (store/queue.py) --------


#
# `queue --search/--buyer/--product` are substring matches, case-insensitive (ILIKE '%...%',
# store/queue.py): no B-tree serves them, so at 1M inquiries they read every live task's inquiry and
# lower-case its text (~35 us a row on PostgreSQL: 0.3-0.6 s). On PostgreSQL, trigram GIN indexes
# (pg_trgm) find the few inquiries holding a rare word first (a name, an order number, a code), on
# the very columns the filters read, so the queries are unchanged. pg_trgm is a contrib extension:
# CREATE EXTENSION needs the CREATE privilege on the database (it is "trusted" since PostgreSQL 13)
# or a superuser. Without it this section creates nothing and the filters stay correct, only slower
# (they read the live tasks as before); a DBA may later run `CREATE EXTENSION pg_trgm` and
# `bench/queue_filters_bench.py section --db URL`. SQLite has no trigram index: nothing there.
_TRIGRAM_INDEXES = {  # name: column (store/models.py declares them too, PostgreSQL only)
    "ix_inquiries_subject_trgm": "subject", "ix_inquiries_body_trgm": "body",
    "ix_inquiries_from_addr_trgm": "from_addr", "ix_inquiries_from_name_trgm": "from_name",
    "ix_inquiries_product_trgm": "product"}


def _trigrams_available(bind) -> bool:  # type: ignore[no-untyped-def]
    """pg_trgm installed (or installable now by this user) with its operator class visible."""
    have = "SELECT 1 FROM pg_opclass WHERE opcname = 'gin_trgm_ops' AND pg_opclass_is_visible(oid)"
    if bind.exec_driver_sql(have).first() is not None:
        return True
    try:
        with bind.begin_nested():  # a refusal must not abort the migration's transaction
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return False
    return bind.exec_driver_sql(have).first() is not None


def _filters_up() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql" or not _trigrams_available(bind):
        return
    bind.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")  # the build sorts less on disk
    for name, column in _TRIGRAM_INDEXES.items():
        bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON inquiries USING gin ({column} gin_trgm_ops)")
    bind.exec_driver_sql("ANALYZE inquiries")  # the planner weighs the new paths by the columns' statistics


def _filters_down() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name in _TRIGRAM_INDEXES:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")  # the extension stays: others may use it


# --- _suspicious: report suspicious's default listing, what still waits for a verdict (reports/suspicious.py) ---
#
# By default the report lists the suspicious inquiries not dismissed, highest risk first. Most
# suspicious inquiries end dismissed, so filtering ix_inquiries_suspicious_risk read every one of them
# to fill a page when few wait (PostgreSQL 1M, 324 of 150,000 waiting: 0.5-1.4 s). This partial index
# holds the waiting ones only (store/models.py declares it too): a page's ids (risk, id) and the count
# are read from it alone. The predicate is written as the report's WHERE is (a bare boolean), so
# both planners prove it; id is in it so PostgreSQL need not visit the table to cut a page.
_WAITING_INDEX = "ix_inquiries_suspicious_waiting"
_WAITING_WHERE = "suspicious AND dismissed_as IS NULL"  # one form for both databases (a bare boolean)


def _suspicious_up() -> None:
    op.create_index(_WAITING_INDEX, "inquiries", ["risk", "id", "triaged_at"],
                    sqlite_where=sa.text(_WAITING_WHERE), postgresql_where=sa.text(_WAITING_WHERE))


def _suspicious_down() -> None:
    op.drop_index(_WAITING_INDEX, table_name="inquiries")


def upgrade() -> None:
    _sla_up()
    _counts_up()
    _filters_up()
    _suspicious_up()


def downgrade() -> None:
    _suspicious_down()
    _filters_down()
    _counts_down()
    _sla_down()
