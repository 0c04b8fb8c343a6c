"""`report suspicious --help`: `--state dismissed` (and `--all`) lists the inquiries with a lead's verdict,
those released as genuine too (as the README says), not only "dismissed (as spam, spy or duplicate)"."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.cli import main


def _help(capsys, monkeypatch, lang: str) -> str:
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
    monkeypatch.setenv("COLUMNS", "400")
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["report", "suspicious", "--help"])
    return re.sub(r"\s+", " ", capsys.readouterr().out)


def test_state_dismissed_help_names_the_released_ones_too(capsys, monkeypatch):
    en = _help(capsys, monkeypatch, "en")
    state = en[en.rindex("--state {waiting"):][:400]
    assert "released as genuine" in state, state
    zh = _help(capsys, monkeypatch, "zh")
    state = zh[zh.rindex("--state {waiting"):][:300]
    assert "真实询盘放行" in state and "dismissed 已驳回（垃圾、刺探或重复）" not in state, state


def test_notify_price_change_help_says_one_notice_a_day_per_buyer_and_product(capsys, monkeypatch):
    """Two --product texts give a buyer quoted both two notices the same day: the help says so."""
    for lang, words in (("en", "one notice a day per buyer and product"), ("zh", "每个买家每个产品每天一条通知")):
        monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
        monkeypatch.setenv("COLUMNS", "400")
        capsys.readouterr()
        with pytest.raises(SystemExit):
            main(["notify", "price-change", "--help"])
        assert words in re.sub(r"\s+", " ", capsys.readouterr().out).replace("每天 一条", "每天一条")
