"""One phone formatter everywhere, and a chat's first words in the buyer's history (newcomer 15, finding 12):
the `triage` table showed 'im +971501234567' while `queue` spaced it '+971 50 123 4567'; `queue show`'s
Origin line said 'from the phone number +971501234567' beside 'Phone: +971 50 123 4567'; `queue buyer`
lines of a chat or a call had an empty subject column. The sample: tests/data/newcomer15/phone_buyer.jsonl
(a WhatsApp message and a phone call of one UAE number, names made up)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from inquiry_triage.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "newcomer15" / "phone_buyer.jsonl"
SPACED = "+971 50 123 4567"


@pytest.fixture
def env(tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    return f"sqlite:///{tmp_path / 'store.db'}"


def test_the_triage_table_spaces_the_number(env, capsys):
    assert main(["triage", str(SAMPLE), "--db", env, "--offline", "--no-progress"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if "Omar Example" in line]
    assert len(rows) == 2 and all(SPACED in row for row in rows), out
    assert "+971501234567" not in out


def test_queue_show_origin_line_and_buyer_history(env, capsys):
    assert main(["triage", str(SAMPLE), "--db", env, "--offline", "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["queue", "show", "1", "--db", env]) == 0
    shown = capsys.readouterr().out
    assert re.search(r"^Phone: +\+971 50 123 4567", shown, re.M), shown
    origin = next(line for line in shown.splitlines() if "from the phone number" in line)
    assert SPACED in origin and "+971501234567" not in origin, origin

    assert main(["queue", "buyer", "+971501234567", "--db", env]) == 0
    history = capsys.readouterr().out
    lines = [line for line in history.splitlines() if "INQUIRY" in line]
    assert len(lines) == 2, history
    assert any("Omar Example" in line and "Hi, need 300 pcs ball valve DN40" in line for line in lines), history
    assert any("Called about 50 gate valves DN100 PN16" in line for line in lines), history
    assert main(["queue", "buyer", "+971501234567", "--db", env, "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert {e["text"][:12] for e in events if e["kind"] == "inquiry"} == {"Hi, need 300", "Called about"}
