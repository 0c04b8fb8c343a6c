"""The command line end to end, in subprocesses, as a user runs it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
CORPORA = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", ROOT.parent / "shared" / "corpora"))


def cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "INQUIRY_TRIAGE_CONFIG": "", "INQUIRY_TRIAGE_DB": "", **(env or {})}
    return subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd or ROOT, timeout=600)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'triage.db'}"


def test_help_teaches_and_exits_zero():
    result = cli("--help")
    assert result.returncode == 0
    assert "phone A" in result.stdout and "examples:" in result.stdout and "INQUIRY_TRIAGE_DB" in result.stdout
    assert cli("triage", "--help").returncode == 0


def test_usage_errors_exit_2_with_a_clear_message(tmp_path: Path):
    missing = cli("triage", str(tmp_path / "nope.eml"), "--no-store")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert cli("triage").returncode == 2
    assert cli("frobnicate").returncode == 2
    bad_config = tmp_path / "bad.toml"
    bad_config.write_text("[grading]\nthresholds = { A = 1, B = 5, C = 0 }\n")
    result = cli("triage", str(FIXTURES), "--no-store", "--config", str(bad_config))
    assert result.returncode == 2 and "bad.toml" in result.stderr and "A >= B >= C" in result.stderr
    assert cli("report", "suspicious", "--since", "soon").returncode == 2


def test_fixture_run_stores_queue_and_reports(db: str):
    first = cli("triage", str(FIXTURES), "--db", db, "--offline", "--format", "jsonl")
    assert first.returncode == 0, first.stderr
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(lines) == 9 and all(line["error"] is None for line in lines)
    for key in ("source", "message_id", "channel", "grade", "score", "suspicious", "suspicion", "risk", "language",
                "languages", "minor_language", "mailbox", "sender_ip", "ip_country", "sender_local_hour", "reply_due",
                "reasons", "error"):
        assert all(key in line for line in lines), key
    assert "9 triaged, 3 suspicious, 0 failed" in first.stderr

    again = cli("triage", str(FIXTURES), "--db", db, "--offline")
    assert again.returncode == 0 and "0 triaged, 0 suspicious, 0 failed, 9 already triaged, not stored again" in again.stderr

    queue = json.loads(cli("queue", "--db", db, "--format", "json").stdout)
    assert len(queue) == 6 and not any(t["suspicious"] for t in queue)  # the 3 suspicious wait for review
    review = json.loads(cli("queue", "review", "--db", db, "--format", "json").stdout)
    assert len(review) == 3 and all(t["suspicious"] and t["kind"] == "review" for t in review)
    order = [(t["grade"], t["due"]) for t in queue]
    assert [g for g, _ in order] == sorted(g for g, _ in order)  # by grade first

    table = cli("queue", "--db", db)
    assert table.returncode == 0 and "GRADE" in table.stdout

    rfq = next(t for t in queue if "ball valves" in t["subject"])
    shown = cli("queue", "show", str(rfq["id"]), "--db", db)
    assert shown.returncode == 0
    assert "Evidence:" in shown.stdout and "INCOTERMS" in shown.stdout and "Reply draft:" in shown.stdout
    assert "Dear Anna Keller," in shown.stdout
    assert cli("queue", "show", "99999", "--db", db).returncode == 2

    # --since counts from the time of receipt (f00b432): the fixtures' Received: times, not the last hour's triage
    report = cli("report", "suspicious", "--db", db, "--format", "json", "--since", "all")
    rows = json.loads(report.stdout)
    assert {tuple(r["suspicion"]) for r in rows} == {("scam",), ("spy",)} and len(rows) == 3
    assert all(r["reasons"] and all(x["kind"] in ("scam", "spy") for x in r["reasons"]) for r in rows)
    csv_out = cli("report", "suspicious", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("inquiry_id,") and len(csv_out) == 4
    assert "CARD_FISHING_ORDER" in cli("report", "suspicious", "--db", db).stdout


def test_bad_inputs_are_stored_as_failed_with_raw_bytes_and_the_batch_goes_on(tmp_path: Path, db: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.eml").write_bytes(b"From: a@b.example\r\nSubject: need 100 pcs\r\n\r\nPlease quote FOB.\r\n")
    (folder / "empty.eml").write_bytes(b"")
    (folder / "calls.jsonl").write_text('{"channel": "phone", "body": "wants 40HQ tiles"}\n{broken json\n'
                                        '{"channel": "pigeon", "body": "x"}\n')
    result = cli("triage", str(folder), "--db", db, "--offline", "--format", "jsonl")
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {Path(line["source"]).name: line["error"] for line in lines if line["error"]}
    assert set(errors) == {"empty.eml", "calls.jsonl:2", "calls.jsonl:3"}
    assert "unknown channel" in errors["calls.jsonl:3"]
    rows = sqlite3.connect(db.removeprefix("sqlite:///")).execute(
        "select source, status, error, raw from inquiries order by id").fetchall()
    failed = {Path(r[0]).name: r for r in rows if r[1] == "failed"}
    assert failed["calls.jsonl:2"][3] == b"{broken json\n" and failed["calls.jsonl:2"][2]
    assert sum(1 for r in rows if r[1] == "triaged") == 2


def test_environment_selects_config_and_database(tmp_path: Path):
    config = tmp_path / "c.toml"
    config.write_text("[deadlines]\nhours = { A = 1, B = 2, C = 3, D = 4 }\n")
    db_path = tmp_path / "env.db"
    result = cli("triage", str(FIXTURES / "records" / "web_form.jsonl"), "--offline", "--format", "jsonl",
                 env={"INQUIRY_TRIAGE_CONFIG": str(config), "INQUIRY_TRIAGE_DB": f"sqlite:///{db_path}"})
    assert result.returncode == 0 and db_path.exists()
    line = json.loads(result.stdout)
    # Received Thu 03:14Z = 11:14 in Shanghai; 4 business hours around the 12:00-13:00 break: 16:14.
    assert line["grade"] == "D" and line["reply_due"].startswith("2026-11-19T16:14+08:00")
    assert "Shanghai" in line["reply_note"] and line["buyer_timezone"] == "Asia/Kolkata"


def test_triage_format_json_is_the_jsonl_stream_as_other_commands_spell_it():
    record = str(FIXTURES / "records" / "web_form.jsonl")
    as_jsonl = cli("triage", record, "--offline", "--no-store", "--format", "jsonl", "--now", "2026-11-19T12:00+08:00")
    as_json = cli("triage", record, "--offline", "--no-store", "--format", "json", "--now", "2026-11-19T12:00+08:00")
    assert as_json.returncode == 0 and as_json.stdout == as_jsonl.stdout
    records = Path(record).read_text("utf-8").splitlines()
    assert len([json.loads(line)["grade"] for line in as_json.stdout.splitlines()]) == len(records) > 0


@pytest.mark.skipif(not (CORPORA / "phishing").is_dir() and os.environ.get("CI") != "true", reason="corpora not present")
def test_phishing_corpus_gives_one_valid_line_per_file_and_no_unhandled_error():
    files = [p for p in (CORPORA / "phishing").iterdir() if p.is_file()]
    result = cli("triage", str(CORPORA / "phishing"), "--format", "jsonl", "--offline", "--no-store")
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(files)
    assert not [line for line in lines if line["error"] and "internal error" in line["error"]]
    assert all(line["grade"] in "ABCD" for line in lines if not line["error"])
