"""Registered-domain helpers on tldextract's bundled Public Suffix List snapshot (never fetched).

The snapshot file is read directly and looked up the way `tldextract.TLDExtract(suffix_list_urls=(),
cache_dir=None)` does (ICANN section only, wildcards and exceptions, punycode labels decoded): importing
tldextract itself pulls in requests, urllib3 and filelock for its downloads, the largest share of a
single message's start-up. tests/lookups/test_domains.py compares the two on every suffix of the list.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import scheme_chars, urlsplit

from .. import user_cache

_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_SUFFIX_LINE = re.compile(r"^(?P<suffix>[.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)  # tldextract's own
_SCHEME_CHARS = frozenset(scheme_chars)
_DOTS = ".\u3002\uff0e\uff61"  # ASCII and ideographic full stops


def _snapshot_path() -> Path:
    spec = importlib.util.find_spec("tldextract")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("tldextract is not installed: its Public Suffix List snapshot is needed")
    return Path(next(iter(spec.submodule_search_locations))) / ".tld_set_snapshot"


# The tree, built once per snapshot file, is kept in the per-user cache: unmarshalling it costs a
# quarter of parsing the list again, on every process that looks at a domain.
_TREE_FORMAT = 1  # bump when the tree's layout changes
_TREE_KEEP = 2  # cache files kept (the current snapshot's and the previous one's)


@lru_cache(maxsize=1)
def _suffix_tree() -> dict[str, Any]:
    """The ICANN suffixes as a tree of labels, right to left; a node holding "." (never a label)
    ends a suffix."""
    snapshot = _snapshot_path()
    cache = _tree_cache_path(snapshot)
    cached = user_cache.read(cache) if cache is not None else None
    if isinstance(cached, dict) and cached:
        return cached
    tree = _parse_suffix_tree(snapshot)
    if cache is not None:
        user_cache.write(cache, tree, "suffix-tree-*.marshal", _TREE_KEEP)
    return tree


def _tree_cache_path(snapshot: Path) -> Path | None:
    """Named by the snapshot file (path, size, time stamp) and the interpreter (marshal's format);
    None when the snapshot cannot be looked at or there is no home directory for ~/.cache."""
    try:
        st = snapshot.stat()
        key = repr((_TREE_FORMAT, str(snapshot), st.st_size, st.st_mtime_ns, sys.version))
        return user_cache.cache_dir() / f"suffix-tree-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal"
    except (OSError, RuntimeError):
        return None


def _parse_suffix_tree(snapshot: Path) -> dict[str, Any]:
    text = snapshot.read_text(encoding="utf-8")
    public = text.partition(_PRIVATE_SECTION)[0]
    root: dict[str, Any] = {}
    for match in _SUFFIX_LINE.finditer(public):
        node = root
        for label in reversed(match.group("suffix").split(".")):
            node = node.setdefault(label, {})
        node["."] = {}
    return root


def _decoded(label: str) -> str:
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna  # noqa: PLC0415 (only for punycode labels)

        try:
            return idna.decode(lowered)
        except (UnicodeError, IndexError):
            pass
    return lowered


def _public_suffix_start(labels: list[str]) -> int | None:
    """Index of the first label of the public suffix, None when no suffix of the list ends `labels`."""
    node, suffix_start, position = _suffix_tree(), len(labels), len(labels)
    for label in reversed(labels):
        decoded = _decoded(label)
        if decoded in node and decoded != ".":
            position -= 1
            node = node[decoded]
            if "." in node:
                suffix_start = position
            continue
        if "*" in node:  # "*.ck" makes any label a suffix, except "!www.ck"
            return position if "!" + decoded in node else position - 1
        break
    return None if suffix_start == len(labels) else suffix_start


def _lenient_host(url: str) -> str:
    """The host part of a URL-like string, as tldextract's lenient_netloc reads it."""
    slashes = url.find("//")
    if slashes == 0:
        url = url[2:]
    elif slashes >= 2 and url[slashes - 1] == ":" and not set(url[:slashes - 1]) - _SCHEME_CHARS:
        url = url[slashes + 2:]
    authority = url.partition("/")[0].partition("?")[0].partition("#")[0].rpartition("@")[-1]
    if authority and authority[0] == "[":
        inside = authority.partition("]")
        if inside[1] == "]":
            return f"{inside[0]}]"
    return authority.partition(":")[0].strip().rstrip(_DOTS)


@lru_cache(maxsize=65536)
def registered_domain(host: str) -> str:
    """"acme.co.uk" for "mail.acme.co.uk"; the host itself for IPs and bare names."""
    host = host.strip().strip(".").lower()
    if not host:
        return ""
    netloc = _lenient_host(host)
    for dot in _DOTS[1:]:
        netloc = netloc.replace(dot, ".")
    labels = netloc.split(".")
    start = _public_suffix_start(labels)
    if start is None or start == 0:  # IPs (v4, [v6]) and names under no listed suffix land here too
        return host
    return f"{labels[start - 1]}.{'.'.join(labels[start:])}" if labels[start - 1] else host


def url_host(url: str) -> str:
    """The host of a URL or bare "www.example.com/path"; "" when there is none."""
    text = url.strip()
    if not text:
        return ""
    if "://" not in text[:12]:
        if text.lower().startswith(("mailto:", "tel:", "javascript:", "#", "cid:", "data:")):
            return ""
        text = "http://" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    return host.lower().strip(".")
