"""`report sla` on a real SQLite store: a fixture day with known first-response times.

Shanghai is UTC+8 and the seller's hours are 09:00-18:00 there (01:00-10:00 UTC). The day is
Tuesday 2026-11-17 (ISO week 47); the report runs at 10:00 UTC (18:00 in Shanghai).

 #  grade  receipt (UTC)          reply task due       first reply            FRT h / bh   notes
 1  A      Tue 01:00              Tue 03:00            alice Tue 02:00          1 / 1      + later bob reply, + open follow-up
 2  A      Tue 02:00              Tue 04:00            bob   Tue 05:00          3 / 3      breach (late)
 3  B      (none) triaged 03:00   Tue 07:00            alice Tue 04:30        1.5 / 1.5    received_at missing
 4  B      Tue 04:00              Tue 08:00 (open)     -                          -        breach, backlog, overdue
 5  C      Tue 06:00              Wed 06:00 (claimed)  -                          -        backlog, not yet due
 6  C      Mon 12:00 (20:00 SH)   Tue 03:00            alice Tue 02:00         14 / 1      after hours: 1 business hour
 7  B      Fri 11-13 02:00        Fri 06:00            bob   Fri 04:00          2 / 2      week 46
 8  D      Sun 11-15 17:00        Mon 10:00 (dismissed)-                          -        spam: no breach; Mon in SH
 9  A      Tue 07:00              Tue 09:00 (snoozed)  -                          -        breach, backlog, overdue
 -  failed inquiry (never counted)
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.reports.sla import UNREPLIED, collect_sla, render_sla
from inquiry_triage.scheduling.deadlines import calendar_from_config
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, ReplyRow, TaskRow
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: F401  (fixtures are used by name)

UTC = timezone.utc
NOW = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
SINCE = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)


def at(day: int, hour: float) -> datetime:
    return datetime(2026, 11, day, tzinfo=UTC) + timedelta(hours=hour)


@pytest.fixture(scope="module")
def calendar():
    return calendar_from_config({"timezone": "Asia/Shanghai", "country": "CN"})


def _inquiry(s, n, grade, received, due, *, state="open", reply=None, triaged=None, dismissed=None,
             assignee=None):
    row = InquiryRow(message_id=f"<m{n}@fixture>", source="fixture", channel="email", status="triaged", grade=grade,
                     score=5.0, suspicious=False, received_at=received, triaged_at=triaged or received,
                     result={}, subject=f"inquiry {n}", from_addr=f"buyer{n}@example.com", dismissed_as=dismissed)
    s.add(row)
    s.flush()
    task = TaskRow(inquiry_id=row.id, kind="reply", state=state, grade=grade, due_at=due, assignee=assignee,
                   created_at=triaged or received)
    s.add(task)
    s.flush()
    if reply is not None:
        author, sent = reply
        s.add(ReplyRow(inquiry_id=row.id, task_id=task.id, author=author, channel="email", sent_at=sent))
        task.state, task.done_at, task.assignee = "done", sent, author
    return row, task


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    path = tmp_path_factory.mktemp("sla") / "x.db"
    engine, sessions = open_store(f"sqlite:///{path}")
    with sessions.begin() as s:
        one, _ = _inquiry(s, 1, "A", at(17, 1), at(17, 3), reply=("alice", at(17, 2)))
        s.add(ReplyRow(inquiry_id=one.id, author="bob", channel="email", kind="follow-up", sent_at=at(17, 8)))
        s.add(TaskRow(inquiry_id=one.id, kind="silent-buyer", rule="silent-buyer:1", state="open", grade="A",
                      due_at=at(17, 5), created_at=at(17, 2)))  # a follow-up: never backlog or overdue here
        _inquiry(s, 2, "A", at(17, 2), at(17, 4), reply=("bob", at(17, 5)))
        _inquiry(s, 3, "B", None, at(17, 7), triaged=at(17, 3), reply=("alice", at(17, 4.5)))
        _inquiry(s, 4, "B", at(17, 4), at(17, 8))
        _inquiry(s, 5, "C", at(17, 6), at(18, 6), state="claimed", assignee="bob")
        _inquiry(s, 6, "C", at(16, 12), at(17, 3), reply=("alice", at(17, 2)))
        _inquiry(s, 7, "B", at(13, 2), at(13, 6), reply=("bob", at(13, 4)))
        _inquiry(s, 8, "D", at(15, 17), at(16, 10), state="dismissed", dismissed="spam")
        _inquiry(s, 9, "A", at(17, 7), at(17, 9), state="snoozed")
        s.add(InquiryRow(message_id="<broken@fixture>", source="fixture", channel="email", status="failed",
                         error="unreadable", triaged_at=at(17, 1), result={}))
    yield sessions
    engine.dispose()


def figures(group: dict) -> tuple:
    return (group["group"], group["inquiries"], group["replied"], group["first_response_median_h"],
            group["first_response_p90_h"], group["breaches"], group["backlog"], group["overdue"])


def business(group: dict) -> tuple:
    return group["first_response_median_business_h"], group["first_response_p90_business_h"]


def test_by_grade(sessions):
    with sessions() as s:
        data = collect_sla(s, now=NOW, since=None, by="grade")
    #                                      group inq rep  median  p90   breach backlog overdue
    assert [figures(g) for g in data["groups"]] == [("A", 3, 2, 2.0, 3.0, 2, 1, 1),
                                                     ("B", 3, 2, 1.75, 2.0, 1, 1, 1),
                                                     ("C", 2, 1, 14.0, 14.0, 0, 1, 0),
                                                     ("D", 1, 0, None, None, 0, 0, 0)]
    assert figures(data["total"]) == ("total", 9, 5, 2.0, 14.0, 3, 3, 2)
    assert "first_response_median_business_h" not in data["total"]  # no calendar, no business hours
    assert data["by"] == "grade" and data["since"] is None and data["now"] == "2026-11-17T10:00:00+00:00"


def test_by_agent(sessions):
    with sessions() as s:
        data = collect_sla(s, now=NOW, since=None, by="agent")
    assert [figures(g) for g in data["groups"]] == [("alice", 3, 3, 1.5, 14.0, 0, 0, 0),
                                                     ("bob", 2, 2, 2.5, 3.0, 1, 0, 0),
                                                     (UNREPLIED, 4, 0, None, None, 2, 3, 2)]
    assert figures(data["total"]) == ("total", 9, 5, 2.0, 14.0, 3, 3, 2)


def test_by_week_in_utc_and_on_the_business_clock(sessions, calendar):
    with sessions() as s:
        utc = collect_sla(s, now=NOW, since=None, by="week")
        local = collect_sla(s, now=NOW, since=None, by="week", calendar=calendar)
    assert [figures(g) for g in utc["groups"]] == [("2026-W46", 2, 1, 2.0, 2.0, 0, 0, 0),
                                                    ("2026-W47", 7, 4, 2.25, 14.0, 3, 3, 2)]
    # Sunday 17:00 UTC is Monday 01:00 in Shanghai: inquiry 8 moves to week 47.
    assert [figures(g) for g in local["groups"]] == [("2026-W46", 1, 1, 2.0, 2.0, 0, 0, 0),
                                                      ("2026-W47", 8, 4, 2.25, 14.0, 3, 3, 2)]
    assert utc["week_timezone"] == "UTC" and local["week_timezone"] == "Asia/Shanghai"


def test_business_hours(sessions, calendar):
    with sessions() as s:
        data = collect_sla(s, now=NOW, since=None, by="grade", calendar=calendar)
    # Wall-clock figures do not change with a calendar.
    assert [figures(g) for g in data["groups"]][:3] == [("A", 3, 2, 2.0, 3.0, 2, 1, 1),
                                                         ("B", 3, 2, 1.75, 2.0, 1, 1, 1),
                                                         ("C", 2, 1, 14.0, 14.0, 0, 1, 0)]
    # Inquiry 6 arrived at 20:00 in Shanghai and was answered at 10:00 next morning: 1 business hour.
    assert [business(g) for g in data["groups"]] == [(2.0, 3.0), (1.75, 2.0), (1.0, 1.0), (None, None)]
    assert business(data["total"]) == (1.5, 3.0)  # business hours: 1, 1, 1.5, 2, 3
    assert data["business_timezone"] == "Asia/Shanghai"
    with sessions() as s:
        agents = collect_sla(s, now=NOW, since=None, by="agent", calendar=calendar)
    assert [business(g) for g in agents["groups"]] == [(1.0, 1.5), (2.5, 3.0), (None, None)]


def test_since_keeps_inquiries_received_from_then(sessions):
    with sessions() as s:
        data = collect_sla(s, now=NOW, since=SINCE, by="grade")
    # Inquiries 7 (Friday) and 8 (Sunday) are gone; 6 (Monday 12:00) stays; 3 counts from triaged_at.
    # First responses left: 1, 3, 1.5, 14 h -> median 2.25, p90 (nearest rank 4 of 4) 14.
    assert [figures(g) for g in data["groups"]] == [("A", 3, 2, 2.0, 3.0, 2, 1, 1),
                                                     ("B", 2, 1, 1.5, 1.5, 1, 1, 1),
                                                     ("C", 2, 1, 14.0, 14.0, 0, 1, 0)]
    assert figures(data["total"]) == ("total", 7, 4, 2.25, 14.0, 3, 3, 2)
    assert data["since"] == "2026-11-16T00:00:00+00:00"
    with sessions() as s:
        later = collect_sla(s, now=NOW, since=at(17, 3), by="grade")
    assert later["total"]["inquiries"] == 4  # 2 (02:00) and 1, 6 are before; 3 (triaged 03:00) is in


def test_now_decides_breaches_and_overdue(sessions):
    with sessions() as s:
        early = collect_sla(s, now=at(17, 7.5), since=SINCE, by="grade")
    # At 07:30 neither inquiry 4 (due 08:00) nor 9 (due 09:00) is late yet.
    assert figures(early["total"]) == ("total", 7, 4, 2.25, 14.0, 1, 3, 0)


def test_naive_and_bad_arguments_are_refused(sessions):
    with sessions() as s:
        with pytest.raises(ValueError, match="now"):
            collect_sla(s, now=datetime(2026, 11, 17), since=None)
        with pytest.raises(ValueError, match="by"):
            collect_sla(s, now=NOW, since=None, by="country")
    with pytest.raises(ValueError, match="format"):
        render_sla({"by": "grade", "groups": [], "total": {}, "business_timezone": None}, "xml")


def test_empty_store(tmp_path):
    engine, sessions = open_store(f"sqlite:///{tmp_path}/empty.db")
    with sessions() as s:
        data = collect_sla(s, now=NOW, since=None)
    engine.dispose()
    assert data["groups"] == [] and figures(data["total"]) == ("total", 0, 0, None, None, 0, 0, 0)
    assert "No inquiries in this period." in render_sla(data, "table")
    assert "No inquiries in this period." in render_sla(data, "html")
    assert list(csv.reader(io.StringIO(render_sla(data, "csv"))))[1][0] == "total"


def test_formats(sessions, calendar):
    with sessions() as s:
        data = collect_sla(s, now=NOW, since=None, by="grade", calendar=calendar)

    assert json.loads(render_sla(data, "json")) == data

    rows = list(csv.reader(io.StringIO(render_sla(data, "csv"))))
    assert rows[0] == ["grade", "inquiries", "replied", "first_response_median_h", "first_response_p90_h",
                       "first_response_median_business_h", "first_response_p90_business_h", "breaches", "backlog",
                       "overdue"]
    assert rows[1] == ["A", "3", "2", "2.0", "3.0", "2.0", "3.0", "2", "1", "1"]
    assert rows[4] == ["D", "1", "0", "", "", "", "", "0", "0", "0"]
    assert rows[-1] == ["total", "9", "5", "2.0", "14.0", "1.5", "3.0", "3", "3", "2"]

    table = render_sla(data, "table")
    lines = table.splitlines()
    assert lines[0] == "First-response SLA by grade"
    assert "business hours in Asia/Shanghai" in table
    assert lines[-1].split() == ["total", "9", "5", "2.00", "14.00", "1.50", "3.00", "3", "3", "2"]
    assert any(line.split() == ["B", "3", "2", "1.75", "2.00", "1.75", "2.00", "1", "1", "1"] for line in lines)

    page = render_sla(data, "html")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "default-src 'none'; style-src 'unsafe-inline'" in page
    assert "<title>First-response SLA by grade</title>" in page
    assert "<td>total</td>" in page and "<tfoot>" in page and '<td class="num">14.00</td>' in page


def test_html_escapes_group_names(tmp_path):
    """An agent name is data too (it comes from whoever typed it): escaped in every format that is markup."""
    engine, sessions = open_store(f"sqlite:///{tmp_path}/x.db")
    with sessions.begin() as s:
        _inquiry(s, 1, "A", at(17, 1), at(17, 3), reply=("<b onmouseover=alert(1)>eve</b>", at(17, 2)))
    with sessions() as s:
        page = render_sla(collect_sla(s, now=NOW, since=None, by="agent"), "html")
    engine.dispose()
    assert "<b " not in page and "&lt;b onmouseover=alert(1)&gt;eve&lt;/b&gt;" in page


def test_record_reply_keeps_the_first_reply_facts_current(db_url, calendar):
    """Once derived, an inquiry's first-reply facts are kept by record_reply (no re-derivation):
    a later reply leaves them, a reply recorded later but sent earlier (backdated) takes over. They
    equal what the report derives from all the replies, and the report agrees with a fresh store."""
    from sqlalchemy import select, update

    from inquiry_triage.queue import operations as ops
    from inquiry_triage.reports.sla import derive_first_replies

    engine, sessions = open_store(db_url)
    try:
        with sessions.begin() as s:
            rows = [_inquiry(s, n, "B", at(17, n), at(17, n + 4))[1].id for n in (1, 2, 3)]
        with sessions.begin() as s:  # derived: no reply yet
            assert derive_first_replies(s, SINCE, calendar) == 3
        alice, bob = ops.Actor("alice", "lead"), ops.Actor("bob", "lead")
        with sessions.begin() as s:
            ops.record_reply(s, alice, at(17, 6), rows[0], calendar=calendar)
            ops.record_reply(s, bob, at(17, 7), rows[1], calendar=calendar)
            row = s.scalars(select(TaskRow).where(TaskRow.id == rows[1])).one()
            s.add(TaskRow(inquiry_id=row.inquiry_id, kind="reply", state="open", grade="B", due_at=at(17, 9),
                          created_at=at(17, 8)))
        with sessions.begin() as s:
            later = s.scalars(select(TaskRow).where(TaskRow.created_at == at(17, 8))).one().id
            ops.record_reply(s, alice, at(17, 9), later, sent_at=at(17, 5), calendar=calendar)  # backdated: now first
        with sessions() as s:
            kept = {r.id: (r.first_reply_known, r.first_reply_at, r.first_reply_by, r.first_response_s,
                           r.first_response_business_s, r.first_response_calendar)
                    for r in s.scalars(select(InquiryRow).order_by(InquiryRow.id))}
            report = collect_sla(s, now=NOW, since=SINCE, by="agent", calendar=calendar)
        with sessions.begin() as s:
            assert derive_first_replies(s, SINCE, calendar) == 0  # nothing stale
            s.execute(update(InquiryRow).values(first_reply_known=None))
        with sessions.begin() as s:
            assert derive_first_replies(s, SINCE, calendar) == 3
        with sessions() as s:
            derived = {r.id: (r.first_reply_known, r.first_reply_at, r.first_reply_by, r.first_response_s,
                              r.first_response_business_s, r.first_response_calendar)
                       for r in s.scalars(select(InquiryRow).order_by(InquiryRow.id))}
            assert collect_sla(s, now=NOW, since=SINCE, by="agent", calendar=calendar) == report
        assert kept == derived
        first, second, third = kept.values()
        assert first[2] == "alice" and second[2] == "alice" and third[1] is None
        assert first[3] == 5 * 3600 and second[3] == 3 * 3600  # 1:00 -> 6:00; 2:00 -> 5:00 (backdated)
        assert {g["group"]: (g["inquiries"], g["replied"]) for g in report["groups"]} == {"alice": (2, 2), UNREPLIED: (1, 0)}
    finally:
        engine.dispose()
