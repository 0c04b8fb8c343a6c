"""The lists' --format json (`queue`, streamed or paged, `--snoozed`, `review`) carry the buyer's phone,
as `queue show --format json` does: a phone-channel task listed without its number left a script
nothing to call (the table shows it in the subject column). null for a buyer known by address."""

from __future__ import annotations

import json

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

NUMBER = "+971 4 555 0199"  # phone_log.jsonl:1's caller, spaced as `queue show` prints it


def _listed(capsys, monkeypatch, store, *argv: str) -> dict[int, dict]:
    code, out, err = run(capsys, monkeypatch, store, "queue", *argv, "--format", "json")
    assert code == 0, err
    return {item["id"]: item for item in json.loads(out)}


def test_the_open_list_json_has_the_phone(capsys, monkeypatch, fresh):
    phone, email = task_of(fresh, "phone_log.jsonl:1"), task_of(fresh, "company_rfq_fob.eml")
    shown = json.loads(run(capsys, monkeypatch, fresh, "queue", "show", str(phone), "--format", "json")[1])
    assert shown["phone"] == NUMBER
    for argv in ((), ("--limit", "50")):  # streamed (every task) and one page
        listed = _listed(capsys, monkeypatch, fresh, *argv)
        assert listed[phone]["channel"] == "phone" and listed[phone]["phone"] == NUMBER, listed[phone]
        assert "phone" in listed[email] and listed[email]["phone"] is None


def test_the_snoozed_and_review_lists_json_have_the_phone_key(capsys, monkeypatch, fresh):
    phone, review = task_of(fresh, "phone_log.jsonl:1"), task_of(fresh, "john_tom36_fake_order.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(phone), "--until-reply")[0] == 0
    assert _listed(capsys, monkeypatch, fresh, "--snoozed")[phone]["phone"] == NUMBER
    listed = _listed(capsys, monkeypatch, fresh, "review")
    assert listed[review]["phone"] is None  # an e-mail buyer


def test_a_long_stream_reads_the_phones_in_chunks(monkeypatch):
    """_entries_json reads the phones a chunk at a time: each chunk's own, none left out at its edges."""
    from inquiry_triage import cli
    from inquiry_triage.store.queue import QueueEntry
    from datetime import datetime, timezone

    asked: list[list[int]] = []
    monkeypatch.setattr("inquiry_triage.queue.views.phones_of",
                        lambda session, batch: asked.append([e.inquiry_id for e in batch]) or {e.inquiry_id: f"+{e.inquiry_id}"
                                                                                          for e in batch if e.inquiry_id % 2})
    at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    entries = [QueueEntry(i, i, "A", at, "open", None, False, "en", "phone", "x", "s") for i in range(1, 8)]
    from inquiry_triage.config import load_config

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    out = list(cli._entries_json(None, iter(entries), load_config(None), chunk=3))
    assert asked == [[1, 2, 3], [4, 5, 6], [7]]
    assert [e["phone"] for e in out] == ["+1", None, "+3", None, "+5", None, "+7"]
