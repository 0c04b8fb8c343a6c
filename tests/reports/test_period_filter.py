"""reports/sla.period_filter: `report sla`'s period as conditions on InquiryRow, for its other readers
(the web dashboard's volume). The same inquiries as the rule written out (the module docstring of
reports/sla.py), on SQLite and PostgreSQL, with and without a `since`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, or_, select

from inquiry_triage.reports.sla import period_filter
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: F401  (both databases: (url, sessions))

UTC = timezone.utc
NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


def the_rule(since):  # type: ignore[no-untyped-def]
    """Triaged; filed as inquiry or given a reply task; receipt (received_at, else triaged_at) >= since."""
    has_reply_task = select(TaskRow.id).where(TaskRow.inquiry_id == InquiryRow.id, TaskRow.kind == "reply").exists()
    where = [InquiryRow.status == "triaged", or_(InquiryRow.filing == "inquiry", has_reply_task)]
    if since is not None:
        where.append(or_(InquiryRow.received_at >= since,
                         and_(InquiryRow.received_at.is_(None), InquiryRow.triaged_at >= since)))
    return where


def test_the_period_filter_picks_the_rules_inquiries(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        n = 0
        for status in ("triaged", "failed"):
            for filing, task_kind in (("inquiry", "reply"), ("inquiry", None), ("list", None), ("list", "reply"),
                                      ("list", "review"), ("newsletter", "follow-up")):
                for received_days, triaged_days in ((1, 1), (20, 1), (None, 2), (None, 30), (40, 3), (3, 50)):
                    n += 1
                    row = InquiryRow(message_id=f"<f{n}@x>", source="t", channel="email", status=status, grade="B",
                                     result={}, filing=filing, triaged_at=NOW - timedelta(days=triaged_days),
                                     received_at=None if received_days is None else NOW - timedelta(days=received_days))
                    if task_kind:
                        row.tasks.append(TaskRow(kind=task_kind, state="open", grade="B", due_at=NOW,
                                                 created_at=NOW - timedelta(days=1)))
                    s.add(row)
    with sessions() as s:
        for since in (None, NOW - timedelta(days=7), NOW - timedelta(days=25), NOW - timedelta(days=45)):
            expected = set(s.scalars(select(InquiryRow.id).where(*the_rule(since))))
            found = set(s.scalars(select(InquiryRow.id).where(*period_filter(since))))
            assert found == expected and expected, since


def test_report_sla_leaves_the_callers_jit_setting_as_it_was(store) -> None:
    """PostgreSQL: the report runs its statements without JIT compilation and restores the caller's
    setting after (in the caller's transaction); SQLite: nothing to do."""
    from sqlalchemy import text

    from inquiry_triage.reports.sla import collect_sla

    url, sessions = store
    with sessions.begin() as s:
        row = InquiryRow(message_id="<j@x>", source="t", channel="email", status="triaged", grade="A", result={},
                         triaged_at=NOW - timedelta(days=1), received_at=NOW - timedelta(days=1))
        row.tasks.append(TaskRow(kind="reply", state="open", grade="A", due_at=NOW - timedelta(hours=1),
                                 created_at=NOW - timedelta(days=1)))
        s.add(row)
    with sessions.begin() as s:
        if url.startswith("postgresql"):
            s.execute(text("SET LOCAL jit = on"))
        data = collect_sla(s, now=NOW, since=NOW - timedelta(days=7))
        if url.startswith("postgresql"):
            assert s.scalar(text("SELECT current_setting('jit')")) == "on"
    assert data["total"]["inquiries"] == 1 and data["total"]["overdue"] == 1
