"""`report sla`: first-response times, deadline breaches and the reply backlog, per grade, agent or week.

Definitions (all computed from the store's rows and the `now` passed in; nothing reads the clock):

* inquiries: triaged inquiries (failed ones never enter the queue) whose receipt time is at or after
  `since`, filed as "inquiry" (checks/filing.py: list mail, bounces, ... are not inquiries) or given
  a reply task all the same (a suspicious list mail a lead released).
  Receipt = `received_at`, else `triaged_at`. The store keeps UTC; a naive value read back
  (SQLite keeps no offset) is taken as UTC.
* first response: the earliest `ReplyRow.sent_at` of the inquiry (any reply kind); first-response
  time = first response - receipt, in hours of wall-clock time, and, when a `BusinessCalendar` is
  given, in the seller's business hours (`BusinessCalendar.business_time_between`).
  median: the usual median (mean of the two middle values for an even count);
  p90: nearest rank (the smallest time within which at least 90 % of the replied inquiries were
  answered: sorted[ceil(0.9 n) - 1]). None when nothing in the group was replied to.
* reply task: only tasks of kind "reply" count (follow-ups never do, nor review tasks: a suspicious
  inquiry waits for a lead, outside the reply SLA; released, its reply task is due from arrival). The inquiry's deadline is the
  `due_at` of its first reply task (earliest created, then lowest id).
* breach: the first response was sent after that deadline; or there is no response and the deadline
  is before `now`, unless the inquiry was dismissed (spam / spy / duplicate: no reply was owed).
  An inquiry without a reply task cannot breach.
* backlog: reply tasks of the inquiries in the report still open, claimed or snoozed;
  overdue: those of them whose `due_at` is before `now`.
* review (shown apart, not in any group): open review tasks of inquiries that arrived since
  `since`, and the hours the oldest of them has waited since arrival.

Groups (`by`):
* "grade": the inquiry's grade (else its reply task's; "-" if neither), A, B, C, D first;
* "agent": the author of the inquiry's first reply; inquiries without a reply form the group
  "(unreplied)", listed last, so the backlog that nobody has answered yet stays visible;
* "week": the ISO week of receipt, e.g. "2026-W47", on the business calendar's clock when one is
  given (a Monday 07:00 in Shanghai is a Sunday in UTC), else in UTC.
"""

from __future__ import annotations

import csv
import io
import json
import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from ..scheduling.deadlines import BusinessCalendar
from ..safe_text import for_spreadsheet, for_terminal
from ..store.models import InquiryRow, ReplyRow, TaskRow, as_utc
from .html import Table, render_page

__all__ = ["BY", "FORMATS", "UNREPLIED", "collect_sla", "render_sla"]

BY = ("grade", "agent", "week")
FORMATS = ("table", "csv", "json", "html")
UNREPLIED = "(unreplied)"
BACKLOG_STATES = ("open", "claimed", "snoozed")
_GRADES = ("A", "B", "C", "D")

# Per-group fields, in output order; the business-hours pair is present only with a calendar.
_WALL = ("first_response_median_h", "first_response_p90_h")
_BUSINESS = ("first_response_median_business_h", "first_response_p90_business_h")


def _aware(value: datetime, name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name}: pass a timezone-aware datetime, got {value!r}")
    return value.astimezone(timezone.utc)


@dataclass
class _Inquiry:
    id: int
    grade: str
    received: datetime
    dismissed: bool
    first_reply_at: datetime | None = None
    first_reply_by: str | None = None
    due: datetime | None = None          # the first reply task's deadline
    backlog: int = 0
    overdue: int = 0


def _hours(seconds: float) -> float:
    return round(seconds / 3600, 4)


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 4) if values else None


def p90(values: list[float]) -> float | None:
    """Nearest-rank 90th percentile: the smallest value with at least 90 % of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(0.9 * len(ordered))) - 1]


def _load(session: Session, since: datetime | None, now: datetime) -> list[_Inquiry]:
    receipt = func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)
    has_reply_task = exists().where(TaskRow.inquiry_id == InquiryRow.id, TaskRow.kind == "reply")
    wanted = select(InquiryRow.id).where(InquiryRow.status == "triaged",
                                         or_(InquiryRow.filing == "inquiry", has_reply_task))
    if since is not None:
        wanted = wanted.where(receipt >= since)  # both UTC: SQLite stores and compares UTC without offset
    stmt = (select(InquiryRow.id, InquiryRow.grade, InquiryRow.received_at, InquiryRow.triaged_at,
                   InquiryRow.dismissed_as)
            .where(InquiryRow.id.in_(wanted)).order_by(InquiryRow.id))
    inquiries: dict[int, _Inquiry] = {}
    for id_, grade, received_at, triaged_at, dismissed_as in session.execute(stmt):
        received = as_utc(received_at) or as_utc(triaged_at)
        if since is not None and received < since:  # the SQL filter again, on aware values (any backend)
            continue
        inquiries[id_] = _Inquiry(id=id_, grade=grade or "", received=received, dismissed=bool(dismissed_as))

    replies = (select(ReplyRow.inquiry_id, ReplyRow.author, ReplyRow.sent_at)
               .where(ReplyRow.inquiry_id.in_(wanted)).order_by(ReplyRow.inquiry_id, ReplyRow.sent_at, ReplyRow.id))
    for inquiry_id, author, sent_at in session.execute(replies):
        row = inquiries.get(inquiry_id)
        if row is not None and row.first_reply_at is None:
            row.first_reply_at, row.first_reply_by = as_utc(sent_at), author

    tasks = (select(TaskRow.inquiry_id, TaskRow.grade, TaskRow.state, TaskRow.due_at)
             .where(TaskRow.inquiry_id.in_(wanted), TaskRow.kind == "reply")
             .order_by(TaskRow.inquiry_id, TaskRow.created_at, TaskRow.id))
    seen: set[int] = set()
    for inquiry_id, grade, state, due_at in session.execute(tasks):
        row = inquiries.get(inquiry_id)
        if row is None:
            continue
        due = as_utc(due_at)
        if inquiry_id not in seen:
            seen.add(inquiry_id)
            row.due = due
            row.grade = row.grade or grade or ""
        if state in BACKLOG_STATES:
            row.backlog += 1
            if due < now:
                row.overdue += 1
    return list(inquiries.values())


def _breached(row: _Inquiry, now: datetime) -> bool:
    if row.due is None:
        return False
    if row.first_reply_at is not None:
        return row.first_reply_at > row.due
    return not row.dismissed and row.due < now


def _key(row: _Inquiry, by: str, calendar: BusinessCalendar | None) -> str:
    if by == "grade":
        return row.grade or "-"
    if by == "agent":
        return row.first_reply_by or UNREPLIED
    local = row.received.astimezone(calendar.zone) if calendar is not None else row.received
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


def _order(by: str, keys: Iterable[str]) -> list[str]:
    if by == "grade":
        return sorted(keys, key=lambda k: (_GRADES.index(k) if k in _GRADES else len(_GRADES), k))
    if by == "agent":
        return sorted(keys, key=lambda k: (k == UNREPLIED, k.casefold(), k))
    return sorted(keys)


def _summary(name: str, rows: list[_Inquiry], now: datetime, calendar: BusinessCalendar | None) -> dict[str, Any]:
    replied = [r for r in rows if r.first_reply_at is not None]
    wall = [_hours((r.first_reply_at - r.received).total_seconds()) for r in replied]
    out: dict[str, Any] = {
        "group": name, "inquiries": len(rows), "replied": len(replied),
        "first_response_median_h": median(wall), "first_response_p90_h": p90(wall),
    }
    if calendar is not None:
        business = [_hours(calendar.business_time_between(r.received, r.first_reply_at).total_seconds())
                    for r in replied]
        out["first_response_median_business_h"] = median(business)
        out["first_response_p90_business_h"] = p90(business)
    out["breaches"] = sum(_breached(r, now) for r in rows)
    out["backlog"] = sum(r.backlog for r in rows)
    out["overdue"] = sum(r.overdue for r in rows)
    return out


def collect_sla(session: Session, *, now: datetime, since: datetime | None, by: str = "grade",
                calendar: BusinessCalendar | None = None) -> dict[str, Any]:
    """The SLA figures as a JSON-ready dict: {"by", "now", "since", "business_timezone", "week_timezone",
    "groups": [per-group dict], "total": dict}. See the module docstring for the definitions."""
    if by not in BY:
        raise ValueError(f"by: expected one of {', '.join(BY)}, got {by!r}")
    now = _aware(now, "now")
    since = _aware(since, "since") if since is not None else None
    rows = _load(session, since, now)
    review = _review_backlog(session, since, now)
    grouped: dict[str, list[_Inquiry]] = {}
    for row in rows:
        grouped.setdefault(_key(row, by, calendar), []).append(row)
    return {
        "by": by,
        "now": now.isoformat(timespec="seconds"),
        "since": since.isoformat(timespec="seconds") if since is not None else None,
        "business_timezone": calendar.timezone if calendar is not None else None,
        "week_timezone": (calendar.timezone if calendar is not None else "UTC") if by == "week" else None,
        "groups": [_summary(k, grouped[k], now, calendar) for k in _order(by, grouped)],
        "total": _summary("total", rows, now, calendar),
        "review": review,
    }


def _review_backlog(session: Session, since: datetime | None, now: datetime) -> dict[str, Any]:
    """Open review tasks (suspicious inquiries waiting for a lead): how many, the oldest's wait.
    A review task's `due_at` is the inquiry's arrival as triage read it (store/queue.task_for)."""
    stmt = select(TaskRow.due_at).where(TaskRow.kind == "review", TaskRow.state.in_(BACKLOG_STATES))
    arrivals = [as_utc(t) for t in session.scalars(stmt)]
    arrivals = [t for t in arrivals if since is None or t >= since]
    oldest = min(arrivals) if arrivals else None
    return {"open": len(arrivals), "oldest_wait_h": _hours((now - oldest).total_seconds()) if oldest else None}


# --- rendering -----------------------------------------------------------------------------------

_LABELS = {
    "inquiries": "inquiries", "replied": "replied",
    "first_response_median_h": "median h", "first_response_p90_h": "p90 h",
    "first_response_median_business_h": "median bh", "first_response_p90_business_h": "p90 bh",
    "breaches": "breaches", "backlog": "backlog", "overdue": "overdue",
}


def _fields(data: dict[str, Any]) -> list[str]:
    business = _BUSINESS if data.get("business_timezone") else ()
    return ["inquiries", "replied", *_WALL, *business, "breaches", "backlog", "overdue"]


def _title(data: dict[str, Any]) -> str:
    return f"First-response SLA by {data['by']}"


def _lines(data: dict[str, Any]) -> list[str]:
    lines = [f"as of {data['now']}" + (f", inquiries received since {data['since']}" if data["since"] else
                                       ", all inquiries")]
    lines.append("first-response time: receipt to first reply, hours (h = wall clock"
                 + (f", bh = business hours in {data['business_timezone']}" if data["business_timezone"] else "")
                 + "); p90 = nearest rank")
    if data.get("week_timezone"):
        lines.append(f"weeks: ISO weeks of receipt in {data['week_timezone']}")
    return lines


def _num(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def render_sla(data: dict[str, Any], fmt: str) -> str:
    """Render `collect_sla`'s dict as table (plain text), csv, json or html (a standalone safe page)."""
    fields = _fields(data)
    rows = [*data["groups"], data["total"]]
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([data["by"], *fields])
        for r in rows:
            # The group may be an agent's name: neutralised like any text cell (numbers stay numbers).
            writer.writerow([for_spreadsheet(r["group"]), *("" if r[f] is None else r[f] for f in fields)])
        return buffer.getvalue()
    if fmt == "html":
        headers = [data["by"], *(_LABELS[f] for f in fields)]
        table = Table(headers=headers,
                      rows=[[g["group"], *(_num(g[f]) for f in fields)] for g in data["groups"]],
                      footer=[["total", *(_num(data["total"][f]) for f in fields)]],
                      numeric=frozenset(headers[1:]))
        return render_page(_title(data), [table], lines=_lines(data), empty="No inquiries in this period.")
    if fmt != "table":
        raise ValueError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if not data["groups"]:
        return f"{_title(data)}\n" + "\n".join(_lines(data)) + "\n\nNo inquiries in this period.\n"
    headers = [data["by"], *(_LABELS[f] for f in fields)]
    cells = [[for_terminal(r["group"]), *(_num(r[f]) for f in fields)] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(widths[0]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(values)).rstrip()

    out = [_title(data), *_lines(data), "", line(headers), line(["-" * w for w in widths])]
    out += [line(c) for c in cells[:-1]]
    out += [line(["-" * w for w in widths]), line(cells[-1])]
    review = data.get("review") or {}
    if review.get("open"):
        out += ["", f"review (suspicious, for leads; not in the SLA): {review['open']} open, oldest waiting "
                    f"{_num(review['oldest_wait_h'])} h"]
    return "\n".join(out) + "\n"
