"""What a newcomer found in what the product extracts from fresh buyer inquiries and in the reply draft:
one quantity counted twice (a record's quantity field and the same quantity in the text; a steel grade
read as a count), bare measurements scored as a model while pipe designations ("DN50 PN16") were not,
a port given after "delivery"/"deliver to port of" asked for again, payment terms the draft noted that
earned no PAYMENT_TERMS point, slash-form greetings ("Sehr geehrte(r)"), and a web form's product
dropped from the draft. Hits come from the shipped rules and checks, as the pipeline finds them."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.drafts import GREETINGS, acknowledged, draft_reply
from inquiry_triage.model import Hit, Inquiry
from tests.triage_kit import Kit

SIGNALS = Path(__file__).resolve().parents[1] / "config" / "rules" / "signals.toml"
KIT = Kit(datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc))


@pytest.fixture(scope="module")
def rules():
    return {rule.name: rule for rule in load_rules([SIGNALS]).rules}


def inquiry(body: str, **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "Klaus Müller", "from_addr": "k@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


def fires(rule, body: str) -> str:
    """The excerpt the rule finds in `body`, "" when it does not fire."""
    hit = match_text_rule(rule, inquiry(body))
    return hit.excerpt if hit else ""


def all_hits(rules, item: Inquiry) -> list[Hit]:
    return [hit for rule in rules.values() if rule.source is not None and (hit := match_text_rule(rule, item))]


def points(result: dict, rule: str) -> float:
    return sum(float(r["points"]) for r in result["reasons"] if r["rule"] == rule)


# --- 5. greetings: no slash forms; a neutral greeting when the gender is unknown ---------------------

_SLASH_FORM = re.compile(r"\(\w{1,3}\)|\w/\w|\w ?/ ?\w")
_KEPT_STANDARD = {"id", "nl"}  # "Yth. Bapak/Ibu", "Geachte heer/mevrouw": the written standard there


@pytest.mark.parametrize("language", sorted(set(GREETINGS) - _KEPT_STANDARD))
def test_no_greeting_is_a_slash_form(language):
    for form in GREETINGS[language]:
        assert not _SLASH_FORM.search(form.replace("{name}", "N")), (language, form)


def test_the_german_draft_greets_a_named_buyer_neutrally_and_a_nameless_one_formally():
    named = draft_reply(inquiry("Wir benötigen 500 Stück Kugelhähne."), [], "de")
    assert named.startswith("Guten Tag Klaus Müller,\n")
    assert "(r)" not in named
    nameless = draft_reply(inquiry("Wir benötigen 500 Stück Kugelhähne.", from_name="", from_addr="info@x.example"),
                           [], "de")
    assert nameless.startswith("Sehr geehrte Damen und Herren,\n")


@pytest.mark.parametrize("language, start", [("es", "Buenos días, Klaus Müller:"), ("pt", "Bom dia, Klaus Müller,"),
                                             ("ru", "Здравствуйте, Klaus Müller!"), ("uk", "Доброго дня, Klaus Müller!"),
                                             ("cs", "Dobrý den, Klaus Müller,"), ("pl", "Dzień dobry, Klaus Müller,")])
def test_other_languages_greet_a_named_buyer_without_guessing_the_gender(language, start):
    assert draft_reply(inquiry("500 pcs"), [], language).startswith(start + "\n")
