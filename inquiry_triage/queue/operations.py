"""Queue operations for sales staff: claim, release, assign, reply, note, snooze, wake, done, dismiss,
escalate. Each takes the session (the caller owns the transaction), the acting person, and `now`;
each checks the actor's role and writes an audit row. Nothing here prints.

Claiming is atomic on every database: a conditional UPDATE (`... WHERE id = ? AND state =
'open'`) succeeds for exactly one caller. On PostgreSQL the candidates are also read with
`FOR UPDATE SKIP LOCKED`, so concurrent claimers do not even wait on each other's rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from ..errors import TriageError
from ..model import channel_word
from ..sentences import Sentence, sentence_of
from ..store.models import LIVE_TASK_STATES, AuditRow, InquiryRow, NoteRow, ReplyRow, TaskRow, UserRow, as_utc

if TYPE_CHECKING:
    from ..scheduling.deadlines import BusinessCalendar

OPEN_STATES = LIVE_TASK_STATES
LOOK_AGAIN = datetime(1970, 1, 1, tzinfo=timezone.utc)  # inquiries.followup_from: "evaluate at the next run"
ROLES = ("agent", "lead", "supervisor")
# Who may do what (DOMAIN.md 5: clear roles; escalation). Everyone may claim, reply, note, snooze.
PERMISSIONS = {
    "assign": ("lead", "supervisor"),
    "dismiss": ("lead", "supervisor"),
    "genuine": ("lead", "supervisor"),
    "review": ("lead", "supervisor"),  # release (genuine) or dismiss a suspicious inquiry's review task
    "release_others": ("lead", "supervisor"),
    "work_on_tasks_of_others": ("lead", "supervisor"),  # note, snooze, escalate, reply on a task someone else claimed
    "see_suspicious": ("lead", "supervisor"),
    "price_change": ("lead", "supervisor"),
}
DISMISS_KINDS = ("spam", "spy", "duplicate")
DISMISS_ALIASES = {"scam": "spam"}  # one reason, two words (the CLI and the web take either)
REVIEW = "review"  # the kind of a suspicious inquiry's task (store/queue.task_for)
GENUINE_ACTIONS = ("release-review", "genuine")  # the audit actions that store the verdict "genuine" (below)


@dataclass(frozen=True)
class ReplyPlan:
    """The reply task a released review task becomes (queue/review.reply_planner computes it)."""

    due: datetime
    note: str = ""
    draft: str = ""
    buyer_timezone: str = ""


# (the inquiry row, the grade) -> its reply task's deadline and draft, as triage computes them.
ReplyPlanner = Callable[[InquiryRow, str], ReplyPlan]
_GRADE_ORDER = case({"A": 0, "B": 1, "C": 2, "D": 3}, value=TaskRow.grade, else_=4)


# How a reply can go out: the inquiry channels, plus the platform's own message box (Alibaba ...).
REPLY_CHANNELS = ("email", "phone", "im", "fax", "message", "platform")
# One concept, two words: an inquiry that came through a B2B platform is stored as channel "rfq", a reply
# sent through it as "platform". Both commands take either word (people's scripts use both).
PLATFORM_WORDS = {"rfq": "platform", "platform": "rfq"}


def reply_channel_of(channel: str) -> str:
    """The reply channel the buyer's own way of writing gives (a chat buyer is answered in their chat app, a
    caller called back, an RFQ on its platform); email for mail and web forms. The web picker starts at it
    and `queue reply` without --channel records it."""
    return {"im": "im", "phone": "phone", "fax": "fax", "rfq": "platform"}.get(channel, "email")


def reply_channel(text: str) -> str:
    """The reply channel a person named (aliases such as whatsapp -> im, rfq -> platform), or QueueError."""
    word = text.strip().lower()
    channel = "platform" if word in PLATFORM_WORDS else channel_word(word)
    if channel not in REPLY_CHANNELS:
        from ..model import CHANNEL_CHOICES

        raise QueueError("reply channel must be one of %(channels)s (got %(got)s)", channels=CHANNEL_CHOICES,
                         got=repr(text))
    return channel


def inquiry_channel(text: str) -> str | None:
    """The inquiry channel a list filter names (aliases such as whatsapp -> im, platform -> rfq), or
    None when it names none of model.CHANNELS (a typo: the caller refuses it, naming the choices)."""
    from ..model import CHANNELS

    word = text.strip().lower()
    channel = "rfq" if word in PLATFORM_WORDS else channel_word(word)
    return channel if channel in CHANNELS else None


class QueueError(TriageError):
    """A queue operation that cannot be done (no such task, wrong state, not allowed). Raised with a
    message id and its values (`QueueError("task %(task)s is %(state)s", task=7, state="done")`): the
    CLI prints the English (str(exc)), the web words `said` through its catalogue."""

    def __init__(self, msgid: str, **values: Any) -> None:
        super().__init__(msgid if isinstance(msgid, Sentence) and not values else Sentence(msgid, **values))

    @property
    def said(self) -> Sentence:
        return sentence_of(self)


class NotAllowed(QueueError):
    pass


class Refused(QueueError):
    """Not possible in the task's state (someone else holds it, it is closed): a refusal (CLI exit 4),
    not a usage error."""


@dataclass(frozen=True)
class Actor:
    name: str
    role: str = "agent"

    def may(self, action: str) -> bool:
        return self.role in PERMISSIONS.get(action, ROLES)


def actor_from_config(name: str, team: dict[str, Any] | None) -> Actor:
    """`[team] members = { alice = "agent", bob = "lead" }`; unknown people get `default_role`, which
    by default is "supervisor" only while nobody is listed (the one-person setup) and "agent" as soon
    as a team is: a name missing from the list must never gain a lead's rights."""
    team = team or {}
    members = team.get("members", {}) or {}
    default = team.get("default_role") or ("agent" if members else "supervisor")
    role = members.get(name, default)
    if role not in ROLES:
        raise QueueError("[team] role of %(name)s must be one of %(roles)s (got %(got)s)", name=repr(name),
                         roles=", ".join(ROLES), got=repr(role))
    return Actor(name=name, role=role)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime: pass timezone-aware times")
    return value.astimezone(timezone.utc)


def audit(session: Session, actor: Actor, action: str, now: datetime, *, task: TaskRow | None = None,
          inquiry_id: int | None = None, **detail: Any) -> None:
    session.add(AuditRow(at=_utc(now), actor=actor.name, action=action, task_id=task.id if task else None,
                         inquiry_id=inquiry_id if inquiry_id is not None else (task.inquiry_id if task else None),
                         detail={k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in detail.items()}))


def _require(actor: Actor, action: str) -> None:
    if not actor.may(action):
        raise NotAllowed("%(name)s (%(role)s) may not %(action)s: ask a %(who)s", name=actor.name, role=actor.role,
                         action=action.replace("_", " "), who=" or ".join(PERMISSIONS[action]))


def get_task(session: Session, task_id: int) -> TaskRow:
    task = session.get(TaskRow, task_id)
    if task is None:
        raise QueueError("no task with ID %(task)s", task=task_id)
    return task


def check_access(actor: Actor, task: TaskRow, *, owner_only: bool = False) -> None:
    """Suspicious inquiries are for leads and supervisors; someone else's claimed task is too."""
    if task.inquiry is not None and task.inquiry.suspicious:
        _require(actor, "see_suspicious")
    if task.kind == REVIEW:
        _require(actor, "review")
    if owner_only and task.assignee and task.assignee != actor.name:
        _require(actor, "work_on_tasks_of_others")


def _refuse_closed_review(session: Session, task: TaskRow, task_id: int) -> None:
    """A review task a lead has decided on is held no more: say what became of it (dismissed as spy;
    released as genuine, with the reply task to act on), not "held for review: release it or dismiss
    it" (a newcomer's finding: `queue snooze` said so of a task dismissed a moment before)."""
    if task.kind != REVIEW or task.state in OPEN_STATES:
        return
    inquiry = session.get(InquiryRow, task.inquiry_id)
    if task.state == "dismissed" and inquiry is not None and inquiry.dismissed_as:
        raise Refused("task %(task)s is already dismissed as %(kind)s", task=task_id, kind=inquiry.dismissed_as)
    reply = session.scalar(select(TaskRow.id).where(TaskRow.inquiry_id == task.inquiry_id, TaskRow.kind != REVIEW,
                                                    TaskRow.state.in_(OPEN_STATES)).order_by(TaskRow.id).limit(1))
    if task.state == "done" and reply is not None:
        raise Refused("task %(task)s was released as genuine: act on its reply task %(reply)s", task=task_id,
                      reply=reply)
    raise Refused("task %(task)s is already %(state)s", task=task_id, state=task.state)


def claim(session: Session, actor: Actor, now: datetime, task_id: int | None = None) -> TaskRow | None:
    """Claim a given open task, or the top open one (best grade, nearest deadline). None when
    there is nothing left to claim. Two people never get the same task."""
    claimed_at = _utc(now)
    if task_id is not None:
        task = get_task(session, task_id)
        if task.inquiry is not None and task.inquiry.suspicious:
            _require(actor, "see_suspicious")
        _refuse_closed_review(session, task, task_id)
        if task.kind == REVIEW:
            raise QueueError("task %(task)s is a review task: release it (genuine) or dismiss it", task=task_id)
        if task.state == "snoozed" and task.assignee in (None, actor.name):
            # Claiming a snoozed task that is free or one's own wakes it now (as `wake`).
            wake(session, actor, now, task_id)
            session.flush()
            if task.state == "claimed":
                audit(session, actor, "claim", now, task=task)
                return task
        stmt = None
    else:
        stmt = (select(TaskRow.id).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
                .where(TaskRow.state == "open", TaskRow.kind != REVIEW)
                .order_by(_GRADE_ORDER, TaskRow.due_at, TaskRow.id))
        if not actor.may("see_suspicious"):
            stmt = stmt.where(InquiryRow.suspicious.is_(False))
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.limit(1).with_for_update(skip_locked=True, of=TaskRow)  # lock only the row we take
        else:
            stmt = stmt.limit(20)
    while True:
        candidates = [task_id] if stmt is None else list(session.scalars(stmt))
        for candidate in candidates:
            result = session.execute(update(TaskRow).where(TaskRow.id == candidate, TaskRow.state == "open")
                                     .values(state="claimed", assignee=actor.name, claimed_at=claimed_at)
                                     .execution_options(synchronize_session=False))
            if result.rowcount == 1:
                task = session.get(TaskRow, candidate)
                session.refresh(task)
                audit(session, actor, "claim", now, task=task)
                return task
        if stmt is None or not candidates:
            break  # otherwise every candidate was taken meanwhile: read the queue again
    if task_id is not None:
        task = get_task(session, task_id)
        session.refresh(task)
        if task.assignee:
            raise Refused("task %(task)s is %(state)s by %(who)s", task=task_id, state=task.state, who=task.assignee)
        raise Refused("task %(task)s is %(state)s", task=task_id, state=task.state)
    return None


def release(session: Session, actor: Actor, now: datetime, task_id: int,
            plan: ReplyPlanner | None = None) -> TaskRow:
    """A claimed task back to the queue; a review task released as genuine (`release_review`)."""
    _utc(now)  # reject a naive time before changing anything
    task = get_task(session, task_id)
    if task.kind == REVIEW:
        return release_review(session, actor, now, task_id, plan)
    check_access(actor, task)
    if task.state == "snoozed" and task.assignee:  # a held task snoozed: released from the snooze too
        _end_snooze(task)
    if task.state not in OPEN_STATES:  # closed (done, dismissed): refused (CLI exit 4), as every other action
        raise Refused("task %(task)s is already %(state)s", task=task_id, state=task.state)
    if task.state != "claimed":  # open, nobody holds it: a usage error (exit 2)
        raise QueueError("task %(task)s is %(state)s, not claimed", task=task_id, state=task.state)
    if task.assignee != actor.name:
        _require(actor, "release_others")
    previous = task.assignee
    task.state, task.assignee, task.claimed_at = "open", None, None
    audit(session, actor, "release", now, task=task, previous_assignee=previous)
    return task


def assign(session: Session, actor: Actor, now: datetime, task_id: int, to: str) -> TaskRow:
    _require(actor, "assign")
    task = get_task(session, task_id)
    if task.state not in OPEN_STATES:
        raise Refused("task %(task)s is %(state)s", task=task_id, state=task.state)
    _require_stored_user(session, to)
    previous = task.assignee
    task.state, task.assignee, task.claimed_at = "claimed", to, _utc(now)
    audit(session, actor, "assign", now, task=task, to=to, previous_assignee=previous)
    return task


def _require_stored_user(session: Session, name: str) -> None:
    """Once people are stored (`users add`), a task goes only to one of them: an unknown name (a typo)
    could never log in to work it, nor can a disabled one. With nobody stored (the one-person setup)
    any name goes, as before."""
    disabled = session.scalar(select(UserRow.disabled).where(UserRow.name == name))
    if disabled:
        raise Refused("%(name)s is disabled: enable them first (`inquiry-triage users enable NAME`) or assign "
                      "the task to someone else", name=repr(name))
    if disabled is not None:
        return
    if session.scalar(select(UserRow.id).limit(1)) is not None:
        raise Refused("%(name)s is not a stored user (see `inquiry-triage users list`): add them first with "
                      "`inquiry-triage users add NAME`", name=repr(name))


def add_note(session: Session, actor: Actor, now: datetime, task_id: int, content: str, action: str = "note") -> NoteRow:
    if not content.strip():
        raise QueueError("a note needs some text")
    task = get_task(session, task_id)
    check_access(actor, task, owner_only=True)  # agents: their own or unclaimed tasks (README "Roles")
    note = NoteRow(inquiry_id=task.inquiry_id, task_id=task.id, author=actor.name, action=action, content=content,
                   created_at=_utc(now))
    session.add(note)
    audit(session, actor, "note", now, task=task, action_label=action)
    return note


def record_reply(session: Session, actor: Actor, now: datetime, task_id: int, *, channel: str | None = None,
                 kind: str = "reply", sent_at: datetime | None = None,
                 calendar: BusinessCalendar | None = None) -> ReplyRow:
    """A reply went out: record it, close the task. Follow-ups are planned by `followups.plan`.
    Its response time since the inquiry's receipt is kept for `report sla` (business seconds too,
    given the seller's BusinessCalendar). No `channel`: the way the buyer came (reply_channel_of)."""
    if channel is not None:
        channel = reply_channel(channel)
    task = get_task(session, task_id)
    check_access(actor, task, owner_only=True)
    if task.state in ("done", "dismissed"):
        raise Refused("task %(task)s is already %(state)s", task=task_id, state=task.state)
    inquiry = session.get(InquiryRow, task.inquiry_id)
    if channel is None:
        channel = reply_channel_of(inquiry.channel if inquiry is not None else "email")
    reply = ReplyRow(inquiry_id=task.inquiry_id, task_id=task.id, author=actor.name, channel=channel, kind=kind,
                     product=(inquiry.product if inquiry else "")[:256], sent_at=_utc(sent_at or now))
    if inquiry is not None:
        from ..reports.response_time import note_reply, receipt_of, response_times

        reply.response_s, reply.response_business_s, reply.response_calendar = response_times(
            receipt_of(inquiry), reply.sent_at, calendar)
        note_reply(inquiry, reply)  # report sla reads the first reply's facts from the inquiry row
    session.add(reply)
    if inquiry is not None:
        inquiry.followup_from = reply.sent_at  # the buyer's silence counts from here (queue/followups.py)
    task.state, task.done_at = "done", _utc(now)
    task.assignee = task.assignee or actor.name
    audit(session, actor, "reply", now, task=task, channel=channel, kind=kind)
    return reply


def snooze(session: Session, actor: Actor, now: datetime, task_id: int, *, until: datetime | None = None,
           until_buyer_writes: bool = False) -> TaskRow:
    if until is None and not until_buyer_writes:
        raise QueueError("snooze until a time, or until the buyer writes again")
    _utc(now)
    snoozed_until = _utc(until) if until else None
    if snoozed_until is not None and snoozed_until <= _utc(now):
        # A past time would wake it on the next round: almost surely a typo (scheduling/when.py reads the words).
        raise QueueError("snooze until %(at)s: that is not in the future", at=snoozed_until)
    task = get_task(session, task_id)
    check_access(actor, task, owner_only=True)
    _refuse_closed_review(session, task, task_id)
    if task.kind == REVIEW:  # held for review: no reply deadline to put off until a lead releases it
        raise Refused("task %(task)s is held for review: release it to the queue (genuine) or dismiss it",
                      task=task_id)
    if task.state not in OPEN_STATES:
        raise Refused("task %(task)s is %(state)s", task=task_id, state=task.state)
    task.state = "snoozed"
    task.snoozed_until = snoozed_until
    task.snooze_until_buyer_writes = until_buyer_writes
    audit(session, actor, "snooze", now, task=task, until=until, until_buyer_writes=until_buyer_writes)
    return task


def _end_snooze(task: TaskRow) -> None:
    """Back to its holder (claimed) or to the queue (open), as the scheduler wakes it."""
    task.state = "claimed" if task.assignee else "open"
    task.snoozed_until = None
    task.snooze_until_buyer_writes = False


def wake(session: Session, actor: Actor, now: datetime, task_id: int) -> TaskRow:
    """Wake a snoozed task before its time (the buyer phoned, the price came early): one's own goes
    back to being claimed by them, an unclaimed one back to the queue. A colleague's: leads only."""
    _utc(now)
    task = get_task(session, task_id)
    check_access(actor, task, owner_only=True)
    if task.state != "snoozed":
        raise Refused("task %(task)s is %(state)s, not snoozed", task=task_id, state=task.state)
    _end_snooze(task)
    audit(session, actor, "wake", now, task=task)
    return task


def wake_snoozed(session: Session, now: datetime) -> list[TaskRow]:
    """Snoozed tasks whose time has come go back to open (run by the daemon's reminder job)."""
    now = _utc(now)
    woken = []
    for task in session.scalars(select(TaskRow).where(TaskRow.state == "snoozed", TaskRow.snoozed_until <= now)):
        if as_utc(task.snoozed_until) <= now:
            task.state = "claimed" if task.assignee else "open"
            task.snoozed_until = None
            woken.append(task)
    return woken


def done(session: Session, actor: Actor, now: datetime, task_id: int) -> TaskRow:
    task = get_task(session, task_id)
    check_access(actor, task, owner_only=True)
    _refuse_closed_review(session, task, task_id)
    if task.kind == REVIEW:  # "done" is no verdict: closed so, it left neither a release nor a dismissal behind
        raise Refused("task %(task)s is held for review, done is no verdict: `queue genuine %(task)s` releases it "
                      "to the queue, `queue dismiss %(task)s --as spam|spy|duplicate` dismisses it", task=task_id)
    if task.state in ("done", "dismissed"):
        raise Refused("task %(task)s is already %(state)s", task=task_id, state=task.state)
    task.state, task.done_at = "done", _utc(now)
    audit(session, actor, "done", now, task=task)
    return task


@dataclass(frozen=True)
class Dismissal:
    """What a dismissal did: the task, the verdict given, whether the task was a review task (else an
    inquiry triage did not flag: the team's word that the rules missed it), and the verdict it replaced."""

    task: TaskRow
    kind: str
    review: bool
    previous: str | None = None  # spam / spy / duplicate / genuine given earlier; None: the first verdict
    # The team's word that the rules missed it: spam or spy on an inquiry triage did not flag (a duplicate
    # is no miss, and a reply task made by releasing a flagged inquiry was flagged).
    missed_by_rules: bool = False


def dismiss(session: Session, actor: Actor, now: datetime, task_id: int, as_: str) -> TaskRow:
    """Dismiss as spam / spy / duplicate (see `dismissal`); returns the task."""
    return dismissal(session, actor, now, task_id, as_).task


def dismissal(session: Session, actor: Actor, now: datetime, task_id: int, as_: str) -> Dismissal:
    """Dismiss as spam / spy / duplicate: kept on the inquiry as feedback for tuning the rules;
    its other open tasks (follow-ups) are closed too. Meant for review tasks; on a reply task (an
    inquiry triage did not flag) it is the team's word that the rules missed it, and the caller says
    so. A verdict that replaces an earlier one (spam -> spy, genuine -> spam) is said and audited;
    the same verdict again is refused (nothing would change)."""
    _require(actor, "dismiss")
    _utc(now)
    as_ = DISMISS_ALIASES.get(as_, as_)
    if as_ not in DISMISS_KINDS:
        raise QueueError("dismiss --as must be one of %(kinds)s", kinds=", ".join(DISMISS_KINDS))
    task = get_task(session, task_id)
    inquiry = session.get(InquiryRow, task.inquiry_id)
    previous = (inquiry.dismissed_as or (inquiry.verdict if inquiry.verdict == "genuine" else None)) \
        if inquiry is not None else None
    if previous == as_ and task.state == "dismissed":
        raise Refused("task %(task)s is already dismissed as %(kind)s", task=task_id, kind=as_)
    if inquiry is not None:
        inquiry.dismissed_as = as_
        if as_ in ("spam", "spy"):
            inquiry.verdict = None  # the team's latest word counts for `learn`
    for other in session.scalars(select(TaskRow).where(TaskRow.inquiry_id == task.inquiry_id,
                                                       TaskRow.state.in_(OPEN_STATES))):
        other.state, other.done_at = "dismissed", _utc(now)
    task.state = "dismissed"
    audit(session, actor, "dismiss", now, task=task, dismissed_as=as_,
          **({"previous_verdict": previous} if previous and previous != as_ else {}))
    flagged = task.kind == REVIEW or session.scalar(  # a review task: flagged at triage, released or not
        select(TaskRow.id).where(TaskRow.inquiry_id == task.inquiry_id, TaskRow.kind == REVIEW).limit(1)) is not None
    return Dismissal(task=task, kind=as_, review=task.kind == REVIEW, previous=previous if previous != as_ else None,
                     missed_by_rules=not flagged and as_ in ("spam", "spy"))


def release_review(session: Session, actor: Actor, now: datetime, task_id: int,
                   plan: ReplyPlanner | None) -> TaskRow:
    """A lead's word that a suspicious inquiry is a real buyer: the review task is closed, the
    verdict "genuine" stored (a ham example for `learn`), and a reply task made, due from the
    inquiry's arrival (`plan`: the same arithmetic as triage) with its draft. Returns the reply task."""
    _require(actor, "review")
    _utc(now)
    task = get_task(session, task_id)
    if task.kind != REVIEW:
        raise QueueError("task %(task)s is a %(kind)s task, not a review task", task=task_id, kind=task.kind)
    inquiry = session.get(InquiryRow, task.inquiry_id)
    # A lead may overturn a spam/spy dismissal: the verdict becomes genuine and the inquiry gets its reply
    # task as a release would have given it (the audit row keeps the dismissal it replaced). A duplicate
    # is not released: the inquiry it repeats is the one to answer.
    if task.state == "dismissed" and inquiry is not None and inquiry.dismissed_as == "duplicate":
        raise Refused("task %(task)s is already dismissed as duplicate: answer the inquiry it repeats",
                      task=task_id)
    if task.state not in OPEN_STATES and not (task.state == "dismissed" and inquiry is not None
                                              and inquiry.dismissed_as in ("spam", "spy")):
        raise Refused("task %(task)s is already %(state)s", task=task_id, state=task.state)
    if plan is None:
        raise QueueError("releasing a review task needs the reply planner (queue/review.reply_planner)")
    if inquiry is None:
        raise QueueError("task %(task)s has no inquiry", task=task_id)
    planned = plan(inquiry, task.grade)
    previous = _mark_genuine(inquiry)
    task.state, task.done_at, task.assignee = "done", _utc(now), task.assignee or actor.name
    reply = TaskRow(kind="reply", state="open", grade=task.grade, due_at=_utc(planned.due), created_at=_utc(now),
                    due_note=planned.note)
    inquiry.tasks.append(reply)
    inquiry.draft = planned.draft
    session.flush()
    session.add(NoteRow(inquiry_id=inquiry.id, task_id=task.id, author=actor.name, action="release",
                        content=f"reviewed: genuine; reply task {reply.id} due "
                                f"{_utc(planned.due).isoformat(timespec='minutes')} (counted from arrival)",
                        created_at=_utc(now)))
    audit(session, actor, "release-review", now, task=task, reply_task=reply.id, reply_due=_utc(planned.due),
          **previous)
    return reply


def _mark_genuine(inquiry: InquiryRow) -> dict[str, Any]:
    """The verdict "genuine": clears an earlier spam/spy dismissal and the suspicious flag (agents
    see it then); the triage result as computed stays in `result`. Returns what it was before."""
    previous = {"previous_verdict": inquiry.verdict, "previous_dismissed_as": inquiry.dismissed_as,
                "was_suspicious": inquiry.suspicious}
    inquiry.verdict = "genuine"
    if inquiry.dismissed_as in ("spam", "spy"):
        inquiry.dismissed_as = None
        inquiry.followup_from = LOOK_AGAIN  # its follow-ups were set aside as dismissed (queue/followups.py)
    inquiry.suspicious = False
    return previous


def genuine(session: Session, actor: Actor, now: datetime, task_id: int, plan: ReplyPlanner | None = None) -> TaskRow:
    """The team's word that a (flagged) inquiry is a real buyer: a ham example for `learn`.

    On an open review task it is `release_review` (returns the new reply task). On another task
    it stores the verdict (see `_mark_genuine`); the audit row keeps what changed.
    """
    _require(actor, "genuine")
    _utc(now)
    task = get_task(session, task_id)
    if task.kind == REVIEW and task.state in OPEN_STATES:
        return release_review(session, actor, now, task_id, plan)
    # A closed review task (dismissed, then the team changed its mind): the verdict is corrected.
    inquiry = session.get(InquiryRow, task.inquiry_id)
    if inquiry is None:
        raise QueueError("task %(task)s has no inquiry", task=task_id)
    previous = _mark_genuine(inquiry)
    audit(session, actor, "genuine", now, task=task, **previous)
    return task


def escalate(session: Session, actor: Actor, now: datetime, task_id: int, reason: str = "") -> TaskRow:
    task = get_task(session, task_id)
    check_access(actor, task, owner_only=True)
    if task.state not in OPEN_STATES:
        raise Refused("task %(task)s is %(state)s", task=task_id, state=task.state)
    if task.escalated_at is not None:  # once is enough: a second would record a second escalation
        raise Refused("task %(task)s is already escalated", task=task_id)
    task.escalated_at = _utc(now)
    if reason:
        session.add(NoteRow(inquiry_id=task.inquiry_id, task_id=task.id, author=actor.name, action="escalate",
                            content=reason, created_at=_utc(now)))
    audit(session, actor, "escalate", now, task=task, reason=reason)
    return task
