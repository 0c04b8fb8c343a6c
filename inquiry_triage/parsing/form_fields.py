"""A web form's fields as its notification writes them: "Name: Anna Keller", "Country/Region: Turkey",
"| E-mail | ana@empresa.es |", "姓名：王伟". The one reader of them: the buyer's country (checks/origin.py)
and a form notification's buyer (checks/webform.py) both read here.

Which labels name which field is data (inquiry_triage/data/form_fields.toml, in many languages); a
label counts only as a form writes it: alone at the start of a line, then the value. Pure: text in,
values out.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from ..model import Inquiry

FIELDS_FILE = Path(__file__).resolve().parent.parent / "data" / "form_fields.toml"
FIELDS = ("country", "name", "first_name", "last_name", "email", "phone", "message")
# The person's fields may also be laid out as HTML notifications do: the label ending its line, the
# value on the next one. The country is read as it always was (same line only).
_BELOW = frozenset(FIELDS) - {"country"}
_TEXT_CHARS = 6000  # of the buyer's text and of the signature: a form's fields come first
_VALUE_CHARS = 200  # of a person's field (a country's is at most 60: it was always read so)


_GAP = r"[ \t]*"


def _label_pattern(label: str) -> str:
    """A label as a pattern: a space (and the gap around '/' or '&') matches any run of spaces or tabs."""
    parts = re.split(r"[ \t]*([/&／])[ \t]*|[ \t]+", label.strip().lower())
    out = []
    for i, part in enumerate(parts):
        if part is None:
            continue
        if i % 2:  # a separator the split kept
            out.append(f"{_GAP}{re.escape(part)}{_GAP}")
        else:
            if out and not out[-1].endswith(_GAP):
                out.append(_GAP)
            out.append(re.escape(part))
    return "".join(out)


@cache
def _table() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    with FIELDS_FILE.open("rb") as handle:
        data = {name: entry for name, entry in tomllib.load(handle).items() if isinstance(entry, dict)}
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise ValueError(f"{FIELDS_FILE.name}: unknown fields {sorted(unknown)} (known: {', '.join(FIELDS)})")
    return {name: (tuple(entry.get("prefixes", ())), tuple(entry["labels"])) for name, entry in data.items()}


@cache
def _pattern(field: str) -> re.Pattern[str]:
    prefixes, labels = _table()[field]
    # Longest first: "country/region" is tried before "country".
    label = "|".join(_label_pattern(x) for x in sorted(set(labels), key=lambda x: (-len(x), x)))
    prefix = "|".join(_label_pattern(x) for x in sorted(set(prefixes), key=lambda x: (-len(x), x)))
    head = r"^[ \t*>|•\-]*" + (rf"(?:(?:{prefix})[ \t]+)?" if prefix else "") + rf"(?:{label})"
    same_line = r"[ \t*]*(?:[:：|]|\t)[ \t*]*(?P<value>[^\n|]{2,60}?)[ \t*|]*$"
    if field in _BELOW:
        same_line = (r"[ \t*]*(?:(?:[:：|]|\t)[ \t*]*(?P<value>[^\s][^\n]+)"
                     r"|[:：][ \t*]*\n[ \t]*(?P<below>[^\n:：]{2,}))")
    return re.compile(head + same_line, re.IGNORECASE | re.MULTILINE)


def form_text(inquiry: Inquiry) -> str:
    """The text a form's fields are read from: the buyer's own text (the whole body when there is none)
    and the signature, each cut to its first 6,000 characters."""
    return "\n".join(part[:_TEXT_CHARS] for part in (inquiry.own_text or inquiry.body, inquiry.signature) if part)


def field_values(text: str, field: str) -> list[str]:
    """The values of `field` (one of FIELDS) in `text`, in order, stripped of spaces, dots and stars."""
    if ":" not in text and "：" not in text and "|" not in text and "\t" not in text:
        return []
    values = []
    for match in _pattern(field).finditer(text):
        value = (match.group("value") or (match.groupdict().get("below") or "")).strip(" \t.;*|")[:_VALUE_CHARS]
        if value:
            values.append(value)
    return values
