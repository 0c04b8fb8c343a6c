"""`queue buyer` / `queue history` name each inquiry's task: every other queue command (show, claim,
reply, note, ...) takes task IDs, and the buyer's history showed an inquiry line with its inquiry ID
only (a newcomer's finding). The store shifts task IDs from inquiry IDs (tests/queue/test_id_labels):
inquiry 1 is filed mail without a task, inquiry 2 has reply task 1 (replied) and follow-up task 2,
inquiry 3 review task 3."""

from __future__ import annotations

import json
import re

from inquiry_triage.cli import main
from tests.queue.test_id_labels import _store


def _run(capsys, url: str, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["queue", *argv, "--db", url, "--user", "lena"])
    return code, capsys.readouterr().out


def _inquiry_lines(out: str) -> dict[int, str]:
    return {int(m.group(1)): line for line in out.splitlines() if " INQUIRY " in line
            for m in [re.search(r"inquiry (\d+)", line)] if m}


def test_the_buyer_history_names_each_inquirys_task(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    _store(url)[0].dispose()
    code, out = _run(capsys, url, "buyer", "ana@example.es")
    assert code == 0, out
    lines = _inquiry_lines(out)
    assert "inquiry 2, task 1 " in lines[2], out  # its reply task, not the follow-up, not "inquiry 2" alone
    assert "inquiry 3, task 3 " in lines[3], out  # a review task
    assert "act with the task ID" in out.splitlines()[0]
    code, out = _run(capsys, url, "buyer", "list@example.com")  # filed mail: said so, no number to misread
    assert code == 0 and "inquiry 1, no task " in _inquiry_lines(out)[1], out


def test_the_live_task_is_named_before_a_closed_one(tmp_path, capsys, monkeypatch) -> None:
    """A review released to a reply task: the inquiry line names the live reply task, not the closed review."""
    from inquiry_triage.queue.operations import Actor, release_review
    from inquiry_triage.queue.review import lazy_planner
    from inquiry_triage.config import load_config
    from tests.queue.test_id_labels import T0

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    engine, sessions = _store(url)
    with sessions.begin() as s:
        reply = release_review(s, Actor("lena", "lead"), T0, 3, lazy_planner(load_config(None), T0))
        reply_id = reply.id
    engine.dispose()
    code, out = _run(capsys, url, "history", "3")
    assert code == 0 and f"inquiry 3, task {reply_id} " in _inquiry_lines(out)[3], out


def test_the_json_adds_the_task_and_keeps_its_fields(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    _store(url)[0].dispose()
    code, out = _run(capsys, url, "buyer", "ana@example.es", "--format", "json")
    events = json.loads(out)["events"]
    inquiry = next(e for e in events if e["kind"] == "inquiry" and e["inquiry_id"] == 2)
    assert inquiry["task_id"] is None and inquiry["inquiry_task_id"] == 1  # a field added, none changed
    reply = next(e for e in events if e["kind"] == "reply")
    assert reply["task_id"] == 1 and reply["inquiry_task_id"] == 1
