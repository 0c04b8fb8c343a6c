"""The language stage's shortcuts give what the plain definitions give (issue 10: verdicts must not move).

These pin the equivalences the shortcuts rely on; the definitions are written out here as they were in
language.py before the shortcuts."""

from __future__ import annotations

import random

import pytest

from inquiry_triage.language import (LATIN, LanguageDetector, _column_sums, _excerpt, _normalize_text)

LANGUAGES = ["en", "es", "pt", "fr", "de", "it", "nl", "ru"]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(LANGUAGES, [code for code in LANGUAGES if code != "en"])


def _plain_excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def test_excerpt_of_a_long_text_is_the_plain_one() -> None:
    rng = random.Random(10)
    parts = ["a", "bb", " ", "\n", "  \t", "ccccc", "x" * 30, " " * 40, "\x1c"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 150)))
        assert _excerpt(text) == _plain_excerpt(text), repr(text)


def test_column_sums_are_sums_from_zero() -> None:
    rng = random.Random(10)
    for rows in range(6):
        vectors = [tuple(-rng.random() * 40 for _ in range(7)) for _ in range(rows)]
        assert _column_sums(vectors) == list(map(sum, zip(*vectors)))


@pytest.mark.parametrize("line", [
    "Please quote FOB Shanghai, MOQ 500 PCS", "I need A4 paper", "USD/CNY rate?", "ALL CAPITAL LINE HERE",
    "all small letters", "Mixed\x1cFOB\x1dtoken\x1e'EXW'\x1fok", "X1 and 2X, Q-TY: 40W LED", "O'NEIL's order",
])
def test_ascii_line_drops_the_tokens_the_general_path_drops(detector: LanguageDetector, line: str) -> None:
    words = _normalize_text(detector._without_capital_tokens(line).lower()).split()
    vectors = [vector for family, vector in map(detector._word, words) if family]
    piece = detector._new_piece(line)
    assert piece.scores == ({LATIN: _column_sums(vectors)} if vectors else {})


def test_unconfigured_language_still_named(detector: LanguageDetector) -> None:
    finnish = "Hyvaa paivaa, kiitos tarjous. Tarvitsemme hinta 500 kpl, toimitus pian."
    assert "fi:" in detector._unconfigured_language(detector._new_piece(finnish), "en")
    assert detector._unconfigured_language(detector._new_piece("Hello, kiitos for the quote."), "en") == ""
