"""The web queue's interface languages: English (the templates' own text) and Simplified Chinese
(locale/zh.po, a gettext catalogue). Read with a small PO reader (no build step, no compiled .mo):
msgid/msgstr pairs, continuation lines, C escapes. A message missing from a catalogue shows in English."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

LOCALE = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("zh", "en")


def parse_po(text: str) -> dict[str, str]:
    """{msgid: msgstr} of a PO file's entries (the header entry, msgid "", left out; empty msgstr too)."""
    out: dict[str, str] = {}
    field, parts = "", {"msgid": "", "msgstr": ""}

    def flush() -> None:
        if parts["msgid"] and parts["msgstr"]:
            out[parts["msgid"]] = parts["msgstr"]

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("msgid "):
            flush()
            parts = {"msgid": "", "msgstr": ""}
            field, line = "msgid", line[len("msgid "):]
        elif line.startswith("msgstr "):
            field, line = "msgstr", line[len("msgstr "):]
        if field and line.startswith('"') and line.endswith('"'):
            parts[field] += json.loads(line)  # PO strings use the C escapes JSON reads
    flush()
    return out


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[str, str]:
    path = LOCALE / f"{language}.po"
    return parse_po(path.read_text(encoding="utf-8")) if language != "en" and path.is_file() else {}


def translator(language: str) -> Callable[[str], str]:
    table = catalogue(language if language in LANGUAGES else "en")
    return lambda message: table.get(message, message)


def language_of(accept_language: str) -> str:
    """The interface language before login: Chinese when the browser prefers it, else English."""
    first = (accept_language or "").split(",")[0].strip().lower()
    return "zh" if first.startswith("zh") else "en"
