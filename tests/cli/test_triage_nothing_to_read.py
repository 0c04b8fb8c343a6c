"""`triage` on a path with nothing to read (newcomer 17, finding 4): an empty folder printed the table's
heading and '0 triaged, 0 suspicious, 0 failed', exit 0, with no hint that the path was wrong. It now
names the path and the kinds triage reads (a file: that it holds no message or record), counts it in the
summary and exits 2 as for a missing path, after the other paths were triaged; `triage --help` says the
exit codes. English and Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
KINDS = ".eml files, Maildir folders, mbox files, .jsonl records and .csv RFQ exports"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C")


def triage(capsys, *argv: str) -> tuple[int, str, list[str]]:
    capsys.readouterr()
    try:
        code = main(["triage", *argv, "--no-store", "--no-progress", "--offline"])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def test_an_empty_folder_is_named_with_what_triage_reads(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "catalogue.pdf").write_bytes(b"%PDF-1.4")  # a folder's walk skips it
    for folder in ("empty", "papers"):
        code, out, err = triage(capsys, str(tmp_path / folder))
        assert code == 2 and out.splitlines()[1:] == [], out
        assert err[0] == f"inquiry-triage triage: nothing to read in {tmp_path / folder}: triage reads {KINDS}, or a " \
                         "folder of them (hidden files and .pdf, .json, .html ... are skipped)"
        assert err[1] == "0 triaged, 0 suspicious, 0 failed (not stored); 1 input(s) with nothing to read"


def test_the_other_paths_are_triaged_first_and_an_empty_file_is_named(capsys, tmp_path):
    (tmp_path / "calls.jsonl").write_text("\n\n")
    code, out, err = triage(capsys, str(tmp_path / "calls.jsonl"), str(FIXTURES / "records" / "web_form.jsonl"))
    assert code == 2 and "priya.nair@gmail.com" in out
    assert err == [f"inquiry-triage triage: nothing to read in {tmp_path / 'calls.jsonl'}: the file holds no message "
                   "or record", "1 triaged, 0 suspicious, 0 failed (not stored); 1 input(s) with nothing to read"]


def test_a_path_with_something_to_read_still_exits_0(capsys):
    code, _, err = triage(capsys, str(FIXTURES / "records"))
    assert code == 0 and err == ["2 triaged, 0 suspicious, 0 failed (not stored)"]


def test_nothing_to_read_in_chinese(capsys, tmp_path):
    code, _, err = triage(capsys, str(tmp_path), "--lang", "zh")
    assert code == 2 and err[0] == (f"inquiry-triage triage: {tmp_path} 里没有可读取的内容：triage 读取 .eml 邮件文件、"
                                    "Maildir 邮件目录、mbox 邮箱文件、.jsonl 记录和 .csv 询价导出文件，或装有这些文件的"
                                    "文件夹（隐藏文件以及 .pdf、.json、.html 等文件会被跳过）")
    assert err[1].endswith("；1 个输入里没有可读取的内容")


@pytest.mark.parametrize("lang, words", [("en", "2 a PATH does not exist or has nothing to read"),
                                         ("zh", "2 某个 PATH 不存在或没有可读取的内容")])
def test_the_help_says_the_exit_codes(capsys, lang, words):
    code, out, _ = triage(capsys, "--help", "--lang", lang)
    assert code == 0 and "".join(words.split()) in "".join(out.split())  # wrapped anywhere (Chinese has no spaces)
