"""The supervisor's dashboard (issue 11, item 6): the figures of `report sla` by grade, agent and week
(reports/sla.collect_sla_groupings: collect_sla's three dicts from one reading of the period, the
same numbers as the CLI, by construction) and the period's
volume: by weekday and hour on the seller's clock (staffing peaks), by country, language and channel,
and suspicious inquiries by kind and week.

The period's inquiries are the ones `report sla` counts: triaged, filed as inquiry or given a reply
task, received (else triaged) at or after `since`. Suspicious ones are counted apart, by the
detector's kinds (result["suspicion"]) and the ISO week of receipt on the seller's clock.

The volume comes from counters the database keeps (migration 0011, reports/counts.py): per UTC
quarter hour (all and suspicious), grouped in the database by the seller's day and hour wherever
its UTC offset is fixed (bucket + offset, seconds on its clock; the offsets come from zoneinfo here,
as SQLite and PostgreSQL convert time zones differently), and per UTC hour and day by country,
language, channel and suspicion kind. Read from the inquiries themselves: the period's first
partial hour, and any quarter hour the seller's clock splits (an offset that is not a whole number
of quarter hours: local mean time of old dates). volume(use_counters=False) reads every inquiry of
the period (never raw mail): the reference the tests compare, and the code before the counters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from ..reports import counts
from ..reports.sla import BY, collect_sla_groupings, period_filter
from ..scheduling.deadlines import BusinessCalendar
from ..store.models import InquiryRow, as_utc

PERIODS = ("1w", "4w", "13w", "52w", "all")  # the dashboard's period picker; "all": the whole history
DEFAULT_PERIOD = "4w"  # as `report sla` without --since
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TOP = 15  # countries / languages / kinds shown; the rest summed as "other"
BATCH = 5000  # rows read per round trip when bucketing receipts


def period_start(period: str, now: datetime) -> datetime | None:
    """The `since` of a period name of PERIODS (ValueError for anything else)."""
    if period not in PERIODS:
        raise ValueError(f"period: expected one of {', '.join(PERIODS)}, got {period!r}")
    if period == "all":
        return None
    return now - timedelta(weeks=int(period[:-1]))


def _top(counts: Counter[str], top: int = TOP) -> list[tuple[str, int]]:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    head, rest = ordered[:top], sum(n for _, n in ordered[top:])
    return head + ([("other", rest)] if rest else [])


ODD_KIND = "?"  # a suspicion kind that is not a string (migration 0011's counters count it the same)


def suspicion_kinds(why: Any) -> set[str]:
    """The distinct kinds of result["suspicion"]: a list's strings, anything else in it as ODD_KIND;
    no list, none (str(True) / '1' / 'true' would differ between Python, SQLite and PostgreSQL)."""
    if not isinstance(why, list):
        return set()
    return {kind if isinstance(kind, str) else ODD_KIND for kind in why}


def iso_week(when: datetime, zone: ZoneInfo) -> str:
    return _week_label(when.astimezone(zone).date())


def _week_label(day: date) -> str:
    """The ISO week of a day of the seller's clock, as shown: both paths (inquiries read, counters)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Volume:
    weekday: list[tuple[str, int]]  # Mon..Sun, seller's clock
    hour: list[tuple[str, int]]  # 00..23, seller's clock
    country: list[tuple[str, int]]
    language: list[tuple[str, int]]
    channel: list[tuple[str, int]]
    suspicious_kind: list[tuple[str, int]]
    suspicious_week: list[tuple[str, int]]
    total: int
    suspicious: int


class _Tally:
    """The volume's counters, filled from inquiries read directly and from the database's counters."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.by: dict[str, Counter[str]] = {k: Counter() for k in ("country", "language", "channel")}
        self.weekday, self.hour = Counter[int](), Counter[int]()
        self.kinds, self.weeks = Counter[str](), Counter[str]()
        self.total = self.suspicious = 0

    def at(self, local: datetime, n: int, suspicious: int) -> None:
        """`n` receipts (`suspicious` of them suspicious) at one time of the seller's clock."""
        self.hour[local.hour] += n
        self._day(local.date(), n, suspicious)

    def on_day(self, day: int, n: int, suspicious: int) -> None:
        """`n` receipts (`suspicious` of them suspicious) on one day of the seller's clock (days since
        1970-01-01 on it), their hours counted apart: the counters' path, a few dozen calls for weeks."""
        self._day(_EPOCH_DAY + timedelta(days=day), n, suspicious)

    def _day(self, day: date, n: int, suspicious: int) -> None:
        """Weekday, ISO week and totals: one place for both paths."""
        self.weekday[day.weekday()] += n
        self.total += n
        if suspicious:
            self.suspicious += suspicious
            self.weeks[_week_label(day)] += suspicious

    def categories(self, country: str | None, language: str | None, channel: str | None) -> None:
        self.by["country"][country or "-"] += 1
        self.by["language"][language or "-"] += 1
        self.by["channel"][channel or "-"] += 1

    def suspicion(self, why: Any) -> None:
        for kind in suspicion_kinds(why) or {"-"}:
            self.kinds[kind] += 1

    def volume(self) -> Volume:
        return Volume(weekday=[(WEEKDAYS[d], self.weekday[d]) for d in range(7)],
                      hour=[(f"{h:02d}", self.hour[h]) for h in range(24)],
                      country=_top(self.by["country"]), language=_top(self.by["language"]),
                      channel=_top(self.by["channel"]), suspicious_kind=_top(self.kinds),
                      suspicious_week=sorted(self.weeks.items()), total=self.total, suspicious=self.suspicious)


_RECEIPT = func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)


def volume(session: Session, since: datetime | None, zone: ZoneInfo, *, use_counters: bool = True) -> Volume:
    """The period's inquiries counted by weekday, hour, country, language and channel, and its
    suspicious ones by kind and week. From the database's counters (reports/counts.py) and, read
    directly, the period's first partial hour and any quarter hour the seller's clock splits;
    use_counters=False reads every inquiry of the period (the reference the tests compare)."""
    tally = _Tally(zone)
    if not use_counters:
        _read_period(session, tally, period_filter(since))
        return tally.volume()
    start = None if since is None else _next_hour(as_utc(since))
    if since is not None and as_utc(since) < start:  # the first partial hour, from its few inquiries
        _read_rows(session, tally, _receipt_between(as_utc(since), start), categories=True)
    hour = None if start is None else int(start.timestamp())
    day = None if start is None else int(_next_day(start).timestamp())
    counts.fold_if_many(session)
    if session.get_bind().dialect.name == "postgresql":
        # A few thousand counter rows: two parallel workers cost more to start than the work (87 ms
        # instead of 5 on a busy 2-core machine). For the rest of this transaction (volume is read last).
        session.execute(select(func.set_config("max_parallel_workers_per_gather", "0", True)))
    span = counts.quarter_span(session, hour)
    if span is not None:
        timed = counts.time_counts(session, _segments(span[0], span[1] + counts.QUARTER, zone))
        for local_day, (n, suspicious) in timed.days.items():
            tally.on_day(local_day, n, suspicious)
        for local_hour, (n, _) in timed.hours.items():
            tally.hour[local_hour] += n
        split: list[int] = []  # quarter hours that are not one hour of one day on the seller's clock
        for bucket, (n, suspicious) in sorted(timed.quarters.items()):
            local = _whole_quarter(bucket, zone)
            if local is None:
                split.append(bucket)
            else:
                tally.at(local, n, suspicious)
        for lo, hi in _runs(split):
            _read_rows(session, tally, _receipt_between(_utc(lo), _utc(hi)), categories=False)
    categories = counts.category_counts(session, hour, day)
    for dim in ("country", "language", "channel"):
        tally.by[dim].update(categories[dim])
    tally.kinds.update(categories["kind"])
    return tally.volume()


def _utc(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, timezone.utc)


def _next_hour(when: datetime) -> datetime:
    """`when` if on a whole UTC hour, else the next one."""
    floor = when.replace(minute=0, second=0, microsecond=0)
    return floor if floor == when else floor + timedelta(hours=1)


def _next_day(when: datetime) -> datetime:
    """`when` if at a UTC midnight, else the next one."""
    floor = when.replace(hour=0, minute=0, second=0, microsecond=0)
    return floor if floor == when else floor + timedelta(days=1)


_QUARTER_END = timedelta(seconds=counts.QUARTER) - timedelta(microseconds=1)
_DAY_END = timedelta(days=1) - timedelta(microseconds=1)
_EPOCH_DAY = datetime(1970, 1, 1).date()


def _day_offset(day: int, zone: ZoneInfo) -> int | None:
    """The seller's UTC offset in seconds throughout UTC day `day` (days since 1970-01-01), when it is
    the same at its first and last instant and a whole number of quarter hours; else None. (No zone
    changes its offset twice within a day.)"""
    start = _utc(day * 86400)
    offset = start.astimezone(zone).utcoffset()
    if offset is None or offset.total_seconds() % counts.QUARTER or (start + _DAY_END).astimezone(zone).utcoffset() != offset:
        return None
    return int(offset.total_seconds())


def _whole_quarter(bucket: int, zone: ZoneInfo) -> datetime | None:
    """The seller's local time at the start of the UTC quarter hour `bucket` when every instant of it
    has the same local weekday, hour and date (one offset throughout, a whole number of quarter
    hours: every zone today); None otherwise (a local-mean-time offset of old dates)."""
    start = _utc(bucket)
    local = start.astimezone(zone)
    offset = local.utcoffset()
    if offset is None or offset.total_seconds() % counts.QUARTER or \
            (start + _QUARTER_END).astimezone(zone).utcoffset() != offset:
        return None
    return local


def _segments(lo: int, hi: int, zone: ZoneInfo) -> list[counts.Segment]:
    """[lo, hi) (whole quarter hours) cut into runs of whole UTC days (the ends clipped) on which the
    seller's offset is fixed, with that offset in seconds, or None (a day the clocks change, or an
    offset that is not a whole number of quarter hours: read quarter by quarter)."""
    out: list[counts.Segment] = []
    for day in range(lo // 86400, (hi - 1) // 86400 + 1):
        start, end = max(lo, day * 86400), min(hi, (day + 1) * 86400)
        offset = _day_offset(day, zone)
        if offset is not None and start + offset < 0:  # before 1970 on its clock: no integer division there
            offset = None
        if out and out[-1][2] == offset and out[-1][1] == start:
            out[-1] = (out[-1][0], end, offset)
        else:
            out.append((start, end, offset))
    return out


def _runs(buckets: list[int]) -> list[tuple[int, int]]:
    """Sorted quarter-hour starts as [from, to) runs of adjacent ones."""
    out: list[tuple[int, int]] = []
    for b in buckets:
        if out and out[-1][1] == b:
            out[-1] = (out[-1][0], b + counts.QUARTER)
        else:
            out.append((b, b + counts.QUARTER))
    return out


def _receipt_between(lo: datetime, hi: datetime) -> list[list[Any]]:
    """The period's inquiries received in [lo, hi) as two index range scans (received_at, else
    triaged_at): an OR of the two would make a planner read every row."""
    rule = period_filter(None)
    return [[*rule, InquiryRow.received_at >= lo, InquiryRow.received_at < hi],
            [*rule, InquiryRow.received_at.is_(None), InquiryRow.triaged_at >= lo, InquiryRow.triaged_at < hi]]


def _read_rows(session: Session, tally: _Tally, ranges: list[list[Any]], *, categories: bool) -> None:
    """A few inquiries (an hour, a quarter hour) counted directly, in one statement (UNION ALL of
    the `ranges`' conditions): by time, and with `categories` by country, language, channel and
    suspicion kind too."""
    columns = [_RECEIPT.label("receipt"), InquiryRow.suspicious]
    if categories:
        columns += [InquiryRow.country, InquiryRow.language, InquiryRow.channel,
                    InquiryRow.result["suspicion"].label("suspicion")]
    for row in session.execute(union_all(*[select(*columns).where(*where) for where in ranges])):
        tally.at(as_utc(row[0]).astimezone(tally.zone), 1, 1 if row[1] else 0)
        if categories:
            tally.categories(row[2], row[3], row[4])
            if row[1]:
                tally.suspicion(row[5])


def _read_period(session: Session, tally: _Tally, where: list[Any]) -> None:
    """Every inquiry of the period, streamed BATCH rows at a time (memory flat however long the
    period), each row read once for every count: a GROUP BY per column read each period row's table
    row (it holds the raw mail) once per column, four times in all."""
    if session.get_bind().dialect.name == "postgresql":
        # Streamed = a server-side cursor, which PostgreSQL plans for its first 10 % of rows
        # (cursor_tuple_fraction): a week at 100k took 12 s that way, 75 ms planned for all rows.
        # For this transaction only.
        session.execute(select(func.set_config("cursor_tuple_fraction", "1", True)))
    rows = session.execute(select(_RECEIPT, InquiryRow.suspicious, InquiryRow.country, InquiryRow.language,
                                  InquiryRow.channel).where(*where).execution_options(yield_per=BATCH))
    for at, is_suspicious, country, language, channel in rows:
        tally.categories(country, language, channel)
        tally.at(as_utc(at).astimezone(tally.zone), 1, 1 if is_suspicious else 0)
    if tally.suspicious:
        for (why,) in session.execute(select(InquiryRow.result["suspicion"])
                                      .where(*where, InquiryRow.suspicious.is_(True))):
            tally.suspicion(why)


@dataclass(frozen=True)
class Dashboard:
    period: str
    since: datetime | None
    sla: dict[str, dict[str, Any]]  # by ("grade", "agent", "week") -> collect_sla's dict
    volume: Volume


def dashboard(session: Session, now: datetime, period: str, calendar: BusinessCalendar) -> Dashboard:
    """Everything the dashboard shows. `session` may be written: collect_sla keeps response times it
    had to compute (the caller commits, as `report sla` does)."""
    since = period_start(period, now)
    sla = collect_sla_groupings(session, now=now, since=since, bys=BY, calendar=calendar)  # one reading, three tables
    return Dashboard(period=period, since=since, sla=sla, volume=volume(session, since, ZoneInfo(calendar.timezone)))
