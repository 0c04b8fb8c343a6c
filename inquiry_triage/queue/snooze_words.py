"""When a snooze ends, from what a person types: scheduling/when.py's words (2d, tomorrow, "mon 10:00",
14:30, ISO) and the Chinese a seller types for the same (明天, 后天, 下周一, 3天, 2小时, 明天上午9点).
The CLI (`queue snooze --until`) and the web's snooze form both read the time here.

Chinese words are turned into the English parser's own forms (a duration, a day name, an ISO day or
day-and-time on the seller's clock), so both languages land in business hours the same way. Pure:
`now` and the seller's BusinessCalendar are passed in.

    3天 / 2小时 / 30分钟 / 1周 / 半小时   a duration from now ("3d", "2h", "30m", "1w")
    今天 / 明天 / 后天 / 大后天            that day (its opening time; 今天 alone is now: refused)
    周一 / 星期一 / 礼拜一                 the next Monday from tomorrow on, as "mon"
    下周一 / 下星期一                      Monday of next week (weeks start on Monday)
    ... followed by a time: 上午9点, 下午3点半, 晚上8点, 9:30, 10点15分
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from ..scheduling.deadlines import BusinessCalendar
from ..scheduling.when import PastTime, Until, parse_until
from ..sentences import Sentence, sentence_of

__all__ = ["snooze_until", "english_words"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"(\d+|[零〇一二两三四五六七八九十]+)"
_UNITS = {"分钟": "m", "分": "m", "小时": "h", "个小时": "h", "钟头": "h", "个钟头": "h", "天": "d", "日": "d",
          "周": "w", "个星期": "w", "星期": "w", "礼拜": "w", "个礼拜": "w"}
_DURATION = re.compile(r"^" + _NUMBER + r"(个小时|小时|个钟头|钟头|分钟|分|天|日|周|个星期|星期|个礼拜|礼拜)(?:后|以后|之后)?$")
_HALF_HOUR = re.compile(r"^半(?:个)?(?:小时|钟头)(?:后|以后|之后)?$")
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ENGLISH_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = re.compile(r"^(?:(大后天|后天|明天|明日|今天|今日)|(下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天]))")
_PART = r"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)?"
_CLOCK = re.compile(r"^" + _PART + _NUMBER + r"(?:点|时|:)(?:(半)|(一刻)|(三刻)|" + _NUMBER + r"分?)?$")
_AFTERNOON = ("下午", "傍晚", "晚上")
_UNDERSTOOD = ("3天, 2小时, 30分钟, 明天, 后天, 下周一, 周五, 明天上午9点, 下午3点半; "
               "2d, 4h, tomorrow, \"mon 10:00\", 14:30, 2026-12-01T09:00")
# The examples as one catalogue word (web/locale/zh.po): a Chinese reader gets three that work
# (明天9点, 3天后, 下周一), an English one the whole list, both from this one value.
_EXAMPLES = Sentence(_UNDERSTOOD)


def _number(text: str) -> int | None:
    """'12', '十二', '二十', '两' -> the number (up to 99), else None."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        return (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    if len(text) == 1 and text in _DIGITS:
        return _DIGITS[text]
    return None


def _clock(text: str) -> str | None:
    """'上午9点' -> '09:00', '下午3点半' -> '15:30', '晚上8点' -> '20:00', '9:30' -> '09:30'; None if not a time."""
    found = _CLOCK.match(text)
    if found is None:
        return None
    part, hour_text, half, quarter, three_quarters, minute_text = found.groups()
    hour = _number(hour_text)
    minute = 30 if half else 15 if quarter else 45 if three_quarters else (_number(minute_text) if minute_text else 0)
    if hour is None or minute is None:
        return None
    if (part in _AFTERNOON and hour < 12) or (part == "中午" and hour < 3):
        hour += 12  # 下午3点 is 15:00; 中午1点 is 13:00
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _not_understood(text: str, known: str = "", part: str = "") -> ValueError:
    """What was not understood: the whole `text`, or (`known` read, e.g. 明天) the `part` after it
    (早饭后, 25点), named on its own so the person sees which words to change; examples that work."""
    if known and part:
        return ValueError(Sentence("--until %(text)s: %(known)s is understood, %(part)s is not; write e.g. %(examples)s",
                                   text=repr(text), known=repr(known), part=repr(part), examples=_EXAMPLES))
    return ValueError(Sentence("--until %(text)s: not understood; write e.g. %(examples)s", text=repr(text),
                               examples=_EXAMPLES))


def english_words(text: str, now: datetime, calendar: BusinessCalendar) -> str:
    """The English --until words that mean what the Chinese `text` means at `now` on the seller's clock
    (text without Chinese is returned as it is). ValueError when the Chinese is not understood."""
    if not _HAN.search(text):
        return text
    words = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("：", ":")
    if _HALF_HOUR.match(words):
        return "30m"
    duration = _DURATION.match(words)
    if duration:
        count = _number(duration.group(1))
        if count is None:
            raise _not_understood(text)
        return f"{count}{_UNITS[duration.group(2)]}"
    day = _DAY.match(words)
    rest = words[day.end():] if day else words
    clock = _clock(rest) if rest else None
    if rest and clock is None:
        raise _not_understood(text, day.group(0), rest) if day else _not_understood(text)
    if day is None:
        return clock or ""  # a time alone: its next coming
    today = now.astimezone(calendar.zone).date()
    relative, next_week, weekday = day.groups()
    if relative is not None:
        if relative in ("今天", "今日") and clock is None:
            return "today"  # now: refused as not in the future, as the English word is
        return _on(today + timedelta(days=_RELATIVE_DAYS[relative]), clock)
    if not next_week:  # 周一: the next Monday from tomorrow on, as "mon"
        return f"{_ENGLISH_DAYS[_WEEKDAYS[weekday]]} {clock or ''}".strip()
    monday_next_week = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    return _on(monday_next_week + timedelta(days=_WEEKDAYS[weekday]), clock)


def _on(day: date, clock: str | None) -> str:
    """An ISO day (its opening time) or day and time, on the seller's clock."""
    return f"{day.isoformat()}T{clock}" if clock else day.isoformat()


def snooze_until(text: str, now: datetime, calendar: BusinessCalendar) -> Until:
    """What `text` (English or Chinese) means at `now`, landed in business hours (scheduling/when.parse_until).
    PastTime for a time not after `now`, ValueError (a Sentence naming the accepted forms) for words
    it cannot read; both name the words as the person typed them."""
    english = english_words(text, now, calendar)
    try:
        return parse_until(english, now, calendar)
    except PastTime as exc:
        raise PastTime(_as_typed(exc, text)) from None
    except ValueError as exc:
        if english != text:
            raise ValueError(_as_typed(exc, text)) from None
        raise


def _as_typed(exc: Exception, text: str) -> Sentence:
    said = sentence_of(exc)
    return Sentence(said.msgid, **{**said.values, "text": repr(text)}) if "text" in said.values else said
