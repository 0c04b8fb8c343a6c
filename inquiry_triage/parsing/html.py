"""HTML part -> readable text and the links it shows, with selectolax (lexbor backend).

Nothing is fetched or executed: scripts, styles, <head>, <template> and embedded objects are
dropped before the text is taken. Block elements become line breaks, cells are separated by a
tab-like space, and runs of HTML whitespace collapse to one space, as a browser would.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
_MARKS = (_NL, _PARA, _BR)
_HTML_SPACES = "\t\n\r\f\u00a0\u200b\ufeff"  # besides the space itself
_SPACE_RUN = re.compile("  +")  # only runs: a pattern matching every gap between words was slower
# Starts at a mark (a fast scan for its first character), then takes the marks and single spaces after it;
# captured, so that split() keeps the runs.
_BREAK_RUN = re.compile("([\ue000\ue001\ue002][ \ue000\ue001\ue002]*)")

_TAG_ID_DOCUMENT = LexborHTMLParser("")


def _tag_id(name: str) -> int:
    """lexbor's id of an HTML tag name. Known tags have fixed ids, the same in every document (only unknown
    names get ids of their own document), and comparing an int is cheaper than reading node.tag, which is
    decoded from the element's name each time."""
    return _TAG_ID_DOCUMENT.create_node(name).tag_id


# The marks put before and after an element, by tag id (before may be None); a paragraph wins over a block.
_MARKS_AROUND: dict[int, tuple[str | None, str]] = {
    **{_tag_id(tag): (None, " ") for tag in _CELL_TAGS},
    _tag_id("br"): (None, _BR),
    **{_tag_id(tag): (_NL, _NL) for tag in _BLOCK_TAGS},
    **{_tag_id(tag): (_PARA, _PARA) for tag in _PARA_TAGS},
}
_A = _tag_id("a")
_AREA = _tag_id("area")  # a clickable region of an image map (a picture-only lure)


def _text_method(method: Callable[..., None]) -> Callable[[LexborNode, str], None]:
    """The str version of a selectolax insert method: it takes str, bytes or a node (a Cython fused
    function), and choosing the version costs more than the insert (~0.45 of ~0.75 us a call)."""
    try:
        return method[str]  # type: ignore[index]
    except (TypeError, KeyError):  # not fused in this selectolax: the method itself
        return method


_insert_before = _text_method(LexborNode.insert_before)
_insert_after = _text_method(LexborNode.insert_after)


def _collapse(text: str) -> str:
    """`text` with the marks (already in the HTML: none are inserted yet) as spaces, whitespace runs as one
    space, stripped. str.split() takes U+00A0 for whitespace; str.translate costs ~50 ns a character."""
    if not text.isascii():  # a flag, no scan
        for mark in _MARKS:
            if mark in text:
                text = text.replace(mark, " ")
    return " ".join(text.split())


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
        tag_id = node.tag_id
        marks = _MARKS_AROUND.get(tag_id)
        if marks is not None:
            before, after = marks
            if before is not None:
                _insert_before(node, before)
            _insert_after(node, after)
        elif (tag_id == _A or tag_id == _AREA) and len(links) < MAX_LINKS:
            attrs = node.attrs  # reads one attribute; .attributes builds a dict of all
            href = (attrs.get("href") or "").strip()
            if href:
                shown = node.text(deep=True, separator="") if tag_id == _A else (attrs.get("alt") or "")
                links.append(Link(_collapse(shown)[:MAX_HREF_CHARS], href[:MAX_HREF_CHARS]))
    text = root.text(deep=True, separator="")
    # Runs of HTML whitespace become one space (str.replace and split: a regex sub over every gap between
    # words took longer than parsing).
    for space in _HTML_SPACES:
        if space in text:
            text = text.replace(space, " ")
    text = _SPACE_RUN.sub(" ", text)
    # A run of marks (and the spaces between them) becomes its line breaks: the most <br>s in a row, but at
    # least one for a block edge and two for a paragraph edge. No other line break is left in the text, so
    # the pieces between runs are its lines, each stripped (a space before a run ends its line).
    pieces = _BREAK_RUN.split(text)
    pieces[1::2] = ["\n" * max(2 if _PARA in run else 1 if _NL in run else 0, run.count(_BR))
                    for run in pieces[1::2]]
    pieces[::2] = map(str.strip, pieces[::2])
    return "".join(pieces).strip(), links
