"""A nested alternative that opens with a chain of look-behinds makes `re` try every one of them at
every position of a text before it reads a single character of the alternative: DESTINATION's five
twelve-look-behind branches were 2.2 ms a try on a long body (3.8 % of triage's CPU). Such a branch
starts with a look-ahead for its first characters, which fails at once where it cannot match (the
same matches: the branch cannot match where its first characters are not)."""

from __future__ import annotations

import re

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import load_rules
from inquiry_triage.config import load_config

RULES = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
# A branch start ("|", "(?:", "(?i:" ...) followed at once by three or more look-behinds.
UNGUARDED_CHAIN = re.compile(r"(?:\||\((?:\?[a-zA-Z-]*:)?)(?:\(\?<[!=](?:[^()\\]|\\.)*\)){3,}")


def test_no_branch_opens_with_a_chain_of_look_behinds():
    offenders = [(rule.name, found.group()[:60]) for rule in RULES.text_rules if rule.source
                 for found in UNGUARDED_CHAIN.finditer(rule.source)]
    assert offenders == []


def test_the_test_sees_an_unguarded_chain():
    assert UNGUARDED_CHAIN.search(r"a|(?<!\bFOB\s)(?<!\bEXW\s)(?<!\bfrom\s)port\s+of")
    assert UNGUARDED_CHAIN.search(r"(?i:(?<!x)(?<!y)(?<!z)hafen)")
    assert not UNGUARDED_CHAIN.search(r"a|(?=port\s)(?<!\bFOB\s)(?<!\bEXW\s)(?<!\bfrom\s)port\s+of")
