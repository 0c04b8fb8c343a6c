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

At a million inquiries nothing here reads every reply ever sent (issue 10). An inquiry's follow-up
mark (`followup_marks.followup_from`, migration 0014: a narrow table, off the wide inquiries row)
says from when the buyer's silence counts for its silent-buyer / rfq-quote follow-up: it is set when
a reply is recorded (queue/operations.record_reply writes inquiries.followup_from; a trigger copies
it), never later than the true last contact, and NULL once no follow-up can come until something
changes (all K made, the next attempt made already, the buyer wrote again, dismissed): a row
evaluated to the end is no candidate again. Each run selects in SQL only the inquiries whose silence
has lasted N days, reads them in batches of `BATCH` (a few queries per batch, never per row), and
writes back the exact time or NULL to the mark (two small indexes, not the inquiries row's ~22).
Greetings and notices select the active buyers not yet told in SQL as well.
Between batches a stop request (the daemon's SIGTERM) ends the run; what was done is kept.
A run evaluates at most SILENCE_PER_ROUND silences per rule, the newest first (plus every inquiry a
genuine verdict sent back): the history an upgrade makes due once drains over the next rounds, each
inquiry evaluated exactly as before, only later; today's silences never wait behind it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import (ColumnElement, and_, bindparam, case, func, insert, literal, or_, select, text, union_all,
                        update)
from sqlalchemy.orm import Session, aliased

from ..scheduling import when
from .operations import LOOK_AGAIN
from .rounds import among
from ..store.models import LIVE_TASK_STATES, FollowupMarkRow, InquiryRow, ReplyRow, TaskRow, as_utc

log = logging.getLogger("inquiry_triage.scheduler")

DEFAULTS: dict[str, dict[str, Any]] = {
    "silent_buyer": {"days": 3, "max": 3},
    "rfq_quote": {"days": 2, "max": 2},
    "holiday_greeting": {"days_before": 3, "active_days": 90},
    "closure_notice": {"days_before": 14, "active_days": 180, "min_closed_days": 3},
    "price_change": {"quoted_within_days": 90},
}
BATCH = 500  # inquiries per query and, in a scheduler round, per transaction: a stop waits at most one batch
# Silences a run evaluates per rule, the newest first (and every one a genuine verdict sent back, LOOK_AGAIN).
# After an upgrade every replied inquiry of the history is due once (0006's backfill; or `rearm`): at a
# million, ~460,000 rows, nearly all with every follow-up made, each written back (NULL) on the wide,
# heavily indexed inquiries row at ~1 ms a row (417-607 s in one round, reminders waiting behind it).
# Now that backlog drains this many a round per rule, the oldest silences last; a round of today's
# work never waits behind the history (today's silences are the newest).
# Nothing here skips a silence for its age: the backlog's oldest (a buyer quiet for a year) still get
# their follow-up task, only last (~57 h of 5-minute rounds at 1M), as one unbounded round and the old
# planner make it (tests/queue/test_followups_backlog.py compares). A follow-up is a task an agent
# reads, dated in its note ("no answer to our reply since ..."), not a mail sent by itself; an age
# limit would be a seller's setting and a change of which follow-ups are made, not made here.
SILENCE_PER_ROUND = 500
# Greetings and closure notices a run makes at most (all rules together), the soonest due first; the
# other buyers stay candidates and get theirs in the next runs (issue 10 item 2: on the day a holiday
# enters the window at a million inquiries ~5,800 greetings were inserted in one round, ~0.8 s of
# server time for the inserts alone). Greetings are due days ahead (a greeting planned late is still
# given GREETING_LEAD from the run that makes it), so a few rounds of delay change only when a task
# appears, not which tasks are made. 5,800 greetings: 6 rounds of the daemon's 5 minutes.
PER_BUYER_PER_ROUND = 1000
# ... except that the buyers whose activity leaves the active window within EDGE go first, the oldest
# first: none waits past its last day of being active (at 1M one did: a later round no longer greeted it).
EDGE = timedelta(days=1)
OPEN_STATES = LIVE_TASK_STATES  # a follow-up in one of these blocks the next

Begin = Callable[[], AbstractContextManager[Session]]  # one transaction (or the caller's session)
Stop = Callable[[], bool]


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


def most_per_rule(config_table: dict[str, Any] | None) -> dict[str, int]:
    """K of the two silence rules, as a round records it: inquiries set aside as "all K made" are
    looked at again when K grows."""
    rules = settings(config_table)
    return {"silent-buyer": int(rules["silent_buyer"]["max"]), "rfq-quote": int(rules["rfq_quote"]["max"])}


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


_TASK_COLUMNS = ("inquiry_id", "kind", "rule", "attempt", "state", "grade", "due_at", "created_at", "due_note")


def _insert(session: Session, tasks: list[TaskRow]) -> list[TaskRow]:
    """One multi-row INSERT ... RETURNING for a batch (the unit of work would send one per task on
    SQLite); returns the stored rows (in no promised order: callers sort by what they report)."""
    if not tasks:
        return []
    rows = [{name: getattr(task, name) for name in _TASK_COLUMNS} for task in tasks]
    return sorted(session.scalars(insert(TaskRow).returning(TaskRow), rows), key=lambda task: task.id)


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start:start + BATCH]


_MARKS = FollowupMarkRow.__table__
_MARK = _MARKS.c.followup_from


def rearm(session: Session) -> int:
    """Every inquiry set aside (NULL) that has a reply is looked at again at the next run: when K
    grows, or when the rows' history is unknown (the migration's backfill does the same). Reads the
    set-aside marks only (ix_followup_marks_from's NULL range; migration 0014 keeps one for every
    replied inquiry), never the whole reply history: nothing set aside, nothing read."""
    replies = select(ReplyRow.inquiry_id).where(ReplyRow.inquiry_id == _MARKS.c.inquiry_id)
    last_reply = select(func.max(ReplyRow.sent_at)).where(ReplyRow.inquiry_id == _MARKS.c.inquiry_id).scalar_subquery()
    result = session.execute(update(_MARKS).where(_MARK.is_(None), replies.exists()).values(followup_from=last_reply))
    return int(result.rowcount or 0)


# On the narrow marks table (0014): the wide inquiries row is never written. SQLite: one executemany
# per batch (in process, no round trips).
_SET_FOLLOWUP_FROM = (update(_MARKS).where(_MARKS.c.inquiry_id == bindparam("mark_id"))
                      .values(followup_from=bindparam("mark_from")))


# PostgreSQL: the batch as two array parameters, unnested and joined by the primary key. The text is
# the same for every batch (compiled once, cached by the driver too). `inquiry_id = ANY(ids)` as well:
# given the join alone PostgreSQL hashed the whole marks table for the 500 rows (a sequential scan,
# 169 ms at 100k); with it, 500 probes of the primary key (15-27 ms, EXPLAIN ANALYZE).
_SET_MARKS_FROM_ARRAYS = text("UPDATE followup_marks SET followup_from = marks_batch.mark_from "
                              "FROM unnest(CAST(:mark_ids AS bigint[]), CAST(:mark_froms AS timestamptz[])) "
                              "AS marks_batch (mark_id, mark_from) "
                              "WHERE followup_marks.inquiry_id = ANY(CAST(:mark_ids AS bigint[])) "
                              "AND followup_marks.inquiry_id = marks_batch.mark_id")


def _write_marks(session: Session, marks: list[dict[str, Any]]) -> None:
    """Write back a batch's marks. PostgreSQL: one UPDATE ... FROM unnest(ids, times) by the primary
    key, not an executemany of one UPDATE a row (500 statements a batch, 120-250 ms of a 1M draining
    round; issue 10 item 2). Two array parameters, not a VALUES list of 1,000 bound values: that one
    was compiled anew for every batch by SQLAlchemy and converted anew by the driver, ~0.1-0.2 s of
    this process's CPU a round (session 13). The same rows get the same values (the batch's ids are
    distinct); NULL elements stay NULL."""
    if not marks:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(_SET_FOLLOWUP_FROM, marks)
        return
    session.execute(_SET_MARKS_FROM_ARRAYS, {"mark_ids": [mark["mark_id"] for mark in marks],
                                             "mark_froms": [mark["mark_from"] for mark in marks]})


def _silence_candidates(rule: str, cut: datetime, quoted: bool):  # type: ignore[no-untyped-def]
    """Inquiries silent since `cut` or before, on this rule (quoted or not), with no follow-up of
    the rule open: an index range on the marks (ix_followup_marks_from), two probes per row. The probes are scalar
    subqueries, not EXISTS: PostgreSQL turns an EXISTS into a hash (anti) join that reads every quote
    and every task of the rule (1.5-2 s at a million) whenever its statistics overrate the range, as
    right after a round re-marked many rows; a scalar subquery stays a per-row probe of the range."""
    inquiry = _MARKS.c.inquiry_id
    quote = (select(ReplyRow.id).where(ReplyRow.inquiry_id == inquiry, ReplyRow.kind == "quote")
             .limit(1).scalar_subquery())
    open_task = (select(TaskRow.id).where(TaskRow.inquiry_id == inquiry, TaskRow.rule == rule,
                                          TaskRow.state.in_(OPEN_STATES)).limit(1).scalar_subquery())
    return select(inquiry).where(_MARK <= cut, quote.is_not(None) if quoted else quote.is_(None), open_task.is_(None))


def _silence_batch(session: Session, ids: Sequence[int], now: datetime, rule: str, days: float, most: int,
                   quoted: bool, due: datetime) -> list[TaskRow]:
    """The old per-reply rules, for one batch read in four queries; writes back followup_from."""
    rows = session.execute(select(InquiryRow.id, InquiryRow.buyer_key, InquiryRow.dismissed_as, InquiryRow.grade)
                           .where(among(session, InquiryRow.id, ids))).all()
    replies = {r[0]: (as_utc(r[1]), bool(r[2])) for r in session.execute(
        select(ReplyRow.inquiry_id, func.max(ReplyRow.sent_at), func.max(case((ReplyRow.kind == "quote", 1), else_=0)))
        .where(among(session, ReplyRow.inquiry_id, ids)).group_by(ReplyRow.inquiry_id))}
    previous: dict[int, list[Any]] = {}
    # `rule || ''`: a filter only. Given `rule = ?` SQLite (no statistics) read every task of the rule
    # by ix_tasks_rule (~160 ms at 100k inquiries, for a batch of two) instead of the batch's tasks.
    for task in session.execute(select(TaskRow.inquiry_id, TaskRow.attempt, TaskRow.state, TaskRow.done_at)
                                .where(among(session, TaskRow.inquiry_id, ids), (TaskRow.rule + "") == rule)):
        previous.setdefault(task.inquiry_id, []).append(task)
    keys = {row.buyer_key for row in rows if row.buyer_key}
    # The buyer's last receipt (received_at, else triaged_at): an old mail imported today is not "wrote again".
    newest = {key: as_utc(at) for key, at in session.execute(
        select(InquiryRow.buyer_key, func.max(func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)))
        .where(among(session, InquiryRow.buyer_key, list(keys))).group_by(InquiryRow.buyer_key))} if keys else {}
    made, marks = [], []
    for row in sorted(rows, key=lambda r: r.id):
        last_reply, is_quoted = replies.get(row.id, (None, False))
        if last_reply is not None and is_quoted != quoted:
            continue  # a quotation went out meanwhile: the other rule's run looks at it
        tasks = previous.get(row.id, [])
        if any(t.state in OPEN_STATES for t in tasks):
            continue  # its follow-up was made meanwhile: looked at again once that is closed
        if last_reply is None or row.dismissed_as or len(tasks) >= most:
            marks.append({"mark_id": row.id, "mark_from": None})  # nothing more unless a reply, K or genuine
            continue
        attempt = len(tasks) + 1
        if any(t.attempt == attempt for t in tasks):
            # Made once already (idempotent, as _add; attempts with a gap): never made, however long the
            # silence. Marked with its last contact it stayed a candidate, due and among the newest, a
            # slot of every bounded round (SILENCE_PER_ROUND) for ever, keeping older silences waiting.
            marks.append({"mark_id": row.id, "mark_from": None})
            continue
        last_contact = max([last_reply] + [as_utc(t.done_at) for t in tasks if t.done_at])
        buyer_newest = newest.get(row.buyer_key) if row.buyer_key else None
        if buyer_newest is not None and buyer_newest > last_contact:
            marks.append({"mark_id": row.id, "mark_from": None})  # the buyer wrote again: wait for our reply
            continue
        marks.append({"mark_id": row.id, "mark_from": last_contact})
        if last_contact + timedelta(days=days) > now:
            continue
        what = "our quotation" if quoted else "our reply"
        made.append(TaskRow(inquiry_id=row.id, kind="follow-up", rule=rule, attempt=attempt, state="open",
                            grade=row.grade or "C", due_at=due, created_at=now,
                            due_note=f"no answer to {what} since {last_contact:%Y-%m-%d}: follow-up {attempt} of {most}"))
    _write_marks(session, marks)
    return _insert(session, made)


def _this_rounds_silences(rule: str, cut: datetime, quoted: bool):  # type: ignore[no-untyped-def]
    """(id, sent back by a genuine verdict: 1 / 0, followup_from) of _silence_ids's candidates, in one
    statement; of the others one more than the bound, the newest first: whether any wait."""
    candidates = _silence_candidates(rule, cut, quoted)
    newest = (candidates.add_columns(_MARK).where(_MARK != LOOK_AGAIN)
              .order_by(_MARK.desc(), _MARKS.c.inquiry_id.desc()).limit(SILENCE_PER_ROUND + 1).subquery("newest"))
    sent_back = candidates.where(_MARK == LOOK_AGAIN).add_columns(literal(1), _MARK)
    return union_all(sent_back, select(newest.c.inquiry_id, literal(0), newest.c.followup_from))


def _silence_ids(session: Session, rule: str, cut: datetime, quoted: bool) -> list[int]:
    """This run's candidates (_silence_candidates), in id order: every one sent back by a genuine
    verdict (LOOK_AGAIN, an equality on the index), then at most SILENCE_PER_ROUND of the others,
    the newest silence first (the index read backwards from `cut`, stopping there)."""
    found = session.execute(_this_rounds_silences(rule, cut, quoted)).all()
    # newest first; equal times keep the statement's order (stable sort): the one beyond the bound is left
    others = sorted((row for row in found if not row[1]), key=lambda row: as_utc(row[2]), reverse=True)
    if len(others) > SILENCE_PER_ROUND:
        log.info("follow-ups (%s): %d silences evaluated this round; older ones wait for the next rounds",
                 rule, SILENCE_PER_ROUND)
    return sorted({row[0] for row in found if row[1]} | {row[0] for row in others[:SILENCE_PER_ROUND]})


def _silence_batches(begin: Begin, now: datetime, rule: str, ids: Sequence[int], days: float, most: int,  # type: ignore[no-untyped-def]
                     quoted: bool, calendar, stop: Stop) -> Iterator[list[TaskRow]]:
    """This rule's candidates (`_silence_ids`, read by the caller), a batch per transaction."""
    due = land_in_business_hours(calendar, now + FOLLOW_UP_BUDGET)
    for chunk in _chunks(ids):
        if stop():
            return
        with begin() as session:
            made = _silence_batch(session, chunk, now, rule, days, most, quoted, due)
        yield made


# The active window is read per country from ix_inquiries_country_receipt alone (it holds every column
# these reads need: the table rows carry the raw mail and the result JSON, slow to walk). SQLite plans
# without statistics (the product never runs ANALYZE): given `status = 'triaged'` or `suspicious IS 0`
# it would walk that equality's index, i.e. nearly every row; written as expressions, these two are
# filters only. PostgreSQL plans by its statistics either way.
_REAL_BUYER = ((InquiryRow.status + "") == "triaged", InquiryRow.buyer_key != "", InquiryRow.dismissed_as.is_(None),
               func.coalesce(InquiryRow.suspicious, True).is_(False))


def _active(since: datetime) -> ColumnElement[bool]:
    """An inquiry of a known, real buyer received (else triaged) since `since`."""
    return and_(*_REAL_BUYER, or_(InquiryRow.received_at >= since,
                                  and_(InquiryRow.received_at.is_(None), InquiryRow.triaged_at >= since)))


def _active_parts(since: datetime, column, countries, *where):  # type: ignore[no-untyped-def]
    """`column` of the `_active` rows of these countries (a list, or one country: a column of an
    outer statement) as two index ranges per country: received since, or undated and triaged since."""
    country = InquiryRow.country == countries if isinstance(countries, ColumnElement) else InquiryRow.country.in_(countries)
    received = select(column).where(country, InquiryRow.received_at >= since, *_REAL_BUYER, *where)
    undated = select(column).where(country, InquiryRow.received_at.is_(None), InquiryRow.triaged_at >= since,
                                   *_REAL_BUYER, *where)
    return received, undated


def _active_countries(session: Session, since: datetime) -> list[str]:
    """The countries ("" included) of the active buyers, in order (`_countries_walk`)."""
    return list(session.scalars(_countries_walk(since)))


def _countries_walk(since: datetime):  # type: ignore[no-untyped-def]
    """The countries of the active buyers in one statement: a recursive walk along the index from
    country to country (min(country) > the last one), each country kept when one of its two index
    ranges (`_active_parts`) has a row, a probe that stops at the first. Never a read of the whole
    window. Until session 13 the same walk was ~3 statements a country (~50 at 24 countries:
    150-500 ms of round trips a round on the loaded machine, issue 10 item 2)."""
    step = aliased(InquiryRow)
    walk = select(func.min(InquiryRow.country).label("country")).cte("country_walk", recursive=True)
    following = select(func.min(step.country)).where(step.country > walk.c.country).scalar_subquery()
    walk = walk.union_all(select(following).where(walk.c.country.is_not(None)))
    # scalar subqueries, not EXISTS: per-row probes (an EXISTS may become a join reading the window)
    received, undated = (part.limit(1).scalar_subquery()
                         for part in _active_parts(since, InquiryRow.id, walk.c.country))
    return (select(walk.c.country).where(walk.c.country.is_not(None), or_(received.is_not(None), undated.is_not(None)))
            .order_by(walk.c.country))


@lru_cache(maxsize=1024)
def _first_holiday(country: str, first: date, last: date) -> tuple[date, str] | None:
    """The buyer country's first public holiday from `first` to `last`; None without one or without
    a calendar for that country. Each year's holidays come from scheduling/deadlines.py's per-year
    names, remembered per user (holiday_facts.py): a process whose countries and years were asked
    before never imports the `holidays` package (~0.3 s, and ~10 ms a country to build its
    calendar: 0.8 s of a 1M round 0). A year at a time gives the same days and names as one call
    for both years (every supported country, 2023-2028: tests/scheduling/test_holiday_facts.py).
    Cached here too: the daemon asks the same every round of the day."""
    from ..scheduling.deadlines import _holiday_names

    found: dict[date, str] = {}
    for year in sorted({first.year, last.year}):
        found.update(_holiday_names(country, year))
    for day, name in sorted(found.items()):
        if first <= day <= last:
            return day, name
    return None


def _told(rule: str):  # type: ignore[no-untyped-def]
    """The buyer keys that have a task of this per-buyer rule, on any of their inquiries."""
    theirs = aliased(InquiryRow)
    return (select(theirs.buyer_key).join(TaskRow, TaskRow.inquiry_id == theirs.id)
            .where(TaskRow.rule == rule, TaskRow.attempt == 0))


def _per_buyer_choice(keys: Sequence[str], rule: str, since: datetime, greeting: bool,  # type: ignore[no-untyped-def]
                      country: str | None, session: Session | None = None):
    """Of these buyers, each one's latest active inquiry (the last in triage order: triaged_at, id,
    as the database orders them), unless the buyer has this rule's task on any of their inquiries
    (told, by an earlier batch or meanwhile) or, for greetings, a reply task still live on one (a
    buyer still waiting for our answer gets the answer first, not "thank you for your cooperation":
    a later round greets them once the reply is out); for greetings, only when that latest inquiry is
    from the greeting's country. One statement (id, grade), in the database, in two steps: each
    buyer's latest inquiry from ix_inquiries_buyer_activity alone (no probe), then, only for the
    buyers it leaves, their inquiries (the same index) probed until one is told or waiting. Each probe
    is a scalar subquery by ix_tasks_inquiry_id (PostgreSQL keeps it a per-row probe, as in
    _silence_candidates; a NOT EXISTS could become an anti join reading the whole table); `rule || ''`
    and `state || ''` stay filters (SQLite plans without statistics: by ix_tasks_rule it read every
    task of the rule, for every batch). Until issue 10 item 2 every inquiry of the batch's buyers was
    probed and went to Python (~1,400 a batch at a million), and the tasks came back as a 500-row
    INSERT: 3.8 s of a 5.8 s round 0; the buyers of another country, or waiting for a reply, were
    read in full again every round of the greeting's days."""
    active = case((_active(since), 1), else_=0)
    # DESC is the exact reverse of the ascending order in both dialects (NULLs included): rank 1 is
    # the last active row of `ORDER BY triaged_at, id`.
    latest = (select(InquiryRow.id, InquiryRow.buyer_key, InquiryRow.country, InquiryRow.grade, active.label("active"),
                     func.row_number().over(partition_by=InquiryRow.buyer_key,
                                            order_by=(active.desc(), InquiryRow.triaged_at.desc(),
                                                      InquiryRow.id.desc())).label("rank"))
              .where(among(session, InquiryRow.buyer_key, keys) if session is not None else InquiryRow.buyer_key.in_(keys))
              .subquery("latest"))
    theirs = aliased(InquiryRow)
    told = (select(TaskRow.id).where(TaskRow.inquiry_id == theirs.id, (TaskRow.rule + "") == rule,
                                     TaskRow.attempt == 0).limit(1).scalar_subquery())
    held = told.is_not(None)
    if greeting:
        live_reply = (select(TaskRow.id).where(TaskRow.inquiry_id == theirs.id, TaskRow.kind == "reply",
                                               (TaskRow.state + "").in_(OPEN_STATES)).limit(1).scalar_subquery())
        held = or_(held, live_reply.is_not(None))
    any_held = select(theirs.id).where(theirs.buyer_key == latest.c.buyer_key, held).limit(1).scalar_subquery()
    chosen = select(latest.c.id, latest.c.grade).where(latest.c.rank == 1, latest.c.active == 1)
    if country is not None:
        chosen = chosen.where(latest.c.country == country)
    return chosen.where(any_held.is_(None)).subquery("chosen")


@dataclass(frozen=True)
class _PerBuyer:
    """A per-buyer task (greeting or notice) for active buyers (their latest active inquiry), once."""

    rule: str
    kind: str
    note: str
    due: datetime
    since: datetime
    country: str | None = None  # greetings: only buyers whose latest inquiry is from this country

    def candidates(self, countries: Sequence[str]):  # type: ignore[no-untyped-def]
        """(buyer key, activity: received, else triaged) of active inquiries of buyers not told yet,
        from ix_inquiries_country_receipt alone (one statement: the told set is read once; a key may
        come more than once)."""
        told = InquiryRow.buyer_key.not_in(_told(self.rule))
        received, undated = _active_parts(self.since, InquiryRow.buyer_key, countries, told)
        return union_all(received.add_columns(InquiryRow.received_at.label("at")),
                         undated.add_columns(InquiryRow.triaged_at.label("at")))

    def batch(self, session: Session, keys: Sequence[str], now: datetime) -> list[TaskRow]:
        """This rule's task for each of these buyers that gets one (`_per_buyer_choice`), made by one
        INSERT ... SELECT in the database (in inquiry order); the stored rows, in id order."""
        if not keys:
            return []
        chosen = _per_buyer_choice(keys, self.rule, self.since, self.kind == "greeting", self.country, session)
        # A greeting or a notice is a courtesy, not a buyer waiting: never listed among the A and B replies
        # ("grade then deadline" puts an A buyer's greeting above every real B inquiry otherwise).
        grade = case((or_(chosen.c.grade.is_(None), chosen.c.grade.in_(("", "A", "B"))), "C"), else_=chosen.c.grade)
        made = (insert(TaskRow)
                .from_select(("inquiry_id", "kind", "rule", "attempt", "state", "grade", "due_at", "created_at",
                              "due_note"),
                             select(chosen.c.id, literal(self.kind), literal(self.rule), literal(0), literal("open"),
                                    grade, literal(self.due, TaskRow.due_at.type),
                                    literal(now, TaskRow.created_at.type), literal(self.note))
                             .order_by(chosen.c.id))
                .returning(TaskRow))
        return sorted(session.scalars(select(TaskRow).from_statement(made)), key=lambda task: task.id)


def _per_buyer_queue(session: Session, works: Sequence[tuple[_PerBuyer, Sequence[str]]]) -> list[tuple[int, str]]:
    """(work's index, buyer key) of every candidate of `works` ((work, its countries), the soonest due
    first), one statement a work, in the order they are served: the buyers whose latest activity
    leaves the active window within EDGE first, the oldest first (a buyer left waiting must not drop
    out of the window meanwhile: the rounds then make exactly the tasks one unbounded round makes),
    then the others by the works' order."""
    edge: list[tuple[datetime, int, str]] = []
    rest: list[tuple[int, str]] = []
    for order, (work, countries) in enumerate(works):
        if not countries:
            continue
        latest: dict[str, datetime] = {}
        for key, at in session.execute(work.candidates(countries)):
            at = as_utc(at)
            if key not in latest or at > latest[key]:
                latest[key] = at
        for key, at in latest.items():
            if at < work.since + EDGE:
                edge.append((at, order, key))
            else:
                rest.append((order, key))
    return [(order, key) for _, order, key in sorted(edge)] + sorted(rest)


def _per_buyer_batches(begin: Begin, now: datetime, works: Sequence[tuple[_PerBuyer, Sequence[str]]],
                       queue: Sequence[tuple[int, str]], stop: Stop) -> Iterator[list[TaskRow]]:
    """The greetings and notices of `works` for the buyers of `queue` (`_per_buyer_queue`), a batch
    of buyers at a time, at most PER_BUYER_PER_ROUND tasks in all: the buyers left are candidates the
    next round."""
    budget, start = PER_BUYER_PER_ROUND, 0
    while start < len(queue):
        if stop():
            return
        if budget <= 0:
            log.info("follow-ups: %d greetings / notices made this round; %d buyers wait for the next rounds",
                     PER_BUYER_PER_ROUND, len(queue) - start)
            return
        # no more buyers than the round may still make: each one in the batch can get its task, so
        # the queue's order holds (a LIMIT would keep the lowest inquiry ids instead)
        chunk = queue[start:start + min(BATCH, budget)]
        start += len(chunk)
        made: list[TaskRow] = []
        with begin() as session:
            for order in dict.fromkeys(order for order, _ in chunk):  # the works in the chunk's order
                made += works[order][0].batch(session, [key for o, key in chunk if o == order], now)
        budget -= len(made)
        yield made


def _greetings(now: datetime, countries: Sequence[str], days_before: float, active_days: float,  # type: ignore[no-untyped-def]
               calendar) -> Iterator[_PerBuyer]:
    """One greeting per country of the active buyers: its first public holiday within `days_before`
    (one greeting per buyer per run is plenty)."""
    since = now - timedelta(days=active_days)
    horizon = (now + timedelta(days=days_before)).date()
    for country in countries:
        first = _first_holiday(country, now.date(), horizon) if country else None
        while first is not None:
            day, name = first
            day = _holiday_run_start(country, day)  # "Is there anything ... before the holiday?" is asked before it
            due, begins = _greeting_due(calendar, day, now), _holiday_begins(country, day)
            if due >= begins:  # planned late (the lead carried it past the start): due now, if still before
                due = land_in_business_hours(calendar, now)
            if due < begins:
                yield _PerBuyer(rule=f"holiday-greeting:{country}:{day.isoformat()}", kind="greeting",
                                note=f"{name} ({country}) on {day:%a %Y-%m-%d}: send greetings",
                                due=due, since=since, country=country)
                break
            # begun, or begins before a greeting could be due: a greeting after it is pointless; the next one
            first = _first_holiday(country, _holiday_run_end(country, first[0]) + timedelta(days=1), horizon)


def _holiday_run_start(country: str, day: date) -> date:
    """The first day of the holidays in a row `day` is one of (UAE National Day: Dec 2-3)."""
    for _ in range(31):
        if _first_holiday(country, day - timedelta(days=1), day - timedelta(days=1)) is None:
            break
        day -= timedelta(days=1)
    return day


def _holiday_run_end(country: str, day: date) -> date:
    for _ in range(31):
        if _first_holiday(country, day + timedelta(days=1), day + timedelta(days=1)) is None:
            break
        day += timedelta(days=1)
    return day


def _holiday_begins(country: str, day: date) -> datetime:
    """When `day` begins in the buyer's country: midnight in its easternmost zone (UTC without a zone)."""
    from ..lookups.geo import country_timezones
    from zoneinfo import ZoneInfo

    starts = [datetime.combine(day, time(0), tzinfo=ZoneInfo(name)) for name in country_timezones(country)]
    return min(starts, default=datetime.combine(day, time(0), tzinfo=timezone.utc))


def _closures(now: datetime, calendar, days_before: float, active_days: float, min_closed: int) -> Iterator[_PerBuyer]:  # type: ignore[no-untyped-def]
    for first, last in seller_closures(calendar, now.date(), int(days_before), min_closed):
        if first <= now.date():
            continue  # already closed: the notice was due before, not every day of the closure
        yield _PerBuyer(rule=f"closure-notice:{first.isoformat()}", kind="notice",
                        note=f"we are closed {first:%Y-%m-%d} to {last:%Y-%m-%d}: tell the buyer ahead of time",
                        due=land_in_business_hours(calendar, now + FOLLOW_UP_BUDGET),
                        since=now - timedelta(days=active_days))


def plan_batches(begin: Begin, now: datetime, config_table: dict[str, Any] | None = None, calendar=None, *,  # type: ignore[no-untyped-def]
                 stop: Stop | None = None, evaluated_under: dict[str, int] | None = None) -> Iterator[list[TaskRow]]:
    """The follow-up tasks that are due, a batch at a time, each batch in its own `begin()`.
    `evaluated_under`: the K per rule of the last run (None: unknown), see `rearm`."""
    now = as_utc(now)
    stop = stop or (lambda: False)
    rules = settings(config_table)
    most = most_per_rule(config_table)
    silent, quote = rules["silent_buyer"], rules["rfq_quote"]
    # One transaction for the re-arm and both rules' candidates (each transaction of a round is three
    # round trips more: begin, the round lock, commit). Reading the rfq-quote candidates before the
    # silent-buyer batches run reads the same: those batches write only the marks of inquiries
    # without a quotation (an rfq-quote candidate has one) and only silent-buyer tasks.
    with begin() as session:
        if evaluated_under is None or any(k > int(evaluated_under.get(rule, 0)) for rule, k in most.items()):
            rearm(session)
        silent_ids = _silence_ids(session, "silent-buyer", now - timedelta(days=silent["days"]), False)
        quote_ids = _silence_ids(session, "rfq-quote", now - timedelta(days=quote["days"]), True)
    yield from _silence_batches(begin, now, "silent-buyer", silent_ids, silent["days"], silent["max"], False,
                                calendar, stop)
    yield from _silence_batches(begin, now, "rfq-quote", quote_ids, quote["days"], quote["max"], True, calendar, stop)
    g = rules["holiday_greeting"]
    with begin() as session:  # one transaction: the countries, then every greeting's and notice's candidates
        countries = _active_countries(session, now - timedelta(days=g["active_days"]))
        # the soonest due first: when the round's bound is reached, what waits for the next round is due later
        works: list[tuple[_PerBuyer, Sequence[str]]] = [
            (work, [work.country or ""]) for work in sorted(_greetings(now, countries, g["days_before"],
                                                                       g["active_days"], calendar),
                                                            key=lambda work: (work.due, work.rule))]
        if calendar is not None:
            c = rules["closure_notice"]
            closures = list(_closures(now, calendar, c["days_before"], c["active_days"], c["min_closed_days"]))
            if closures:
                countries = _active_countries(session, closures[0].since)
            works += [(work, countries) for work in closures]
        queue = _per_buyer_queue(session, works)
    yield from _per_buyer_batches(begin, now, works, queue, stop)


def plan(session: Session, now: datetime, config_table: dict[str, Any] | None = None, calendar=None, *,  # type: ignore[no-untyped-def]
         stop: Stop | None = None) -> list[TaskRow]:
    """Create the follow-up tasks that are due, in the caller's transaction. Run by the daemon's
    reminder job and `tick` (in batches: queue/rounds.py); idempotent. `calendar` (the seller's
    BusinessCalendar) puts every due time in business hours and enables closure notices."""
    made: list[TaskRow] = []
    for batch in plan_batches(lambda: nullcontext(session), now, config_table, calendar, stop=stop):
        made += batch
    session.flush()
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


def price_change(session: Session, now: datetime, product: str, config_table: dict[str, Any] | None = None,
                 calendar=None) -> list[TaskRow]:  # type: ignore[no-untyped-def]
    """Price-change notice tasks for buyers quoted a product (by name, case-insensitive) recently."""
    now = as_utc(now)
    days = settings(config_table)["price_change"]["quoted_within_days"]
    since = now - timedelta(days=days)
    needle = product.lower().strip()
    if not needle:
        raise ValueError("--product must name a product")
    key = f"price-change:{needle}:{now.date().isoformat()}"
    # Only buyers we quoted (`reply --quote`): a plain answer named no price to change. One read of the
    # period's quotations with the few columns of their inquiry (it read each inquiry's whole row, raw
    # mail included, and asked for its task once per quotation: 27,510 statements and 96 s at 1M).
    quotes = session.execute(select(InquiryRow.id, InquiryRow.buyer_key, InquiryRow.grade, ReplyRow.product,
                                    InquiryRow.product.label("inquiry_product"), InquiryRow.subject)
                             .join(InquiryRow, InquiryRow.id == ReplyRow.inquiry_id)
                             .where(ReplyRow.sent_at >= since, ReplyRow.kind == "quote", InquiryRow.dismissed_as.is_(None))
                             .order_by(ReplyRow.id)).all()
    # Once per buyer (else per inquiry) and day: who has today's notice already (ix_tasks_rule).
    told = session.execute(select(InquiryRow.buyer_key, TaskRow.inquiry_id).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                           .where(TaskRow.rule == key, TaskRow.attempt == 0)).all()
    told_buyers = {buyer for buyer, _ in told if buyer}
    told_inquiries = {inquiry for _, inquiry in told}
    due = land_in_business_hours(calendar, now + FOLLOW_UP_BUDGET)
    made: list[TaskRow] = []
    for quote in quotes:
        if needle not in (quote.product or quote.inquiry_product or quote.subject or "").lower():
            continue
        if (quote.buyer_key in told_buyers) if quote.buyer_key else (quote.id in told_inquiries):
            continue
        told_buyers.add(quote.buyer_key) if quote.buyer_key else told_inquiries.add(quote.id)
        made.append(TaskRow(inquiry_id=quote.id, kind="notice", rule=key, attempt=0, state="open",
                            grade=quote.grade or "C", due_at=due, created_at=now,
                            due_note=f"price change for {product.strip()}: tell the buyer"))
    return [task for start in range(0, len(made), BATCH) for task in _insert(session, made[start:start + BATCH])]
