"""queue/views.py on both databases: the web's queue rows (paged, first line and flags read for the
shown rows only, never the raw mail), the task view, users' sessions and the optimistic lock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import event, select

from inquiry_triage.config import load_config
from inquiry_triage.queue import users
from inquiry_triage.queue.operations import Actor, NotAllowed
from inquiry_triage.queue.views import QueueRow, countdown, first_line, queue_list, seller_calendar, task_view
from inquiry_triage.store import open_store
from inquiry_triage.store.models import AuditRow, TaskRow
from inquiry_triage.store.queue import QueueFilter
from tests.servers.postgres import pg_url, postgres_server  # noqa: F401  (fixtures are used by name)
from tests.web.web_store import PASSWORD, triaged_store

NOW = datetime.now(timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "v.db"
    engine, sessions = open_store(triaged_store(url))
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    yield sessions, statements
    engine.dispose()


def test_queue_rows_are_one_page_with_flags_and_clocks_and_no_raw_mail(store):
    sessions, statements = store
    config = load_config(None)
    with sessions() as s:
        listing = queue_list(s, Actor("alice", "agent"), QueueFilter(), NOW, seller_calendar(config), limit=3)
    assert len(listing.rows) == 3 and listing.page.total > 3
    assert all(isinstance(r, QueueRow) and not r.entry.suspicious for r in listing.rows)  # an agent's list
    grades = [r.entry.grade for r in listing.rows]
    assert grades == sorted(grades)
    for row in listing.rows:
        assert row.badge in ("ok", "soon", "overdue")
        assert (row.business_left < timedelta(0)) == (row.badge == "overdue")
        assert len(row.first_line) <= 160 and "\n" not in row.first_line
    assert any(r.buyer_local is not None for r in listing.rows)
    # Not one statement reads the raw mail or the whole result JSON.
    assert not [q for q in statements if "inquiries.raw" in q or "raw AS" in q], statements


def test_the_task_view_defers_the_raw_mail_until_attachments_are_asked_for(store):
    sessions, statements = store
    config = load_config(None)
    with sessions() as s:
        task_id = s.scalar(select(TaskRow.id).where(TaskRow.kind == "reply").order_by(TaskRow.id).limit(1))
        statements.clear()
        view = task_view(s, task_id, config, Actor("lena", "lead"), NOW)
        assert not [q for q in statements if "raw" in q.split("FROM")[0]]
        assert view.reasons and view.draft and view.audit_mark == 0 and view.version == 0
        statements.clear()
        task_view(s, task_id, config, Actor("lena", "lead"), NOW, attachments=True)
        assert [q for q in statements if "raw" in q.split("FROM")[0]]
        review_id = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review").limit(1))
        with pytest.raises(NotAllowed):
            task_view(s, review_id, config, Actor("alice", "agent"), NOW)


def test_sessions_and_the_version_lock_on_this_database(store):
    from inquiry_triage.web import actions

    sessions, _ = store
    config = load_config(None)
    with sessions.begin() as s:
        user = users.verify_login(s, "alice", PASSWORD, NOW)
        token = users.start_session(s, user, NOW)
    with sessions.begin() as s:
        assert users.session_user(s, token, NOW + timedelta(minutes=5)).actor == Actor("alice", "agent")
        task_id = s.scalar(select(TaskRow.id).where(TaskRow.state == "open", TaskRow.kind == "reply").limit(1))
    form = actions.Form(version=0, mark=0)
    with sessions.begin() as s:
        assert "claimed" in str(actions.perform(s, Actor("alice", "agent"), NOW, task_id, "claim", form, config))
    with pytest.raises(actions.StaleForm, match="changed by alice at"), sessions.begin() as s:
        actions.perform(s, Actor("bob", "agent"), NOW, task_id, "claim", form, config)
    with sessions() as s:
        assert s.get(TaskRow, task_id).version == 1
        assert s.scalar(select(AuditRow.actor).where(AuditRow.task_id == task_id)) == "alice"
    with sessions.begin() as s:
        users.disable_user(s, "alice", NOW)
    with sessions.begin() as s:
        assert users.session_user(s, token, NOW) is None


def test_countdown_and_first_line():
    assert countdown(timedelta(hours=3, minutes=20)) == "3h 20m"
    assert countdown(timedelta(minutes=-65)) == "-1h 05m"
    assert countdown(timedelta(minutes=7)) == "7m"
    assert first_line("\n\n  Please   quote \nsecond") == "Please quote"


def test_business_time_left_walked_once_equals_each_counted_alone():
    from inquiry_triage.queue.views import business_lefts

    calendar = seller_calendar(load_config(None))
    now = datetime(2026, 11, 30, 3, 30, tzinfo=timezone.utc)  # Monday 11:30 in Shanghai
    dues = [now + timedelta(hours=h) for h in (-400, -30, -2.5, -0.1, 0, 0.5, 3, 26, 75, 500)] + [now - timedelta(hours=30)]
    got = business_lefts(calendar, now, dues)
    for due in dues:
        alone = (calendar.business_time_between(now, due) if due >= now
                 else -calendar.business_time_between(due, now))
        assert got[due] == alone, due
