"""Bar charts as server-rendered SVG for the dashboard: no script, no style attributes (the CSP
forbids inline style): colours and fonts come from classes in static/dashboard.css. Every label is
escaped (an agent's name or a country code is data, never markup)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

BAR = 18  # px per bar (horizontal charts)
LABEL = 120  # px for the labels' column
WIDTH = 520  # px of the whole chart
COLUMN = 22  # px per column (vertical charts)
HEIGHT = 140  # px of a column chart's plot area


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def hbars(items: Sequence[tuple[str, float | None]], title: str, *, css: str = "") -> Markup:
    """One horizontal bar per (label, value); None is drawn as no bar and written "-"."""
    values = [v for _, v in items if v is not None]
    top = max(values, default=0) or 1
    room = WIDTH - LABEL - 60
    height = BAR * len(items) + 4
    out = [f'<svg class="chart chart-hbars {escape(css)}" role="img" xmlns="http://www.w3.org/2000/svg" '
           f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = i * BAR + 2
        out.append(f'<text class="chart-label" x="{LABEL - 6}" y="{y + BAR - 5}" text-anchor="end">{escape(str(label))}</text>')
        width = 0 if value is None else max(1, round(room * value / top))
        if value is not None:
            out.append(f'<rect class="chart-bar" x="{LABEL}" y="{y + 2}" width="{width}" height="{BAR - 4}"/>')
        out.append(f'<text class="chart-value" x="{LABEL + width + 4}" y="{y + BAR - 5}">{escape(_num(value))}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def columns(items: Sequence[tuple[str, float]], title: str) -> Markup:
    """One vertical column per (label, value), e.g. the 24 hours of a day."""
    top = max((v for _, v in items), default=0) or 1
    width = COLUMN * len(items) + 8
    height = HEIGHT + 36
    out = [f'<svg class="chart chart-columns" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        x = i * COLUMN + 4
        h = round(HEIGHT * value / top) if value else 0
        if h:
            out.append(f'<rect class="chart-bar" x="{x + 2}" y="{HEIGHT - h + 14}" width="{COLUMN - 4}" height="{h}">'
                       f'<title>{escape(str(label))}: {escape(_num(value))}</title></rect>')
        out.append(f'<text class="chart-value" x="{x + COLUMN // 2}" y="{HEIGHT - h + 11}" text-anchor="middle">'
                   f'{escape(_num(value)) if value else ""}</text>')
        out.append(f'<text class="chart-label" x="{x + COLUMN // 2}" y="{height - 6}" text-anchor="middle">'
                   f'{escape(str(label))}</text>')
    out.append("</svg>")
    return Markup("".join(out))
