"""storable.is_clean answers in C what the regex in clean_text answers: whether a text has a NUL or a
surrogate code point. Compared with the regex on texts that have each, and on clean ones of every width."""

from __future__ import annotations

import pytest

from inquiry_triage.storable import _UNSTORABLE, _replace, clean_text, is_clean

TEXTS = [
    "", "plain ASCII", "ASCII with a NUL\x00 inside", "\x00", "Grüße aus München", "café\x00",
    "我们想订购500件产品", "emoji \U0001f600 is one code point", "lone high \ud83d here", "lone low \ude00",
    "\udcff", "Grüße \udce4 surrogateescape", "中文\ud800", "x" * 10_000 + "\ud800", "ü" * 10_000,
    b"caf\xe9 from bytes".decode("ascii", "surrogateescape"), "\U0010ffff", "\ufffd already replaced",
]


@pytest.mark.parametrize("text", TEXTS)
def test_is_clean_agrees_with_the_regex(text):
    by_regex = _UNSTORABLE.sub(_replace, text)
    assert is_clean(text) is (by_regex == text)
    assert clean_text(text) == by_regex


def test_a_clean_text_is_returned_as_it_is():
    text = "Grüße aus München " * 100
    assert clean_text(text) is text
