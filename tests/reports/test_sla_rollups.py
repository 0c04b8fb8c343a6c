"""`report sla` from daily rollups (migration 0010, reports/rollups.py) gives exactly the figures of the
direct path (collect_sla(use_rollups=False): every inquiry of the period read), on both databases:
on a generated store with the awkward cases and edge rows (three live reply tasks, receipts at UTC
midnight and a nanosecond-free instant before it, a week start in Shanghai inside a UTC day, holiday
calendars), from days computed in the report and from days kept by an earlier one, at a later `now`,
and after every kind of change (the triggers must make each kept day stale: SQLite bumps its
version, PostgreSQL logs the change in sla_day_changes): a reply task reopened, done, dismissed, its
deadline moved, a third live task added, an inquiry deleted, regraded, dismissed, moved to another
day, a late first reply recorded, a row bulk-inserted into an old day; a claim changes no figure.
PostgreSQL's concurrency (writers of one day never wait for each other, a report between them
sees every committed change): tests/reports/test_sla_change_log.py."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, insert, select, text, update

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports import rollups  # noqa: E402
from inquiry_triage.reports.sla import BY, _compute_days, collect_sla  # noqa: E402
from inquiry_triage.scheduling.deadlines import calendar_from_config  # noqa: E402
from inquiry_triage.store.models import InquiryRow, ReplyRow, SlaDayChangeRow, SlaDayRow, TaskRow  # noqa: E402
from tests.reports.sla_store import generate, stamp_some  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
SHANGHAI = {"timezone": "Asia/Shanghai", "country": "CN", "breaks": [["12:00", "13:00"]]}
MADRID = {"timezone": "Europe/Madrid", "country": "ES", "hours": ["08:30", "17:30"]}  # DST inside the period
CALENDARS = {"none": None, "shanghai": SHANGHAI, "madrid": MADRID}


def _calendar(name: str):  # type: ignore[no-untyped-def]
    table = CALENDARS[name]
    return calendar_from_config(dict(table)) if table else None


def _same(sessions, *, now=NOW, since=None, by="grade", calendar="shanghai"):  # type: ignore[no-untyped-def]
    """The rollup path (committed: the days it computes are kept) equals the direct path."""
    with sessions.begin() as s:
        got = collect_sla(s, now=now, since=since, by=by, calendar=_calendar(calendar), use_rollups=True)
    with sessions() as s:
        want = collect_sla(s, now=now, since=since, by=by, calendar=_calendar(calendar), use_rollups=False)
    assert got == want, (by, since, calendar, now)
    return got


def _kept_days(sessions) -> int:  # type: ignore[no-untyped-def]
    """Days whose kept groups are current (SQLite: rolled_version = version; PostgreSQL: no change
    logged that the rollup's snapshot did not see)."""
    with sessions() as s:
        dialect = s.get_bind().dialect.name
        return s.scalar(select(func.count()).select_from(SlaDayRow).where(rollups.current(dialect)))


def _recorded(s, day) -> int:  # type: ignore[no-untyped-def]
    """How often a change of the day was recorded: SQLite's version, PostgreSQL's change rows (one per
    writing transaction; none deleted here, no report runs in between)."""
    if s.get_bind().dialect.name == "postgresql":
        return s.scalar(select(func.count()).select_from(SlaDayChangeRow).where(SlaDayChangeRow.day == day))
    return s.scalar(select(SlaDayRow.version).where(SlaDayRow.day == day)) or 0


def _inquiry(n: int, received: datetime | None, triaged: datetime, grade: str | None = "B") -> InquiryRow:
    return InquiryRow(message_id=f"<edge{n}@x>", source="t", channel="email", status="triaged", grade=grade,
                      result={}, received_at=received, triaged_at=triaged, filing="inquiry")


def _edge_rows(sessions) -> None:  # type: ignore[no-untyped-def]
    """Rows the generator does not make: three live reply tasks with `now` between their deadlines,
    receipts at UTC midnight and just before it, at Monday 00:00 in Shanghai (Sunday 16:00 UTC)."""
    midnight = datetime(2026, 11, 20, tzinfo=UTC)
    with sessions.begin() as s:
        three = _inquiry(1, NOW - timedelta(days=3), NOW - timedelta(days=3))
        for hours in (-2, +1, +4):  # overdue 1 of 3 at NOW, 2 of 3 at NOW + 3h
            three.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=NOW + timedelta(hours=hours),
                                       created_at=NOW - timedelta(days=3) + timedelta(minutes=hours + 5)))
        s.add(three)
        for n, at in enumerate((midnight, midnight - timedelta(microseconds=1), datetime(2026, 11, 22, 16, tzinfo=UTC),
                                datetime(2026, 11, 22, 15, 59, 59, 999999, tzinfo=UTC)), start=2):
            row = _inquiry(n, at, at + timedelta(minutes=3))
            row.tasks.append(TaskRow(kind="reply", state="done", grade="B", due_at=at + timedelta(hours=8),
                                     created_at=at + timedelta(minutes=3)))
            s.add(row)
        for n, hours in enumerate((5, -3, 40, -7, 1, 30, -1, 2, 60, -2, 4, 0), start=20):  # one group, in no order
            many = _inquiry(n, NOW - timedelta(days=2, minutes=n), NOW - timedelta(days=2, minutes=n), grade="C")
            many.tasks.append(TaskRow(kind="reply", state="claimed", grade="C", due_at=NOW + timedelta(hours=hours),
                                      created_at=NOW - timedelta(days=2)))
            s.add(many)
        undated = _inquiry(9, None, midnight + timedelta(days=2))  # receipt = triaged_at, exactly at midnight
        undated.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=NOW + timedelta(hours=1),
                                     created_at=midnight + timedelta(days=2)))
        s.add(undated)


def _build(sessions) -> None:  # type: ignore[no-untyped-def]
    generate(sessions, 1200, now=NOW, days=45, seed=11, awkward=True, raw_bytes=32)
    with sessions.begin() as s:  # the generator writes explicit ids: PostgreSQL's sequences go on after them
        if s.get_bind().dialect.name == "postgresql":
            for table in ("inquiries", "tasks", "replies"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    stamp_some(sessions, _calendar("shanghai"), share=0.5)  # half recorded, some on another calendar
    _edge_rows(sessions)


def test_rolled_days_give_the_direct_figures(store) -> None:
    _, sessions = store
    _build(sessions)
    midnight = datetime(2026, 11, 10, tzinfo=UTC)
    for calendar in CALENDARS:
        for by in BY:
            for since in (None, NOW - timedelta(days=30), NOW - timedelta(hours=36), midnight):
                _same(sessions, since=since, by=by, calendar=calendar)  # days computed (and kept)
                _same(sessions, since=since, by=by, calendar=calendar)  # days read back
    assert _kept_days(sessions) >= 40
    for later in (timedelta(hours=3), timedelta(days=2)):  # deadlines in kept days pass: breaches, overdue
        for by in BY:
            _same(sessions, now=NOW + later, since=NOW - timedelta(days=30), by=by)


def _old_inquiry(s, *conditions, **where):  # type: ignore[no-untyped-def]
    """An inquiry received 5-25 days before NOW (a kept day) matching `where` on its first reply task
    (and `conditions`)."""
    q = (select(InquiryRow.id).join(TaskRow, TaskRow.inquiry_id == InquiryRow.id)
         .where(InquiryRow.received_at < NOW - timedelta(days=5), InquiryRow.received_at > NOW - timedelta(days=25),
                TaskRow.kind == "reply", *conditions, *[getattr(TaskRow, k) == v for k, v in where.items()])
         .order_by(InquiryRow.id).limit(1))
    found = s.scalar(q)
    assert found is not None, where
    return found


def _changes():  # type: ignore[no-untyped-def]
    """(name, change(session)): each kind of write a kept day must see."""
    def reopen(s):  # type: ignore[no-untyped-def]
        i = _old_inquiry(s, state="done")
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply")
                  .values(state="open", due_at=NOW + timedelta(hours=2)))

    def done(s):  # type: ignore[no-untyped-def]
        task = s.scalar(select(TaskRow).join(InquiryRow).where(TaskRow.kind == "reply", TaskRow.state == "open",
                                                               TaskRow.created_at < NOW - timedelta(days=2),
                                                               InquiryRow.received_at > NOW - timedelta(days=25),
                                                               InquiryRow.message_id != "<edge1@x>")
                        .order_by(TaskRow.id).limit(1))  # a kept day's, the same on both databases
        task.state, task.done_at = "done", NOW

    def move_deadline(s):  # type: ignore[no-untyped-def]
        i = s.scalar(select(InquiryRow.id).where(InquiryRow.message_id == "<edge1@x>"))
        task = s.scalar(select(TaskRow).where(TaskRow.inquiry_id == i).order_by(TaskRow.due_at).offset(1).limit(1))
        task.due_at = NOW - timedelta(hours=1)  # the middle of three: only the tasks know, not the row's facts

    def third_task(s):  # type: ignore[no-untyped-def]
        i = _old_inquiry(s, state="done")
        for hours in (-1, 3, 6):
            s.add(TaskRow(inquiry_id=i, kind="reply", state="snoozed", grade="C", due_at=NOW + timedelta(hours=hours),
                          created_at=NOW - timedelta(days=1)))

    def delete(s):  # type: ignore[no-untyped-def]
        s.delete(s.get(InquiryRow, _old_inquiry(s, state="done")))

    def regrade(s):  # type: ignore[no-untyped-def]
        s.get(InquiryRow, _old_inquiry(s, state="done")).grade = "A"

    def no_grade(s):  # type: ignore[no-untyped-def]
        s.get(InquiryRow, _old_inquiry(s, state="done")).grade = ""  # the report takes the first reply task's

    def task_grade(s):  # type: ignore[no-untyped-def]
        i = s.scalar(select(InquiryRow.id).where(InquiryRow.grade == "", InquiryRow.received_at < NOW - timedelta(days=5))
                     .order_by(InquiryRow.id).limit(1))
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply").values(grade="D"))

    def dismiss(s):  # type: ignore[no-untyped-def]
        not_yet = func.coalesce(InquiryRow.dismissed_as, "") == ""  # else nothing is written
        s.get(InquiryRow, _old_inquiry(s, not_yet, state="open")).dismissed_as = "spam"

    def dismiss_task(s):  # type: ignore[no-untyped-def]
        i = _old_inquiry(s, state="open")
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply", TaskRow.state == "open")
                  .values(state="dismissed"))

    def move_day(s):  # type: ignore[no-untyped-def]
        row = s.get(InquiryRow, _old_inquiry(s, state="done"))
        row.received_at = NOW - timedelta(days=20, hours=7)

    def late_reply(s):  # type: ignore[no-untyped-def]
        row = s.get(InquiryRow, _old_inquiry(s, state="done"))
        s.add(ReplyRow(inquiry_id=row.id, author="zed", channel="email", kind="reply",
                       sent_at=row.received_at + timedelta(minutes=1)))
        row.first_reply_known = None  # as a bulk load leaves it: the report derives the facts again

    def bulk_insert(s):  # type: ignore[no-untyped-def]
        at = NOW - timedelta(days=12, hours=3)
        s.execute(insert(InquiryRow).values(message_id="<bulk@x>", content_hash="", source="t", channel="email",
                                            status="triaged", grade="C", suspicious=False, risk=0.0, from_addr="",
                                            from_name="", subject="", body="", country="", received_at=at,
                                            triaged_at=at, result={}, draft="", buyer_key="", buyer_timezone="",
                                            product="", raw=b"", filing="inquiry"))

    return [move_deadline, reopen, done, third_task, delete, regrade, no_grade, task_grade, dismiss, dismiss_task,
            move_day, late_reply, bulk_insert]


def _claim_old(s) -> None:  # type: ignore[no-untyped-def]
    """A claim (open -> claimed, an assignee): live either way, no figure changes."""
    i = _old_inquiry(s, state="open")
    s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply", TaskRow.state == "open")
              .values(state="claimed", assignee="lena"))


def test_every_change_makes_its_kept_day_stale(store) -> None:
    _, sessions = store
    _build(sessions)
    since = NOW - timedelta(days=30)
    for by in BY:
        _same(sessions, since=since, by=by)
    _same(sessions, since=since, calendar="none")
    for change in _changes():
        before = _kept_days(sessions)
        with sessions.begin() as s:
            change(s)
        assert _kept_days(sessions) < before, change.__name__  # the changed day is no longer current
        for by in BY:
            _same(sessions, since=since, by=by)
        _same(sessions, since=since, calendar="none", by="agent")
    before = _kept_days(sessions)
    with sessions.begin() as s:
        _claim_old(s)
    assert _kept_days(sessions) == before  # nothing to recompute
    _same(sessions, since=since, by="agent")


def test_a_day_changed_after_its_version_was_read_is_not_kept(store) -> None:
    """The conditional write: a rollup computed from inquiries read after version v is kept only
    while the day is still at v (a writer's change meanwhile bumps it)."""
    _, sessions = store
    _build(sessions)
    day = (NOW - timedelta(days=10)).date()
    with sessions() as s:
        read_before = rollups.read(s, [day], None)
        computed, _ = _compute_days(s, [day], None, False)
    with sessions.begin() as s:  # another writer
        i = s.scalar(select(InquiryRow.id).where(InquiryRow.received_at >= rollups.day_start(day),
                                                 InquiryRow.received_at < rollups.day_start(day) + rollups.DAY).limit(1))
        s.get(InquiryRow, i).grade = "A" if s.get(InquiryRow, i).grade != "A" else "B"
    with sessions.begin() as s:
        assert rollups.keep(s, computed, read_before, None) == 0
    with sessions() as s:
        assert day not in rollups.read(s, [day], None).groups  # not current
        assert s.scalar(select(rollups.current(s.get_bind().dialect.name)).where(SlaDayRow.day == day)) in (None, False)
    with sessions.begin() as s:  # read again: kept
        read_before = rollups.read(s, [day], None)
        computed, _ = _compute_days(s, [day], None, False)
        assert rollups.keep(s, computed, read_before, None) == 1
    with sessions() as s:
        order = lambda groups: sorted(groups, key=lambda g: (g.grade, g.agent))  # noqa: E731
        assert order(rollups.read(s, [day], None).groups[day]) == order(computed[day])


def test_follow_up_and_review_tasks_leave_the_days_alone(store) -> None:
    """Only reply tasks feed the report: other task writes bump no day (no needless recomputation)."""
    _, sessions = store
    day = (NOW - timedelta(days=4)).date()
    with sessions.begin() as s:
        row = _inquiry(1, NOW - timedelta(days=4), NOW - timedelta(days=4))
        s.add(row)
    with sessions() as s:
        before = _recorded(s, day)
        assert before > 0  # the insert itself
    with sessions.begin() as s:
        task = TaskRow(inquiry_id=1, kind="silent-buyer", state="open", grade="B", due_at=NOW, created_at=NOW)
        s.add(task)
        s.flush()
        task.state = "done"
    with sessions() as s:
        assert _recorded(s, day) == before
        # no other day either (PostgreSQL adds no sla_days row at all: only a report does)
        assert s.scalar(text("SELECT count(*) FROM sla_days")) == (1 if s.get_bind().dialect.name == "sqlite" else 0)
        assert s.scalar(text("SELECT count(DISTINCT day) FROM sla_day_changes")) == (
            0 if s.get_bind().dialect.name == "sqlite" else 1)
    with sessions.begin() as s:
        s.add(TaskRow(inquiry_id=1, kind="reply", state="open", grade="B", due_at=NOW, created_at=NOW))
    with sessions() as s:
        assert _recorded(s, day) > before


def test_the_default_reads_rollups_only_where_days_are_busy(store) -> None:
    """use_rollups=None: a sparse history (fewer than ROLLUPS_PER_DAY inquiries a day) is read
    directly, nothing kept; a busy one from the rollups; the same figures either way."""
    from inquiry_triage.reports.sla import ROLLUPS_PER_DAY

    _, sessions = store
    generate(sessions, 600, now=NOW, days=30, seed=5, raw_bytes=16)  # 20 a day
    since = NOW - timedelta(days=20)
    with sessions.begin() as s:
        sparse = collect_sla(s, now=NOW, since=since, calendar=_calendar("shanghai"))
    assert _kept_days(sessions) == 0
    with sessions() as s:
        assert sparse == collect_sla(s, now=NOW, since=since, calendar=_calendar("shanghai"), use_rollups=False)
    with sessions.begin() as s:  # a busy week on top: well above ROLLUPS_PER_DAY a day
        rows = [{"id": 100_000 + n, "message_id": f"<busy{n}@x>", "content_hash": "", "source": "t", "channel": "email",
                 "status": "triaged", "grade": "ABCD"[n % 4], "suspicious": False, "risk": 0.0, "from_addr": "",
                 "from_name": "", "subject": "", "body": "", "country": "", "result": {}, "draft": "", "buyer_key": "",
                 "buyer_timezone": "", "product": "", "raw": b"", "filing": "inquiry",
                 "received_at": NOW - timedelta(days=7, minutes=n * 2), "triaged_at": NOW - timedelta(days=7, minutes=n * 2)}
                for n in range(ROLLUPS_PER_DAY * 30)]
        s.execute(insert(InquiryRow), rows)
    with sessions.begin() as s:
        busy = collect_sla(s, now=NOW, since=since, calendar=_calendar("shanghai"))
    assert _kept_days(sessions) > 0
    with sessions() as s:
        assert busy == collect_sla(s, now=NOW, since=since, calendar=_calendar("shanghai"), use_rollups=False)


def test_the_rollup_statements_use_their_indexes(store) -> None:
    """The day's inquiries from ix_inquiries_receipt_facts alone; the kept days and their groups by
    their primary keys' ranges (PostgreSQL with sequential scans off: what an index CAN serve)."""
    url, sessions = store
    _build(sessions)
    first, last = (NOW - timedelta(days=10)).date(), (NOW - timedelta(days=3)).date()
    sqlite = url.startswith("sqlite")
    from inquiry_triage.reports.sla import _day_facts

    with sessions() as s:
        days = rollups.read_statement(first, last, s.get_bind().dialect.name)
        if not sqlite:
            s.execute(text("ANALYZE"))
            s.execute(text("SET enable_seqscan = off"))
        plans = []
        for query in (_day_facts(first, last, "k", sqlite), days):
            compiled = query.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
            rows = s.execute(text(f"{'EXPLAIN QUERY PLAN' if sqlite else 'EXPLAIN'} {compiled}"))
            plans.append("\n".join(str(r[-1] if sqlite else r[0]) for r in rows))
    facts, kept = plans
    if sqlite:
        assert "USING COVERING INDEX ix_inquiries_receipt_facts" in facts and "SCAN inquiries" not in facts, facts
        assert "replies" not in facts and "SCAN tasks" not in facts, facts
        assert "SEARCH sla_days USING" in kept and "SEARCH sla_day_groups USING" in kept, kept
    else:
        assert "ix_inquiries_receipt_facts" in facts and "Seq Scan on inquiries" not in facts, facts
        assert "on replies" not in facts and "Seq Scan on tasks" not in facts, facts
        assert "Seq Scan" not in kept and "sla_day_groups_pkey" in kept, kept
        assert "sla_day_changes_pkey" in kept, kept  # each day's change rows by the day
