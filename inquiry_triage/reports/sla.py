"""`report sla`: first-response times, deadline breaches and the reply backlog, per grade, agent or week.

Definitions (all computed from the store's rows and the `now` passed in; nothing reads the clock):

* inquiries: triaged inquiries (failed ones never enter the queue) whose receipt time is at or after
  `since`, filed as "inquiry" (checks/filing.py: list mail, bounces, ... are not inquiries) or given
  a reply task all the same (a suspicious list mail a lead released).
  Receipt = `received_at`, else `triaged_at`. The store keeps UTC; a naive value read back
  (SQLite keeps no offset) is taken as UTC.
* first response: the earliest `ReplyRow.sent_at` of the inquiry (any reply kind); first-response
  time = first response - receipt, in hours of wall-clock time, and, when a `BusinessCalendar` is
  given, in the seller's business hours (`BusinessCalendar.business_time_between`).
  median: the usual median (mean of the two middle values for an even count);
  p90: nearest rank (the smallest time within which at least 90 % of the replied inquiries were
  answered: sorted[ceil(0.9 n) - 1]). None when nothing in the group was replied to.
* reply task: only tasks of kind "reply" count (follow-ups never do, nor review tasks: a suspicious
  inquiry waits for a lead, outside the reply SLA; released, its reply task is due from arrival). The inquiry's deadline is the
  `due_at` of its first reply task (earliest created, then lowest id).
* breach: the first response was sent after that deadline; or there is no response and the deadline
  is before `now`, unless the inquiry was dismissed (spam / spy / duplicate: no reply was owed).
  An inquiry without a reply task cannot breach.
* backlog: reply tasks of the inquiries in the report still open, claimed or snoozed;
  overdue: those of them whose `due_at` is before `now`.
* review (shown apart, not in any group): open review tasks of inquiries that arrived since
  `since`, and the hours the oldest of them has waited since arrival.

Groups (`by`):
* "grade": the inquiry's grade (else its reply task's; "-" if neither), A, B, C, D first;
* "agent": the author of the inquiry's first reply; an inquiry closed as done without a reply (its
  reply task marked done, none left live, not dismissed) counts under the person who closed it (the
  audit log's `done`, else the task's assignee; "(closed, no name)" if neither is known), and the
  "closed_without_reply" column counts those (per agent group: its inquiries less its replied ones);
  the other inquiries without a reply (still owed, dismissed) form the group "(unreplied)", listed
  last, so the backlog nobody has answered stays visible. A closed one still breaches when its
  deadline passed without a reply (no reply was sent);
* "week": the ISO week of receipt, e.g. "2026-W47", on the business calendar's clock when one is
  given (a Monday 07:00 in Shanghai is a Sunday in UTC), else in UTC.

How (issue 10): the period's inquiries are read from one covering index (ix_inquiries_receipt_facts),
twice in one statement: once counted per group (GROUP BY), once ranked by window functions over
the replied ones only; Python reads one row per group and the rows at the median / p90 ranks, so
time and memory do not grow with the history, only (in the database) with the period. Everything
the report needs of an inquiry is on its row: the first reply's time, author and response times
(first_reply_*, kept current by queue/operations.record_reply), and its reply tasks' facts
(reply_due_at: the first reply task's deadline; open_replies and their earliest / latest deadline:
the backlog and how much of it is overdue), kept by database triggers on tasks (migration 0009),
so no task is looked up per inquiry. Inquiries whose first-reply facts were never derived (stored
before migration 0007, bulk loads) or whose response times are on another calendar get them here
first, from their replies, in batches, in the caller's transaction.

Daily rollups (migration 0010, reports/rollups.py): the period's whole UTC days before today are
read from sla_day_groups (a few rows a day: counts, and the response times and deadlines packed, so
median, p90, breaches and overdue stay exact at any `now`); only the partial first day and today (and
later) are read as above, in one statement. By week on a clock that is not UTC's, a day a week
starts inside is kept in parts cut at that instant (migration 0012), each part summed into its
week. A day missing from the rollups or changed since (database triggers record every change:
SQLite bumps the day's version, PostgreSQL appends to a change log that no two writers share) is
computed here from the same expressions and kept in the caller's transaction.
Used when the store holds ROLLUPS_PER_DAY inquiries a day or more (else direct reading is as fast);
collect_sla(use_rollups=False) reads every inquiry of the period: the reference the tests compare.
Several groupings at once (collect_sla_groupings, the web dashboard's three tables): a group is one
value of each (grade x agent x week), read once from the rollups and the live ranges, and summed per
grouping at the end: one reading of the period instead of one per table. The medians and p90s are
read at their ranks from the groups' response times as sorted runs (reports/ranks.py: a kept day's
times are stored sorted), not by sorting every time of every table (at 13 weeks, ~100,000 twice a
table).
Held sums (PostgreSQL): the valid kept days of a report more than HOLD_AFTER_DAYS (7) before its UTC
day are summed once per group and held by the process, each day at its sla_days row's print; later
reports fetch no group of a day still at that print, and read the recent days' groups each time (a
change to them, the usual kind, leaves the sum held; see "the kept days summed once" below).
"""

from __future__ import annotations

import csv
import io
import json
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import (BigInteger, ColumnElement, DateTime, Float, String, and_, bindparam, case, cast, extract, func,
                        literal, literal_column, null, or_, select, type_coerce, union_all, update)
from sqlalchemy.orm import Session

from ..safe_text import for_spreadsheet, for_terminal
from ..store.models import LIVE_TASK_STATES, InquiryRow, ReplyRow, TaskRow, as_utc
from . import rollups
from ..sentences import Sentence
from .html import Table, render_page
from .ranks import Times
from .response_time import calendar_key, first_reply_values

if TYPE_CHECKING:
    from ..scheduling.deadlines import BusinessCalendar

__all__ = ["BY", "FORMATS", "UNREPLIED", "collect_sla", "collect_sla_groupings", "period_filter", "render_sla"]

BY = ("grade", "agent", "week")
FORMATS = ("table", "csv", "json", "html")
UNREPLIED = "(unreplied)"
CLOSED_UNNAMED = "(closed, no name)"  # by agent: closed without a reply, its closer not recorded
CLOSED = "closed_without_reply"  # by agent: the column of the inquiries each agent closed without a reply
BACKLOG_STATES = LIVE_TASK_STATES
_GRADES = ("A", "B", "C", "D")
_FILL_BATCH = 2000  # inquiries whose first-reply facts are (re)derived per statement: memory stays flat
_STREAM = 5000  # rows fetched per round trip when reading the report
# The daily rollups are read when the store holds at least this many inquiries a day of its history
# on average: a kept day is 10-30 rows, so with fewer, reading the inquiries directly is as fast (at
# 10k inquiries a year, ~27 a day, the rollups were 2-10x slower; at 100k, ~270 a day, faster).
ROLLUPS_PER_DAY = 100

# Per-group fields, in output order; the business-hours pair is present only with a calendar.
_WALL = ("first_response_median_h", "first_response_p90_h")
_BUSINESS = ("first_response_median_business_h", "first_response_p90_business_h")


def _aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name}: pass a timezone-aware datetime, got {value!r}")
    return value.astimezone(timezone.utc)


def _hours(seconds: float) -> float:
    return round(seconds / 3600, 4)


# --- the period and the facts of each inquiry in it (SQL) ----------------------------------------
#
# Everything is counted, ranked and grouped in the database; Python only reads one row per group
# and the few rows at the median and p90 ranks. The stored times are UTC on both databases (SQLite
# compares them as text of one fixed format), so comparing columns and parameters is exact.

_RECEIPT = func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)


def _in_period(since: datetime | None) -> list[ColumnElement[bool]]:
    """Triaged inquiries (or list mail released into a reply task) received at or after `since`;
    receipt = received_at, else triaged_at."""
    # SELECT id, not *: SQLite then reads ix_tasks_inquiry_first alone
    has_reply_task = select(TaskRow.id).where(TaskRow.inquiry_id == InquiryRow.id, TaskRow.kind == "reply").exists()
    # status and filing are wrapped in coalesce() so no planner walks their indexes (all of history:
    # nearly every row is triaged) instead of the period's range on ix_inquiries_receipt.
    where = [func.coalesce(InquiryRow.status, "") == "triaged",
             or_(func.coalesce(InquiryRow.filing, "") == "inquiry", has_reply_task)]
    if since is not None:
        where.append(or_(InquiryRow.received_at >= since,
                         and_(InquiryRow.received_at.is_(None), InquiryRow.triaged_at >= since)))
    return where


_FACT_COLUMNS = (InquiryRow.first_reply_known, InquiryRow.first_reply_at, InquiryRow.first_reply_by,
                 InquiryRow.first_response_s, InquiryRow.first_response_business_s, InquiryRow.first_response_calendar,
                 InquiryRow.reply_due_at, InquiryRow.open_replies, InquiryRow.open_replies_first_due,
                 InquiryRow.open_replies_last_due)


def _within(column: Any, since: datetime | None, until: datetime | None) -> list[ColumnElement[bool]]:
    return ([column >= since] if since is not None else []) + ([column < until] if until is not None else [])


Ranges = Sequence[tuple[datetime | None, datetime | None]]  # receipt ranges [from, to), None: unbounded


def _period(since: datetime | None, until: datetime | None = None, *, ranges: Ranges = ()) -> Any:
    """(id, grade, dismissed_as, receipt, first_reply_*, the reply-task facts) of the period's
    inquiries received in [since, until) (None: unbounded), or in any of `ranges` (disjoint), read
    from ix_inquiries_receipt_facts alone: the two receipt cases of each range are two range scans
    joined by UNION ALL, because an OR makes SQLite fetch every table row (each holds its raw mail)."""
    cols = (InquiryRow.id, InquiryRow.grade, InquiryRow.dismissed_as, _RECEIPT.label("receipt"), *_FACT_COLUMNS)
    ranges = list(ranges) or [(since, until)]
    if len(ranges) == 1 and ranges[0][0] is None and ranges[0][1] is None:  # `is`: a bound may be a bindparam
        return select(*cols).where(*_in_period(None)).subquery("period")
    parts = []
    for lo, hi in ranges:
        parts.append(select(*cols).where(*_in_period(None), *_within(InquiryRow.received_at, lo, hi)))
        parts.append(select(*cols).where(*_in_period(None), InquiryRow.received_at.is_(None),
                                         *_within(InquiryRow.triaged_at, lo, hi)))
    return union_all(*parts).subquery("period")


def period_filter(since: datetime | None) -> list[ColumnElement[bool]]:
    """`report sla`'s period as conditions on InquiryRow (the module docstring's "inquiries"): for
    any other reader of the same inquiries (the web dashboard's volume), so the rule is written once.
    With a `since`, the inquiries are picked by id from the period's index-only range scans (_period):
    the rule's OR of the two receipt cases makes a planner read every row otherwise."""
    if since is None:
        return _in_period(None)
    return [InquiryRow.id.in_(select(_period(since).c.id))]


def _first_reply_id(inquiry_id: Any) -> Any:
    return (select(ReplyRow.id).where(ReplyRow.inquiry_id == inquiry_id)
            .order_by(ReplyRow.sent_at, ReplyRow.id).limit(1).scalar_subquery())


def _first_task(inquiry_id: Any, column: Any) -> Any:
    """A column of the inquiry's first reply task (earliest created, then lowest id), from
    ix_tasks_inquiry_first alone."""
    return (select(column).where(TaskRow.inquiry_id == inquiry_id, TaskRow.kind == "reply")
            .order_by(TaskRow.created_at, TaskRow.id).limit(1).scalar_subquery())


def _needs_facts(p: Any, calendar_id: str | None) -> ColumnElement[bool]:
    """The inquiry's first-reply facts must be (re)derived: never derived, or its response times
    missing or on another calendar than the report's."""
    stale = p.first_response_s.is_(None)
    if calendar_id is not None:
        stale = or_(stale, p.first_response_calendar.is_(None), p.first_response_calendar != calendar_id)
    return or_(p.first_reply_known.is_(None), and_(p.first_reply_at.is_not(None), stale))


def _overdue(p: Any, now: datetime) -> Any:
    """How many of the inquiry's live reply tasks are past their deadline, from the row's facts
    (open_replies and their earliest / latest deadline, kept by the 0009 triggers): exact without a
    look at the tasks unless three or more are live with `now` between those deadlines (then counted)."""
    counted = (select(func.count()).select_from(TaskRow)
               .where(TaskRow.inquiry_id == p.id, TaskRow.kind == "reply", TaskRow.state.in_(BACKLOG_STATES),
                      TaskRow.due_at < now).scalar_subquery())
    return case((p.open_replies == 0, 0), (p.open_replies_first_due >= now, 0),
                (p.open_replies_last_due < now, p.open_replies), (p.open_replies == 2, 1), else_=counted)


def _receipt_range(since: datetime | None) -> Any:
    """(first, last) receipt in the period. With a `since`: the first and last row of each receipt
    case's index range that is in the period (four LIMIT 1 walks from the range's ends), not an
    aggregate over the whole period."""
    if since is None:
        period = _period(None)
        return select(func.min(period.c.receipt), func.max(period.c.receipt))
    received = (InquiryRow.received_at, (InquiryRow.received_at >= since,))
    undated = (InquiryRow.triaged_at, (InquiryRow.received_at.is_(None), InquiryRow.triaged_at >= since))
    ends = [select(column.label("receipt")).where(*_in_period(None), *where).order_by(column.desc() if last else column)
            .limit(1).subquery() for column, where in (received, undated) for last in (False, True)]
    edges = union_all(*[select(end.c.receipt) for end in ends]).subquery("edges")
    return select(func.min(edges.c.receipt), func.max(edges.c.receipt))


_RECEIPT_RANGE: Any = None  # _receipt_range with `since` a parameter (statements are immutable: shared)


def _week_bounds(session: Session, since: datetime | None, calendar: BusinessCalendar | None) -> list[tuple[datetime, str]]:
    """(start in UTC, "YYYY-Www") of every ISO week from the first to the last receipt in the period,
    on the calendar's clock (UTC without one)."""
    if since is None:
        first, last = session.execute(_receipt_range(None)).one()
    else:  # built once (~3 ms of Python), `since` a parameter
        global _RECEIPT_RANGE
        if _RECEIPT_RANGE is None:
            _RECEIPT_RANGE = _receipt_range(bindparam("since", type_=DateTime(timezone=True)))
        first, last = session.execute(_RECEIPT_RANGE, {"since": since}).one()
    if first is None:
        return []
    zone = calendar.zone if calendar is not None else timezone.utc
    day = as_utc(first).astimezone(zone).date()
    monday, end = day - timedelta(days=day.weekday()), as_utc(last)
    bounds = []
    while True:
        start = datetime.combine(monday, time(0), tzinfo=zone).astimezone(timezone.utc)
        if start > end and bounds:
            return bounds
        year, week, _ = monday.isocalendar()
        bounds.append((start, f"{year}-W{week:02d}"))
        monday += timedelta(days=7)


def _group_key(by: str, period: Any, weeks: list[tuple[datetime, str]]) -> Any:
    p = period.c
    if by == "grade":  # the inquiry's grade, else its first reply task's (looked up only then: coalesce is lazy)
        return func.coalesce(func.nullif(p.grade, ""), func.nullif(_first_task(p.id, TaskRow.grade), ""),
                             literal("-"))
    if by == "agent":  # who sent the first reply, else who closed it without one
        return func.coalesce(func.nullif(p.first_reply_by, ""), _closed_by(p), literal(UNREPLIED))
    if not weeks:
        return literal("")
    whens = [(p.receipt < start, label) for (_, label), (start, _) in zip(weeks, weeks[1:])]
    return case(*whens, else_=literal(weeks[-1][1])) if whens else literal(weeks[-1][1])


def _closed_by(p: Any) -> Any:
    """Who closed the inquiry as done without a reply: the person of the audit row that marked its newest
    done reply task done (`queue done`), else that task's assignee, else CLOSED_UNNAMED; only when the
    inquiry has no reply, no live reply task and no dismissal (else NULL). Looked up (ix_tasks_inquiry_first,
    then ix_audit_log_task_id) only for the inquiries without a reply and nothing live."""
    from ..store.models import AuditRow

    closer = (select(AuditRow.actor).where(AuditRow.task_id == TaskRow.id, AuditRow.action == "done")
              .order_by(AuditRow.id.desc()).limit(1).scalar_subquery())
    done = (select(func.coalesce(func.nullif(closer, ""), func.nullif(TaskRow.assignee, ""), literal(CLOSED_UNNAMED)))
            .where(TaskRow.inquiry_id == p.id, TaskRow.kind == "reply", TaskRow.state == "done")
            .order_by(TaskRow.id.desc()).limit(1).scalar_subquery())
    closed = and_(p.first_reply_at.is_(None), func.coalesce(p.open_replies, 0) == 0,
                  func.coalesce(p.dismissed_as, "") == "")
    return case((closed, done), else_=null())


Bys = Sequence[str]  # groupings of BY read together: a group is one value of each (a str: one grouping)


def _keys(bys: str | Bys, period: Any, weeks: list[tuple[datetime, str]]) -> list[Any]:
    """The group key of each grouping, labelled key0, key1, ..."""
    return [_group_key(by, period, weeks).label(f"key{i}") for i, by in enumerate(_as_bys(bys))]


def _as_bys(bys: str | Bys) -> tuple[str, ...]:
    return (bys,) if isinstance(bys, str) else tuple(bys)


def _counts(ranges: Ranges, now: datetime, bys: str | Bys, weeks: list[tuple[datetime, str]],
            calendar_id: str | None) -> Any:
    """Per group: inquiries, replied, breaches, backlog, overdue, and how many need their facts
    derived; one pass over the period's index range, nothing joined, nothing materialised."""
    period = _period(None, ranges=ranges)
    p = period.c
    replied = p.first_reply_at.is_not(None)
    breach = and_(p.reply_due_at.is_not(None),
                  or_(and_(replied, p.first_reply_at > p.reply_due_at),
                      and_(~replied, func.coalesce(p.dismissed_as, "") == "", p.reply_due_at < now)))
    one = lambda condition: case((condition, 1), else_=0)  # noqa: E731
    keys = _keys(bys, period, weeks)
    # sum() of integers is numeric on PostgreSQL: cast to integers
    return (select(*keys, func.count().label("n"), cast(func.sum(one(replied)), BigInteger).label("n_replied"),
                   cast(func.sum(one(breach)), BigInteger).label("breaches"),
                   cast(func.sum(p.open_replies), BigInteger).label("backlog"),
                   cast(func.sum(_overdue(p, now)), BigInteger).label("overdue"),
                   cast(func.sum(one(_needs_facts(p, calendar_id))), BigInteger).label("stale"))
            .group_by(*keys))


def _replied(ranges: Ranges, bys: str | Bys, weeks: list[tuple[datetime, str]]) -> Any:
    """(key, wall, business) of the period's replied inquiries, in no order: Python sorts each
    group's times (window functions cost SQLite ~1 us a row per window, six windows at 1M ~150 ms)."""
    period = _period(None, ranges=ranges)
    p = period.c
    return (select(*_keys(bys, period, weeks), p.first_response_s.label("wall"),
                   p.first_response_business_s.label("business"))
            .where(p.first_reply_at.is_not(None)))


def _report_query(ranges: Ranges, now: datetime, bys: str | Bys, weeks: list[tuple[datetime, str]],
                  calendar_id: str | None) -> Any:
    """One statement, two kinds of rows: per group (kind 0) its counts (_counts), and (kind 1) each
    replied inquiry's group and response times (_replied), of the inquiries received in `ranges`;
    a group is one key of each grouping of `bys` (key0, key1, ...).
    Two passes over those index ranges."""
    counts = _counts(ranges, now, bys, weeks, calendar_id).subquery("counts")
    replied = _replied(ranges, bys, weeks).subquery("replied")
    c, r = counts.c, replied.c
    n = len(_as_bys(bys))
    number, count = cast(null(), Float), cast(null(), BigInteger)  # typed: PostgreSQL unites the two parts
    kind0 = select(literal_column("0").label("kind"), *[c[f"key{i}"] for i in range(n)], c.n, c.n_replied,
                   c.breaches, c.backlog, c.overdue, c.stale, number.label("wall"), number.label("business"))
    kind1 = select(literal_column("1"), *[r[f"key{i}"] for i in range(n)], count, count, count, count, count, count,
                   r.wall, r.business)
    return union_all(kind0, kind1)


_STATEMENTS: OrderedDict[tuple[Any, ...], Any] = OrderedDict()  # _report_query's, by shape (below)
_STATEMENTS_KEPT = 16
_STATEMENTS_LOCK = threading.Lock()


def _report_statement(ranges: Ranges, now: datetime, bys: str | Bys, weeks: list[tuple[datetime, str]],
                      calendar_id: str | None) -> tuple[Any, dict[str, datetime]]:
    """_report_query's statement with `now` and the ranges' bounds as parameters, and their values:
    built once per shape (which bounds are open, the groupings, the weeks, the calendar) and reused,
    as building it cost ~13 ms of Python a report (SQLAlchemy's compiled form is then reused too)."""
    shape = (tuple((lo is None, hi is None) for lo, hi in ranges), _as_bys(bys), tuple(weeks), calendar_id)
    values: dict[str, datetime] = {"now": now}
    for i, (lo, hi) in enumerate(ranges):
        values.update({name: value for name, value in ((f"lo{i}", lo), (f"hi{i}", hi)) if value is not None})
    with _STATEMENTS_LOCK:
        statement = _STATEMENTS.get(shape)
        if statement is not None:
            _STATEMENTS.move_to_end(shape)
            return statement, values
    kind = DateTime(timezone=True)
    slots = [(None if lo is None else bindparam(f"lo{i}", type_=kind), None if hi is None else bindparam(f"hi{i}", type_=kind))
             for i, (lo, hi) in enumerate(ranges)]
    statement = _report_query(slots, bindparam("now", type_=kind), bys, weeks, calendar_id)
    with _STATEMENTS_LOCK:
        _STATEMENTS[shape] = statement
        while len(_STATEMENTS) > _STATEMENTS_KEPT:
            _STATEMENTS.popitem(last=False)
    return statement, values


# --- figures from the ranked rows (Python, a few rows per group) --------------------------------

def _median_and_p90(times: Times) -> tuple[float | None, float | None]:
    """statistics.median of the rounded hours of the values, and their p90 by nearest rank (the
    smallest value with at least 90 % of the values at or below it): the values at three ranks,
    found without sorting them all (reports/ranks.py; the same as sorted(values)[rank])."""
    n = len(times)
    if not n:
        return None, None
    low, high, p90 = times.at(((n - 1) // 2, n // 2, (9 * n + 9) // 10 - 1))
    median = round(_hours(high), 4) if n % 2 else round((_hours(low) + _hours(high)) / 2, 4)
    return median, _hours(p90)


@dataclass
class _Group:
    name: str
    inquiries: int = 0
    replied: int = 0
    breaches: int = 0
    backlog: int = 0
    overdue: int = 0

    def __post_init__(self) -> None:
        # The replied inquiries' response times: the kept days' sorted runs (shared, not copied) and
        # the values read directly (8 bytes each)
        self.wall = Times()
        self.business = Times()

    def figures(self, business: bool) -> dict[str, Any]:
        median, p90 = _median_and_p90(self.wall)
        out: dict[str, Any] = {
            "group": self.name, "inquiries": self.inquiries, "replied": self.replied,
            "first_response_median_h": median, "first_response_p90_h": p90,
        }
        if business:
            median, p90 = _median_and_p90(self.business)
            out["first_response_median_business_h"] = median
            out["first_response_p90_business_h"] = p90
        out.update(breaches=self.breaches, backlog=self.backlog, overdue=self.overdue)
        return out


    def add(self, other: _Group) -> None:
        self.inquiries += other.inquiries
        self.replied += other.replied
        self.breaches += other.breaches
        self.backlog += other.backlog
        self.overdue += other.overdue
        self.wall.add_merged(other.wall)
        self.business.add_merged(other.business)


@dataclass
class _Tally:
    """The report's groups as they are summed from the ranges read directly and the days read from
    the rollups, keyed by one value of each grouping read (a tuple: grade, agent, ... as asked);
    `stale`: inquiries whose first-reply facts must be derived before the figures hold."""

    groups: dict[tuple[str, ...], _Group] = field(default_factory=dict)
    stale: int = 0
    # The held sum's response times merged per table group ((grouping index, name); None: the total)
    # as (wall, business) runs, when the held groups were added without their times (_Sum.tables)
    held_runs: dict[tuple[int, str] | None, tuple[array, array]] | None = None

    def _held(self, group: _Group, key: tuple[int, str] | None) -> _Group:
        runs = self.held_runs.get(key) if self.held_runs is not None else None
        if runs is not None:
            group.wall.add_sorted_run(runs[0])
            group.business.add_sorted_run(runs[1])
        return group

    def group(self, key: tuple[str, ...]) -> _Group:
        found = self.groups.get(key)
        if found is None:
            found = self.groups[key] = _Group(key[0])
        return found

    def total(self) -> _Group:
        total = _Group("total")
        for group in self.groups.values():
            total.add(group)
        return self._held(total, None)

    def by(self, index: int) -> dict[str, _Group]:
        """The groups of one grouping (the `index`-th key), the others summed into them."""
        if self.held_runs is None and all(len(key) == 1 for key in self.groups):
            return {key[0]: group for key, group in self.groups.items()}
        out: dict[str, _Group] = {}
        for key, group in self.groups.items():
            name = key[index]
            found = out.get(name)
            if found is None:
                found = out[name] = _Group(name)
            found.add(group)
        for name, found in out.items():
            self._held(found, (index, name))
        return out


def _read_groups(session: Session, statement: tuple[Any, dict[str, datetime]], business: bool, tally: _Tally,
                 n_keys: int = 1, *, stream: bool = True) -> None:
    """Add a _report_query's rows (of `n_keys` groupings) to the tally. Streamed (one row per group,
    one per replied inquiry; two floats kept of each) unless `stream` is False: the rollup path's
    live ranges (the period's first partial UTC day and today: a day or two of inquiries) are
    fetched at once, as a server-side cursor's extra round trips cost more than the rows."""
    query, values = statement
    for row in (session.execute(query.execution_options(yield_per=_STREAM), values) if stream
                else session.execute(query, values).all()):
        group = tally.group(tuple(row[1:1 + n_keys]))
        if row.kind == 0:
            group.inquiries += int(row.n)
            group.replied += int(row.n_replied or 0)
            group.breaches += int(row.breaches or 0)
            group.backlog += int(row.backlog or 0)
            group.overdue += int(row.overdue or 0)
            tally.stale += int(row.stale or 0)
            continue
        if row.wall is None or (business and row.business is None):
            continue  # facts not derived yet: stale, counted above; the report derives them and reads again
        group.wall.add_value(row.wall)
        if business:
            group.business.add_value(row.business)


# --- the rollup path: whole days from sla_day_groups (reports/rollups.py), the rest directly -------

def _first_receipt(session: Session) -> datetime | None:
    """A lower bound of every receipt (the first received_at, the first triaged_at of the undated):
    two LIMIT 1 walks of ix_inquiries_receipt_facts, in one statement."""
    received = (select(InquiryRow.received_at).where(InquiryRow.received_at.is_not(None))
                .order_by(InquiryRow.received_at).limit(1).scalar_subquery())
    undated = (select(InquiryRow.triaged_at).where(InquiryRow.received_at.is_(None))
               .order_by(InquiryRow.triaged_at).limit(1).scalar_subquery())
    found = [as_utc(value) for value in session.execute(select(received, undated)).one() if value is not None]
    return min(found) if found else None  # type: ignore[type-var]


def _micros(value: Any, sqlite: bool) -> Any:
    """A stored time as integer microseconds since the epoch, in SQL (no datetime made per row in
    Python). SQLite keeps UTC text 'YYYY-MM-DD HH:MM:SS.ffffff': whole seconds plus the fraction's digits."""
    if sqlite:
        text_value = type_coerce(value, String)
        return (cast(func.strftime("%s", text_value), BigInteger) * 1_000_000
                + cast(func.substr(text_value, 21, 6), BigInteger))
    return cast(extract("epoch", value) * 1_000_000, BigInteger)  # numeric since PostgreSQL 14: exact


def _utc_day(value: Any, sqlite: bool) -> Any:
    """The UTC day of a stored time as 'YYYY-MM-DD' (the 0010 triggers' day)."""
    if sqlite:
        return func.substr(type_coerce(value, String), 1, 10)
    return func.to_char(func.timezone("UTC", value), "YYYY-MM-DD")


def _day_facts(first: date, last: date, calendar_id: str | None, sqlite: bool,
               cuts: Sequence[datetime] = ()) -> Any:
    """Each inquiry of the days [first, last] with what its day's groups are made of: the direct
    report's expressions (_group_key, _counts), so a rolled day sums to what the direct path counts.
    Deadlines only where they count (owed: unreplied, not dismissed; the live tasks' when one or two).
    "cut": how many of `cuts` (ascending instants) are at or before the receipt, compared as the
    direct report's week CASE compares it with a week start (so a part holds exactly its week's)."""
    period = _period(rollups.day_start(first), rollups.day_start(last) + rollups.DAY)
    p = period.c
    cut = (case(*[(p.receipt < at, n) for n, at in enumerate(cuts)], else_=len(cuts)) if cuts else literal(0))
    replied = p.first_reply_at.is_not(None)
    late = and_(p.reply_due_at.is_not(None), replied, p.first_reply_at > p.reply_due_at)
    owed = and_(p.reply_due_at.is_not(None), ~replied, func.coalesce(p.dismissed_as, "") == "")
    flag = lambda condition: case((condition, 1), else_=0)  # noqa: E731
    live = func.coalesce(p.open_replies, 0)
    return select(p.id, _utc_day(p.receipt, sqlite).label("day"), _group_key("grade", period, []).label("grade_key"),
                  _group_key("agent", period, []).label("agent_key"), flag(replied).label("replied"),
                  flag(late).label("late"), flag(_needs_facts(p, calendar_id)).label("stale"),
                  case((owed, _micros(p.reply_due_at, sqlite))).label("owed_due"),
                  p.first_response_s, p.first_response_business_s, live.label("live"),
                  case((live.in_((1, 2)), _micros(p.open_replies_first_due, sqlite))).label("first_due"),
                  case((live == 2, _micros(p.open_replies_last_due, sqlite))).label("last_due"), cut.label("cut"))


Computed = dict[date, list[rollups.DayGroup]]


def _compute_days(session: Session, days: Sequence[date], calendar_id: str | None, business: bool,
                  cuts: dict[date, tuple[int, ...]] | None = None) -> tuple[Computed, set[date]]:
    """The days' groups from their inquiries (one index range per run of days), each day in parts
    at its `cuts` (microseconds after its UTC midnight), and the days that hold inquiries with stale
    facts (not to be kept)."""
    sqlite = session.get_bind().dialect.name != "postgresql"
    cuts = cuts or {}
    computed: dict[str, dict[tuple[int, str, str], rollups.DayGroup]] = {day.isoformat(): {} for day in days}
    stale_days: set[str] = set()
    many: dict[int, rollups.DayGroup] = {}  # inquiries with 3+ live reply tasks: their deadlines looked up
    for first, last in rollups.runs(days):
        # each cut of the run as (instant, its day, its part): the query counts those at or before a receipt
        run_cuts = [(rollups.cut_at(day, part), day.isoformat(), part) for day in sorted(cuts) if first <= day <= last
                    for part in cuts[day]]
        query = _day_facts(first, last, calendar_id, sqlite, [at for at, _, _ in run_cuts])
        for (inquiry_id, day, grade, agent, replied, late, stale, owed_due, wall, business_s, live, first_due,
             last_due, cut) in session.execute(query.execution_options(yield_per=_STREAM)):
            groups = computed[day]
            # the last cut at or before the receipt, if it is of the receipt's day: its part; else the first
            part = run_cuts[cut - 1][2] if cut and run_cuts[cut - 1][1] == day else 0
            group = groups.get((part, grade, agent))
            if group is None:
                group = groups[(part, grade, agent)] = rollups.DayGroup(grade, agent, part=part)
            group.inquiries += 1
            if stale:
                stale_days.add(day)
            if replied:
                group.replied += 1
                group.late_replies += late
                if wall is not None and not (business and business_s is None):
                    group.wall.append(wall)
                    if business:
                        group.business.append(business_s)
            elif owed_due is not None:
                group.owed_due.append(owed_due)
            if live >= 3:
                many[inquiry_id] = group
            elif live:  # one or two: their earliest and latest deadline are all of them
                group.live_due.append(first_due)
                if live == 2:
                    group.live_due.append(last_due)
    ids = list(many)
    for start in range(0, len(ids), _FILL_BATCH):
        found = session.execute(select(TaskRow.inquiry_id, _micros(TaskRow.due_at, sqlite)).where(
            TaskRow.inquiry_id.in_(ids[start:start + _FILL_BATCH]), TaskRow.kind == "reply",
            TaskRow.state.in_(BACKLOG_STATES)))
        for inquiry_id, due in found:
            many[inquiry_id].live_due.append(due)
    return ({date.fromisoformat(day): [g.settle() for g in groups.values()] for day, groups in computed.items()},
            {date.fromisoformat(day) for day in stale_days})


def _keyed(bys: Bys, day: date, groups: Iterable[rollups.DayGroup],
           weeks: list[tuple[datetime, str]]) -> Iterator[tuple[tuple[str, ...], rollups.DayGroup]]:
    """A day's groups, each with the report's key (one value of each grouping of `bys`)."""
    week_of: dict[int, str] = {}  # part -> its week: one look-up per part, not per group
    for g in groups:
        week = ""
        if weeks and "week" in bys:
            week = week_of.get(g.part) or week_of.setdefault(g.part, rollups.week_of_day(day, weeks, g.part))
        yield tuple(g.grade if by == "grade" else g.agent if by == "agent" else week for by in bys), g


def _add_group(group: _Group, g: rollups.DayGroup, now_us: int, business: bool, times: bool = True) -> None:
    group.inquiries += g.inquiries
    group.replied += g.replied
    group.breaches += g.breaches(now_us)
    group.backlog += len(g.live_due)
    group.overdue += g.overdue(now_us)
    if not times:  # a held sum's: its times are added per table group (_Tally.held_runs)
        return
    group.wall.add_sorted_run(g.wall)  # sorted (DayGroup.settle), as kept
    if business:
        group.business.add_sorted_run(g.business)


def _add_day(tally: _Tally, bys: Bys, day: date, groups: Iterable[rollups.DayGroup],
             weeks: list[tuple[datetime, str]], now_us: int, business: bool) -> None:
    for key, g in _keyed(bys, day, groups, weeks):
        _add_group(tally.group(key), g, now_us, business)


# --- the kept days summed once, held by the process (PostgreSQL) -----------------------------------
#
# A long period is ~3,000 kept day groups (13 weeks): fetching, unpacking and adding them and merging
# their sorted runs was most of the dashboard's time, for days that do not change. So the valid kept
# days are summed once per report group (one key of each grouping asked: grade x agent x week for the
# dashboard, ~400 at 13 weeks), each group's values merged into one sorted run, and held here
# with each day's print (its sla_days row's xmin, version and kept snapshot's xmax and the server's
# start: every keep, prune or claim writes the row anew (VACUUM FREEZE / FULL keep xmin), and
# its groups are only ever replaced with it). A report asks for the held days' groups only where a
# day's print moved (rollups.read(held=...)); when a held day is no longer valid or at another print,
# the report reads every day's groups again, as without the sums. So what is added is always what
# the days' current groups give: breaches and overdue are counted at the report's `now` from the
# merged deadlines (the same bisection), the times are the same multiset (from its second report on,
# merged per table group too: _Sum.tables). Bounded: HELD_SUMS sums,
# HELD_VALUES values (8 bytes each) in all (a period with more is not held); SQLite (no row print)
# never holds any.

HELD_SUMS = 4
# Only days at least this many whole days before the report's UTC day are held: replies, reminders and
# a lead's word change the recent days all day long, and a held day that changed made the next report
# read and sum every day again (a process's first report's cost, on every report of a working day).
# The recent days' groups are read from the rollups each report (~7 x 30 rows), as the live ranges are.
HOLD_AFTER_DAYS = 7
HELD_VALUES = 2_000_000  # 16 MB: 13 weeks at 1M inquiries is ~200,000 (two times a reply), ~1M with its tables' runs


@dataclass
class _Sum:
    prints: dict[date, str]  # the days summed, each at the print its groups were read at
    groups: dict[tuple[str, ...], rollups.DayGroup]  # per report group (one key of each grouping): the days' summed
    values: int = 0
    # Built at its second report (a first one of a process does not pay the merging): the groups'
    # response times merged per table group ((grouping index, name); None: the total), (wall, business).
    # Then a report's tables read their ranks across one held run and the live ranges' values, not
    # across a run per report group (~400 at 13 weeks), nor merge those runs again.
    tables: dict[tuple[int, str] | None, tuple[array, array]] | None = None
    reports: int = 0


def _tables(bys: Bys, held: _Sum, business: bool) -> dict[tuple[int, str] | None, tuple[array, array]]:
    parts: dict[tuple[int, str] | None, list[rollups.DayGroup]] = {None: list(held.groups.values())}
    for key, g in held.groups.items():
        for index in range(len(bys)):
            parts.setdefault((index, key[index]), []).append(g)
    return {name: (_merge("d", [g.wall for g in gs]), _merge("d", [g.business for g in gs]) if business else array("d"))
            for name, gs in parts.items()}


_HELD: OrderedDict[tuple[Any, ...], _Sum] = OrderedDict()
_HELD_LOCK = threading.Lock()


def _merge(typecode: str, runs: list[array]) -> array:
    runs = [run for run in runs if run]
    if len(runs) == 1:
        return runs[0]  # shared, never changed
    return array(typecode, sorted(chain.from_iterable(runs)))


def _summed(items: Iterable[tuple[tuple[str, ...], rollups.DayGroup]],
            business: bool) -> dict[tuple[str, ...], rollups.DayGroup]:
    """The groups summed per key: counts added, the values of each kind merged into one sorted run."""
    parts: dict[tuple[str, ...], list[rollups.DayGroup]] = {}
    for name, g in items:
        parts.setdefault(name, []).append(g)
    return {name: rollups.DayGroup(
        "", "", sum(g.inquiries for g in gs), sum(g.replied for g in gs), sum(g.late_replies for g in gs),
        _merge("d", [g.wall for g in gs]), _merge("d", [g.business for g in gs]) if business else array("d"),
        _merge("q", [g.owed_due for g in gs]), _merge("q", [g.live_due for g in gs])) for name, gs in parts.items()}


def _sum_days(bys: Bys, days: dict[date, list[rollups.DayGroup]], prints: dict[date, str],
              weeks: list[tuple[datetime, str]], business: bool, held: _Sum | None) -> _Sum:
    """The days' groups summed per report group (one key of each grouping), with those of `held`.
    Per report group, not per table group: merging a run per table group too (four times the
    values) cost a report that holds nothing ~200 ms at 13 weeks; the tables' groups read their
    ranks across these runs (reports/ranks.py)."""
    items = chain(held.groups.items() if held is not None else (),
                  ((key, g) for day, groups in days.items() for key, g in _keyed(bys, day, groups, weeks)))
    groups = _summed(items, business)
    out = _Sum({**(held.prints if held is not None else {}), **{d: prints[d] for d in days}}, groups)
    out.values = sum(len(g.wall) + len(g.business) + len(g.owed_due) + len(g.live_due) for g in groups.values())
    return out


def settled_before(now: datetime) -> date:
    """The first kept day a report at `now` does not hold (HOLD_AFTER_DAYS before its UTC day): the
    days before it are held, it and the later ones read from the rollups each report."""
    return now.astimezone(timezone.utc).date() - timedelta(days=HOLD_AFTER_DAYS)


def _held_sum(key: tuple[Any, ...] | None) -> _Sum | None:
    if key is None:
        return None
    with _HELD_LOCK:
        found = _HELD.get(key)
        if found is not None:
            _HELD.move_to_end(key)
        return found


def _hold(key: tuple[Any, ...], summed: _Sum) -> None:
    with _HELD_LOCK:
        _HELD.pop(key, None)
        if summed.values > HELD_VALUES:
            return
        _HELD[key] = summed
        while len(_HELD) > HELD_SUMS or sum(h.values for h in _HELD.values()) > HELD_VALUES:
            _HELD.popitem(last=False)


def clear_held() -> None:
    """Forget every held sum (tests; the figures never depend on them)."""
    with _HELD_LOCK:
        _HELD.clear()


def _inquiries_a_day(session: Session) -> float:
    """The store's inquiries per day of its history: the highest id (ids are handed out in order) over
    the days from the first to the last received_at; three LIMIT 1 walks of indexes, no count."""
    ends = [select(InquiryRow.received_at).where(InquiryRow.received_at.is_not(None)).order_by(order).limit(1)
            .scalar_subquery() for order in (InquiryRow.received_at, InquiryRow.received_at.desc())]
    first, last, top = session.execute(select(*ends, select(func.max(InquiryRow.id)).scalar_subquery())).one()
    if first is None or not top:
        return 0.0
    days = max(1.0, (as_utc(last) - as_utc(first)).total_seconds() / 86400)  # type: ignore[operator]
    return top / days


def _tally(session: Session, since: datetime | None, now: datetime, bys: Bys, weeks: list[tuple[datetime, str]],
           calendar_id: str | None, business: bool, use_rollups: bool | None) -> _Tally:
    """The report's groups (one key per grouping of `bys`): directly from the period's inquiries, or its whole UTC days before today
    from their rollups (computed and kept when missing or stale) and the rest directly; None: the
    rollups when the store holds ROLLUPS_PER_DAY inquiries a day or more. The days' state (SQLite:
    versions; PostgreSQL: the snapshot) is read before any inquiry, so a change made meanwhile is
    never hidden by what is kept."""
    tally = _Tally()
    plan = None
    if use_rollups is not False:
        boundaries = [start for start, _ in weeks[1:]] if "week" in bys else []
        plan = rollups.plan(since, now, _first_receipt(session) if since is None else None, boundaries)
        if use_rollups is None and (not plan.days or _inquiries_a_day(session) < ROLLUPS_PER_DAY):
            plan = None
    if plan is None:
        _read_groups(session, _report_statement([(since, None)], now, bys, weeks, calendar_id), business, tally, len(bys))
        return tally
    key = None
    if session.get_bind().dialect.name == "postgresql":  # the days' prints: held sums (above)
        key = (session.get_bind().url.render_as_string(hide_password=True), calendar_id, business, tuple(bys),
               tuple(weeks), tuple(plan.days), tuple(sorted(plan.cuts.items())))
    held = _held_sum(key)
    kept = rollups.read(session, plan.days, calendar_id, plan.cuts, held.prints if held is not None else None)
    if held is not None and kept.held != set(held.prints):  # a held day changed: every day's groups read again
        held = None
        kept = rollups.read(session, plan.days, calendar_id, plan.cuts)
    settled = settled_before(now)
    old = {d: groups for d, groups in kept.groups.items() if d < settled}
    if key is not None and old and all(d in kept.prints for d in old):
        # the valid settled days read now summed (with the held ones): held for the next report; the
        # recent ones are added below, as the days computed now
        held = _sum_days(bys, old, kept.prints, weeks, business, held)
        _hold(key, held)
        kept.held |= set(old)
        kept.groups = {d: groups for d, groups in kept.groups.items() if d >= settled}
    if held is not None:
        now_us = rollups.micros(now)
        held.reports += 1
        tables = held.tables  # read once: another thread may set it meanwhile
        if tables is None and held.reports >= 2:
            built = _tables(bys, held, business)
            size = sum(len(w) + len(b) for w, b in built.values())
            with _HELD_LOCK:  # counted in the bound; not built when over it
                if held.tables is None and sum(h.values for h in _HELD.values()) + size <= HELD_VALUES:
                    held.tables, held.values = built, held.values + size
                tables = held.tables
        for group_key, g in held.groups.items():
            _add_group(tally.group(group_key), g, now_us, business, times=tables is None)
        tally.held_runs = tables
    _read_groups(session, _report_statement(plan.live, now, bys, weeks, calendar_id), business, tally, len(bys),
                 stream=False)
    todo = [d for d in plan.days if d not in kept.groups and d not in kept.held]
    # cut where this report needs and where the day was cut before (by grade recomputing a changed day
    # keeps its week starts, so by week does not compute it again)
    cuts = {d: c for d in todo if (c := rollups.cuts_to_keep(plan.cuts.get(d, ()), kept.cuts.get(d, ())))}
    computed, stale_days = _compute_days(session, todo, calendar_id, business, cuts)
    tally.stale += len(stale_days)
    rollups.keep(session, {d: g for d, g in computed.items() if d not in stale_days}, kept, calendar_id, cuts)
    now_us = rollups.micros(now)
    for day, groups in (*kept.groups.items(), *computed.items()):
        _add_day(tally, bys, day, groups, weeks, now_us, business)
    return tally


def derive_first_replies(session: Session, since: datetime | None, calendar: BusinessCalendar | None,
                         calendar_id: str | None = None) -> int:
    """Derive the first-reply facts (first_reply_*) of the period's inquiries that need them (never
    derived, or response times missing or on another calendar) from their replies: the first reply
    by sent_at, then id. In batches by inquiry id, so memory stays flat however many there are.
    Returns how many inquiries were written."""
    if calendar is not None and calendar_id is None:
        calendar_id = calendar_key(calendar)
    period = _period(since)
    reply = ReplyRow.__table__.alias("first_reply")
    done, after = 0, 0
    while True:
        todo = (select(period.c.id, period.c.receipt).where(_needs_facts(period.c, calendar_id), period.c.id > after)
                .order_by(period.c.id).limit(_FILL_BATCH).subquery("todo"))
        batch = session.execute(
            select(todo.c.id, todo.c.receipt, reply.c.sent_at, reply.c.author)
            .outerjoin(reply, reply.c.id == _first_reply_id(todo.c.id)).order_by(todo.c.id)).all()
        if not batch:
            return done
        values = [{"id": inquiry_id, **first_reply_values(as_utc(receipt), sent_at, author, calendar, calendar_id)}
                  for inquiry_id, receipt, sent_at, author in batch]
        session.execute(update(InquiryRow), values)  # by primary key, one executemany
        done += len(values)
        if len(batch) < _FILL_BATCH:
            return done
        after = batch[-1][0]


def collect_sla(session: Session, *, now: datetime, since: datetime | None, by: str = "grade",
                calendar: BusinessCalendar | None = None, use_rollups: bool | None = None) -> dict[str, Any]:
    """The SLA figures as a JSON-ready dict: {"by", "now", "since", "business_timezone", "week_timezone",
    "groups": [per-group dict], "total": dict, "review": dict}. See the module docstring for the definitions.

    Replies whose response time is not stored yet (or was computed on another calendar) get it
    here, in `session`, and so do the rollups of whole days computed for this report (kept when
    no writer changed them meanwhile): the caller commits them so the next report does not compute
    them again. use_rollups: None (the default) reads the whole days from the daily rollups when the
    store holds ROLLUPS_PER_DAY inquiries a day or more, True always, False never (every inquiry of the
    period read directly: the reference the tests compare)."""
    if by not in BY:
        raise ValueError(f"by: expected one of {', '.join(BY)}, got {by!r}")
    return collect_sla_groupings(session, now=now, since=since, bys=(by,), calendar=calendar,
                                 use_rollups=use_rollups)[by]


def collect_sla_groupings(session: Session, *, now: datetime, since: datetime | None, bys: Bys = BY,
                          calendar: BusinessCalendar | None = None,
                          use_rollups: bool | None = None) -> dict[str, dict[str, Any]]:
    """collect_sla's dict for each grouping of `bys` (the web dashboard shows all three), from one
    reading of the period: the kept days, the ranges read directly and the review backlog are read
    once, each group being one value of every grouping (grade x agent x week), summed per grouping
    at the end; the total is the same for all (computed once). Each dict equals collect_sla's."""
    bys = tuple(dict.fromkeys(bys))
    for by in bys:
        if by not in BY:
            raise ValueError(f"by: expected one of {', '.join(BY)}, got {by!r}")
    now = _aware(now, "now")
    since = _aware(since, "since") if since is not None else None
    calendar_id = calendar_key(calendar) if calendar is not None else None
    weeks = _week_bounds(session, since, calendar) if "week" in bys else []
    business = calendar is not None
    with _without_jit(session):
        tally = _tally(session, since, now, bys, weeks, calendar_id, business, use_rollups)
        if tally.stale:
            derive_first_replies(session, since, calendar, calendar_id)
            tally = _tally(session, since, now, bys, weeks, calendar_id, business, use_rollups)
    total = tally.total().figures(business)
    review = _review_backlog(session, since, now)
    out = {}
    for index, by in enumerate(bys):
        groups = tally.by(index)
        out[by] = {
            "by": by,
            "now": now.isoformat(timespec="seconds"),
            "since": since.isoformat(timespec="seconds") if since is not None else None,
            "business_timezone": calendar.timezone if calendar is not None else None,
            "week_timezone": (calendar.timezone if calendar is not None else "UTC") if by == "week" else None,
            "groups": [_with_closed(by, groups[k].figures(business)) for k in _order(by, groups)],
            "total": dict(total),
            "review": dict(review),
        }
        if by == "agent":
            out[by]["total"][CLOSED] = sum(g[CLOSED] for g in out[by]["groups"])
    return out


def _with_closed(by: str, figures: dict[str, Any]) -> dict[str, Any]:
    """By agent: how many of the group's inquiries its agent closed without a reply (every one of an
    agent's group that was not replied: the group key is the first replier, else the closer)."""
    if by == "agent":
        figures[CLOSED] = 0 if figures["group"] == UNREPLIED else figures["inquiries"] - figures["replied"]
    return figures


@contextmanager
def _without_jit(session: Session) -> Iterator[None]:
    """PostgreSQL: no JIT compilation for the report's statements (their estimated cost passes
    jit_above_cost at a million inquiries; compiling took ~300 ms of 1.4 s a report, running them
    gained nothing); the caller's setting is restored after. Other databases: nothing."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    before = session.scalar(select(func.current_setting("jit")))
    session.execute(select(func.set_config("jit", "off", True)))
    try:
        yield
    finally:
        session.execute(select(func.set_config("jit", before, True)))


def _order(by: str, keys: Iterable[str]) -> list[str]:
    if by == "grade":
        return sorted(keys, key=lambda k: (_GRADES.index(k) if k in _GRADES else len(_GRADES), k))
    if by == "agent":
        return sorted(keys, key=lambda k: (k in (CLOSED_UNNAMED, UNREPLIED), k == UNREPLIED, k.casefold(), k))
    return sorted(keys)


def _review_backlog(session: Session, since: datetime | None, now: datetime) -> dict[str, Any]:
    """Open review tasks (suspicious inquiries waiting for a lead): how many, the oldest's wait.
    A review task's `due_at` is the inquiry's arrival as triage read it (store/queue.task_for)."""
    stmt = select(func.count(), func.min(TaskRow.due_at)).where(TaskRow.kind == "review",
                                                                 TaskRow.state.in_(BACKLOG_STATES))
    if since is not None:
        stmt = stmt.where(TaskRow.due_at >= since)
    count, oldest = session.execute(stmt).one()
    oldest = as_utc(oldest)
    return {"open": count, "oldest_wait_h": _hours((now - oldest).total_seconds()) if oldest else None}


# --- rendering -----------------------------------------------------------------------------------

_LABELS = {
    "inquiries": "inquiries", "replied": "replied",
    "first_response_median_h": "median h", "first_response_p90_h": "p90 h",
    "first_response_median_business_h": "median bh", "first_response_p90_business_h": "p90 bh",
    "breaches": "breaches", "backlog": "backlog", "overdue": "overdue", CLOSED: "closed, no reply",
}


def _fields(data: dict[str, Any]) -> list[str]:
    business = _BUSINESS if data.get("business_timezone") else ()
    # by agent, beside "replied": the agent's other way to close (data collected before it had none)
    closed = [CLOSED] if data.get("by") == "agent" and CLOSED in (data.get("total") or {}) else []
    return ["inquiries", "replied", *closed, *_WALL, *business, "breaches", "backlog", "overdue"]


# The title and lines are Sentences (their English text, and a msgid the HTML page words in Chinese
# from web/locale/zh.po); the grouping ("grade") is one of the catalogue's words too.
def _title(data: dict[str, Any]) -> Sentence:
    return Sentence("First-response SLA by %(by)s", by=data["by"])


def _lines(data: dict[str, Any]) -> list[Sentence]:
    lines = [Sentence("as of %(now)s, inquiries received since %(since)s", now=data["now"], since=data["since"])
             if data["since"] else Sentence("as of %(now)s, all inquiries", now=data["now"])]
    lines.append(Sentence("first-response time: receipt to first reply, hours (h = wall clock, bh = business hours "
                          "in %(zone)s); p90 = nearest rank", zone=data["business_timezone"])
                 if data["business_timezone"] else
                 Sentence("first-response time: receipt to first reply, hours (h = wall clock); p90 = nearest rank"))
    if data.get("week_timezone"):
        lines.append(Sentence("weeks: ISO weeks of receipt in %(zone)s", zone=data["week_timezone"]))
    if data.get("by") == "agent" and CLOSED in (data.get("total") or {}):
        lines.append(Sentence("agent: who sent the first reply, else who closed the inquiry as done without one "
                              "(closed, no reply); (unreplied): still owed or dismissed"))
    return lines


def _num(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def render_sla(data: dict[str, Any], fmt: str, language: str = "en") -> str:
    """Render `collect_sla`'s dict as table (plain text), csv, json or html (a standalone safe page;
    its words in `language`, en or zh: reports/words.py)."""
    fields = _fields(data)
    rows = [*data["groups"], data["total"]]
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([data["by"], *fields])
        for r in rows:
            # The group may be an agent's name: neutralised like any text cell (numbers stay numbers).
            writer.writerow([for_spreadsheet(r["group"]), *("" if r[f] is None else r[f] for f in fields)])
        return buffer.getvalue()
    if fmt == "html":
        from .words import html_lang, words

        say = words(language)
        headers = [say(data["by"]), *(say(_LABELS[f]) for f in fields)]
        table = Table(headers=headers,  # a group is data (a name, a week), but for the report's own "(unreplied)"
                      rows=[[say(g["group"]) if g["group"] in (UNREPLIED, CLOSED_UNNAMED) else g["group"],
                             *(_num(g[f]) for f in fields)]
                            for g in data["groups"]],
                      footer=[[say("total"), *(_num(data["total"][f]) for f in fields)]],
                      numeric=frozenset(headers[1:]))
        return render_page(say(_title(data)), [table], lines=[say(line) for line in _lines(data)],
                           empty=say("No inquiries in this period."), lang=html_lang(language))
    if fmt != "table":
        raise ValueError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    # the table's own words in `language` (the command line's: --lang, $INQUIRY_TRIAGE_LANG), as the page's
    from ..queue.cli_words import pad, width
    from .words import words

    say = words(language)
    if not data["groups"]:
        return f"{say(_title(data))}\n" + "\n".join(say(x) for x in _lines(data)) + f"\n\n{say('No inquiries in this period.')}\n"
    headers = [say(data["by"]), *(say(_LABELS[f]) for f in fields)]
    cells = [[say(r["group"]) if r["group"] in (UNREPLIED, CLOSED_UNNAMED, "total") else for_terminal(r["group"]),
              *(_num(r[f]) for f in fields)] for r in rows]
    widths = [max(width(h), *(width(c[i]) for c in cells)) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(pad(v, widths[i], right=i > 0) for i, v in enumerate(values)).rstrip()

    out = [say(_title(data)), *(say(x) for x in _lines(data)), "", line(headers), line(["-" * w for w in widths])]
    out += [line(c) for c in cells[:-1]]
    out += [line(["-" * w for w in widths]), line(cells[-1])]
    review = data.get("review") or {}
    if review.get("open"):
        from ..queue.cli_words import duration

        waited = duration(language, timedelta(hours=review["oldest_wait_h"] or 0))  # '22d 17h', not '545.34 h'
        out += ["", say(Sentence("review (suspicious, for leads; not in the SLA): %(open)s open, oldest waiting %(time)s",
                                 open=review["open"], time=waited))]
    return "\n".join(out) + "\n"
