"""A review task a lead has decided on is no longer "held for review" (newcomer 15, finding 9): after
`queue dismiss 19 --as spy`, `queue snooze 19 --until 2h` said "task 19 is held for review: release it
to the queue (genuine) or dismiss it" (and `queue claim 19` "is a review task: release it or dismiss
it"). They now say what became of it: dismissed as spy, or released as genuine with its reply task.
Refused: exit 4, in English and Chinese."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.cli import main
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

NOW = datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture
def db(tmp_path, monkeypatch) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        row = InquiryRow(message_id="<spy@example>", source="test", channel="email", status="triaged", grade="C",
                         suspicious=True, risk=6.0, result={"suspicion": ["spy"], "reasons": []},
                         triaged_at=NOW - timedelta(hours=1), received_at=NOW - timedelta(hours=1),
                         buyer_key="spy@rival.example", from_addr="spy@rival.example", from_name="", subject="Price list",
                         body="Send me your full price list of all models.")
        s.add(row)
        s.flush()
        task = TaskRow(inquiry_id=row.id, kind="review", grade="C", due_at=NOW + timedelta(hours=4), created_at=NOW)
        s.add(task)
        s.flush()
        task_id = task.id
    engine.dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    return url, task_id


def run(capsys, url: str, *args: str) -> tuple[int, str]:
    code = main(["queue", *args, "--db", url])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_dismissed_review_task_is_said_dismissed(db, capsys):
    url, task = db
    code, out = run(capsys, url, "snooze", str(task), "--until", "2h")
    assert code == 4 and "held for review" in out  # still held: the old words are right
    assert run(capsys, url, "dismiss", str(task), "--as", "spy")[0] == 0
    for action in (["snooze", str(task), "--until", "2h"], ["claim", str(task)]):
        code, out = run(capsys, url, *action)
        assert code == 4 and f"task {task} is already dismissed as spy" in out, (action, out)
        assert "held for review" not in out and "release it" not in out, out
    code, out = run(capsys, url, "snooze", str(task), "--until", "2h", "--lang", "zh")
    assert code == 4 and f"任务 {task} 已作为" in out and "等待审核" not in out, out


def test_a_released_review_task_names_its_reply_task(db, capsys):
    url, task = db
    assert run(capsys, url, "release", str(task))[0] == 0
    code, out = run(capsys, url, "snooze", str(task), "--until", "2h")
    assert code == 4 and f"task {task} was released as genuine: act on its reply task {task + 1}" in out, out
    code, out = run(capsys, url, "snooze", str(task), "--until", "2h", "--lang", "zh")
    assert code == 4 and f"请处理它的回复任务 {task + 1}" in out, out
