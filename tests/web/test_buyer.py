"""The buyer page: every inquiry, reply, note and follow-up of one buyer across channels, newest
first, paged; suspicious ones only for leads; linked from the task page; everything escaped."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.queue.views import buyer_history  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from inquiry_triage.web.app import create_app  # noqa: E402
from tests.web.web_store import BASE, PASSWORD, SAME, logged_in, triaged_store  # noqa: E402,F401

KEY = "buyer@example.test"
NOTE = "<script>alert(1)</script> called him"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One buyer with three inquiries on two channels (one suspicious), a reply, a note, a follow-up."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        url = triaged_store(tmp_path_factory.mktemp("buyer") / "buyer.db")
    engine, sessions = open_store(url)
    now = datetime.now(timezone.utc)
    alice = ops.Actor(name="alice", role="agent")
    with sessions.begin() as s:
        plain = s.scalars(select(InquiryRow).where(InquiryRow.suspicious.is_(False), InquiryRow.status == "triaged")
                          .join(TaskRow).where(TaskRow.kind == "reply", TaskRow.state == "open")
                          .order_by(InquiryRow.id)).unique().all()[:2]
        bad = s.scalars(select(InquiryRow).where(InquiryRow.suspicious.is_(True)).order_by(InquiryRow.id)).first()
        assert len(plain) == 2 and bad is not None
        for row, channel in zip([*plain, bad], ("email", "alibaba", "email")):
            row.buyer_key, row.channel = KEY, channel
        first, second = plain[0].id, plain[1].id
        task = s.scalar(select(TaskRow.id).where(TaskRow.inquiry_id == first, TaskRow.kind == "reply"))
        s.add(TaskRow(inquiry_id=second, kind="follow-up", rule="no-answer", attempt=1, state="open", grade="B",
                      due_at=now + timedelta(days=2), created_at=now + timedelta(seconds=3)))
    with sessions.begin() as s:
        ops.claim(s, alice, now, task)
        ops.add_note(s, alice, now + timedelta(seconds=1), task, NOTE)
        ops.record_reply(s, alice, now + timedelta(seconds=2), task)
    yield sessions, task, first, second, bad.id
    engine.dispose()


@pytest.fixture()
def app(store, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return create_app(load_config(None), store[0])



def rows(html: str) -> list[tuple[str, int]]:
    return [(k, int(i)) for k, i in re.findall(r'data-kind="([^"]+)" data-inquiry="(\d+)"', html)]


def test_the_task_page_links_to_the_buyer_s_whole_history_newest_first(app, store):
    sessions, task, first, second, bad = store
    c = logged_in(app, "alice")
    link = re.search(r'href="(/buyer\?inquiry=\d+)" id="buyer-link"', c.get(f"/task/{task}").text).group(1)
    r = c.get(link)
    assert r.status_code == 200
    seen = rows(r.text)
    assert ("follow-up", second) == seen[0]  # the newest: made 3 s after the claim
    assert ("reply", first) in seen and ("note", first) in seen
    assert {i for k, i in seen if k == "inquiry"} == {first, second}  # the suspicious one left out for an agent
    assert 'id="hidden">1 ' in r.text
    assert "alibaba" in r.text and "email" in r.text
    assert NOTE not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt; called him" in r.text
    with sessions() as s:  # the page shows buyer_history's order
        expected = buyer_history(s, KEY, ops.Actor("alice", "agent"), limit=50).events
    assert seen == [(e.kind, e.inquiry_id) for e in expected]
    assert [e.at for e in expected] == sorted((e.at for e in expected), reverse=True)


def test_leads_see_the_suspicious_inquiry_too(app, store):
    _, _, first, second, bad = store
    r = logged_in(app, "lena").get(f"/buyer?key={KEY}")
    assert {i for k, i in rows(r.text) if k == "inquiry"} == {first, second, bad}
    assert 'id="hidden"' not in r.text


def test_pages_add_up_to_the_whole_history(app, store):
    sessions = store[0]
    lead = ops.Actor("lena", "lead")
    with sessions() as s:
        whole = buyer_history(s, KEY, lead, limit=100).events
        assert len(whole) >= 6 and not buyer_history(s, KEY, lead, limit=100).more
        paged, offset = [], 0
        while True:
            page = buyer_history(s, KEY, lead, limit=2, offset=offset)
            paged += page.events
            if not page.more:
                break
            offset += 2
    assert paged == whole
    c = logged_in(app, "lena")
    assert 'id="next"' not in c.get(f"/buyer?key={KEY}").text
    assert c.get("/buyer?key=nobody@example.test").status_code == 200
    assert c.get("/buyer").status_code == 404
    assert TestClient(app, base_url=BASE, follow_redirects=False).get(f"/buyer?key={KEY}").status_code == 303
