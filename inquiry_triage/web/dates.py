"""Dates and times on the web pages, in the viewer's own format.

Every time is a `<time datetime="ISO">` element whose text is a fallback made here, in the user's
interface language (zh: 11月30日 周一 15:04, en: Mon 30 Nov 15:04), on the seller's clock; the page's
script (static/queue.js) writes it again with the browser's Intl.DateTimeFormat, in the browser's own
locale and time zone. A buyer's clock is pinned (data-zone): the script keeps it in the buyer's zone,
and the page labels it with the buyer's city. Month and weekday names are our own tables, never the
server process's locale.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from markupsafe import Markup, escape

EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ZH_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
STYLES = ("full", "short")  # full: day, month, weekday, time; short: weekday and time (a clock "now")


def zone_of(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def city(zone: str) -> str:
    """'Europe/Madrid' -> 'Madrid', 'America/Sao_Paulo' -> 'Sao Paulo', 'Etc/GMT-8' -> 'UTC+8' (the
    label of a buyer's clock)."""
    if zone.startswith("Etc/GMT") and zone[7:8] in "+-" and zone[7:]:
        return "UTC" + ("-" if zone[7] == "+" else "+") + zone[8:]  # POSIX signs: Etc/GMT-8 is UTC+8
    return zone.rsplit("/", 1)[-1].replace("_", " ") if zone else ""


def fallback(value: datetime, lang: str, *, style: str = "full", year: bool = False) -> str:
    """The text the server writes: `value` as it is (already on the clock it is shown on)."""
    day = value.weekday()
    if lang == "zh":
        time = f"{ZH_WEEKDAYS[day]} {value:%H:%M}"
        if style == "short":
            return time
        return (f"{value.year}年" if year else "") + f"{value.month}月{value.day}日 {time}"
    if style == "short":
        return f"{EN_WEEKDAYS[day]} {value:%H:%M}"
    return f"{EN_WEEKDAYS[day]} {value.day} {EN_MONTHS[value.month - 1]}" + (f" {value.year}" if year else "") + \
        f" {value:%H:%M}"


def day_text(value: date, lang: str) -> str:
    """A day without a time (a stored note's holiday or closure), in the viewer's language with its
    weekday from our own tables: zh 2026年12月25日 周五, en Fri 25 Dec 2026."""
    weekday = value.weekday()
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日 {ZH_WEEKDAYS[weekday]}"
    return f"{EN_WEEKDAYS[weekday]} {value.day} {EN_MONTHS[value.month - 1]} {value.year}"


def time_tag(value: datetime | None, lang: str, seller_zone: str, *, now: datetime | None = None,
             style: str = "full", buyer_zone: str = "") -> Markup:
    """`<time datetime="ISO" data-style=...>fallback</time>`. `buyer_zone`: a buyer's clock, kept in
    that zone by the script too (data-zone); else on the seller's clock here and the viewer's in the
    browser. The year is written when it is not `now`'s."""
    if value is None:
        return Markup("")
    if style not in STYLES:
        raise ValueError(f"style: one of {STYLES}")
    pinned = zone_of(buyer_zone)
    shown = value.astimezone(pinned or zone_of(seller_zone) or value.tzinfo)
    year = now is not None and shown.year != now.astimezone(shown.tzinfo).year
    attrs = f' datetime="{escape(value.isoformat(timespec="seconds"))}" data-style="{style}"'
    if year:
        attrs += ' data-year="1"'
    if pinned is not None:
        attrs += f' data-zone="{escape(buyer_zone)}"'
    return Markup(f"<time{attrs}>{escape(fallback(shown, lang, style=style, year=year))}</time>")
