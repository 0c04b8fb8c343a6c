"""Reply deadlines in seller business hours (pure: no network, no clock)."""

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.scheduling.deadlines import (
    BusinessCalendar,
    Deadline,
    calendar_from_config,
    reply_deadline,
)

SH = ZoneInfo("Asia/Shanghai")
MADRID = ZoneInfo("Europe/Madrid")
H = timedelta(hours=1)

PLAIN = BusinessCalendar("Asia/Shanghai")  # Mon-Fri 09:00-18:00, no holidays
LUNCH = BusinessCalendar("Asia/Shanghai", breaks=((time(12), time(13)),))
CN = BusinessCalendar("Asia/Shanghai", country="CN")
CN_LUNCH = BusinessCalendar("Asia/Shanghai", breaks=((time(12), time(13)),), country="CN")


def sh(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def assert_at(result, expected):
    """Same instant, and expressed on the seller's clock."""
    assert result == expected, f"{result.isoformat()} != {expected.isoformat()}"
    assert result.tzinfo.key == "Asia/Shanghai"
    assert result.replace(tzinfo=None) == expected.replace(tzinfo=None)


# -- counting open hours ---------------------------------------------------------------------------


def test_weekend_is_skipped():
    # Fri 2026-11-20 17:00 + 2 h: one hour on Friday, the other on Monday morning.
    assert_at(PLAIN.add_business_time(sh(2026, 11, 20, 17), 2 * H), sh(2026, 11, 23, 10))
    # Received on Saturday: counting starts at Monday's opening.
    assert_at(PLAIN.add_business_time(sh(2026, 11, 21, 15), 2 * H), sh(2026, 11, 23, 11))
    assert_at(PLAIN.next_open(sh(2026, 11, 22, 23, 59)), sh(2026, 11, 23, 9))
    assert PLAIN.business_time_between(sh(2026, 11, 20, 17), sh(2026, 11, 23, 10)) == 2 * H


def test_overnight_roll():
    # Received 17:30 with a 2 h budget and an 18:00 close -> next day 10:30.
    assert_at(PLAIN.add_business_time(sh(2026, 11, 24, 17, 30), 2 * H), sh(2026, 11, 25, 10, 30))
    # Before opening: counting starts at 09:00.
    assert_at(PLAIN.add_business_time(sh(2026, 11, 24, 6), 2 * H), sh(2026, 11, 24, 11))
    # A budget that ends exactly at closing time is due at closing time, not next morning.
    assert_at(PLAIN.add_business_time(sh(2026, 11, 24, 16), 2 * H), sh(2026, 11, 24, 18))
    # Zero budget = next opening; closing time itself is closed.
    assert_at(PLAIN.add_business_time(sh(2026, 11, 24, 18), timedelta(0)), sh(2026, 11, 25, 9))
    assert_at(PLAIN.next_open(sh(2026, 11, 24, 18)), sh(2026, 11, 25, 9))
    assert_at(PLAIN.next_open(sh(2026, 11, 24, 11, 15)), sh(2026, 11, 24, 11, 15))


def test_lunch_break_is_not_counted():
    assert_at(LUNCH.add_business_time(sh(2026, 11, 24, 11), 2 * H), sh(2026, 11, 24, 14))
    assert_at(LUNCH.add_business_time(sh(2026, 11, 24, 12, 30), H), sh(2026, 11, 24, 14))
    assert_at(LUNCH.next_open(sh(2026, 11, 24, 12, 30)), sh(2026, 11, 24, 13))
    # Ending exactly at the start of the break: due at 12:00.
    assert_at(LUNCH.add_business_time(sh(2026, 11, 24, 10), 2 * H), sh(2026, 11, 24, 12))
    # 8 h a day with lunch: 72 h from Monday 09:00 = 9 business days -> Thursday of the next week, 18:00.
    assert_at(LUNCH.add_business_time(sh(2026, 11, 2, 9), 72 * H), sh(2026, 11, 12, 18))
    assert LUNCH.business_time_between(sh(2026, 11, 24, 11), sh(2026, 11, 24, 14)) == 2 * H


# -- China: public holidays and make-up working days (调休) -------------------------------------------
#
# Dates from the General Office of the State Council notices:
#   2025: 国务院办公厅关于2025年部分节假日安排的通知 (Nov 2024; gov.cn/gongbao/2024/issue_11726/202411/
#         content_6989767.html): Spring Festival Jan 28-Feb 4 off, Sun Jan 26 and Sat Feb 8 worked;
#         Labour Day May 1-5 off, Sun Apr 27 worked; National Day + Mid-Autumn Oct 1-8 off,
#         Sun Sep 28 and Sat Oct 11 worked.
#   2026: 国务院办公厅关于2026年部分节假日安排的通知 (Nov 2025; gov.cn/zhengce/content/202511/
#         content_7047090.htm): New Year Jan 1-3 off, Sun Jan 4 worked; Spring Festival Feb 15-23 off,
#         Sat Feb 14 and Sat Feb 28 worked; Qingming Apr 4-6; Labour Day May 1-5 off, Sat May 9
#         worked; Dragon Boat Jun 19-21; Mid-Autumn Sep 25-27; National Day Oct 1-7 off,
#         Sun Sep 20 and Sat Oct 10 worked.

CN_MAKEUP_DAYS = {
    date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11),
    date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
    date(2026, 10, 10),
}
CN_WEEKDAYS_OFF = {
    date(2025, 1, 1), *(date(2025, 1, d) for d in (28, 29, 30, 31)), date(2025, 2, 3), date(2025, 2, 4),
    date(2025, 4, 4), date(2025, 5, 1), date(2025, 5, 2), date(2025, 5, 5), date(2025, 6, 2),
    *(date(2025, 10, d) for d in (1, 2, 3, 6, 7, 8)),
    date(2026, 1, 1), date(2026, 1, 2), *(date(2026, 2, d) for d in (16, 17, 18, 19, 20, 23)),
    date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 4), date(2026, 5, 5), date(2026, 6, 19),
    date(2026, 9, 25), *(date(2026, 10, d) for d in (1, 2, 5, 6, 7)),
}


def test_cn_calendar_matches_the_official_2025_and_2026_schedules():
    # Every day of both years: open iff (weekday and not a holiday) or an official make-up day.
    day = date(2025, 1, 1)
    while day.year < 2027:
        expected = day in CN_MAKEUP_DAYS or (day.weekday() < 5 and day not in CN_WEEKDAYS_OFF)
        assert CN.is_open_day(day) is expected, day
        day += timedelta(days=1)
    assert all(d.weekday() >= 5 for d in CN_MAKEUP_DAYS)


def test_cn_national_day_2026_is_closed():
    assert not any(CN.is_open_day(date(2026, 10, d)) for d in range(1, 8))
    assert CN.is_open_day(date(2026, 10, 8))
    # Wed 30 Sep 17:00 + 2 h: one hour that day, the other after the Golden Week.
    assert_at(CN.add_business_time(sh(2026, 9, 30, 17), 2 * H), sh(2026, 10, 8, 10))
    # Without the country the same budget ends on Thursday 1 October.
    assert_at(PLAIN.add_business_time(sh(2026, 9, 30, 17), 2 * H), sh(2026, 10, 1, 10))
    assert CN.business_time_between(sh(2026, 9, 30, 9), sh(2026, 10, 8, 18)) == 18 * H


def test_cn_makeup_weekend_days_count_as_open():
    # Sat 2026-10-10 is a working day: Friday 17:00 + 2 h ends on Saturday morning.
    assert CN.is_open_day(date(2026, 10, 10)) and not PLAIN.is_open_day(date(2026, 10, 10))
    assert_at(CN.add_business_time(sh(2026, 10, 9, 17), 2 * H), sh(2026, 10, 10, 10))
    # Sun 2025-09-28 is a working day: Friday 17:00 + 2 h ends on Sunday morning.
    assert_at(CN.add_business_time(sh(2025, 9, 26, 17), 2 * H), sh(2025, 9, 28, 10))
    # Sat 2026-02-14 worked, then Spring Festival Feb 15-23 off: back on Tuesday Feb 24.
    assert_at(CN.add_business_time(sh(2026, 2, 13, 17), 2 * H), sh(2026, 2, 14, 10))
    assert_at(CN.add_business_time(sh(2026, 2, 14, 17), 2 * H), sh(2026, 2, 24, 10))
    # 2025 Spring Festival: Mon Jan 27 17:00 + 2 h -> Wed Feb 5 10:00 (Jan 28 - Feb 4 off).
    assert_at(CN.add_business_time(sh(2025, 1, 27, 17), 2 * H), sh(2025, 2, 5, 10))
    assert_at(CN.next_open(sh(2026, 9, 19, 12)), sh(2026, 9, 20, 9))


def test_extra_closures_and_workdays_from_config():
    cal = calendar_from_config({
        "timezone": "Asia/Shanghai", "workdays": ["mon", "tue", "wed", "thu", "fri"],
        "hours": ["09:00", "18:00"], "breaks": [["12:00", "13:00"]], "country": "CN",
        "closed": ["2026-10-08"], "extra_workdays": [date(2026, 11, 28)],
    })
    assert cal == BusinessCalendar("Asia/Shanghai", breaks=((time(12), time(13)),), country="CN",
                                   closed=frozenset({date(2026, 10, 8)}),
                                   extra_workdays=frozenset({date(2026, 11, 28)}))
    assert not cal.is_open_day(date(2026, 10, 8))
    # Golden Week, then the company's own closure on Thursday Oct 8: Friday Oct 9.
    assert_at(cal.add_business_time(sh(2026, 9, 30, 17), 2 * H), sh(2026, 10, 9, 10))
    # An extra open Saturday.
    assert cal.is_open_day(date(2026, 11, 28))
    assert_at(cal.add_business_time(sh(2026, 11, 27, 17), 2 * H), sh(2026, 11, 28, 10))
    # Closures beat make-up days; a six-day week from config.
    six = calendar_from_config({"timezone": "Asia/Shanghai", "workdays": ["Mon", "tue", "wed", "thu",
                                                                        "fri", "saturday"],
                                "country": "cn", "closed": ["2026-10-10"]})
    assert six.country == "CN" and six.workdays == frozenset(range(6))
    assert not six.is_open_day(date(2026, 10, 10))
    assert six.is_open_day(date(2026, 11, 21)) and not six.is_open_day(date(2026, 11, 22))


# -- the buyer's clock (the golden cases for five buyer cities are in test_buyer_clock.py) ----------


def test_buyer_window_moves_with_madrid_dst_in_autumn():
    # Madrid leaves summer time on Sun 2026-10-25: 09:00 Madrid is 15:00 Shanghai before, 16:00 after.
    before = reply_deadline(sh(2026, 10, 16, 17), 8, CN_LUNCH, "Europe/Madrid", now=sh(2026, 10, 17, 10))
    assert_at(before.due, sh(2026, 10, 19, 17))
    assert_at(before.buyer_window[0], sh(2026, 10, 19, 15))
    assert_at(before.buyer_window[1], sh(2026, 10, 20, 0))
    after = reply_deadline(sh(2026, 10, 23, 17), 8, CN_LUNCH, "Europe/Madrid", now=sh(2026, 10, 24, 10))
    assert isinstance(after, Deadline) and after.business_hours == 8.0
    assert_at(after.due, sh(2026, 10, 26, 17))
    assert_at(after.buyer_window[0], sh(2026, 10, 26, 16))
    assert after.buyer_window[0].astimezone(MADRID).replace(tzinfo=None) == datetime(2026, 10, 26, 9)
    # Sat 10:00 Shanghai = Sat 04:00 Madrid (still summer time, UTC+2); the due time is after the change.
    assert after.note == ("reply by Mon 2026-10-26 17:00 Shanghai = Mon 2026-10-26 10:00 Madrid; Madrid is off now "
                          "(Sat 2026-10-24 04:00 there: weekend); their day starts Mon 2026-10-26 09:00 = "
                          "Mon 2026-10-26 16:00 Shanghai")


def test_buyer_window_moves_with_madrid_dst_in_spring():
    # Madrid starts summer time on Sun 2026-03-29: Friday's day starts at 16:00 Shanghai, Monday's at 15:00.
    friday = reply_deadline(sh(2026, 3, 27, 8), 2, CN_LUNCH, "Europe/Madrid", now=sh(2026, 3, 27, 8))
    assert_at(friday.due, sh(2026, 3, 27, 11))
    assert_at(friday.buyer_window[0], sh(2026, 3, 27, 16))
    assert friday.buyer.why_off == "before hours" and not friday.buyer.at_work
    monday = reply_deadline(sh(2026, 3, 27, 17), 8, CN_LUNCH, "Europe/Madrid", now=sh(2026, 3, 28, 12))
    assert_at(monday.due, sh(2026, 3, 30, 17))
    assert_at(monday.buyer_window[0], sh(2026, 3, 30, 15))
    assert monday.note.endswith("their day starts Mon 2026-03-30 09:00 = Mon 2026-03-30 15:00 Shanghai")


def test_without_now_the_note_gives_the_deadline_on_both_clocks():
    # Received Fri 17:00 Shanghai = Fri 11:00 Madrid (summer time): the window is the one at receipt.
    d = reply_deadline(sh(2026, 10, 16, 17), 8, CN_LUNCH, "Europe/Madrid")
    assert d.note == "reply by Mon 2026-10-19 17:00 Shanghai = Mon 2026-10-19 11:00 Madrid"
    assert d.buyer.at_work and d.due_buyer.replace(tzinfo=None) == datetime(2026, 10, 19, 11)
    assert_at(d.buyer_window[0], sh(2026, 10, 16, 15))


def test_buyer_weekend_is_skipped():
    # Received Saturday 10:00 Shanghai = Friday 21:00 New York: after hours, the next day is Monday's.
    weekend = reply_deadline(sh(2026, 11, 28, 10), 2, CN_LUNCH, "America/New_York", buyer_country="US",
                             now=sh(2026, 11, 28, 10))
    assert weekend.buyer.why_off == "after hours"
    assert_at(weekend.buyer_window[0], sh(2026, 11, 30, 22))
    ba = reply_deadline(sh(2026, 11, 23, 10), 2, CN_LUNCH, "America/Argentina/Buenos_Aires")
    assert "Buenos Aires" in ba.note


def test_without_buyer_zone_and_overdue():
    d = reply_deadline(sh(2026, 11, 24, 17, 30), 2, PLAIN)
    assert_at(d.due, sh(2026, 11, 25, 10, 30))
    assert d.buyer_window is None and d.due_buyer is None
    assert d.note == "reply by Wed 2026-11-25 10:30 Shanghai"
    late = reply_deadline(sh(2026, 11, 24, 17, 30), 2, PLAIN, now=sh(2026, 11, 25, 14))
    assert late.due == d.due and late.note == "reply by Wed 2026-11-25 10:30 Shanghai; overdue by 3.5 business hours, send now"
    # `now` moves the window (never the due time). 17:00 Shanghai = 10:00 Madrid: at work until 18:00
    # Madrid, which is 01:00 the next night in Shanghai: said so, not "send before 01:00".
    madrid = reply_deadline(sh(2026, 11, 24, 17, 30), 2, PLAIN, "Europe/Madrid", now=sh(2026, 11, 25, 17))
    assert_at(madrid.due, sh(2026, 11, 25, 10, 30))
    assert_at(madrid.buyer_window[0], sh(2026, 11, 25, 16))
    assert_at(madrid.buyer_window[1], sh(2026, 11, 26, 1))
    assert madrid.note == ("reply by Wed 2026-11-25 10:30 Shanghai = Wed 2026-11-25 03:30 Madrid; overdue by 6.5 "
                           "business hours, send now; Madrid is at work now (Wed 2026-11-25 10:00 there, until 18:00 "
                           "= Thu 2026-11-26 01:00 Shanghai (outside your business hours))")


# -- input checks ------------------------------------------------------------------------------------


def test_naive_datetimes_are_rejected():
    naive = datetime(2026, 11, 24, 10)
    with pytest.raises(ValueError, match="naive"):
        PLAIN.add_business_time(naive, H)
    with pytest.raises(ValueError, match="naive"):
        PLAIN.next_open(naive)
    with pytest.raises(ValueError, match="naive"):
        PLAIN.business_time_between(naive, sh(2026, 11, 24, 12))
    with pytest.raises(ValueError, match="naive"):
        PLAIN.business_time_between(sh(2026, 11, 24, 12), naive)
    with pytest.raises(ValueError, match="^received: naive"):
        reply_deadline(naive, 2, PLAIN)
    with pytest.raises(ValueError, match="^now: naive"):
        reply_deadline(sh(2026, 11, 24, 10), 2, PLAIN, now=naive)


def test_other_bad_inputs():
    with pytest.raises(ValueError, match="^duration"):
        PLAIN.add_business_time(sh(2026, 11, 24, 10), -H)
    with pytest.raises(ValueError, match="^hours"):
        reply_deadline(sh(2026, 11, 24, 10), -1, PLAIN)
    with pytest.raises(ValueError, match="^hours"):
        reply_deadline(sh(2026, 11, 24, 10), float("nan"), PLAIN)
    with pytest.raises(ValueError, match="^buyer_tz"):
        reply_deadline(sh(2026, 11, 24, 10), 2, PLAIN, "Mars/Olympus")
    with pytest.raises(ValueError, match="^hours: close 09:00 must be after open 18:00"):
        BusinessCalendar("Asia/Shanghai", hours=(time(18), time(9)))
    with pytest.raises(ValueError, match="^hours"):
        BusinessCalendar("Asia/Shanghai", hours=(time(9), time(9)))
    with pytest.raises(ValueError, match="^timezone"):
        BusinessCalendar("Asia/Nowhere")
    with pytest.raises(ValueError, match="^breaks"):
        BusinessCalendar("Asia/Shanghai", breaks=((time(8), time(10)),))
    with pytest.raises(ValueError, match="^breaks"):
        BusinessCalendar("Asia/Shanghai", breaks=((time(9), time(18)),))
    with pytest.raises(ValueError, match="^workdays"):
        BusinessCalendar("Asia/Shanghai", workdays=frozenset({7}))
    # A calendar that never opens fails loudly instead of looping.
    never = BusinessCalendar("Asia/Shanghai", workdays=frozenset())
    with pytest.raises(ValueError, match="no open day"):
        never.add_business_time(sh(2026, 11, 24, 10), H)


def test_business_time_between_is_antisymmetric():
    a, b = sh(2026, 11, 24, 17), sh(2026, 11, 25, 10)
    assert PLAIN.business_time_between(a, b) == 2 * H
    assert PLAIN.business_time_between(b, a) == -2 * H
    assert PLAIN.business_time_between(a, a) == timedelta(0)
    # Both outside hours.
    assert PLAIN.business_time_between(sh(2026, 11, 21, 10), sh(2026, 11, 22, 10)) == timedelta(0)


@pytest.mark.parametrize("table, field", [
    ({}, "timezone"),
    ({"timezone": "Asia/Nowhere"}, "timezone"),
    ({"timezone": 8}, "timezone"),
    ({"timezone": "Asia/Shanghai", "workday": ["mon"]}, "workday"),
    ({"timezone": "Asia/Shanghai", "workdays": ["mon", "fry"]}, "workdays"),
    ({"timezone": "Asia/Shanghai", "workdays": []}, "workdays"),
    ({"timezone": "Asia/Shanghai", "workdays": "mon-fri"}, "workdays"),
    ({"timezone": "Asia/Shanghai", "hours": ["9am", "6pm"]}, "hours"),
    ({"timezone": "Asia/Shanghai", "hours": ["09:00"]}, "hours"),
    ({"timezone": "Asia/Shanghai", "hours": ["18:00", "09:00"]}, "hours"),
    ({"timezone": "Asia/Shanghai", "hours": ["09:00", "24:00"]}, "hours"),
    ({"timezone": "Asia/Shanghai", "breaks": ["12:00", "13:00"]}, r"breaks\[0\]"),
    ({"timezone": "Asia/Shanghai", "breaks": [["13:00", "12:00"]]}, r"breaks\[0\]"),
    ({"timezone": "Asia/Shanghai", "breaks": [["08:00", "09:30"]]}, r"breaks\[0\]"),
    ({"timezone": "Asia/Shanghai", "breaks": [["12:00", "13:00"], ["12:30", "14:00"]]}, "breaks"),
    ({"timezone": "Asia/Shanghai", "country": "XX"}, "country"),
    ({"timezone": "Asia/Shanghai", "country": 86}, "country"),
    ({"timezone": "Asia/Shanghai", "subdivision": "MD"}, "subdivision"),
    ({"timezone": "Europe/Madrid", "country": "ES", "subdivision": "ZZ"}, "subdivision"),
    ({"timezone": "Asia/Shanghai", "closed": "2026-10-08"}, "closed"),
    ({"timezone": "Asia/Shanghai", "closed": ["2026-13-01"]}, r"closed\[0\]"),
    ({"timezone": "Asia/Shanghai", "closed": ["2026-10-08", "8 Oct"]}, r"closed\[1\]"),
    ({"timezone": "Asia/Shanghai", "extra_workdays": [datetime(2026, 10, 10, 9)]}, r"extra_workdays\[0\]"),
    ({"timezone": "Asia/Shanghai", "closed": ["2026-10-10"], "extra_workdays": ["2026-10-10"]},
     "extra_workdays"),
])
def test_calendar_from_config_errors_name_the_field(table, field):
    with pytest.raises(ValueError, match=f"^{field}:"):
        calendar_from_config(table)


def test_calendar_from_config_accepts_toml_values():
    import tomllib

    table = tomllib.loads("""
        timezone = "Europe/Madrid"
        workdays = ["mon", "tue", "wed", "thu", "fri"]
        hours = [08:30:00, "17:30"]
        breaks = [["14:00", "15:00"]]
        country = "ES"
        subdivision = "MD"
        closed = [2026-12-24, "2026-12-31"]
    """)
    cal = calendar_from_config(table)
    assert cal.hours == (time(8, 30), time(17, 30))
    assert cal.closed == frozenset({date(2026, 12, 24), date(2026, 12, 31)})
    assert not cal.is_open_day(date(2026, 10, 12))  # Fiesta Nacional de España
    assert cal.is_open_day(date(2026, 10, 13))


# -- add, then measure ------------------------------------------------------------------------------


@pytest.mark.parametrize("cal", [
    CN_LUNCH,
    PLAIN,
    # A seller on a DST clock: Madrid, ES-MD holidays, siesta, random starts across both changes.
    BusinessCalendar("Europe/Madrid", hours=(time(8), time(19)), breaks=((time(14), time(16)),),
                     country="ES", subdivision="MD", closed=frozenset({date(2026, 3, 30)})),
], ids=["cn-lunch", "plain", "madrid"])
def test_add_then_measure_gives_the_duration_back(cal):
    rng = random.Random(20261122)
    zone = ZoneInfo(cal.timezone)
    base = datetime(2025, 1, 1, tzinfo=zone)
    for _ in range(300):
        start = (base + timedelta(seconds=rng.randrange(2 * 365 * 86400))).astimezone(zone)
        duration = timedelta(minutes=rng.randrange(0, 80 * 60), seconds=rng.randrange(60))
        end = cal.add_business_time(start, duration)
        assert cal.business_time_between(start, end) == duration, (start, duration, end)
        assert end >= start and end.tzinfo.key == cal.timezone
        # The due moment is inside open time or at the end of an open span.
        if duration:
            probe = end - timedelta(microseconds=1)
            assert cal.next_open(probe) == probe, end
        # Splitting the budget changes nothing (second part > 0).
        first = timedelta(seconds=rng.randrange(int(duration.total_seconds()) + 1))
        if duration - first > timedelta(0):
            assert cal.add_business_time(cal.add_business_time(start, first), duration - first) == end
