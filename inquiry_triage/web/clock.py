"""The task page's clock line as parts (not the CLI's English sentence, scheduling.clock_note): the
deadline on the seller's clock and the buyer's, overdue business hours, whether the buyer is at work
now and until when, or why not and when their day starts. The template words it in the viewer's
language (locale/zh.po) and dates.time_tag writes each time, the buyer's pinned to the buyer's zone.
The same facts as clock_note: the same BuyerDay and business calendar at the same `now`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from ..queue.buyer_clock import inquiry_day
from ..queue.views import Closing, asleep, closing_of, load_task
from ..scheduling.deadlines import BusinessCalendar
from ..store.models import as_utc

OFF_REASONS = ("weekend", "before hours", "after hours")  # BuyerNow.why_off, else "public holiday: NAME"


@dataclass(frozen=True)
class TaskClock:
    kind: str  # "reply": a live reply task's deadline; "closed": done/dismissed; "note": another kind's due time;
    # "review": held for review, no deadline (`due` is the arrival); "snoozed": not yet woken (the queue
    # layer's sentence says when it wakes, views.snoozed_line, as `queue show` does)
    due: datetime
    seller_zone: str
    buyer_zone: str = ""  # "" unknown
    overdue_hours: float | None = None  # business hours past the deadline at `now`
    overdue_for: timedelta | None = None  # the same as business time: worded as the CLI and the queue badge do
    at_work: bool | None = None  # None: the buyer's zone is unknown
    buyer_now: datetime | None = None
    window_start: datetime | None = None  # the buyer's current (at work) or next working window
    window_end: datetime | None = None
    why_off: str = ""  # one of OFF_REASONS, or "public holiday"
    holiday: str = ""  # the holiday's name (the holidays package's, in English)
    closed_state: str = ""
    closed_by: str = ""
    closed_at: datetime | None = None
    closing: Closing | None = None  # what closed it (a reply and its channel, a quotation, done, dismissed ...)


def task_clock(session: Session, task_id: int, calendar: BusinessCalendar, now: datetime) -> TaskClock:
    task = load_task(session, task_id)
    due = as_utc(task.due_at)
    if task.state in ("done", "dismissed"):
        closing = closing_of(session, task)
        return TaskClock("closed", due, calendar.timezone, closed_state=task.state, closed_by=closing.actor,
                         closed_at=closing.at, closing=closing)
    if asleep(task, now):  # it urges nothing until it wakes: no "overdue ... send now"
        return TaskClock("snoozed", due, calendar.timezone)
    if task.kind == "review":  # held for review: no reply deadline yet (its due time is the arrival)
        return TaskClock("review", due, calendar.timezone)
    if task.kind != "reply" or task.rule:
        return TaskClock("note", due, calendar.timezone)
    overdue, late = None, None
    if now > due:
        try:
            late = calendar.business_time_between(due, now)
        except ValueError:
            late = now - due
        overdue = late.total_seconds() / 3600
    day = inquiry_day(session, task.inquiry)
    if day is None:
        return TaskClock("reply", due, calendar.timezone, overdue_hours=overdue, overdue_for=late)
    state = day.status(now)
    why, holiday = state.why_off, ""
    if why.startswith("public holiday"):
        why, holiday = "public holiday", why.split(":", 1)[-1].strip()
    return TaskClock("reply", due, calendar.timezone, buyer_zone=day.timezone, overdue_hours=overdue, overdue_for=late,
                     at_work=state.at_work, buyer_now=state.local, window_start=state.window[0],
                     window_end=state.window[1], why_off=why, holiday=holiday)
