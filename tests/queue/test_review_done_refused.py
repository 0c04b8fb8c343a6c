"""`queue done` on a review task (newcomer 16, finding 1): a suspicious inquiry waiting for a lead's
verdict could be closed with `done`, and `queue show` then said "REVIEWED ... (released as genuine)"
while nothing was released (JSON "released": null; report suspicious: "closed without a verdict").
Done is refused on a review task in the queue layer (the web's done calls it too), exit 4, naming the
two verdicts; a review task closed without one (before this refusal) is worded as report suspicious
words it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue import operations as ops
from inquiry_triage.queue.operations import Actor, Refused
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

NOW = datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture
def db(tmp_path, monkeypatch) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        row = InquiryRow(message_id="<scam@example>", source="test", channel="email", status="triaged", grade="D",
                         suspicious=True, risk=8.0, result={"suspicion": ["scam"], "reasons": [], "suspicious": True},
                         triaged_at=NOW - timedelta(hours=1), received_at=NOW - timedelta(hours=1),
                         buyer_key="john_tom36@gmail.com", from_addr="john_tom36@gmail.com", from_name="",
                         subject="Order Inquiry", body="We want to order, send your bank details.")
        s.add(row)
        s.flush()
        task = TaskRow(inquiry_id=row.id, kind="review", grade="D", due_at=NOW + timedelta(hours=4), created_at=NOW)
        s.add(task)
        s.flush()
        task_id = task.id
    engine.dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    return url, task_id


def run(capsys, url: str, *args: str) -> tuple[int, str]:
    code = main(["queue", *args, "--db", url])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def state_of(url: str, task_id: int) -> str:
    engine, sessions = open_store(url)
    with sessions() as s:
        state = s.get(TaskRow, task_id).state
    engine.dispose()
    return state


def test_done_on_a_review_task_is_refused(db, capsys):
    url, task = db
    code, out = run(capsys, url, "done", str(task), "--lang", "en")
    assert code == 4, out
    assert f"queue genuine {task}" in out and f"queue dismiss {task} --as" in out, out
    code, out = run(capsys, url, "done", str(task), "--lang", "zh")
    assert code == 4 and "不是审核结论" in out and f"queue genuine {task}" in out, out
    assert state_of(url, task) == "open"


def test_the_queue_layer_refuses_it_for_the_web_too(db):
    url, task = db
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        with pytest.raises(Refused):
            ops.done(s, Actor("lena", "lead"), NOW, task)
    engine.dispose()
    assert state_of(url, task) == "open"


def test_a_review_task_closed_without_a_verdict_is_not_said_released(db, capsys):
    url, task = db
    engine, sessions = open_store(url)
    with sessions.begin() as s:  # as `queue done` left it before the refusal
        row = s.get(TaskRow, task)
        row.state, row.done_at, row.assignee = "done", NOW, "lena"
    engine.dispose()
    code, out = run(capsys, url, "show", str(task), "--lang", "en")
    assert code == 0 and "released as genuine" not in out and "closed without a verdict" in out, out
    code, out = run(capsys, url, "show", str(task), "--lang", "zh")
    assert code == 0 and "已作为真实询盘放行" not in out and "未判定即关闭" in out, out
