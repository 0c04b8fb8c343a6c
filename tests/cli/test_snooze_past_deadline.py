"""`queue snooze` to a time after the task's reply deadline says so (the deadline is not moved): a snooze
put a task away past its deadline without a word, and it woke overdue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from inquiry_triage.store import open_store
from inquiry_triage.store.models import TaskRow
from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

WARNING = "; it wakes after its reply deadline "


def test_a_snooze_past_the_deadline_warns_in_english_and_chinese(capsys, monkeypatch, fresh):
    task = task_of(fresh, "company_rfq_fob.eml")  # due 2026-11-13: any snooze wakes after it
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", "2d")
    assert code == 0 and WARNING in out and out.rstrip().endswith(", which is not moved"), out
    # The deadline itself, as it stays, on the seller's clock (the fixture's is Sao Paulo's, UTC-3).
    assert out.split(WARNING)[1].startswith("Thu 2026-11-12 23:05, "), out
    other = task_of(fresh, "russian_mailru.eml")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "snooze", str(other), "--until", "2d", "--lang", "zh")
    assert code == 0 and "；注意：唤醒时间晚于回复截止时间 " in out and "截止时间不会顺延" in out, out


def test_a_snooze_before_the_deadline_says_nothing_of_it(capsys, monkeypatch, fresh):
    task = task_of(fresh, "company_rfq_fob.eml")
    engine, sessions = open_store(fresh[0])
    try:
        with sessions.begin() as s:
            s.get(TaskRow, task).due_at = datetime.now(timezone.utc) + timedelta(days=30)
    finally:
        engine.dispose()
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", "2d")
    assert code == 0 and out.startswith(f"snoozed task {task} until ") and "deadline" not in out, out
    # Until the buyer writes: no time to compare, nothing said.
    other = task_of(fresh, "russian_mailru.eml")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "snooze", str(other), "--until-reply")
    assert code == 0 and "deadline" not in out, out
