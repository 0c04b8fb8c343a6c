"""A tiny, safe HTML page builder for the supervisor reports (`report sla`, `report suspicious`).

Safety rules, in order of importance:
  1. every value that came from data goes through `html.escape(..., quote=True)` (`esc`); the only
     markup in a page is the fixed tags written here, never a string from the caller;
  2. the page carries a strict Content-Security-Policy (`default-src 'none'; style-src 'unsafe-inline'`,
     plus `base-uri 'none'; form-action 'none'`), so even a missed escape cannot run a script, load an
     image or a frame, or send a form: the page is inert;
  3. `<meta charset="utf-8">` comes first, so no content sniffing turns bytes into markup
     (lone surrogates from badly decoded mail are replaced, so the page always encodes).

Cells may be: None (empty), bool (yes/no), int, float (as given; format it yourself for fixed
decimals), str, a list/tuple of those (one line each), or a nested `Table` (e.g. the rules that fired).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..safe_text import for_terminal

__all__ = ["CSP", "Table", "esc", "page_head", "page_tail", "paragraph", "render_page", "table_head", "table_rows",
           "table_tail"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_STYLE = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#1b1b1b;background:#fff}
h1{font-size:1.35em;margin:0 0 .3em}
p.meta{color:#555;margin:.2em 0}
table{border-collapse:collapse;margin:.6em 0}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#f1f1f1}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot td{font-weight:bold;background:#fafafa}
caption{text-align:left;font-weight:bold;padding:.2em 0}
table table{margin:0;font-size:.92em}
ul{margin:0;padding-left:1.1em}
""".strip()


def esc(value: Any) -> str:
    """Text safe for an element body or a quoted attribute value."""
    # Control, bidi-override and other invisible format characters go (U+202E would reverse a name in
    # its cell); a lone surrogate (from surrogateescape-decoded mail) becomes U+FFFD so the page encodes.
    text = for_terminal(value if isinstance(value, str) else str(value), multiline=True)
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class Table:
    """A table: header labels, body rows, optional footer rows (e.g. totals) and caption.
    `numeric` names the header labels whose cells are right-aligned."""

    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    footer: Sequence[Sequence[Any]] = ()
    caption: str = ""
    numeric: frozenset[str] = field(default_factory=frozenset)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return esc(value)


def _cell(value: Any, tag: str, numeric: bool) -> str:
    attrs = ' class="num"' if numeric else ""
    if isinstance(value, Table):
        inner = _table(value)
    elif isinstance(value, (list, tuple)):
        inner = "<ul>" + "".join(f"<li>{_cell_text(v)}</li>" for v in value) + "</ul>" if value else ""
    else:
        inner = _cell_text(value)
    return f"<{tag}{attrs}>{inner}</{tag}>"


def _row(values: Sequence[Any], table: Table, tag: str = "td") -> str:
    flags = [h in table.numeric for h in table.headers]
    cells = [_cell(v, tag, flags[i] if i < len(flags) else False) for i, v in enumerate(values)]
    return "<tr>" + "".join(cells) + "</tr>"


def table_head(table: Table) -> str:
    """A table's opening up to its first body row (for pages written in pieces, see `page_head`)."""
    parts = ["<table>"]
    if table.caption:
        parts.append(f"<caption>{esc(table.caption)}</caption>")
    num = ' class="num"'
    head = "".join(f'<th scope="col"{num if h in table.numeric else ""}>{esc(h)}</th>' for h in table.headers)
    parts.append(f"<thead><tr>{head}</tr></thead>")
    parts.append("<tbody>")
    return "".join(parts)


def table_rows(rows: Sequence[Sequence[Any]], table: Table) -> str:
    """Body rows for `table`'s columns."""
    return "".join(_row(r, table) for r in rows)


def table_tail(table: Table) -> str:
    parts = ["</tbody>"]
    if table.footer:
        parts.append("<tfoot>" + "".join(_row(r, table) for r in table.footer) + "</tfoot>")
    parts.append("</table>")
    return "".join(parts)


def _table(table: Table) -> str:
    return table_head(table) + table_rows(table.rows, table) + table_tail(table)


def page_head(title: str, lines: Sequence[str] = (), lang: str = "en") -> str:
    """A page up to its first table: a long report streams `page_head`, then `table_head`,
    `table_rows` chunk by chunk, `table_tail` and `page_tail`, instead of one `render_page` string.
    `lang`: the page's language tag (en, zh-CN), for the browser's fonts, reader and translator."""
    body = [f"<h1>{esc(title)}</h1>"]
    body += [f'<p class="meta">{esc(line)}</p>' for line in lines]
    return ("<!DOCTYPE html>\n"
            f'<html lang="{esc(lang)}">\n<head>\n'
            '<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'  # a constant: no quotes to escape
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n"
            f"<style>\n{_STYLE}\n</style>\n"
            "</head>\n<body>\n" + "\n".join(body))


def page_tail() -> str:
    return "\n</body>\n</html>\n"


def paragraph(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def render_page(title: str, tables: Sequence[Table] = (), *, lines: Sequence[str] = (), empty: str = "",
                lang: str = "en") -> str:
    """A standalone HTML5 page: `title` (also the <h1>), `lines` of plain text under it, then `tables`;
    `empty` is shown instead of the tables when none has body rows (a footer alone is not shown)."""
    shown = [t for t in tables if t.rows]
    body = [paragraph(empty)] if not shown and empty else []
    body += [_table(t) for t in shown]
    return page_head(title, lines, lang) + "".join("\n" + part for part in body) + page_tail()
