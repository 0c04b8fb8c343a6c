"""A Chinese salesperson's terminal (LANG=zh_CN.UTF-8) got the command line in English until they found
INQUIRY_TRIAGE_LANG in the README. The command line now follows the system locale as gettext reads it
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when neither --lang nor INQUIRY_TRIAGE_LANG is given; those two
still win (INQUIRY_TRIAGE_LANG=en keeps English on a Chinese system); C/POSIX and other locales: English."""

from __future__ import annotations

import pytest

from inquiry_triage.queue.cli_words import cli_language
from tests.cli.queue_findings import fresh, run  # noqa: F401 (fresh: a fixture)

LOCALE = ("INQUIRY_TRIAGE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _only(monkeypatch, **values: str) -> None:
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("env, given, expected", [
    ({"LANG": "zh_CN.UTF-8"}, None, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, None, "zh"),
    ({"LANG": "C.UTF-8"}, None, "en"),
    ({"LANG": "en_US.UTF-8"}, None, "en"),
    ({"LANG": "de_DE.UTF-8"}, None, "en"),  # no German catalogue: English
    ({}, None, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, None, "zh"),  # messages' own category first
    ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, None, "en"),  # LC_ALL overrides everything, C is English
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, None, "zh"),  # LANGUAGE's first choice
    ({"LANG": "C", "LANGUAGE": "zh_CN"}, None, "en"),  # gettext ignores LANGUAGE under the C locale
    ({"LANG": "zh_CN.UTF-8", "INQUIRY_TRIAGE_LANG": "en"}, None, "en"),  # the product's own variable wins
    ({"LANG": "en_US.UTF-8", "INQUIRY_TRIAGE_LANG": "zh"}, None, "zh"),
    ({"LANG": "zh_CN.UTF-8"}, "en", "en"),  # --lang wins over both
])
def test_the_language_asked_for(monkeypatch, env, given, expected):
    _only(monkeypatch, **env)
    assert cli_language(given) == expected


def test_a_chinese_terminal_gets_the_queue_and_help_in_chinese(capsys, monkeypatch, fresh):
    _only(monkeypatch, LANG="zh_CN.UTF-8")
    code, out, err = run(capsys, monkeypatch, fresh, "queue")
    assert code == 0 and out.lstrip().startswith("编号") and "已逾期" in out, (out, err)
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, fresh, "report", "--help")
    assert capsys.readouterr().out.startswith("用法：inquiry-triage report")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "--format", "json")
    assert code == 0 and out.lstrip().startswith("[") and '"grade"' in out  # scripts' JSON stays English
    _only(monkeypatch, LANG="zh_CN.UTF-8", INQUIRY_TRIAGE_LANG="en")
    assert run(capsys, monkeypatch, fresh, "queue")[1].lstrip().startswith("ID GRADE")
    _only(monkeypatch, LANG="C.UTF-8")
    assert run(capsys, monkeypatch, fresh, "queue")[1].lstrip().startswith("ID GRADE")

