"""Snooze times in Chinese (inquiry_triage/queue/snooze_words.py), read as the English words are: `now`
fixed, the shipped seller calendar (Asia/Shanghai, Mon-Fri 09:00-18:00, lunch 12:00-13:00, CN holidays)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from zoneinfo import ZoneInfo

from inquiry_triage.config import load_config
from inquiry_triage.queue.snooze_words import snooze_until
from inquiry_triage.scheduling.deadlines import BusinessCalendar, calendar_from_config
from inquiry_triage.scheduling.when import PastTime, parse_until

SH = ZoneInfo("Asia/Shanghai")
WEDNESDAY_10 = datetime(2026, 12, 2, 10, 0, tzinfo=SH)  # an ordinary Wednesday morning


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return calendar_from_config(dict(load_config().get("business")))


def sh(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=SH)


@pytest.mark.parametrize("text, expected", [
    ("明天", sh(3, 9)),                      # tomorrow's opening, as "tomorrow"
    ("后天", sh(4, 9)),                      # the day after tomorrow's opening
    ("大后天", sh(7, 9)),                    # Saturday -> Monday's opening
    ("下周一", sh(7, 9)),                    # Monday of next week
    ("下星期三上午10点", sh(9, 10)),
    ("周五", sh(4, 9)),                      # the next Friday, as "fri"
    ("星期五 下午3点", sh(4, 15)),
    ("3天", sh(7, 9)),                       # Saturday 10:00 -> Monday's opening, as "3d"
    ("三天后", sh(7, 9)),
    ("2小时", sh(2, 13)),                    # 12:00 is lunch -> 13:00, as "2h"
    ("两个小时", sh(2, 13)),
    ("30分钟", sh(2, 10, 30)),
    ("半小时", sh(2, 10, 30)),
    ("1周", sh(9, 10)),
    ("明天上午9点", sh(3, 9)),
    ("明天下午3点半", sh(3, 15, 30)),
    ("明天 10:15", sh(3, 10, 15)),
    ("明天十点一刻", sh(3, 10, 15)),
    ("后天早上9点30分", sh(4, 9, 30)),
    ("下午4点", sh(2, 16)),                  # a time alone: its next coming
    ("今天下午5点", sh(2, 17)),
    ("３天", sh(7, 9)),                      # full-width digits
])
def test_chinese_snooze_words(cal: BusinessCalendar, text: str, expected: datetime) -> None:
    assert snooze_until(text, WEDNESDAY_10, cal).at == expected


@pytest.mark.parametrize("chinese, english", [("明天", "tomorrow"), ("3天", "3d"), ("2小时", "2h"), ("周一", "mon"),
                                              ("明天上午9点", "tomorrow 09:00"), ("周五 下午3点", "fri 15:00")])
def test_chinese_words_mean_what_their_english_does(cal: BusinessCalendar, chinese: str, english: str) -> None:
    assert snooze_until(chinese, WEDNESDAY_10, cal) == parse_until(english, WEDNESDAY_10, cal)


def test_english_words_are_read_as_before(cal: BusinessCalendar) -> None:
    for text in ("2d", "tomorrow", "mon 10:00", "14:30", "2026-12-10T09:00"):
        assert snooze_until(text, WEDNESDAY_10, cal) == parse_until(text, WEDNESDAY_10, cal)


@pytest.mark.parametrize("text", ["下辈子", "明天早上", "明天25点", "周八", "三十五天半", "过几天"])
def test_chinese_not_understood_is_a_clear_error_naming_the_words_and_examples(cal: BusinessCalendar,
                                                                               text: str) -> None:
    with pytest.raises(ValueError) as caught:
        snooze_until(text, WEDNESDAY_10, cal)
    assert not isinstance(caught.value, PastTime)
    assert repr(text) in str(caught.value) and "明天上午9点" in str(caught.value) and "2d" in str(caught.value)


def test_a_past_chinese_time_is_refused_naming_the_words_as_typed(cal: BusinessCalendar) -> None:
    with pytest.raises(PastTime) as caught:
        snooze_until("今天上午9点", WEDNESDAY_10, cal)
    assert "'今天上午9点'" in str(caught.value) and "Wed 2026-12-02 09:00" in str(caught.value)
    with pytest.raises(PastTime):
        snooze_until("今天", WEDNESDAY_10, cal)  # now: as "today" alone
    assert date(2026, 12, 2).weekday() == 2  # the fixed `now` is the Wednesday the table assumes
