"""`queue --search` and `--product` say in their help that they match whole words (a newcomer searched
"valve" and did not understand why "valves" did not come up), in English and in Chinese."""

from __future__ import annotations

import pytest

from inquiry_triage.cli import main


def _help(capsys, monkeypatch, lang: str) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("COLUMNS", "400")  # one line an option
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["queue", "--help", "--lang", lang])
    return capsys.readouterr().out


def _option(text: str, option: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(option + " "))


def test_the_help_says_whole_words(capsys, monkeypatch):
    text = _help(capsys, monkeypatch, "en")
    assert 'as a whole word ("valve" does not find "valves"' in _option(text, "--search TEXT")
    assert 'a whole word or phrase of the subject or text ("LED" does not find "called")' in _option(text, "--product TEXT")


def test_in_chinese(capsys, monkeypatch):
    text = _help(capsys, monkeypatch, "zh")
    assert "须是整词（“valve”找不到“valves”" in _option(text, "--search TEXT")
    assert "主题、正文中的整词或词组（“LED”找不到“called”）" in _option(text, "--product TEXT")
