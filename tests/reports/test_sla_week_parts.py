"""`report sla --by week` on a clock that is not UTC's from day rollups kept in parts (migration
0012, reports/rollups.py): a UTC day a week starts inside (Monday 00:00 in Shanghai is Sunday 16:00
UTC; Madrid 22:00 or 23:00 across the end of summer time; St John's Monday 02:30 or 03:30, half-hour
offsets across its own change; Kathmandu Sunday 18:15) is kept cut at that instant, each part summed
into its week, instead of being read from its inquiries by every report. The figures must be the
direct path's (collect_sla(use_rollups=False)) on both databases: computed and read back, at several
`now`s (one exactly at a week start), periods starting at a week start, receipts exactly at a week
start and a microsecond before it (received and undated), after every kind of change to a cut day
(in either part, a receipt moved across the cut within the day), with a day kept for one
calendar's weeks read for another's, read whole (by grade, agent), and after a downgrade and upgrade.
A warm report computes no day: the cut days are read from the rollups."""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, inspect, select, text, update

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.reports import rollups, sla  # noqa: E402
from inquiry_triage.reports.sla import BY, _compute_days, collect_sla  # noqa: E402
from inquiry_triage.scheduling.deadlines import calendar_from_config  # noqa: E402
from inquiry_triage.store.db import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, ReplyRow, SlaDayGroupRow, SlaDayRow, TaskRow  # noqa: E402
from tests.reports.sla_store import generate, migrate, stamp_some  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both as store  # noqa: E402,F401

UTC = timezone.utc
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)  # a Friday
CALENDARS = {
    "shanghai": {"timezone": "Asia/Shanghai", "country": "CN", "breaks": [["12:00", "13:00"]]},
    "madrid": {"timezone": "Europe/Madrid", "country": "ES", "hours": ["08:30", "17:30"]},  # CEST ends 2026-10-25
    "st_johns": {"timezone": "America/St_Johns", "hours": ["08:30", "17:00"]},  # -2:30 -> -3:30 on 2026-11-01
    "kathmandu": {"timezone": "Asia/Kathmandu", "workdays": ["sun", "mon", "tue", "wed", "thu", "fri"]},  # +5:45
}


def _calendar(name: str | None):  # type: ignore[no-untyped-def]
    return calendar_from_config(dict(CALENDARS[name])) if name else None


def _week_starts(zone: str, first: date, last: date) -> list[datetime]:
    """Monday 00:00 on the zone's clock of each week from `first` to `last`, in UTC."""
    monday = first - timedelta(days=first.weekday())
    out = []
    while monday <= last:
        out.append(datetime.combine(monday, time(0), tzinfo=ZoneInfo(zone)).astimezone(UTC))
        monday += timedelta(days=7)
    return out


# --- the plan (no database) ---------------------------------------------------------------------------

def test_a_week_start_inside_a_utc_day_cuts_that_day_instead_of_reading_it_live() -> None:
    since = datetime(2026, 10, 12, tzinfo=UTC)
    expected = {  # zone: {UTC day: its cuts, hours after its UTC midnight}
        "Asia/Shanghai": {date(2026, 10, 18): 16, date(2026, 10, 25): 16, date(2026, 11, 1): 16},
        "Europe/Madrid": {date(2026, 10, 18): 22, date(2026, 10, 25): 23, date(2026, 11, 1): 23},
        "America/St_Johns": {date(2026, 10, 19): 2.5, date(2026, 10, 26): 2.5, date(2026, 11, 2): 3.5},
        "Asia/Kathmandu": {date(2026, 10, 18): 18.25, date(2026, 10, 25): 18.25, date(2026, 11, 1): 18.25},
    }
    now = datetime(2026, 11, 3, 12, tzinfo=UTC)
    for zone, cut_days in expected.items():
        plan = rollups.plan(since, now, None, _week_starts(zone, since.date(), now.date())[1:])
        assert plan.days == [since.date() + timedelta(days=n) for n in range(22)], zone  # every whole day
        assert plan.live == [(rollups.day_start(now.date()), None)], zone  # today only
        assert plan.cuts == {day: (int(hours * 3600 * 1_000_000),) for day, hours in cut_days.items()}, zone
    utc = rollups.plan(since, now, None, _week_starts("UTC", since.date(), now.date())[1:])
    assert utc.cuts == {} and len(utc.days) == 22  # at UTC midnight: no cut


def test_cuts_kept_with_a_day() -> None:
    assert rollups.cuts_text(()) is None and rollups.parse_cuts(None) == () and rollups.parse_cuts("") == ()
    assert rollups.cuts_text((5, 3, 5)) == "3,5" and rollups.parse_cuts("3,5") == (3, 5)
    assert rollups.cuts_to_keep((7,), (3, 5)) == (3, 5, 7)  # another calendar's stay
    many = tuple(range(1, rollups.MAX_CUTS + 1))
    assert rollups.cuts_to_keep((100,), many) == (100,)  # too many: the report's own only
    day = date(2026, 11, 22)
    weeks = [(datetime(2026, 11, 15, 16, tzinfo=UTC), "W47"), (datetime(2026, 11, 22, 16, tzinfo=UTC), "W48")]
    assert rollups.week_of_day(day, weeks) == "W47"
    assert rollups.week_of_day(day, weeks, 16 * 3600 * 1_000_000) == "W48"
    assert rollups.week_of_day(day, weeks, 16 * 3600 * 1_000_000 - 1) == "W47"


# --- on a store ------------------------------------------------------------------------------------------

def _inquiry(tag: str, received: datetime | None, triaged: datetime, grade: str = "B") -> InquiryRow:
    return InquiryRow(message_id=f"<{tag}@x>", source="t", channel="email", status="triaged", grade=grade,
                      result={}, received_at=received, triaged_at=triaged, filing="inquiry")


def _edge_rows(sessions) -> None:  # type: ignore[no-untyped-def]
    """At each calendar's week starts in the history: a receipt exactly at it, one a microsecond
    before, and an undated one (receipt = triaged_at) exactly at it; each with a reply task (some
    live, some replied late); and live and done ones hours before and after it."""
    n = 0
    hour = timedelta(hours=1)
    with sessions.begin() as s:
        for name, table in CALENDARS.items():
            for start in _week_starts(table["timezone"], (NOW - timedelta(days=44)).date(), NOW.date()):
                if start >= NOW:
                    continue
                for at, undated, state in ((start, False, None), (start - timedelta(microseconds=1), False, None),
                                           (start, True, None), (start - 3 * hour, False, "open"),
                                           (start - 2 * hour, False, "done"), (start + hour, False, "open"),
                                           (start + 2 * hour, False, "done")):
                    n += 1
                    row = _inquiry(f"{name}{n}", None if undated else at, at, grade="ABCD"[n % 4])
                    state = state or ("open" if n % 3 else "done")
                    row.tasks.append(TaskRow(kind="reply", state=state, grade=row.grade,
                                             due_at=at + timedelta(hours=6 + n % 40), created_at=at))
                    s.add(row)
                    if n % 3 == 0:
                        s.flush()
                        s.add(ReplyRow(inquiry_id=row.id, author="chen", channel="email", kind="reply",
                                       sent_at=at + timedelta(hours=1 + n % 50)))
                        row.first_reply_known = None  # derived by the report


def _build(sessions) -> None:  # type: ignore[no-untyped-def]
    generate(sessions, 1200, now=NOW, days=45, seed=12, awkward=True, raw_bytes=32)
    with sessions.begin() as s:  # the generator writes explicit ids: PostgreSQL's sequences go on after them
        if s.get_bind().dialect.name == "postgresql":
            for table in ("inquiries", "tasks", "replies"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    stamp_some(sessions, _calendar("shanghai"), share=0.5)
    _edge_rows(sessions)


def _same(sessions, calendar: str, *, now=NOW, since=None, by="week"):  # type: ignore[no-untyped-def]
    """The rollup path (committed: the days it computes are kept) equals the direct path."""
    with sessions.begin() as s:
        got = collect_sla(s, now=now, since=since, by=by, calendar=_calendar(calendar), use_rollups=True)
    with sessions() as s:
        want = collect_sla(s, now=now, since=since, by=by, calendar=_calendar(calendar), use_rollups=False)
    assert got == want, (by, since, calendar, now)
    return got


@pytest.fixture
def computed_days(monkeypatch):  # type: ignore[no-untyped-def]
    """The days each report computed from their inquiries (not read from the rollups)."""
    seen: list[date] = []
    real = sla._compute_days

    def spy(session, days, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.extend(days)
        return real(session, days, *args, **kwargs)

    monkeypatch.setattr(sla, "_compute_days", spy)
    return seen


def _parts(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(SlaDayGroupRow).where(SlaDayGroupRow.part > 0))


def test_by_week_from_parts_gives_the_direct_figures(store, computed_days) -> None:
    _, sessions = store
    _build(sessions)
    for name, table in CALENDARS.items():
        starts = [s for s in _week_starts(table["timezone"], (NOW - timedelta(days=40)).date(), NOW.date()) if s < NOW]
        at_start = starts[-1]  # `now` exactly at a week start (its day is today: read live)
        for since in (None, NOW - timedelta(days=30), starts[1], NOW - timedelta(hours=36)):
            _same(sessions, name, since=since)  # days computed (and kept, in parts)
            computed_days.clear()
            _same(sessions, name, since=since)  # read back: nothing computed, the cut days included
            assert computed_days == [], (name, since)
            for now in (NOW + timedelta(hours=3), NOW + timedelta(days=2), at_start, at_start + timedelta(days=1)):
                if since is None or since < now:
                    _same(sessions, name, now=now, since=since)
        for by in ("grade", "agent"):  # the cut days read whole: their parts summed
            _same(sessions, name, since=NOW - timedelta(days=30), by=by)
    assert _parts(sessions) > 0


def _cut_day_inquiry(s, day: date, cut: datetime, after: bool,  # type: ignore[no-untyped-def]
                     *conditions, **task) -> int:
    """An inquiry received on the cut day, before the cut or at/after it, whose reply task matches."""
    side = InquiryRow.received_at >= cut if after else InquiryRow.received_at < cut
    found = s.scalar(select(InquiryRow.id).join(TaskRow, TaskRow.inquiry_id == InquiryRow.id).where(
        InquiryRow.received_at >= rollups.day_start(day), InquiryRow.received_at < rollups.day_start(day) + rollups.DAY,
        side, TaskRow.kind == "reply", *conditions, *[getattr(TaskRow, k) == v for k, v in task.items()])
        .order_by(InquiryRow.id).limit(1))
    assert found is not None, (day, after, task)
    return found


def _changes(day: date, cut: datetime):  # type: ignore[no-untyped-def]
    """(name, change(session)) of the inquiries of a cut day, in either part."""
    def done(s):  # type: ignore[no-untyped-def]
        i = _cut_day_inquiry(s, day, cut, True, state="open")
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply").values(state="done"))

    def reopen(s):  # type: ignore[no-untyped-def]
        i = _cut_day_inquiry(s, day, cut, False, state="done")
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply")
                  .values(state="open", due_at=NOW - timedelta(hours=2)))

    def move_deadline(s):  # type: ignore[no-untyped-def]
        i = _cut_day_inquiry(s, day, cut, True, state="open")
        s.execute(update(TaskRow).where(TaskRow.inquiry_id == i, TaskRow.kind == "reply")
                  .values(due_at=NOW + timedelta(hours=5)))

    def regrade(s):  # type: ignore[no-untyped-def]
        s.get(InquiryRow, _cut_day_inquiry(s, day, cut, True)).grade = "A"

    def dismiss(s):  # type: ignore[no-untyped-def]
        not_yet = func.coalesce(InquiryRow.dismissed_as, "") == ""
        s.get(InquiryRow, _cut_day_inquiry(s, day, cut, False, not_yet, state="open")).dismissed_as = "spam"

    def delete(s):  # type: ignore[no-untyped-def]
        s.delete(s.get(InquiryRow, _cut_day_inquiry(s, day, cut, True)))

    def across_the_cut(s):  # type: ignore[no-untyped-def]
        row = s.get(InquiryRow, _cut_day_inquiry(s, day, cut, False))
        row.received_at = cut  # same UTC day, the next week

    def back_a_microsecond(s):  # type: ignore[no-untyped-def]
        row = s.get(InquiryRow, _cut_day_inquiry(s, day, cut, True))
        row.received_at = cut - timedelta(microseconds=1)

    def late_reply(s):  # type: ignore[no-untyped-def]
        row = s.get(InquiryRow, _cut_day_inquiry(s, day, cut, True))
        s.add(ReplyRow(inquiry_id=row.id, author="zed", channel="email", kind="reply",
                       sent_at=row.received_at + timedelta(minutes=1)))
        row.first_reply_known = None

    def bulk_insert_at_the_cut(s):  # type: ignore[no-untyped-def]
        s.execute(insert(InquiryRow).values(message_id="<bulk-cut@x>", content_hash="", source="t", channel="email",
                                            status="triaged", grade="C", suspicious=False, risk=0.0, from_addr="",
                                            from_name="", subject="", body="", country="", received_at=cut,
                                            triaged_at=cut, result={}, draft="", buyer_key="", buyer_timezone="",
                                            product="", raw=b"", filing="inquiry"))

    return [done, reopen, move_deadline, regrade, dismiss, delete, across_the_cut, back_a_microsecond, late_reply,
            bulk_insert_at_the_cut]


def test_every_change_of_a_cut_day_makes_it_stale(store, computed_days) -> None:
    _, sessions = store
    _build(sessions)
    since = NOW - timedelta(days=30)
    cut = _week_starts("Asia/Shanghai", (NOW - timedelta(days=8)).date(), NOW.date())[0]  # Sunday 16:00 UTC
    day = cut.date()
    for name in CALENDARS:
        _same(sessions, name, since=since)
    for change in _changes(day, cut):
        with sessions.begin() as s:
            change(s)
        computed_days.clear()
        _same(sessions, "shanghai", since=since)
        assert day in computed_days, change.__name__  # the changed day was not read from its kept parts
        for name in ("madrid", "kathmandu"):
            _same(sessions, name, since=since)
        _same(sessions, "shanghai", since=since, by="grade")


def test_a_recomputed_day_keeps_its_cuts(store, computed_days) -> None:
    """A by-grade report recomputing a changed day kept in parts keeps its cuts (by week is not
    computed again after it); a day recomputed for another calendar keeps the first one's cuts
    too, and a report without a calendar (any kept calendar serves it) reads every day kept."""
    _, sessions = store
    _build(sessions)
    since = NOW - timedelta(days=30)
    _same(sessions, "shanghai", since=since)
    day = (NOW - timedelta(days=5)).date()  # Sunday 2026-11-22: cut at 16:00 UTC
    with sessions.begin() as s:
        row = s.get(InquiryRow, s.scalar(select(InquiryRow.id).where(
            InquiryRow.received_at >= rollups.day_start(day), InquiryRow.received_at < rollups.day_start(day)
            + rollups.DAY).order_by(InquiryRow.id).limit(1)))
        row.grade = "A" if row.grade != "A" else "B"
    computed_days.clear()
    _same(sessions, "shanghai", since=since, by="grade")
    assert computed_days == [day]
    computed_days.clear()
    _same(sessions, "shanghai", since=since)
    assert computed_days == []
    _same(sessions, "kathmandu", since=since)  # another calendar: every day computed for its business hours
    with sessions() as s:
        assert s.scalar(select(SlaDayRow.rolled_cuts).where(SlaDayRow.day == day)) == rollups.cuts_text(
            (16 * 3600 * 1_000_000, (18 * 3600 + 15 * 60) * 1_000_000))
    computed_days.clear()
    _same(sessions, None, since=since, by="agent")
    _same(sessions, "kathmandu", since=since)
    assert computed_days == []


def test_a_cut_day_changed_after_it_was_read_is_not_kept(store) -> None:
    """The conditional keep holds for a day in parts: a change committed after the report read the
    day's state (SQLite: its version; PostgreSQL: before its snapshot) leaves the parts unkept."""
    _, sessions = store
    _build(sessions)
    cut = _week_starts("Asia/Shanghai", (NOW - timedelta(days=8)).date(), NOW.date())[0]
    day, cuts = cut.date(), {cut.date(): ((cut - rollups.day_start(cut.date())) // timedelta(microseconds=1),)}
    with sessions() as s:
        read_before = rollups.read(s, [day], None, cuts)
        computed, _ = _compute_days(s, [day], None, False, cuts)
    assert {g.part for g in computed[day]} == {0, cuts[day][0]}
    with sessions.begin() as s:  # another writer: an inquiry of the day's first part moved into the second
        s.get(InquiryRow, _cut_day_inquiry(s, day, cut, False)).received_at = cut + timedelta(hours=1)
    with sessions.begin() as s:
        assert rollups.keep(s, computed, read_before, None, cuts) == 0
    with sessions() as s:
        assert day not in rollups.read(s, [day], None, cuts).groups
    with sessions.begin() as s:
        read_before = rollups.read(s, [day], None, cuts)
        computed, _ = _compute_days(s, [day], None, False, cuts)
        assert rollups.keep(s, computed, read_before, None, cuts) == 1
    with sessions() as s:
        order = lambda groups: sorted(groups, key=lambda g: (g.part, g.grade, g.agent))  # noqa: E731
        assert order(rollups.read(s, [day], None, cuts).groups[day]) == order(computed[day])
        assert day in rollups.read(s, [day], None).groups  # read whole too
        other = {day: (cuts[day][0] + 1,)}  # a cut it was not kept with: not served
        assert day not in rollups.read(s, [day], None, other).groups


def test_downgrade_drops_the_parts_and_upgrade_serves_weeks_again(db_url) -> None:  # noqa: F811
    engine, sessions = open_store(db_url)
    try:
        _build(sessions)
        since = NOW - timedelta(days=30)
        _same(sessions, "shanghai", since=since)
        _same(sessions, "madrid", since=since, by="grade")
        with sessions() as s:
            cut_days = set(s.scalars(select(SlaDayRow.day).where(SlaDayRow.rolled_cuts.is_not(None))))
            whole = set(s.scalars(select(SlaDayRow.day).where(SlaDayRow.rolled_cuts.is_(None),
                                                              rollups.current(s.get_bind().dialect.name))))
        assert len(cut_days) >= 4 and whole
        migrate(engine, False, "0011")
        names = lambda table: {c["name"] for c in inspect(engine).get_columns(table)}  # noqa: E731
        assert "part" not in names("sla_day_groups") and "rolled_cuts" not in names("sla_days")
        postgres = engine.dialect.name == "postgresql"
        with engine.connect() as c:
            grouped = set(c.execute(text("SELECT DISTINCT day FROM sla_day_groups")).scalars())
            assert not grouped & {d.isoformat() if not postgres else d for d in cut_days}  # their parts are gone
            flag = "rolled_snapshot" if postgres else "rolled_version"
            left = c.execute(text(f"SELECT day FROM sla_days WHERE {flag} IS NOT NULL")).scalars()
            assert not {str(d) for d in left} & {d.isoformat() for d in cut_days}  # not current under 0011
            assert c.execute(text("SELECT count(*) FROM sla_day_groups")).scalar() > 0  # whole days stay
        migrate(engine, True, "head")
        for name in CALENDARS:
            _same(sessions, name, since=since)
        _same(sessions, "shanghai", since=since, by="agent")
    finally:
        engine.dispose()
