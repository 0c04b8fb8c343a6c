"""Task actions from the web: the queue's own operations (queue/operations.py: roles, audit rows),
behind an optimistic lock so a form read from an older state of the task changes nothing.

A form carries the task's `version` and `mark` (its newest audit row id) as they were when the page
was made. Before acting, the task must still be at both: the audit mark catches a change made by
anyone (the CLI, the scheduler, another browser); the conditional `UPDATE tasks SET version =
version + 1 WHERE id = ? AND version = ?` (the transaction's first write) makes two browsers racing
on the same version end with exactly one winner. The loser is told "changed by NAME at TIME".
Notes are append-only and conflict with nothing: they need no fresh form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.orm import Session

from ..queue import operations as ops
from ..queue.views import last_change
from ..store.models import TaskRow, as_utc
from .i18n import Said, said

if TYPE_CHECKING:
    from ..config import Config

ACTIONS = ("claim", "release", "note", "snooze", "wake", "done", "assign", "reply", "quote", "escalate", "dismiss")
GUARDED = ("claim", "release", "snooze", "wake", "done", "assign", "reply", "quote", "escalate", "dismiss")  # refused on a stale form
REPLY_CHANNELS = ops.REPLY_CHANNELS  # where a reply "sent elsewhere" went
# A lead's verdicts on a suspicious inquiry, worded once: the review page's bulk buttons and the task
# page's buttons say the same words for the same action (locale/zh.po has each once).
VERDICT_WORDS = {
    "genuine": "Release to the queue (genuine)",
    "spam": "Dismiss as spam/scam",
    "spy": "Dismiss as spy",
    "duplicate": "Dismiss as duplicate",
}


class StaleForm(ops.QueueError):
    """The task changed since the form was made. `said`: the sentence, worded for each viewer."""

    def __init__(self, sentence: Said) -> None:
        super().__init__(sentence.msgid, **sentence.values)


@dataclass(frozen=True)
class Form:
    version: int
    mark: int
    text: str = ""
    until: str = ""
    until_reply: bool = False
    to: str = ""
    channel: str = "email"
    quote: bool = False
    dismiss_as: str = ""  # dismiss: spam (scam), spy or duplicate


def _stale_message(session: Session, task_id: int, config: Config) -> Said:
    last = last_change(session, task_id)
    if last is None:
        return said("task %(task)s changed since this page was loaded: reload it", task=task_id)
    return said("changed by %(who)s at %(at)s: reload the task and try again", who=last.actor, at=as_utc(last.at))


def ensure_fresh(session: Session, task_id: int, form: Form, config: Config) -> None:
    """Raise StaleForm unless the task is still as the form saw it; else take the version (bump it)."""
    last = last_change(session, task_id)
    if last is not None and last.id > form.mark:
        raise StaleForm(_stale_message(session, task_id, config))
    result = session.execute(update(TaskRow).where(TaskRow.id == task_id, TaskRow.version == form.version)
                             .values(version=TaskRow.version + 1).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        if session.get(TaskRow, task_id) is None:
            raise ops.QueueError("no task with ID %(task)s", task=task_id)
        raise StaleForm(_stale_message(session, task_id, config))


def perform(session: Session, actor: ops.Actor, now: datetime, task_id: int, action: str, form: Form,
            config: Config) -> Said:
    """Do `action` on the task for `actor`; returns what happened, in a line (worded per viewer). Raises QueueError
    (NotAllowed, StaleForm) or ValueError (words `until` cannot read) and changes nothing then:
    the caller rolls the transaction back."""
    if action not in ACTIONS:
        raise ops.QueueError("unknown action %(action)s", action=repr(action))
    if action in GUARDED:
        ensure_fresh(session, task_id, form, config)
    if action == "claim":
        task = ops.claim(session, actor, now, task_id)
        return said("claimed task %(task)s for %(name)s", task=task_id, name=actor.name) if task is not None else \
            said("Nothing to claim: the queue is empty.")
    if action == "release":
        task = ops.get_task(session, task_id)
        if task.kind == "review":
            from ..queue.review import lazy_planner

            reply = ops.release_review(session, actor, now, task_id, lazy_planner(config, now))
            return said("review task %(task)s: genuine; reply task %(reply)s made", task=task_id, reply=reply.id)
        ops.release(session, actor, now, task_id)
        return said("released task %(task)s", task=task_id)
    if action == "note":
        ops.add_note(session, actor, now, task_id, form.text.strip())
        return said("note added to task %(task)s", task=task_id)
    if action == "snooze":
        from ..queue.views import seller_calendar
        from ..queue.snooze_words import snooze_until

        if form.until.strip() and form.until_reply:  # as the CLI refuses --until with --until-reply
            raise ops.QueueError("snooze until a time or until the buyer writes, not both")
        until = snooze_until(form.until, now, seller_calendar(config)) if form.until.strip() else None
        ops.snooze(session, actor, now, task_id, until=until.at if until else None, until_buyer_writes=form.until_reply)
        return (said("snoozed task %(task)s until %(at)s", task=task_id, at=until.at) if until else
                said("snoozed task %(task)s until the buyer writes again", task=task_id))
    if action == "wake":  # a snoozed task back to work now, as `queue wake ID`
        task = ops.wake(session, actor, now, task_id)
        return (said("woke task %(task)s: claimed by %(name)s", task=task_id, name=task.assignee) if task.assignee else
                said("woke task %(task)s: back in the queue", task=task_id))
    if action == "done":
        ops.done(session, actor, now, task_id)
        return said("task %(task)s done", task=task_id)
    if action in ("reply", "quote"):  # a quotation: its own action, recorded as kind quote (RFQ follow-ups count from it)
        from ..queue.views import seller_calendar

        # The CLI's check and refusal (ops.reply_channel: the channel table's words, model.CHANNEL_CHOICES).
        channel = ops.reply_channel(form.channel)
        quote = action == "quote" or form.quote  # form.quote: the reply form's old checkbox, still honoured
        ops.record_reply(session, actor, now, task_id, channel=channel, kind="quote" if quote else "reply",
                         calendar=seller_calendar(config))
        if quote:
            return said("recorded the quotation (%(channel)s) for task %(task)s; task done", channel=channel,
                        task=task_id)
        return said("recorded the reply (%(channel)s) for task %(task)s; task done", channel=channel, task=task_id)
    if action == "dismiss":  # a lead's verdict on a task held for review, as `queue dismiss ID --as KIND`
        done = ops.dismissal(session, actor, now, task_id, form.dismiss_as.strip().lower())
        if done.previous:
            return said("task %(task)s dismissed as %(kind)s; this replaces the earlier verdict %(previous)s",
                        task=task_id, kind=done.kind, previous=done.previous)
        if done.missed_by_rules:
            return said("task %(task)s dismissed as %(kind)s (a reply task: triage did not flag this inquiry)",
                        task=task_id, kind=done.kind)
        return said("task %(task)s dismissed as %(kind)s", task=task_id, kind=done.kind)
    if action == "escalate":
        ops.escalate(session, actor, now, task_id, form.text.strip())
        return said("task %(task)s escalated", task=task_id)
    if not form.to.strip():  # assign
        raise ops.QueueError("assign: to whom?")
    ops.assign(session, actor, now, task_id, form.to.strip())
    return said("assigned task %(task)s to %(name)s", task=task_id, name=form.to.strip())


def claim_next(session: Session, actor: ops.Actor, now: datetime) -> int | None:
    """Claim the top open task (best grade, nearest deadline) for `actor`: its ID, or None when none is left."""
    task = ops.claim(session, actor, now)
    if task is None:
        return None
    session.execute(update(TaskRow).where(TaskRow.id == task.id).values(version=TaskRow.version + 1)
                    .execution_options(synchronize_session=False))
    return task.id
