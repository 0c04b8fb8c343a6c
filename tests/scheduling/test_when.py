"""`--until` words and business-hours landing (inquiry_triage/scheduling/when.py), with `now` fixed
and the default seller calendar: Asia/Shanghai, Mon-Fri 09:00-18:00, lunch 12:00-13:00, CN holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.scheduling.deadlines import BusinessCalendar, calendar_from_config
from inquiry_triage.scheduling.when import PastTime, land_in_business_hours, parse_until

SH = ZoneInfo("Asia/Shanghai")
FRIDAY_15 = datetime(2026, 3, 6, 15, 0, tzinfo=SH)  # an ordinary Friday afternoon
MONDAY = date(2026, 3, 9)


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return calendar_from_config(dict(load_config().get("business")))


def sh(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SH)


@pytest.mark.parametrize("text, expected, moved", [
    ("30m", sh(date(2026, 3, 6), 15, 30), False),          # inside hours: kept
    ("2h", sh(date(2026, 3, 6), 17, 0), False),
    ("4h", sh(MONDAY, 9), True),                             # Friday 19:00 -> Monday's opening
    ("2d", sh(MONDAY, 9), True),                             # Sunday 15:00 -> Monday's opening
    ("3 days", sh(MONDAY, 15), False),                       # Monday 15:00
    ("1w", sh(date(2026, 3, 13), 15), False),
    ("tomorrow", sh(MONDAY, 9), True),                       # Saturday -> Monday
    ("tomorrow 10:00", sh(MONDAY, 9), True),
    ("mon 10:00", sh(MONDAY, 10), False),
    ("Monday 10:00", sh(MONDAY, 10), False),
    ("mon", sh(MONDAY, 9), False),                           # a bare day: its opening
    ("fri 16:00", sh(date(2026, 3, 6), 16), False),          # later today is still ahead
    ("fri 14:00", sh(date(2026, 3, 13), 14), False),         # already past today: next week's
    ("today 17:30", sh(date(2026, 3, 6), 17, 30), False),
    ("12:30", sh(MONDAY, 9), True),                          # next 12:30 is Saturday's -> Monday
    ("2026-03-10", sh(date(2026, 3, 10), 9), False),         # a date: its opening
    ("2026-03-10T12:15", sh(date(2026, 3, 10), 13), True),   # lunch -> after lunch (seller's clock)
    ("2026-03-10T02:00+00:00", sh(date(2026, 3, 10), 10), False),  # an offset is taken as given
])
def test_until_words_land_in_business_hours(cal: BusinessCalendar, text: str, expected: datetime, moved: bool) -> None:
    until = parse_until(text, FRIDAY_15, cal)
    assert until.at == expected
    assert until.at.utcoffset() == timedelta(hours=8)  # on the seller's clock
    assert until.moved is moved
    assert (until.explain() != "") is moved
    assert until.asked > FRIDAY_15


@pytest.mark.parametrize("text", ["2026-03-06T14:59", "2026-03-01", "today 09:00", "today",
                                  "2026-03-06T07:00+00:00"])
def test_a_past_time_is_refused_with_what_it_meant(cal: BusinessCalendar, text: str) -> None:
    with pytest.raises(PastTime, match=r"not in the future \(now: Fri 2026-03-06 15:00\)"):
        parse_until(text, FRIDAY_15, cal)


@pytest.mark.parametrize("text", ["", "soon", "mon 25:00", "tomorrow at noon", "2d 4h", "3 fortnights"])
def test_unreadable_words_are_a_value_error_not_a_past_time(cal: BusinessCalendar, text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_until(text, FRIDAY_15, cal)
    assert not isinstance(info.value, PastTime)


def test_a_typo_year_ahead_is_refused(cal: BusinessCalendar) -> None:
    with pytest.raises(ValueError, match="more than 366 days"):
        parse_until("2062-03-10", FRIDAY_15, cal)


def test_national_day_week_is_skipped_to_the_first_open_day(cal: BusinessCalendar) -> None:
    now = sh(date(2026, 9, 30), 10)
    until = parse_until("2026-10-01T10:00", now, cal)
    # The landing day is open and every day from the asked one up to it is closed (holidays package).
    assert cal.is_open_day(until.at.date()) and until.at.time().hour == 9
    day = date(2026, 10, 1)
    while day < until.at.date():
        assert not cal.is_open_day(day), day
        day += timedelta(days=1)
    assert until.at.date() == date(2026, 10, 8)  # National Day 1-7 October 2026
    assert parse_until("tomorrow", now, cal).at == until.at


def test_a_company_closure_from_config_is_skipped() -> None:
    table = dict(load_config().get("business"))
    table["closed"] = ["2026-03-09", "2026-03-10"]
    cal = calendar_from_config(table)
    assert parse_until("mon 10:00", FRIDAY_15, cal).at == sh(date(2026, 3, 11), 9)


def test_land_in_business_hours_keeps_open_times_and_needs_aware_times(cal: BusinessCalendar) -> None:
    inside = sh(MONDAY, 11)
    assert land_in_business_hours(inside, cal) == inside
    assert land_in_business_hours(sh(MONDAY, 18), cal) == sh(date(2026, 3, 10), 9)  # closing time is closed
    assert land_in_business_hours(datetime(2026, 3, 9, 1, 49, tzinfo=timezone.utc), cal) == sh(MONDAY, 9, 49)
    assert land_in_business_hours(inside, None) == inside
    with pytest.raises(ValueError):
        land_in_business_hours(datetime(2026, 3, 9, 11), cal)
