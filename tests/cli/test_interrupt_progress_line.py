"""Ctrl-C during a triage on a terminal: the progress line shows the last counts and "interrupted" gets a line
of its own (it was written after a stale line: "triaged 1/1575  failed 0  0/s inquiry-triage: interrupted")."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from inquiry_triage import parallel
from inquiry_triage.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "emails"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_interrupted_triage_ends_the_progress_line_first(monkeypatch):
    real = parallel.triage_results

    @contextlib.contextmanager
    def stopped_after_three(*args, **kwargs):  # type: ignore[no-untyped-def]
        with real(*args, **kwargs) as results:
            def three():  # type: ignore[no-untyped-def]
                for number, result in enumerate(results, 1):
                    yield result
                    if number == 3:
                        raise KeyboardInterrupt
            yield three()

    monkeypatch.setattr(parallel, "triage_results", stopped_after_three)
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["triage", "--no-store", "--offline", "--format", "jsonl", str(FIXTURES)]) == 130
    written = terminal.getvalue()
    last_progress = written.rsplit("\r", 1)[-1]
    assert last_progress.startswith("triaged 3/"), written
    assert "\ninquiry-triage: interrupted" in written, written
