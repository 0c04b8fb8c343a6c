"""`status`: at a glance, does anything need attention? Per mailbox folder, the scheduler, the queue.

A mailbox is stale when its last successful poll is older than `stale_after` of ITS OWN intervals
([mailboxes.NAME] interval); the scheduler (the daemon's rounds or a cron `tick`) when its last
round is older than `stale_after` of [scheduler] interval_minutes. `healthy` is False when any of
them is failing or stale, or when snoozed tasks are past their wake-up time with no scheduler round
ever run (nothing is going to wake them). Pure apart from the session; `now` is passed in.

The queue figures are the reply work someone should act on now: open and claimed reply tasks, and
snoozed ones whose snooze has ended; "overdue" is those of them past their deadline. A task snoozed
until later is not actionable yet: past its deadline it is counted apart ("snoozed_overdue"), while
`report sla` still counts its missed deadline (backlog, overdue, breach).

The headline (JSON "health"): HEALTHY ("healthy"); NEEDS ATTENTION ("needs attention", exit 3) when
a mailbox or the scheduler needs a look; and, when those are fine but reply work is past its
deadline, "ATTENTION: N overdue reply task(s) to act on now" ("overdue work"; still exit 0: late
replies are the team's work, shown here and in the queue, not a failure for a monitor to page on).

Every count reads an index or a counter (issue 10): live tasks from ix_tasks_live_counts in one pass,
snoozed ones in one statement (both bounded by the live tasks: their deadlines and snoozes move with
`now`), inquiries per status from the counters the database keeps (reports/counts.py, migration
0011: PostgreSQL counting every inquiry took ~100 ms at a million).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select, union_all
from sqlalchemy.orm import Session

from ..queue.rounds import DEFAULT_INTERVAL_MINUTES, last_round
from ..safe_text import for_terminal as shown
from ..sentences import Sentence
from ..store.models import InquiryRow, MailboxFolderRow, TaskRow, as_utc
from . import counts

DEFAULT_POLL_SECONDS = 120.0  # a mailbox's interval when the configuration does not say (daemon.DEFAULT_INTERVAL)
DEFAULT_STALE_AFTER = 3.0  # [scheduler] stale_after_intervals


@dataclass(frozen=True)
class Expectations:
    """How often things should happen, from the configuration."""

    mailbox_seconds: dict[str, float] = field(default_factory=dict)  # configured mailboxes -> interval
    any_configured: bool = False  # False: mailboxes come from --url, every one polled counts
    scheduler_minutes: float = DEFAULT_INTERVAL_MINUTES
    stale_after: float = DEFAULT_STALE_AFTER


def expectations_from_config(config: Any) -> Expectations:
    """Read intervals without building the mailboxes (no password is needed to ask for status)."""
    tables = config.get("mailboxes", {}) or {}
    seconds = {}
    if isinstance(tables, dict):
        for name, table in tables.items():
            value = table.get("interval", DEFAULT_POLL_SECONDS) if isinstance(table, dict) else DEFAULT_POLL_SECONDS
            seconds[name] = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else DEFAULT_POLL_SECONDS
    factor = config.get("scheduler.stale_after_intervals", DEFAULT_STALE_AFTER)
    minutes = config.get("scheduler.interval_minutes", DEFAULT_INTERVAL_MINUTES)
    good = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0  # noqa: E731
    return Expectations(mailbox_seconds=seconds, any_configured=bool(seconds),
                        scheduler_minutes=float(minutes) if good(minutes) else DEFAULT_INTERVAL_MINUTES,
                        stale_after=float(factor) if good(factor) and factor >= 1 else DEFAULT_STALE_AFTER)


class _Name(str):
    """A name in a sentence (a mailbox 'info', a folder): shown as it is, never looked up as a catalogue word."""


def _ago(now: datetime, then: datetime | None) -> Sentence:
    if then is None:
        return Sentence("never")
    minutes = int((now - then).total_seconds() // 60)
    return Sentence("%(n)s min ago", n=minutes) if minutes < 120 else Sentence("%(n)s h ago", n=minutes // 60)


def collect_status(session: Session, now: datetime, expect: Expectations | None = None, *,
                   use_counters: bool = True) -> dict[str, Any]:
    expect = expect or Expectations()
    now = as_utc(now)
    attention: list[str] = []
    folders = []
    for row in session.scalars(select(MailboxFolderRow).order_by(MailboxFolderRow.mailbox, MailboxFolderRow.folder)):
        success, error_at = as_utc(row.last_success_at), as_utc(row.last_error_at)
        failing = error_at is not None and (success is None or error_at > success)
        configured = row.mailbox in expect.mailbox_seconds or not expect.any_configured
        interval = expect.mailbox_seconds.get(row.mailbox, DEFAULT_POLL_SECONDS)
        stale_after = timedelta(seconds=interval * expect.stale_after)
        stale = success is None or now - success > stale_after
        state = "failing" if failing else "stale" if stale else "ok"
        if not configured:
            state = "not configured"  # polled once, since removed from the configuration: no longer watched
        elif state != "ok":
            attention.append(Sentence("mailbox %(mailbox)s/%(folder)s is %(state)s", mailbox=_Name(row.mailbox),
                                      folder=_Name(row.folder), state=Sentence(state)))
        folders.append({
            "mailbox": row.mailbox, "folder": row.folder, "state": state,
            "last_success": success.isoformat(timespec="seconds") if success else None,
            "stale_after_seconds": int(stale_after.total_seconds()),
            "last_error": row.last_error if failing else None,
            "last_error_at": error_at.isoformat(timespec="seconds") if error_at else None,
            "failures_in_a_row": row.failures, "seen": row.seen, "triaged": row.triaged, "failed": row.failed,
            "uidvalidity": row.uidvalidity, "last_uid": row.last_uid,
        })

    by_grade, overdue, in_review = _live_tasks(session, now)
    # Snoozed until later (or until the buyer writes) and past the deadline: nobody is to act on them
    # yet, so they are not "overdue" here; shown apart so nothing hides (report sla counts them: a
    # missed deadline is a breach whether or not the task was snoozed).
    snoozed = _snoozed_tasks(session, now)
    for grade, n in snoozed.woken_by_grade.items():
        by_grade[grade] = by_grade.get(grade, 0) + n
    overdue += snoozed.woken_overdue
    snoozed_overdue, sleeping = snoozed.overdue_later, snoozed.woken_any
    last, by = last_round(session)
    scheduler_stale_after = timedelta(minutes=expect.scheduler_minutes * expect.stale_after)
    if last is None:
        scheduler_state = "never"
        if sleeping:
            attention.append(Sentence("%(n)s snoozed task(s) past their wake-up time and no scheduler round has "
                                      "ever run (start the daemon, or run `inquiry-triage tick` from cron)", n=sleeping))
        elif overdue:
            attention.append(Sentence("%(n)s overdue reply task(s) and no scheduler round has ever run: nobody is "
                                      "reminded or escalated (start the daemon, or run `inquiry-triage tick` from "
                                      "cron)", n=overdue))
    elif now - last > scheduler_stale_after:
        scheduler_state = "stale"
        attention.append(Sentence("the scheduler's last round was %(ago)s (by %(by)s): the daemon or the cron `tick` "
                                  "has stopped", ago=_ago(now, last), by=_Name(by or "?")))
    else:
        scheduler_state = "ok"

    statuses = counts.by_status(session) if use_counters else _inquiries_by_status(session)
    health = "needs attention" if attention else "overdue work" if overdue else "healthy"
    return {"healthy": not attention, "health": health, "attention": attention,
            "checked_at": now.isoformat(timespec="seconds"),
            "mailboxes": folders,
            "scheduler": {"state": scheduler_state, "last_round": last.isoformat(timespec="seconds") if last else None,
                          "by": by or None, "stale_after_seconds": int(scheduler_stale_after.total_seconds()),
                          "snoozed_past_wake_up": sleeping},
            "queue": {"open_by_grade": {g: by_grade.get(g, 0) for g in "ABCD"}, "overdue": overdue,
                      "snoozed_overdue": snoozed_overdue, "in_review": in_review or 0},
            # superseded: failed in a run, their source triaged by a later one (kept with their raw bytes)
            "inquiries": {"triaged": statuses.get("triaged", 0), "failed": statuses.get("failed", 0),
                          "superseded": statuses.get("superseded", 0)}}


def _live_tasks(session: Session, now: datetime) -> tuple[dict[str, int], int, int]:
    """Open and claimed tasks: the reply work by grade (every kind but review: suspicious mail for
    leads is outside the reply SLA), how many of it are past their deadline, and the review tasks.
    One pass over ix_tasks_live_counts (state, kind, grade, due_at) alone."""
    late = func.sum(case((TaskRow.due_at < now, 1), else_=0))
    by_grade: dict[str, int] = {}
    overdue = in_review = 0
    # Grouped in the index's own order (no sort): a few rows per state, kind and grade.
    for kind, grade, n, n_late in session.execute(
            select(TaskRow.kind, TaskRow.grade, func.count(), late).where(TaskRow.state.in_(("open", "claimed")))
            .group_by(TaskRow.state, TaskRow.kind, TaskRow.grade)):
        if kind == "review":
            in_review += n
        else:
            by_grade[grade] = by_grade.get(grade, 0) + n
            overdue += int(n_late or 0)
    return by_grade, overdue, in_review


@dataclass
class _Snoozed:
    woken_by_grade: dict[str, int] = field(default_factory=dict)  # reply work whose snooze has ended
    woken_overdue: int = 0  # ... and is past its deadline: work due now
    overdue_later: int = 0  # reply work past its deadline, snoozed until later or until the buyer writes
    woken_any: int = 0  # every kind whose snooze has ended (the scheduler's next round wakes them)


def _snoozed_tasks(session: Session, now: datetime) -> _Snoozed:
    """The snoozed tasks in one statement, by kind (review or not), grade, snooze ended, overdue;
    a snooze "until the buyer writes" (no time) never ends by the clock."""
    review = case((TaskRow.kind == "review", 1), else_=0)
    woken = case((TaskRow.snoozed_until <= now, 1), else_=0)
    late = case((TaskRow.due_at < now, 1), else_=0)
    out = _Snoozed()
    for is_review, grade, is_woken, is_late, n in session.execute(
            select(review, TaskRow.grade, woken, late, func.count()).where(TaskRow.state == "snoozed")
            .group_by(review, TaskRow.grade, woken, late)):
        if is_woken:
            out.woken_any += n
        if is_review:
            continue
        if is_woken:
            out.woken_by_grade[grade] = out.woken_by_grade.get(grade, 0) + n
            out.woken_overdue += n if is_late else 0
        elif is_late:
            out.overdue_later += n
    return out


def _inquiries_by_status(session: Session) -> dict[str, int]:
    """Inquiries per status from the inquiries (the reference for the counters the database keeps,
    reports/counts.by_status): triaged = all (SQLite counts a table without reading its rows) - the
    others, which are few (failed items), counted from their ranges of ix_inquiries_status on both
    sides of "triaged". PostgreSQL counts every row: ~100 ms at a million."""
    total = session.scalar(select(func.count()).select_from(InquiryRow)) or 0
    # Two range scans joined by UNION ALL: given the OR, SQLite walks the whole index.
    ranges = union_all(select(InquiryRow.status).where(InquiryRow.status < "triaged"),
                       select(InquiryRow.status).where(InquiryRow.status > "triaged")).subquery("others")
    others = dict(session.execute(select(ranges.c.status, func.count()).group_by(ranges.c.status)).all())
    return {**others, "triaged": total - sum(others.values())}


def render_status(data: dict[str, Any], language: str = "en") -> str:
    """The status page for a terminal; its own words in `language` (queue/cli_words: --lang, else
    $INQUIRY_TRIAGE_LANG) and its attention lines (Sentences: their msgid and values); names and server
    texts as they are."""
    from ..queue.cli_words import error_words, said, say

    def t(msgid: str, **values: Any) -> str:
        return say(language, msgid, **values)

    overdue = data["queue"]["overdue"]
    if not data["healthy"]:
        headline = t("NEEDS ATTENTION")
    elif overdue:  # the machinery is fine, the work is not: not "HEALTHY" while replies are late
        headline = t("ATTENTION: %(n)s overdue reply task(s) to act on now (mailboxes and scheduler fine)", n=f"{overdue:,}")
    else:
        headline = t("HEALTHY")
    lines = [headline + t("  (checked %(at)s)", at=data["checked_at"])]
    lines += [f"  ! {shown(said(language, item))}" for item in data.get("attention", [])]  # a Sentence: worded
    lines.append("")
    if not data["mailboxes"]:
        lines.append(t("No mailbox has been polled yet (inquiry-triage poll --once, or the daemon)."))
    for m in data["mailboxes"]:
        # Folder names and error texts come from the IMAP server: shown() keeps them from driving the terminal.
        lines.append(f"{shown(m['mailbox'])}/{shown(m['folder'])}: "
                     + t("%(state)s  last success %(at)s  seen %(seen)s  triaged %(triaged)s  failed %(failed)s",
                         state=m["state"].upper() if language == "en" else t(m["state"]),
                         at=m["last_success"] or t("never"), seen=m["seen"], triaged=m["triaged"], failed=m["failed"]))
        if m["last_error"]:
            lines.append("    " + t("last error (%(at)s, %(n)s in a row): %(error)s", at=m["last_error_at"],
                                    n=m["failures_in_a_row"], error=shown(error_words(language, m["last_error"]))))
    s = data.get("scheduler")
    if s:
        lines.append(t("scheduler: %(state)s  last round %(at)s", state=s["state"].upper() if language == "en"
                       else t(s["state"]), at=s["last_round"] or t("never"))
                     + (t(" by %(who)s", who=s["by"]) if s["by"] else "")
                     + (t(" (run the daemon, or `inquiry-triage tick` from cron)") if s["state"] == "never" else ""))
    q = data["queue"]
    grades = "  ".join(f"{g} {n}" for g, n in q["open_by_grade"].items())
    snoozed = q.get("snoozed_overdue", 0)
    superseded = data["inquiries"].get("superseded", 0)
    lines += ["", t("queue: %(grades)s   overdue %(overdue)s (to act on now", grades=grades, overdue=q["overdue"])
              + (t("; %(n)s more past due but snoozed", n=snoozed) if snoozed else "")
              + t(")   in review %(n)s", n=q["in_review"]),
              t("inquiries: %(triaged)s triaged, %(failed)s failed", triaged=data["inquiries"]["triaged"],
                failed=data["inquiries"]["failed"])
              + (t(" (%(n)s earlier failure(s) since triaged by a later run)", n=superseded) if superseded else "")]
    return "\n".join(lines) + "\n"
