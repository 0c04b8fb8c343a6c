"""Inquiry IDs and task IDs are two numberings: wherever a person reads one it says which
("inquiry 10", "task 11"), never a bare "#10" beside task numbers (CLI history/buyer/review, the
web's buyer and review pages)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue import users
from inquiry_triage.queue.operations import Actor, claim, record_reply
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

UTC = timezone.utc
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _store(url: str):  # type: ignore[no-untyped-def]
    """Task IDs shifted from inquiry IDs (a filed mail without a task first, then an inquiry with
    two tasks), so that a label mixing them up shows: inquiry 2 has tasks 1 and 2, inquiry 3 task 3 (review)."""
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        s.add(InquiryRow(message_id="<list@example.com>", source="t", channel="email", status="triaged", grade="D",
                         suspicious=False, result={}, triaged_at=T0, filing="list", buyer_key="list@example.com"))
        for n, suspicious in ((1, False), (2, True)):
            row = InquiryRow(message_id=f"<i{n}@example.com>", source="t", channel="email", status="triaged",
                             grade="B", suspicious=suspicious, result={"reasons": [], "suspicion": ["scam"]},
                             triaged_at=T0 + timedelta(minutes=n), buyer_key="ana@example.es",
                             from_addr="ana@example.es", subject=f"RFQ {n}", body="Quote please", draft="Dear Ana")
            kinds = ("reply", "follow-up") if not suspicious else ("review",)
            for kind in kinds:
                row.tasks.append(TaskRow(kind=kind, state="open", grade="B", due_at=T0 + timedelta(hours=4),
                                         created_at=T0, rule="silent-buyer:1" if kind == "follow-up" else None))
            s.add(row)
    with sessions.begin() as s:
        claim(s, Actor("alice"), T0, 1)
        record_reply(s, Actor("alice"), T0 + timedelta(minutes=30), 1)
        users.add_user(s, "lena", "lead", "correct horse battery", T0, language="en")
    return engine, sessions


def test_the_cli_labels_inquiry_and_task_ids(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    engine, _ = _store(url)
    engine.dispose()
    assert main(["queue", "history", "1", "--db", url, "--user", "lena"]) == 0
    out = capsys.readouterr().out
    assert not re.search(r"#\d", out)
    lines = out.splitlines()
    assert any("INQUIRY" in line and "inquiry 2, task 1 " in line for line in lines)  # its reply task (cli/test_buyer_task_ids)
    assert any("REPLY" in line and "inquiry 2, task 1" in line for line in lines)
    assert any("INQUIRY" in line and "inquiry 3, task 3 " in line and "SUSPICIOUS" in line for line in lines)
    assert main(["queue", "review", "--db", url, "--user", "lena"]) == 0
    review = capsys.readouterr().out.splitlines()
    assert review[0].split()[0] == "TASK" and review[1].split()[0] == "3"
    assert main(["queue", "--filed", "list", "--db", url, "--user", "lena"]) == 0
    assert "inquiry 1 " in capsys.readouterr().out


def test_the_web_buyer_and_review_pages_label_them(tmp_path, monkeypatch) -> None:
    pytest.importorskip("starlette")
    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app
    from tests.web.web_store import PASSWORD, SAME, client

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    engine, sessions = _store(f"sqlite:///{tmp_path / 'ids.db'}")
    try:
        c = client(create_app(load_config(None), sessions))
        assert c.post("/login", data={"name": "lena", "password": PASSWORD}, headers=SAME).status_code == 303
        buyer = c.get("/buyer?inquiry=2").text
        assert "inquiry 2" in buyer and "inquiry 3" in buyer and '>task 1</a>' in buyer
        review = c.get("/review").text
        assert '<th>Task</th>' in review and '>task 3</a>' in review and "inquiry 3" in review
    finally:
        engine.dispose()
