"""The command line's queue words in the user's language: `queue --lang zh` (or INQUIRY_TRIAGE_LANG=zh)
prints the open list (`queue`) and the confirmations of claim, release, assign, reply, note, wake,
done and escalate in Chinese. The same catalogue style as the web (gettext PO, web/i18n.parse_po): the
web's locale/zh.po where it already has the sentence, locale/cli.zh.po for the command line's own.
English is the default and is the msgid itself; --format json is never translated.
Everything else the command line says stays English (--help pages, the other actions, reports)."""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "zh")
LANGUAGE_VARIABLE = "INQUIRY_TRIAGE_LANG"


def cli_language(given: str | None) -> str:
    """--lang, else $INQUIRY_TRIAGE_LANG ('zh', 'zh_CN.UTF-8' -> zh), else English."""
    word = (given or os.environ.get(LANGUAGE_VARIABLE) or "en").strip().lower()
    word = word.split(".")[0].replace("-", "_").split("_")[0]
    return word if word in LANGUAGES else "en"


@lru_cache(maxsize=None)
def _table(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    from ..web.i18n import catalogue, named_catalogue  # stdlib only: the web's Starlette is not loaded

    return {**catalogue(language), **named_catalogue("cli", language)}


def say(language: str, msgid: str, **values: Any) -> str:
    """`msgid` (the English sentence, %(name)s for values) in `language`; English when it has no entry."""
    text = _table(language).get(msgid, msgid)
    return text % values if values else text


def word(language: str, text: str) -> str:
    """One catalogue word ('email' -> 邮件, 'WeChat' -> 微信, '(no name)'), else the text as it is (data)."""
    return _table(language).get(text, text) if text else text


def width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` padded to `columns` terminal columns (str.format pads by characters: Chinese misaligns)."""
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill


def footer(language: str, shown: int, total: int, offset: int, more: bool = False) -> str:
    """store.queue.page_footer in `language`: 'showing 1-50 of 1,234' / '第 1-50 条，共 1,234 条'."""
    of = f"{total:,}+" if more else f"{total:,}"
    if not shown:
        return say(language, "nothing on this page (%(of)s match)", of=of) if total else say(language, "nothing matches")
    return say(language, "showing %(first)s-%(last)s of %(of)s", first=f"{offset + 1:,}", last=f"{offset + shown:,}", of=of)
