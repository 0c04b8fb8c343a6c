"""Swahili, Tagalog and Bengali are minor languages (config/default.toml): a buyer who greets in one of
them over an English body is that language's buyer (mixed, minor), as "Hola Sr. Lopez," is Spanish's."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from inquiry_triage.language import LanguageDetector

CONFIGURED = tomllib.loads((Path(__file__).resolve().parents[1] / "config" / "default.toml")
                           .read_text(encoding="utf-8"))["languages"]
BODY = ("We need 500 pcs of LED panel lights, 600x600 mm, 40W. Please send your best FOB price,\n"
        "MOQ and delivery time. Also let us know the payment terms and whether samples are free.\n\n"
        "Best regards,\nPurchasing Manager")


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(CONFIGURED["detect"], CONFIGURED["minor"], seed=0)


@pytest.mark.parametrize(("greeting", "expected"), [
    ("Habari Bw. Otieno,", "sw"), ("Habari za asubuhi,", "sw"), ("Hujambo,", "sw"), ("Shikamoo,", "sw"),
    ("Mpendwa Bi. Wanjiru,", "sw"), ("Salamu,", "sw"),
    ("Magandang araw po,", "tl"), ("Magandang umaga po Sir Reyes,", "tl"), ("Magandang hapon,", "tl"),
    ("Kumusta po,", "tl"), ("Kamusta,", "tl"), ("Mahal na Ginoong Reyes,", "tl"),
    ("নমস্কার,", "bn"), ("প্রিয় রহিম সাহেব,", "bn"), ("আসসালামু আলাইকুম,", "bn"),
])
def test_greeting_over_english_body_is_mixed_minor(detector: LanguageDetector, greeting: str, expected: str) -> None:
    result = detector.detect(greeting + "\n\n" + BODY)
    assert (result.language, result.mixed_with_english, result.minor_language) == (expected, True, True)


@pytest.mark.parametrize("greeting", ["Dear Mr. Otieno,", "Hello Juan,", "Hi Ma'am Reyes,", "Good day po,"])
def test_english_greeting_to_the_same_buyers_stays_english(detector: LanguageDetector, greeting: str) -> None:
    result = detector.detect(greeting + "\n\n" + BODY)
    assert (result.language, result.mixed_with_english, result.minor_language) == ("en", False, False)


@pytest.mark.parametrize("opening", [
    # The Muslim greeting of Hausa, Arabic, Sudanese ... buyers who write English: no language's salutation.
    "Salamu alaikum,", "Assalamu alaikum,", "Salam aleikum,", "Salaam alaikum,",
    # A salutation word as (part of) the addressee company's name: "Jambo Trading Ltd", "Ndugu Sales".
    "Jambo Trading Ltd,", "Ndugu Sales,", "Habari Mombasa Traders,", "Hujambo Imports Co,",
])
def test_no_swahili_greeting_over_english_body_stays_english(detector: LanguageDetector, opening: str) -> None:
    result = detector.detect(opening + "\n\n" + BODY)
    assert (result.language, result.mixed_with_english, result.minor_language) == ("en", False, False)


@pytest.mark.parametrize(("greeting", "expected"), [
    ("Jambo team,", "sw"), ("Mpendwa Sales Team,", "sw"), ("Hola sales team,", "es"),
    ("Bonjour Sales Department,", "fr"),
])
def test_greeting_to_a_team_is_still_a_greeting(detector: LanguageDetector, greeting: str, expected: str) -> None:
    result = detector.detect(greeting + "\n\n" + BODY)
    assert (result.language, result.mixed_with_english, result.minor_language) == (expected, True, True)
