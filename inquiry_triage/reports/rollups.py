"""`report sla`'s daily rollups (migration 0010): a UTC day of receipts summed once per group, read
back instead of the day's inquiries.

A day's groups (grade x first-reply author) hold counts and, packed, the values the figures are made
of that move with `now` or need ranks: the replied inquiries' response seconds (median, p90), the
deadlines of the unreplied inquiries a reply is owed to (breaches: those before `now`) and of the
live reply tasks (backlog; overdue: those before `now`). So a kept day gives exactly what the direct
report computes from its inquiries, at any `now` and for any grouping made of those keys.

Exact and current: database triggers bump sla_days.version whenever an inquiry of the day or one of
its reply tasks changes; a day's groups are read only while rolled_version = version (and, for
business hours, rolled_calendar is the report's calendar). A missing or stale day is computed from its
inquiries by the report (reports/sla.py) and kept here with a conditional write: the version read
before the inquiries were read must still be the day's, else nothing is kept (a change made
meanwhile is never hidden). Keeping is best effort: a busy store keeps it next time.

This module is the day arithmetic, the packing and the table's reads and writes; what a day holds
is computed by reports/sla.py from the same columns as the direct report.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import and_, delete, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..store.models import SlaDayGroupRow, SlaDayRow, as_utc

DAY = timedelta(days=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICRO = timedelta(microseconds=1)
_BIG_ENDIAN = sys.byteorder == "big"  # packed values are little-endian on every machine


def micros(value: datetime) -> int:
    """A stored time as integer microseconds since the epoch (exact; ordered as the times are)."""
    utc = as_utc(value)
    assert utc is not None
    return (utc - _EPOCH) // _MICRO


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=timezone.utc)


def day_of(value: datetime) -> date:
    """The UTC day of a stored time (the triggers' day of a receipt)."""
    utc = as_utc(value)
    assert utc is not None
    return utc.date()


def pack(values: array) -> bytes:
    if _BIG_ENDIAN:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def unpack(typecode: str, blob: bytes | None) -> array:
    values = array(typecode)
    if blob:
        values.frombytes(blob)
        if _BIG_ENDIAN:
            values.byteswap()
    return values


@dataclass
class DayGroup:
    """One day x grade x first-reply author, as computed from the inquiries or read back."""

    grade: str
    agent: str
    inquiries: int = 0
    replied: int = 0
    late_replies: int = 0  # replied after the first reply task's deadline: a breach whatever `now` is
    wall: array = field(default_factory=lambda: array("d"))
    business: array = field(default_factory=lambda: array("d"))
    owed_due: array = field(default_factory=lambda: array("q"))  # unreplied, not dismissed: their deadline
    live_due: array = field(default_factory=lambda: array("q"))  # each live reply task's deadline

    def settle(self) -> DayGroup:
        """Sort the values once computed: the deadlines are counted before `now` by bisection (and
        sorted runs of response times sort fast when a report joins them)."""
        for name in ("wall", "business", "owed_due", "live_due"):
            values = getattr(self, name)
            setattr(self, name, array(values.typecode, sorted(values)))
        return self

    def row(self, day: date) -> dict[str, Any]:
        return {"day": day, "grade": self.grade, "agent": self.agent, "inquiries": self.inquiries,
                "replied": self.replied, "late_replies": self.late_replies, "wall": pack(self.wall),
                "business": pack(self.business), "owed_due": pack(self.owed_due), "live_due": pack(self.live_due)}

    def breaches(self, now_us: int) -> int:
        return self.late_replies + bisect_left(self.owed_due, now_us)

    def overdue(self, now_us: int) -> int:
        return bisect_left(self.live_due, now_us)


# --- which days are read from rollups, which ranges live -------------------------------------------

@dataclass
class Plan:
    days: list[date]  # whole UTC days read from (or computed into) the rollups, in order
    live: list[tuple[datetime | None, datetime | None]]  # receipt ranges [from, to) read directly


def plan(since: datetime | None, now: datetime, first_receipt: datetime | None,
         boundaries: Sequence[datetime] = ()) -> Plan:
    """The period [since, ...) as whole UTC days before `now`'s day (rollups) and the rest (live):
    the partial day at its start, today and anything later, and each day a group boundary falls
    inside (`boundaries`: week starts on a clock that is not UTC's)."""
    today = now.astimezone(timezone.utc).date()
    if since is None:
        if first_receipt is None:
            return Plan([], [(None, None)])
        first = day_of(first_receipt)
    else:
        start = since.astimezone(timezone.utc)
        first = start.date() if start == day_start(start.date()) else start.date() + DAY
    days, live = [], []
    head_end = day_start(first) if first < today else None
    live.append((since, head_end))
    if head_end is None:
        return Plan([], live)
    day, starts = first, sorted(boundaries)
    while day < today:
        begin = day_start(day)
        after = bisect_right(starts, begin)  # the first boundary after the day's start: inside it?
        if after < len(starts) and starts[after] < begin + DAY:
            _extend(live, begin, begin + DAY)
        else:
            days.append(day)
        day += DAY
    _extend(live, day_start(today), None)
    return Plan(days, [r for r in live if r[0] is None or r[1] is None or r[0] < r[1]])


def _extend(live: list[tuple[datetime | None, datetime | None]], begin: datetime, end: datetime | None) -> None:
    """Add [begin, end) to the live ranges, joined to the last one when they touch."""
    if live and live[-1][1] == begin:
        live[-1] = (live[-1][0], end)
    else:
        live.append((begin, end))


def runs(days: Iterable[date]) -> Iterator[tuple[date, date]]:
    """Consecutive days as (first, last) runs."""
    first = last = None
    for day in sorted(days):
        if last is not None and day == last + DAY:
            last = day
            continue
        if first is not None:
            yield first, last  # type: ignore[misc]
        first = last = day
    if first is not None:
        yield first, last  # type: ignore[misc]


# --- the table ---------------------------------------------------------------------------------------

@dataclass
class Kept:
    versions: dict[date, int | None]  # each planned day's version as read (None: no row yet)
    groups: dict[date, list[DayGroup]]  # the valid days' groups


def read(session: Session, days: Sequence[date], calendar_id: str | None) -> Kept:
    """The days' versions, and the groups of those whose rollup is current (for `calendar_id`'s
    business hours when one is given). Read before the inquiries they are checked against."""
    kept = Kept({day: None for day in days}, {})
    if not days:
        return kept
    d, g = SlaDayRow, SlaDayGroupRow
    # One statement (one snapshot): each day of the span with its groups (none: a row of NULLs)
    columns = (d.day, d.version, d.rolled_version, d.rolled_calendar, g.grade, g.agent, g.inquiries, g.replied,
               g.late_replies, g.wall, g.business, g.owed_due, g.live_due)
    # Core, not the ORM's row loading (several times slower for the few thousand rows of a long period)
    # the range on both tables: each read by its primary key's range (a planner need not guess the join)
    span = (days[0], days[-1])
    found = session.connection().execute(select(*columns)
                                         .outerjoin(g, and_(g.day == d.day, g.day.between(*span)))
                                         .where(d.day.between(*span)))
    for (day, version, rolled_version, rolled_calendar, grade, agent, inquiries, replied, late, wall, business, owed,
         live) in found:
        if day not in kept.versions:
            continue  # a day read directly (a group boundary inside it)
        kept.versions[day] = version
        if rolled_version != version or (calendar_id is not None and rolled_calendar != calendar_id):
            continue
        groups = kept.groups.setdefault(day, [])
        if grade is not None:
            groups.append(DayGroup(grade, agent, inquiries, replied, late, unpack("d", wall), unpack("d", business),
                                   unpack("q", owed), unpack("q", live)))
    return kept


def keep(session: Session, computed: dict[date, list[DayGroup]], versions: dict[date, int | None],
         calendar_id: str | None) -> int:
    """Keep the computed days whose version is still the one read before they were computed; returns
    how many were kept. Best effort, in a savepoint: a busy store (SQLite: another writer) keeps
    nothing now, and the caller's transaction goes on."""
    if not computed:
        return 0
    kept = 0
    try:
        with _no_wait(session), session.begin_nested():
            for day, groups in sorted(computed.items()):
                if not _claim(session, day, versions.get(day), calendar_id):
                    continue
                session.execute(delete(SlaDayGroupRow).where(SlaDayGroupRow.day == day))
                if groups:
                    session.execute(insert(SlaDayGroupRow), [g.row(day) for g in groups])
                kept += 1
    except OperationalError:
        return 0
    return kept


def _claim(session: Session, day: date, version: int | None, calendar_id: str | None) -> bool:
    """Mark the day rolled at `version`, only if that is still its version (PostgreSQL: waits for a
    writer that bumped it meanwhile, then sees the new version and claims nothing)."""
    if version is not None:
        done = session.execute(update(SlaDayRow).where(SlaDayRow.day == day, SlaDayRow.version == version)
                               .values(rolled_version=version, rolled_calendar=calendar_id))
        return bool(done.rowcount)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    first = (dialect.insert(SlaDayRow).values(day=day, version=0, rolled_version=0, rolled_calendar=calendar_id)
             .on_conflict_do_nothing(index_elements=["day"]))
    return bool(session.execute(first).rowcount)


@contextmanager
def _no_wait(session: Session) -> Iterator[None]:
    """SQLite: do not wait the store's 10 s busy timeout for another writer's lock to keep a
    rollup; the previous timeout is restored after."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA busy_timeout")).scalar()
    session.execute(text("PRAGMA busy_timeout=0"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA busy_timeout={int(before or 0)}"))


def week_of_day(day: date, weeks: Sequence[tuple[datetime, str]]) -> str:
    """The week label of a whole day (no week start inside it), as the direct report's CASE gives
    each of its receipts: the last week starting at or before it, else the first."""
    starts = [start for start, _ in weeks]
    return weeks[max(0, bisect_right(starts, day_start(day)) - 1)][1]
