"""A seeded mutator for mail and records: the fuzz suite's input generator.

Starts from real messages (the bundled fixtures, the genuine set and, when present, a sample of the
dev corpora) and applies structure-aware and byte-level mutations: what broken clients, hostile
senders and bad exports actually produce (truncation, bad encodings, NULs, huge or repeated lines,
deep or broken MIME, absurd dates, forged Received chains), plus the crafted cases of issue 8.
Same seed, same bytes: a failure is reproduced by its seed and index.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA") or ROOT.parent / "shared" / "corpora")


def seed_messages(corpus_sample: int = 300, seed: int = 0) -> list[bytes]:
    """Real messages to mutate: fixtures and the genuine set always, a sample of the corpora if here."""
    files = sorted((ROOT / "fixtures" / "emails").glob("*.eml"))
    files += sorted((ROOT / "tests" / "data" / "genuine").glob("*.eml"))
    pool: list[Path] = []
    for name in ("phishing", "ham", "fraud419", "fraud_modern", "modern_ham"):
        folder = CORPORA / name
        if folder.is_dir():
            pool += sorted(p for p in folder.iterdir() if p.is_file())
    if pool:
        files += random.Random(seed).sample(pool, min(corpus_sample, len(pool)))
    return [path.read_bytes() for path in files]


# --- mutations: each takes (rng, message) and returns new bytes ----------------------------------

def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        at = raw.find(sep)
        if at >= 0:
            return raw[:at], sep, raw[at + len(sep):]
    return raw, b"\n\n", b""


def flip_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 40)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[:rng.randrange(len(raw) + 1)]


def repeat_slice(rng: random.Random, raw: bytes) -> bytes:
    """A slice repeated many times: the shape of most quadratic-regex inputs."""
    if not raw:
        return raw
    start = rng.randrange(len(raw))
    piece = raw[start:start + rng.randint(1, 12)] or b"1,"
    times = rng.choice((100, 1000, 5000, 20000))
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + piece * times + raw[at:]


def insert_garbage(rng: random.Random, raw: bytes) -> bytes:
    junk = rng.choice((b"\x00", b"\xff\xfe", b"\x1b[2J\x1b]52;c;aGk=\x07", "\u202e".encode(), b"\r", b"=?",
                       b"=?utf-8?b?", b"--", b"<", b"\xed\xa0\x80", b"\xc3", b"{" * 50, b"\t" * 100))
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + junk * rng.randint(1, 50) + raw[at:]


_BAD_HEADERS = [
    b"Subject: =?utf-7?Q?hello_+2AA-_world?=",
    b"Subject: =?unknown-8bit?B?////?=",
    b"Subject: =?utf-8?B?" + b"A" * 3001 + b"?=",
    b"Subject: =?x-mac-nonsense?Q?=FF=FE?=",
    b"From: =?utf-8?Q?=E2=80=AE?= <a@b>",
    b"From: <<<@@@>>>",
    b"From: " + b"a" * 5000 + b"@" + b"b" * 5000 + b".com",
    b"Date: Fri, 31 Dec 9999 23:59:59 +9999",
    b"Date: Mon, 1 Jan 0001 00:00:00 -2400",
    b"Date: 99999999999999999999",
    b"Message-ID: <" + b"x" * 2000 + b">",
    b"Message-ID:",
    b"Reply-To: " + b"a@b, " * 2000,
    b"Received: from " + b"h" * 16000 + b" ([300.1.2.3]) by mx",
    b"Received: from x ([1.2.3.4]) by y; " + b"(" * 5000,
    b"Content-Type: multipart/mixed; boundary=",
    b"Content-Type: text/plain; charset=\"\x00\"",
    b"Content-Type: text/html; charset=utf-32",
    b"Content-Transfer-Encoding: base64\nX-Pad: " + b"=" * 100,
    b"X-Originating-IP: [999.999.999.999]",
    b"Authentication-Results: " + b"spf=pass; " * 3000,
    b"List-Id: " + b"<" * 4000,
]


def splice_header(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    return rng.choice(_BAD_HEADERS) + b"\n" + head + sep + body


def many_received(rng: random.Random, raw: bytes) -> bytes:
    hops = b"".join(b"Received: from h%d.example ([10.%d.%d.%d]) by mx%d; Mon, 1 Jan 2024 00:00:00 +0000\n"
                    % (i, i % 256, (i * 7) % 256, (i * 13) % 256, i) for i in range(rng.choice((50, 500, 3000))))
    return hops + raw


def deep_multipart(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice((20, 200, 2000))
    opens = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(depth))
    return b"From: a@example.com\nSubject: deep\nMIME-Version: 1.0\n" + opens + b"Content-Type: text/plain\n\nhi\n"


def html_bomb(rng: random.Random, raw: bytes) -> bytes:
    kind = rng.choice((b"<div>" * 50000, b'<a href="x' + b"\n" * 50000, b"<table><tr><td>" * 10000,
                       b"<!--" * 20000, b"&#" * 30000, b"<a href=http://" + b"a." * 20000 + b">x</a>"))
    return (b"From: a@example.com\nSubject: html\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
            + kind)


def text_bomb(rng: random.Random, raw: bytes) -> bytes:
    kind = rng.choice((b"1," * 15000, b"\n" * 30000, b"> wrote:\n " * 340, b"On Mon, x wrote:\n" * 2000,
                       b"USD " * 20000, b"http://" * 10000, b"a" * 200000, b" " * 100000 + b"x",
                       "价格".encode() * 20000, b"$1,000,000.00 " * 5000))
    head, sep, _ = _split(raw)
    return head + sep + kind


def swap_bodies(rng: random.Random, raw: bytes, others: list[bytes]) -> bytes:
    head, sep, _ = _split(raw)
    _, _, body = _split(rng.choice(others))
    return head + sep + body


# Light mutations three times as often as the heavy ones (bombs, deep MIME, long Received chains),
# which cost 10-50x a normal message each: 5,000 messages stay a few minutes of CI.
MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    *[flip_bytes, truncate, repeat_slice, insert_garbage, splice_header, splice_header] * 3,
    many_received, deep_multipart, html_bomb, text_bomb,
]


def mutated_messages(count: int, seed: int, seeds: list[bytes]) -> Iterator[bytes]:
    """`count` mutated messages; 1-3 mutations each (some heavy), deterministic in `seed`."""
    rng = random.Random(seed)
    for _ in range(count):
        raw = rng.choice(seeds)
        for _ in range(rng.choice((1, 1, 2, 3))):
            if rng.random() < 0.1:
                raw = swap_bodies(rng, raw, seeds)
            else:
                raw = rng.choice(MUTATIONS)(rng, raw)
        yield raw[:2_000_000]


# --- records ------------------------------------------------------------------------------------

def mutated_record_lines(count: int, seed: int) -> Iterator[bytes]:
    """JSONL lines: mostly valid records with hostile values, some broken lines."""
    rng = random.Random(seed)
    texts = ["Hola, quiero 500 piezas. ¿Precio FOB?", "price?", "\x1b[31mred\x1b[0m", "\u202eevil", "a\x00b",
             "x" * 100000, "Dear friend, I have $10,000,000 for you", ""]
    for i in range(count):
        shape = rng.random()
        if shape < 0.05:
            yield b"9" * 5000 + b"\n"
        elif shape < 0.08:
            yield b"[" * 100000 + b"\n"
        elif shape < 0.12:
            yield bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))) + b"\n"
        else:
            record = {"id": str(rng.randint(1, 50)), "channel": rng.choice(["phone", "im", "fax", "web", "??", 5]),
                      "from": rng.choice(["Ana <ana@example.es>", "", None, "x" * 1000, 12]),
                      "text": rng.choice(texts), "received_at": rng.choice(
                          ["2026-03-01T10:00:00Z", "9999-12-31T23:59:59", "0001-01-01", "yesterday", None, 1e308])}
            yield json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass") + b"\n"


def crafted_files() -> dict[str, bytes]:
    """The crafted inputs of issue 8, as files (name -> bytes) for a triage run."""
    base = b"From: Buyer <buyer@example.com>\nTo: sales@example.cn\nMessage-ID: <%s@example.com>\n"
    return {
        "utf7-surrogate.eml": base % b"u7" + b"Subject: =?utf-7?Q?hello_+2AA-_world?=\n\nprice please\n",
        "year-9999.eml": base % b"y9" + b"Date: Fri, 31 Dec 9999 23:59:59 +0000\nSubject: q\n\nprice\n",
        "year-1.eml": base % b"y1" + b"Date: Mon, 1 Jan 0001 00:00:00 +0000\nSubject: q\n\nprice\n",
        "nul.eml": base % b"nul" + b"Subject: a\x00b\n\nbody\x00with nul\n",
        "long-key.eml": (b"From: " + b"b" * 3000 + b"@example.com\nMessage-ID: <lk@x>\nSubject: q\n\nprice\n"),
        "digits-comma.eml": base % b"dc" + b"Subject: q\n\n" + b"1," * 15000,
        "blank-lines.eml": base % b"bl" + b"Subject: q\n\n" + b"\n" * 30000 + b"x",
        "href-newlines.eml": base % b"hn" + b"Subject: q\nContent-Type: text/html\n\n<a href=\"x" + b"\n" * 100000,
        "received-host.eml": (b"Received: from " + b"h" * 16000 + b" ([1.2.3.4]) by mx; Mon, 1 Jan 2024 00:00:00 +0000\n") * 50
                             + base % b"rh" + b"Subject: q\n\nprice\n",
        "wrote-lines.eml": base % b"wl" + b"Subject: q\n\n" + b"".join(b" " * (i % 8) + b"> On day, x wrote:\n" for i in range(340)),
        "unclosed-div.eml": base % b"ud" + b"Subject: q\nContent-Type: text/html\n\n" + b"<div>" * 200000,
        "ansi-subject.eml": base % b"an" + b"Subject: \x1b]52;c;aGk=\x07\x1b[2Jhi \xe2\x80\xae evil\n\nprice\n",
        "same-id-a.eml": base % b"same" + b"Subject: first\n\nfirst body\n",
        "same-id-b.eml": base % b"same" + b"Subject: second\n\nsecond, different body\n",
    }
