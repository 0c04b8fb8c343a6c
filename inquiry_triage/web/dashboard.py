"""The supervisor's dashboard (issue 11, item 6): the figures of `report sla` (reports/sla.collect_sla,
called by grade, agent and week: the same numbers as the CLI, by construction) and the period's
volume: by weekday and hour on the seller's clock (staffing peaks), by country, language and channel,
and suspicious inquiries by kind and week.

The period's inquiries are the ones `report sla` counts: triaged, filed as inquiry or given a reply
task, received (else triaged) at or after `since`. Suspicious ones are counted apart, by the
detector's kinds (result["suspicion"]) and the ISO week of receipt on the seller's clock.

Only the period's few columns are read (never raw mail); grouping by weekday/hour and week is done
here in Python because SQLite and PostgreSQL convert time zones differently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..reports.sla import BY, collect_sla, period_filter
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


def iso_week(when: datetime, zone: ZoneInfo) -> str:
    year, week, _ = when.astimezone(zone).isocalendar()
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


def volume(session: Session, since: datetime | None, zone: ZoneInfo) -> Volume:
    """The period's inquiries counted by weekday, hour, country, language and channel, and its
    suspicious ones by kind and week."""
    where = period_filter(since)  # `report sla`'s period (see the module docstring): the rule is written once
    by: dict[str, Counter[str]] = {k: Counter() for k in ("country", "language", "channel")}
    weekday, hour = Counter[int](), Counter[int]()
    kinds, weeks = Counter[str](), Counter[str]()
    total = suspicious = 0
    receipt = func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)
    # One statement streamed BATCH rows at a time (memory flat however long the period), each row read
    # once for every count: a GROUP BY per column read each period row's table row (it holds the raw
    # mail) once per column, four times in all.
    if session.get_bind().dialect.name == "postgresql":
        # Streamed = a server-side cursor, which PostgreSQL plans for its first 10 % of rows
        # (cursor_tuple_fraction): a week at 100k took 12 s that way, 75 ms planned for all rows.
        # For this transaction only.
        session.execute(select(func.set_config("cursor_tuple_fraction", "1", True)))
    rows = session.execute(select(receipt, InquiryRow.suspicious, InquiryRow.country, InquiryRow.language,
                                  InquiryRow.channel).where(*where).execution_options(yield_per=BATCH))
    for at, is_suspicious, country, language, channel in rows:
        by["country"][country or "-"] += 1
        by["language"][language or "-"] += 1
        by["channel"][channel or "-"] += 1
        local = as_utc(at).astimezone(zone)
        weekday[local.weekday()] += 1
        hour[local.hour] += 1
        total += 1
        if is_suspicious:
            suspicious += 1
            weeks[iso_week(local, zone)] += 1
    if suspicious:
        for (why,) in session.execute(select(InquiryRow.result["suspicion"])
                                      .where(*where, InquiryRow.suspicious.is_(True))):
            for kind in set(why or []) or {"-"}:
                kinds[str(kind)] += 1
    return Volume(weekday=[(WEEKDAYS[d], weekday[d]) for d in range(7)],
                  hour=[(f"{h:02d}", hour[h]) for h in range(24)],
                  country=_top(by["country"]), language=_top(by["language"]), channel=_top(by["channel"]),
                  suspicious_kind=_top(kinds), suspicious_week=sorted(weeks.items()), total=total,
                  suspicious=suspicious)


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
    sla = {by: collect_sla(session, now=now, since=since, by=by, calendar=calendar) for by in BY}
    return Dashboard(period=period, since=since, sla=sla, volume=volume(session, since, ZoneInfo(calendar.timezone)))
