"""A buyer's phone number is spaced one way wherever the queue shows it: the list rows (`queue`,
`queue --snoozed`) as `queue show` does ('+971 4 555 0199', not '+97145550199'), one formatter
(queue/views.spaced_caller). A newcomer's finding: the row and the task page disagreed."""

from __future__ import annotations

import re

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


def _shown_phone(capsys, monkeypatch, store, task: int) -> str:
    code, out, _ = run(capsys, monkeypatch, store, "queue", "show", str(task))
    assert code == 0, out
    return re.search(r"^Phone: +(.+)$", out, re.M).group(1)


def _row(out: str, task: int) -> str:
    return next(line for line in out.splitlines() if line.split()[:1] == [str(task)])


def test_the_list_row_spaces_the_number_as_queue_show(capsys, monkeypatch, fresh):
    task = task_of(fresh, "phone_log.jsonl:1")
    phone = _shown_phone(capsys, monkeypatch, fresh, task)
    assert phone == "+971 4 555 0199"
    code, out, _ = run(capsys, monkeypatch, fresh, "queue")
    assert code == 0 and f"| phone {phone} · Called about" in _row(out, task), out


def test_the_snoozed_list_too(capsys, monkeypatch, fresh):
    task = task_of(fresh, "phone_log.jsonl:1")
    phone = _shown_phone(capsys, monkeypatch, fresh, task)
    assert run(capsys, monkeypatch, fresh, "queue", "claim", str(task))[0] == 0
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until-reply")[0] == 0
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "--snoozed")
    assert code == 0 and f"| phone {phone} · Called about" in _row(out, task), out


def test_the_review_list_words_through_the_same_formatter():
    """`queue review`'s untitled rows (the web's review page keeps its own words: untitled_parts)."""
    from types import SimpleNamespace

    from inquiry_triage.queue.views import untitled_lines

    entries = [SimpleNamespace(inquiry_id=4, channel="phone"), SimpleNamespace(inquiry_id=5, channel="im")]
    assert untitled_lines(entries, {4: ("+97145550100", "Wants 500 tons"), 5: ("", "hi")}) == {
        4: "phone +971 4 555 0100 · Wants 500 tons", 5: "im · hi"}
