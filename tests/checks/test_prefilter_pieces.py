"""An alternative too long for one Hyperscan pattern is scanned as several, under its one id.

A rule in many languages spelled out in byte classes grew past Hyperscan's pattern length limit and
was then tried on every text (0.9 ms a message); checks/prefilter._pieces splits it instead.
"""

from __future__ import annotations

import re

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks import prefilter as prefilter_module
from inquiry_triage.checks.rules import load_rules
from inquiry_triage.config import load_config

if prefilter_module.hyperscan is None:
    pytest.skip("no hyperscan", allow_module_level=True)

SOURCE = r"(?i)\b(?:view|open|скачать)\s+(?:the\s+)?(?:invoice|order|документ)\b|\bfoo\d"
KEY = ("body", "", False)


def _scan(written: list, text: str) -> set[int]:
    (entry,) = written
    _key, blob, (ids,) = entry
    assert blob is not None and ids == (0, 1)
    built = prefilter_module._load(written, {KEY: [SOURCE]})
    assert built is not None
    found = built.scan(KEY, text)
    assert found is not None
    return found


def test_a_long_alternative_is_split_and_still_reported_under_its_id(monkeypatch):
    whole = prefilter_module.parts(SOURCE)
    assert whole is not None and [len(p) for p in whole] == [1, 1]
    monkeypatch.setattr(prefilter_module, "_HS_PATTERN_LIMIT", len(whole[0][0]) - 1)
    pieces = prefilter_module.parts(SOURCE)
    assert pieces is not None and len(pieces[0]) == 3 and len(pieces[1]) == 1  # view / open / скачать
    assert all(len(p) <= prefilter_module._HS_PATTERN_LIMIT for p in pieces[0])
    written = prefilter_module._compile({KEY: [SOURCE]})
    pattern = re.compile(SOURCE, re.MULTILINE)
    first = re.compile(SOURCE.split("|\\bfoo")[0], re.MULTILINE)
    for text in ("please OPEN the Order now", "View invoice", "Скачать документ", "foo7", "open documents",
                 "nothing here", "view the invoice and foo1"):
        reported = _scan(written, text)
        if first.search(text):
            assert 0 in reported, text
        if re.search(r"\bfoo\d", text):
            assert 1 in reported, text
        if not pattern.search(text):
            continue
        assert reported, text


def test_no_shipped_rule_is_tried_on_every_text_for_its_length():
    rules = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
    scanner = rules.scanner()
    assert scanner is not None
    text_rules = rules.prepared()[0]
    for members in scanner.groups.values():
        for position, ids in members:
            rule = text_rules[position][0]
            found = prefilter_module.parts(rule.source) if ids is None else None
            for expressions in found or ():
                for expression in (expressions,) if isinstance(expressions, str) else expressions:
                    assert len(expression) <= prefilter_module._HS_PATTERN_LIMIT, rule.name
