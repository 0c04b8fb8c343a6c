"""`report suspicious`: what looks like a scam or a spy, with the rules that fired and their points.

Read in SQL, highest risk first (ix_inquiries_suspicious_risk): the count, then the rows of the page
asked for, in chunks (keyset on risk and id), so a million stored inquiries cost what one page does
and the memory stays flat however many are written. Only the columns printed are read, and the
result JSON (for the suspicion, the IP country and the rules) only for those rows; never the raw bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..safe_text import for_spreadsheet, for_terminal
from ..store.models import InquiryRow
from .html import Table, page_head, page_tail, paragraph, table_head, table_rows, table_tail

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
CHUNK = 500  # rows read per statement while writing a long report


def parse_duration(text: str) -> timedelta:
    found = _DURATION.match(text)
    if not found:
        raise ValueError(f"--since {text!r}: use a number and a unit, e.g. 90m, 24h, 7d, 2w")
    return timedelta(**{_UNITS[found.group(2).lower()]: int(found.group(1))})


# --- reading ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SuspiciousRow:
    """The columns the report prints (the attributes of an InquiryRow of the same names)."""

    id: int
    message_id: str
    triaged_at: datetime
    result: dict
    risk: float
    grade: str | None
    channel: str
    from_addr: str
    subject: str
    source: str


_COLUMNS = (InquiryRow.id, InquiryRow.message_id, InquiryRow.triaged_at, InquiryRow.result, InquiryRow.risk,
            InquiryRow.grade, InquiryRow.channel, InquiryRow.from_addr, InquiryRow.subject, InquiryRow.source)


def _where(since: datetime | None) -> list[Any]:
    where = [InquiryRow.suspicious.is_(True)]
    if since is not None:
        where.append(InquiryRow.triaged_at >= since)
    return where


def count_suspicious(session: Session, since: datetime | None) -> int:
    return session.scalar(select(func.count()).select_from(InquiryRow).where(*_where(since))) or 0


def suspicious_rows(session: Session, since: datetime | None, *, limit: int | None = None, offset: int = 0,
                    chunk: int = CHUNK) -> Iterator[SuspiciousRow]:
    """Suspicious inquiries triaged since `since` (all when None), highest risk first, then by id:
    `limit` of them (all when None) after the first `offset`, read `chunk` rows per statement."""
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must not be negative")
    left = limit
    after: tuple[float, int] | None = None
    while left is None or left > 0:
        size = chunk if left is None else min(chunk, left)
        stmt = select(*_COLUMNS).where(*_where(since))
        if after is None:
            stmt = stmt.offset(offset)
        else:  # keyset: after the last row read, in (risk desc, id) order
            risk, id_ = after
            stmt = stmt.where(or_(InquiryRow.risk < risk, and_(InquiryRow.risk == risk, InquiryRow.id > id_)))
        rows = session.execute(stmt.order_by(InquiryRow.risk.desc(), InquiryRow.id).limit(size)).all()
        for row in rows:
            # triaged_at as stored (naive UTC on SQLite), as the report always printed it
            yield SuspiciousRow(row.id, row.message_id, row.triaged_at, row.result or {}, row.risk, row.grade,
                                row.channel, row.from_addr, row.subject, row.source)
        if len(rows) < size:
            return
        after = (rows[-1].risk, rows[-1].id)
        if left is not None:
            left -= len(rows)


# --- rendering ---------------------------------------------------------------------------------------

def _risk_reasons(row: Any) -> list[dict]:
    return [r for r in row.result.get("reasons", []) if r.get("kind") in ("scam", "spy")]


def _record(row: Any) -> dict:
    return {
        "inquiry_id": row.id, "message_id": row.message_id, "triaged_at": row.triaged_at.isoformat(timespec="seconds"),
        "suspicion": row.result.get("suspicion", []), "risk": row.risk, "grade": row.grade, "channel": row.channel,
        "from": row.from_addr, "subject": row.subject, "ip_country": row.result.get("ip_country"),
        "source": row.source, "reasons": _risk_reasons(row),
    }


def _footer(shown: int, total: int, offset: int) -> str:
    """'showing 1-50 of 1,234' (as the queue's lists say it)."""
    if not shown:
        return f"nothing on this page ({total:,} match)" if total else "nothing matches"
    return f"showing {offset + 1:,}-{offset + shown:,} of {total:,}"


@dataclass(frozen=True)
class Paging:
    """Where a page of the report sits: `total` rows in all, this page from `offset`, `limit` a page
    (None: to the end). `next_hint` is appended to the footer when rows are left after the page."""

    total: int
    offset: int = 0
    limit: int | None = None
    next_hint: str = ""

    def partial(self, shown: int) -> bool:
        return self.offset > 0 or self.offset + shown < self.total

    def footer(self, shown: int) -> str:
        more = self.next_hint if self.offset + shown < self.total else ""
        return _footer(shown, self.total, self.offset) + more


def render_suspicious(rows: Sequence[Any], fmt: str, paging: Paging | None = None) -> str:
    """The report as one string (tests, small sets: all of `rows` unless `paging` says otherwise);
    `write_suspicious` streams it."""
    out = io.StringIO()
    write_suspicious(out, rows, fmt, paging or Paging(total=len(rows)))
    return out.getvalue()


CSV_HEADER = ["inquiry_id", "triaged_at", "suspicion", "risk", "grade", "channel", "from", "subject", "ip_country",
              "rules", "source"]
SUSPICIOUS_TITLE = "Suspicious inquiries"


def write_suspicious(out: Any, rows: Iterable[Any], fmt: str, paging: Paging) -> int:
    """Write the report in `fmt` (table, csv, json, html) to `out` row by row; returns the rows written.
    `paging` (how many there are in all, which page this is) gives the count line and the footer."""
    records = (_record(r) for r in rows)
    if fmt == "json":
        return _write_json(out, records)
    if fmt == "csv":
        return _write_csv(out, records)
    if fmt == "html":
        return _write_html(out, records, paging)
    if fmt != "table":
        raise ValueError(f"format: expected table, csv, json or html, got {fmt!r}")
    return _write_table(out, records, paging)


def _write_json(out: Any, records: Iterator[dict]) -> int:
    """Exactly `json.dumps(list, ensure_ascii=False, indent=1)`, one record at a time."""
    n = 0
    for record in records:
        text = json.dumps(record, ensure_ascii=False, indent=1)
        out.write(("[\n" if n == 0 else ",\n") + "\n".join(" " + line for line in text.split("\n")))
        n += 1
    out.write("\n]\n" if n else "[]\n")
    return n


def _write_csv(out: Any, records: Iterator[dict]) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    n = 0
    for r in records:
        rules = "; ".join(f"{x['rule']} {x['points']:+g}" for x in r["reasons"])
        row = [r["inquiry_id"], r["triaged_at"], ",".join(r["suspicion"]), r["risk"], r["grade"], r["channel"],
               r["from"], r["subject"], r["ip_country"] or "", rules, r["source"]]
        writer.writerow([for_spreadsheet(cell) for cell in row])  # no formula runs when the file is opened
        n += 1
    return n


def _write_table(out: Any, records: Iterator[dict], paging: Paging) -> int:
    shown = for_terminal  # sender, subject and rule details quote the inquiry: no escapes reach the terminal
    n = 0
    for r in records:
        if n == 0:
            out.write(f"{paging.total} suspicious inquiries, highest risk first\n")
        out.write(f"#{r['inquiry_id']}  risk {r['risk']:.1f}  {','.join(r['suspicion'])}  {shown(r['channel'])}  "
                  f"{shown(r['from'] or '-')}  {shown(r['ip_country'])}\n"
                  f"    {' '.join(shown(r['subject']).split())[:90]}\n")
        for x in r["reasons"]:
            out.write(f"      {format(x['points'], '+.2f') if x['points'] else 'info':>5} {shown(x['rule']):<26} {shown(x['detail'])[:110]}\n")
        n += 1
    if n == 0:
        out.write("No suspicious inquiries.\n" if not paging.total else f"{paging.footer(0)}\n")
    elif paging.partial(n):
        out.write(f"\n{paging.footer(n)}\n")
    return n


_HTML_HEADERS = ["#", "triaged at", "suspicion", "risk", "grade", "channel", "from", "subject", "IP country",
                 "rules", "source"]


def _html_row(r: dict) -> list[Any]:
    rules = Table(headers=["points", "rule", "kind", "detail"],
                  rows=[[f"{x['points']:+.2f}" if x.get("points") else "info", x.get("rule", ""), x.get("kind", ""), x.get("detail", "")]
                        for x in r["reasons"]],
                  numeric=frozenset({"points"}))
    return [r["inquiry_id"], r["triaged_at"], ", ".join(r["suspicion"]), f"{r['risk']:.1f}", r["grade"],
            r["channel"], r["from"], r["subject"], r["ip_country"], rules if r["reasons"] else None, r["source"]]


def _write_html(out: Any, records: Iterator[dict], paging: Paging) -> int:
    """A standalone page (reports/html.py: every value escaped, strict CSP): one row per inquiry,
    the rules that fired in a nested table with their points and details; written in pieces."""
    table = Table(headers=_HTML_HEADERS, rows=(), numeric=frozenset({"#", "risk"}))
    lines = [f"{paging.total} suspicious inquiries, highest risk first"] if paging.total else []
    out.write(page_head(SUSPICIOUS_TITLE, lines))
    n, batch = 0, []
    for r in records:
        if n == 0:
            out.write("\n" + table_head(table))
        batch.append(_html_row(r))
        n += 1
        if len(batch) >= CHUNK:
            out.write(table_rows(batch, table))
            batch.clear()
    if n:
        out.write(table_rows(batch, table) + table_tail(table))
        if paging.partial(n):
            out.write("\n" + paragraph(paging.footer(n)))
    else:
        out.write("\n" + paragraph("No suspicious inquiries." if not paging.total else paging.footer(0)))
    out.write(page_tail())
    return n
