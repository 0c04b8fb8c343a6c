"""A Chinese Excel RFQ export with Chinese column names (标题, 产品名称, 数量 ... 发布时间, 剩余报价) failed with
"CSV has no column(s) [...] named in [csv.columns]; it has [...]" and no word on what to do (a newcomer's
finding). The reason now says it (map them in [csv.columns] of a config file, the README section named),
the README gives a ready-made mapping including `posted` and `quotes_left`, and config/examples ships it."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from inquiry_triage.config import load_config
from inquiry_triage.sources import open_inputs

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config" / "examples" / "csv_zh_excel.toml"
EXPORT = ("标题,详细描述,产品名称,数量,单位,国家,发布时间,剩余报价\r\n"
          "求购LED面板灯,需要600x600 LED面板灯，请报价,LED面板灯,500,个,越南,3 days ago,5\r\n"
          "不锈钢螺丝,M6 不锈钢螺丝 报价,螺丝,10000,个,德国,2026-11-30 10:00,0\r\n").encode("gbk")


def test_the_missing_columns_reason_says_what_to_do(tmp_path: Path):
    path = tmp_path / "询价单.csv"
    path.write_bytes(EXPORT)
    config = load_config(None)
    # a failed item of the file (named as in a folder), its header's bytes kept: not the end of the run
    (item,) = open_inputs([path], config.get("csv.columns"), config.get("csv.defaults"))
    assert item.source == str(path) and item.kind == "record" and item.record is None
    assert item.raw == EXPORT.split(b"\r\n", 1)[0] + b"\r\n"
    said = item.error
    assert said.startswith("CSV has no column(s) ") and "it has ['标题'" in said
    assert "[csv.columns] of a config file" in said and "--config" in said and '"CSV column mapping"' in said
    assert "config/examples/csv_zh_excel.toml" in said


def test_the_reason_is_said_in_chinese_named_and_in_a_folder(tmp_path: Path, capsys, monkeypatch):
    from tests.cli_kit import run_cli

    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "询价单.csv").write_bytes(EXPORT)
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    for target in (folder / "询价单.csv", folder):
        _, out, err = run_cli(capsys, "triage", "--lang", "zh", "--no-store", "--offline", "--no-progress", str(target))
        said = out + "\n".join(err)
        assert "请在配置文件的 [csv.columns] 里写上文件自己的列名" in said and "--config" in said, said
        assert "Name the file" not in said


def test_the_readme_section_exists_and_shows_the_shipped_example():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n### CSV column mapping\n" in readme
    section = readme.split("\n### CSV column mapping\n", 1)[1].split("\n### ", 1)[0]
    block = re.search(r"```toml\n(.*?)```", section, re.S).group(1)
    shown = tomllib.loads(block)["csv"]["columns"]
    assert shown == tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["csv"]["columns"]
    assert shown["posted"] == "发布时间" and shown["quotes_left"] == "剩余报价" and shown["subject"] == "标题"


def test_the_shipped_example_reads_a_chinese_excel_export_with_posted_and_quotes_left(tmp_path: Path, capsys,
                                                                                        monkeypatch):
    from tests.cli_kit import run_cli

    path = tmp_path / "询价单.csv"
    path.write_bytes(EXPORT)
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    code, out, err = run_cli(capsys, "triage", "--config", str(EXAMPLE), "--no-store", "--offline",
                             "--format", "jsonl", "--no-progress", str(path))
    assert code == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert not first.get("error") and first["subject"] == "求购LED面板灯" and first["received_from"] == "rfq-posted"
    assert "RFQ_CLOSED" in json.dumps(second) and "RFQ_CLOSED" not in json.dumps(first)  # 剩余报价 = 0
    assert second["received_at"].startswith("2026-11-30") and second["received_from"] == "rfq-posted"  # 发布时间, a date


def test_a_named_csv_with_other_columns_is_a_failed_item_and_the_run_goes_on(tmp_path: Path, capsys, monkeypatch):
    """A newcomer's finding: `triage 询价单.csv mail.eml` exited 2 (a configuration error) on the CSV's header, the
    mail was not triaged and nothing was stored; in a folder the same file was one failed item."""
    import sqlite3

    from tests.cli_kit import run_cli

    export = tmp_path / "询价单.csv"
    export.write_bytes(EXPORT)
    mail = tmp_path / "good.eml"
    mail.write_bytes(b"From: a@b.example\r\nSubject: RFQ LED\r\nMessage-ID: <x1@b.example>\r\n\r\nPlease quote 500 pcs.\r\n")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    db = tmp_path / "z.db"
    code, out, err = run_cli(capsys, "triage", "--db", f"sqlite:///{db}", "--offline", "--lang", "en",
                             "--format", "jsonl", "--no-progress", str(export), str(mail))
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == 2 and any("RFQ LED" in line for line in out.splitlines()), out
    with sqlite3.connect(db) as con:
        stored = dict(con.execute("select source, error from inquiries").fetchall())
    assert stored[str(mail)] is None
    reason = stored[str(export)]
    assert reason.startswith("CSV has no column(s) ") and "it has ['标题'" in reason, reason
    assert "[csv.columns] of a config file given with --config" in reason and "csv_zh_excel.toml" in reason
    # said in Chinese where a person reads it, the path once
    code, out, err = run_cli(capsys, "triage", "--lang", "zh", "--no-store", "--offline", "--no-progress",
                             str(export), str(mail))
    assert code == 0, err
    failed = next(line for line in out.splitlines() if "询价单.csv" in line)
    assert failed.count("询价单.csv") == 1 and "请在配置文件的 [csv.columns] 里写上文件自己的列名" in failed, out
