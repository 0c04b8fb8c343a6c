"""Defects a newcomer (a Chinese-speaking sales user) found on the command line: Chinese snooze times,
times in the seller's timezone ([seller] timezone) with their offset, the buyer column, untitled
records in the snoozed and review lists. In-process `main` against a real SQLite store of the fixtures."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.store import open_store
from inquiry_triage.store.models import TaskRow
from tests.cli.queue_findings import run
from tests.web.web_store import triaged_store

ZONE = "America/Sao_Paulo"  # not the shipped Asia/Shanghai, and not UTC: the times must follow the key
OFFSET = "-03:00"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[str, Path]:
    where = tmp_path_factory.mktemp("newcomer")
    config = where / "seller.toml"
    config.write_text(f'[seller]\ntimezone = "{ZONE}"\n\n[team]\nmembers = {{ lena = "lead", alice = "agent" }}\n')
    return triaged_store(where / "q.db"), config


STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d|Z)?")


def test_status_prints_its_times_on_the_sellers_clock_with_the_offset(capsys, monkeypatch, store):
    _, text, _ = run(capsys, monkeypatch, store, "status")
    checked = re.search(r"\(checked (\S+)\)", text).group(1)
    assert checked.endswith(OFFSET)
    _, out, _ = run(capsys, monkeypatch, store, "status", "--format", "json")
    at = datetime.fromisoformat(json.loads(out)["checked_at"])
    assert at.utcoffset() == ZoneInfo(ZONE).utcoffset(at.replace(tzinfo=None))


def test_reports_print_their_times_on_the_sellers_clock(capsys, monkeypatch, store):
    _, out, _ = run(capsys, monkeypatch, store, "report", "sla", "--format", "json")
    data = json.loads(out)
    assert data["now"].endswith(OFFSET) and data["since"].endswith(OFFSET)
    _, out, _ = run(capsys, monkeypatch, store, "report", "sla")
    assert all(s.endswith(OFFSET) for s in STAMP.findall(out)) and STAMP.findall(out)
    _, out, _ = run(capsys, monkeypatch, store, "report", "suspicious", "--format", "json")
    stamps = [row["triaged_at"] for row in json.loads(out)]  # stored naive UTC on SQLite: printed without an offset before
    assert stamps and all(s.endswith(OFFSET) for s in stamps)


def test_queue_json_keeps_iso_8601_with_the_sellers_offset(capsys, monkeypatch, store):
    url, _ = store
    _, out, _ = run(capsys, monkeypatch, store, "queue", "--format", "json")
    tasks = json.loads(out)
    _, sessions = open_store(url)
    with sessions() as s:
        stored = {t.id: t.due_at for t in s.scalars(select(TaskRow))}
    assert tasks and all(t["due"].endswith(OFFSET) for t in tasks)
    for t in tasks:  # the same moment as stored, only on another clock
        due = stored[t["id"]]
        assert datetime.fromisoformat(t["due"]) == (due if due.tzinfo else due.replace(tzinfo=ZoneInfo("UTC"))).replace(second=0, microsecond=0)
    _, out, _ = run(capsys, monkeypatch, store, "queue", "review", "--format", "json")
    assert all(t["arrived"].endswith(OFFSET) for t in json.loads(out))


def test_chinese_snooze_time_on_the_command_line(capsys, monkeypatch, store):
    url, _ = store
    _, out, _ = run(capsys, monkeypatch, store, "queue", "--format", "json", user="alice")
    task = json.loads(out)[-1]["id"]
    code, _, err = run(capsys, monkeypatch, store, "queue", "snooze", str(task), "--until", "过几天", user="alice")
    assert code == 2 and "not understood" in err and "明天上午9点" in err
    code, out, err = run(capsys, monkeypatch, store, "queue", "snooze", str(task), "--until", "明天上午9点", user="alice")
    assert code == 0, err
    assert re.search(r"snoozed task \d+ until \w{3} \d{4}-\d\d-\d\d 09:00 \(seller's clock\)", out)
    code, _, err = run(capsys, monkeypatch, store, "queue", "snooze", str(task), "--until", "3天", user="alice")
    assert code == 0, err


def test_the_buyer_column_keeps_the_domain_and_untitled_records_show_their_words(capsys, monkeypatch, store):
    url, _ = store
    _, sessions = open_store(url)
    address = "purchasing.department.manager.north@acme-machinery.example"
    with sessions.begin() as s:
        review = s.scalar(select(TaskRow).where(TaskRow.kind == "review", TaskRow.state == "open").limit(1))
        review.inquiry.from_addr = address
        review.inquiry.subject, review.inquiry.channel, review.inquiry.buyer_key = "", "im", "im:buyer-17"
        review.inquiry.body = "Need 500 tons copper cathode, pay after shipment by MT103 please"
    _, out, _ = run(capsys, monkeypatch, store, "queue", "review")
    line = next(line for line in out.splitlines() if line.lstrip().startswith(str(review.id) + " "))
    assert "purchasi…er.north@acme-machinery.example | im · Need 500 tons copper cathode, pay after shipment…" in line


def test_triage_again_prints_only_the_new_ones_in_the_table_and_everything_in_jsonl(capsys, monkeypatch, tmp_path):
    root = Path(__file__).resolve().parents[2]
    first = tmp_path / "first"
    first.mkdir()
    emails = sorted((root / "fixtures" / "emails").glob("*.eml"))
    for path in emails[:2]:
        (first / path.name).write_bytes(path.read_bytes())
    url = f"sqlite:///{tmp_path / 'again.db'}"
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")

    def triage(*extra: str) -> str:
        capsys.readouterr()
        assert main(["triage", str(first), "--db", url, "--offline", "--no-progress", *extra]) == 0
        return capsys.readouterr().out

    table = triage()
    assert len(table.splitlines()) == 3 and "already triaged" not in table  # the header and two new ones
    for path in emails[2:4]:  # two new files beside the two triaged ones
        (first / path.name).write_bytes(path.read_bytes())
    again = triage().splitlines()
    assert len(again) == 4 and again[-1] == "2 already triaged (use --format jsonl or queue to see them)"
    jsonl = triage("--format", "jsonl").splitlines()
    assert len(jsonl) == 4 and all(json.loads(line)["grade"] for line in jsonl)  # complete: scripts read every item


def test_snoozing_a_task_held_for_review_is_a_refusal(capsys, monkeypatch, store):
    # A refused action exits 4 (the README's exit codes), not 2 as a mistyped command does.
    url, _ = store
    _, sessions = open_store(url)
    with sessions() as s:
        review = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open").limit(1))
    assert review is not None
    code, _, err = run(capsys, monkeypatch, store, "queue", "snooze", str(review), "--until", "2d")
    assert code == 4 and "held for review" in err
