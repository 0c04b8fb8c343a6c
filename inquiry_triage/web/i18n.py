"""The web queue's interface languages: English (the templates' own text) and Simplified Chinese
(locale/zh.po, a gettext catalogue). Read with a small PO reader (no build step, no compiled .mo):
msgid/msgstr pairs, continuation lines, C escapes. A message missing from a catalogue shows in English."""

from __future__ import annotations

import json
import re
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


@lru_cache(maxsize=None)
def named_catalogue(kind: str, language: str) -> dict[str, str]:
    """locale/KIND.LANGUAGE.po: rule explanations keyed by rule name ("rules"), buyer-clock cities keyed
    by IANA zone ("cities"); empty for English (the English is the fallback)."""
    path = LOCALE / f"{kind}.{language}.po"
    return parse_po(path.read_text(encoding="utf-8")) if language != "en" and path.is_file() else {}


# What follows a hit's explanation in its detail: " [where]" and ": 'excerpt'" (model.Hit.as_reason).
_MATCHED = re.compile(r"(?: \[[^\[\]\n]{1,40}\])?(?:: (?:'[^\n]*'|\"[^\n]*\"))?\Z")


def rule_words(language: str, rule: str, detail: str) -> str:
    """An evidence line's explanation in `language`: the catalogue's text for the rule, then what it
    matched (where and the excerpt, as they are); the English detail when the rule has no entry."""
    table = named_catalogue("rules", language if language in LANGUAGES else "en")
    text = table.get(rule)
    if not text:
        return detail
    found = _MATCHED.search(detail or "")
    return text + (_matched_words(table, rule, detail[found.start():]) if found else "")


def _matched_words(table: dict[str, str], rule: str, matched: str) -> str:
    """What a rule matched, worded where the rules catalogue has its shape as "RULE: text with %(values)s"
    (DNS_UNKNOWN's resolver texts: the system's own words, not the buyer's); anything else as it is."""
    shapes = [(msgid[len(rule) + 2:], msgstr) for msgid, msgstr in table.items() if msgid.startswith(rule + ": ")]
    quoted = re.fullmatch(r"(?P<where> \[[^\[\]\n]{1,40}\])?: (?P<excerpt>'[^\n]*'|\"[^\n]*\")", matched)
    if not shapes or not quoted:
        return matched
    import ast

    excerpt = ast.literal_eval(quoted["excerpt"])  # Hit.as_reason wrote it with repr()
    worded = _shaped_words(shapes, excerpt)
    return matched if worded == excerpt else f"{quoted['where'] or ''}: {worded!r}"


def _shaped_words(shapes: list[tuple[str, str]], text: str) -> str:
    """`text` by the first shape it has (each %(name)s any text, itself worded by the shapes), else as it is."""
    for shape, msgstr in shapes:
        pattern = "".join(f"(?P<{part[2:-2]}>.+?)" if part.startswith("%(") else re.escape(part)
                          for part in re.split(r"(%\(\w+\)s)", shape) if part)
        hit = re.fullmatch(pattern, text, flags=re.S)
        if hit:
            return msgstr % {k: _shaped_words(shapes, v) for k, v in hit.groupdict().items()}
    return text


def city_words(language: str, zone: str) -> str:
    """A buyer clock's city in `language` ('Europe/Madrid' -> 马德里), else its English name."""
    from .dates import city

    return named_catalogue("cities", language if language in LANGUAGES else "en").get(zone) or city(zone)


def translator(language: str) -> Callable[[str], str]:
    table = catalogue(language if language in LANGUAGES else "en")
    return lambda message: table.get(message, message)


DEFAULT_LANGUAGE = "zh"  # 简体中文 is the default (README; users add --language): there is no config key for it


def language_of(accept_language: str) -> str:
    """The interface language before login: the browser's most preferred one we have (Accept-Language
    in q order: "fr, en;q=0.8" is English), else the default, Chinese (no header, or none of ours)."""
    ranked = []
    for position, item in enumerate((accept_language or "").split(",")):
        tag, _, params = item.partition(";")
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        language = tag.strip().lower().split("-")[0]
        if language in LANGUAGES and weight > 0:
            ranked.append((-weight, position, language))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE


# --- sentences with values: flash lines, refusals, the queue layer's errors ----------------------
#
# A sentence with values is a Said (inquiry_triage.sentences.Sentence): its catalogue msgid ("claimed
# task %(task)s") and its values, worded when the page is made, in the viewer's language. The queue
# layer raises its refusals with one (QueueError(msgid, **values); `sentence_of(exc)` gives it), so
# nothing is read back from English text: plain text is worded only when the catalogue holds it
# exactly (a word such as "claimed", a sentence without values), else shown as it is.
# Values are words of the catalogue too when they are one ("claimed", "agent"); times are written
# by `time_words`, days (a stored note's) by dates.day_text.

from datetime import date, datetime  # noqa: E402
from typing import Any  # noqa: E402

from ..sentences import AsWritten, Sentence, sentence_of  # noqa: E402,F401 (sentence_of: for the app's handlers)

Said = Sentence


class Choices(tuple):
    """Words offered to choose from ('1w; 4w; 13w; 52w; all'): each worded, listed with the language's
    separator for words (zh '1w、4w、13w、52w、全部', not the '；' between sentences)."""


CHOICES_SEPARATOR = {"zh": "、"}


def said(msgid: str, **values: Any) -> Said:
    """A sentence of the catalogue with its values (tests/web/test_no_english.py collects the literal msgids said is given)."""
    return Sentence(msgid, **values)


TimeWords = Any  # Callable[[datetime], str]: a time in the viewer's language (dates.fallback on the seller's clock)


def localize(language: str, message: Said | str, time_words: TimeWords = None) -> str:
    """`message` in `language`: a Said from its msgstr and its values worded; plain text only when the
    catalogue holds it exactly."""
    table = catalogue(language if language in LANGUAGES else "en")

    def word(value: Any) -> str:
        if isinstance(getattr(value, "moment", None), datetime):  # a stored note's time (queue/views.NoteTime)
            value = value.moment
        if isinstance(value, datetime):
            return time_words(value) if time_words is not None else value.isoformat(timespec="minutes")
        if isinstance(value, date):  # a day of a stored note (queue/views.NoteDay): its weekday in `language`
            from .dates import day_text

            return day_text(value, language)
        if isinstance(value, Sentence):
            return localize(language, value, time_words)
        if isinstance(value, AsWritten):  # a person's words
            return str.__str__(value)
        if isinstance(value, Choices):  # words to choose from: listed as the language lists words
            return CHOICES_SEPARATOR.get(language, "; ").join(word(v) for v in value)
        if isinstance(value, (list, tuple)):  # sentences of their own, each worded
            return "; ".join(localize(language, v, time_words) for v in value)
        text = str(value)
        return table.get(text, text)

    if isinstance(message, Sentence):
        if not message.values:
            return table.get(message.msgid, message.msgid)
        return table.get(message.msgid, message.msgid) % {k: word(v) for k, v in message.values.items()}
    if not message:
        return ""
    return table.get(message, message)


GLUED_TIME = re.compile(r"%\((\w+)\)s(:[0-9a-z]+)")  # a value that is the hour of a time: '%(hour)s:xx'


def marked_values(sentence: str, values: dict[str, str]) -> tuple[str, dict[str, str]]:
    """`sentence` (a msgstr) and its values with a time's minutes moved into its hour: the send hour of
    'sent at %(hour)s:xx' is one piece, 10:xx, so the page marks (<span class="data">) the whole time
    and no reader of the page's text sees '10 :xx'."""
    moved = dict(values)

    def glue(match: re.Match[str]) -> str:
        name, minutes = match.group(1), match.group(2)
        if name not in moved:
            return match.group(0)
        moved[name] = f"{moved[name]}{minutes}"
        return f"%({name})s"

    return GLUED_TIME.sub(glue, sentence), moved
