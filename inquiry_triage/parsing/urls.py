"""URLs typed in text: the one extractor of the project.

An email's HTML part gives its links as <a href> (parsing/html.py); a plain-text part, a chat
line, a phone note or a web form gives them only as typed text. `typed_urls` finds those: the
checks read them beside an email's links (checks/links.link_targets, rule kind "url"), and a
record (parsing/record.py) carries them as its links, since a record has no other.
"""

from __future__ import annotations

from ..learning.tokens import BARE_URL
from ..memo import IdentityMemo

TYPED_URL_SCAN_CAP = 50_000  # characters of a text searched for typed URLs
# The URLs of the texts read: several checks read the same body (a batch's worth kept: memo.py).
_FOUND: IdentityMemo[str, tuple[str, ...]] = IdentityMemo()


# The sentence's punctuation after a typed URL is not the URL's: "see www.x.example/a, thanks",
# "(at https://x.example/b.)", "“www.x.example”". (BARE_URL already stops at ) ] < > " and '.)
_TRAILING = ".,;:!?}\u2019\u201d\u00bb\u203a"


def _trimmed(urls: list[str]) -> list[str]:
    out = []
    for url in urls:
        url = url.rstrip(_TRAILING)
        if url.partition("://")[2] or url[:4].lower() == "www." and url[4:]:
            out.append(url)  # "http://" or "www." alone is no URL
    return out


def typed_urls(text: str) -> tuple[str, ...]:
    """The URLs ("http(s)://..." or "www....") typed in the first TYPED_URL_SCAN_CAP characters of `text`."""
    known = _FOUND.get(text)
    if known is not None:
        return known[1]
    head = text[:TYPED_URL_SCAN_CAP]
    # "://" or "www." (in any case: only W folds to w) starts every match: without one, none.
    found = tuple(_trimmed(BARE_URL.findall(head))) if "://" in head or "www." in head.lower() else ()
    _FOUND.put(text, found)
    return found
