"""Reading the inquiry counters that database triggers keep (migration 0011 _counts): `status`'s
inquiries by status and the dashboard's volume, without reading the inquiries.

The counters (store/models.CountRow): bucket 0 holds every inquiry by status; the inquiries `report
sla` counts are summed by UTC bucket of their receipt (epoch seconds of the bucket's start): per
quarter hour in all ("n") and suspicious ("s"), per hour and per UTC day ("d.country", ...) by
country, language, channel and suspicion kind. On PostgreSQL the triggers append +1 / -1 rows to inquiry_count_deltas (no shared row two
writers would wait on until commit): a reader adds them to the counts in the same statement, and
`fold` moves them into the counts (readers do it when many are pending; the reminder round may).
"""

from __future__ import annotations

import json

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, case, func, literal, or_, select, text, tuple_, union_all
from sqlalchemy.orm import Session

from ..store.models import CountDeltaRow, CountRow

QUARTER = 900  # seconds: "n" and "s" buckets (exact on the seller's clock for offsets in quarter hours)
HOUR = 3600  # seconds: the other dimensions' buckets
ALL_TIME = 0  # the bucket of the counts that have no time (inquiries by status)
TIMED = ("n", "s")
CATEGORIES = ("country", "language", "channel", "kind")
# PostgreSQL: pending delta rows at which a reader folds them first. An inquiry's insert adds 8 (status,
# "n", country, language, channel by hour and by day; 1 when the period's rule does not count it), a
# suspicious one 5 more with two kinds ("s", 2 kinds by hour and by day): 13. So 20,000 rows are ~2,500
# inquiries; reading them costs a few ms, folding them ~75 ms (22,500 rows, measured on the 2-core box).
FOLD_AT = 20_000

# The fold, then the counter rows it brought to 0 deleted (retention's deletions would leave them
# forever): a second statement, as the first's parts all see the rows as they were before it.
_FOLD = text(
    "WITH moved AS (DELETE FROM inquiry_count_deltas RETURNING bucket, dim, value, n), "
    "written AS (INSERT INTO inquiry_counts (bucket, dim, value, n) "
    "SELECT bucket, dim, value, sum(n) FROM moved GROUP BY bucket, dim, value HAVING sum(n) <> 0 "
    "ON CONFLICT (bucket, dim, value) DO UPDATE SET n = inquiry_counts.n + excluded.n "
    "RETURNING bucket, dim, value, n) "
    "SELECT count(*), coalesce(json_agg(json_build_array(bucket, dim, value)) FILTER (WHERE n = 0), '[]') FROM written")
_DROP_ZEROS = text(
    "DELETE FROM inquiry_counts c USING json_array_elements(CAST(:keys AS json)) k "
    "WHERE c.bucket = (k ->> 0)::bigint AND c.dim = k ->> 1 AND c.value = k ->> 2 AND c.n = 0")


_FOLD_LOCK = 0x1E7A_C0DE  # any fixed number: PostgreSQL's advisory lock for a fold


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def fold(session: Session) -> int:
    """PostgreSQL: move the committed delta rows into inquiry_counts (in the caller's transaction).
    The DELETE removes only the rows its snapshot sees, so a writer's rows committed meanwhile stay
    for the next fold, never lost. One fold at a time (a transaction-scoped advisory lock): another
    one running, this one does nothing rather than wait for its commit (its DELETE would).
    Returns the counter rows written (0 on SQLite, whose triggers write the counts directly).
    Its cost: see FOLD_AT; the reminder round is the place to call it, so readers rarely have to."""
    if not _postgresql(session):
        return 0
    return _fold(session)


def _fold(on: Session | Connection) -> int:
    if not on.scalar(select(func.pg_try_advisory_xact_lock(_FOLD_LOCK))):
        return 0
    written, zeros = on.execute(_FOLD).one()
    if zeros:
        on.execute(_DROP_ZEROS, {"keys": json.dumps(zeros)})
    return int(written)


def fold_if_many(session: Session, at: int = FOLD_AT) -> bool:
    """Fold when `at` or more delta rows are pending: in a transaction of its own when the session
    works on an engine (committed at once, so the counters' rows are locked only for the fold), else
    in the session's. True when it folded."""
    if not _postgresql(session):
        return False
    pending = session.scalar(select(func.count()).select_from(select(CountDeltaRow.id).limit(at).subquery())) or 0
    if pending < at:
        return False
    bind = session.get_bind()
    if isinstance(bind, Engine):
        with bind.begin() as connection:
            _fold(connection)
    else:
        fold(session)
    return True


def _sources(session: Session, where: Any) -> Any:
    """inquiry_counts (+ the pending deltas on PostgreSQL) as one row source; `where(table)`: its conditions."""
    parts = [select(CountRow.bucket, CountRow.dim, CountRow.value, CountRow.n).where(*where(CountRow))]
    if _postgresql(session):
        parts.append(select(CountDeltaRow.bucket, CountDeltaRow.dim, CountDeltaRow.value, CountDeltaRow.n)
                     .where(*where(CountDeltaRow)))
    return union_all(*parts).subquery("counts") if len(parts) > 1 else parts[0].subquery("counts")


def by_status(session: Session) -> dict[str, int]:
    """Every inquiry by status."""
    fold_if_many(session)
    rows = _sources(session, lambda t: (t.bucket == ALL_TIME, t.dim == "status"))
    total = func.sum(rows.c.n)
    return {value: int(n) for value, n in session.execute(
        select(rows.c.value, total).group_by(rows.c.value).having(total != 0))}


def _where_dims(dims: tuple[str, ...], lo: int | None = None, hi: int | None = None) -> Any:
    def where(t: Any) -> tuple[Any, ...]:
        return (t.dim.in_(dims), *(() if lo is None else (t.bucket >= lo,)), *(() if hi is None else (t.bucket < hi,)))
    return where


def category_counts(session: Session, hour: int | None, day: int | None) -> dict[str, dict[str, int]]:
    """Country, language, channel and kind -> value -> inquiries received at or after epoch second
    `hour` (a whole UTC hour; None: all): the hours before `day` (the first UTC midnight at or after
    `hour`) from the hourly counters, the rest from the daily ones. One statement (call fold_if_many
    first)."""
    daily = tuple(f"d.{c}" for c in CATEGORIES)
    by_day, by_hour = _where_dims(daily, day), _where_dims(CATEGORIES, hour, day)

    def where(t: Any) -> tuple[Any, ...]:
        ranges = [and_(*by_day(t))]
        if hour is not None and day is not None and hour < day:
            ranges.append(and_(*by_hour(t)))
        return (or_(*ranges),)

    rows = _sources(session, where)
    dim, total = func.replace(rows.c.dim, "d.", ""), func.sum(rows.c.n)
    out: dict[str, dict[str, int]] = {c: {} for c in CATEGORIES}
    for name, value, n in session.execute(select(dim, rows.c.value, total).group_by(dim, rows.c.value)
                                          .having(total != 0)):
        out[name][value] = int(n)
    return out


def quarter_span(session: Session, start: int | None) -> tuple[int, int] | None:
    """The first and last quarter hour at or after `start` (None: all) holding a receipt counted."""
    rows = _sources(session, _where_dims(("n",), start))
    first, last = session.execute(select(func.min(rows.c.bucket), func.max(rows.c.bucket))).one()
    return None if first is None else (int(first), int(last))


Segment = tuple[int, int, "int | None"]  # [from, to) in epoch seconds, the seller's offset throughout (None: it varies)


@dataclass
class TimeCounts:
    """Receipts [all, suspicious] by the seller's day (days since 1970-01-01 on its clock) and hour of
    day, and by UTC quarter hour where the offset varies (those the caller converts one by one)."""

    days: dict[int, list[int]] = field(default_factory=dict)
    hours: dict[int, list[int]] = field(default_factory=dict)
    quarters: dict[int, list[int]] = field(default_factory=dict)


def time_counts(session: Session, segments: list[Segment]) -> TimeCounts:
    """The quarter-hour counters ("n", "s") of `segments` (whole quarter hours, ascending), grouped in
    the database by the seller's day and hour where its offset is fixed (bucket + offset: seconds on
    its clock), returned per quarter hour elsewhere. One statement of a few hundred rows for weeks
    (call fold_if_many first)."""
    out = TimeCounts()
    if not segments:
        return out
    rows = _sources(session, _where_dims(TIMED, segments[0][0], segments[-1][1]))
    fixed = [(lo, hi, offset) for lo, hi, offset in segments if offset is not None]
    varying = [(lo, hi) for lo, hi, offset in segments if offset is None]
    parts = []
    if fixed:
        offset = case(*[(and_(rows.c.bucket >= lo, rows.c.bucket < hi), literal(off)) for lo, hi, off in fixed])
        local = select((rows.c.bucket + offset).label("local"), rows.c.dim, rows.c.n) \
            .where(or_(*[and_(rows.c.bucket >= lo, rows.c.bucket < hi) for lo, hi, _ in fixed])).subquery("local")
        day, hour = local.c.local // 86400, local.c.local % 86400 // 3600  # non-negative: floor = truncation
        if _postgresql(session):
            # one scan of the counters grouped both ways (GROUPING SETS), not one scan per grouping:
            # a row of the (day, dim) set has no hour, one of the (hour, dim) set no day
            label = day.label("day"), hour.label("hour")
            parts.append(select(case((func.grouping(label[0]) == 0, literal("d")), else_=literal("h")),
                                func.coalesce(label[0], label[1]), local.c.dim, func.sum(local.c.n))
                         .group_by(func.grouping_sets(tuple_(label[0], local.c.dim), tuple_(label[1], local.c.dim))))
        else:
            parts += [select(literal("d"), day, local.c.dim, func.sum(local.c.n)).group_by(day, local.c.dim),
                      select(literal("h"), hour, local.c.dim, func.sum(local.c.n)).group_by(hour, local.c.dim)]
    if varying:
        parts.append(select(literal("q"), rows.c.bucket, rows.c.dim, func.sum(rows.c.n))
                     .where(or_(*[and_(rows.c.bucket >= lo, rows.c.bucket < hi) for lo, hi in varying]))
                     .group_by(rows.c.bucket, rows.c.dim))
    target = {"d": out.days, "h": out.hours, "q": out.quarters}
    for part, key, dim, n in session.execute(union_all(*parts)):
        if n:
            target[part].setdefault(int(key), [0, 0])[TIMED.index(dim)] += int(n)
    return out
