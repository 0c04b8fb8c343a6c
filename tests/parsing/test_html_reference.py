"""html_to_text returns exactly what the straightforward algorithm returns (issue 10: it was made cheaper).

`reference_html_to_text` is the algorithm as it was before (tag names compared as strings, the
generic selectolax insert methods, one regex sub with a callback for the mark runs, every line
stripped); the module's tag lists and limits are shared, so this checks the algorithm, not the lists.
bench/html_identity.py runs the same comparison on every corpus HTML part and many more soups.
"""

from __future__ import annotations

import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from inquiry_triage.model import Link
from inquiry_triage.parsing import html as H
from inquiry_triage.parsing.html import html_to_text

_NL, _PARA, _BR = "\ue000", "\ue001", "\ue002"
_SPACE_RUN = re.compile("  +")
_BREAK_RUN = re.compile("[\ue000\ue001\ue002][ \ue000\ue001\ue002]*")
_NO_MARKS = {ord(_NL): " ", ord(_PARA): " ", ord(_BR): " ", 0xA0: " "}


def _breaks(m: re.Match[str]) -> str:
    run = m.group()
    n = 2 if _PARA in run else 1 if _NL in run else 0
    return "\n" * max(n, run.count(_BR))


def _collapse(text: str) -> str:
    return " ".join(text.translate(_NO_MARKS).split())


def reference_html_to_text(html: str) -> tuple[str, list[Link]]:
    if not html or not html.strip():
        return "", []
    if len(html) > H.MAX_HTML_CHARS:
        html = html[: H.MAX_HTML_CHARS]
    if "\x00" in html:
        html = html.replace("\x00", "")
    html = H._cut_deep_nesting(html)
    tree = LexborHTMLParser(html)
    tree.strip_tags(H._DROP_TAGS)
    root = tree.body or tree.root
    if root is None:
        return "", []
    links: list[Link] = []
    for node in root.traverse():
        tag = node.tag
        if tag in H._PARA_TAGS:
            node.insert_before(_PARA)
            node.insert_after(_PARA)
        elif tag in H._BLOCK_TAGS:
            node.insert_before(_NL)
            node.insert_after(_NL)
        elif tag == "br":
            node.insert_after(_BR)
        elif tag in H._CELL_TAGS:
            node.insert_after(" ")
        elif tag == "a" or tag == "area":
            href = node.attributes.get("href")
            if href and href.strip() and len(links) < H.MAX_LINKS:
                shown = node.text(deep=True, separator="") if tag == "a" else (node.attributes.get("alt") or "")
                links.append(Link(_collapse(shown)[: H.MAX_HREF_CHARS], href.strip()[: H.MAX_HREF_CHARS]))
    text = root.text(deep=True, separator="")
    for space in "\t\n\r\f\u00a0\u200b\ufeff":
        text = text.replace(space, " ")
    text = _SPACE_RUN.sub(" ", text).strip(" ")
    text = _BREAK_RUN.sub(_breaks, text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return text.strip(), links


# --- generated HTML ----------------------------------------------------------------------------

_TAGS = sorted(H._PARA_TAGS | H._BLOCK_TAGS | H._CELL_TAGS) + [
    "br", "a", "area", "span", "b", "img", "map", "font", "html", "head", "body", "title", "frameset", "frame",
    "script", "style", "template", "noscript", "svg", "math", "mtext", "mi", "annotation-xml", "foreignObject",
    "select", "optgroup", "colgroup", "col", "iframe", "object", "xmp", "plaintext", "x-custom", "o:p", "wbr",
]
_TEXTS = [
    "word", "two words", " ", "  ", "\t", "\n", "\r\n", "\f", "\u00a0", "\u200b", "\ufeff", "\u3000", "\x85",
    "\x1c", "\v", "\u2028", "\ue000", "\ue001", "\ue002", " \ue002 \ue000 ", "\x00", "&nbsp;", "&#xE001;",
    "&#0;", "&amp;", "<!-- c -->", "<![CDATA[x]]>", "<!doctype html>", "中文", "é", "\ud7ff", "<", ">", "&",
]
_ATTRS = [
    "", " href=x", " href='https://a.example/p?q=1'", " href=''", " href='  '", " href", " HREF=Y",
    " href=' \t z \n'", " alt='the alt'", " alt=''", " alt=' \ue001 spaced\u00a0 alt '", " xlink:href=w",
    " style='color:red'", " href=1 href=2",
]


def random_html(rng: random.Random, size: int) -> str:
    """Tag soup: start and end tags of the tags the conversion treats specially and of ones the parser
    treats specially (foreign content, dropped, outside body), in any case, unclosed, with whitespace,
    the private-use marks, NULs and entities in the text."""
    out = []
    for _ in range(size):
        r = rng.random()
        if r < 0.45:
            tag = rng.choice(_TAGS)
            tag = tag.upper() if rng.random() < 0.15 else tag
            out.append(f"<{tag}{rng.choice(_ATTRS)}{rng.choice(_ATTRS)}>")
        elif r < 0.65:
            out.append(f"</{rng.choice(_TAGS)}>")
        else:
            out.append(rng.choice(_TEXTS))
    return "".join(out)


HAND_WRITTEN = [
    "<a href=x>one<br>two<div>three</div><p>four</p></a> after",
    "<a href=x>one<a href=y>two</a>three</a>",
    "<table><a href=x>fostered<td>cell</a></table>",
    "<map><area href=1 alt='A'><area href=2><area alt=b><area href=' '></map>",
    "<A HREF=Z>UP<BR>PER</A><P>para<DIV>div</DIV>",
    "<div><div><div><p>deep<br><br><br></p></div></div></div>end",
    "<a href=''>empty</a><a href='  \t'>blank</a><a>none</a><a href='\n https://x \n'>ws</a>",
    "outside<html>before<head><title>t</title></head>after head<body>body</body>after body</html>trailing",
    "<frameset><frame src=a></frameset>",
    "<table></table><table><tbody></tbody></table><td>lone cell</td><tr>lone row</tr>",
    "x\x00y<p>\x00</p>",
    "text \ue000 with \ue001 marks \ue002 already<br>in it",
    "<p>a</p><p>b</p><br><br><br><div>c</div>",
    "<math><section>s</section><a href=m>math link<div>broke out</div></a><mtext><p>m</p></mtext></math>",
    "<svg><a href=s>svg link</a><foreignObject><p>inside</p></foreignObject></svg>after svg",
    "<ul><li>one<li>two<ol><li>nested</ol></ul><dl><dt>t<dd>d</dl>",
    "<pre>  keep\n  pre  </pre><textarea> t </textarea><select><option>o1<option>o2</select>",
    "<td>a<th>b<td>c",
    "<br><a href=q><br></a><br>",
    "<p>" * 50 + "x" + "</p>" * 50,
    "<div>" * 2100 + "deep" + "</div>" * 2100,
    "".join(f"<a href=/{i}>{i}</a>" for i in range(H.MAX_LINKS + 20)),
    "<a href='" + "h" * (H.MAX_HREF_CHARS + 50) + "'>" + "t" * (H.MAX_HREF_CHARS + 50) + "</a>",
    "<a href=x>\u00a0 spaced \u200b\ufeff\t text \u3000</a>",
    " \t\n",
    "<!-- only a comment -->",
    "<script>x</script><style>y</style>",
]


@pytest.mark.parametrize("html", HAND_WRITTEN, ids=range(len(HAND_WRITTEN)))
def test_hand_written_html_converts_as_the_reference(html):
    assert html_to_text(html) == reference_html_to_text(html)


def test_generated_html_converts_as_the_reference():
    rng = random.Random(10)
    differ = []
    for i in range(1500):
        html = random_html(rng, rng.choice((5, 20, 60, 200)))
        if html_to_text(html) != reference_html_to_text(html):
            differ.append((i, html))
    assert differ == []


def test_a_block_inside_an_anchor_marks_the_text_but_not_the_link():
    # The anchor is read before the marks of what it contains: its link text stays on one line.
    assert html_to_text("<a href=x>one<br>two<div>three</div></a>") == (
        "one\ntwo\nthree", [Link("onetwothree", "x")])


def test_insert_methods_fall_back_to_the_method_itself_when_it_has_no_str_version():
    def plain(node, value):
        return None

    assert H._text_method(plain) is plain
