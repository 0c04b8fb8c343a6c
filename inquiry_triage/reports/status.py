"""`status`: at a glance, is the daemon healthy? Per mailbox folder and for the queue."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..safe_text import for_terminal as shown
from ..store.models import InquiryRow, MailboxFolderRow, TaskRow, as_utc

STALE_AFTER = timedelta(minutes=30)  # no successful poll for this long: unhealthy


def collect_status(session: Session, now: datetime) -> dict[str, Any]:
    folders = []
    healthy = True
    for row in session.scalars(select(MailboxFolderRow).order_by(MailboxFolderRow.mailbox, MailboxFolderRow.folder)):
        success, error_at = as_utc(row.last_success_at), as_utc(row.last_error_at)
        failing = error_at is not None and (success is None or error_at > success)
        stale = success is None or now - success > STALE_AFTER
        healthy = healthy and not failing and not stale
        folders.append({
            "mailbox": row.mailbox, "folder": row.folder, "state": "failing" if failing else "stale" if stale else "ok",
            "last_success": success.isoformat(timespec="seconds") if success else None,
            "last_error": row.last_error if failing else None,
            "last_error_at": error_at.isoformat(timespec="seconds") if error_at else None,
            "failures_in_a_row": row.failures, "seen": row.seen, "triaged": row.triaged, "failed": row.failed,
            "uidvalidity": row.uidvalidity, "last_uid": row.last_uid,
        })
    open_states = ("open", "claimed")
    by_grade = dict(session.execute(select(TaskRow.grade, func.count()).where(TaskRow.state.in_(open_states))
                                    .group_by(TaskRow.grade)).all())
    overdue = session.scalar(select(func.count()).select_from(TaskRow).where(
        TaskRow.state.in_(open_states), TaskRow.due_at < as_utc(now)))
    statuses = dict(session.execute(select(InquiryRow.status, func.count()).group_by(InquiryRow.status)).all())
    return {"healthy": healthy, "checked_at": now.isoformat(timespec="seconds"), "mailboxes": folders,
            "queue": {"open_by_grade": {g: by_grade.get(g, 0) for g in "ABCD"}, "overdue": overdue or 0},
            "inquiries": {"triaged": statuses.get("triaged", 0), "failed": statuses.get("failed", 0)}}


def render_status(data: dict[str, Any]) -> str:
    lines = [f"{'HEALTHY' if data['healthy'] else 'NEEDS ATTENTION'}  (checked {data['checked_at']})", ""]
    if not data["mailboxes"]:
        lines.append("No mailbox has been polled yet (inquiry-triage poll --once, or the daemon).")
    for m in data["mailboxes"]:
        # Folder names and error texts come from the IMAP server: shown() keeps them from driving the terminal.
        lines.append(f"{shown(m['mailbox'])}/{shown(m['folder'])}: {m['state'].upper()}  "
                     f"last success {m['last_success'] or 'never'}  "
                     f"seen {m['seen']}  triaged {m['triaged']}  failed {m['failed']}")
        if m["last_error"]:
            lines.append(f"    last error ({m['last_error_at']}, {m['failures_in_a_row']} in a row): {shown(m['last_error'])}")
    q = data["queue"]
    grades = "  ".join(f"{g} {n}" for g, n in q["open_by_grade"].items())
    lines += ["", f"queue: {grades}   overdue {q['overdue']}",
              f"inquiries: {data['inquiries']['triaged']} triaged, {data['inquiries']['failed']} failed"]
    return "\n".join(lines) + "\n"
