"""A reply's response time, kept on its row, and the inquiry's first reply's facts, kept on the
inquiry row (first_reply_*), so `report sla` can sort and group in SQL from one index.

`response_s` is the wall-clock seconds from the inquiry's receipt to the reply; `response_business_s`
the seller's business seconds between the two (`BusinessCalendar.business_time_between`), on the
calendar named by `response_calendar` (`calendar_key`). A value computed on another calendar (the
[business] settings or the holidays package changed) is stale: the report recomputes it, so its
figures are always those of the calendar it is given.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from ..store.models import InquiryRow, ReplyRow, as_utc

if TYPE_CHECKING:
    from ..scheduling.deadlines import BusinessCalendar


def calendar_key(calendar: BusinessCalendar) -> str:
    """16 hex digits naming everything that decides business time (the holidays data included)."""
    holidays = _holidays_version() if calendar.country else ""
    parts = (calendar.timezone, sorted(calendar.workdays), calendar.hours, calendar.breaks, calendar.country,
             calendar.subdivision, sorted(calendar.closed), sorted(calendar.extra_workdays), holidays)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _holidays_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays")
    except PackageNotFoundError:  # not installed as a distribution: the key just omits it
        return ""


def receipt_of(inquiry: InquiryRow) -> datetime | None:
    """When the inquiry arrived: its received_at, else when it was triaged (UTC)."""
    return as_utc(inquiry.received_at) or as_utc(inquiry.triaged_at)


def response_times(receipt: datetime | None, sent_at: datetime, calendar: BusinessCalendar | None,
                   key: str | None = None) -> tuple[float | None, float | None, str | None]:
    """(wall seconds, business seconds, calendar key) from receipt to `sent_at`; the business pair
    is (None, None) without a calendar, everything None without a receipt."""
    if receipt is None:
        return None, None, None
    sent = as_utc(sent_at)
    wall = (sent - receipt).total_seconds()
    if calendar is None:
        return wall, None, None
    return wall, calendar.business_time_between(receipt, sent).total_seconds(), key or calendar_key(calendar)


def first_reply_values(receipt: datetime | None, sent_at: datetime | None, author: str | None,
                       calendar: BusinessCalendar | None, key: str | None = None) -> dict[str, object]:
    """The inquiry's first_reply_* columns for a first reply sent at `sent_at` by `author` (all None
    when there is no reply), marked known."""
    if sent_at is None:
        wall = business = key = None
    else:
        wall, business, key = response_times(receipt, sent_at, calendar, key)
    return {"first_reply_known": True, "first_reply_at": as_utc(sent_at), "first_reply_by": author if sent_at else None,
            "first_response_s": wall, "first_response_business_s": business, "first_response_calendar": key}


def note_reply(inquiry: InquiryRow, reply: ReplyRow) -> None:
    """Keep the inquiry's first-reply facts current when `reply` (just recorded, so the highest id:
    an equal sent_at keeps the earlier reply first) goes out. Facts not derived yet stay so: the
    report derives them from all the replies."""
    if not inquiry.first_reply_known:
        return
    first = as_utc(inquiry.first_reply_at)
    if first is not None and as_utc(reply.sent_at) >= first:
        return
    inquiry.first_reply_at, inquiry.first_reply_by = as_utc(reply.sent_at), reply.author
    inquiry.first_response_s, inquiry.first_response_business_s = reply.response_s, reply.response_business_s
    inquiry.first_response_calendar = reply.response_calendar
