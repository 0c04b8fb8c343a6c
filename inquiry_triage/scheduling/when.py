"""When a snooze, follow-up or notice falls due: parsed from what a person types, landed inside
the seller's business hours.

Pure: `now` and the seller's `BusinessCalendar` (scheduling/deadlines.py) are passed in; every
datetime is timezone-aware. Wall-clock words ("tomorrow", "mon 10:00", a naive ISO time) are read
on the seller's clock (the calendar's timezone).

    parse_until("2d", now, cal)          two days from now, then the next opening if that is closed
    parse_until("tomorrow", now, cal)    tomorrow at opening time (the next open day's, if closed)
    parse_until("mon 10:00", now, cal)   the next Monday 10:00 after now (Monday 10:00 today if ahead)
    parse_until("14:30", now, cal)       the next 14:30 after now
    parse_until("2026-12-01", now, cal)  that day at opening time
    parse_until("2026-12-01T15:00", ...) seller's clock; with an offset it is taken as given
A time that is not after `now` is refused (`PastTime`); one outside business hours (a weekend, a
holiday, lunch, the night) moves to the next opening, and the result says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..sentences import Sentence
from .deadlines import BusinessCalendar

__all__ = ["PastTime", "Until", "land_in_business_hours", "parse_until"]

_DAYS = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3,
         "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6,
         "sunday": 6}
_DURATION = re.compile(r"^(\d+)\s*(m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)$", re.IGNORECASE)
_CLOCK = re.compile(r"^([01]?\d|2[0-3])(?::([0-5]\d))?$")
_UNIT = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# A snooze further out than this is a typo (2026 -> 2062), not a plan.
MAX_AHEAD = timedelta(days=366)


class PastTime(ValueError):
    """The time asked for is not in the future."""


@dataclass(frozen=True)
class Until:
    at: datetime  # when it falls due: inside business hours, on the seller's clock
    asked: datetime  # what the words meant, before landing
    moved: bool  # True when `asked` was outside business hours

    def explain(self) -> str:
        """'' or why the time differs from what was asked, for the person who asked."""
        if not self.moved:
            return ""
        return f"{self.asked:%a %Y-%m-%d %H:%M} is outside business hours: moved to the next opening"


def land_in_business_hours(at: datetime, calendar: BusinessCalendar | None) -> datetime:
    """`at` if the seller is open then, else the next opening (weekends, holidays, breaks and nights
    skipped). Without a calendar the time is kept: nothing to land on."""
    if at.tzinfo is None:
        raise ValueError(f"naive datetime {at.isoformat()}: pass timezone-aware times")
    if calendar is None:
        return at
    return calendar.next_open(at)


def _opening(day: date, calendar: BusinessCalendar) -> datetime:
    return datetime.combine(day, calendar.hours[0], tzinfo=calendar.zone)


def _next_clock(now_local: datetime, clock: time, weekday: int | None) -> datetime:
    """The first moment after `now_local` at `clock` (on `weekday`, if given)."""
    day = now_local.date()
    for _ in range(8):
        candidate = datetime.combine(day, clock, tzinfo=now_local.tzinfo)
        if candidate > now_local and (weekday is None or day.weekday() == weekday):
            return candidate
        day += timedelta(days=1)
    raise AssertionError("unreachable")  # pragma: no cover


def _clock(text: str) -> time | None:
    found = _CLOCK.match(text)
    return time(int(found.group(1)), int(found.group(2) or 0)) if found else None


def _asked(text: str, now: datetime, calendar: BusinessCalendar) -> datetime:
    words = text.strip().lower().split()
    if not words:
        raise ValueError("--until needs a time: 2d, 4h, tomorrow, \"mon 10:00\", 14:30 or 2026-12-01T09:00")
    local_now = now.astimezone(calendar.zone)
    joined = "".join(words)
    duration = _DURATION.match(joined)
    if duration:
        unit = _UNIT[duration.group(2)[0].lower()]
        return now + timedelta(**{unit: int(duration.group(1))})
    head, rest = words[0], words[1:]
    if head in ("today", "tomorrow") or head in _DAYS:
        if len(rest) > 1 or (rest and _clock(rest[0]) is None):
            raise ValueError(Sentence("--until %(text)s: after %(head)s give a time like 10:00", text=repr(text), head=repr(head)))
        clock = _clock(rest[0]) if rest else None
        if head in ("today", "tomorrow"):
            day = local_now.date() + timedelta(days=head == "tomorrow")
            if clock is None:
                return _opening(day, calendar) if head == "tomorrow" else now
            return datetime.combine(day, clock, tzinfo=calendar.zone)
        if clock is None:  # a bare day name: that day's opening, from tomorrow on
            day = local_now.date() + timedelta(days=1)
            while day.weekday() != _DAYS[head]:
                day += timedelta(days=1)
            return _opening(day, calendar)
        return _next_clock(local_now, clock, _DAYS[head])
    if len(words) == 1 and _clock(head) is not None:
        return _next_clock(local_now, _clock(head), None)
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(Sentence("--until %(text)s: use a duration (2d, 4h, 30m), tomorrow, a day and time "
                                  "(\"mon 10:00\"), a time (14:30) or an ISO date/time (2026-12-01T09:00)", text=repr(text))) from None
    if len(text.strip()) == 10:  # a date alone: that day's opening
        return _opening(value.date(), calendar)
    return value.replace(tzinfo=calendar.zone) if value.tzinfo is None else value


_WEEKDAY_WORDS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # catalogue msgids (web/locale/zh.po: 周一 ...)


def _day_time(at: datetime) -> Sentence:
    """'Wed 2020-01-01 09:00': the weekday a catalogue word of its own, so a Chinese sentence says 周三."""
    return Sentence("%(day)s %(time)s", day=Sentence(_WEEKDAY_WORDS[at.weekday()]), time=f"{at:%Y-%m-%d %H:%M}")


def parse_until(text: str, now: datetime, calendar: BusinessCalendar) -> Until:
    """What `--until TEXT` means at `now`, landed in business hours. Raises `PastTime` for a time
    that is not after `now`, ValueError for words it cannot read."""
    if now.tzinfo is None:
        raise ValueError("now: pass a timezone-aware time")
    asked = _asked(text, now, calendar)
    if asked <= now:
        raise PastTime(Sentence("--until %(text)s means %(asked)s (%(zone)s), which is not in the future (now: %(now)s)",
                                text=repr(text), asked=_day_time(asked.astimezone(calendar.zone)),
                                zone=calendar.timezone, now=_day_time(now.astimezone(calendar.zone))))
    if asked - now > MAX_AHEAD:
        raise ValueError(Sentence("--until %(text)s is more than %(days)s days ahead", text=repr(text), days=MAX_AHEAD.days))
    asked = asked.astimezone(calendar.zone)
    at = land_in_business_hours(asked, calendar)
    return Until(at=at, asked=asked, moved=at != asked)
