"""Turn bytes into text when the declared charset may be missing, unknown or a lie.

Order of trust (see `decode_bytes`):

1. pure ASCII bytes decode as ASCII (or as the declared 7-bit stateful charset, e.g. ISO-2022-JP);
2. bytes that are valid UTF-8 are UTF-8, whatever the header says (a real Latin-1 or GBK text is
   almost never valid UTF-8 by accident);
3. the declared charset (after aliasing: gb2312/gbk -> gb18030, ks_c_5601-1987 -> cp949, ...) when
   its text looks plausible, or when there is too little evidence (a handful of 8-bit
   characters) to call it a lie; binary junk (control bytes) is not scored at all;
4. otherwise a fixed candidate list (gb18030, big5, shift_jis, euc-kr, koi8-r, windows-1251,
   windows-1252) scored by `plausibility`; the declared charset is kept unless a candidate is
   clearly better;
5. latin-1 as the last resort (never fails).

`plausibility` is a cheap heuristic, not a statistical detector: it rewards frequent CJK characters
(GB2312 level 1, Big5 level 1, JIS level 1), kana, KS X 1001 hangul, lower-case Cyrillic and
isolated accented Latin letters, and punishes replacement/control/private-use characters, script
changes inside a word (hangul next to hanzi, Cyrillic glued to Latin, ...), long runs of accented
Latin letters mixed with symbols (typical mojibake) and half-width katakana.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

__all__ = ["FALLBACK_CHARSETS", "decode_bytes", "normalize_charset", "plausibility"]

# Declared name (lower-case) -> Python codec used to decode it. Supersets are used on purpose
# (what browsers do): GB2312/GBK text often contains GBK-only characters, Shift_JIS mail often
# contains Windows-31J extensions, EUC-KR mail often contains UHC (cp949) syllables, and
# "iso-8859-1" mail is nearly always windows-1252 (curly quotes in 0x80-0x9F).
_ALIASES: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "euccn": "gb18030",
    "chinese": "gb18030",
    "gb18030": "gb18030",
    "hz-gb-2312": "hz",
    "big5": "big5hkscs",
    "big-5": "big5hkscs",
    "x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601-1989": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "ksc_5601": "cp949",
    "korean": "cp949",
    "euc-kr": "cp949",
    "euckr": "cp949",
    "x-euc-kr": "cp949",
    "windows-949": "cp949",
    "uhc": "cp949",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-shift_jis": "cp932",
    "ms_kanji": "cp932",
    "csshiftjis": "cp932",
    "windows-31j": "cp932",
    "cp932": "cp932",
    "x-euc-jp": "euc_jp",
    "euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso_8859-1": "windows-1252",
    "iso-8859-1:1987": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "l1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "ansi_x3.4-1968": "windows-1252",
    "us": "windows-1252",
    "ansi": "windows-1252",
    "cp1252": "windows-1252",
    "windows-1252": "windows-1252",
    "x-cp1252": "windows-1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "unicode": "utf-16",
    "ucs-2": "utf-16",
    "iso-10646-ucs-2": "utf-16",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic",
    "koi8r": "koi8_r",
}

_ASCII_NAMES = frozenset({"us-ascii", "ascii", "ansi_x3.4-1968", "us", "646"})

# Names that say "I don't know": treated as no declaration at all (no "lying" defect).
_UNKNOWN = frozenset({"", "unknown", "unknown-8bit", "x-unknown", "default", "none", "charset", "8bit"})

# Codecs Python knows that are not usable charsets for mail text.
_NOT_TEXT = frozenset(
    {
        "undefined",
        "unicode_escape",
        "raw_unicode_escape",
        "unicode_internal",
        "idna",
        "punycode",
        "mbcs",
        "oem",
        "charmap",
        "palmos",
    }
)

# Wide encodings: their bytes are full of NULs and must be tried before anything else.
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# 7-bit stateful encodings: their bytes look like ASCII.
_SEVEN_BIT = frozenset({"iso2022_jp", "iso2022_jp_ext", "iso2022_jp_1", "iso2022_jp_2", "iso2022_kr", "utf-7", "hz"})

# Tried, in this order (ties go to the earlier one), when the declared charset fails or is absent.
FALLBACK_CHARSETS: tuple[str, ...] = (
    "gb18030",
    "big5hkscs",
    "cp932",
    "cp949",
    "koi8_r",
    "windows-1251",
    "windows-1252",
)

GOOD_SCORE = 0.75  # a declared charset whose text scores at least this is accepted as is
SWITCH_MARGIN = 0.35  # a candidate must beat the declared charset by this much to replace it
THIN_EVIDENCE = 8  # fewer telling characters than this cannot overrule a clean declared decode
FLOOR_SCORE = -1.0  # below this, every candidate is garbage: fall back to latin-1
_SAMPLE_BYTES = 3000  # scoring looks at this many bytes only


def _latin1_fill(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: bytes a codec does not define map to the same code point (WHATWG cp1252)."""
    if isinstance(exc, UnicodeDecodeError):
        return exc.object[exc.start : exc.end].decode("latin-1"), exc.end
    raise exc


codecs.register_error("inquiry_triage.latin1", _latin1_fill)


_CHARSET_NAME = re.compile(r"[a-z0-9][a-z0-9_.:+-]*")


@lru_cache(maxsize=512)
def normalize_charset(name: str | None) -> str | None:
    """The Python codec for a declared charset name, or None when absent/unknown/unusable."""
    if not name:
        return None
    n = name.strip().strip("\"'").strip().lower()
    n = n.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*en
    if n and not _CHARSET_NAME.fullmatch(n):  # '"utf-8"s', 'utf-8;', 'utf-8 format=flowed'
        m = _CHARSET_NAME.match(n.lstrip("\"' "))
        n = m.group() if m else ""
    if n in _UNKNOWN:
        return None
    for candidate in (n, n[2:] if n.startswith("3d") else None, n.replace("_", "-"), n.replace(" ", "-")):
        if not candidate:
            continue
        if candidate in _ALIASES:
            return _ALIASES[candidate]
        try:
            info = codecs.lookup(candidate)
        except (LookupError, ValueError):
            continue
        if info.name in _NOT_TEXT or not getattr(info, "_is_text_encoding", True):
            return None
        return _ALIASES.get(info.name, info.name)
    return None


def _display(codec: str) -> str:
    return {"big5hkscs": "big5", "cp932": "shift_jis", "cp949": "euc-kr", "koi8_r": "koi8-r", "iso2022_jp_ext": "iso-2022-jp"}.get(
        codec, codec
    )


def _decode(data: bytes, codec: str, errors: str = "replace") -> str:
    if codec == "windows-1252":
        return data.decode("cp1252", "inquiry_triage.latin1")
    return data.decode(codec, errors)


def _try_utf8(data: bytes) -> str | None:
    """Strict UTF-8, tolerating a multi-byte character cut off at the very end (truncated mail)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = data[: exc.start]
        # Only when the rest is real (non-ASCII) UTF-8: "caf\xe9" is latin-1, not cut-off UTF-8.
        if exc.start >= len(data) - 3 and "end of data" in exc.reason and not head.isascii():
            try:
                return head.decode("utf-8") + "\ufffd"
            except UnicodeDecodeError:
                return None
        return None


# ---------------------------------------------------------------------------------------------
# Plausibility score

_BAD, _HAN, _KANA, _HALFKANA, _HANGUL, _CYR_UP, _CYR_LO, _LATIN, _LETTER, _CJK_PUNCT, _SYMBOL, _BOX, _NEUTRAL = range(13)
_SCRIPT = {_HAN: "cjk", _KANA: "cjk", _HALFKANA: "cjk", _HANGUL: "hangul", _CYR_UP: "cyr", _CYR_LO: "cyr", _LATIN: "latin", _LETTER: "other"}
# Pairs of scripts that do not meet inside a word in real text.
_BAD_PAIRS = frozenset(
    {
        frozenset(p)
        for p in (
            ("cjk", "hangul"),
            ("cjk", "cyr"),
            ("cjk", "latin"),
            ("hangul", "cyr"),
            ("hangul", "latin"),
            ("cyr", "latin"),
            ("cyr", "other"),
            ("latin", "other"),
            ("cjk", "other"),
            ("hangul", "other"),
        )
    }
)

_common_cjk: frozenset[str] | None = None


def _build_common_cjk() -> frozenset[str]:
    """The frequent ideographs/syllables: GB2312 level 1, Big5 level 1, JIS X 0208 level 1, KS X 1001 hangul."""
    chars: set[str] = set()

    def block(codec: str, leads: range, trails: list[int]) -> None:
        raw = bytearray()
        for lead in leads:
            for trail in trails:
                raw += bytes((lead, trail))
        chars.update(c for c in raw.decode(codec, "replace") if c != "\ufffd" and ord(c) > 0x2FFF)

    block("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    block("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    block("shift_jis", range(0x88, 0x99), list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)))
    block("euc_kr", range(0xB0, 0xC9), list(range(0xA1, 0xFF)))
    return frozenset(chars)


_CLASS_CACHE: dict[str, int] = {}


def _classify(ch: str) -> int:
    k = _CLASS_CACHE.get(ch)
    if k is not None:
        return k
    o = ord(ch)
    cat = unicodedata.category(ch)
    if ch == "\ufffd" or cat in ("Cc", "Cn", "Co", "Cs"):
        k = _BAD
    elif 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF:
        k = _HAN
    elif 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF:
        k = _KANA
    elif 0xFF61 <= o <= 0xFF9F:
        k = _HALFKANA
    elif 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        k = _HANGUL
    elif 0x0400 <= o <= 0x04FF:
        k = _CYR_UP if cat == "Lu" else _CYR_LO if cat == "Ll" else _NEUTRAL
    elif 0x2500 <= o <= 0x259F:
        k = _BOX
    elif 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF60 or 0xFFE0 <= o <= 0xFFEF:
        k = _CJK_PUNCT
    elif cat[0] == "L":
        k = _LATIN if (o <= 0x024F or 0x1E00 <= o <= 0x1EFF) else _LETTER
    elif cat in ("So", "Sm", "Sk"):
        k = _SYMBOL
    else:
        k = _NEUTRAL  # punctuation, spaces (NBSP), currency, digits, combining marks
    if len(_CLASS_CACHE) < 100_000:
        _CLASS_CACHE[ch] = k
    return k


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


_BAD_PAIR = {(a, b) for pair in _BAD_PAIRS for a in pair for b in pair if a != b}
_CJK_KINDS = frozenset((_HAN, _KANA, _HANGUL))
_LETTER_KINDS = frozenset(_SCRIPT)
_NO_EVIDENCE = 1.0
_RUN_CACHE: dict[str, tuple[list[int], frozenset[int]]] = {}


def plausibility(text: str, *, max_chars: int = 2000, lenient: bool = False) -> float:
    return _score(text, max_chars=max_chars, lenient=lenient)[0]


def _score(text: str, *, max_chars: int = 2000, lenient: bool = False) -> tuple[float, int, int]:
    """Average score per telling non-ASCII character, roughly in [-10, 2].

    Around 1.0 and above: real text. Below 0.5: probably decoded with the wrong charset.
    Characters that say nothing about the charset (punctuation, spaces, zero-width marks,
    isolated symbols) are not counted; text with no telling character scores 1.0.
    `lenient` drops the "short isolated run" penalty, which only serves to break ties between
    candidates (EUC-KR vs GB, cp1252 "à" vs a one-letter Cyrillic word) and must not make a
    declared charset that reads fine look bad.
    """
    global _common_cjk
    total = 0.0
    scored = 0
    bad = 0
    seen = 0
    n_text = len(text)
    classify = _classify
    for m in _NON_ASCII_RUN.finditer(text):
        run = m.group()
        start, end = m.span()
        n = len(run)
        seen += n
        cached = _RUN_CACHE.get(run) if n <= 8 else None
        if cached is None:
            classes = [classify(c) for c in run]
            kinds = frozenset(classes)
            if n <= 8 and len(_RUN_CACHE) < 50_000:
                _RUN_CACHE[run] = (classes, kinds)
        else:
            classes, kinds = cached
        if kinds <= {_NEUTRAL}:
            if seen >= max_chars:
                break
            continue
        has_cjk = not kinds.isdisjoint(_CJK_KINDS)
        has_letters = not kinds.isdisjoint(_LETTER_KINDS)
        long_latin_run = False
        if _LATIN in kinds and n > 3:
            long_latin_run = sum(1 for k in classes if k == _LATIN or k == _SYMBOL) > 3
        # A short run standing alone between spaces: normal for Korean words (hangul) and Latin
        # accents ("à"), unusual for hanzi (Chinese does not separate words) and rare for a
        # one-letter Cyrillic word inside Latin text. Typical of EUC-KR read as GB, or of
        # cp1252 "à"/"às" read as cp1251/Shift_JIS.
        isolated = (
            not lenient
            and n <= 3
            and (start, end) != (0, n_text)
            and (start == 0 or text[start - 1] in " \t\n\r")
            and (end == n_text or text[end] in " \t\n\r.,;:!?")
        )
        # A single Cyrillic letter touching no other letter: "£130" read as KOI8-R "ё130".
        lone = (
            not lenient
            and n == 1
            and not (start > 0 and text[start - 1].isalpha())
            and not (end < n_text and text[end].isalpha())
        )
        prev_script = None
        prev_kind = None
        for i, k in enumerate(classes):
            if k == _NEUTRAL:
                prev_kind = k
                continue
            scored += 1
            if k == _BAD:
                total -= 10
                bad += 1
            elif k == _HAN or k == _HANGUL:
                if _common_cjk is None:
                    _common_cjk = _build_common_cjk()
                if run[i] not in _common_cjk:
                    total -= 1
                else:
                    total += 0.5 if (isolated and k == _HAN) else 2
            elif k == _LATIN:
                total += -1 if long_latin_run else 1
            elif k == _KANA:
                total += 2
            elif k == _HALFKANA:
                total -= 1
            elif k == _CYR_LO:
                total += 0.5 if lone else 1.5
            elif k == _CYR_UP:
                # Upper case after a lower-case letter inside a word: KOI8-R read as cp1251 or back.
                if lone:
                    total += 0.5
                else:
                    total += -2 if prev_kind == _CYR_LO else (1 if prev_kind != _CYR_UP else 0)
            elif k == _LETTER:
                total += 1
            elif k == _CJK_PUNCT:
                if has_cjk:
                    total += 1
                else:
                    scored -= 1
            elif k == _SYMBOL:
                if has_letters and n > 1:
                    total -= 1
                else:
                    scored -= 1
            elif k == _BOX:
                total -= 1
            script = _SCRIPT.get(k)
            if script is not None:
                if prev_script is not None and (prev_script, script) in _BAD_PAIR:
                    total -= 3
                prev_script = script
            prev_kind = k
        if has_letters:
            # A run glued to ASCII letters: fine for Latin accents, odd for CJK/Cyrillic.
            first = _SCRIPT.get(classes[0])
            if first not in (None, "latin") and start > 0 and text[start - 1].isalpha():
                total -= 2
            last = _SCRIPT.get(classes[-1])
            if last not in (None, "latin") and end < n_text and text[end].isalpha():
                total -= 2
        if seen >= max_chars:
            break
    return (total / scored if scored else _NO_EVIDENCE), scored, bad


# ---------------------------------------------------------------------------------------------


# C0 control bytes other than TAB, LF, VT, FF, CR and ESC: never in real text.
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 11, 12, 13, 27)))
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _sample(data: bytes) -> bytes:
    """Up to _SAMPLE_BYTES starting a little before the first 8-bit byte (everything before it
    is ASCII, so the cut is clean) and ending after an ASCII byte (no half character)."""
    if len(data) <= _SAMPLE_BYTES:
        return data
    m = _HIGH_BYTE.search(data)
    start = max(0, (m.start() if m else 0) - 100)
    sample = data[start : start + _SAMPLE_BYTES]
    if len(sample) == _SAMPLE_BYTES:
        for i in range(len(sample) - 1, max(len(sample) - 64, 0), -1):
            if sample[i] < 0x80:
                return sample[: i + 1]
    return sample


def decode_bytes(data: bytes, declared: str | None = None, *, hint: str | None = None) -> tuple[str, str, str | None]:
    """Decode `data` -> (text, charset used, defect or None).

    `declared` is the charset the MIME header (or a meta tag) claims; `hint` a charset seen
    elsewhere in the same message, tried first among the fallbacks. The defect says when the
    declared charset was unknown or lied, or when undeclared 8-bit text had to be guessed.
    """
    codec = normalize_charset(declared)
    unknown = bool(declared) and codec is None and declared.strip().strip("\"'").lower() not in _UNKNOWN
    unknown_note = f"unknown charset {declared!r}" if unknown else None
    if not data:
        return "", _display(codec or "ascii"), unknown_note

    if codec in _WIDE:
        try:
            return data.decode(codec), codec, None
        except UnicodeDecodeError:
            pass

    if data.isascii():
        if codec in _SEVEN_BIT:
            try:
                return data.decode(codec), _display(codec), None
            except UnicodeDecodeError:
                pass
        if b"\x1b$" in data or b"\x1b(" in data:
            try:
                text = data.decode("iso2022_jp_ext")
            except UnicodeDecodeError:
                pass
            else:
                note = None if codec in _SEVEN_BIT else f"charset: declared {declared!r} but text is iso-2022-jp" if declared else None
                return text, "iso-2022-jp", note
        return data.decode("ascii"), _display(codec or "ascii") if codec else "ascii", unknown_note

    text = _try_utf8(data)
    if text is not None:
        if codec and codec not in ("utf-8", "utf-7"):
            return text, "utf-8", f"charset: declared {declared!r} but text is utf-8"
        note = unknown_note or (None if declared else "charset: none declared, 8-bit text is utf-8")
        return text, "utf-8", note

    sample = _sample(data)
    if len(sample.translate(None, _NOT_CONTROL)) * 20 > len(sample):
        # Binary junk labelled as text (or base64 noise in a header): no charset will make it
        # readable, and scoring it is a waste of time.
        if codec:
            return _decode(data, codec), _display(codec), f"charset: binary data declared as {declared!r} text"
        return data.decode("latin-1"), "latin-1", "charset: binary data in text, decoded as latin-1"
    decl_score = float("-inf")
    if codec:
        decl_text = _decode(sample, codec)
        score, scored, bad = _score(decl_text, lenient=True)
        # Accept: plausible text, or too little evidence to call the declaration a lie.
        if score >= GOOD_SCORE or (bad == 0 and scored < THIN_EVIDENCE and score >= 0):
            note = None
            if declared and declared.strip().strip("\"'").lower() in _ASCII_NAMES:
                note = f"charset: declared {declared!r} but text has 8-bit bytes, read as {_display(codec)}"
            return _decode(data, codec), _display(codec), note
        decl_score = plausibility(decl_text)

    best_codec, best_score = None, float("-inf")
    tried = {codec, "utf-8"}
    hint_codec = normalize_charset(hint)
    for cand in (hint_codec, *FALLBACK_CHARSETS):
        if cand is None or cand in tried or cand in _WIDE or cand in _SEVEN_BIT:
            continue
        tried.add(cand)
        score = plausibility(_decode(sample, cand))
        # Ties go to the earlier candidate, except that text with nothing telling (a lone
        # "\xa9" or "\xa0") is read as windows-1252, by far the most common 8-bit charset.
        if score > best_score or (score == best_score == _NO_EVIDENCE and cand == "windows-1252"):
            best_codec, best_score = cand, score

    if codec and decl_score > FLOOR_SCORE and not (best_score > decl_score + SWITCH_MARGIN):
        note = None
        if declared and declared.strip().strip("\"'").lower() in _ASCII_NAMES:
            note = f"charset: declared {declared!r} but text has 8-bit bytes, read as {_display(codec)}"
        return _decode(data, codec), _display(codec), note
    if best_codec is None or best_score <= FLOOR_SCORE:
        what = f"declared {declared!r} unusable" if declared else "none declared"
        return data.decode("latin-1"), "latin-1", f"charset: {what}, no plausible charset, decoded as latin-1"
    shown = _display(best_codec)
    if unknown:
        note = f"charset: unknown {declared!r}, text is {shown}"
    elif declared:
        note = f"charset: declared {declared!r} but text is {shown}"
    else:
        note = f"charset: none declared, 8-bit text guessed as {shown}"
    return _decode(data, best_codec), shown, note
