"""The parser's faster paths give the plain reference's answers (bench/parse_identity.py compares whole parses).

* headers._b_decode_words (an Exchange header's base64 words decoded in one call) against decoding
  word by word with _b_decode;
* headers.decode_rfc2047 on many adjacent words against itself with that reference put in;
* quoting._is_attribution's one-search word test against the generator over _ATTRIBUTION_WORDS.
"""

from __future__ import annotations

import base64
import random

from inquiry_triage.parsing import headers, quoting

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def reference_b_decode_words(words: list[str]) -> list[bytes | None]:
    return [headers._b_decode(word) for word in words]


def reference_is_attribution(line: str) -> bool:
    if len(line) >= 600:
        return False
    low = line.lower()
    return any(word in low for word in quoting._ATTRIBUTION_WORDS) and quoting._ATTRIBUTION_ONE.match(line) is not None


def _word(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:  # a whole chunk, as Exchange writes them
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.choice((3, 30, 45))))).decode()
    if kind == 1:  # padded
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 20)))).decode()
    if kind == 2:  # padding dropped
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 20)))).decode().rstrip("=")
    if kind == 3:  # letters outside the alphabet, blanks, stray "="
        return "".join(rng.choice(_B64 + "=*- \t") for _ in range(rng.randrange(0, 13)))
    if kind == 4:
        return ""
    return "".join(rng.choice(_B64) for _ in range(4 * rng.randrange(1, 5))) + rng.choice(("", "=", "==", "==="))


def _cases(seed: int, count: int) -> list[list[str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        clean = rng.random() < 0.5  # most of Exchange's headers: whole chunks, the last one padded
        words = [_word(rng) if not clean else base64.b64encode(rng.randbytes(45)).decode()
                 for _ in range(rng.randrange(1, 12))]
        if clean and rng.random() < 0.5:
            words[-1] = base64.b64encode(rng.randbytes(rng.randrange(1, 45))).decode()
        out.append(words)
    return out


def test_b_decode_words_is_word_by_word():
    for words in _cases(10, 3000):
        got, want = headers._b_decode_words(words), reference_b_decode_words(words)
        assert (None in got) == (None in want), words
        if None not in want:
            assert b"".join(got) == b"".join(want), words  # type: ignore[arg-type]


def test_many_adjacent_words_decode_as_word_by_word(monkeypatch):
    rng = random.Random(11)
    values = []
    for words in _cases(12, 1500):
        charset = rng.choice(("utf-8", "gb2312", "iso-8859-1"))
        encoded = [f"=?{rng.choice((charset, charset.upper()))}?{rng.choice('bB')}?{w}?=" for w in words * 2]
        values.append("Re: " + rng.choice((" ", "\t", "  ")).join(encoded) + rng.choice(("", " tail", "  ")))
    got = [headers.decode_rfc2047(v) for v in values]
    monkeypatch.setattr(headers, "_b_decode_words", reference_b_decode_words)
    assert got == [headers.decode_rfc2047(v) for v in values]


def test_attribution_word_test_is_the_generator():
    rng = random.Random(13)
    pieces = list(quoting._ATTRIBUTION_WORDS) + [w.upper() for w in quoting._ATTRIBUTION_WORDS] + [
        "On Mon, 3 Dec 2026, Lily <lily@x.cn>", "Am 3.12.2026 schrieb", "ſchrieb", "WROTE", "İ", "K", "wrot", "e:",
        "在2026年12月3日", "のメッセージ", ":", "：", " ", "<a@b.c>", "12", "x" * 300]
    lines = ["On Mon, 3 Dec 2026 at 10:00, Lily Chen <lily@x.cn> wrote:", "Le 3 déc. 2026, Paul a écrit :",
             "在 2026年12月3日 写道：", "x" * 599 + " wrote:", "ON MON, 3 DEC 2026, LILY <LILY@X.CN> WROTE:",
             "Am 3.12.2026 um 10:00 ſchrieb Paul:"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9))) for _ in range(3000)]
    for line in lines:
        assert quoting._is_attribution(line) == reference_is_attribution(line), line
