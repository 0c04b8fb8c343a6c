"""An RFQ row's time of receipt worked out from its posting age ("6 days ago", counted back from the export
time) is said to be that, not "the record's own time" (newcomer 20): `received_from` is "rfq-posted", the
JSONL says so, and `queue show` words it in en and zh. A row with its own received_at column stays "record"."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from inquiry_triage.parsing.record import parse_record
from inquiry_triage.scheduling.receipt import EVIDENCE
from tests.cli_kit import run_cli

ROW = {"channel": "rfq", "subject": "LED panel 600x600", "body": "Need 500 pcs", "quantity": "500",
       "country": "Germany", "posted": "6 days ago", "exported_at": "2026-11-30T09:00:00+08:00", "quotes_left": "3"}


def test_a_posting_age_is_no_time_the_record_states():
    inquiry = parse_record(dict(ROW), source="rfq.csv:2")
    assert inquiry.received_from == "rfq-posted" and inquiry.received_at is not None
    assert inquiry.received_at == datetime(2026, 11, 24, 1, 0, tzinfo=timezone.utc)  # the export's time less 6 days
    assert "rfq-posted" in EVIDENCE  # the record's own evidence: judged as a record's time is (receipt.py)


def test_a_received_at_column_is_the_records_own_time():
    inquiry = parse_record({**ROW, "received_at": "2026-11-29T10:00:00+08:00"}, source="rfq.csv:2")
    assert inquiry.received_from == "record"


def test_no_posting_time_no_source():
    inquiry = parse_record({k: v for k, v in ROW.items() if k != "posted"}, source="rfq.csv:2")
    assert inquiry.received_at is None and inquiry.received_from == ""


def test_queue_show_words_it_in_english_and_chinese(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    rows = tmp_path / "rfq.jsonl"
    rows.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'q.db'}"
    code, out, err = run_cli(capsys, "triage", str(rows), "--db", db, "--offline", "--no-progress")
    assert code == 0, err
    code, out, err = run_cli(capsys, "queue", "show", "1", "--db", db, "--lang", "en")
    assert code == 0, err
    received = next(line for line in out.splitlines() if line.startswith("Received:"))
    assert "the RFQ's posted column in the export" in received and "the record's own time" not in received
    code, out, err = run_cli(capsys, "queue", "show", "1", "--db", db, "--lang", "zh")
    assert code == 0, err
    assert "导出文件中询价单的发布时间列" in out
