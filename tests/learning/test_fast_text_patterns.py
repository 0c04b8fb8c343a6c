"""BARE_URL and address_matches (learning/tokens.py) are written for speed; they must find exactly
what the plain patterns find: the case-insensitive URL pattern links, disguise, rules and tokens
used before, and ADDRESS.finditer."""

from __future__ import annotations

import random
import re
import sys

from inquiry_triage.learning.tokens import ADDRESS, BARE_URL, address_matches, text_tokens

PLAIN = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+")

# The letters of the openings in every case and fold variant, their neighbours, word and non-word
# characters (ASCII and not), the stop characters and blanks.
_ALPHABET = list("hHtTpPsSwW\u017f:/.") * 4 + list("xX_09é中İı-<>\"')] \n\t\u00a0@?=&")


def test_same_matches_on_random_text() -> None:
    rng = random.Random(20261130)
    openings = ["http://", "https://", "www.", "HTTP://", "HtTpS://", "WwW.", "httpſ://", "xhttp://", "_www.",
                "éwww.", "中http://", "www", "http:/", "https//"]
    for _ in range(5_000):
        parts = [rng.choice(openings) if rng.random() < 0.3 else rng.choice(_ALPHABET)
                 for _ in range(rng.randint(0, 30))]
        text = "".join(parts)
        assert BARE_URL.findall(text) == PLAIN.findall(text), text
        assert BARE_URL.sub(" ", text) == PLAIN.sub(" ", text), text


def test_same_matches_around_every_code_point() -> None:
    """Each code point before an opening (the word boundary), in place of its first letters, and
    inside the URL; one text per case, pieces apart on their own lines (a line break ends a URL and
    is no word character, so each piece is read alone)."""
    chars = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    for shape in ("{}www.a", "{}http://a", "{}ww.a", "{}ttp://a", "www.a{}b", "http{}://a"):
        text = "\n".join(shape.format(ch) for ch in chars)
        assert BARE_URL.findall(text) == PLAIN.findall(text), shape


def _spans(matches) -> list:
    return [(m.span(), m.group(1)) for m in matches]


def test_addresses_as_finditer_finds_them_on_random_text() -> None:
    rng = random.Random(1130)
    alphabet = list("ab9_.+-@") * 3 + list("@.-x é中 \n,;<>İ٣") + ["a@b.c", "x.y@z-q.rs", "@@", ".@.", "a@", "@b.c"]
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _spans(address_matches(text)) == _spans(ADDRESS.finditer(text)), text
        # and the tokens made from them, as _EMAIL.sub made them
        assert text_tokens(text) == _reference_tokens(text), text


def _reference_tokens(text: str) -> set[str]:
    from inquiry_triage.learning import tokens as module

    original = module.address_matches
    try:
        module.address_matches = ADDRESS.finditer  # the plain pattern's matches
        return module.text_tokens(text)
    finally:
        module.address_matches = original


def test_local_part_characters_are_the_pattern_s() -> None:
    """address_matches reads [\\w.+-] as str.isalnum() or one of _.+- : the same on every code point."""
    chars = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    text = "\n".join(f"{ch}a@b.c {ch}@b.c a{ch}@b.c" for ch in chars)
    assert _spans(address_matches(text)) == _spans(ADDRESS.finditer(text))


def test_words_are_the_word_pattern_s_runs() -> None:
    """tokens._words splits at blanks in C: the same words as _WORD.findall on random text mixing ASCII
    punctuation, blanks of every kind, letters and digits of other scripts, marks, a lone surrogate, and
    around every code point (each beside letters, in its own chunk)."""
    from inquiry_triage.learning.tokens import _WORD, _words

    rng = random.Random(1203)
    alphabet = (list("ab9_.,'-/ \n\t") * 3 + list("éÉßİı٣²½ⅷ中\u0301\u00a0\u2009\u3000\u200b\u2019\u2013«»…\x85\x1c")
                + ["\ud800", "naïve", "l’été", "co-op", "x_y", "Ⅻ"])
    for _ in range(5_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _words(text) == set(_WORD.findall(text)), repr(text)
    chars = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    for shape in ("a{}b", "{}", " {}x"):
        text = "\n".join(shape.format(ch) for ch in chars)
        assert _words(text) == set(_WORD.findall(text)), shape
