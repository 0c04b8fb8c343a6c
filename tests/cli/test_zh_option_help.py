"""--help pages in Chinese (queue --lang zh, INQUIRY_TRIAGE_LANG=zh): argparse's headings and the common
commands' option help (queue and its actions' pages, status, tick, notify) from cli.zh.po, not only the
pages' own words; option names, choices and English pages unchanged."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.cli import build_parser, main
from inquiry_triage.queue.cli_words import _table

HAN = re.compile(r"[\u4e00-\u9fff]")
COMMON = ("queue", "status", "tick", "notify")


def _help(capsys, monkeypatch, lang: str, *argv: str) -> str:
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_every_common_option_help_has_a_chinese_entry():
    sub = next(a for a in build_parser()._actions if isinstance(getattr(a, "choices", None), dict))
    helps = {a.help for name in COMMON for a in sub.choices[name]._actions if a.help and a.help != "==SUPPRESS=="}
    assert len(helps) > 30
    zh = _table("zh")
    assert sorted(h for h in helps if not HAN.search(zh.get(h, ""))) == []


@pytest.mark.parametrize("argv", [("queue",), ("queue", "snooze"), ("queue", "reply"), ("status",), ("tick",),
                                  ("notify",)])
def test_a_help_page_in_chinese(capsys, monkeypatch, argv):
    zh = _help(capsys, monkeypatch, "zh", *argv)
    english = _help(capsys, monkeypatch, "en", *argv)
    assert "options:" in english and "选项" in zh and "options:" not in zh, zh
    assert not re.search(r"\b(only|who you are|configuration|database URL|the time to run)\b", zh), zh
    assert re.findall(r"--[a-z-]+", zh.split("选项")[1]) == re.findall(r"--[a-z-]+", english.split("options:")[1])
