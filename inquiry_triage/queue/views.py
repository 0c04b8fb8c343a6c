"""What people read of the queue, for the CLI and the web alike: the task view (inquiry, evidence,
deadline on both clocks, escalations, notes, draft, attachments), the review and filed lists, and
the web's queue rows. Plain dataclasses and strings; nothing here prints or renders HTML.

Reads are bounded: the lists are pages cut in SQL (store/queue.py) plus one small read for the rows
shown; the raw mail is read for one task only, to list its attachments (never opened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, joinedload

from ..scheduling.deadlines import business_span
from ..sentences import AsWritten, Sentence
from ..store.models import AuditRow, BuyerTimezoneRow, InquiryRow, NoteRow, TaskRow, as_utc
from .operations import GENUINE_ACTIONS, Actor, QueueError, check_access, reply_channel_of  # noqa: F401  (re-exported)
from .origin_words import origin_parts
from .names import (FIRST_LINE_CHARS, NO_NAME, NOTE_WORDS, TITLE_CHARS, buyer_named,  # noqa: F401  (re-exported)
                    caller_number, first_line, first_words, title_of, untitled_subject)

if TYPE_CHECKING:
    from ..config import Config
    from ..scheduling.deadlines import BusinessCalendar
    from ..store.queue import FiledItem, FiledPage, QueueEntry, QueueFilter, QueuePage

SYSTEM_AUTHOR = "inquiry-triage"
DUE_SOON = timedelta(hours=2)  # business time left below which the due badge turns amber


class TaskNotFound(QueueError):
    pass


# --- clocks ------------------------------------------------------------------------------------

def seller_time(value: datetime, config: Config) -> str:
    """A stored time (UTC; naive from SQLite means UTC) on the seller's clock (Config.seller_timezone),
    as every queue command, report line and web page shows it: '2026-03-10 11:00'. The one formatter:
    the CLI and the web call it (JSON keeps ISO 8601 with the offset: `on_seller_zone`)."""
    return on_seller_zone(value, seller_zone(config)).strftime("%Y-%m-%d %H:%M")


def seller_calendar(config: Config) -> BusinessCalendar:
    from ..errors import ConfigError
    from ..scheduling.deadlines import calendar_from_config

    try:
        return calendar_from_config(dict(config.get("business", {})))
    except ValueError as exc:
        raise ConfigError(f"[business] {exc}") from None


_ISO_STAMP = r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2}|Z)"  # as isoformat() writes it


def on_seller_clock(text: str, config: Config) -> str:
    """The scheduler's note says "overdue since 2026-11-30T06:00+00:00" (UTC, as stored): shown on the
    seller's clock in the queue's own format, so one line does not mix two clocks."""

    def local(match: re.Match[str]) -> str:
        try:
            return seller_time(datetime.fromisoformat(match.group().replace("Z", "+00:00")), config)
        except ValueError:
            return match.group()

    return re.sub(_ISO_STAMP, local, text)


def seller_zone(config: Config) -> tzinfo:
    """The seller's timezone (Config.seller_timezone: the clock deadlines use; UTC if unset), as every
    list and the web show times."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(config.seller_timezone())


def on_seller_zone(value: datetime, zone: tzinfo) -> datetime:
    """A stored time (UTC; naive from SQLite means UTC) on the seller's clock, offset kept."""
    return as_utc(value).astimezone(zone)


_WHOLE_STAMP = re.compile(_ISO_STAMP + r"\Z")


def data_on_seller_clock(data: Any, zone: tzinfo) -> Any:
    """Report data (`status`, `report sla`) with every time value (an ISO string with an offset, the
    whole value) on the seller's clock, still ISO 8601 with its offset: '2026-11-30T06:31:52+00:00'
    -> '2026-11-30T14:31:52+08:00'. Words that merely contain a time are left as they are."""
    if isinstance(data, dict):
        return {key: data_on_seller_clock(value, zone) for key, value in data.items()}
    if isinstance(data, list):
        return [data_on_seller_clock(value, zone) for value in data]
    if isinstance(data, str) and _WHOLE_STAMP.match(data):
        try:
            moment = datetime.fromisoformat(data.replace("Z", "+00:00"))
        except ValueError:
            return data
        return moment.astimezone(zone).isoformat(timespec="seconds" if data[16:17] == ":" else "minutes")
    return data


# The notes the scheduler stores (queue/rounds.py, queue/followups.py write them in English into the
# database: data, kept as written): each form with the msgid it is worded by on other languages' pages.
STORED_NOTES = (
    # the scheduler told no one (queue/rounds.escalation_recipients): worded on its own, not "escalated to nobody"
    (re.compile(r"overdue since (?P<since>.+?): escalated to nobody notified \(\[notifications\] not set up\): "
                r"shown in the queue\Z", re.S),
     "overdue since %(since)s: escalated to nobody notified ([notifications] not set up): shown in the queue"),
    (re.compile(r"overdue since (?P<since>.+?): escalated to (?P<to>.+)\Z", re.S),
     "overdue since %(since)s: escalated to %(to)s"),
    (re.compile(r"no answer to (?P<what>.+?) since (?P<day>\d{4}-\d{2}-\d{2}): follow-up (?P<n>\d+) of (?P<most>\d+)\Z"),
     "no answer to %(what)s since %(day)s: follow-up %(n)s of %(most)s"),
    (re.compile(r"(?P<holiday>.+) \((?P<country>[A-Z]{2})\) on (?P<day>\w{3} \d{4}-\d{2}-\d{2}): send greetings\Z", re.S),
     "%(holiday)s (%(country)s) on %(day)s: send greetings"),
    (re.compile(r"we are closed (?P<first>\d{4}-\d{2}-\d{2}) to (?P<last>\d{4}-\d{2}-\d{2}): tell the buyer ahead of time\Z"),
     "we are closed %(first)s to %(last)s: tell the buyer ahead of time"),
    (re.compile(r"price change for (?P<product>.+): tell the buyer\Z", re.S), "price change for %(product)s: tell the buyer"),
    (re.compile(r"possible duplicate of inquiry (?P<inquiry>\d+): same Message-ID or record id, different content "
                r"\(kept as its own item\)\Z"),  # store/queue.py, when a Message-ID comes again with other words
     "possible duplicate of inquiry %(inquiry)s: same Message-ID or record id, different content (kept as its own item)"),
    # store/queue.earlier_task_note: a buyer's new message tied to their earlier reply task
    (re.compile(r"the buyer wrote again about task (?P<task>\d+): a reply in its thread\Z"),
     "the buyer wrote again about task %(task)s: a reply in its thread"),
    (re.compile(r"the buyer wrote again while task (?P<task>\d+) is still open\Z"),
     "the buyer wrote again while task %(task)s is still open"),
    # A lead's release of a review task (queue/operations.release_review writes it, its due time in UTC).
    (re.compile(r"reviewed: genuine; reply task (?P<task>\d+) due (?P<due>\S+) \(counted from arrival\)\Z"),
     "reviewed: genuine; reply task %(task)s due %(due)s (counted from arrival)"),
)
WORDED_ACTIONS = ("release",)  # notes a person's action made, worded by the queue layer (not their own words)


class NoteDay(date):
    """A day read back from a stored note ('Fri 2026-12-25', '2026-11-20'): a date, so a page words it
    in the viewer's language (web/i18n.localize); its English (str) is the note's own text, so the
    command line prints the note as stored."""

    text: str

    def __new__(cls, text: str) -> NoteDay:
        day = date.fromisoformat(text[-10:])
        made = super().__new__(cls, day.year, day.month, day.day)
        made.text = text
        return made

    def __str__(self) -> str:
        return self.text

    def __reduce__(self) -> tuple[Any, ...]:
        return (NoteDay, (self.text,))


class NoteTime(str):
    """A time read back from a stored note ('2026-11-27T06:00+00:00', stored in UTC): its English is
    the seller's clock as the queue writes it ('2026-11-27 14:00', or the stored text without a
    configuration); `moment` is the time itself, worded by the web in the viewer's format."""

    moment: datetime

    def __new__(cls, text: str, moment: datetime) -> NoteTime:
        made = super().__new__(cls, text)
        made.moment = moment
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (NoteTime, (str(self), self.moment))


_NOTE_DAY = re.compile(r"(?:[A-Z][a-z]{2} )?\d{4}-\d{2}-\d{2}\Z")
_NOTE_TIME = re.compile(_ISO_STAMP + r"\Z")


def _note_value(text: str, config: Config | None) -> Any:
    """A stored note's value: a day or a time read back as one (worded per viewer), else the text."""
    try:
        if _NOTE_TIME.match(text):
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return NoteTime(seller_time(moment, config) if config is not None else text, moment)
        if _NOTE_DAY.match(text):
            return NoteDay(text)
    except ValueError:  # 2026-13-45: not a day after all
        pass
    return text


def stored_note(text: str, config: Config | None = None) -> str:
    """A note the scheduler stored, as a Sentence when it has one of STORED_NOTES' forms (the same
    English; its days and times read back as NoteDay/NoteTime, with `config` on the seller's clock),
    else the text as it is (with `config`, its stored UTC times on the seller's clock)."""
    for form, msgid in STORED_NOTES:
        found = form.match(text or "")
        if found:
            return Sentence(msgid, **{k: _note_value(v, config) for k, v in found.groupdict().items()})
    return on_seller_clock(text or "", config) if config is not None else text or ""


INFO = "info"  # an evidence line with no points: a sub-signal shown to explain, not to count


def points_figure(points: float | None) -> str:
    """An evidence line's points for people: '+1.50', '-0.80', 'info' for a rule that fired with no
    points ('+0.00' read as a count that rounded away), '+0.001' for a tiny real figure."""
    value = float(points or 0)
    if value == 0:
        return INFO
    return f"{value:+.2f}" if abs(value) >= 0.005 else f"{value:+.3f}"


# A scam or spy rule's points add to the risk, not the grade (RISK_PENALTY says what the risk costs): its
# evidence line says so, or "+1.00 NO_REPLY_ADDRESS" reads as a bonus among the grade's points.
RISK_KINDS = frozenset(("scam", "spy"))
RISK_TAG = "risk (%(kind)s):"


BY_HAND = " (by hand: marked ESC in the queue for leads, no one notified)"


def note_on_seller_clock(author: str, content: str, config: Config | None, action: str = "") -> str:
    """A note as shown: the scheduler's own notes ("overdue since 2026-11-19T05:05+00:00", stored in
    UTC) and those a release wrote ("reviewed: genuine; reply task 9 due ...") on the seller's clock
    like every other time of the queue, as a Sentence of STORED_NOTES (the same English) so the web
    words it in the viewer's language; a person's words as written."""
    if author != SYSTEM_AUTHOR and action not in WORDED_ACTIONS:
        return content
    return stored_note(content, config)


def action_note(action: str, content: str) -> str:
    """'[escalate] overdue since ...': the scheduler's note (a Sentence) stays one, worded on the web;
    a person's words stay as written (AsWritten: never looked up in a catalogue), the action's tag is
    worded too ('[上报] 需要工厂价格', as '[放行]' next to it: not '[escalate]' on a Chinese page)."""
    return Sentence("[%(action)s] %(note)s", action=action,
                    note=content if isinstance(content, Sentence) else AsWritten(content))


def escalation_lines(session: Session, task: TaskRow, config: Config) -> list[str]:
    """Who escalated the task, when, and who was told: the scheduler's note names the recipients; one
    raised by hand (`queue escalate`) notifies no one: leads see it marked ESC in the queue. Each line
    is a Sentence (its English is what the CLI prints)."""
    from ..store.queue import escalations

    out: list[str] = []
    for n in escalations(session, task.id):
        at = seller_time(as_utc(n.created_at), config)
        if n.author == SYSTEM_AUTHOR:
            note = stored_note(n.content, config)
            out.append(Sentence("%(at)s " + note.msgid, at=at, **note.values) if isinstance(note, Sentence)
                       else f"{at} {note}")
        else:
            out.append(Sentence("%(at)s by %(who)s: %(why)s" + BY_HAND, at=at, who=n.author, why=n.content))
    if task.escalated_at is not None and not out:
        by = session.scalar(select(AuditRow.actor).where(AuditRow.task_id == task.id, AuditRow.action == "escalate")
                            .order_by(AuditRow.id.desc()).limit(1))
        out.append(Sentence("%(at)s by %(who)s" + BY_HAND, at=seller_time(as_utc(task.escalated_at), config),
                            who=by or "someone"))
    return out


def clock_line(session: Session, task: TaskRow, config: Config, now: datetime) -> str:
    """A reply task's deadline on both clocks at `now` (buyer at work now?); other tasks' own note.
    A closed task urges nothing: it says when it was closed."""
    if task.state in ("done", "dismissed"):
        return closed_line(session, task, config)
    if asleep(task, now):
        return snoozed_line(task, config)
    if task.kind != "reply" or task.rule:
        return task.due_note or ""
    from .buyer_clock import task_clock_note

    return task_clock_note(session, task, seller_calendar(config), now)


def asleep(task: TaskRow, now: datetime) -> bool:
    """Snoozed and not yet woken at `now` (until a time still ahead, or until the buyer writes): its
    clock line says when it wakes (snoozed_line), the CLI's and the web's alike."""
    return task.state == "snoozed" and (task.snoozed_until is None or as_utc(task.snoozed_until) > now)


def snoozed_line(task: TaskRow, config: Config) -> str:
    """A task snoozed until later urges nothing until it wakes: when it wakes, and when the reply is
    due (the seller's clock), never 'overdue ... send now' while it sleeps."""
    due = as_utc(task.due_at)
    reply_by = NoteTime(seller_time(due, config), due)
    if task.snoozed_until is None:
        return Sentence("snoozed until the buyer writes; reply by %(due)s", due=reply_by)
    wakes = as_utc(task.snoozed_until)
    return Sentence("snoozed: wakes %(at)s (seller's clock); reply by %(due)s",
                    at=NoteTime(seller_time(wakes, config), wakes), due=reply_by)


def buyer_clock_words(session: Session, task: TaskRow) -> list[str]:
    """Where the buyer's clock of a live reply task came from (a person's override, the sender
    network's country, the Date: offset alone, ...: queue/origin_words.py); [] where no buyer clock
    is shown (a review, a follow-up, a closed task)."""
    inquiry = task.inquiry
    if task.state in ("done", "dismissed") or task.kind != "reply" or task.rule or inquiry is None:
        return []
    from .origin_words import buyer_clock_parts

    override = session.get(BuyerTimezoneRow, inquiry.buyer_key) if inquiry.buyer_key else None
    from .phones import canonical_zone

    zone = canonical_zone(override.timezone if override else inquiry.buyer_timezone or "")
    return list(buyer_clock_parts(inquiry.result or {}, zone=zone,
                                  override_by=override.set_by if override else None, buyer_key=inquiry.buyer_key or "",
                                  country=inquiry.country or "", at=as_utc(inquiry.received_at or inquiry.triaged_at)))


CLOSING_ACTIONS = ("reply", "done", "dismiss", "release-review")  # the audit actions that close a task


@dataclass(frozen=True)
class Closing:
    """What closed a task, from its audit log: a reply or quotation (and its channel), done without a
    reply, a dismissal (and why), or a review released as genuine."""

    how: str  # "reply" / "quote" / "done" / "dismiss" / "release" / "" (not recorded)
    actor: str = ""
    at: datetime | None = None
    channel: str = ""  # a reply's or quotation's channel
    dismissed_as: str = ""  # spam / spy / duplicate
    reply_task: int | None = None  # a released review task's new reply task

    def words(self) -> str:
        """'replied by email', 'quotation sent by im', 'done without reply', 'dismissed as spam', ..."""
        if self.how == "reply":
            return f"replied by {self.channel or 'email'}"
        if self.how == "quote":
            return f"quotation sent by {self.channel or 'email'}"
        if self.how == "done":
            return "done without reply"
        if self.how == "dismiss":
            return f"dismissed as {self.dismissed_as}" if self.dismissed_as else "dismissed"
        if self.how == "release":
            return "released as genuine" + (f" (reply task {self.reply_task})" if self.reply_task else "")
        return "closed"


def closing_of(session: Session, task: TaskRow) -> Closing:
    """How a done or dismissed task was closed: its newest closing audit row (ix_audit_log_task_id).
    A follow-up dismissed with its inquiry has no row of its own: the inquiry's dismissal says why."""
    row = session.execute(select(AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.detail)
                          .where(AuditRow.task_id == task.id, AuditRow.action.in_(CLOSING_ACTIONS))
                          .order_by(AuditRow.id.desc()).limit(1)).first()
    when = as_utc(task.done_at)
    if row is None:
        dismissed = task.state == "dismissed"
        return Closing("dismiss" if dismissed else "", at=when,
                       dismissed_as=(task.inquiry.dismissed_as or "") if dismissed and task.inquiry else "")
    detail = row.detail or {}
    at = when or as_utc(row.at)
    if row.action == "reply":
        return Closing("quote" if detail.get("kind") == "quote" else "reply", row.actor, at,
                       channel=str(detail.get("channel") or ""))
    if row.action == "dismiss":
        return Closing("dismiss", row.actor, as_utc(row.at), dismissed_as=str(detail.get("dismissed_as") or ""))
    if row.action == "done":
        return Closing("done", row.actor, at)
    return Closing("release", row.actor, at, reply_task=detail.get("reply_task"))


def closed_line(session: Session, task: TaskRow, config: Config) -> str:
    """'closed: replied by email 2026-03-10 11:00 by alice' (the seller's clock): what closed it."""
    c = closing_of(session, task)
    return (f"closed: {c.words()} " + (seller_time(c.at, config) if c.at is not None else "(time not recorded)")
            + (f" by {c.actor}" if c.actor else ""))


# --- the task view -----------------------------------------------------------------------------

def task_draft(task: TaskRow, inquiry: InquiryRow, config: Config) -> str:
    """The draft for this task made now: a follow-up or notice gets its own template, a reply is
    signed by the person who claimed it ([team] signatures) with [seller] company."""
    from ..drafts import draft_settings, notice_kind, task_draft as made

    if not inquiry.draft and notice_kind(task.kind, task.rule) is None:
        return ""  # no reply draft was made (a failed item, or one kept for review)
    return made(task, inquiry, draft_settings(config), task.assignee)


def inquiry_notes(session: Session, inquiry_id: int) -> list[NoteRow]:
    """The inquiry's notes, oldest first (append-only: id order is time order)."""
    return list(session.scalars(select(NoteRow).where(NoteRow.inquiry_id == inquiry_id).order_by(NoteRow.id)))


@dataclass(frozen=True)
class NoteView:
    id: int
    at: datetime
    author: str
    action: str
    content: str


@dataclass(frozen=True)
class AttachmentView:
    name: str
    content_type: str
    size: int


@dataclass(frozen=True)
class TaskView:
    """One task as a person reads it. `data` is the stored triage result (evidence in data['reasons'])."""

    task_id: int
    inquiry_id: int
    kind: str
    state: str
    grade: str
    due_at: datetime
    due_note: str
    assignee: str | None
    version: int
    from_name: str
    from_addr: str
    subject: str
    channel: str
    source: str
    body: str
    country: str
    data: dict[str, Any]
    clock: str  # the deadline on both clocks at `now` (or how the task was closed)
    escalations: list[str]
    notes: list[NoteView]
    draft: str  # "" for a review task (no draft until a lead releases it)
    attachments: list[AttachmentView] = field(default_factory=list)
    changed_by: str = ""  # who last changed the task (the audit log), for "changed by NAME at TIME"
    changed_at: datetime | None = None
    audit_mark: int = 0  # the task's newest audit row id when read: a form made from it is stale once it grows
    origin: list[str] = field(default_factory=list)  # where it came from, in parts (queue/origin_words.py)
    buyer_clock: list[str] = field(default_factory=list)  # where the buyer's clock came from ([] : none shown)
    wake: Wake | None = None  # a snoozed task's wake time
    released: Release | None = None  # flagged at triage, then released as genuine by a lead
    phone: str = ""  # the buyer's number spaced for reading ("+971 4 555 0199"), "" when none is stored
    chat_app: str = ""  # the app an IM buyer wrote by ("WhatsApp"), "" when not known or not a chat
    received_at: datetime | None = None  # the time of receipt (the stored one, else the triage time)
    received_from: str = ""  # what gave it (scheduling/receipt.RECEIVED_FROM), "not-recorded" / "" for a row
    # stored before (received_from_of)

    @property
    def review(self) -> bool:
        return self.kind == "review"

    @property
    def title(self) -> str:
        return title_of(self.subject, self.body)

    @property
    def reply_channel(self) -> str:
        return reply_channel_of(self.channel)

    @property
    def reasons(self) -> list[dict[str, Any]]:
        return list(self.data.get("reasons", []))


def load_task(session: Session, task_id: int) -> TaskRow:
    """The task with its inquiry, the raw mail left unread (deferred)."""
    task = session.scalars(select(TaskRow).where(TaskRow.id == task_id)
                           .options(joinedload(TaskRow.inquiry).defer(InquiryRow.raw))).first()
    if task is None:
        raise TaskNotFound("no task with ID %(task)s", task=task_id)
    return task


def task_view(session: Session, task_id: int, config: Config, actor: Actor, now: datetime, *,
              attachments: bool = False) -> TaskView:
    """The task view; QueueError (TaskNotFound) when there is no such task, NotAllowed when the actor
    may not see it (a suspicious inquiry or a review task for an agent)."""
    task = load_task(session, task_id)
    check_access(actor, task)
    inquiry = task.inquiry
    notes = [NoteView(id=n.id, at=as_utc(n.created_at), author=n.author, action=n.action,
                      content=note_on_seller_clock(n.author, n.content, config, n.action))
             for n in inquiry_notes(session, inquiry.id)]
    last = last_change(session, task.id)
    return TaskView(
        task_id=task.id, inquiry_id=inquiry.id, kind=task.kind, state=task.state, grade=task.grade,
        due_at=as_utc(task.due_at), due_note=stored_note(task.due_note or ""), assignee=task.assignee,
        version=getattr(task, "version", 0) or 0,
        from_name=inquiry.from_name, from_addr=inquiry.from_addr, subject=inquiry.subject, channel=inquiry.channel,
        source=inquiry.source, body=inquiry.body, country=inquiry.country, data=dict(inquiry.result or {}),
        clock=clock_line(session, task, config, now), escalations=escalation_lines(session, task, config),
        notes=notes, draft="" if task.kind == "review" else task_draft(task, inquiry, config),
        attachments=attachments_of(session, inquiry.id) if attachments else [],
        changed_by=last.actor if last is not None else "", changed_at=as_utc(last.at) if last is not None else None,
        audit_mark=last.id if last is not None else 0, origin=origin_parts(inquiry.result or {}, inquiry.channel),
        buyer_clock=buyer_clock_words(session, task),
        wake=Wake(as_utc(task.snoozed_until), bool(task.snooze_until_buyer_writes)) if task.state == "snoozed" else None,
        released=release_of(session, inquiry), phone=stored_phone(inquiry), chat_app=chat_app_of(inquiry),
        received_at=as_utc(inquiry.received_at) or as_utc(inquiry.triaged_at),
        received_from=received_from_of(inquiry))


def received_from_of(inquiry: InquiryRow) -> str:
    """What gave the stored time of receipt (scheduling/receipt.RECEIVED_FROM); "not-recorded" for a row
    stored before that was kept and without a receipt (its triage time is no receipt: nothing said when it
    arrived, and nothing said it did not); "" for such a row with a receipt (the Received: or record's)."""
    result = inquiry.result if isinstance(inquiry.result, dict) else {}
    if result.get("received_from"):
        return str(result["received_from"])
    if "received_from" not in result:
        return "" if inquiry.received_at else "not-recorded"
    return "" if inquiry.received_at else "triage-time"


CHAT_RECORD_BYTES = 1 << 20  # a chat record stored before 0013 is read back for its app up to this size


def chat_app_of(inquiry: InquiryRow) -> str:
    """The app an IM buyer wrote by ("WhatsApp", "WeChat"), "" when not known: the stored column, else
    (a row stored before 0013) the app its record names, read from its raw bytes (one row, one read)."""
    if inquiry.channel != "im":
        return ""
    if inquiry.chat_app:
        return inquiry.chat_app
    raw = inquiry.raw or b""
    if not raw or len(raw) > CHAT_RECORD_BYTES:
        return ""
    import json

    from ..parsing.record import chat_app_of as record_chat_app

    try:
        record = json.loads(raw)
    except ValueError:
        return ""
    channel = record.get("channel") if isinstance(record, dict) else None
    return record_chat_app(record, channel if isinstance(channel, str) else "") if isinstance(record, dict) else ""


def chat_apps(session: Session, entries: list[Any]) -> dict[int, str]:
    """{inquiry id: app} of the listed chat ("im") entries whose app is known: one read by primary key of
    those rows only (a page), the stored column, else (a row stored before 0013) its record's raw bytes
    up to CHAT_RECORD_BYTES, as chat_app_of reads them for `queue show`."""
    from types import SimpleNamespace

    from sqlalchemy import and_, case

    ids = [e.inquiry_id for e in entries if e.channel == "im"]
    if not ids:
        return {}
    raw_when_unnamed = case((and_(InquiryRow.chat_app.is_(None), func.length(InquiryRow.raw) <= CHAT_RECORD_BYTES),
                             InquiryRow.raw), else_=None)
    found = {}
    for inquiry_id, app, raw in session.execute(select(InquiryRow.id, InquiryRow.chat_app, raw_when_unnamed)
                                                .where(InquiryRow.id.in_(ids))):
        app = chat_app_of(SimpleNamespace(channel="im", chat_app=app, raw=raw))  # type: ignore[arg-type]
        if app:
            found[inquiry_id] = app
    return found


CHANNEL_CHARS = 14  # the command line's channel column at most ("im WhatsApp", "im KakaoTalk")


def channel_cells(entries: list[Any], apps: dict[int, str]) -> tuple[dict[int, str], int]:
    """The command line lists' channel column: {inquiry id: 'im WhatsApp' / 'email'} and its width (7, the
    old width, unless a chat app needs more), as the web's list cell words it."""
    cells = {e.inquiry_id: (f"{e.channel} {apps[e.inquiry_id]}" if e.inquiry_id in apps else e.channel)[:CHANNEL_CHARS]
             for e in entries}
    return cells, max([7, *(len(c) for c in cells.values())])


def stored_phone(inquiry: InquiryRow) -> str:
    """The number a phone/chat buyer is stored by (their buyer key "tel:+97145550199": a record's phone
    is kept nowhere else), spaced as `triage` prints it; "" for a buyer known by address or name."""
    return spaced_caller(inquiry.buyer_key or "")


def phones_of(session: Session, entries: list[Any]) -> dict[int, str]:
    """{inquiry ID: the buyer's number, spaced} for list entries whose buyer is known by a phone (their
    buyer key "tel:..."): the lists' JSON `phone`, as `queue show` gives it. An e-mail entry has none
    and is not read; the others' keys in one statement by primary key."""
    ids = sorted({e.inquiry_id for e in entries if e.channel != "email"})
    if not ids:
        return {}
    found = {}
    for inquiry_id, key in session.execute(select(InquiryRow.id, InquiryRow.buyer_key).where(InquiryRow.id.in_(ids))):
        number = spaced_caller(key or "")
        if number:
            found[inquiry_id] = number
    return found


def spaced_caller(buyer_key: str) -> str:
    """The buyer's number as `queue show`, the web's task page and the command line's lists show it:
    spaced as `triage` prints it, '+971 4 555 0199'; "" for a buyer without one."""
    return spaced_number(caller_number(buyer_key))


def spaced_number(number: str) -> str:
    if not number:
        return ""
    from .phones import spaced_phone  # the phone tables only when a page shows a number

    return spaced_phone(number)


@dataclass(frozen=True)
class Release:
    """A lead's verdict "genuine" on an inquiry triage flagged: who gave it and when."""

    by: str
    at: datetime | None

    def words(self, config: Config) -> str:
        """'released as genuine by lena 2026-11-30 14:05' (the seller's clock)."""
        if self.at is None:
            return Sentence("released as genuine by %(who)s", who=self.by)
        return Sentence("released as genuine by %(who)s %(at)s", who=self.by,
                        at=NoteTime(seller_time(self.at, config), self.at))


def release_of(session: Session, inquiry: InquiryRow) -> Release | None:
    """Who released this flagged inquiry as genuine, and when (its tasks' newest audit row of a release,
    by ix_tasks_inquiry_first and the audit log's task index); None unless triage flagged it and
    the team's verdict is genuine."""
    if inquiry.verdict != "genuine" or inquiry.suspicious or not (inquiry.result or {}).get("suspicious"):
        return None
    row = session.execute(select(AuditRow.actor, AuditRow.at).where(
        AuditRow.task_id.in_(select(TaskRow.id).where(TaskRow.inquiry_id == inquiry.id)),
        AuditRow.action.in_(GENUINE_ACTIONS)).order_by(AuditRow.id.desc()).limit(1)).first()
    return Release(row.actor, as_utc(row.at)) if row is not None else Release("a lead", None)


def last_change(session: Session, task_id: int) -> Any:
    """The task's newest audit row (id, at, actor), or None: who changed it last, and when."""
    return session.execute(select(AuditRow.id, AuditRow.at, AuditRow.actor).where(AuditRow.task_id == task_id)
                           .order_by(AuditRow.id.desc()).limit(1)).first()


def attachments_of(session: Session, inquiry_id: int) -> list[AttachmentView]:
    """The attachments of one stored mail, listed from its MIME structure (names, types, sizes);
    never opened. Records (CSV, chat logs) have none."""
    import email
    import email.policy

    from ..parsing.mime import walk_message

    raw = session.scalar(select(InquiryRow.raw).where(InquiryRow.id == inquiry_id)) or b""
    if not raw:
        return []
    try:
        walked = walk_message(email.message_from_bytes(raw, policy=email.policy.compat32))
    except Exception:  # noqa: BLE001 - a mail the parser could not walk lists nothing; triage noted it
        return []
    return [AttachmentView(name=a.name or "(no name)", content_type=a.content_type or "", size=a.size or 0)
            for a in walked.attachments]


# --- leads' lists ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReviewRow:
    entry: QueueEntry
    risk: float
    suspicion: list[str]


@dataclass(frozen=True)
class ReviewList:
    page: QueuePage
    rows: list[ReviewRow]
    untitled: dict[int, tuple[str, str]] = field(default_factory=dict)  # untitled_parts of the rows without a subject


def review_list(session: Session, now: datetime, *, limit: int | None, offset: int = 0) -> ReviewList:
    """One page of the review list with each inquiry's risk and suspicion kinds, read from the kinds
    column (0013; never the result JSON: decompressing each row's was ~100 ms of a 4,479-row page at
    1M) in one statement for the whole page, its ids written into the SQL (no bound-variable limit
    however long the page)."""
    from ..store.queue import review_page

    page = review_page(session, now=now, limit=limit, offset=offset)
    ids = [e.inquiry_id for e in page.entries]
    risks: dict[int, tuple[float, list[str]]] = {i: (risk, why or []) for i, risk, why in session.execute(
        select(InquiryRow.id, InquiryRow.risk, InquiryRow.suspicion_kinds)
        .where(InquiryRow.id.in_(bindparam(None, ids, expanding=True, literal_execute=True, unique=True))))} if ids else {}
    return ReviewList(page=page, rows=[ReviewRow(entry=e, risk=risks[e.inquiry_id][0],
                                                 suspicion=list(risks[e.inquiry_id][1]))
                                       for e in page.entries], untitled=untitled_parts(session, page.entries))


@dataclass(frozen=True)
class FiledList:
    counts: dict[str, int]
    page: FiledPage

    @property
    def items(self) -> list[FiledItem]:
        return self.page.items


def filed_list(session: Session, filing: str | None, *, limit: int | None, offset: int = 0) -> FiledList:
    """Stored mail that is not an inquiry: counts by filing and one page (one filing, or all: None)."""
    from ..store.queue import filed_page, filing_counts

    return FiledList(counts=filing_counts(session), page=filed_page(session, filing, limit=limit, offset=offset))


# --- the web's queue list ----------------------------------------------------------------------

# --- snoozed tasks --------------------------------------------------------------------------------

SNOOZED = ("snoozed",)  # QueueFilter.states of the snoozed list (`queue --snoozed`, the web's "snoozed" filter)


@dataclass(frozen=True)
class Wake:
    """When a snoozed task comes back: at a time (seller's business hours), or when the buyer writes."""

    at: datetime | None
    on_buyer_reply: bool

    def text(self, config: Config) -> str:
        if self.at is not None:
            return "wakes " + seller_time(self.at, config)
        return "wakes when the buyer writes" if self.on_buyer_reply else "wakes (time not recorded)"


def wakes_of(session: Session, task_ids: list[int]) -> dict[int, Wake]:
    """The wake time of each of these (snoozed) tasks: one small read by primary key, 500 ids a query."""
    out: dict[int, Wake] = {}
    for at in range(0, len(task_ids), 500):
        out.update({i: Wake(as_utc(until), bool(on_reply)) for i, until, on_reply in session.execute(
            select(TaskRow.id, TaskRow.snoozed_until, TaskRow.snooze_until_buyer_writes)
            .where(TaskRow.id.in_(task_ids[at:at + 500])))})
    return out


def snoozed_filter(filters: QueueFilter) -> QueueFilter:
    """The same filters on snoozed tasks (they are left out of the open list until they wake)."""
    return replace(filters, states=SNOOZED)


@dataclass(frozen=True)
class SnoozedList:
    page: QueuePage
    wakes: dict[int, Wake]


def snoozed_list(session: Session, actor: Actor, filters: QueueFilter, now: datetime, *, limit: int | None,
                 offset: int = 0, include_suspicious: bool | None = None) -> SnoozedList:
    """One page of snoozed tasks (the list's filters, in the store's one query builder) in the order they
    wake (then by id; those waiting for the buyer's mail last), cut in SQL, with when each wakes.
    `include_suspicious` None: what the actor may see."""
    from ..store.queue import QueuePage, _check_paging, _entry, _task_query, queue_page

    see = actor.may("see_suspicious") and (include_suspicious is None or include_suspicious)
    f = snoozed_filter(filters)
    _check_paging(limit, offset)
    stmt = (_task_query(f, see, as_utc(now)).order_by(TaskRow.snoozed_until.is_(None), TaskRow.snoozed_until,
                                                       TaskRow.id).offset(offset))
    entries = [_entry(row) for row in session.execute(stmt if limit is None else stmt.limit(limit))]
    if limit is None or (len(entries) < limit and (entries or offset == 0)):
        total, more = offset + len(entries), False  # a short page ends the matches
    else:
        counted = queue_page(session, include_suspicious=see, filters=f, now=now, limit=1)
        total, more = max(counted.total, offset + len(entries)), counted.more
    page = QueuePage(entries=entries, total=total, offset=offset, limit=limit, more=more)
    return SnoozedList(page=page, wakes=wakes_of(session, [e.task_id for e in page.entries]))


def snoozed_count(session: Session, actor: Actor, filters: QueueFilter, now: datetime) -> tuple[int, bool]:
    """(how many snoozed tasks match these filters, True when more than the count cap): the hint under
    an agent's own list, so tasks they snoozed are not lost from sight."""
    from ..store.queue import queue_page

    page = queue_page(session, include_suspicious=actor.may("see_suspicious"), filters=snoozed_filter(filters),
                      now=now, limit=1)
    return page.total, page.more


@dataclass(frozen=True)
class QueueRow:
    """One line of the web queue: the store's entry plus what the page shows beside it."""

    entry: QueueEntry
    first_line: str
    minor_language: bool
    mixed_language: bool
    buyer_zone: str
    buyer_local: datetime | None  # the buyer's clock now (None: zone unknown)
    buyer_at_work: bool | None
    business_left: timedelta  # seller business time until the deadline (negative: overdue)
    badge: str  # "ok" / "soon" (amber) / "overdue" (red) / "review" / "snoozed"
    wake: Wake | None = None  # a snoozed task's wake time
    caller: str = ""  # the buyer's phone number (a phone/IM record has no subject: the page shows channel and number)
    released: bool = False  # flagged at triage, reviewed by a lead and released as genuine (released_among)


@dataclass(frozen=True)
class QueueList:
    page: QueuePage
    rows: list[QueueRow]


def queue_list(session: Session, actor: Actor, filters: QueueFilter, now: datetime, calendar: BusinessCalendar, *,
               limit: int = 50, offset: int = 0) -> QueueList:
    """One page of open tasks as the web shows them: the store's paged query (no raw bytes, no
    result JSON), then one read of the shown rows' first lines, language flags and buyer clocks."""
    from ..store.queue import queue_page

    page = queue_page(session, include_suspicious=actor.may("see_suspicious"), filters=filters, now=now,
                      limit=limit, offset=offset)
    extra = _row_extras(session, [e.inquiry_id for e in page.entries])
    lefts = business_lefts(calendar, now, [e.due_at for e in page.entries])
    wakes = wakes_of(session, [e.task_id for e in page.entries if e.state == "snoozed"])
    released = released_among(session, page.entries)
    rows = []
    for e in page.entries:
        first, minor, mixed, zone, country, caller = extra.get(e.inquiry_id, ("", False, False, "", "", ""))
        local, at_work = _buyer_now(zone, country, now)
        left = lefts[e.due_at]
        badge = "review" if e.kind == "review" else "snoozed" if e.task_id in wakes else (
            "overdue" if e.due_at <= now else "soon" if left <= DUE_SOON else "ok")
        rows.append(QueueRow(entry=e, first_line=first, minor_language=minor, mixed_language=mixed, buyer_zone=zone,
                             buyer_local=local, buyer_at_work=at_work, business_left=left, badge=badge,
                             wake=wakes.get(e.task_id), caller=caller, released=e.inquiry_id in released))
    return QueueList(page=page, rows=rows)


RELEASED_MARK = "rel"  # the command line list's SUSP column for an inquiry reviewed and released as genuine


def released_among(session: Session, entries: list[Any]) -> set[int]:
    """The inquiry IDs among these list entries that triage flagged and a lead released as genuine
    (release_of's rule: the verdict "genuine", no longer suspicious, the stored result suspicious): the
    lists mark them, so a reviewed inquiry is not taken for one nobody looked at. One read by primary key
    of the page's rows that carry the verdict (most carry none: their result is not read)."""
    ids = sorted({e.inquiry_id for e in entries if not e.suspicious})
    if not ids:
        return set()
    return {i for i, flagged in session.execute(
        select(InquiryRow.id, InquiryRow.result["suspicious"]).where(
            InquiryRow.id.in_(bindparam(None, ids, expanding=True, literal_execute=True, unique=True)),
            InquiryRow.verdict == "genuine", InquiryRow.suspicious.is_(False))) if flagged}


def _row_extras(session: Session, inquiry_ids: list[int]) -> dict[int, tuple[str, bool, bool, str, str, str]]:
    if not inquiry_ids:
        return {}
    stmt = select(InquiryRow.id, func.substr(InquiryRow.body, 1, FIRST_LINE_CHARS * 2),
                  InquiryRow.result["minor_language"], InquiryRow.result["mixed_language"],
                  InquiryRow.buyer_timezone, InquiryRow.buyer_key, InquiryRow.country).where(InquiryRow.id.in_(inquiry_ids))
    rows = list(session.execute(stmt))
    keys = {r[5] for r in rows if r[5]}
    overrides = {key: zone for key, zone in session.execute(
        select(BuyerTimezoneRow.buyer_key, BuyerTimezoneRow.timezone).where(BuyerTimezoneRow.buyer_key.in_(keys)))}
    from .phones import canonical_zone  # an old row's 'Asia/Calcutta' is shown as Kolkata

    return {r[0]: (first_line(r[1] or ""), bool(r[2]), bool(r[3]), canonical_zone(overrides.get(r[5]) or r[4] or ""),
                   r[6] or "", spaced_caller(r[5] or "")) for r in rows}  # '+971 4 555 0199', as `queue show` and the CLI rows







def untitled_parts(session: Session, entries: list[Any]) -> dict[int, tuple[str, str]]:
    """(caller's number spaced as `queue show` spaces it, the message's first words) of each listed entry
    that has no subject (one read by primary key, those rows only): the web words the channel itself."""
    ids = [e.inquiry_id for e in entries if not (e.subject or "").strip()]
    if not ids:
        return {}
    stmt = select(InquiryRow.id, InquiryRow.buyer_key,
                  func.substr(InquiryRow.body, 1, FIRST_LINE_CHARS * 2)).where(InquiryRow.id.in_(ids))
    return {i: (spaced_caller(key or ""), first_words(body or "")) for i, key, body in session.execute(stmt)}


def untitled_subjects(session: Session, entries: list[Any], channel_word: Any = None) -> dict[int, str]:
    """untitled_subject of each listed entry that has no subject (one read by primary key, those rows
    only), its number spaced as `queue show` spaces it."""
    return untitled_lines(entries, untitled_parts(session, entries), channel_word)


def untitled_lines(entries: list[Any], parts: dict[int, tuple[str, str]], channel_word: Any = None) -> dict[int, str]:
    """The command line's words for untitled_parts: 'phone +971 4 555 0199 · Called about 40HQ…'
    (`channel_word`: the channel in the list's language, queue/cli_words)."""
    channels = {e.inquiry_id: (channel_word or str)(e.channel) for e in entries}
    return {i: " · ".join(part for part in (f"{channels[i]} {spaced_number(number)}".strip(), words) if part)
            for i, (number, words) in parts.items()}


BUYER_CHARS = 40  # the queue's buyer column (CLI and web); a longer address is shortened inside its local part



def short_buyer(sender: str, width: int = BUYER_CHARS) -> str:
    """The buyer as a list column shows it, at most `width` characters where possible: an address is
    shortened in the middle of its local part, the domain kept whole (it says who the buyer is):
    'purchasing.department.manager@acme-machinery.example' -> 'purcha…manager@acme-machinery.example'.
    A name or number is cut at its end."""
    if len(sender) <= width:
        return sender
    local, at, domain = sender.rpartition("@")
    if not at or not local:
        return sender[:width - 1] + "…"
    keep = max(width - len(domain) - 2, 2)  # the local part's characters kept around the "…"
    if keep >= len(local):
        return sender
    head = (keep + 1) // 2
    return f"{local[:head]}…{local[len(local) - (keep - head):]}@{domain}"





def _buyer_now(zone: str, country: str, now: datetime) -> tuple[datetime | None, bool | None]:
    from ..scheduling.deadlines import buyer_day
    from .buyer_clock import clock_country

    day = buyer_day(zone, clock_country(zone, country))
    if day is None:
        return None, None
    try:
        status = day.status(now)
    except ValueError:
        return now.astimezone(day.zone), None
    return status.local, status.at_work


def business_lefts(calendar: BusinessCalendar, now: datetime, dues: list[datetime]) -> dict[datetime, timedelta]:
    """Seller business time from `now` to each deadline (negative once passed). Business time adds up
    over adjacent intervals, so the deadlines are walked in order from `now` outwards: the calendar is
    walked once over the page's span, not once per row (a page of long-overdue tasks walked weeks each)."""
    out: dict[datetime, timedelta] = {}
    for ahead in (True, False):
        total, previous = timedelta(0), now
        for due in sorted({d for d in dues if (d >= now) == ahead}, reverse=not ahead):
            try:
                step = calendar.business_time_between(*((previous, due) if ahead else (due, previous)))
            except ValueError:  # a calendar without working time in range: wall-clock time is the honest fallback
                step = abs(due - previous)
            total += step
            out[due] = total if ahead else -total
            previous = due
    return out


def countdown(left: timedelta) -> str:
    """'3h 20m' of business time left, '-1h 05m' overdue (the due badge's text)."""
    return ("-" if left < timedelta(0) else "") + business_span(left)


# --- one buyer's history (the web's buyer page) ----------------------------------------------------

@dataclass(frozen=True)
class BuyerEvent:
    """One line of a buyer's history: an inquiry, a reply, a note or a follow-up task."""

    kind: str  # "inquiry" / "reply" / "note" / "follow-up" / "action" (claim, release, assign, dismiss)
    at: datetime
    inquiry_id: int
    task_id: int | None
    channel: str
    who: str  # the buyer (inquiry), the author (reply, note), the assignee (follow-up)
    text: str  # subject and first line / reply kind / note content / follow-up rule, state and due time


@dataclass(frozen=True)
class BuyerHistory:
    buyer_key: str
    events: list[BuyerEvent]  # newest first, one page
    offset: int
    more: bool
    hidden: int  # suspicious inquiries of this buyer left out for an actor who may not see them


def buyer_key_of(session: Session, inquiry_id: int) -> str | None:
    return session.scalar(select(InquiryRow.buyer_key).where(InquiryRow.id == inquiry_id))


def buyer_history(session: Session, buyer_key: str, actor: Actor, *, limit: int, offset: int = 0,
                  config: Config | None = None) -> BuyerHistory:
    """Every inquiry, reply, note, follow-up task and audited action (claim, release, assign, dismiss) of one buyer (the store's buyer_key: the same
    person across channels), newest first, one page. Each of the four kinds is read newest first
    up to offset + limit rows (never the raw mail) and merged, so a page costs five indexed reads.
    Suspicious inquiries and everything of theirs are left out for an actor without see_suspicious
    (as check_access does for their tasks)."""
    wanted = offset + limit + 1  # one more: is there a next page?
    inquiries = select(InquiryRow.id).where(InquiryRow.buyer_key == buyer_key)
    hidden = 0
    if not actor.may("see_suspicious"):
        hidden = session.scalar(select(func.count()).select_from(InquiryRow)
                                .where(InquiryRow.buyer_key == buyer_key, InquiryRow.suspicious.is_(True))) or 0
        inquiries = inquiries.where(InquiryRow.suspicious.is_(False))
    ids = inquiries  # an IN (subquery) read on buyer_key's index
    from ..store.models import ReplyRow

    receipt = func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)
    events: list[BuyerEvent] = []
    for i, at, channel, name, addr, subject, body in session.execute(
            select(InquiryRow.id, receipt, InquiryRow.channel, InquiryRow.from_name, InquiryRow.from_addr,
                   InquiryRow.subject, InquiryRow.body)
            .where(InquiryRow.id.in_(ids)).order_by(receipt.desc(), InquiryRow.id.desc()).limit(wanted)):
        events.append(BuyerEvent("inquiry", as_utc(at), i, None, channel, name or addr,
                                 " · ".join(t for t in (subject, first_line(body or "")) if t)))
    for r in session.scalars(select(ReplyRow).where(ReplyRow.inquiry_id.in_(ids))
                             .order_by(ReplyRow.sent_at.desc(), ReplyRow.id.desc()).limit(wanted)):
        events.append(BuyerEvent("reply", as_utc(r.sent_at), r.inquiry_id, r.task_id, r.channel, r.author, r.kind))
    for n in session.scalars(select(NoteRow).where(NoteRow.inquiry_id.in_(ids))
                             .order_by(NoteRow.created_at.desc(), NoteRow.id.desc()).limit(wanted)):
        content = note_on_seller_clock(n.author, n.content, config, n.action)  # config: the scheduler's times on the seller's clock
        events.append(BuyerEvent("note", as_utc(n.created_at), n.inquiry_id, n.task_id, "", n.author,
                                 content if n.action == "note" else action_note(n.action, content)))
    for t in session.scalars(select(TaskRow).where(TaskRow.inquiry_id.in_(ids), TaskRow.kind == "follow-up")
                             .order_by(TaskRow.created_at.desc(), TaskRow.id.desc()).limit(wanted)):
        events.append(BuyerEvent("follow-up", as_utc(t.created_at), t.inquiry_id, t.id, "", t.assignee or "",
                                 Sentence("%(rule)s #%(n)s · %(state)s · due %(at)s", rule=t.rule, n=t.attempt,
                                          state=t.state, at=as_utc(t.due_at))))
    from ..store.models import AuditRow
    from ..store.queue import HISTORY_ACTIONS, action_words

    for at, actor_name, action, task_id, detail, inquiry_id in session.execute(  # claims, releases, assigns, dismissals
            select(AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.task_id, AuditRow.detail, TaskRow.inquiry_id)
            .join(TaskRow, TaskRow.id == AuditRow.task_id)
            .where(TaskRow.inquiry_id.in_(ids), AuditRow.action.in_(HISTORY_ACTIONS))
            .order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(wanted)):
        events.append(BuyerEvent("action", as_utc(at), inquiry_id, task_id, "", actor_name,
                                 action_words(action, actor_name, detail or {})))
    events.sort(key=lambda e: (e.at, e.kind, e.inquiry_id, e.task_id or 0), reverse=True)
    page = events[offset:offset + limit]
    shown = [e.inquiry_id for e in page if e.kind == "inquiry"]
    if shown:  # each inquiry links to its first reply (or review) task's page
        first = dict(session.execute(select(TaskRow.inquiry_id, func.min(TaskRow.id))
                                     .where(TaskRow.inquiry_id.in_(shown), TaskRow.kind.in_(("reply", "review")))
                                     .group_by(TaskRow.inquiry_id)).all())
        page = [replace(e, task_id=first.get(e.inquiry_id)) if e.kind == "inquiry" else e for e in page]
    return BuyerHistory(buyer_key=buyer_key, events=page, offset=offset, more=len(events) > offset + limit,
                        hidden=hidden)


def draft_languages(config: Config) -> list[str]:
    """The languages with their own reply template: the task page's template picker."""
    from ..drafts import draft_settings, template_languages

    return template_languages(draft_settings(config).templates_dir)


def draft_in_language(session: Session, task_id: int, config: Config, actor: Actor, language: str) -> str:
    """The task's draft made again with the `language` reply template (the picker: a buyer who wrote
    in English from Brazil may be answered in Portuguese). The stored inquiry is not changed."""
    from types import SimpleNamespace

    from ..drafts import draft_settings, task_draft as made

    task = load_task(session, task_id)
    check_access(actor, task)
    row = task.inquiry
    if task.kind == "review" or not row.draft:
        return ""
    fields = ("channel", "from_name", "from_addr", "subject", "body", "product", "result")
    shown = SimpleNamespace(**{name: getattr(row, name) for name in fields}, language=language)
    return made(task, shown, draft_settings(config), task.assignee, language=language)
