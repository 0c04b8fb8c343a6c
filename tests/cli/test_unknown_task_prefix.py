"""`queue show 99` said 'inquiry-triage: no task with ID 99' where claim, note and reply say
'inquiry-triage queue claim: no task with ID 99': the same prefix for the same mistake."""

from __future__ import annotations

from tests.cli.queue_findings import fresh, run  # noqa: F401 (fresh: a fixture)


def test_an_unknown_task_is_named_by_the_action_as_every_action_does(capsys, monkeypatch, fresh):
    for action in ("show", "claim", "reply"):
        code, _, err = run(capsys, monkeypatch, fresh, "queue", action, "987654")
        assert code == 2 and err == f"inquiry-triage queue {action}: no task with ID 987654\n", err
