"""The per-year jumps of BusinessCalendar give exactly what the day-by-day walk gives.

The reference below is the original walk over `_spans_from` (span by span, from the first local date,
forever): it is slow for long ranges but obviously right, so random calendars (DST zones, holidays,
make-up days, closures, extra days, breaks, hours inside DST gaps) and random ranges up to 25 years
are compared with it.
"""

import random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.scheduling import deadlines
from inquiry_triage.scheduling.deadlines import BusinessCalendar

UTC = timezone.utc

# DST in both hemispheres, midnight transitions (Santiago, Havana, Cairo, Asuncion), a skipped day
# (Apia, 2011-12-30), half-hour zones and zones without DST.
ZONES = ["Europe/Madrid", "America/New_York", "America/Santiago", "Australia/Sydney", "Asia/Shanghai",
         "America/Sao_Paulo", "Asia/Tehran", "Pacific/Apia", "Africa/Cairo", "America/Havana",
         "America/Asuncion", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "Europe/London"]
COUNTRIES = [None, None, "CN", "ES", "US", "BR"]


# -- the reference: the walk, span by span ----------------------------------------------------------


def walk_add(cal, start, duration):
    cursor, left = start.astimezone(UTC), duration
    for span_start, span_end in cal._spans_from(start.astimezone(cal.zone).date()):
        if span_end <= cursor:
            continue
        begin = max(span_start, cursor)
        if left <= span_end - begin:
            return (begin + left).astimezone(cal.zone)
        left -= span_end - begin


def walk_next_open(cal, at):
    cursor = at.astimezone(UTC)
    for span_start, span_end in cal._spans_from(at.astimezone(cal.zone).date()):
        if span_end > cursor:
            return max(span_start, cursor).astimezone(cal.zone)


def walk_between(cal, a, b):
    lo, hi = a.astimezone(UTC), b.astimezone(UTC)
    if hi < lo:
        return -walk_between(cal, b, a)
    total = timedelta(0)
    for span_start, span_end in cal._spans_from(a.astimezone(cal.zone).date()):
        if span_start >= hi:
            break
        overlap = min(span_end, hi) - max(span_start, lo)
        if overlap > timedelta(0):
            total += overlap
    return total


def outcome(func, *args):
    """The result, or the error text: both paths must raise the same way too."""
    try:
        return func(*args)
    except ValueError as exc:
        return f"ValueError: {exc}"


# -- random calendars and moments -----------------------------------------------------------------


def random_time(rng, low=0, high=24 * 60 - 1):
    minutes = rng.randint(low, high)
    return time(minutes // 60, minutes % 60)


def random_calendar(rng):
    zone = rng.choice(ZONES)
    workdays = frozenset(rng.sample(range(7), rng.randint(1, 7)))
    if rng.random() < 0.3:  # small hours: opening, closing and breaks inside DST gaps
        open_, close = random_time(rng, 0, 150), random_time(rng, 160, 24 * 60 - 1)
    else:
        open_, close = random_time(rng, 6 * 60, 11 * 60), random_time(rng, 15 * 60, 20 * 60)
    breaks = []
    if rng.random() < 0.5:
        base = datetime.combine(date(2000, 1, 1), open_)
        span = int((datetime.combine(date(2000, 1, 1), close) - base).total_seconds() // 60)
        cuts = sorted(rng.sample(range(1, span), 2))
        breaks.append(((base + timedelta(minutes=cuts[0])).time(), (base + timedelta(minutes=cuts[1])).time()))
    country = rng.choice(COUNTRIES)
    days = [date(2000, 1, 1) + timedelta(days=rng.randint(0, 40 * 366)) for _ in range(rng.randint(0, 30))]
    closed = frozenset(days[::2])
    extra = frozenset(days[1::2]) - closed
    return BusinessCalendar(zone, workdays=workdays, hours=(open_, close), breaks=tuple(breaks), country=country,
                            closed=closed, extra_workdays=extra)


def random_moment(rng, year_low=1998, year_high=2030):
    seconds = rng.randint(0, (year_high - year_low) * 366 * 86400)
    moment = datetime(year_low, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds, microseconds=rng.choice([0, 0, 7]))
    return moment.astimezone(ZoneInfo(rng.choice(ZONES)))


def random_gap(rng):
    """From minutes to 25 years, most of them long enough to jump."""
    return timedelta(seconds=rng.choice([rng.randint(0, 86400 * 10), rng.randint(0, 86400 * 400),
                                         rng.randint(0, 86400 * 366 * 25)]))


# -- the comparisons ------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_fast_paths_equal_the_walk_on_random_calendars(seed):
    rng = random.Random(seed)
    cal = random_calendar(rng)
    for _ in range(6):
        a = random_moment(rng)
        b = a + random_gap(rng)
        if rng.random() < 0.3:
            a, b = b, a
        assert outcome(cal.business_time_between, a, b) == outcome(walk_between, cal, a, b), (cal, a, b)
        assert outcome(cal.next_open, a) == outcome(walk_next_open, cal, a), (cal, a)
        budget = timedelta(minutes=rng.choice([0, rng.randint(1, 600), rng.randint(1, 60 * 24 * 400)]))
        fast, slow = outcome(cal.add_business_time, a, budget), outcome(walk_add, cal, a, budget)
        assert fast == slow, (cal, a, budget)
        if not isinstance(fast, str):
            assert fast.tzinfo == slow.tzinfo and fast.replace(tzinfo=None) == slow.replace(tzinfo=None)


@pytest.mark.parametrize("zone", ["Europe/Madrid", "America/Santiago", "Pacific/Apia", "America/Havana"])
def test_dst_days_and_the_skipped_day_over_many_years(zone):
    # Hours that straddle the small-hours DST changes; 1995-2030 crosses every change of rule.
    cal = BusinessCalendar(zone, workdays=frozenset(range(7)), hours=(time(0, 0), time(23, 30)),
                           breaks=((time(1, 15), time(2, 30)),))
    start = datetime(1995, 1, 1, 12, tzinfo=ZoneInfo(zone))
    for days in (0, 1, 5, 30, 365, 3000, 12000):
        end = start + timedelta(days=days, hours=7)
        assert cal.business_time_between(start, end) == walk_between(cal, start, end)
    for hours in (0, 5, 500, 5000, 90000):
        assert cal.add_business_time(start, timedelta(hours=hours)) == walk_add(cal, start, timedelta(hours=hours))


def test_a_long_closure_raises_like_the_walk():
    closed = frozenset(date(2010, 3, 1) + timedelta(days=i) for i in range(900))
    cal = BusinessCalendar("Europe/Madrid", closed=closed)
    zone = ZoneInfo("Europe/Madrid")
    for start in (datetime(2009, 1, 5, 10, tzinfo=zone), datetime(2010, 3, 1, 10, tzinfo=zone),
                  datetime(2010, 6, 1, tzinfo=zone)):
        end = datetime(2014, 1, 1, tzinfo=zone)
        fast, slow = outcome(cal.business_time_between, start, end), outcome(walk_between, cal, start, end)
        assert fast == slow and fast.startswith("ValueError: business calendar: no open day")
        assert outcome(cal.add_business_time, start, timedelta(hours=4000)) == outcome(
            walk_add, cal, start, timedelta(hours=4000))
        assert outcome(cal.next_open, start) == outcome(walk_next_open, cal, start)
    # A range that ends before the closure (the walk stops at the first span after it) does not raise.
    start = datetime(2007, 1, 5, 10, tzinfo=zone)
    end = datetime(2010, 2, 20, tzinfo=zone)
    assert cal.business_time_between(start, end) == walk_between(cal, start, end)


def test_dates_at_the_ends_of_the_calendar_use_the_walk():
    cal = BusinessCalendar("UTC")
    start = datetime(9998, 12, 1, 10, tzinfo=UTC)
    assert cal.business_time_between(start, start + timedelta(days=20)) == walk_between(
        cal, start, start + timedelta(days=20))
    early = datetime(2, 6, 1, 10, tzinfo=UTC)
    assert cal.add_business_time(early, timedelta(hours=3000)) == walk_add(cal, early, timedelta(hours=3000))


def test_a_twenty_year_span_walks_a_handful_of_days(monkeypatch):
    """Cost does not grow with the distance: count the days whose spans are computed one by one."""
    cal = BusinessCalendar("Asia/Shanghai", breaks=((time(12), time(13)),), country="CN")
    zone = ZoneInfo("Asia/Shanghai")
    a, b = datetime(2004, 3, 3, 10, tzinfo=zone), datetime(2024, 7, 9, 16, tzinfo=zone)
    expected = walk_between(cal, a, b)
    calls = []
    original = BusinessCalendar._day_spans
    monkeypatch.setattr(BusinessCalendar, "_day_spans", lambda self, day: calls.append(day) or original(self, day))
    assert cal.business_time_between(a, b) == expected
    assert len(calls) <= 4 * deadlines._MARGIN + 4, len(calls)
    calls.clear()
    assert cal.add_business_time(a, expected) == b.astimezone(zone)
    assert len(calls) <= 2 * deadlines._MARGIN + 4, len(calls)


@pytest.mark.filterwarnings("ignore:Requested Holidays are available only")  # IN outside 2001-2035
@pytest.mark.parametrize("country", ["CN", "ES", "US", "BR", "IN"])
def test_holidays_fetched_in_blocks_equal_each_year_fetched_alone(country):
    """`_official_days` asks the package for 16 years at once; each year must come out as when asked alone."""
    import holidays

    for year in range(1996, 2041, 3):
        alone = holidays.country_holidays(country, years=(year - 1, year, year + 1))
        expected = (frozenset(d for d in alone if d.year == year),
                    frozenset(d for d in getattr(alone, "weekend_workdays", ()) if d.year == year))
        assert deadlines._official_days(country, None, year) == expected, (country, year)


@pytest.mark.parametrize("seed", range(12))
def test_many_ranges_to_one_end_equal_the_walk(seed):
    """A run's "overdue by" notes: many starts, one `now`. The year-start sums grow down and up from the
    first year asked, and the part after the last jumped day is remembered per end."""
    rng = random.Random(1000 + seed)
    cal = random_calendar(rng)
    ends = [random_moment(rng, 2020, 2027) for _ in range(2)]
    for _ in range(12):
        b = rng.choice(ends)
        a = random_moment(rng, 1985, 2027)
        assert outcome(cal.business_time_between, a, b) == outcome(walk_between, cal, a, b), (cal, a, b)


def test_closed_years_and_far_ranges_fall_back_to_the_year_walk():
    closed = frozenset(date(2012, 1, 1) + timedelta(days=i) for i in range(366))  # all of 2012
    cal = BusinessCalendar("Europe/Madrid", closed=closed)
    zone = ZoneInfo("Europe/Madrid")
    end = datetime(2026, 11, 30, 17, tzinfo=zone)
    for start in (datetime(2005, 2, 3, 10, tzinfo=zone), datetime(2013, 5, 6, 11, tzinfo=zone),
                  datetime(2011, 12, 20, 9, tzinfo=zone), datetime(1990, 1, 1, tzinfo=zone)):
        assert cal.business_time_between(start, end) == walk_between(cal, start, end)
    # A range far from the years already summed does not build the years in between.
    far = datetime(2400, 3, 1, 10, tzinfo=zone)
    assert cal.business_time_between(far, far + timedelta(days=40)) == walk_between(cal, far, far + timedelta(days=40))
    assert max(deadlines._tables(cal).years) < 2400 + 2 and 2100 not in deadlines._tables(cal).years


def test_the_end_of_a_range_is_walked_once_per_end(monkeypatch):
    cal = BusinessCalendar("Asia/Shanghai", breaks=((time(12), time(13)),), country="CN")
    zone = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 11, 30, 15, tzinfo=zone)
    starts = [datetime(2004 + i, 3, 3, 10, tzinfo=zone) for i in range(10)]
    expected = [walk_between(cal, a, now) for a in starts]
    calls = []
    original = BusinessCalendar._day_spans
    monkeypatch.setattr(BusinessCalendar, "_day_spans", lambda self, day: calls.append(day) or original(self, day))
    assert [cal.business_time_between(a, now) for a in starts] == expected
    near_now = [day for day in calls if day.year == 2026]
    assert len(near_now) <= deadlines._MARGIN + 3, near_now
