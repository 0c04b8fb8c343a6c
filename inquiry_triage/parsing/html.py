"""HTML part -> readable text and the links it shows, with selectolax (lexbor backend).

Nothing is fetched or executed: scripts, styles, <head>, <template> and embedded objects are
dropped before the text is taken. Block elements become line breaks, cells are separated by a
tab-like space, and runs of HTML whitespace collapse to one space, as a browser would.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..model import Link

__all__ = ["MAX_HTML_CHARS", "MAX_OPEN_BLOCKS", "MAX_LINKS", "MAX_HREF_CHARS", "html_to_text"]

MAX_HTML_CHARS = 2_000_000  # larger HTML is cut before parsing (the caller notes a defect)
# lexbor's tree builder walks the stack of open elements for every block start tag, so unclosed
# <div>s cost depth squared (200,000 of them: minutes). HTML is cut where more than this many block
# elements are open at once; real mail nests a few dozen deep.
MAX_OPEN_BLOCKS = 2_000
MAX_LINKS = 1_000  # links kept per HTML part, in document order
MAX_HREF_CHARS = 4_096  # a longer link target is cut (real ones are under 2,000)
_BLOCK_TAG = re.compile(
    r"<(/?)(?:div|section|article|aside|blockquote|center|details|dialog|dir|dl|fieldset|figcaption|figure|"
    r"footer|header|hgroup|main|menu|nav|ol|ul|address|summary)\b", re.I)

_DROP_TAGS = ["script", "style", "head", "title", "template", "noscript", "object", "embed", "applet", "iframe", "svg"]
_PARA_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 table ul ol dl blockquote pre hr address figure".split()
)
_BLOCK_TAGS = frozenset(
    "div tr li dt dd thead tbody tfoot section article header footer nav aside main form fieldset "
    "figcaption center caption details summary option textarea legend".split()
)
_CELL_TAGS = frozenset(("td", "th"))
# Private-use sentinels survive the whitespace collapse and then become line breaks:
# _NL a block edge (one line break), _PARA a paragraph edge (blank line), _BR one <br> each.
_NL = "\ue000"
_PARA = "\ue001"
_BR = "\ue002"
_HTML_SPACES = "\t\n\r\f\u00a0\u200b\ufeff"  # besides the space itself
_SPACE_RUN = re.compile("  +")  # only runs: a pattern matching every gap between words was slower
# Starts at a mark (a fast scan for its first character), then takes the marks and single spaces after it.
_BREAK_RUN = re.compile("[\ue000\ue001\ue002][ \ue000\ue001\ue002]*")


def _breaks(m: re.Match[str]) -> str:
    run = m.group()
    n = 2 if _PARA in run else 1 if _NL in run else 0
    return "\n" * max(n, run.count(_BR))


def _collapse(text: str) -> str:
    return " ".join(text.translate(_NO_MARKS).split())


_NO_MARKS = {ord(_NL): " ", ord(_PARA): " ", ord(_BR): " ", 0xA0: " "}


def _cut_deep_nesting(html: str) -> str:
    """`html` up to the start tag that would open more than MAX_OPEN_BLOCKS block elements."""
    if html.count("<") <= MAX_OPEN_BLOCKS:
        return html
    depth = 0
    for m in _BLOCK_TAG.finditer(html):
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        if depth > MAX_OPEN_BLOCKS:
            return html[: m.start()]
    return html


def html_to_text(html: str) -> tuple[str, list[Link]]:
    """Return (text, links). Links are <a href> and image-map <area href> in document order: text stripped and
    whitespace-collapsed, href with surrounding whitespace removed but otherwise as written."""
    if not html or not html.strip():
        return "", []
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
    if "\x00" in html:
        html = html.replace("\x00", "")
    html = _cut_deep_nesting(html)
    tree = LexborHTMLParser(html)
    tree.strip_tags(_DROP_TAGS)
    root = tree.body or tree.root
    if root is None:
        return "", []
    links: list[Link] = []
    # One pass in document order. Marks are inserted as siblings, so an element's own text is
    # untouched when we reach it (anchors are read before anything inside them is marked).
    for node in root.traverse():
        tag = node.tag
        if tag in _PARA_TAGS:
            node.insert_before(_PARA)
            node.insert_after(_PARA)
        elif tag in _BLOCK_TAGS:
            node.insert_before(_NL)
            node.insert_after(_NL)
        elif tag == "br":
            node.insert_after(_BR)
        elif tag in _CELL_TAGS:
            node.insert_after(" ")
        elif tag == "a" or tag == "area":  # <area>: a clickable region of an image map (a picture-only lure)
            href = node.attributes.get("href")
            if href and href.strip() and len(links) < MAX_LINKS:
                shown = node.text(deep=True, separator="") if tag == "a" else (node.attributes.get("alt") or "")
                links.append(Link(_collapse(shown)[:MAX_HREF_CHARS], href.strip()[:MAX_HREF_CHARS]))
    text = root.text(deep=True, separator="")
    # Runs of HTML whitespace become one space (str.replace and split: a regex sub over every gap between
    # words took longer than parsing). The text's first and last space are dropped: lines are stripped below.
    for space in _HTML_SPACES:
        if space in text:
            text = text.replace(space, " ")
    text = _SPACE_RUN.sub(" ", text).strip(" ")  # the same as joining the non-empty pieces between spaces
    # A run of marks (and the spaces between them) becomes its line breaks; a space before the run
    # ends its line and is stripped with it.
    text = _BREAK_RUN.sub(_breaks, text)
    text = "\n".join(map(str.strip, text.split("\n")))
    return text.strip(), links
