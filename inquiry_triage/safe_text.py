"""Making text from an inquiry safe to show: on a terminal, in a spreadsheet, in an error line.

Pure functions, no I/O. What came from a buyer (names, subjects, bodies, rule excerpts, file names,
server error texts) is hostile until shown otherwise:

* `for_terminal` drops escape sequences (CSI `ESC [`, OSC `ESC ]` such as OSC 52 "write the
  clipboard", DCS/APC/PM/SOS strings, the 8-bit C1 forms), the other C0/C1 control characters,
  and the invisible format characters that reorder or hide text (bidi overrides and isolates,
  zero-width spaces, Unicode tag characters). Whitespace becomes a space (newlines are kept with
  `multiline=True`); a lone surrogate becomes U+FFFD so printing never fails.
  ZWJ and ZWNJ stay: they cannot reorder text, and emoji sequences and Persian/Indic words need them.
* `for_spreadsheet` does the same for one CSV cell and then neutralises a formula (OWASP "CSV
  injection"): a cell whose first non-blank character is = + - @ (or that starts with a tab or a
  CR) gets a leading single quote, so Excel/LibreOffice show it as text. A plain number such as
  "-2" or "+3.5" is left alone: it is data, and no spreadsheet runs it as a formula.
* `mask_secrets` hides passwords in every URL and DSN form before a line is printed or logged.

JSON output is not passed through here: `json.dumps` escapes every C0 control (ESC is written as
\\u001b), and a script reading JSON gets the data as it was; bidi characters pass through there.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["for_spreadsheet", "for_terminal", "mask_secrets"]

# Escape sequences, matched whole so their payload (an OSC 52 clipboard text, a window title) is
# dropped too. A string body stops at the first BEL, ESC or C1 character (a terminator or the next
# introducer), so failed attempts never rescan the same characters: linear on hostile input.
_STRING_BODY = r"[^\x07\x1b\x80-\x9f]*(?:\x07|\x1b\\|\x9c)"  # up to BEL or ST (ESC \ or 8-bit ST)
_ESCAPES = re.compile(
    r"\x1b[\]PX^_]" + _STRING_BODY            # OSC, DCS, SOS, PM, APC (7-bit)
    + r"|[\x9d\x90\x98\x9e\x9f]" + _STRING_BODY  # the same, 8-bit C1 introducers
    + r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"    # CSI: parameters, intermediates, final byte
    + r"|\x1b[ -/]*[0-~]"                     # other escapes: ESC ( B, ESC 7, ESC c, ...
)
_HAS_ESCAPE = re.compile(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")

# Format characters (Unicode category Cf) that are kept: they join, they do not reorder or hide.
_KEPT_FORMAT = frozenset("\u200c\u200d")  # ZWNJ, ZWJ
# Named for the reader; all of them are Cf and dropped by the category rule below.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _clean_char(ch: str, multiline: bool) -> str:
    if ch == "\n" or (ch in _LINE_BREAKS and multiline):
        return "\n" if multiline else " "
    category = unicodedata.category(ch)
    if category == "Cc":
        return " " if ch.isspace() else ""
    if category == "Cf":
        return ch if ch in _KEPT_FORMAT else ""
    if category == "Cs":
        return "\ufffd"
    if category in ("Zl", "Zp"):
        return " "
    return ch


def for_terminal(text: object, *, multiline: bool = False) -> str:
    """`text` without escape sequences, control or bidi/format characters. Whitespace controls become
    one space each; with `multiline`, line breaks (CRLF, CR, LF, U+2028...) become "\\n"."""
    if text is None:
        return ""
    value = text if isinstance(text, str) else str(text)
    if value.isprintable():  # the common case, checked in C: nothing to do
        return value
    if _HAS_ESCAPE.search(value):
        value = _ESCAPES.sub("", value)
    if multiline:
        value = value.replace("\r\n", "\n")
    return "".join(ch if ch.isprintable() or ch == " " else _clean_char(ch, multiline) for ch in value)


_FORMULA_START = frozenset("=+-@")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def for_spreadsheet(cell: object) -> object:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula. Numbers, None and bools
    are returned as they are; a string is cleaned like `for_terminal` (one line) and gets a leading
    ' when it would start a formula (OWASP CSV injection). A plain number in a string ("-2") is kept."""
    if cell is None or isinstance(cell, (bool, int, float)):
        return cell
    raw = cell if isinstance(cell, str) else str(cell)
    starts_with_control = raw[:1] in ("\t", "\r")
    text = for_terminal(raw)
    stripped = text.lstrip()
    if starts_with_control or (stripped[:1] in _FORMULA_START and not _PLAIN_NUMBER.fullmatch(stripped)):
        return "'" + text
    return text


# Passwords in URLs and DSNs, as SQLAlchemy, psycopg, libpq, IMAP and SMTP libraries echo them:
#   scheme://user:PASSWORD@host     ?password=PASSWORD&...     password=PASSWORD (libpq DSN)
#   password='PASS WORD' (quoted DSN value)   "password": "PASSWORD" (a dict/JSON echo)
# Starts only at "://" and stops at the next "/", so it stays linear; greedy to the last "@" of the
# authority, for a password with an unencoded "@" in it.
_URL_USERINFO = re.compile(r"(?P<keep>://[^:/?#@\s]*:)[^\s/]*(?=@)")
_KEY = r"(?:password|passwd|pwd|pass|secret|token)"
_KEY_VALUE = re.compile(
    r"(?P<keep>(?<![A-Za-z0-9])" + _KEY + r"""\s*=\s*)(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&;,'")]+)""",
    re.IGNORECASE)
_QUOTED_KEY = re.compile(r"""(?P<keep>['"]""" + _KEY + r"""['"]\s*:\s*)(?:'[^']*'|"[^"]*"|[^\s,})]+)""",
                         re.IGNORECASE)
MASK = "***"


def mask_secrets(text: object, *known: str | None) -> str:
    """`text` with every password hidden: the `known` secrets (also percent-encoded), the password part
    of any URL, `password=`/`pwd=` values in query strings and DSNs, and "password": "..." pairs."""
    from urllib.parse import quote, quote_plus

    value = text if isinstance(text, str) else str(text)
    for secret in known:
        if secret and len(secret) >= 2:  # a 1-character "password" would mask half the line
            for form in sorted({secret, quote(secret, safe=""), quote_plus(secret)}, key=len, reverse=True):
                value = value.replace(form, MASK)
    value = _URL_USERINFO.sub(lambda m: m.group("keep") + MASK, value)
    value = _KEY_VALUE.sub(lambda m: m.group("keep") + MASK, value)
    return _QUOTED_KEY.sub(lambda m: m.group("keep") + f'"{MASK}"', value)
