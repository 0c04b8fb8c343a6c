"""`queue show` spaces a phone number as `triage` prints it (+971 4 555 0199, not +97145550199): a
newcomer's or reviewer's finding on the command-line queue."""

from __future__ import annotations

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


# --- 8. phone numbers spaced for reading, as triage prints them -----------------------------------

def test_queue_show_spaces_the_phone_number_as_triage_does(capsys, monkeypatch, fresh):
    task = task_of(fresh, "phone_log.jsonl:1")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task))
    assert code == 0 and "Buyer's clock from: the phone number +971 4 555 0199" in out, out
