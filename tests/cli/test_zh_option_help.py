"""--help pages in Chinese (queue --lang zh, INQUIRY_TRIAGE_LANG=zh): argparse's headings, the sales and
leads' commands' descriptions and option help (queue and its actions' pages, status, tick, notify, report,
triage, users, serve) and the command list from cli.zh.po, not only the pages' own words; option names,
choices and English pages unchanged. Chinese lines are wrapped to the terminal's columns (a Chinese
character takes two; argparse counted characters, so they ran to twice its width)."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.cli import QUEUE_ACTIONS, build_parser, main, wrap_columns
from inquiry_triage.queue.cli_words import _table, width

HAN = re.compile(r"[\u4e00-\u9fff]")
COMMON = ("queue", "status", "tick", "notify", "report", "triage", "users", "serve")


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
    described = [sub.choices[name].description for name in COMMON if sub.choices[name].description]
    assert len(described) == 7 and [d for d in described if not HAN.search(zh.get(d, ""))] == []
    assert HAN.search(zh.get(sub.choices["queue"].epilog, ""))  # `queue --help`'s examples, worded whole
    top = build_parser()
    assert HAN.search(zh.get(top.description, "")) and HAN.search(zh.get(top.epilog, ""))  # `inquiry-triage --help`
    listed = [a.help for a in sub._choices_actions]  # `inquiry-triage --help`'s list of commands
    assert len(listed) > 10 and [h for h in listed if not HAN.search(zh.get(h, ""))] == []


@pytest.mark.parametrize("argv", [("queue",), ("queue", "snooze"), ("queue", "reply"), ("status",), ("tick",),
                                  ("notify",), ("report",), ("triage",), ("users",), ("serve",)])
def test_a_help_page_in_chinese(capsys, monkeypatch, argv):
    zh = _help(capsys, monkeypatch, "zh", *argv)
    english = _help(capsys, monkeypatch, "en", *argv)
    assert "options:" in english and "选项" in zh and "options:" not in zh, zh
    assert "a salesperson's day" not in zh and "leads and supervisors:" not in zh
    assert not re.search(r"\b(only|who you are|configuration|database URL|the time to run|default|instead of|"
                         r"the first|suspicious: \w|Read \.eml|People who|Serve the web|Exit 0 when)\b", zh), zh
    assert re.findall(r"--[a-z-]+", zh.split("选项")[1]) == re.findall(r"--[a-z-]+", english.split("options:")[1])


@pytest.mark.parametrize("argv", [(), ("queue",), *(("queue", a) for a in QUEUE_ACTIONS), ("status",), ("tick",),
                                  ("notify",), ("report",), ("triage",), ("users",), ("serve",)])
def test_a_chinese_help_page_fits_the_terminal(capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "80")
    zh = _help(capsys, monkeypatch, "zh", *argv).splitlines()
    # its own prose and option help fit; the examples and environment tables after them (typed, columns
    # aligned) and a written usage line are kept as written, no wider than the English page
    examples = next((i for i, line in enumerate(zh) if line in ("示例：", "业务员的一天：")), len(zh))
    prose = [line for line in zh[:examples] if HAN.search(line) and not line.startswith("用法：")]
    assert len(prose) >= 2  # at least what the page is for, and a heading
    assert [line for line in prose if width(line) > 80] == [], "\n".join(zh)
    english = _help(capsys, monkeypatch, "en", *argv)
    assert "options:" in english and "选项" not in english and "用法" not in english
    assert max(map(width, zh)) <= max(max(map(width, english.splitlines())), 80)  # examples: no wider than English


def test_wrapping_by_columns_keeps_every_word_and_the_marks_with_their_words():
    text = ("suspicious：waiting 等待判断（默认：待审核、待处理，或关闭时没有判断），dismissed 已驳回（垃圾、刺探或重复），"
            "或 all 全部；sqlite:///inquiry-triage.db（默认）")
    for columns in (20, 31, 40, 54, 80):
        lines = wrap_columns(text, columns)
        assert all(width(line) <= columns for line in lines), (columns, lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost, nothing added
        latin = re.compile(r"[^\s\u4e00-\u9fff（）：；，、]+")
        if columns >= 31:  # (narrower, the address is cut)
            assert latin.findall(" ".join(lines)) == latin.findall(text), (columns, lines)  # no words run together
        assert not [line for line in lines if line[0] in "）」，。；：、"], (columns, lines)
        assert not [line for line in lines if line[-1] in "（「"], (columns, lines)
        if columns >= 31:
            assert any("sqlite:///inquiry-triage.db" in line for line in lines)  # a word is not cut when it fits
    assert wrap_columns("a b c", 80) == ["a b c"] and wrap_columns("", 80) == []
    # a short command after Chinese moves to the next line whole rather than split after its first word
    said = "所有命令都可加 --config 文件 和 --db 数据库地址；全部队列操作：inquiry-triage queue --help"
    assert wrap_columns(said, 80) == ["所有命令都可加 --config 文件 和 --db 数据库地址；全部队列操作：",
                                      "inquiry-triage queue --help"]
