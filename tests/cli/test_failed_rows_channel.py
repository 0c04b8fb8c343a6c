"""Failed JSONL/CSV rows and whole files said right (newcomer 17, findings 5 and 6).
5. A record that failed showed channel 'message' (网站留言) whatever it named: a phone call with a bad
   time, a WhatsApp chat, a cut line. It now shows (and stores, and prints in JSONL) the channel the
   record named, and 'unknown' (未知) when the row failed before a channel was known (not valid JSON,
   no channel named, one the product does not know). A CSV row is an RFQ by the export's defaults.
6. A CSV in a folder without the configured columns read 'FAILED x.csv: x.csv: CSV has no column(s)
   ...': the item names its file, so the reason no longer does (also a broken link in a folder)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.sources.files import open_inputs
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow

LINES = [
    ('{"channel": "phone", "from": "+971501234567", "body": "need 200 valves", "received": "not a date"}', "phone"),
    ('{"channel": "WhatsApp", "from": "+971501234567", "body": "need valves", "received": "soon"}', "im"),
    ('{"channel": "web form", "from": "a@b.example", "body": "need valves", "received": "soon"}', "message"),
    ('{"channel": "whatsapp", "body": "cut here', "unknown"),  # not valid JSON: nothing is known
    ('{"from": "x@y.example"}', "unknown"),  # names no channel (and has no text)
    ('{"channel": "telex", "from": "a@b.example", "body": "hi"}', "unknown"),  # names none the product knows
]
ZH = {"phone": "电话", "im": "即时通讯", "message": "网站留言", "unknown": "未知", "rfq": "平台"}
CSV = "title,description,quantity,unit,country,date\nValves,need 200 valves,200,pcs,DE,2026-13-45\n"
CONFIG = "[csv.columns]\nreceived_at = \"date\"\n"


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    (tmp_path / "calls.jsonl").write_text("\n".join(line for line, _ in LINES) + "\n")
    (tmp_path / "rfq.csv").write_text(CSV)
    (tmp_path / "seller.toml").write_text(CONFIG)
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(tmp_path / "seller.toml"))
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C")
    return tmp_path


def triage(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["triage", *argv, "--no-progress", "--offline"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_failed_row_shows_the_channel_it_named(inputs, capsys):
    paths = (str(inputs / "calls.jsonl"), str(inputs / "rfq.csv"))
    expected = [channel for _, channel in LINES] + ["rfq"]
    _, out, _ = triage(capsys, *paths, "--no-store", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert all(r["error"] for r in rows) and [r["channel"] for r in rows] == expected, rows
    db = f"sqlite:///{inputs / 'q.db'}"
    _, out, _ = triage(capsys, *paths, "--db", db)
    assert [line.split()[1] for line in out.splitlines()[1:]] == expected, out
    engine, sessions = open_store(db)
    with sessions() as s:
        assert list(s.scalars(select(InquiryRow.channel).order_by(InquiryRow.id))) == expected
    engine.dispose()
    _, out, _ = triage(capsys, *paths, "--no-store", "--lang", "zh")
    assert [line.split()[1] for line in out.splitlines()[1:]] == [ZH[c] for c in expected], out


def test_a_failed_email_is_still_email(inputs, capsys):
    (inputs / "mail").mkdir()
    (inputs / "mail" / "notes.md").write_text("not a mail")
    _, out, _ = triage(capsys, str(inputs / "mail" / "notes.md"), "--no-store", "--format", "jsonl")
    assert json.loads(out)["channel"] == "email" and json.loads(out)["error"]


def test_a_csv_in_a_folder_names_its_path_once(inputs, capsys):
    folder = inputs / "exports"
    folder.mkdir()
    (folder / "alibaba.csv").write_text("name,email\nBob,bob@x.example\n")
    (folder / "gone.eml").symlink_to(inputs / "nowhere.eml")  # a broken link: 'no such file or folder'
    items = {item.source: item for item in open_inputs([str(folder)], {"subject": "title", "body": "description"})}
    assert items[str(folder / "alibaba.csv")].error.startswith("CSV has no column(s) ['title', 'description'] named in "
                                                                "[csv.columns]; it has ['name', 'email']. ")
    assert items[str(folder / "gone.eml")].error == "no such file or folder"
    _, out, err = triage(capsys, str(folder), "--no-store")
    failed = next(line for line in out.splitlines() if "alibaba.csv" in line)
    assert failed.count("alibaba.csv") == 1 and f"FAILED {folder / 'alibaba.csv'}: CSV has no column(s) ['title', " in failed
    assert " named in [csv.columns]; it has ['name', 'email']. Name the file's own columns" in failed, failed
    assert out.count("gone.eml") == 1 and f"{folder / 'gone.eml'}: no such file or folder" in out
    _, out, _ = triage(capsys, str(folder), "--no-store", "--lang", "zh")
    failed = next(line for line in out.splitlines() if "alibaba.csv" in line)
    assert failed.count("alibaba.csv") == 1 and f"失败 {folder / 'alibaba.csv'}：CSV 里没有 [csv.columns] 指定的列 [" in failed
    assert "；文件里的列是 ['name', 'email']。请在配置文件的 [csv.columns] 里" in failed, failed
    assert f"{folder / 'gone.eml'}：没有这个文件或文件夹" in out
