"""A small store for the review list's suspicion kinds (migration 0013 _review_kinds): review tasks in
every state, whose results name their kinds in every form a stored result can hold them: one, several,
repeated, in either order, non-ASCII, with a comma, none ([], absent, null, falsy odd values) and the
odd truthy ones older rows may carry (a bare string, an object), beside inquiries that are not
suspicious and suspicious ones a lead released (their task closed, their result unchanged).
Deterministic: the same rows (and IDs) on SQLite and PostgreSQL.

    .venv/bin/python -m tests.store.review_kinds_data --write   # (re)writes the golden outputs
Golden outputs (`queue review`, JSON and table, paged) were written by the code BEFORE the kinds
column (commit 9f4ecb5, the kinds read out of each result JSON); never rewrite them to make a
test pass."""

from __future__ import annotations

import contextlib
import io
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "queue_filters" / "review_kinds_before.json"
ABSENT = object()  # the result has no "suspicion" key at all

# What a result's "suspicion" holds (the review list prints list(value or [])). Every value here prints
# in both formats (the table joins the kinds with commas: each item is a string).
SUSPICIONS: list[Any] = [
    ["scam"], ["spy"], ["scam", "spy"], ["spy", "scam"], ["phishing_link", "reply_to_mismatch", "advance_fee"],
    ["scam", "scam"], ["欺诈", "spy"], ["a,b", "c"], ["fake_order", "free_mail_sender", "urgent_payment", "x" * 40],
    [], ABSENT, None, "", 0, False, {}, "scam", {"spy": 2, "scam": 1},
]
REVIEW_STATES = ("open", "claimed", "snoozed", "done", "dismissed", "open", "claimed")


def result_of(suspicion: Any, i: int) -> dict[str, Any]:
    """A stored result: its kinds, and enough else that the JSON is not tiny."""
    result: dict[str, Any] = {"grade": "ABCD"[i % 4], "risk": 3.0 + i % 5, "reasons": [{"rule": "R", "detail": "d" * 200}]}
    if suspicion is not ABSENT:
        result["suspicion"] = suspicion
    return result


def fill(sessions: sessionmaker[Session], rounds: int = 3) -> None:
    """rounds x len(SUSPICIONS) suspicious inquiries with a review task each (states in turn), every
    fourth also released (genuine: suspicious cleared, result kept, a reply task), and one plain
    inquiry with a reply task after each; IDs in insertion order."""
    with sessions.begin() as s:
        i = 0
        for _ in range(rounds):
            for suspicion in SUSPICIONS:
                received = NOW - timedelta(hours=2 * i + 1)
                released = i % 4 == 3
                row = InquiryRow(message_id=f"<k{i}@x>", source="t", channel=("email", "phone", "im", "fax")[i % 4],
                                 status="triaged", grade="ABCD"[i % 4], suspicious=not released,
                                 verdict="genuine" if released else None, risk=round(3.0 + (i * 7) % 11 / 3, 2),
                                 result=result_of(suspicion, i), raw=b"Subject: x\r\n\r\nbody", draft="",
                                 triaged_at=received + timedelta(minutes=5), received_at=received if i % 5 else None,
                                 from_addr=f"buyer{i}@mail.example" if i % 3 else "", from_name=f"Buyer {i}",
                                 buyer_key=f"buyer{i}@mail.example", subject=f"Inquiry {i}: valves" if i % 6 else "",
                                 body=f"need valves #{i}", product="valves", language="en", country="DE")
                state = "done" if released else REVIEW_STATES[i % len(REVIEW_STATES)]
                row.tasks.append(TaskRow(kind="review", state=state, grade=row.grade, due_at=received, created_at=received,
                                         assignee="lena" if state in ("claimed", "done") else None,
                                         snoozed_until=NOW + timedelta(hours=i) if state == "snoozed" else None))
                if released:
                    row.tasks.append(TaskRow(kind="reply", state="open", grade=row.grade, due_at=NOW, created_at=NOW))
                s.add(row)
                i += 1
                plain = InquiryRow(message_id=f"<p{i}@x>", source="t", channel="email", status="triaged", grade="B",
                                   suspicious=False, risk=0.5, result=result_of([], i), raw=b"", draft="draft",
                                   triaged_at=received, received_at=received, from_addr=f"plain{i}@mail.example",
                                   buyer_key=f"plain{i}@mail.example", subject="Inquiry", body="b", language="en")
                plain.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=NOW, created_at=received))
                s.add(plain)


# label: arguments after `queue`
COMMANDS: dict[str, list[str]] = {
    "json review": ["review", "--format", "json"],
    "json review limit 4 page 3": ["review", "--format", "json", "--limit", "4", "--page", "3"],
    "json review offset 7": ["review", "--format", "json", "--offset", "7"],
    "json --review": ["--review", "--format", "json"],
    "table review": ["review"],
    "table review limit 5 page 2": ["review", "--limit", "5", "--page", "2"],
    "table review page past the end": ["review", "--limit", "5", "--page", "40"],
}


def outputs(url: str) -> dict[str, str]:
    """What each command prints (stdout) on the store at `url`, as a lead."""
    import os

    from inquiry_triage.cli import main

    os.environ["INQUIRY_TRIAGE_USER"] = "lead"
    found = {}
    for label, args in COMMANDS.items():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["queue", *args, "--db", url])
        found[label] = f"exit {code}\n{out.getvalue()}"
    return found


def _write_golden() -> None:
    from tests.store.queue_filters_data import write_golden

    write_golden(outputs, GOLDEN, fill)


if __name__ == "__main__" and "--write" in sys.argv:
    _write_golden()
