"""language._lexicon_words splits an ASCII text's words in C instead of running _LEXICON_WORD (a
look-behind at every character): it must give exactly the pattern's words, on any text."""

from __future__ import annotations

import random

from inquiry_triage.language import _LEXICON_WORD, _lexicon_words


def test_the_same_words_as_the_pattern_on_any_text():
    rnd = random.Random(17)
    mixed = "abcXYZ019_ -.,'\t\n@#éİßÅ中ً"  # letters, digits, "_", punctuation, non-ASCII letters and marks
    for _ in range(20_000):
        text = "".join(rnd.choice(mixed) for _ in range(rnd.randint(0, 30)))
        assert _lexicon_words(text) == _LEXICON_WORD.findall(text), repr(text)
        text = "".join(chr(rnd.randint(0, 127)) for _ in range(rnd.randint(0, 40)))
        assert _lexicon_words(text) == _LEXICON_WORD.findall(text), repr(text)


def test_words_mixed_with_digits_or_underscores_are_no_words():
    assert _lexicon_words("Need 500pcs of item_x, model AB12; price? ok") == ["Need", "of", "model", "price", "ok"]
    assert _lexicon_words("") == [] and _lexicon_words("123 4_5") == []
