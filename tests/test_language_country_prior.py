"""The sender's country is a soft prior: it tips close candidates, never against the words. A Philippine
buyer's plain English product title is English; his Tagalog (or Taglish) line is still Tagalog; a
Spanish-speaking country still tips a word the lexicon does not know between close Latin candidates."""

from __future__ import annotations

from functools import lru_cache

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.language import LanguageDetector


@lru_cache(maxsize=None)
def detector() -> LanguageDetector:
    config = load_config(None)
    return LanguageDetector(config.get("languages.detect"), config.get("languages.minor"))


def weight() -> float:
    return float(load_config(None).get("languages.country_prior"))


@pytest.mark.parametrize(("text", "country"), [("paper bags", "PH"), ("Paper bags", "PH"), ("bags", "PH"),
                                                ("paper bags", "KE"), ("plastic bags", "PH")])
def test_a_country_prior_does_not_override_english_words(text, country):
    assert detector().detect_code(text, countries=[country], country_weight=weight()) == "en"


@pytest.mark.parametrize("text", ["Kailangan namin ng paper bags", "magkano po ang paper bags", "paper bags po"])
def test_the_countrys_language_with_its_own_words_is_still_named(text):
    assert detector().detect_code(text, countries=["PH"], country_weight=weight()) == "tl"


def test_a_country_still_tips_close_candidates_the_lexicon_does_not_know():
    # "valvulas" (no accent, in no lexicon): n-grams alone lean Dutch; a Spanish-speaking country tips it.
    assert detector().detect_code("valvulas", countries=["MX"], country_weight=weight()) == "es"
    assert detector().detect_code("valvulas", countries=["ES"], country_weight=weight()) == "es"
