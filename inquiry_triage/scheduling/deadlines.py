"""Reply deadlines in the seller's business hours, and when a reply lands in the buyer's morning.

Everything here is pure: no I/O, no clock reads (`now` / `start` are always passed in), and every
datetime must be timezone-aware (a naive one raises ValueError: a deadline computed on a guessed clock
is worse than none).

Time is counted as real elapsed time (in UTC), so a DST change in the seller's zone never makes an
hour count twice or vanish; opening hours are read on the seller's wall clock, day by day.

Public holidays come from the `holidays` package (`holidays.country_holidays(country, subdiv)`).
China's make-up working days (调休: a Saturday or Sunday that the State Council turns into a working
day to bridge a holiday) come from the same package: since it models each year's official notice as
"substituted" holidays, it records the weekend days that became working days in the holiday object's
`weekend_workdays` set (this is what its own `is_working_day()` uses). For CN that data follows the
General Office of the State Council notices (国务院办公厅关于20xx年部分节假日安排的通知) that the package
cites per year, e.g. 2025: gov.cn/gongbao/2024/issue_11726/202411/content_6989767.html and 2026:
gov.cn/zhengce/content/202511/content_7047090.htm. A year whose notice is not yet in the installed
package (as of holidays 0.109: 2027) has *estimated* holidays and no make-up days; use `closed` /
`extra_workdays` in the configuration, or upgrade the package, once the notice is published.
"""

from __future__ import annotations

import math
import re
import warnings
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterable, Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .holiday_facts import remembered

__all__ = ["BusinessCalendar", "BuyerDay", "BuyerNow", "Deadline", "buyer_day", "calendar_from_config", "clock_note",
           "reply_deadline"]

_UTC = timezone.utc
# A calendar that finds no open minute in this many consecutive days is treated as broken.
_MAX_CLOSED_DAYS = 800

_DAY_NAMES = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------------------------------
# helpers


def _zone(name: Any, field: str) -> ZoneInfo:
    if not isinstance(name, str) or not name:
        raise ValueError(f"{field}: expected an IANA timezone name such as 'Asia/Shanghai', got {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{field}: unknown IANA timezone {name!r}") from None


def _aware(dt: Any, name: str) -> datetime:
    if not isinstance(dt, datetime):
        raise ValueError(f"{name}: expected a timezone-aware datetime, got {dt!r}")
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        raise ValueError(f"{name}: naive datetime {dt.isoformat()} (attach a timezone)")
    return dt


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(_UTC)


def _city(tz_name: str) -> str:
    """'Europe/Madrid' -> 'Madrid', 'America/Argentina/Buenos_Aires' -> 'Buenos Aires';
    'Etc/GMT-1' (POSIX sign: UTC+1) -> 'UTC+1', the way people read an offset."""
    if tz_name.startswith("Etc/GMT") and tz_name[7:8] in ("+", "-"):
        return "UTC" + ("-" if tz_name[7] == "+" else "+") + tz_name[8:]
    return tz_name.rsplit("/", 1)[-1].replace("_", " ")


def _fmt_hm(t: time) -> str:
    return t.strftime("%H:%M")


def _country_holidays(country: str, **options: Any) -> Any:
    """`holidays.country_holidays`, imported on first use: the package and its ~280 country modules
    cost a few hundred ms, which commands that never count business days should not pay. What the
    calendars keep of its answers is remembered per user (holiday_facts.py), so a warm process does
    not import it at all."""
    import holidays

    return holidays.country_holidays(country, **options)


def _known_country(country: str, subdivision: str | None) -> None:
    """Raises NotImplementedError when the package does not cover the country or subdivision."""
    def ask() -> None:
        _country_holidays(country, subdiv=subdivision)

    remembered(("known", country, subdivision), ask)


@lru_cache(maxsize=64)
def _check_country(country: str, subdivision: str | None) -> None:
    try:
        _known_country(country, subdivision)
    except NotImplementedError as exc:
        field = "subdivision" if subdivision is not None and "subdiv" in str(exc).lower() else "country"
        raise ValueError(f"{field}: {exc}") from None


@lru_cache(maxsize=256)
def _official_days(country: str, subdivision: str | None, year: int) -> tuple[frozenset[date], frozenset[date]]:
    """(public holidays, make-up working days) of `year`.

    The neighbouring years are populated too: a make-up day can belong to the next year's holiday
    (e.g. a late-December Saturday worked for New Year).
    """
    block = _official_block(country, subdivision, year - year % _HOLIDAY_BLOCK)
    if block is not None:
        return block[year]
    return _official_split(_country_holidays(country, subdiv=subdivision, years=(year - 1, year, year + 1)),
                           year)


# Years fetched from the `holidays` package in one call: each call costs ~9 ms whatever it asks for,
# 20x the work of one year, and an SLA or overdue count can cross decades.
_HOLIDAY_BLOCK = 16


@lru_cache(maxsize=64)
def _official_block(country: str, subdivision: str | None, first_year: int) -> dict[int, tuple[frozenset[date],
                                                                                          frozenset[date]]] | None:
    """`_official_days` of `first_year` .. `first_year + _HOLIDAY_BLOCK - 1` from one call (each year's
    neighbours populated as well), or None when that call warns (a country whose data covers fewer
    years, e.g. IN's Hindu holidays 2001-2035): those years are then fetched one by one, warning as
    they always did."""
    if first_year < 2 or first_year + _HOLIDAY_BLOCK > 9998:
        return None  # year 0 or 10000 cannot be asked for
    days = remembered(("block", country, subdivision, first_year, _HOLIDAY_BLOCK),
                      lambda: _official_block_days(country, subdivision, first_year))
    if days is None:
        return None
    return {year: (frozenset(map(date.fromordinal, closed)), frozenset(map(date.fromordinal, makeup)))
            for year, (closed, makeup) in days.items()}


def _official_block_days(country: str, subdivision: str | None,
                         first_year: int) -> dict[int, tuple[list[int], list[int]]] | None:
    """`_official_block`'s answer as plain data (date ordinals) for the per-user cache."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = _country_holidays(country, subdiv=subdivision,
                                          years=range(first_year - 1, first_year + _HOLIDAY_BLOCK + 1))
    if caught:
        return None
    days = {}
    for year in range(first_year, first_year + _HOLIDAY_BLOCK):
        closed, makeup = _official_split(table, year)
        days[year] = (sorted(d.toordinal() for d in closed), sorted(d.toordinal() for d in makeup))
    return days


def _official_split(table: Any, year: int) -> tuple[frozenset[date], frozenset[date]]:
    closed = frozenset(d for d in table if d.year == year)
    makeup = frozenset(d for d in getattr(table, "weekend_workdays", ()) if d.year == year)
    return closed, makeup


# --------------------------------------------------------------------------------------------------
# the calendar


@dataclass(frozen=True)
class BusinessCalendar:
    """The seller's opening hours: weekdays, daily hours, breaks, public holidays and closures.

    A day is open (`is_open_day`) by these rules, first match wins:
      1. it is in `closed` (company closures from configuration) -> closed;
      2. it is in `extra_workdays` -> open;
      3. with a `country`: a public holiday (including the weekdays off that a substitution scheme
         such as China's 调休 creates) -> closed; an official make-up working day (a weekend day the
         government turned into a working day) -> open;
      4. otherwise open iff its weekday is in `workdays` (Monday = 0).
    On an open day the open time is [hours[0], hours[1]) minus `breaks`, on the seller's wall clock.
    """

    timezone: str
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    hours: tuple[time, time] = (time(9), time(18))
    breaks: tuple[tuple[time, time], ...] = ()
    country: str | None = None
    subdivision: str | None = None
    closed: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        set_ = lambda name, value: object.__setattr__(self, name, value)  # noqa: E731 (frozen)
        set_("_zone_info", _zone(self.timezone, "timezone"))  # not a field: read on every day walked
        set_("_spans_of_day", {})  # _day_spans' answers (pure: the calendar is frozen), bounded

        workdays = frozenset(self.workdays)
        for day in workdays:
            if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
                raise ValueError(f"workdays: {day!r} is not a weekday number 0 (Monday) .. 6 (Sunday)")
        set_("workdays", workdays)

        hours = tuple(self.hours)
        if len(hours) != 2 or not all(isinstance(t, time) and t.tzinfo is None for t in hours):
            raise ValueError(f"hours: expected (open, close) as two naive datetime.time, got {self.hours!r}")
        if hours[1] <= hours[0]:
            raise ValueError(f"hours: close {_fmt_hm(hours[1])} must be after open {_fmt_hm(hours[0])} "
                             "(same day)")
        set_("hours", hours)

        breaks = []
        for i, item in enumerate(self.breaks):
            pair = tuple(item)
            if len(pair) != 2 or not all(isinstance(t, time) and t.tzinfo is None for t in pair):
                raise ValueError(f"breaks[{i}]: expected (start, end) as two naive datetime.time, got {item!r}")
            if pair[1] <= pair[0]:
                raise ValueError(f"breaks[{i}]: end {_fmt_hm(pair[1])} must be after start {_fmt_hm(pair[0])}")
            if pair[0] < hours[0] or pair[1] > hours[1]:
                raise ValueError(f"breaks[{i}]: {_fmt_hm(pair[0])}-{_fmt_hm(pair[1])} is outside the "
                                 f"opening hours {_fmt_hm(hours[0])}-{_fmt_hm(hours[1])}")
            breaks.append(pair)
        breaks.sort()
        for (_, end), (start, _) in zip(breaks, breaks[1:]):
            if start < end:
                raise ValueError("breaks: breaks overlap")
        set_("breaks", tuple(breaks))
        set_("_open_segments", tuple(self._compute_segments()))  # not a field: derived, read on every day walked
        if not self._segments():
            raise ValueError("breaks: the breaks leave no open time in the day")

        if self.country is not None:
            if not isinstance(self.country, str) or not self.country.strip():
                raise ValueError(f"country: expected an ISO 3166 code such as 'CN', got {self.country!r}")
            set_("country", self.country.strip().upper())
        if self.subdivision is not None:
            if self.country is None:
                raise ValueError("subdivision: needs a country")
            if not isinstance(self.subdivision, str) or not self.subdivision.strip():
                raise ValueError(f"subdivision: expected a code such as 'MD', got {self.subdivision!r}")
            set_("subdivision", self.subdivision.strip())
        if self.country is not None:
            _check_country(self.country, self.subdivision)

        for name in ("closed", "extra_workdays"):
            days = frozenset(getattr(self, name))
            for d in days:
                if isinstance(d, datetime) or not isinstance(d, date):
                    raise ValueError(f"{name}: {d!r} is not a date")
            set_(name, days)
        both = self.closed & self.extra_workdays
        if both:
            raise ValueError(f"extra_workdays: {min(both).isoformat()} is also listed in closed")

    # -- days ---------------------------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        return self._zone_info  # type: ignore[attr-defined, no-any-return]

    def is_open_day(self, d: date) -> bool:
        """Whether the seller works on local date `d` (rules in the class docstring)."""
        if isinstance(d, datetime):
            raise ValueError("is_open_day: expects a date; use next_open() for a moment in time")
        if d in self.closed:
            return False
        if d in self.extra_workdays:
            return True
        if self.country is not None:
            public, makeup = _official_days(self.country, self.subdivision, d.year)
            if d in public:
                return False
            if d in makeup:
                return True
        return d.weekday() in self.workdays

    def _segments(self) -> tuple[tuple[time, time], ...]:
        """The open spans of an open day, on the wall clock: hours minus breaks."""
        return self._open_segments  # type: ignore[attr-defined, no-any-return]

    def _compute_segments(self) -> list[tuple[time, time]]:
        spans, cursor = [], self.hours[0]
        for start, end in self.breaks:
            if start > cursor:
                spans.append((cursor, start))
            cursor = max(cursor, end)
        if cursor < self.hours[1]:
            spans.append((cursor, self.hours[1]))
        return spans

    def _spans_from(self, day: date) -> Iterator[tuple[datetime, datetime]]:
        """Open spans (UTC) from local date `day` onward, forever; raises if the calendar never opens."""
        zone, segments, idle = self.zone, self._segments(), 0
        while True:
            if self.is_open_day(day):
                idle = 0
                for start, end in segments:
                    yield (_utc(datetime.combine(day, start, tzinfo=zone)),
                           _utc(datetime.combine(day, end, tzinfo=zone)))
            else:
                idle += 1
                if idle > _MAX_CLOSED_DAYS:
                    raise ValueError(f"business calendar: no open day in {_MAX_CLOSED_DAYS} days after "
                                     f"{day - timedelta(days=idle)} (check workdays / closed)")
            day += timedelta(days=1)

    def _day_spans(self, day: date) -> list[tuple[datetime, datetime]]:
        """The open spans (UTC) of local date `day` if it were open, exactly as `_spans_from` yields them.
        Remembered per calendar (read, never changed): a run's deadlines and "overdue by" notes walk the
        same days again and again."""
        known: dict[date, list[tuple[datetime, datetime]]] = self._spans_of_day  # type: ignore[attr-defined]
        spans = known.get(day)
        if spans is None:
            zone = self.zone
            spans = [(_utc(datetime.combine(day, start, tzinfo=zone)), _utc(datetime.combine(day, end, tzinfo=zone)))
                     for start, end in self._segments()]
            if len(known) >= _SPANS_KEPT:
                known.clear()
            known[day] = spans
        return spans

    # -- time ---------------------------------------------------------------------------------------
    #
    # The three functions below give exactly what walking `_spans_from` span by span gives (that walk is
    # the reference the tests compare with), but jump over whole runs of days with per-year prefix sums
    # of open time (`_YearTable`): a 20-year span costs a few list look-ups per year, not 10,000 days.
    # Days within `_MARGIN` days of an end are walked exactly; a day whose UTC offset changes during its
    # opening hours (DST) is never jumped over by add_business_time, only counted.

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The moment `duration` of open time has passed since `start`, in the seller's timezone.

        Only open hours count; a `start` outside them counts from the next opening. A budget that runs
        out exactly at a closing time (or a break) gives that closing time, not the next opening.
        A zero duration gives `next_open(start)`.
        """
        _aware(start, "start")
        if not isinstance(duration, timedelta) or duration < timedelta(0):
            raise ValueError(f"duration: expected a non-negative timedelta, got {duration!r}")
        cursor, left = _utc(start), duration
        first = start.astimezone(self.zone).date()
        if not _fast_range(first, first):
            return self._walk_add(first, cursor, left)
        tables, day, idle = _tables(self), first, 0
        jump_from = first + timedelta(days=_MARGIN)  # from here on every span starts after `cursor`
        while True:
            day, idle = tables.first_open_day(day, idle)
            if day >= jump_from and left > timedelta(0) and not tables.special(day):
                day, left, idle, last = tables.jump_add(day, left)
                if last is None:
                    continue
                day = last
            due, left = self._spend(self._day_spans(day), cursor, left)
            if due is not None:
                return due
            day, idle = day + timedelta(days=1), 0

    def _spend(self, spans: Iterable[tuple[datetime, datetime]], cursor: datetime,
               left: timedelta) -> tuple[datetime | None, timedelta]:
        """Spend `left` of open time over `spans` (UTC, in order), counting from `cursor`: (the moment
        it runs out, on the seller's clock, or None when the spans end first; what is left)."""
        for span_start, span_end in spans:
            if span_end <= cursor:
                continue
            begin = max(span_start, cursor)
            if left <= span_end - begin:
                return (begin + left).astimezone(self.zone), timedelta(0)
            left -= span_end - begin
        return None, left

    def next_open(self, at: datetime) -> datetime:
        """`at` itself if the seller is open then, else the next opening (seller's timezone).

        A closing time belongs to the closed side: 18:00 with hours 09:00-18:00 gives the next opening.
        """
        _aware(at, "at")
        cursor = _utc(at)
        day = at.astimezone(self.zone).date()
        if not _fast_range(day, day):
            return self._walk_next_open(day, cursor)
        tables, idle = _tables(self), 0
        while True:
            day, idle = tables.first_open_day(day, idle)
            for span_start, span_end in self._day_spans(day):
                if span_end > cursor:
                    return max(span_start, cursor).astimezone(self.zone)
            day, idle = day + timedelta(days=1), 0

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Open time between `a` and `b` (e.g. receipt to first reply, for SLA measurement).

        Inverse of `add_business_time`: `business_time_between(s, add_business_time(s, d)) == d`.
        Antisymmetric: with `b` before `a` the result is negative (like plain subtraction).
        """
        _aware(a, "a")
        _aware(b, "b")
        lo, hi = _utc(a), _utc(b)
        if hi < lo:
            return -self.business_time_between(b, a)
        first, last = a.astimezone(self.zone).date(), b.astimezone(self.zone).date()
        if not _fast_range(first, last):
            return self._walk_between(first, lo, hi)
        tables, day, idle, total = _tables(self), first, 0, timedelta(0)
        jump_from, jump_to = first + timedelta(days=_MARGIN), last - timedelta(days=_MARGIN)
        if jump_from < jump_to and tables.open_every_year(first.year, last.year + 1):
            early = self._open_before_start(tables, first, lo)
            if early is not None:
                return tables.open_before(jump_to) - tables.open_before(first) - early + self._tail(tables, jump_to, hi)
        while True:
            day, idle = tables.first_open_day(day, idle)
            if jump_from <= day < jump_to:  # every span of these days lies inside [lo, hi]
                if tables.open_every_year(day.year, last.year + 1):
                    # No run of closed days can reach the limit (see open_every_year): the days up to
                    # `jump_to` are two prefix sums, and what follows depends on `hi` alone.
                    return total + tables.open_before(jump_to) - tables.open_before(day) + self._tail(tables, jump_to, hi)
                counted, idle = tables.jump_between(day, jump_to, idle)
                total += counted
                day = jump_to
                continue
            for span_start, span_end in self._day_spans(day):
                if span_start >= hi:
                    return total
                overlap = min(span_end, hi) - max(span_start, lo)
                if overlap > timedelta(0):
                    total += overlap
            day, idle = day + timedelta(days=1), 0

    def _open_before_start(self, tables: _Tables, first: date, lo: datetime) -> timedelta | None:
        """For business_time_between from `lo` (UTC) on the local date `first`, far from its end: the open
        time of the days from `first` on that lies before `lo`, so that the walk over the first _MARGIN days
        is their prefix sums less this (no day walked one by one: every "overdue by" note counts from a
        deadline). A span counts max(0, end - max(start, lo)) in the walk and max(0, end - start) in the
        tables: the difference is max(0, min(end, lo) - start). None (walk them) unless every span of the
        days after `first` within the margin starts at or after `lo` (always, but around a zone's jump
        across the date line), so that only `first`'s own spans differ."""
        for ahead in range(1, _MARGIN):
            if min(self._day_spans(first + timedelta(days=ahead)))[0] < lo:
                return None
        early = timedelta(0)
        if tables.is_open(first):
            for span_start, span_end in self._day_spans(first):
                part = min(span_end, lo) - span_start
                if part > timedelta(0):
                    early += part
        return early

    def _tail(self, tables: _Tables, day: date, hi: datetime) -> timedelta:
        """Open time from the local date `day` to `hi` (UTC), counted as business_time_between walks it
        from a `lo` at least _MARGIN days before `day` (so every span counts from its start). Remembered:
        the "overdue by" of a run's notes all end at the same `now`."""
        key = (day, hi)
        tail = tables.tails.get(key)
        if tail is None:
            tail, idle = timedelta(0), 0
            while True:
                day, idle = tables.first_open_day(day, idle)
                for span_start, span_end in self._day_spans(day):
                    if span_start >= hi:
                        if len(tables.tails) >= _TAILS_KEPT:
                            tables.tails.clear()
                        tables.tails[key] = tail
                        return tail
                    overlap = min(span_end, hi) - span_start
                    if overlap > timedelta(0):
                        tail += overlap
                day, idle = day + timedelta(days=1), 0
        return tail

    # -- the day-by-day walks, for dates at the ends of the calendar (years 1-2, 9998-9999) ------------

    def _walk_add(self, first: date, cursor: datetime, left: timedelta) -> datetime:
        due, _ = self._spend(self._spans_from(first), cursor, left)  # endless spans: runs out or raises
        assert due is not None
        return due

    def _walk_next_open(self, first: date, cursor: datetime) -> datetime:
        for span_start, span_end in self._spans_from(first):
            if span_end > cursor:
                return max(span_start, cursor).astimezone(self.zone)
        raise AssertionError("unreachable")  # pragma: no cover

    def _walk_between(self, first: date, lo: datetime, hi: datetime) -> timedelta:
        total = timedelta(0)
        for span_start, span_end in self._spans_from(first):
            if span_start >= hi:
                break
            overlap = min(span_end, hi) - max(span_start, lo)
            if overlap > timedelta(0):
                total += overlap
        return total


# --------------------------------------------------------------------------------------------------
# per-year tables of open time, for jumping over many days at once

# Days within this many days of an end of a range are walked exactly. 3 is enough for any zone: a
# span of local date D lies within D 00:00 - 16 h .. D 24:00 + 16 h in UTC (offsets stay within
# +-16 h), so the spans of days >= first + 3 all start after any moment of `first`.
_MARGIN = 3
_US = timedelta(microseconds=1)
_TAILS_KEPT = 4096  # BusinessCalendar._tail answers kept per calendar
_SPANS_KEPT = 4096  # BusinessCalendar._day_spans answers kept per calendar
assert 2 * 366 < _MAX_CLOSED_DAYS  # _Tables.open_every_year relies on it


def _fast_range(first: date, last: date) -> bool:
    """Per-year tables need a year on each side (a date near date.min / date.max is walked)."""
    return first.year > 2 and last.year < 9998


def _micro(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _idle_error(day: date) -> ValueError:
    """The error `_spans_from` raises at `day`, the first day beyond `_MAX_CLOSED_DAYS` closed ones."""
    return ValueError(f"business calendar: no open day in {_MAX_CLOSED_DAYS} days after "
                      f"{day - timedelta(days=_MAX_CLOSED_DAYS + 1)} (check workdays / closed)")


class _YearTable:
    """One calendar year of a BusinessCalendar: which days are open, the prefix sums of their open
    time in microseconds (counted as the walk counts it: the positive part of each UTC span), and the
    days whose UTC offset is not the same at every opening/closing time (DST changes during hours)."""

    __slots__ = ("first", "days", "opened", "cum", "specials")

    def __init__(self, calendar: BusinessCalendar, year: int) -> None:
        first = date(year, 1, 1)
        days = (date(year + 1, 1, 1) - first).days
        zone, segments = calendar.zone, calendar._segments()
        ends = sorted({t for pair in segments for t in pair})
        plain = sum(_micro(datetime.combine(first, end) - datetime.combine(first, start)) for start, end in segments)
        public, makeup = (_official_days(calendar.country, calendar.subdivision, year) if calendar.country is not None
                          else (frozenset(), frozenset()))
        closed, extra, workdays = calendar.closed, calendar.extra_workdays, calendar.workdays
        opened, cum, specials, total = bytearray(days), [0] * (days + 1), [], 0
        weekday, one = first.weekday(), timedelta(days=1)
        day = first
        for i in range(days):
            # is_open_day, inlined: this loop runs once per calendar and year
            if day in closed:
                is_open = False
            elif day in extra:
                is_open = True
            elif day in public:
                is_open = False
            elif day in makeup:
                is_open = True
            else:
                is_open = (weekday + i) % 7 in workdays
            if is_open:
                opened[i] = 1
                offsets = {datetime.combine(day, t, tzinfo=zone).utcoffset() for t in ends}
                if len(offsets) == 1:
                    total += plain
                else:
                    specials.append(i)
                    total += sum(max(0, _micro(end - start)) for start, end in calendar._day_spans(day))
            cum[i + 1] = total
            day += one
        self.first, self.days, self.opened, self.cum, self.specials = first, days, bytes(opened), cum, specials


class _Tables:
    """The year tables of one calendar, built on first use."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self.years: dict[int, _YearTable] = {}
        # Open microseconds before 1 January of each year of a run [low, high], counted from the first
        # year asked and grown at either end; and the years of the run before `high` without an open day.
        self.starts: dict[int, int] = {}
        self.low = self.high = 0
        self.shut_years: set[int] = set()
        self.tails: dict[tuple[date, datetime], timedelta] = {}  # BusinessCalendar._tail's answers

    def _cover(self, first: int, last: int) -> None:
        """Grow the run of year starts to hold `first` .. `last` + 1 (building those years' tables)."""
        starts = self.starts
        if not starts:
            starts[first] = 0
            self.low = self.high = first
        while first < self.low:
            self.low -= 1
            table = self.year(self.low)
            starts[self.low] = starts[self.low + 1] - table.cum[table.days]
            if table.opened.find(1) < 0:
                self.shut_years.add(self.low)
        while last >= self.high:
            table = self.year(self.high)
            if table.opened.find(1) < 0:
                self.shut_years.add(self.high)
            starts[self.high + 1] = starts[self.high] + table.cum[table.days]
            self.high += 1

    def open_every_year(self, first: int, last: int) -> bool:
        """Every year from `first` to `last` has an open day: then a run of closed days among them is
        under two years (< _MAX_CLOSED_DAYS), so no walk over them raises, and `open_before` answers for
        them. False, without building anything, when that would mean building more years than the
        range holds (the run is far away: jump_between builds only the range's years)."""
        if self.starts:
            growth = max(0, self.low - first) + max(0, last + 1 - self.high)
            if growth > last - first + 2:
                return False
        self._cover(first, last)
        return not any(first <= year <= last for year in self.shut_years)

    def open_before(self, day: date) -> timedelta:
        """Open time of the days before local date `day`, from an origin fixed per calendar (a year
        `open_every_year` covered): the difference of two is the sum jump_between adds up."""
        table = self.year(day.year)
        return (self.starts[day.year] + table.cum[(day - table.first).days]) * _US

    def year(self, year: int) -> _YearTable:
        table = self.years.get(year)
        if table is None:
            table = self.years[year] = _YearTable(self.calendar, year)
        return table

    def is_open(self, day: date) -> bool:
        table = self.year(day.year)
        return table.opened[(day - table.first).days] == 1

    def special(self, day: date) -> bool:
        table = self.year(day.year)
        index = (day - table.first).days
        pos = bisect_left(table.specials, index)
        return pos < len(table.specials) and table.specials[pos] == index

    def first_open_day(self, day: date, idle: int) -> tuple[date, int]:
        """The first open day from `day` on, with the count of closed days just before it (`idle`
        closed days already precede `day`); raises as the walk does after too many closed days."""
        while True:
            table = self.year(day.year)
            index = (day - table.first).days
            found = table.opened.find(1, index)
            run = (found if found >= 0 else table.days) - index
            if idle + run > _MAX_CLOSED_DAYS:
                raise _idle_error(day + timedelta(days=_MAX_CLOSED_DAYS - idle))
            idle += run
            if found >= 0:
                return table.first + timedelta(days=found), idle
            day = date(day.year + 1, 1, 1)

    def jump_between(self, day: date, end: date, idle: int) -> tuple[timedelta, int]:
        """Open time of the days [day, end) and the closed days at the end of that range."""
        total = 0
        while day < end:
            table = self.year(day.year)
            index = (day - table.first).days
            stop = min(table.days, (end - table.first).days)
            found = table.opened.find(1, index, stop)
            if found < 0:
                run = stop - index
            else:
                run = found - index
            if idle + run > _MAX_CLOSED_DAYS:
                raise _idle_error(day + timedelta(days=_MAX_CLOSED_DAYS - idle))
            if found < 0:
                idle += run
            else:
                idle = stop - 1 - table.opened.rfind(1, index, stop)
            total += table.cum[stop] - table.cum[index]
            day = table.first + timedelta(days=stop)
        return total * _US, idle

    def jump_add(self, day: date, left: timedelta) -> tuple[date, timedelta, int, date | None]:
        """Spend `left` over the open day `day` and the days after it in its year up to the next
        special day: (next day, what is left, closed days before it, None) when it is not used up
        there, else (_, _, _, the day it runs out on, whose spans the caller walks)."""
        table = self.year(day.year)
        index = (day - table.first).days
        pos = bisect_left(table.specials, index)
        stop = table.specials[pos] if pos < len(table.specials) else table.days
        base, need = table.cum[index], _micro(left)
        found = bisect_left(table.cum, base + need, index + 1, stop + 1)
        if found <= stop:
            return day, left - (table.cum[found - 1] - base) * _US, 0, table.first + timedelta(days=found - 1)
        idle = stop - 1 - table.opened.rfind(1, index, stop)
        return table.first + timedelta(days=stop), left - (table.cum[stop] - base) * _US, idle, None


@lru_cache(maxsize=64)
def _tables(calendar: BusinessCalendar) -> _Tables:
    return _Tables(calendar)


# --------------------------------------------------------------------------------------------------
# configuration

_CONFIG_KEYS = ("timezone", "workdays", "hours", "breaks", "country", "subdivision", "closed",
                "extra_workdays")


def _parse_time(value: Any, field: str) -> time:
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise ValueError(f"{field}: give a local time without offset, got {value!r}")
        return value
    if isinstance(value, str):
        match = _TIME_RE.match(value.strip())
        if match:
            return time(int(match[1]), int(match[2]), int(match[3] or 0))
    raise ValueError(f"{field}: expected a time 'HH:MM', got {value!r}")


def _parse_pair(value: Any, field: str) -> tuple[time, time]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError(f"{field}: expected two times ['HH:MM', 'HH:MM'], got {value!r}")
    return _parse_time(value[0], field), _parse_time(value[1], field)


def _parse_dates(value: Any, field: str) -> frozenset[date]:
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{field}: expected a list of dates ['YYYY-MM-DD', ...], got {value!r}")
    days = set()
    for i, item in enumerate(value):
        if isinstance(item, date) and not isinstance(item, datetime):
            days.add(item)
            continue
        if isinstance(item, str) and _DATE_RE.match(item.strip()):
            try:
                days.add(date.fromisoformat(item.strip()))
                continue
            except ValueError:
                pass
        raise ValueError(f"{field}[{i}]: expected a date 'YYYY-MM-DD', got {item!r}")
    return frozenset(days)


def calendar_from_config(table: dict) -> BusinessCalendar:
    """A BusinessCalendar from a TOML table; every error is a ValueError whose message starts with the field.

    Keys: `timezone` (required, IANA), `workdays` (["mon", ..., "fri"]; full names too),
    `hours` (["09:00", "18:00"]), `breaks` ([["12:00", "13:00"]]), `country` ("CN"), `subdivision`,
    `closed` and `extra_workdays` (["2026-10-08"], strings or TOML dates). Unknown keys are rejected
    so a typo cannot silently drop a closure.
    """
    if not isinstance(table, dict):
        raise ValueError(f"calendar: expected a table, got {type(table).__name__}")
    unknown = sorted(set(table) - set(_CONFIG_KEYS))
    if unknown:
        raise ValueError(f"{unknown[0]}: unknown key (known: {', '.join(_CONFIG_KEYS)})")
    if "timezone" not in table:
        raise ValueError("timezone: missing (an IANA name such as 'Asia/Shanghai')")
    kwargs: dict[str, Any] = {"timezone": table["timezone"]}
    _zone(table["timezone"], "timezone")

    if "workdays" in table:
        raw = table["workdays"]
        if not isinstance(raw, (list, tuple)) or not raw:
            raise ValueError(f"workdays: expected a non-empty list such as ['mon', 'tue'], got {raw!r}")
        days = set()
        for item in raw:
            key = item.strip().lower() if isinstance(item, str) else None
            if key not in _DAY_NAMES:
                raise ValueError(f"workdays: unknown day {item!r} (use mon, tue, wed, thu, fri, sat, sun)")
            days.add(_DAY_NAMES[key])
        kwargs["workdays"] = frozenset(days)
    if "hours" in table:
        kwargs["hours"] = _parse_pair(table["hours"], "hours")
    if "breaks" in table:
        raw = table["breaks"]
        if not isinstance(raw, (list, tuple)):
            raise ValueError(f"breaks: expected a list such as [['12:00', '13:00']], got {raw!r}")
        kwargs["breaks"] = tuple(_parse_pair(item, f"breaks[{i}]") for i, item in enumerate(raw))
    for key in ("country", "subdivision"):
        if key in table:
            if not isinstance(table[key], str):
                raise ValueError(f"{key}: expected a string code, got {table[key]!r}")
            kwargs[key] = table[key]
    for key in ("closed", "extra_workdays"):
        if key in table:
            kwargs[key] = _parse_dates(table[key], key)
    return BusinessCalendar(**kwargs)


# --------------------------------------------------------------------------------------------------
# the buyer's day

_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SAT_SUN = frozenset({5, 6})


@lru_cache(maxsize=256)
def _country_weekend(country: str) -> frozenset[int]:
    """The country's weekend from the `holidays` package (Fri-Sat in much of the Middle East, Fri in
    Iran...); Saturday-Sunday for a country the package does not cover."""
    try:
        weekend = remembered(("weekend", country), lambda: sorted(_country_holidays(country).weekend))
    except NotImplementedError:
        return _SAT_SUN
    return frozenset(weekend) or _SAT_SUN


@lru_cache(maxsize=256)
def _holiday_names(country: str, year: int) -> dict[date, str]:
    def ask() -> list[tuple[int, str]]:
        return [(d.toordinal(), name) for d, name in _country_holidays(country, years=year).items()]

    try:
        names = remembered(("names", country, year), ask)
    except NotImplementedError:
        return {}
    return {date.fromordinal(day): name for day, name in names}


@dataclass(frozen=True)
class BuyerNow:
    """Where the buyer's working day stands at a moment.

    at_work: inside their working hours on a working day.
    local: that moment on the buyer's clock.
    why_off: "" at work, else "weekend", "public holiday: <name>", "before hours" or "after hours".
    window: the working window they are in, else the next one (start, end), on the buyer's clock.
    """

    at_work: bool
    local: datetime
    why_off: str
    window: tuple[datetime, datetime]


@dataclass(frozen=True)
class BuyerDay:
    """A buyer's working day: `hours` on their wall clock, on their country's working days (the
    `holidays` package's weekend for that country, minus its public holidays, plus official make-up
    days). Without a country: Monday-Friday, no holidays."""

    timezone: str
    country: str | None = None
    hours: tuple[time, time] = (time(9), time(18))

    def __post_init__(self) -> None:
        _zone(self.timezone, "buyer timezone")
        pair = tuple(self.hours)
        if len(pair) != 2 or not all(isinstance(t, time) and t.tzinfo is None for t in pair) or pair[1] <= pair[0]:
            raise ValueError(f"buyer hours: expected (open, close) with close after open, got {self.hours!r}")
        object.__setattr__(self, "hours", pair)
        # A country the `holidays` package does not cover keeps Saturday-Sunday and no holidays.
        object.__setattr__(self, "country", (self.country or "").strip().upper() or None)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def weekend(self) -> frozenset[int]:
        return _country_weekend(self.country) if self.country else _SAT_SUN

    def why_closed(self, d: date) -> str:
        """"" when local date `d` is a working day, else "weekend" or "public holiday: <name>"."""
        if self.country:
            name = _holiday_names(self.country, d.year).get(d)
            if name:
                return f"public holiday: {name}"
            try:
                _public, makeup = _official_days(self.country, None, d.year)
            except NotImplementedError:
                makeup = frozenset()
            if d in makeup:
                return ""
        return "weekend" if d.weekday() in self.weekend else ""

    def _window_on(self, d: date) -> tuple[datetime, datetime]:
        zone = self.zone
        return datetime.combine(d, self.hours[0], tzinfo=zone), datetime.combine(d, self.hours[1], tzinfo=zone)

    def status(self, now: datetime) -> BuyerNow:
        """Whether the buyer is at work at `now`, and their current or next working window."""
        _aware(now, "now")
        return _remembered_status(self, now)

    def _status(self, now: datetime) -> BuyerNow:
        local = now.astimezone(self.zone)
        today = local.date()
        why = self.why_closed(today)
        if not why:
            start, end = self._window_on(today)
            if _utc(start) <= _utc(now) < _utc(end):
                return BuyerNow(True, local, "", (start, end))
            if _utc(now) < _utc(start):
                return BuyerNow(False, local, "before hours", (start, end))
            why = "after hours"
        day = today + timedelta(days=1)
        for _ in range(_MAX_CLOSED_DAYS):
            if not self.why_closed(day):
                return BuyerNow(False, local, why, self._window_on(day))
            day += timedelta(days=1)
        raise ValueError(f"buyer calendar: no working day in {_MAX_CLOSED_DAYS} days after {today}")


# A pure function of the (frozen) buyer day and the instant: a run triages with one `now`, and buyers
# share zones and countries, so the same status (holidays, windows) is asked for again and again.
_remembered_status = lru_cache(maxsize=1024)(BuyerDay._status)


def buyer_day(timezone_name: str | None, country: str | None = None,
              hours: tuple[time, time] = (time(9), time(18))) -> BuyerDay | None:
    """A BuyerDay, or None when the zone is unknown or not a real IANA zone (e.g. a stored typo)."""
    if not timezone_name:
        return None
    try:
        return BuyerDay(timezone_name, country or None, hours)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# deadlines and the note on both clocks


@dataclass(frozen=True)
class Deadline:
    """A reply deadline.

    due: when the reply is due, in the seller's timezone; due_buyer: the same moment on the buyer's
        clock (None when the buyer's zone is unknown).
    business_hours: the budget that was counted (seller business hours).
    buyer: the buyer's working day at `now` (at receipt without `now`; None without a buyer zone).
    buyer_window: `buyer.window` in the seller's timezone (None likewise).
    note: one line for people, naming both clocks.
    """

    due: datetime
    business_hours: float
    buyer_window: tuple[datetime, datetime] | None
    note: str
    due_buyer: datetime | None = None
    buyer: BuyerNow | None = None


def business_span(span: timedelta) -> str:
    """'4h 55m' / '35m' of business time: the one way the CLI, the queue badge and the task page say it."""
    minutes = int(abs(span).total_seconds() // 60)
    return f"{minutes // 60}h {minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m"


def elapsed_span(span: timedelta) -> str:
    """A length of time as people write it: '22d 17h' from a day on (not '545.34 h'), else business_span's
    '4h 55m' / '35m'. The one formatter of waits and ages (cli_words.duration says it in Chinese)."""
    minutes = int(abs(span).total_seconds() // 60)
    if minutes >= 24 * 60:
        return f"{minutes // (24 * 60)}d {minutes % (24 * 60) // 60}h"
    return business_span(span)


def overdue_words(late: timedelta, due_text: str) -> str:
    """'overdue by 4h 55m of business time, send now'; a deadline passed outside business hours with no
    business minute since it yet is 'overdue since <due>', never 'overdue by 0'."""
    if late < timedelta(minutes=1):
        return f"overdue since {due_text}, send now"
    return f"overdue by {business_span(late)} of business time, send now"


def _stamp(dt: datetime) -> str:
    """'Tue 2026-03-03 11:00' (English day names whatever the process locale)."""
    if dt.year < 1000:  # strftime's %Y does not pad these to four digits
        return f"{_WEEKDAY_NAMES[dt.weekday()]} {dt:%Y-%m-%d %H:%M}"
    # %-formatting, not strftime: 1.9 us instead of 7 (every triaged message's note stamps one or two)
    return "%s %d-%02d-%02d %02d:%02d" % (_WEEKDAY_NAMES[dt.weekday()], dt.year, dt.month, dt.day, dt.hour, dt.minute)


def _seller_side(dt: datetime, seller: BusinessCalendar, ref: datetime) -> str:
    """`dt` on the seller's clock with the seller's city: 'HH:MM' on `ref`'s date, else stamped; marked
    when the seller is closed then (a window that ends at 01:00 is not advice to send by 01:00)."""
    local = dt.astimezone(seller.zone)
    text = f"{local:%H:%M}" if local.date() == ref.astimezone(seller.zone).date() else _stamp(local)
    text += f" {_city(seller.timezone)}"
    if _utc(seller.next_open(local)) != _utc(local):
        text += " (outside your business hours)"
    return text


def clock_note(due: datetime, seller: BusinessCalendar, buyer: BuyerDay | None, now: datetime | None,
               *, as_stored: bool = False) -> str:
    """The deadline on both clocks and, at `now`, whether the buyer is at work and when their next
    working window starts. Pure: the queue calls it again at display time with the current `now`.

      reply by Tue 2026-03-03 11:00 Shanghai = Tue 2026-03-03 06:00 Moscow;
      Moscow is at work now (Mon 2026-03-02 12:30 there, until 18:00 = 23:00 Shanghai (outside your business hours))
      Sao Paulo is off now (Sat 2026-03-07 10:00 there: weekend); their day starts Mon 2026-03-09 09:00 =
      Mon 2026-03-09 20:00 Shanghai (outside your business hours)
    """
    _aware(due, "due")
    seller_city = _city(seller.timezone)
    due = due.astimezone(seller.zone)
    note = f"reply by {_stamp(due)} {seller_city}"
    if buyer is not None and not _same_clock(due, seller, buyer):
        note += f" = {_stamp(due.astimezone(buyer.zone))} {_city(buyer.timezone)}"
    elif buyer is not None and _city(buyer.timezone) != seller_city:
        note += f" (same clock in {_city(buyer.timezone)})"  # Shanghai and Hong Kong: one time, said once
    if now is None:
        return note
    _aware(now, "now")
    if _utc(now) > _utc(due):
        late = seller.business_time_between(due, now)
        if as_stored:  # the verdict's reply_note keeps its stored wording (verdicts unchanged); shown notes use overdue_words
            note += f"; overdue by {late.total_seconds() / 3600:.1f} business hours, send now"
        else:
            note += "; " + overdue_words(late, f"{_stamp(due)} {seller_city}")
    if buyer is None:
        return note
    return note + _buyer_now_note(seller, buyer, now)


@lru_cache(maxsize=1024)  # pure: a run has one `now`, and buyers share zones and countries
def _buyer_now_note(seller: BusinessCalendar, buyer: BuyerDay, now: datetime) -> str:
    """"; Moscow is at work now (...)": whether the buyer is at work at `now` and until when, or when
    their day starts, on both clocks (the part of clock_note that does not depend on the deadline)."""
    city, state = _city(buyer.timezone), buyer.status(now)
    start, end = state.window
    if state.at_work:
        until = "" if _same_clock(end, seller, buyer) else f"{end:%H:%M} = "
        return f"; {city} is at work now ({_stamp(state.local)} there, until {until}{_seller_side(end, seller, now)})"
    starts = "" if _same_clock(start, seller, buyer) else f"{_stamp(start)} = "
    return (f"; {city} is off now ({_stamp(state.local)} there: {state.why_off}); their day starts "
            f"{starts}{_seller_side(start, seller, now)}")


def _same_clock(at: datetime, seller: BusinessCalendar, buyer: BuyerDay) -> bool:
    """Seller and buyer read the same wall time at `at` (same zone, or the same offset then)."""
    return at.astimezone(seller.zone).utcoffset() == at.astimezone(buyer.zone).utcoffset()


@lru_cache(maxsize=1024)
def _buyer_day(buyer_tz: str, country: str | None, hours: tuple[time, time]) -> BuyerDay:
    """reply_deadline's BuyerDay, one object per zone, country and hours (buyers share them): not built
    and checked again for each message, and the status and note memos then find it by identity."""
    _zone(buyer_tz, "buyer_tz")
    return BuyerDay(buyer_tz, country, hours)


def reply_deadline(received: datetime, hours: float, seller: BusinessCalendar, buyer_tz: str | None = None,
                   *, buyer_hours: tuple[time, time] = (time(9), time(18)), buyer_country: str | None = None,
                   now: datetime | None = None) -> Deadline:
    """The reply deadline for an inquiry received at `received` with a budget of `hours` business hours.

    `due` = `received` + `hours` of the seller's open time (`BusinessCalendar.add_business_time`);
    `now` never changes it. With `buyer_tz`, the note gives `due` on the buyer's clock too and, with
    `now`, whether the buyer is inside their working day (`buyer_hours` on their wall clock, their
    country's weekend and public holidays: `BuyerDay`) and when their next working window starts, on
    both clocks (`clock_note`). Times are converted on the real clock, so DST in either zone is right.
    """
    _aware(received, "received")
    if now is not None:
        _aware(now, "now")
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not math.isfinite(hours) or hours < 0:
        raise ValueError(f"hours: expected a non-negative number of business hours, got {hours!r}")
    due = seller.add_business_time(received, timedelta(hours=hours)).astimezone(seller.zone)
    buyer = None
    if buyer_tz is not None:
        buyer = _buyer_day(buyer_tz, buyer_country, tuple(buyer_hours))
    # Without `now` the window is the one at receipt; the note then gives only the deadline.
    state = buyer.status(now or received) if buyer is not None else None
    window = None
    if state is not None:
        window = (state.window[0].astimezone(seller.zone), state.window[1].astimezone(seller.zone))
    return Deadline(due=due, business_hours=float(hours), buyer_window=window, note=clock_note(due, seller, buyer, now, as_stored=True),
                    due_buyer=due.astimezone(buyer.zone) if buyer is not None else None, buyer=state)
