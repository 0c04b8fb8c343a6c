"""`report sla`'s daily rollups (migration 0010): a UTC day of receipts summed once per group, read
back instead of the day's inquiries.

A day's groups (grade x first-reply author) hold counts and, packed, the values the figures are made
of that move with `now` or need ranks: the replied inquiries' response seconds (median, p90), the
deadlines of the unreplied inquiries a reply is owed to (breaches: those before `now`) and of the
live reply tasks (backlog; overdue: those before `now`). So a kept day gives exactly what the direct
report computes from its inquiries, at any `now` and for any grouping made of those keys.

Exact and current: database triggers record whenever an inquiry of the day or one of its reply tasks
changes, and a day's groups are read only while no change was recorded since they were computed
(and, for business hours, rolled_calendar is the report's calendar). A missing or stale day is
computed from its inquiries by the report (reports/sla.py) and kept here; a change made meanwhile is
never hidden. Keeping is best effort: a busy store keeps it next time.

* SQLite (one writer at a time): the triggers bump sla_days.version (migration 0010); a day is
  current while rolled_version = version. It is kept with a conditional write: the version read
  before the inquiries were read must still be the day's, else nothing is kept.
* PostgreSQL (migration 0011): a bump would lock the day's row until the writer commits, so two
  agents closing reply tasks of the same day would wait for each other. The triggers append
  (day, transaction id) to sla_day_changes instead (one row per transaction and day; nobody else's
  key, so nobody waits). The report takes a snapshot S (pg_current_snapshot()) before it reads
  anything; a day is kept with S as rolled_snapshot, and is current while every change row of the
  day is of a transaction S saw committed (pg_visible_in_snapshot). A transaction S did not see
  keeps its rows, so its change makes the day stale whenever it commits. Keeping deletes the day's
  change rows S saw (they are in the groups), under the day's row lock (FOR UPDATE SKIP LOCKED: a
  report never waits for another), and never replaces a rollup kept under a snapshot S does not
  cover (that report deleted rows S would need). A day's first sla_days row is added under an
  advisory lock per day (pg_try_advisory_xact_lock): a report skips a day another one is adding.
  The reminder round prunes the rows of transactions every later snapshot sees ended
  (prune_changes): days never kept would keep them forever. A prune moves the version of each day
  whose rows it deletes unkept (and clears a kept snapshot that missed them); a report reads the
  versions before it takes S and keeps a day only at the version it read.
  Transaction ids are a cluster's own: a dump restored into a cluster whose count is behind the
  original's carries kept snapshots from this cluster's future (their xmin above its ids: its changes
  would pass for seen). No snapshot taken here is ahead of the current one, so such a day is not
  current, and the first report that meets one (or a prune) clears every such snapshot
  (forget_foreign): a day changed before any report or prune ran is not hidden either.

Parts (migration 0012): by week on a clock that is not UTC's a week starts inside a UTC day (Monday
00:00 in Shanghai is Sunday 16:00 UTC; in Madrid 23:00 or 22:00, in St John's Monday 03:30 or
02:30). Such a day's groups are kept cut at those instants: each group row holds the part of the day
from `part` (microseconds after its UTC midnight) up to the next cut (sla_days.rolled_cuts), so the
parts fall into their weeks whole and the day is still read from the rollups; read whole (by grade,
agent) its parts are summed. The day is still one unit of the rules above (one version, one
snapshot, one set of change rows): only its groups are finer. A day kept without a cut a report
needs is computed again with it, keeping the cuts it had (another calendar's weeks stay served).

This module is the day arithmetic, the packing and the table's reads and writes; what a day holds
is computed by reports/sla.py from the same columns as the direct report.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import (BigInteger, Boolean, ColumnElement, Text, and_, cast, delete, func, insert, literal, literal_column, or_, select,
                        text, update)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.types import UserDefinedType

from ..store.models import SlaDayChangeRow, SlaDayGroupRow, SlaDayRow, as_utc

DAY = timedelta(days=1)
MAX_CUTS = 8  # a day keeps at most this many cuts (several calendars' weeks); more: only the report's own
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


def cut_at(day: date, part: int) -> datetime:
    """The instant a part of the day starts (`part`: microseconds after its UTC midnight)."""
    return day_start(day) + timedelta(microseconds=part)


def cuts_text(cuts: Sequence[int]) -> str | None:
    """sla_days.rolled_cuts: the parts' starts after 0, ascending (None: the whole day, one part)."""
    return ",".join(str(c) for c in sorted(set(cuts))) or None


def parse_cuts(value: str | None) -> tuple[int, ...]:
    return tuple(int(c) for c in value.split(",") if c) if value else ()


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
    part: int = 0  # the part of the day it holds: from this many microseconds after its UTC midnight

    def settle(self) -> DayGroup:
        """Sort the values once computed: the deadlines are counted before `now` by bisection (and
        sorted runs of response times sort fast when a report joins them)."""
        for name in ("wall", "business", "owed_due", "live_due"):
            values = getattr(self, name)
            setattr(self, name, array(values.typecode, sorted(values)))
        return self

    def row(self, day: date) -> dict[str, Any]:
        return {"day": day, "part": self.part, "grade": self.grade, "agent": self.agent, "inquiries": self.inquiries,
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
    cuts: dict[date, tuple[int, ...]] = field(default_factory=dict)  # days a group boundary falls inside: where


def plan(since: datetime | None, now: datetime, first_receipt: datetime | None,
         boundaries: Sequence[datetime] = ()) -> Plan:
    """The period [since, ...) as whole UTC days before `now`'s day (rollups) and the rest (live):
    the partial day at its start, today and anything later. A day a group boundary falls inside
    (`boundaries`: week starts on a clock that is not UTC's) is read in parts cut there (`cuts`)."""
    today = now.astimezone(timezone.utc).date()
    if since is None:
        if first_receipt is None:
            return Plan([], [(None, None)])
        first = day_of(first_receipt)
    else:
        start = since.astimezone(timezone.utc)
        first = start.date() if start == day_start(start.date()) else start.date() + DAY
    days, live, cuts = [], [], {}
    head_end = day_start(first) if first < today else None
    live.append((since, head_end))
    if head_end is None:
        return Plan([], live)
    day, starts = first, sorted(set(as_utc(b) for b in boundaries))  # type: ignore[misc]
    while day < today:
        begin = day_start(day)
        inside = starts[bisect_right(starts, begin):bisect_left(starts, begin + DAY)]  # after its start, before its end
        if inside:
            cuts[day] = tuple((b - begin) // _MICRO for b in inside)
        days.append(day)
        day += DAY
    _extend(live, day_start(today), None)
    return Plan(days, [r for r in live if r[0] is None or r[1] is None or r[0] < r[1]], cuts)


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


# --- PostgreSQL snapshots: which transactions a rollup saw ------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    """A PostgreSQL pg_snapshot, 'xmin:xmax:xip,...' (transaction ids with their epoch): the
    transactions below xmin and those below xmax not listed as running had ended when it was taken."""

    xmin: int
    xmax: int
    running: frozenset[int]

    @classmethod
    def parse(cls, value: str) -> Snapshot:
        xmin, xmax, running = value.split(":")
        return cls(int(xmin), int(xmax), frozenset(int(x) for x in running.split(",") if x))

    def __str__(self) -> str:
        return f"{self.xmin}:{self.xmax}:{','.join(str(x) for x in sorted(self.running))}"

    def sees(self, xid: int) -> bool:
        """pg_visible_in_snapshot: the transaction had ended (committed, or aborted: its rows are gone)."""
        return xid < self.xmin or (xid < self.xmax and xid not in self.running)

    def covers(self, older: Snapshot) -> bool:
        """Every transaction `older` saw, this one sees too (it was taken later, or is the same)."""
        return self.xmax >= older.xmax and not any(older.sees(x) for x in self.running)

    def from_outside(self, own: int | None) -> Snapshot:
        """The snapshot as another transaction would read it: its own transaction (`own`, if it has
        an id yet) still running. A snapshot never lists its own transaction, and below xmax it
        would pass for ended: its writes after the report would then pass for rolled up."""
        if own is None or own >= self.xmax:
            return self
        return Snapshot(min(self.xmin, own), self.xmax, self.running | {own})


class _Xid8(UserDefinedType):  # PostgreSQL's 64-bit transaction id, for pg_visible_in_snapshot
    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "xid8"


class _PgSnapshot(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "pg_snapshot"


def _seen(xid: Any, snapshot: Any) -> ColumnElement[bool]:
    """PostgreSQL: the change row's transaction had ended for the snapshot (text)."""
    return func.pg_visible_in_snapshot(cast(cast(xid, Text), _Xid8()), cast(snapshot, _PgSnapshot()), type_=Boolean)


def _foreign(snapshot: Any) -> ColumnElement[bool]:
    """PostgreSQL: a kept snapshot (text) ahead of the current one: of another cluster (a restored
    dump; the module docstring), never one taken here."""
    xmax = cast(func.split_part(snapshot, ":", 2), BigInteger)
    return xmax > cast(cast(func.pg_snapshot_xmax(func.pg_current_snapshot()), Text), BigInteger)


def current(dialect: str) -> ColumnElement[bool]:
    """An sla_days row's groups hold its day as it is now (the calendar aside)."""
    d, c = SlaDayRow, SlaDayChangeRow
    if dialect != "postgresql":
        return d.rolled_version == d.version
    changed = select(c.xid).where(c.day == d.day, ~_seen(c.xid, d.rolled_snapshot)).exists()
    return and_(d.rolled_snapshot.is_not(None), ~_foreign(d.rolled_snapshot), ~changed)


def forget_foreign(session: Session) -> list[tuple[date, int]]:
    """PostgreSQL: clear every kept snapshot of another cluster (`_foreign`), moving the day's version
    as a prune does; (day, new version) of each. Skips the rows a report holds (locked while it keeps
    a day: its snapshot is this cluster's). Nothing to do but after a dump was restored."""
    d = SlaDayRow
    days = select(d.day).where(d.rolled_snapshot.is_not(None), _foreign(d.rolled_snapshot)) \
        .with_for_update(skip_locked=True).scalar_subquery()
    return [(day, version) for day, version in session.execute(
        update(d).where(d.day.in_(days)).values(rolled_snapshot=None, version=d.version + 1)
        .returning(d.day, d.version), execution_options={"synchronize_session": False})]


def _snapshot(session: Session) -> tuple[str, int | None]:
    """PostgreSQL: this statement's snapshot, taken after the days' versions, before the report reads any
    inquiry (later statements see at least what it saw committed: READ COMMITTED takes a newer
    snapshot for each, REPEATABLE READ and SERIALIZABLE keep this one, so the days computed after it
    hold every change it saw), as
    other transactions see it; and this transaction's id if it has one (it wrote before the report)."""
    value, own = session.execute(text("SELECT pg_current_snapshot()::text, pg_current_xact_id_if_assigned()::text")).one()
    xid = int(own) if own else None
    return str(Snapshot.parse(value).from_outside(xid)), xid


# --- the table ---------------------------------------------------------------------------------------

@dataclass
class Kept:
    versions: dict[date, int | None]  # each planned day's version as read (None: no row yet)
    groups: dict[date, list[DayGroup]]  # the valid days' groups
    cuts: dict[date, tuple[int, ...]] = field(default_factory=dict)  # the cuts each day was kept with (valid or not)
    snapshot: str | None = None  # PostgreSQL: taken before the inquiries were read (what a computed day is kept with)
    own: int | None = None  # PostgreSQL: the reading transaction's id, if it had written before
    # PostgreSQL: each day row's print (its xmin, version and kept snapshot's xmax, the server's start:
    # every keep, prune or claim writes a new row version; read_statement),
    # and the valid days whose groups were not fetched because the caller holds them at that print
    prints: dict[date, str] = field(default_factory=dict)
    held: set[date] = field(default_factory=set)


def read_statement(first: date, last: date, dialect: str, held: Mapping[date, str] | None = None) -> Any:
    """Each day of [first, last] that has a row, whether its groups are current, its print (PostgreSQL:
    the row's xmin, a new one whenever the row is written; else NULL) and its groups (none: a row of
    NULLs), in one statement (one snapshot). Each table read by its primary key's range (a planner
    need not guess the join). `held` (PostgreSQL): days the caller holds the groups of, at a print:
    those groups are not fetched while the day's print is still that one."""
    d, g = SlaDayRow, SlaDayGroupRow
    postgres = dialect == "postgresql"
    # the row version's transaction id (32 bits: with the row's version and its kept snapshot's xmax,
    # 64 bits, no row rewritten after the ids wrap around prints the same), and the server's start
    # (ids are the cluster's: another cluster behind the same address numbers its transactions anew)
    printed = (literal_column("concat(sla_days.xmin::text, '/', sla_days.version, '/', "
                              "split_part(sla_days.rolled_snapshot, ':', 2), '@', pg_postmaster_start_time()::text)")
               if postgres else literal(None, Text))
    foreign = and_(d.rolled_snapshot.is_not(None), _foreign(d.rolled_snapshot)) if postgres else literal(False)
    days_q = select(d.day, d.version, current(dialect).label("current"), d.rolled_calendar, d.rolled_cuts,
                    printed.label("print"), foreign.label("foreign")).where(d.day.between(first, last))
    # PostgreSQL: each day's change rows looked at once, not once per group (a joined subquery's
    # EXISTS runs per joined row: 20-30 groups a day)
    days = days_q.cte("days").prefix_with("MATERIALIZED") if postgres else days_q.subquery("days")
    on = [g.day == days.c.day, g.day.between(first, last)]
    if held and postgres:  # one array parameter ('day/print'), not a pair of parameters a day to expand
        pair = func.concat(cast(days.c.day, Text), "/", days.c.print)
        on.append(pair != func.all_(cast(literal([f"{day.isoformat()}/{p}" for day, p in sorted(held.items())],
                                                 postgresql.ARRAY(Text)), postgresql.ARRAY(Text))))
    return (select(days.c.day, days.c.version, days.c.current, days.c.rolled_calendar, days.c.rolled_cuts,
                   days.c.print, days.c.foreign, g.part, g.grade, g.agent, g.inquiries, g.replied, g.late_replies, g.wall, g.business,
                   g.owed_due, g.live_due)
            .select_from(days).outerjoin(g, and_(*on)))


def read(session: Session, days: Sequence[date], calendar_id: str | None,
         cuts: dict[date, tuple[int, ...]] | None = None, held: Mapping[date, str] | None = None) -> Kept:
    """The days' versions, and the groups of those whose rollup is current (for `calendar_id`'s
    business hours when one is given, and cut at least at `cuts` where the report needs parts).
    Read before the inquiries they are checked against. `held` (PostgreSQL): days whose groups the
    caller holds, each at a print; such a day still at that print and valid is in `Kept.held`, its
    groups not read (a day held at another print is read as any other)."""
    kept = Kept({day: None for day in days}, {})
    cuts = cuts or {}
    held = held or {}
    if not days:
        return kept
    dialect = session.get_bind().dialect.name
    # Core, not the ORM's row loading (several times slower for the few thousand rows of a long period),
    # fetched at once (row by row cost ~20 us a row on psycopg: a 4-week period is ~600 rows)
    found = session.connection().execute(read_statement(days[0], days[-1], dialect, held)).all()
    foreign = False
    for (day, version, is_current, rolled_calendar, rolled_cuts, printed, is_foreign, part, grade, agent, inquiries,
         replied, late, wall, business, owed, live) in found:
        if day not in kept.versions:
            continue  # not asked for
        foreign = foreign or bool(is_foreign)
        kept.versions[day] = version
        have = kept.cuts[day] = parse_cuts(rolled_cuts)
        if printed is not None:
            kept.prints[day] = printed
        if not is_current or (calendar_id is not None and rolled_calendar != calendar_id) \
                or not set(cuts.get(day, ())) <= set(have):
            continue
        if printed is not None and held.get(day) == printed:
            kept.held.add(day)  # valid, and its groups are the ones the caller holds (not fetched)
            continue
        groups = kept.groups.setdefault(day, [])
        if grade is not None:
            groups.append(DayGroup(grade, agent, inquiries, replied, late, unpack("d", wall), unpack("d", business),
                                   unpack("q", owed), unpack("q", live), part))
    if dialect == "postgresql":
        if foreign:  # a restored dump's kept days (not current above): cleared, all of them, once
            try:
                with session.begin_nested():
                    kept.versions.update((day, version) for day, version in forget_foreign(session)
                                         if day in kept.versions)
            except OperationalError:
                pass
        # After the versions: a prune (prune_changes) that deleted change rows this snapshot may not
        # have seen bumped the version, so the day is not kept under it (the inquiries are read after).
        kept.snapshot, kept.own = _snapshot(session)
    return kept


def cuts_to_keep(needed: Sequence[int], had: Sequence[int]) -> tuple[int, ...]:
    """The cuts to compute a day with: the report's and those it was kept with (another calendar's
    weeks), unless that makes more than MAX_CUTS."""
    both = sorted(set(needed) | set(had))
    return tuple(both) if len(both) <= MAX_CUTS else tuple(sorted(set(needed)))


def keep(session: Session, computed: dict[date, list[DayGroup]], read_before: Kept, calendar_id: str | None,
         cuts: dict[date, tuple[int, ...]] | None = None) -> int:
    """Keep the computed days (each cut at `cuts`, the parts its groups hold) that no change reached
    since `read_before` was read; returns how many
    were kept. The days were computed after it, in this transaction, and this transaction wrote
    nothing since (its own changes are in the groups). Best effort, in a savepoint: a busy store
    (SQLite: another writer; PostgreSQL: another report keeping the day) keeps nothing now, and the
    caller's transaction goes on."""
    if not computed:
        return 0
    postgres = session.get_bind().dialect.name == "postgresql"
    cuts = cuts or {}
    kept = 0
    try:
        with _no_wait(session), session.begin_nested():
            if postgres:
                assert read_before.snapshot is not None, "read() takes the snapshot on PostgreSQL"
                return _keep_logged(session, computed, read_before, calendar_id, cuts)
            for day, groups in sorted(computed.items()):
                if not _claim(session, day, read_before.versions.get(day), calendar_id, cuts_text(cuts.get(day, ()))):
                    continue
                _replace_groups(session, [day], computed)
                kept += 1
    except OperationalError:
        return 0
    return kept


def _replace_groups(session: Session, days: Sequence[date], computed: dict[date, list[DayGroup]]) -> None:
    session.execute(delete(SlaDayGroupRow).where(SlaDayGroupRow.day.in_(days)))
    rows = [g.row(day) for day in days for g in computed[day]]
    if rows:
        session.execute(insert(SlaDayGroupRow), rows)


def _keep_logged(session: Session, computed: dict[date, list[DayGroup]], read_before: Kept,
                 calendar_id: str | None, cuts: dict[date, tuple[int, ...]] | None = None) -> int:
    """PostgreSQL: keep the days under the report's snapshot S (the module docstring). Writers never
    touch sla_days here, so its row lock is only between reports, and none waits for it."""
    snapshot = str(read_before.snapshot)
    ours = Snapshot.parse(snapshot)
    days = sorted(computed)
    missing = [day for day in days if read_before.versions.get(day) is None]
    if missing:  # another report adding the same day's row holds its lock: skipped, never waited for
        got = _try_day_locks(session, missing)
        days = [day for day in days if day not in set(missing) - set(got)]
        if got:
            session.execute(postgresql.insert(SlaDayRow).on_conflict_do_nothing(index_elements=["day"]),
                            [{"day": day, "version": 0} for day in got])
    if not days:
        return 0
    held = session.execute(select(SlaDayRow.day, SlaDayRow.rolled_snapshot, SlaDayRow.version)
                           .where(SlaDayRow.day.in_(days)).with_for_update(skip_locked=True)).all()
    # Never over a rollup kept under a snapshot S does not cover: its report deleted rows S would need;
    # nor after a prune moved the version (it deleted change rows S may not have seen)
    mine = [day for day, stored, version in held if version == (read_before.versions.get(day) or 0)
            and (stored is None or ours.covers(Snapshot.parse(stored)))]
    c = SlaDayChangeRow
    # This transaction's own changes (made before the days were computed) are in the groups too; S
    # lists it as running, so what it writes after this still makes the day stale.
    covered = _seen(c.xid, literal(snapshot))
    if read_before.own is not None:
        covered = or_(covered, c.xid == read_before.own)
    if mine:  # changed since S (committed meanwhile): kept, the day would be stale at once
        changed = set(session.scalars(select(c.day).distinct().where(c.day.in_(mine), ~covered)))
        mine = [day for day in mine if day not in changed]
    if not mine:
        return 0
    _replace_groups(session, mine, computed)
    by_cuts: dict[str | None, list[date]] = {}  # one statement per cut set (a few: none, a calendar's)
    for day in mine:
        by_cuts.setdefault(cuts_text((cuts or {}).get(day, ())), []).append(day)
    for rolled_cuts, some in by_cuts.items():
        session.execute(update(SlaDayRow).where(SlaDayRow.day.in_(some))
                        .values(rolled_snapshot=snapshot, rolled_calendar=calendar_id, rolled_cuts=rolled_cuts))
    # The changes in the groups now; those S did not see stay and keep the day stale.
    session.execute(delete(c).where(c.day.in_(mine), covered))
    return len(mine)


_DAY_LOCK_CLASS = 0x51A0  # pg_try_advisory_xact_lock(class, day): adding a day's sla_days row


def _epoch_day(day: date) -> int:
    return (day - _EPOCH.date()).days


def _try_day_locks(session: Session, days: Sequence[date]) -> list[date]:
    """PostgreSQL: the days whose row-adding lock this transaction got (held until it ends); an
    INSERT of a row another uncommitted transaction inserted would wait for it."""
    got = session.execute(text("SELECT d FROM unnest(CAST(:days AS int[])) AS d "
                               "WHERE pg_try_advisory_xact_lock(:cls, d)"),
                          {"days": [_epoch_day(day) for day in days], "cls": _DAY_LOCK_CLASS}).scalars()
    return [_EPOCH.date() + timedelta(days=n) for n in got]


def prune_changes(session: Session) -> int:
    """PostgreSQL: delete the change rows of transactions every snapshot taken from now on sees ended
    (xid below this one's xmin), which no kept rollup needs any more; returns how many went. Without
    it a day that is never kept (a small store, a day outside every report's period) keeps its rows
    forever. Never makes a stale day look current:
    * a day whose kept snapshot did not see such a row is stale: its rolled_snapshot is cleared;
    * a day whose rows go while not kept (or cleared here) has its version moved: a report that
      read the version before this commits (its snapshot may not have seen those rows) keeps nothing
      for it (`_keep_logged`); a day without a row gets one, so such a report's insert finds it.
    Takes only locks writers never take (sla_days rows, the day's row-adding lock), skipping the
    days a report holds (pruned next time); SQLite has no change log: 0."""
    if session.get_bind().dialect.name != "postgresql":
        return 0
    forget_foreign(session)  # a restored dump's kept days (the module docstring)
    c, d = SlaDayChangeRow, SlaDayRow
    horizon = session.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))
    days = list(session.scalars(select(c.day).distinct().where(c.xid < horizon)))
    if not days:
        return 0
    have = set(session.scalars(select(d.day).where(d.day.in_(days))))
    new = _try_day_locks(session, [day for day in days if day not in have])
    if new:
        session.execute(postgresql.insert(d).on_conflict_do_nothing(index_elements=["day"]),
                        [{"day": day, "version": 1} for day in new])
    held = list(session.scalars(select(d.day).where(d.day.in_(days)).with_for_update(skip_locked=True)))
    if not held:
        return 0
    unseen = or_(d.rolled_snapshot.is_(None), ~_seen(c.xid, d.rolled_snapshot))
    stale = select(c.day).where(c.day == d.day, c.xid < horizon, unseen).exists()
    session.execute(update(d).where(d.day.in_(held), stale)
                    .values(rolled_snapshot=None, version=d.version + 1), execution_options={"synchronize_session": False})
    done = session.execute(delete(c).where(c.day.in_(held), c.xid < horizon))
    return int(done.rowcount or 0)


def _claim(session: Session, day: date, version: int | None, calendar_id: str | None,
           rolled_cuts: str | None = None) -> bool:
    """Mark the day rolled at `version`, only if that is still its version (PostgreSQL: waits for a
    writer that bumped it meanwhile, then sees the new version and claims nothing)."""
    if version is not None:
        done = session.execute(update(SlaDayRow).where(SlaDayRow.day == day, SlaDayRow.version == version)
                               .values(rolled_version=version, rolled_calendar=calendar_id, rolled_cuts=rolled_cuts))
        return bool(done.rowcount)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    first = (dialect.insert(SlaDayRow).values(day=day, version=0, rolled_version=0, rolled_calendar=calendar_id,
                                              rolled_cuts=rolled_cuts)
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


def week_of_day(day: date, weeks: Sequence[tuple[datetime, str]], part: int = 0) -> str:
    """The week label of a whole day or part (no week start inside it), as the direct report's CASE
    gives each of its receipts: the last week starting at or before its start, else the first."""
    starts = [start for start, _ in weeks]
    return weeks[max(0, bisect_right(starts, cut_at(day, part)) - 1)][1]
