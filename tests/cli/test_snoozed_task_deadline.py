"""A snoozed task's deadline line says when it wakes, not "overdue ... send now", until it wakes: a
newcomer's or reviewer's finding on the command-line queue."""

from __future__ import annotations

import json
import re

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


# --- 3. a snoozed task shows when it wakes, not "overdue ... send now" ----------------------------

def test_a_snoozed_task_shows_its_wake_time_not_an_overdue_call_to_action(capsys, monkeypatch, fresh):
    task = task_of(fresh, "company_rfq_fob.eml")  # due 2026-11-13: overdue today
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", "2d")[0] == 0
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task))
    deadline = [x for x in out.splitlines() if x.startswith("Deadline:")][0]
    assert "send now" not in deadline and "overdue" not in deadline, deadline
    assert re.match(r"Deadline: snoozed: wakes \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(seller's clock\); reply by ", deadline)
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task), "--format", "json")
    assert json.loads(out)["clock_note"].startswith("snoozed: wakes ")
    # Until the buyer writes: said so.
    other = task_of(fresh, "russian_mailru.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(other), "--until-reply")[0] == 0
    out = run(capsys, monkeypatch, fresh, "queue", "show", str(other))[1]
    assert "Deadline: snoozed until the buyer writes; reply by " in out
