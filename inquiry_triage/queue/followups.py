"""Follow-up rules (DOMAIN.md 3-4), each a table in `[followups]`, each scheduled as a task with its
own due time:

* silent-buyer: N days after our reply (or the last follow-up), up to K times;
* rfq-quote: the same once a quotation went out (`queue reply ID --quote`), by whatever channel the
  inquiry came (RFQ, email, IM ...), with its own N and K; a plain reply keeps silent-buyer;
* holiday-greeting: a few days before a public holiday of the buyer's country, for buyers active
  in the last N days;
* closure-notice: ahead of the seller's own long closures (e.g. Chinese New Year: runs of closed
  working days in the business calendar), for active buyers;
* price-change: on demand (`notify price-change --product X`), for buyers quoted that product.

A follow-up never fires for a buyer who has written again since, nor for an inquiry dismissed as
spam (or spy / duplicate). `plan()` is idempotent: a rule's task for a buyer is made once.
Every due time lands inside the seller's business hours (given the seller's calendar, as the
daemon and `tick` pass it). Pure apart from the session it is given; `now` is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..scheduling import when
from ..store.models import InquiryRow, ReplyRow, TaskRow, as_utc

DEFAULTS: dict[str, dict[str, Any]] = {
    "silent_buyer": {"days": 3, "max": 3},
    "rfq_quote": {"days": 2, "max": 2},
    "holiday_greeting": {"days_before": 3, "active_days": 90},
    "closure_notice": {"days_before": 14, "active_days": 180, "min_closed_days": 3},
    "price_change": {"quoted_within_days": 90},
}


@dataclass(frozen=True)
class Planned:
    rule: str
    inquiry_id: int
    due: datetime
    detail: str


def settings(config_table: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    merged = {name: dict(values) for name, values in DEFAULTS.items()}
    for name, values in (config_table or {}).items():
        if name not in merged:
            raise ValueError(f"[followups.{name}] is not a known rule (known: {', '.join(merged)})")
        merged[name].update(values)
    return merged


def _wrote_again(session: Session, buyer_key: str, since: datetime) -> bool:
    if not buyer_key:
        return False
    latest = session.scalar(select(func.max(InquiryRow.triaged_at)).where(InquiryRow.buyer_key == buyer_key))
    received = session.scalar(select(func.max(InquiryRow.received_at)).where(InquiryRow.buyer_key == buyer_key))
    newest = max(t for t in (as_utc(latest), as_utc(received), datetime.min.replace(tzinfo=timezone.utc)) if t)
    return newest > since


FOLLOW_UP_BUDGET = timedelta(days=1)  # a planned follow-up is due a day after it appears
GREETING_LEAD = timedelta(hours=4)  # a greeting planned late is still given a few hours


def land_in_business_hours(calendar, at: datetime) -> datetime:  # type: ignore[no-untyped-def]
    """`at` if the seller is open then, else the next opening (UTC); without a calendar (a
    hand-built call in a test) `at` itself. The scheduler's one landing rule (scheduling/when.py)."""
    return as_utc(when.land_in_business_hours(at, calendar))


def _last_open_day_before(calendar, day: date) -> date:  # type: ignore[no-untyped-def]
    """The seller's last working day before `day` (a greeting goes out before the holiday, not
    on the following Monday)."""
    before = day - timedelta(days=1)
    for _ in range(31):  # a month of closure is already absurd; never loop forever
        if calendar.is_open_day(before):
            return before
        before -= timedelta(days=1)
    return day - timedelta(days=1)


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
                   grade=inquiry.grade or "C", due_at=as_utc(due), created_at=as_utc(now), due_note=note)
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
        try:
            buyer_holidays = holidays.country_holidays(inquiry.country, years=sorted({now.year, horizon.year}))
        except NotImplementedError:
            continue
        for day, name in sorted(buyer_holidays.items()):
            if now.date() <= day <= horizon:
                task = _add(session, inquiry, f"holiday-greeting:{inquiry.country}:{day.isoformat()}",
                            _greeting_due(calendar, day, now), now, kind="greeting", per_buyer=True,
                            note=f"{name} ({inquiry.country}) on {day:%a %Y-%m-%d}: send greetings")
                if task:
                    made.append(task)
                break  # one greeting per buyer per run is plenty
    return made


def _greeting_due(calendar, holiday: date, now: datetime) -> datetime:  # type: ignore[no-untyped-def]
    """The opening of the seller's last working day before the buyer's holiday; a few business
    hours from now when that has passed already."""
    if calendar is None:
        due = datetime.combine(holiday - timedelta(days=1), time(9), tzinfo=timezone.utc)
    else:
        day = _last_open_day_before(calendar, holiday)
        due = land_in_business_hours(calendar, datetime.combine(day, time(0), tzinfo=calendar.zone))
    return max(due, land_in_business_hours(calendar, now + GREETING_LEAD))


def seller_closures(calendar, start: date, days: int, min_closed_days: int) -> list[tuple[date, date]]:  # type: ignore[no-untyped-def]
    """Runs of closed days that include at least `min_closed_days` normal working days (a long
    public holiday such as Spring Festival or National Day, or closures from config)."""
    runs: list[tuple[date, date]] = []
    day = start
    end = start + timedelta(days=days)
    while day <= end:
        if not calendar.is_open_day(day):
            first = day
            lost = 0
            while not calendar.is_open_day(day):
                lost += day.weekday() in calendar.workdays
                day += timedelta(days=1)
            if lost >= min_closed_days:
                runs.append((first, day - timedelta(days=1)))
        day += timedelta(days=1)
    return runs


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


def plan(session: Session, now: datetime, config_table: dict[str, Any] | None = None, calendar=None) -> list[TaskRow]:  # type: ignore[no-untyped-def]
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


def price_change(session: Session, now: datetime, product: str, config_table: dict[str, Any] | None = None,
                 calendar=None) -> list[TaskRow]:  # type: ignore[no-untyped-def]
    """Price-change notice tasks for buyers quoted a product (by name, case-insensitive) recently."""
    now = as_utc(now)
    days = settings(config_table)["price_change"]["quoted_within_days"]
    since = now - timedelta(days=days)
    needle = product.lower().strip()
    if not needle:
        raise ValueError("--product must name a product")
    made = []
    key = f"price-change:{needle}:{now.date().isoformat()}"
    # Only buyers we quoted (`reply --quote`): a plain answer named no price to change.
    for reply in session.scalars(select(ReplyRow).where(ReplyRow.sent_at >= since, ReplyRow.kind == "quote")):
        inquiry = session.get(InquiryRow, reply.inquiry_id)
        if inquiry is None or inquiry.dismissed_as:
            continue
        if needle not in (reply.product or inquiry.product or inquiry.subject or "").lower():
            continue
        task = _add(session, inquiry, key, land_in_business_hours(calendar, now + FOLLOW_UP_BUDGET), now,
                    kind="notice", per_buyer=True,
                    note=f"price change for {product}: tell the buyer")
        if task:
            made.append(task)
    session.flush()
    return made
