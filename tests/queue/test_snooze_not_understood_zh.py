"""The snooze parser's error for words it cannot read, in Chinese (queue/snooze_words._not_understood):
it names what was not understood (the whole text, or the part after a day it did read: 明天 | 早饭后)
and gives three examples that work (明天9点, 3天后, 下周一), which the test reads back through the
parser. English keeps its full list of examples."""

from __future__ import annotations

from datetime import datetime

import pytest
from zoneinfo import ZoneInfo

from inquiry_triage.config import load_config
from inquiry_triage.queue.cli_words import refusal
from inquiry_triage.queue.snooze_words import snooze_until
from inquiry_triage.scheduling.deadlines import BusinessCalendar, calendar_from_config
from inquiry_triage.web.i18n import localize
from inquiry_triage.sentences import sentence_of

WEDNESDAY_10 = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
HAN_OR_DATA = "明天9点、3天后、下周一"


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return calendar_from_config(dict(load_config().get("business")))


def _error(text: str, cal: BusinessCalendar) -> ValueError:
    with pytest.raises(ValueError) as caught:
        snooze_until(text, WEDNESDAY_10, cal)
    return caught.value


@pytest.mark.parametrize("text, known, part", [("明天早饭后", "明天", "早饭后"), ("明天25点", "明天", "25点"),
                                               ("下周一下班前", "下周一", "下班前"), ("后天 晚饭时", "后天", "晚饭时")])
def test_the_part_after_a_day_it_read_is_named(cal: BusinessCalendar, text: str, known: str, part: str) -> None:
    exc = _error(text, cal)
    zh = refusal("zh", exc)
    assert zh == f"暂缓时间 {text!r}：{known!r} 能看懂，{part!r} 看不懂。可以这样写：{HAN_OR_DATA}", zh
    assert localize("zh", sentence_of(exc)) == zh  # the web's snooze form says the same (one catalogue)
    english = str(exc)
    assert english.startswith(f"--until {text!r}: {known!r} is understood, {part!r} is not; write e.g. 3天")
    assert "明天上午9点" in english and "2d" in english  # English keeps the whole list


@pytest.mark.parametrize("text", ["过几天", "下辈子", "周八"])
def test_words_it_cannot_read_at_all_are_named_whole(cal: BusinessCalendar, text: str) -> None:
    exc = _error(text, cal)
    assert refusal("zh", exc) == f"看不懂暂缓时间 {text!r}。可以这样写：{HAN_OR_DATA}"
    assert str(exc).startswith(f"--until {text!r}: not understood; write e.g. 3天, 2小时")


def test_the_examples_it_gives_work(cal: BusinessCalendar) -> None:
    for example in HAN_OR_DATA.split("、"):
        assert snooze_until(example, WEDNESDAY_10, cal).at > WEDNESDAY_10
