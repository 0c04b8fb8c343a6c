"""A buyer's history (`queue buyer` / `queue history`, the web's buyer page) shows who claimed, released,
assigned and dismissed the buyer's tasks (a newcomer's finding: only inquiries, replies and notes were
listed, so a task that changed hands or was dismissed showed nothing of it). Read from the audit log;
worded in Chinese from the same catalogue; --format json stays English."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


def _act(capsys, monkeypatch, store, *argv: str) -> None:
    code, out, err = run(capsys, monkeypatch, store, "queue", *argv)
    assert code == 0, (argv, out, err)


def test_claims_releases_assigns_and_dismissals_are_in_the_history(capsys, monkeypatch, fresh):
    phone, german = task_of(fresh, "phone_log.jsonl:1"), task_of(fresh, "german_ip_2am_beijing_offset.eml")
    _act(capsys, monkeypatch, fresh, "claim", str(phone))
    _act(capsys, monkeypatch, fresh, "release", str(phone))
    _act(capsys, monkeypatch, fresh, "assign", str(phone), "--to", "alice")
    _act(capsys, monkeypatch, fresh, "dismiss", str(german), "--as", "spy")
    out = run(capsys, monkeypatch, fresh, "queue", "history", str(phone))[1]
    lines = [line for line in out.splitlines()[1:] if line.strip()]
    assert [line.split()[2] for line in lines] == ["INQUIRY", "CLAIM", "RELEASE", "ASSIGN"], out
    assert re.search(rf"CLAIM +inquiry \d+, task {phone} .* lena .* claimed$", lines[1]), lines[1]
    assert lines[2].endswith("released to the queue") and lines[3].endswith("assigned to alice"), out
    out = run(capsys, monkeypatch, fresh, "queue", "history", str(german))[1]
    assert re.search(r"DISMISS .* lena .* dismissed as spy$", out, re.M), out


def test_the_actions_in_chinese_and_json(capsys, monkeypatch, fresh):
    phone = task_of(fresh, "phone_log.jsonl:1")
    _act(capsys, monkeypatch, fresh, "assign", str(phone), "--to", "alice")
    _act(capsys, monkeypatch, fresh, "assign", str(phone), "--to", "lena")  # a lead takes it over: alice's before
    zh = run(capsys, monkeypatch, fresh, "queue", "history", str(phone), "--lang", "zh")[1]
    assert "分配 " in zh and "已分配给 alice" in zh and "已分配给 lena（原由 alice 负责）" in zh, zh
    assert "assigned" not in zh and "ASSIGN" not in zh, zh
    events = json.loads(run(capsys, monkeypatch, fresh, "queue", "history", str(phone), "--format", "json", "--lang", "zh")[1])["events"]
    actions = [e for e in events if e["kind"] == "action"]
    assert [(e["action"], e["who"], e["text"], e["task_id"]) for e in actions] == [
        ("assign", "lena", "assigned to alice", phone), ("assign", "lena", "assigned to lena (was alice's)", phone)]


def test_an_agent_does_not_see_the_actions_on_a_suspicious_inquiry(capsys, monkeypatch, fresh):
    review = task_of(fresh, "john_tom36_fake_order.eml")
    _act(capsys, monkeypatch, fresh, "dismiss", str(review), "--as", "spam")
    out = run(capsys, monkeypatch, fresh, "queue", "history", str(review))[1]
    assert "dismissed as spam" in out, out  # a lead sees it
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "history", str(review), user="alice")  # an agent (tests/web/web_store.PEOPLE)
    assert "dismissed as spam" not in out + err, out


def test_the_web_buyer_page_shows_the_actions_too(tmp_path, monkeypatch):
    """The web's buyer page reads the same audit (queue/views.buyer_history), worded in both languages."""
    pytest.importorskip("starlette")
    from datetime import datetime, timedelta, timezone

    from inquiry_triage.queue import operations as ops
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import TaskRow
    from tests.web.test_page_words import app_at
    from tests.web.test_sales_findings import chinese, task_of as web_task_of
    from tests.web.web_store import logged_in, triaged_store

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    engine, sessions = open_store(triaged_store(tmp_path / "web.db"))
    now = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
    task = web_task_of(sessions, "company_rfq_fob.eml")
    lena = ops.Actor("lena", "lead")
    with sessions.begin() as s:
        ops.assign(s, lena, now, task, "alice")
        ops.release(s, lena, now + timedelta(minutes=1), task)
        inquiry = s.get(TaskRow, task).inquiry_id
    app = app_at(sessions, monkeypatch, now + timedelta(hours=1))
    for client, words in ((logged_in(app, "lena"), ("assigned to alice", "released to the queue (was alice&#39;s)")),
                          (chinese(app, sessions), ("已分配给 alice", "已放回队列（原由 alice 认领）"))):
        page = client.get(f"/buyer?inquiry={inquiry}").text
        rows = re.findall(r'<tr class="event event-action".*?</tr>', page, re.S)
        assert len(rows) == 2 and all(f"/task/{task}" in row for row in rows), page
        assert all(w in page for w in words), words
    engine.dispose()
