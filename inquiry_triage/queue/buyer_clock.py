"""The buyer's clock in the queue: a person's override per buyer, and the note on both clocks at `now`.

The pipeline guesses a buyer's zone from evidence (pipeline.buyer_timezone); a salesperson who knows
better sets it once per buyer (`queue buyer-timezone ID ZONE`), and every task of that buyer key, the
ones already queued and later ones, is read on that clock. Notes are recomputed at display time with
the current `now`, so "at work now" is never a stale word from triage time.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..scheduling.deadlines import BusinessCalendar, BuyerDay, buyer_day, clock_note
from ..store.models import LIVE_TASK_STATES, BuyerTimezoneRow, InquiryRow, TaskRow, as_utc
from .operations import Actor, QueueError, audit

CLEAR_WORDS = ("auto", "none", "-")  # `queue buyer-timezone ID auto`: back to the evidence
UNFINISHED = LIVE_TASK_STATES


def override_for(session: Session, buyer_key: str) -> str | None:
    if not buyer_key:
        return None
    row = session.get(BuyerTimezoneRow, buyer_key)
    return row.timezone if row is not None else None


def effective_zone(session: Session, inquiry: InquiryRow) -> str:
    """The person's word for this buyer if there is one, else the zone the evidence gave at triage (by
    today's name: a row triaged with phonenumbers' old 'Asia/Calcutta' reads 'Asia/Kolkata')."""
    from .phones import canonical_zone

    return canonical_zone(override_for(session, inquiry.buyer_key) or inquiry.buyer_timezone or "")


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone -> the country zone.tab files it under (each zone once)."""
    import pytz

    return {name: code for code, names in pytz.country_timezones.items() for name in names}


def clock_country(zone: str, country: str | None) -> str | None:
    """The country whose weekend and public holidays the buyer on clock `zone` keeps: the stored
    country (sender network, else declared) when `zone` is one of its zones; else the zone's own
    country (Europe/Berlin -> DE: a phone-only record, or a network that was our own relay, not the
    buyer's); None for a fixed offset (Etc/GMT-1) the stored country does not keep. The web queue,
    the task page, `queue` and `queue show` all ask this (one queue layer)."""
    code = (country or "").strip().upper()
    if not zone:
        return code or None
    own = _zone_countries().get(zone)
    if own is None:  # a fixed offset, or an alias zone.tab does not list (an old name: phones.canonical_zone)
        return None if zone.startswith("Etc/") else code or None
    if code and zone in _zone_countries_of(code):
        return code
    return own


@lru_cache(maxsize=512)
def _zone_countries_of(code: str) -> frozenset[str]:
    import pytz

    return frozenset(pytz.country_timezones.get(code, ()))


def inquiry_day(session: Session, inquiry: InquiryRow | None) -> BuyerDay | None:
    """The buyer's working day of `inquiry` on the clock the queue reads them on (effective_zone)."""
    if inquiry is None:
        return None
    zone = effective_zone(session, inquiry)
    return buyer_day(zone, clock_country(zone, inquiry.country))


def task_clock_note(session: Session, task: TaskRow, seller: BusinessCalendar, now: datetime) -> str:
    """The task's deadline on both clocks and where the buyer's working day stands at `now`."""
    buyer = inquiry_day(session, task.inquiry)
    return clock_note(as_utc(task.due_at), seller, buyer, now)  # type: ignore[arg-type]


def _checked_zone(name: str) -> str:
    text = name.strip()
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise QueueError("unknown timezone %(name)s: give an IANA name such as Europe/Moscow "
                         "(or %(clear)s to go back to the evidence)", name=repr(name), clear=repr(CLEAR_WORDS[0])) from None
    if "/" not in text and text != "UTC":
        raise QueueError("%(name)s is an abbreviation, not a place: give an IANA name such as America/Los_Angeles",
                         name=repr(name))
    from .phones import canonical_zone

    return canonical_zone(text)  # Asia/Calcutta is kept as Asia/Kolkata (today's name)


def set_buyer_timezone(session: Session, actor: Actor, now: datetime, task_id: int, zone: str,
                       seller: BusinessCalendar | None = None) -> tuple[str, str | None]:
    """Set (or with 'auto' clear) the clock of task `task_id`'s buyer. Returns (buyer key, zone or None).

    The stored notes of the buyer's unfinished tasks are rewritten on the new clock (with `seller`);
    tasks made later are read on it by `task_clock_note`."""
    task = session.get(TaskRow, task_id)
    if task is None:
        raise QueueError("no task with ID %(task)s", task=task_id)
    key = task.inquiry.buyer_key if task.inquiry is not None else ""
    if not key:
        raise QueueError("task %(task)s: the buyer has no address, phone or name to remember a timezone by", task=task_id)
    clear = zone.strip().lower() in CLEAR_WORDS
    chosen = None if clear else _checked_zone(zone)
    row = session.get(BuyerTimezoneRow, key)
    previous = row.timezone if row is not None else None
    if chosen is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(BuyerTimezoneRow(buyer_key=key, timezone=chosen, set_by=actor.name, set_at=as_utc(now)))
    else:
        row.timezone, row.set_by, row.set_at = chosen, actor.name, as_utc(now)  # type: ignore[assignment]
    session.flush()
    if seller is not None:
        tasks = session.scalars(select(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                                .where(InquiryRow.buyer_key == key, TaskRow.state.in_(UNFINISHED), TaskRow.kind == "reply"))
        for other in tasks:
            other.due_note = task_clock_note(session, other, seller, now)
    audit(session, actor, "buyer-timezone", now, task=task, buyer=key, timezone=chosen, previous=previous)
    return key, chosen
