"""parsing/feed.message_from_bytes gives the very object the stdlib's compat32 parser gives.

Compared field by field (headers, envelope line, payload tree, preamble, epilogue, defects, default
type) on the fixtures, on hand-made malformed header blocks and multiparts, on seeded random
damage to them, and on the dev corpora with damage (skipped without corpora, failed on CI).
"""

from __future__ import annotations

import email
import email.policy
import os
import random
import re
from email.message import Message
from pathlib import Path

import pytest

from inquiry_triage.parsing import feed

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "emails"
CORPORA = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA", "/work/shared/corpora"))


def _tree(m: object) -> object:
    if isinstance(m, list):
        return [_tree(x) for x in m]
    if not isinstance(m, Message):
        return m
    return (type(m), list(m._headers), m._unixfrom, _tree(m._payload), m._charset, m.preamble, m.epilogue,
            [(type(d), str(d)) for d in m.defects], m._default_type, m.policy, sorted(vars(m)))


def _stdlib(raw: bytes) -> object:
    return _tree(email.message_from_bytes(raw, policy=email.policy.compat32))


def _same(raw: bytes) -> None:
    assert _tree(feed.message_from_bytes(raw)) == _stdlib(raw), raw[:300]


MULTIPART = (b"From: a@example.com\r\nContent-Type: multipart/mixed;\r\n\tboundary=\"XYZ\"\r\n"
             b"Content-Transfer-Encoding: 7bit\r\nSubject: hi\r\n\r\npreamble\r\n--XYZ\r\n"
             b"Content-Type: text/plain\r\n\r\nhello\r\n--XYZ\r\nContent-Type: multipart/alternative; "
             b"boundary=in\r\n\r\n--in\r\n\r\nplain\r\n--in\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n"
             b"--in--\r\n--XYZ--\r\nepilogue\r\n")

# A multipart with a message/rfc822 part: the stdlib's parser splits it (feed._FeedParser).
FORWARD = (b"From: a@example.com\nContent-Type: multipart/mixed; boundary=\"F\"\n\n--F\n\nsee below\n--F\n"
           b"Content-Type: message/rfc822\n\nFrom: b@example.com\nSubject: fwd\n\ninner\n--F--\n")

# Multipart bodies at the edges of feed._plain_multipart's plain case (each compared with the stdlib).
_MP = b"From: a@example.com\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
MULTIPART_EDGES = [
    _MP + b"--b\n\nno headers\n--b\nContent-Type: text/html\n\n<p>x</p>\n\n--b--\n",
    _MP + b"--b\n\n\n--b--",  # an empty part, the closing line without a line end
    _MP + b"pre\r\namble\n--b\n\nx\n--b--\nepi\nlogue\n--b\nnot a part\n",
    _MP + b"--b \t\nContent-Type: text/plain\n\nblanks after the boundary\n--b-- \n",
    _MP + b"--b\nContent-Type: text/plain\n--b--\n",  # headers up to the next boundary: no body
    _MP + b"--b\n--b\n\ntwo boundary lines in a row\n--b--\n",
    _MP + b"--b\n\nnever closed\n",
    _MP + b"--b--\n\nclosed first\n",
    _MP + b"--b\nnot a header\n\nx\n--b--\n",
    _MP + b"--b\n continuation first\n\nx\n--b--\n",
    _MP + b"--b\nFrom x@y Mon\n\nx\n--b--\n",
    _MP + b"--b\n\nlone\rCR\n--b--\n",
    _MP + b"--b\n\n--bx is not a boundary\n-- b\n --b\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/alternative; boundary=b2\n\n--b2\n\nplain\n--b2\n\nother\n--b2--\n"
    b"inner epilogue\n\n--b\n\nlast\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/alternative; boundary=b2\n\n--b2\n\nplain\n--b2--\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/alternative; boundary=b2\n\n--b2\n\nunclosed inner\n--b\n\nx\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/alternative; boundary=b-\n\n--b-\n\nprefix\n--b---\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/alternative; boundary=b--\n\n--b--\n\nshared line\n--b----\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\nsame boundary\n--b--\n--b--\n",
    _MP + b"--b\nContent-Type: multipart/digest; boundary=d\n\n--d\n\nFrom: c@d\n\nx\n--d--\n--b--\n",
    _MP + b"--b\nContent-Type: message/rfc822\n\nFrom: c@d\n\ninner\n--b--\n",
    _MP.replace(b"\n", b"\r\n") + b"--b\r\nContent-Type: text/plain;\r\n\tcharset=utf-8\r\n\r\ncrlf\r\n\r\n--b--\r\n",
    _MP.replace(b"\n\n", b"\nContent-Transfer-Encoding: base64\n\n") + b"--b\n\nx\n--b--\n",
    b"From: a@example.com\nContent-Type: multipart/mixed; boundary=\"\"\n\n--\n\nx\n----\n",
    FORWARD,
]

CASES = [
    b"From: a@example.com\nSubject: plain\n\nbody line\nsecond\n",
    b"From: a@example.com\r\nSubject: crlf\r\n\r\nbody\r\n",
    b"From: a@example.com\rSubject: lone cr\r\rbody\r",
    b"From: a@example.com\nSubject: mixed\r\n\nbody\n",
    b"From: a@example.com\nSubject: vt\x0bff\x0cfs\x1cinside\n\nbody\n",
    b"From sender@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\n\nmbox\n",
    b"From sender@example.com Mon Jan  1 00:00:00 2024\r\nFrom: a@example.com\r\n\r\nmbox\r\n",
    b"From: a@example.com\nFrom b@example.com misplaced\nSubject: x\n\nbody\n",
    b" continuation first\nFrom: a@example.com\n\nbody\n",
    b":no name\nFrom: a@example.com\n\nbody\n",
    b"From: a@example.com\nnot a header line\n\nbody\n",
    b"From: a@example.com\nSubject: no body\n",
    b"From: a@example.com\nSubject: no blank line\nbody",
    b"From: a@example.com\nSubject: folded\n  over\n\ttwo lines  \n\nbody\n",
    b"From: a@example.com\nSubject:\n\ton the next line\n\n",
    b"From: a@example.com\nSubject: \xe4\xf6 raw 8-bit\nContent-Type: text/plain; charset=\xff\n\n\xe4\n",
    b"From: a@example.com\nContent-Type: multipart/mixed\n\nno boundary\n",
    b"From: a@example.com\nContent-Type: multipart/mixed; boundary=b\nContent-Transfer-Encoding: base64\n\n"
    b"--b\n\nx\n--b--\n",
    b"From: a@example.com\nContent-Type: multipart/mixed; boundary=b\n\nnever opened\n",
    b"From: a@example.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nnever closed\n",
    b"From: a@example.com\nContent-Type: multipart/digest; boundary=b\n\n--b\n\nFrom: c@d\n\nin digest\n--b--\n",
    b"From: a@example.com\nContent-Type: message/rfc822\n\nFrom: inner@example.com\nSubject: inner\n\ntext\n",
    b"From: a@example.com\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
    b"Final-Recipient: rfc822; y\nAction: failed\n",
    b"From: a@example.com\nContent-Type: text/plain\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n",
    b"From: a@example.com\nContent-Type: multipart/mixed; boundary=\"\xff\"\n\n--\xff\n\nx\n--\xff--\n",
    b"\n\nFrom: a@example.com\n\nleading blank lines\n",
    b"From: a@example.com\n\n",
    b"X:\n\n",
    MULTIPART,
    *MULTIPART_EDGES,
]


@pytest.mark.parametrize("raw", CASES, ids=range(len(CASES)))
def test_hand_made_cases(raw: bytes) -> None:
    _same(raw)


def test_fixtures() -> None:
    files = sorted(FIXTURES.glob("*.eml"))
    assert files
    for path in files:
        _same(path.read_bytes())


DAMAGE = [b"\r", b"\n", b"\r\n", b"\x0b", b"\x1c", b" ", b"\t", b":", b"From ", b"\n\n", b"\r\n\r\n", b"\xff",
          b"--", b"\nFrom x\n", b"\n:x\n", b"\n x\n", b"\nContent-Type: multipart/mixed; boundary=b\n", b"\n--b\n"]


def _damaged(raw: bytes, rnd: random.Random) -> bytes:
    data = bytearray(raw)
    pos = rnd.randrange(min(len(data), 4000) + 1)
    if rnd.random() < 0.7:
        data[pos:pos] = rnd.choice(DAMAGE)
    else:
        del data[pos:pos + rnd.randrange(1, 4)]
    return bytes(data)


def test_damaged_variants() -> None:
    rnd = random.Random(10)
    sources = CASES + [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
    for _ in range(3000):
        _same(_damaged(rnd.choice(sources), rnd))


def test_corpora_with_damage() -> None:
    if not CORPORA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"corpora {CORPORA} missing on CI")
        pytest.skip(f"corpora {CORPORA} not available")
    files = sorted(p for name in ("phishing", "ham", "fraud419") if (CORPORA / name).is_dir()
                   for p in (CORPORA / name).iterdir() if p.is_file())
    assert files
    rnd = random.Random(11)
    for path in files[::3]:
        raw = path.read_bytes()
        _same(raw)
        _same(_damaged(raw, rnd))


def test_plain_header_blocks_take_the_fast_path() -> None:
    """The point of the module: ordinary mail is not handed back to the stdlib's line reader."""
    for raw in (CASES[0], CASES[1], CASES[5], MULTIPART, *(p.read_bytes() for p in FIXTURES.glob("*.eml"))):
        assert feed._parse(raw.decode("ascii", "surrogateescape")) is not None, raw[:100]
    for raw in (CASES[8], CASES[9], CASES[10], CASES[12]):
        assert feed._parse(raw.decode("ascii", "surrogateescape")) is None, raw[:100]


def _boundary_regex(separator: str) -> re.Pattern[str]:
    """The pattern email.feedparser compiles for a multipart boundary (Python 3.11's _parsegen)."""
    return re.compile("(?P<sep>" + re.escape(separator) + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")


def test_boundary_lines_match_as_the_stdlib_regex() -> None:
    """feed._Boundary answers every line as the regex the stdlib would compile for it: match or not, and
    the groups it reads ('end', 'linesep'), for separators with regex metacharacters too."""
    tails = ["", "--", "-", "---", " ", "\t", " \t ", "x", " x", "--x", "-- ", "--\t"]
    ends = ["", "\n", "\r", "\r\n", "\r\n\n", "\n\n", "\r\r", "\n\r", "\r\r\n", "\nx", " \n", "x\n"]
    for separator in ("--b", "--=_Part_1.2*3+(x)?[y]{2}$^|\\", "--ÿ\udcff", "----"):
        regex = _boundary_regex(separator)
        boundary = feed._Re.compile(regex.pattern)
        assert isinstance(boundary, feed._Boundary) and boundary.separator == separator
        lines = [separator + t + e for t in tails for e in ends] + [separator[:-1], "x" + separator, "", "\n"]
        for line in lines:
            expected, got = regex.match(line), boundary.match(line)
            assert (got is None) == (expected is None), repr(line)
            if expected is not None:
                assert [got.group(g) for g in ("sep", "end", "ws", "linesep")] == \
                    [expected.group(g) for g in ("sep", "end", "ws", "linesep")], repr(line)


def test_multipart_boundaries_compile_no_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    """A multipart body is split without compiling its boundary's regex (re's cache never holds a new
    mail's boundary: each compile cost a third of a millisecond); every other pattern still goes to re."""
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    assert _tree(feed.message_from_bytes(FORWARD)) == _stdlib(FORWARD)
    stdlib = compiled[:]
    compiled.clear()
    feed.message_from_bytes(FORWARD)
    assert any("(?P<sep>" in p for p in stdlib) and not any("(?P<sep>" in p for p in compiled)
    assert feed._Re.compile("a+b").match("aab")


def test_plain_multiparts_are_split_without_the_stdlib_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain multipart tree (nested, CR LF or LF) is split by string searches, not by the stdlib's line
    reader (Python code for every line of every attachment); the tree is the stdlib's all the same."""
    plain = [MULTIPART, MULTIPART_EDGES[0], MULTIPART_EDGES[2], MULTIPART_EDGES[13], MULTIPART_EDGES[21],
             *(p.read_bytes() for p in sorted(FIXTURES.glob("*.eml")) if b"multipart/" in p.read_bytes())]
    expected = [_stdlib(raw) for raw in plain]

    def no_parser(*args: object, **kwargs: object) -> None:
        raise AssertionError("the stdlib parser was used")

    monkeypatch.setattr(feed, "_FeedParser", no_parser)
    monkeypatch.setattr(email, "message_from_bytes", no_parser)
    assert len(plain) >= 6
    for raw, tree in zip(plain, expected):
        assert _tree(feed.message_from_bytes(raw)) == tree, raw[:200]
