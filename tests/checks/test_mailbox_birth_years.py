"""DIGITS_IN_USERNAME: a name followed by a birth year is how real buyers name free mailboxes; machine-made
digit runs and digit noise still fire (and the seed's john_tom36 stays a marker)."""

from __future__ import annotations

import pytest

from inquiry_triage.checks.facts import measure
from inquiry_triage.checks.mailbox import MailboxCheck, machine_digits
from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CTX = build_context(load_config(None), offline=True)


def fired(addr: str) -> bool:
    inquiry = make_inquiry(from_addr=addr)
    return any(h.rule == "DIGITS_IN_USERNAME" for h in MailboxCheck().run(inquiry, measure(inquiry, CTX), CTX))


@pytest.mark.parametrize("addr", ["rahul.verma1987@gmail.com", "maria_1992@hotmail.com", "li-wei2003@yahoo.com",
                                  "carlos.rosales1980@gmail.com",  # "sales" inside a surname is no role word
                                  "Carlos.Mendez1975@outlook.com", "annika2010@web.de", "joao.silva-1950@gmail.com"])
def test_a_name_and_a_birth_year_does_not_fire(addr):
    assert not fired(addr)


@pytest.mark.parametrize("addr", [
    "john_tom36@gmail.com",        # the seed's marker: two digits still fire
    "jsmith48213@gmail.com",       # a long digit run
    "k3vin1987@gmail.com",         # digits mixed into the letters
    "sales2021x@gmail.com",        # a year with letters after it
    "mary2023@gmail.com",          # not a birth year (after 2010)
    "peter1949@gmail.com",         # before 1950
    "xkcd1987@gmail.com",          # no vowel: not a name
    "ab1990@gmail.com",            # two letters: not a name
    "rahul.verma19871@gmail.com",  # a year and one more digit
    "maria_199200@gmail.com",
    "rudi.buyer1985@gmail.com",    # a role word beside the year: made for the job, not a birth year
    "sales_1990@gmail.com",
    "global.trading2001@yahoo.com",
    "johnbuyer1978@gmail.com",
])
def test_machine_made_digits_still_fire(addr):
    assert fired(addr)


def test_no_digits_never_fires():
    assert not machine_digits("rahul.verma") and not machine_digits("1987")
