"""Options written before the command (newcomer 20): `inquiry-triage --format json queue` said "invalid choice:
'json'" and `inquiry-triage --offline triage x.eml` said "unrecognized arguments: --offline" for an option triage
takes. Every option belongs to a command, so they are read as if written after it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inquiry_triage.cli import _command_first
from tests.cli_kit import run_cli

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
COMMANDS = ("triage", "queue", "report")


@pytest.mark.parametrize(("argv", "read"), [
    (["--format", "json", "queue"], ["queue", "--format", "json"]),
    (["--offline", "triage", "a.eml", "--no-store"], ["triage", "--offline", "a.eml", "--no-store"]),
    (["queue", "--format", "json"], ["queue", "--format", "json"]),  # already in order
    (["--help"], ["--help"]),
    (["--version", "queue"], ["--version", "queue"]),
    (["--format", "json"], ["--format", "json"]),  # no command: argparse says so
    (["--", "queue"], ["--", "queue"]),
])
def test_options_before_the_command_are_moved_after_it(argv, read):
    assert _command_first(argv, COMMANDS) == read


def test_the_command_line_runs_with_options_first(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    mail = str(FIXTURES / "emails" / "company_rfq_fob.eml")
    code, out, err = run_cli(capsys, "--offline", "--format", "jsonl", "triage", mail, "--no-store", "--no-progress")
    assert code == 0, err
    assert json.loads(out.splitlines()[0])["source"].endswith("company_rfq_fob.eml")
