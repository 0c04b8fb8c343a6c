"""The lists' --format json (`queue`, streamed or paged, `--snoozed`, `review`) carry what the table's
FROM / SUBJECT column shows: a phone call without a subject had "subject": "" and an RFQ row without a
buyer "from": "" while the table showed the caller's number and first words, and "(no name)". `from`
and `subject` keep their meaning (the stored ones); `from_shown` and `subject_shown` are the table's words
(newcomer's finding, session 20)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)

README = Path(__file__).resolve().parents[2] / "README.md"


def _listed(capsys, monkeypatch, store, *argv: str) -> dict[int, dict]:
    code, out, err = run(capsys, monkeypatch, store, "queue", *argv, "--format", "json")
    assert code == 0, err
    return {item["id"]: item for item in json.loads(out)}


def _table_cells(capsys, monkeypatch, store, *argv: str) -> dict[int, tuple[str, str]]:
    """Task id -> (the FROM cell, the SUBJECT cell) of the table."""
    code, out, err = run(capsys, monkeypatch, store, "queue", *argv, "--limit", "50", "--lang", "en")
    assert code == 0, err
    cells = {}
    for line in out.splitlines():
        first = line.split(maxsplit=1)[0] if line.strip() else ""
        if first.isdigit() and " | " in line:
            left, subject = line.rsplit(" | ", 1)
            cells[int(first)] = (left, subject)
    return cells


def _rfq_store(tmp_path, fresh):  # type: ignore[no-untyped-def]
    (tmp_path / "rfq.csv").write_text("title,description,quantity,unit,country,posted,quotes_left\n"
                                      "Lamps,Need lamps,50,pieces,US,1 day ago,4\n", encoding="utf-8")
    return fresh


def test_the_open_list_json_carries_the_tables_from_and_subject(capsys, monkeypatch, fresh, tmp_path):
    store = _rfq_store(tmp_path, fresh)
    assert run(capsys, monkeypatch, store, "triage", str(tmp_path / "rfq.csv"), "--offline", "--no-progress")[0] == 0
    phone, email, rfq = (task_of(store, end) for end in ("phone_log.jsonl:1", "company_rfq_fob.eml", "rfq.csv:2"))
    table = _table_cells(capsys, monkeypatch, store)
    for argv in ((), ("--limit", "50")):  # streamed (every task) and one page
        listed = _listed(capsys, monkeypatch, store, *argv)
        call = listed[phone]
        assert call["subject"] == "" and call["subject_shown"].startswith("phone +971 4 555 0199 · Called about"), call
        assert table[phone][1] == call["subject_shown"][:60]
        assert listed[rfq]["from"] == "" and listed[rfq]["from_shown"] == "(no name)"
        assert table[rfq][0].endswith("(no name)") and listed[rfq]["subject_shown"] == "Lamps"
        mail = listed[email]  # a subject and an address: shown as they are
        assert mail["from_shown"] == mail["from"] and mail["subject_shown"] == mail["subject"] != ""
        assert table[email][1] == mail["subject_shown"][:60]


def test_the_snoozed_and_review_lists_json_carry_the_shown_words(capsys, monkeypatch, fresh):
    phone, review = task_of(fresh, "phone_log.jsonl:1"), task_of(fresh, "john_tom36_fake_order.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(phone), "--until-reply")[0] == 0
    snoozed = _listed(capsys, monkeypatch, fresh, "--snoozed")[phone]
    assert snoozed["subject"] == "" and snoozed["subject_shown"].startswith("phone +971 4 555 0199 · Called about")
    listed = _listed(capsys, monkeypatch, fresh, "review")[review]
    assert listed["from_shown"] == listed["from"] != "" and listed["subject_shown"] == " ".join(listed["subject"].split())


def test_json_words_stay_english_with_lang_zh(capsys, monkeypatch, fresh):
    """JSON stays as it is with --lang zh (the README's promise): the channel word and "(no name)" in English."""
    phone = task_of(fresh, "phone_log.jsonl:1")
    listed = _listed(capsys, monkeypatch, fresh, "--lang", "zh")
    assert listed[phone]["subject_shown"].startswith("phone +971")


def test_a_calls_subject_shown_is_its_title_whole_as_the_readme_says(capsys, monkeypatch, fresh):
    """`subject_shown` is not cut to the table's 60 characters, but a call's first words are its title, cut
    as `queue show` cuts them (at most 8 words, "…" when the note goes on): the README said "uncut" with an
    example ending in "..." (a newcomer read a cut word as a bug, session 20). The README's example is
    this fixture's call, as the JSON gives it."""
    phone = task_of(fresh, "phone_log.jsonl:1")
    shown = _listed(capsys, monkeypatch, fresh)[phone]["subject_shown"]
    code, out, err = run(capsys, monkeypatch, fresh, "queue", "show", str(phone), "--lang", "en")
    assert code == 0, err
    title = re.search(r"^Subject: +(.+?)  \(none: the buyer's first words\)$", out, re.M)
    assert title and shown == f"phone +971 4 555 0199 · {title.group(1)}" and len(shown) > 60, (shown, out)
    readme = " ".join(README.read_text(encoding="utf-8").split())
    said = re.search(r"adds `from_shown` and `subject_shown`(.+?)- \*\*", readme)
    assert said, "README: the lists' JSON words"
    assert f"`{shown}`" in said.group(1), said.group(1)  # its example is what the JSON gives
    assert "uncut" not in said.group(1) and "not cut to the column's width" in said.group(1)
    assert "at most 8 words or 60 characters" in said.group(1), said.group(1)


def test_the_lists_json_names_a_chats_app_as_the_table_does(capsys, monkeypatch, fresh, tmp_path):
    """The table's CHANNEL column says "im WhatsApp"; the JSON said only "channel": "im" (newcomer 20).
    `chat_app` is the app, null for a chat with none named and for every other channel."""
    chats = tmp_path / "chats.jsonl"
    chats.write_text(
        '{"channel": "WhatsApp", "from": "+971 50 123 4567", "text": "Hello, price for 200 LED panels 600x600?", '
        '"timestamp": "2026-05-30T10:00:00+04:00"}\n'
        '{"channel": "im", "from": "+49 151 2345 6789", "text": "Need 50 solar lamps, CIF Hamburg", '
        '"timestamp": "2026-05-30T11:00:00+02:00"}\n', encoding="utf-8")
    assert run(capsys, monkeypatch, fresh, "triage", str(chats), "--offline", "--no-progress")[0] == 0
    named, unnamed, email = (task_of(fresh, end) for end in ("chats.jsonl:1", "chats.jsonl:2", "company_rfq_fob.eml"))
    table = _table_cells(capsys, monkeypatch, fresh)
    assert "im WhatsApp" in table[named][0]
    for argv in ((), ("--limit", "50")):  # streamed (every task) and one page
        listed = _listed(capsys, monkeypatch, fresh, *argv)
        assert (listed[named]["channel"], listed[named]["chat_app"]) == ("im", "WhatsApp")
        assert (listed[unnamed]["channel"], listed[unnamed]["chat_app"]) == ("im", None)
        assert listed[email]["chat_app"] is None
    assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(named), "--until-reply")[0] == 0
    assert _listed(capsys, monkeypatch, fresh, "--snoozed")[named]["chat_app"] == "WhatsApp"
