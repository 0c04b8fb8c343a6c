"""A look-behind that opens a pattern (or each alternative of a branch that opens it) is written
into the prefilter as what it looks at: `(?<=\\bneed )\\d+` as `\\bneed \\d+`. Wherever the original
matches, the text holds that string, so the scan still reports it; and texts without the words are
ruled out (dropped, the look-behind left "any number then a word": QUANTITY was tried on half of
all mail for 2% hits). A look-behind after something read is still dropped."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.checks import prefilter as prefilter_module

if prefilter_module.hyperscan is None:
    pytest.skip("hyperscan not installed", allow_module_level=True)


def _scan(pattern: str, text: str) -> bool:
    written = prefilter_module.superset(pattern)
    assert written is not None, pattern
    database = prefilter_module.hyperscan.Database(mode=prefilter_module.hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[written.encode()], flags=prefilter_module._scan_flags())
    found: set[int] = set()
    database.scan(text.encode("utf-8", "surrogatepass"), match_event_handler=prefilter_module._on_match, context=found)
    return bool(found)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<=\bneed )\d+", "we need 500 pcs"), (r"(?:(?<=\bneed )|(?<=\bbuy ))\d+\s+[a-z]+s", "to buy 20 valves"),
    (r"(?i)(?<=\bneed )\d+", "WE NEED 5"), (r"(?<=\bneed )\d+", "need 5"), (r"(?<=é)\d", "é5"),
    (r"(?:x|(?<=y))(?<=y)\d", "y5"), (r"(?:x|(?<=y))\d", "x5"), (r"a(?<=a)b", "ab"), (r"(?<!x)(?<=\bneed )\d", "need 5"),
    (r"(?<=\bneed )(?<=d )\d", "need 5"), (r"(?:(?<=\bneed )\d|q\d)", "q5"), (r"((?<=\bneed ))\d\1", "need 5"),
    (r"(?<=\$)\d+", "$5"), (r"(?m)^(?<=\n)x", "a\nx"), (r"\b(?<=\bneed )\d", "need 5"),
])
def test_the_superset_still_matches_what_the_original_matches(pattern, text):
    assert re.compile(pattern, re.MULTILINE).search(text)
    assert _scan(pattern, text)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<=\bneed )\d+", "5 days ago"), (r"(?:(?<=\bneed )|(?<=\bbuy ))\d+\s+[a-z]+s", "since 1998 offices"),
    (r"(?i)(?<=\bneed )\d+", "kneed 5"),
])
def test_a_leading_look_behind_now_rules_texts_out(pattern, text):
    assert not re.compile(pattern, re.MULTILINE).search(text)
    assert not _scan(pattern, text)
