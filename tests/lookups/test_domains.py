"""registered_domain reads tldextract's Public Suffix List snapshot itself (importing tldextract costs
its downloader's imports); it must say exactly what tldextract says, for every suffix of the list."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from inquiry_triage.lookups import domains
from inquiry_triage.lookups.domains import registered_domain

tldextract = pytest.importorskip("tldextract")
EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
ROOT = Path(__file__).resolve().parents[2]


def reference(host: str) -> str:
    """What registered_domain returned when it called tldextract."""
    host = host.strip().strip(".").lower()
    if not host:
        return ""
    parts = EXTRACT(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else host


def _suffixes() -> list[str]:
    text = domains._snapshot_path().read_text(encoding="utf-8")
    return [m.group("suffix") for m in domains._SUFFIX_LINE.finditer(text)]  # private ones too


def test_every_suffix_of_the_list_and_names_under_it():
    hosts = []
    for suffix in _suffixes():
        bare = suffix.lstrip("!*.")
        hosts += [bare, f"acme.{bare}", f"mail.acme.{bare}", f"www.{bare}", f"x.y.z.{bare}", f"ACME.{bare.upper()}"]
    hosts += [h.encode("idna").decode("ascii") for h in hosts[:4000] if not h.isascii() and _idna_ok(h)]
    mismatches = [(h, registered_domain(h), reference(h)) for h in hosts if registered_domain(h) != reference(h)]
    assert mismatches == []
    assert len(hosts) > 30000


def _idna_ok(host: str) -> bool:
    try:
        host.encode("idna")
        return True
    except UnicodeError:
        return False


def test_odd_hosts_urls_and_addresses():
    rng = random.Random(5)
    odd = ["", ".", "..", "a..com", "localhost", "1.2.3.4", "999.2.3.4", "[::1]", "[::ffff:1.2.3.4]", "user@acme.com",
           "acme.com:8080", "http://mail.acme.co.uk/path?q#f", "//acme.de", "mailto:x@acme.com", "acme.com.",
           "acme。co。jp", "acme．com", "xn--fiqs8s", "a.xn--fiqs8s", "a.xn--zz", "www.ck", "a.b.ck", "b.ck",
           "kawasaki.jp", "city.kawasaki.jp", "x.city.kawasaki.jp", "blogspot.com", "a.blogspot.com",
           " spaced.com ", "ŞİRKET.COM.TR", "münchen.de", "a.b.c.d.e.f.g.uk", "-.com", "a/b.com", "a?b.com"]
    labels = ["acme", "co", "uk", "com", "jp", "ck", "www", "xn--fiqs8s", "city", "kawasaki", "1", "", "blogspot", "de"]
    odd += [".".join(rng.choice(labels) for _ in range(rng.randint(1, 5))) for _ in range(3000)]
    assert [(h, registered_domain(h)) for h in odd] == [(h, reference(h)) for h in odd]


def test_corpus_hosts():
    import re

    hosts = set()
    for path in sorted((ROOT / "fixtures").rglob("*.eml")):
        hosts |= set(re.findall(r"[\w.-]+\.[a-zA-Z]{2,}", path.read_text("utf-8", "replace")))
    assert hosts
    assert {h: registered_domain(h) for h in hosts} == {h: reference(h) for h in hosts}


def test_looking_up_does_not_import_tldextract():
    code = ("import sys; from inquiry_triage.lookups.domains import registered_domain as r; "
            "assert r('mail.acme.co.uk') == 'acme.co.uk' and r('a.xn--fiqs8s') == 'a.xn--fiqs8s'; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tldextract', 'requests', 'urllib3')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_suffix_tree_comes_from_the_per_user_cache_as_parsed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = domains._parse_suffix_tree(domains._snapshot_path())
    domains._suffix_tree.cache_clear()
    try:
        assert domains._suffix_tree() == parsed  # built and written
        assert list((tmp_path / "inquiry-triage").glob("suffix-tree-*.marshal"))
        domains._suffix_tree.cache_clear()
        monkeypatch.setattr(domains, "_parse_suffix_tree", lambda _path: pytest.fail("parsed again"))
        assert domains._suffix_tree() == parsed  # read back, not parsed
        domains._suffix_tree.cache_clear()
        for damaged in (tmp_path / "inquiry-triage").glob("suffix-tree-*.marshal"):
            damaged.write_bytes(b"\x00not marshal")
        monkeypatch.setattr(domains, "_parse_suffix_tree", lambda _path: parsed)
        assert domains._suffix_tree() is parsed  # a damaged file is parsed again
    finally:
        domains._suffix_tree.cache_clear()
