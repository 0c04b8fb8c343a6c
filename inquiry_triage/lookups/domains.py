"""Registered-domain helpers on tldextract's bundled Public Suffix List snapshot (never fetched)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

# suffix_list_urls=() makes tldextract use the snapshot shipped in the package: no network.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def registered_domain(host: str) -> str:
    """"acme.co.uk" for "mail.acme.co.uk"; the host itself for IPs and bare names."""
    host = host.strip().strip(".").lower()
    if not host:
        return ""
    parts = _EXTRACT(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return host


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
