"""`report suspicious`: what looks like a scam or a spy, with the rules that fired and their points."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import timedelta

from ..safe_text import for_spreadsheet, for_terminal
from ..store.models import InquiryRow
from .html import Table, render_page

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    found = _DURATION.match(text)
    if not found:
        raise ValueError(f"--since {text!r}: use a number and a unit, e.g. 90m, 24h, 7d, 2w")
    return timedelta(**{_UNITS[found.group(2).lower()]: int(found.group(1))})


def _risk_reasons(row: InquiryRow) -> list[dict]:
    return [r for r in row.result.get("reasons", []) if r.get("kind") in ("scam", "spy")]


def _record(row: InquiryRow) -> dict:
    return {
        "inquiry_id": row.id, "message_id": row.message_id, "triaged_at": row.triaged_at.isoformat(timespec="seconds"),
        "suspicion": row.result.get("suspicion", []), "risk": row.risk, "grade": row.grade, "channel": row.channel,
        "from": row.from_addr, "subject": row.subject, "ip_country": row.result.get("ip_country"),
        "source": row.source, "reasons": _risk_reasons(row),
    }


def render_suspicious(rows: Sequence[InquiryRow], fmt: str) -> str:
    records = [_record(r) for r in rows]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["inquiry_id", "triaged_at", "suspicion", "risk", "grade", "channel", "from", "subject",
                         "ip_country", "rules", "source"])
        for r in records:
            rules = "; ".join(f"{x['rule']} {x['points']:+g}" for x in r["reasons"])
            row = [r["inquiry_id"], r["triaged_at"], ",".join(r["suspicion"]), r["risk"], r["grade"], r["channel"],
                   r["from"], r["subject"], r["ip_country"] or "", rules, r["source"]]
            writer.writerow([for_spreadsheet(cell) for cell in row])  # no formula runs when the file is opened
        return buffer.getvalue()
    if fmt == "html":
        return _render_html(records)
    if not records:
        return "No suspicious inquiries.\n"
    shown = for_terminal  # sender, subject and rule details quote the inquiry: no escapes reach the terminal
    out = [f"{len(records)} suspicious inquiries, highest risk first\n"]
    for r in records:
        out.append(f"#{r['inquiry_id']}  risk {r['risk']:.1f}  {','.join(r['suspicion'])}  {shown(r['channel'])}  "
                   f"{shown(r['from'] or '-')}  {shown(r['ip_country'])}\n"
                   f"    {' '.join(shown(r['subject']).split())[:90]}\n")
        for x in r["reasons"]:
            out.append(f"      {x['points']:+5.2f} {shown(x['rule']):<26} {shown(x['detail'])[:110]}\n")
    return "".join(out)


SUSPICIOUS_TITLE = "Suspicious inquiries"


def _render_html(records: list[dict]) -> str:
    """A standalone page (reports/html.py: every value escaped, strict CSP): one row per inquiry,
    the rules that fired in a nested table with their points and details."""
    headers = ["#", "triaged at", "suspicion", "risk", "grade", "channel", "from", "subject", "IP country",
               "rules", "source"]
    rows = []
    for r in records:
        rules = Table(headers=["points", "rule", "kind", "detail"],
                      rows=[[f"{x.get('points', 0):+.2f}", x.get("rule", ""), x.get("kind", ""), x.get("detail", "")]
                            for x in r["reasons"]],
                      numeric=frozenset({"points"}))
        rows.append([r["inquiry_id"], r["triaged_at"], ", ".join(r["suspicion"]), f"{r['risk']:.1f}", r["grade"],
                     r["channel"], r["from"], r["subject"], r["ip_country"], rules if r["reasons"] else None,
                     r["source"]])
    summary = f"{len(records)} suspicious inquiries, highest risk first" if records else ""
    return render_page(SUSPICIOUS_TITLE, [Table(headers=headers, rows=rows, numeric=frozenset({"#", "risk"}))],
                       lines=[summary] if summary else [], empty="No suspicious inquiries.")
