"""One meaning per key across the JSON outputs of the same inquiry: `queue --format json` (the lists),
`queue show ID --format json` and `triage --format jsonl`. The list's `from` was the address, else the
person's name ("broken" for a From: header without an address, "Olena" for a caller), while show and jsonl
said "" there; its `country` was "" where they said null (newcomer's finding, session 20). Now `from` is
the address only ("" when none) everywhere, `name` the person's name (list and show), `country` null when
unknown everywhere, and `from_shown` the table's words."""

from __future__ import annotations

import json

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

NAME_ONLY = ("From: broken\nTo: sales@example.com\nSubject: Price of valves\n"
             "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMessage-ID: <broken-from@x>\n\n"
             "Please send the price of 200 ball valves DN50.\n")


def _keys(capsys, monkeypatch, store, task: int, source) -> tuple[dict, dict, dict]:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, monkeypatch, store, "queue", "--format", "json")
    assert code == 0, err
    listed = {item["id"]: item for item in json.loads(out)}[task]
    code, out, err = run(capsys, monkeypatch, store, "queue", "show", str(task), "--format", "json")
    assert code == 0, err
    shown = json.loads(out)
    code, out, err = run(capsys, monkeypatch, store, "triage", str(source), "--format", "jsonl", "--no-store",
                         "--offline", "--no-progress")
    assert code == 0, err
    [line] = [json.loads(line) for line in out.splitlines() if line.strip()]
    return listed, shown, line


def test_a_from_header_without_an_address_is_the_same_in_every_json(capsys, monkeypatch, fresh, tmp_path):
    mail = tmp_path / "name_only.eml"
    mail.write_text(NAME_ONLY, encoding="utf-8")
    assert run(capsys, monkeypatch, fresh, "triage", str(mail), "--offline", "--no-progress")[0] == 0
    listed, shown, line = _keys(capsys, monkeypatch, fresh, task_of(fresh, "name_only.eml"), mail)
    assert listed["from"] == shown["from"] == line["from"] == ""
    assert listed["name"] == shown["name"] == "broken" and listed["from_shown"] == "broken"
    assert listed["country"] is shown["country"] is line["country"] is None


def test_an_address_with_a_display_name_keeps_both(capsys, monkeypatch, fresh, tmp_path):
    mail = tmp_path / "named.eml"
    mail.write_text(NAME_ONLY.replace("From: broken", "From: Ana Lopez <ana@valves-buyer.example>")
                    .replace("<broken-from@x>", "<named-from@x>"), encoding="utf-8")
    assert run(capsys, monkeypatch, fresh, "triage", str(mail), "--offline", "--no-progress")[0] == 0
    listed, shown, line = _keys(capsys, monkeypatch, fresh, task_of(fresh, "named.eml"), mail)
    assert listed["from"] == shown["from"] == line["from"] == "ana@valves-buyer.example"
    assert listed["name"] == shown["name"] == "Ana Lopez"
    assert listed["country"] == shown["country"] == line["country"]


def test_a_callers_name_is_its_name_not_its_from(capsys, monkeypatch, fresh):
    """A phone record's person: `name` in the list (streamed and paged) and in show; `from` "" (no address)."""
    phone = task_of(fresh, "phone_log.jsonl:1")
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "show", str(phone), "--format", "json")
    shown = json.loads(out)
    for argv in ((), ("--limit", "50")):
        code, out, err = run(capsys, monkeypatch, fresh, "queue", "--format", "json", *argv)
        listed = {item["id"]: item for item in json.loads(out)}[phone]
        assert listed["from"] == shown["from"] and listed["name"] == shown["name"], (listed, shown)
        assert (listed["country"] is None) == (shown["country"] is None)
