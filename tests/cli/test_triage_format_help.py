"""`triage --format json` writes JSON lines, as jsonl does (scripts read it so); its help said (en and zh) it was
"the same as the other commands' json", which is false: `queue --format json` is one array. The help says what
triage writes; the output stays lines (newcomer finding)."""

from __future__ import annotations

import json

import pytest

from tests.cli.queue_findings import english, fresh, run  # noqa: F401 (english, fresh: fixtures)

def _help(capsys, monkeypatch, fresh, lang: str) -> str:
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, fresh, "triage", "--help", "--lang", lang)
    return " ".join(capsys.readouterr().out.split())


def test_the_help_says_json_is_lines_not_an_array(capsys, monkeypatch, fresh, english):
    text = _help(capsys, monkeypatch, fresh, "en")
    assert "other commands' json" not in text, text
    assert "not one array" in text and "JSON Lines" in text, text


def test_the_chinese_help_says_the_same(capsys, monkeypatch, fresh, english):
    text = "".join(_help(capsys, monkeypatch, fresh, "zh").split())  # wrapped lines: no blanks to compare
    assert "与其他命令的json一样" not in text, text
    assert "不是queue--formatjson那样的一个数组" in text and "JSONLines" in text, text


def test_json_stays_lines_for_scripts(capsys, monkeypatch, fresh, english, tmp_path):
    mails = tmp_path / "mails"
    mails.mkdir()
    for n in (1, 2):
        (mails / f"{n}.eml").write_text(f"From: Ana <ana{n}@example.com>\nMessage-ID: <m{n}@example.com>\n"
                                           f"Subject: price of 500 valves\n\nPlease quote 500 valves DN50.\n")
    code, out, err = run(capsys, monkeypatch, fresh, "triage", str(mails), "--format", "json", "--offline",
                         "--no-store", "--no-progress")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2 and all(isinstance(json.loads(line), dict) for line in lines), out
