"""Shared work between the Python checks (issue 10): the fast paths give exactly what the plain
code gives, on every code point where case folding is involved, and on corpus-like texts."""

from __future__ import annotations

import re
import sys

from inquiry_triage import memo
from inquiry_triage.checks import content
from inquiry_triage.checks.content import _OPT_OUT, _SENTENCE, _without_opt_out, _words_without_opt_out, word_count
from inquiry_triage.checks.rules import CASE_TRAPS as _CASE_TRAPS
from inquiry_triage.checks.links import bare_urls, host_of, is_ip_literal
from inquiry_triage.lookups.domains import url_host

ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def _plain_without_opt_out(text: str) -> str:
    """The function as it was before the lower-case fast path."""
    text = text[:20_000]
    if not _OPT_OUT.search(text):
        return text
    return " ".join(s for s in _SENTENCE.findall(text) if not _OPT_OUT.search(s))


def test_lower_casing_matches_where_ignorecase_matches_except_the_traps():
    # Every letter of the opt-out phrases: the characters (?i) matches to it are exactly those that
    # lower() turns into it, but for the trap characters, which send a text to the plain search.
    letters = set(re.sub(r"\\[a-z]|[^a-zé]", "", _OPT_OUT.pattern.removeprefix("(?i)")))
    assert {"u", "s", "i", "é"} <= letters
    lowered = [ch.lower() for ch in ALL]
    odd = {ch for ch, low in zip(ALL, lowered) if len(low) != 1}
    lowered_text = "".join(low if len(low) == 1 else "?" for low in lowered)  # same positions as ALL
    for letter in letters:
        by_engine = set(re.findall("(?i)" + re.escape(letter), ALL))
        by_lower = {ALL[m.start()] for m in re.finditer(re.escape(letter), lowered_text)}
        odd |= by_engine ^ by_lower
    # \s, \w and the sentence ends are the same before and after lower() (the spans stay valid).
    for pattern in (r"\s", r"\w", r"[.!?\n]"):
        before = {m.start() for m in re.finditer(pattern, ALL)}
        after = {m.start() for m in re.finditer(pattern, lowered_text)}
        odd |= {ALL[i] for i in before ^ after}
    assert odd and odd <= set(_CASE_TRAPS), sorted(odd - set(_CASE_TRAPS))


def test_without_opt_out_is_unchanged():
    texts = [
        "Hello,\nplease quote 500 pcs.\nTo UNSUBSCRIBE click here. Thanks!",
        "Nice offer! Opt-Out: reply STOP.\nRegards",
        "Kein Newsletter mehr? Hier ABMELDEN. Danke.",
        "Se désinscrire ici. Merci! Pour vous DÉSABONNER, cliquez.",
        "unſubscribe here. And real words follow in this sentence.",  # a trap: the plain search
        "DİSİSCRİVITI qui. Grazie.",
        "no\nlonger wish to receive? manage   your preferences! ok",
        "",
        "Just words, no footer at all.\n\nBest",
    ]
    texts += [t.upper() for t in texts] + [t * 300 for t in texts]
    for text in texts:
        assert _without_opt_out(text) == _plain_without_opt_out(text), text[:60]
        # links-without-words counts the words of that text, up to a cap, reading only what it needs.
        plain_words = len(re.findall(r"\w+", _plain_without_opt_out(text)))
        for cap in (1, 3, 21, 10**6):
            assert _words_without_opt_out(text, cap) == min(cap, plain_words), (text[:60], cap)


def test_word_count_is_a_count_and_follows_the_text():
    a = "one two three"
    b = "one two three four"
    assert word_count(a) == 3 and word_count(b) == 4 and word_count(a) == 3
    for i in range(200):  # more texts than the memo keeps
        assert word_count("w " * i) == i
    assert len(content._WORD_COUNTS) <= memo.SIZE


def test_bare_urls_and_hosts():
    body = "See https://Shop.Example.com/x?y=1 and www.other.org/path, WWW.CAPS.NET too; mail a@b.com"
    assert bare_urls(body) == ("https://Shop.Example.com/x?y=1", "www.other.org/path", "WWW.CAPS.NET")  # the sentence's comma is not the URL's
    assert bare_urls(body) is bare_urls(body)  # remembered for the same text
    assert bare_urls("no links here, just text") == ()
    for url in ("https://Shop.Example.com/x", "www.other.org/path", "mailto:a@b.com", "http://[::1]/", ""):
        assert host_of(url) == url_host(url)
    assert is_ip_literal("192.0.2.1") and is_ip_literal("[2001:db8::1]")
    assert not is_ip_literal("example.com") and not is_ip_literal("999.1.1.1")
