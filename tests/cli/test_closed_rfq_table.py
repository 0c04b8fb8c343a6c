"""A sales finding: `triage`'s table showed a reply deadline on a closed RFQ (quotes left 0), which is
filed and gets no task. A filed row shows its filing where the deadline would be; the JSON is unchanged."""

from __future__ import annotations


def test_a_closed_rfq_row_shows_no_deadline(tmp_path, capsys, monkeypatch):
    import json
    import re

    from inquiry_triage.cli import main

    rows = [{"id": "rfq-open", "channel": "rfq", "system": "alibaba", "subject": "LED panel 600x600 40W",
             "body": "Need 2000 pcs LED panel 600x600 40W, CIF Jebel Ali", "country": "AE", "quotes_left": 5,
             "received_at": "2026-11-19T10:05:00+08:00"},
            {"id": "rfq-closed", "channel": "rfq", "system": "alibaba", "subject": "Brass ball valve DN25",
             "body": "Need 5000 pcs brass ball valve DN25, FOB Ningbo", "country": "DE", "quotes_left": 0,
             "received_at": "2026-11-19T10:06:00+08:00"}]
    log = tmp_path / "rfq.jsonl"
    log.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    assert main(["triage", str(log), "--offline", "--no-store", "--no-progress"]) == 0
    lines = capsys.readouterr().out.splitlines()
    closed = [line for line in lines if "Brass ball valve" in line][0]
    still_open = [line for line in lines if "LED panel" in line][0]
    assert "(closed-rfq)" in closed and not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", closed), closed
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", still_open), still_open
