"""`report suspicious --all` / `--state dismissed` list a flagged inquiry a lead released as genuine
(its verdict kept; it is no longer flagged, so agents see it), in risk order with the others and
paged, on SQLite and PostgreSQL; the default listing (waiting for a verdict) leaves it out."""

from __future__ import annotations

from datetime import datetime, timezone

from inquiry_triage.reports.suspicious import ALL, DISMISSED, WAITING, count_listing, suspicious_rows
from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _flagged(s, n: int, risk: float, *, released: bool = False, dismissed: str | None = None,
             review_state: str = "open") -> int:
    row = InquiryRow(message_id=f"<r-{n}@example.com>", source="test", channel="email", status="triaged", grade="D",
                     suspicious=not released, risk=risk, result={"suspicious": True, "suspicion": ["spy"]},
                     triaged_at=T0, from_addr=f"r{n}@example.com", verdict="genuine" if released else None,
                     dismissed_as=dismissed)
    review = TaskRow(kind="review", state=review_state, grade="D", due_at=T0, created_at=T0)
    row.tasks.append(review)
    if released:
        row.tasks.append(TaskRow(kind="reply", state="open", grade="D", due_at=T0, created_at=T0))
    s.add(row)
    s.flush()
    if released:  # as queue/operations.release_review records it
        s.add(AuditRow(at=T0, actor="lena", action="release-review", task_id=review.id, inquiry_id=row.id, detail={}))
    return row.id


def test_released_inquiries_are_listed_with_the_decided_ones(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        waiting = _flagged(s, 1, 9.0)
        released = _flagged(s, 2, 8.0, released=True, review_state="done")
        dismissed = _flagged(s, 3, 7.0, dismissed="spam", review_state="dismissed")
        also = _flagged(s, 4, 8.0, released=True, review_state="done")
        # a genuine verdict on an inquiry never flagged (no review task): not a suspicious one
        plain = InquiryRow(message_id="<plain@example.com>", source="test", channel="email", status="triaged",
                           grade="B", suspicious=False, risk=0.0, result={}, triaged_at=T0, verdict="genuine")
        s.add(plain)
        s.flush()
        s.add(AuditRow(at=T0, actor="lena", action="genuine", task_id=None, inquiry_id=plain.id, detail={}))
    with sessions() as s:
        every = list(suspicious_rows(s, None, state=ALL))
        assert [r.id for r in every] == [waiting, released, also, dismissed]
        assert [r.state for r in every] == ["review", "released", "released", "dismissed"]
        assert every[1].verdict == "genuine" and every[1].task_id is not None  # its live reply task
        assert [r.id for r in suspicious_rows(s, None, state=DISMISSED)] == [released, also, dismissed]
        assert [r.id for r in suspicious_rows(s, None, state=WAITING)] == [waiting]
        paged = [r.id for o in (0, 1, 2, 3) for r in suspicious_rows(s, None, state=ALL, limit=1, offset=o)]
        assert paged == [waiting, released, also, dismissed]
        chunked = [r.id for r in suspicious_rows(s, None, state=ALL, chunk=1)]  # the keyset walk
        assert chunked == [waiting, released, also, dismissed]
        assert count_listing(s, None, ALL).total == 4
        assert count_listing(s, None, DISMISSED).total == 3 and count_listing(s, None, DISMISSED).released == 2
        assert count_listing(s, None, WAITING).total == 1
