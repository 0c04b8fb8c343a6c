"""A sales finding: `report ... --format csv` had no UTF-8 BOM, so Excel on Chinese Windows (GBK)
showed mojibake. A CSV written to a file (--output, or stdout redirected to a file) starts with the
BOM; a pipe (here: the captured stdout) does not, so scripts read the first column name as it is."""

from __future__ import annotations

import csv
import io
import sys

from tests.cli.queue_findings import fresh, run  # noqa: F401

BOM = b"\xef\xbb\xbf"


def test_csv_written_with_output_has_a_bom_and_reads_back(fresh, capsys, monkeypatch, tmp_path):  # noqa: F811
    for kind in ("sla", "suspicious"):
        target = tmp_path / f"{kind}.csv"
        code, out, err = run(capsys, monkeypatch, fresh, "report", kind, "--since", "all", "--format", "csv",
                             "--output", str(target))
        assert code == 0, err
        assert out == ""
        data = target.read_bytes()
        assert data.startswith(BOM) and not data.startswith(BOM * 2), data[:20]
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert rows and rows[0][0] and not rows[0][0].startswith("\ufeff")
        assert b"\r\r\n" not in data  # newline="": the csv module's own line ends, not doubled


def test_a_pipe_gets_no_bom_and_json_never_does(fresh, capsys, monkeypatch, tmp_path):  # noqa: F811
    code, out, _ = run(capsys, monkeypatch, fresh, "report", "sla", "--since", "all", "--format", "csv")
    assert code == 0 and out and not out.startswith("\ufeff")
    target = tmp_path / "sla.json"
    assert run(capsys, monkeypatch, fresh, "report", "sla", "--format", "json", "-o", str(target))[0] == 0
    assert not target.read_bytes().startswith(BOM)


def test_stdout_redirected_to_a_file_gets_the_bom(fresh, capsys, monkeypatch, tmp_path):  # noqa: F811
    target = tmp_path / "redirected.csv"
    with target.open("w", encoding="utf-8") as redirected:
        monkeypatch.setattr(sys, "stdout", redirected)
        run(capsys, monkeypatch, fresh, "report", "sla", "--since", "all", "--format", "csv")
    assert target.read_bytes().startswith(BOM)


def test_a_refused_report_leaves_no_file(fresh, capsys, monkeypatch, tmp_path):  # noqa: F811
    target = tmp_path / "refused.csv"
    code, _, _ = run(capsys, monkeypatch, fresh, "report", "suspicious", "--format", "csv", "-o", str(target),
                     user="alice")  # an agent: not allowed (exit 4)
    assert code == 4 and not target.exists()
