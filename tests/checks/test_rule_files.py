"""The rule files themselves: they load, names are unique, and every example behaves."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.config import load_config
from inquiry_triage.errors import ConfigError
from tests.factories import inquiry_for_rule_kind

CONFIG = load_config(None)
RULES = load_rules(CONFIG.path_list("rules.files"), CHECK_HIT_NAMES)
TEXT_RULES = [r for r in RULES.text_rules if not r.is_sub]
# Sub-rules score nothing alone, but those that carry examples are held to them too.
SUB_RULES_WITH_EXAMPLES = [r for r in RULES.text_rules if r.is_sub and (r.examples_hit or r.examples_miss)]


def test_rule_files_load_with_unique_names_and_descriptions():
    names = [r.name for r in RULES.rules]
    assert len(names) == len(set(names))
    assert len(TEXT_RULES) >= 25
    for rule in RULES.rules:
        if not rule.is_sub:
            assert rule.describe, rule.name
            assert rule.score != 0, rule.name


@pytest.mark.parametrize("rule", TEXT_RULES, ids=lambda r: r.name)
def test_rule_examples(rule):
    assert rule.examples_hit, f"{rule.name} has no hit examples"
    for text in rule.examples_hit:
        hit = match_text_rule(rule, inquiry_for_rule_kind(rule.kind, text, rule.header))
        assert hit is not None, f"{rule.name} should match {text!r}"
        assert hit.excerpt, rule.name
    for text in rule.examples_miss:
        assert match_text_rule(rule, inquiry_for_rule_kind(rule.kind, text, rule.header)) is None, \
            f"{rule.name} should not match {text!r}"


@pytest.mark.parametrize("rule", SUB_RULES_WITH_EXAMPLES, ids=lambda r: r.name)
def test_sub_rule_examples(rule):
    for text in rule.examples_hit:
        assert match_text_rule(rule, inquiry_for_rule_kind(rule.kind, text, rule.header)) is not None, (rule.name, text)
    for text in rule.examples_miss:
        assert match_text_rule(rule, inquiry_for_rule_kind(rule.kind, text, rule.header)) is None, (rule.name, text)


# Genuine business sentences in the languages buyers write: no lure or fraud wording may score on
# them alone (issue 7: "Genuine business language is never a lure by itself").
GENUINE_SENTENCES = [
    "Bitte bestätigen Sie den Liefertermin und den Preis für 500 Stück.",
    "Bitte bestätigen Sie Ihre Daten für die Rechnung: Firma, Adresse, USt-IdNr.",
    "Herzlichen Glückwunsch zum neuen Katalog! Wir brauchen 300 Stück.",
    "Parabéns pelo novo catálogo. Preciso de 200 unidades, preço FOB?",
    "Por favor confirma tus datos de entrega para el envío de las muestras.",
    "Confirme seus dados de faturamento para emitirmos o pedido.",
    "Wat is de prijs voor 1000 stuks? Gefeliciteerd met de nieuwe website.",
    "Félicitations pour votre nouveau produit, quel est le prix pour 200 pièces ?",
    "Congratulazioni per la fiera, ci serve il prezzo per 100 pezzi.",
    "Our bank is Bank of China; the beneficiary bank details are on the proforma invoice.",
    "Dear friend, please send your best price for 2 x 40HQ of PVC pipes, CIF Lagos.",
    "Поздравляем с выставкой! Пришлите цену на 300 штук, пожалуйста.",
    "We are looking for a reliable supplier of valves for a long-term relationship.",
]


@pytest.mark.parametrize("sentence", GENUINE_SENTENCES)
def test_genuine_business_sentence_scores_no_risk(sentence):
    from inquiry_triage.checks.rules import evaluate

    hits = evaluate(RULES, inquiry_for_rule_kind("body", sentence), [])
    risky = [h.rule for h in hits if h.kind in ("scam", "spy") and h.points > 0 and not h.rule.startswith("__")]
    assert risky == [], (sentence, risky)


def test_every_seed_marker_has_a_rule_or_check():
    # DOMAIN.md 1.3: spy (long, vague on payment, samples / full price list) and scam markers.
    expected = {"ASKS_CARD_TYPES", "ASKS_FULL_NAME_PHONE", "CARD_FISHING_ORDER", "STRESSES_TRUST", "OFF_PLATFORM",
                "ASKS_FULL_PRICE_LIST", "SAMPLES_ONLY", "LONG_VAGUE_INQUIRY", "HTML_ATTACHMENT", "LOGIN_TO_VIEW",
                "ORDER_LURE_ATTACHMENT", "ADVANCE_FEE_FRAUD"}
    assert expected <= {r.name for r in RULES.rules}
    assert {"DIGITS_IN_USERNAME", "REPLY_TO_MISMATCH", "REPLY_TO_FREEMAIL", "LINK_TEXT_MISMATCH", "COUNTRY_RISK",
            "__LONG_MESSAGE"} <= set(CHECK_HIT_NAMES)


@pytest.mark.parametrize("body, message", [
    ('[[rule]]\nname = "BAD"\nkind = "body"\npattern = "(unclosed"\ndescribe = "x"\nscore = 1.0\nexamples = { hit = ["x"] }\n', "does not compile"),
    ('[[rule]]\nname = "lower"\nkind = "body"\npattern = "x"\ndescribe = "x"\nscore = 1.0\n', "UPPER_SNAKE_CASE"),
    ('[[rule]]\nname = "NOEX"\nkind = "body"\npattern = "x"\ndescribe = "x"\nscore = 1.0\n', "examples.hit"),
    ('[[rule]]\nname = "M"\nkind = "meta"\nall = ["NOPE"]\ndescribe = "x"\nscore = 1.0\n', "unknown rules"),
    ('[[rule]]\nname = "K"\nkind = "bogus"\npattern = "x"\ndescribe = "x"\nscore = 1.0\n', "kind must be"),
    ('[[rule]]\nname = "D"\nkind = "body"\npattern = "x"\ndescribe = "x"\nscore = 1.0\nexamples = { hit = ["x"] }\n'
     '[[rule]]\nname = "D"\nkind = "body"\npattern = "y"\ndescribe = "y"\nscore = 1.0\nexamples = { hit = ["y"] }\n', "defined twice"),
])
def test_bad_rule_files_are_refused_with_the_file_and_rule(tmp_path: Path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as err:
        load_rules([path])
    assert message in str(err.value)
    assert "bad.toml" in str(err.value)
