"""A closed task's deadline line says what closed it (queue/views.closing_of): replied by a channel,
quotation sent, done without reply, dismissed as spam, released as genuine: never "nothing to
send" after a reply went out. The CLI's `queue show` and the web task page (English and Chinese)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.queue import users
from inquiry_triage.queue.operations import Actor, ReplyPlan, claim, dismiss, done, record_reply, release_review
from inquiry_triage.queue.views import closed_line, closing_of, load_task
from inquiry_triage.store.models import InquiryRow, TaskRow
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

UTC = timezone.utc
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ALICE, LENA = Actor("alice"), Actor("lena", "lead")


def _inquiries(sessions, n: int, *, review: tuple[int, ...] = ()) -> list[int]:
    ids = []
    with sessions.begin() as s:
        for i in range(n):
            row = InquiryRow(message_id=f"<c-{i}@example.com>", source="test", channel="email", status="triaged",
                             grade="B", suspicious=i in review, result={"reasons": []}, triaged_at=T0,
                             buyer_key=f"b{i}@example.com", from_addr=f"b{i}@example.com", subject=f"RFQ {i}",
                             body="Please quote 500 pcs.", draft="Dear buyer")
            row.tasks.append(TaskRow(kind="review" if i in review else "reply", state="open", grade="B",
                                     due_at=T0 + timedelta(hours=4), created_at=T0))
            s.add(row)
            s.flush()
            ids.append(row.tasks[0].id)
    return ids


def _closed(sessions) -> dict[str, int]:
    """Five tasks, each closed another way: {how: task id}."""
    ids = _inquiries(sessions, 5, review=(4,))
    with sessions.begin() as s:
        for task_id in ids[:3]:
            claim(s, ALICE, T0, task_id)
        record_reply(s, ALICE, T0 + timedelta(hours=1), ids[0], channel="email")
        record_reply(s, ALICE, T0 + timedelta(hours=1), ids[1], channel="whatsapp", kind="quote")
        done(s, ALICE, T0 + timedelta(hours=1), ids[2])
        dismiss(s, LENA, T0 + timedelta(hours=1), ids[3], "spam")
        release_review(s, LENA, T0 + timedelta(hours=1), ids[4], lambda inquiry, grade: ReplyPlan(due=T0))
    return dict(zip(("reply", "quote", "done", "dismiss", "release"), ids))


def test_the_closed_line_says_what_closed_the_task(store) -> None:
    _, sessions = store
    ids = _closed(sessions)
    config = load_config(None)
    with sessions() as s:
        lines = {how: closed_line(s, load_task(s, task_id), config) for how, task_id in ids.items()}
        assert closing_of(s, load_task(s, ids["quote"])).channel == "im"
    assert lines["reply"].startswith("closed: replied by email ") and lines["reply"].endswith(" by alice")
    assert lines["quote"].startswith("closed: quotation sent by im ")
    assert lines["done"].startswith("closed: done without reply ")
    assert lines["dismiss"].startswith("closed: dismissed as spam ") and lines["dismiss"].endswith(" by lena")
    assert lines["release"].startswith("closed: released as genuine (reply task ")
    assert not any("nothing to send" in line for line in lines.values())


def test_the_cli_and_the_web_task_page_word_it_too(tmp_path, monkeypatch, capsys) -> None:
    pytest.importorskip("starlette")
    from inquiry_triage.cli import main
    from inquiry_triage.store import open_store
    from inquiry_triage.web.app import create_app
    from tests.web.web_store import PASSWORD, client

    url = f"sqlite:///{tmp_path / 'closed.db'}"
    engine, sessions = open_store(url)
    try:
        ids = _closed(sessions)
        monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
        assert main(["queue", "show", str(ids["reply"]), "--db", url, "--user", "alice"]) == 0
        (deadline,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Deadline:")]
        assert deadline.startswith("Deadline: closed: replied by email ")
        with sessions.begin() as s:
            users.add_user(s, "alice", "agent", PASSWORD, T0, language="en")
            users.add_user(s, "wei", "agent", PASSWORD, T0, language="zh")
        app = create_app(load_config(None), sessions)
        pages = {}
        for name in ("alice", "wei"):
            c = client(app)
            assert c.post("/login", data={"name": name, "password": PASSWORD},
                          headers={"origin": "http://127.0.0.1:8080"}).status_code == 303
            pages[name] = {how: c.get(f"/task/{ids[how]}").text for how in ("reply", "quote", "done")}
        assert "closed: replied by email" in pages["alice"]["reply"]
        assert "closed: quotation sent by im" in pages["alice"]["quote"]
        assert "closed: done without reply" in pages["alice"]["done"]
        assert not any("nothing to send" in page for page in pages["alice"].values())
        clock = {how: page.split('id="clock">', 1)[1].split("</p>", 1)[0] for how, page in pages["wei"].items()}
        assert clock["reply"].startswith("已关闭：alice 于 ") and clock["reply"].endswith("通过邮件回复")
        assert clock["quote"].endswith("通过即时通讯发送报价") and clock["done"].endswith("标记完成（未回复）")
    finally:
        engine.dispose()
