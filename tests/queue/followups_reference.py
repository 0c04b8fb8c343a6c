"""The follow-up planner and reminder collector as they were before issue 10, kept verbatim as the
reference the new SQL-selecting, batched ones must agree with (tests/queue/test_followups_at_scale.py).
They read every reply ever sent, with about five queries per reply: fine for a test store.
Only the names of the two entry points changed (plan -> plan_old, collect_reminders -> collect_old);
the pure helpers that did not change are imported from the product."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inquiry_triage.queue.followups import (FOLLOW_UP_BUDGET, _greeting_due, _holiday_begins,
                                            land_in_business_hours, seller_closures, settings)
from inquiry_triage.queue.rounds import REMIND_WITHIN, SCHEDULER, RoundReport, escalation_recipients
from inquiry_triage.store.models import InquiryRow, NoteRow, ReplyRow, TaskRow, as_utc

log = logging.getLogger("tests.followups_reference")


def _wrote_again(session: Session, buyer_key: str, since: datetime) -> bool:
    if not buyer_key:
        return False
    # The buyer's last receipt (received_at, else triaged_at; scheduling/receipt.py): an old mail triaged
    # after our reply is not "wrote again" (it was max(triaged_at) and max(received_at) before).
    newest = session.scalar(select(func.max(func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)))
                            .where(InquiryRow.buyer_key == buyer_key))
    return (as_utc(newest) or datetime.min.replace(tzinfo=timezone.utc)) > since


def _add(session: Session, inquiry: InquiryRow, rule: str, due: datetime, now: datetime, attempt: int = 0,
         kind: str = "follow-up", note: str = "", per_buyer: bool = False) -> TaskRow | None:
    """Create the task once: per inquiry and attempt, or per buyer (greetings and notices follow
    the buyer, whose newest inquiry changes when they write again)."""
    stmt = select(TaskRow.id).where(TaskRow.rule == rule, TaskRow.attempt == attempt)
    if per_buyer and inquiry.buyer_key:
        stmt = stmt.join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(InquiryRow.buyer_key == inquiry.buyer_key)
    else:
        stmt = stmt.where(TaskRow.inquiry_id == inquiry.id)
    if session.scalar(stmt.limit(1)) is not None:
        return None
    task = TaskRow(inquiry_id=inquiry.id, kind=kind, rule=rule, attempt=attempt, state="open",
                   grade=("C" if per_buyer and (inquiry.grade or "C") in "AB" else inquiry.grade or "C"),
                   due_at=as_utc(due), created_at=as_utc(now), due_note=note)
    session.add(task)
    return task


def _silent(session: Session, now: datetime, rule: str, days: float, most: int, quoted: bool,
            calendar=None) -> list[TaskRow]:  # type: ignore[no-untyped-def]
    """Follow-ups for buyers silent since our last reply. `quoted` picks the inquiries a quotation
    went out for (rfq-quote), else those only replied to (silent-buyer): one rule per inquiry."""
    made = []
    replies = session.execute(
        select(ReplyRow.inquiry_id, func.max(ReplyRow.sent_at)).group_by(ReplyRow.inquiry_id)).all()
    quoted_ids = set(session.scalars(select(ReplyRow.inquiry_id).where(ReplyRow.kind == "quote").distinct()))
    for inquiry_id, last_reply in replies:
        if (inquiry_id in quoted_ids) != quoted:
            continue
        inquiry = session.get(InquiryRow, inquiry_id)
        if inquiry is None or inquiry.dismissed_as:
            continue
        previous = session.scalars(select(TaskRow).where(TaskRow.inquiry_id == inquiry_id, TaskRow.rule == rule)
                                   .order_by(TaskRow.attempt)).all()
        if len(previous) >= most or any(t.state in ("open", "claimed", "snoozed") for t in previous):
            continue
        last_contact = max([as_utc(last_reply)] + [as_utc(t.done_at) for t in previous if t.done_at])
        if _wrote_again(session, inquiry.buyer_key, last_contact):
            continue
        if last_contact + timedelta(days=days) <= now:
            what = "our quotation" if quoted else "our reply"
            task = _add(session, inquiry, rule, land_in_business_hours(calendar, now + FOLLOW_UP_BUDGET), now,
                        attempt=len(previous) + 1,
                        note=f"no answer to {what} since {last_contact:%Y-%m-%d}: "
                             f"follow-up {len(previous) + 1} of {most}")
            if task:
                made.append(task)
    return made


def _active_buyers(session: Session, now: datetime, active_days: float) -> list[InquiryRow]:
    """The latest inquiry of each buyer active within `active_days`, not dismissed."""
    since = now - timedelta(days=active_days)
    latest: dict[str, InquiryRow] = {}
    for row in session.scalars(select(InquiryRow).where(InquiryRow.status == "triaged", InquiryRow.buyer_key != "",
                                                        InquiryRow.dismissed_as.is_(None), InquiryRow.suspicious.is_(False))
                               .order_by(InquiryRow.triaged_at)):
        when = as_utc(row.received_at) or as_utc(row.triaged_at)
        if when and when >= since:
            latest[row.buyer_key] = row
    return list(latest.values())


def _holiday_greetings(session: Session, now: datetime, days_before: float, active_days: float,
                       calendar=None) -> list[TaskRow]:  # type: ignore[no-untyped-def]
    import holidays

    made = []
    horizon = (now + timedelta(days=days_before)).date()
    for inquiry in _active_buyers(session, now, active_days):
        if not inquiry.country:
            continue
        # Added after issue 10 to both planners (a newcomer found a greeting planned for a buyer
        # still waiting for our answer): a buyer with a live reply task is greeted in a later round.
        if session.scalar(select(func.count()).select_from(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                          .where(InquiryRow.buyer_key == inquiry.buyer_key, TaskRow.kind == "reply",
                                 TaskRow.state.in_(("open", "claimed", "snoozed")))):
            continue
        try:
            buyer_holidays = holidays.country_holidays(inquiry.country, years=sorted({now.year, horizon.year}))
        except NotImplementedError:
            continue
        for day, name in sorted(buyer_holidays.items()):
            if now.date() <= day <= horizon:
                # Added after a newcomer found a greeting due after the holiday (both planners): the greeting
                # is for the holidays in a row `day` begins or is in, due before they begin on the buyer's clock
                while day - timedelta(days=1) in buyer_holidays:
                    day -= timedelta(days=1)
                due, begins = _greeting_due(calendar, day, now), _holiday_begins(inquiry.country, day)
                if due >= begins:
                    due = land_in_business_hours(calendar, now)
                if due >= begins:
                    continue
                task = _add(session, inquiry, f"holiday-greeting:{inquiry.country}:{day.isoformat()}",
                            due, now, kind="greeting", per_buyer=True,
                            note=f"{name} ({inquiry.country}) on {day:%a %Y-%m-%d}: send greetings")
                if task:
                    made.append(task)
                break  # one greeting per buyer per run is plenty
    return made


def _closure_notices(session: Session, now: datetime, calendar, days_before: float, active_days: float,  # type: ignore[no-untyped-def]
                     min_closed: int) -> list[TaskRow]:
    made = []
    for first, last in seller_closures(calendar, now.date(), int(days_before), min_closed):
        if first <= now.date():
            continue  # already closed: the notice was due before, not every day of the closure
        for inquiry in _active_buyers(session, now, active_days):
            task = _add(session, inquiry, f"closure-notice:{first.isoformat()}",
                        land_in_business_hours(calendar, now + FOLLOW_UP_BUDGET), now,
                        kind="notice", per_buyer=True,
                        note=f"we are closed {first:%Y-%m-%d} to {last:%Y-%m-%d}: tell the buyer ahead of time")
            if task:
                made.append(task)
    return made


def plan_old(session: Session, now: datetime, config_table: dict[str, Any] | None = None, calendar=None) -> list[TaskRow]:  # type: ignore[no-untyped-def]
    """Create the follow-up tasks that are due. Run by the daemon's reminder job and `tick`;
    idempotent. `calendar` (the seller's BusinessCalendar) puts every due time in business hours
    and enables closure notices."""
    now = as_utc(now)
    rules = settings(config_table)
    made = []
    silent, quote = rules["silent_buyer"], rules["rfq_quote"]
    made += _silent(session, now, "silent-buyer", silent["days"], silent["max"], quoted=False, calendar=calendar)
    made += _silent(session, now, "rfq-quote", quote["days"], quote["max"], quoted=True, calendar=calendar)
    made += _holiday_greetings(session, now, rules["holiday_greeting"]["days_before"],
                               rules["holiday_greeting"]["active_days"], calendar)
    if calendar is not None:
        c = rules["closure_notice"]
        made += _closure_notices(session, now, calendar, c["days_before"], c["active_days"], c["min_closed_days"])
    session.flush()
    return made


def collect_old(session: Session, now: datetime, notifications: dict[str, Any] | None = None,
                      report: RoundReport | None = None) -> list[Any]:
    """Mark tasks due within the hour (reminded) and overdue ones (escalated), once each. An
    escalation leaves a note naming who was told."""
    from inquiry_triage.notify import Reminder

    reminders = []
    # Review tasks (suspicious inquiries) are outside the reply SLA: never reminded or escalated.
    for task in session.scalars(select(TaskRow).where(TaskRow.state.in_(("open", "claimed")), TaskRow.kind != "review")
                                .order_by(TaskRow.id)):
        due = as_utc(task.due_at)
        state = None
        if due <= now and task.escalated_at is None:
            task.escalated_at = now
            state = "overdue"
            recipients = escalation_recipients(task.assignee, notifications)
            session.add(NoteRow(inquiry_id=task.inquiry_id, task_id=task.id, author=SCHEDULER, action="escalate",
                                content=f"overdue since {due.isoformat(timespec='minutes')}: escalated to {recipients}",
                                created_at=now))
            if report is not None:
                report.escalated.append((task.id, recipients))
            log.warning("task %d (grade %s) is overdue since %s: escalated to %s", task.id, task.grade,
                        due.isoformat(), recipients)
        elif due > now and task.reminded_at is None and due - now <= REMIND_WITHIN:
            task.reminded_at = now
            state = "due"
            if report is not None:
                report.reminded.append(task.id)
        if state:
            inquiry = session.get(InquiryRow, task.inquiry_id)
            reminders.append(Reminder(task_id=task.id, grade=task.grade, state=state, due=due.isoformat(timespec="minutes"),
                                      assignee=task.assignee, subject=(inquiry.subject if inquiry else "")[:120],
                                      sender=(inquiry.from_addr or inquiry.from_name) if inquiry else "",
                                      note=task.due_note or ""))
    return reminders
