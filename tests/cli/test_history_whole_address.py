"""`queue history` shows the buyer's whole address (it cut the domain at 30 characters): a newcomer's or
reviewer's finding on the command-line queue."""

from __future__ import annotations

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


# --- 6. the buyer history shows the whole address ------------------------------------------------

def test_the_history_shows_the_buyers_whole_address(capsys, monkeypatch, fresh):
    task = task_of(fresh, "spy_price_list.eml")  # mark@globaltrade-sourcing.example: 33 characters
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "history", str(task))
    assert code == 0
    line = [x for x in out.splitlines() if "INQUIRY" in x][0]
    assert " mark@globaltrade-sourcing.example " in line, line
