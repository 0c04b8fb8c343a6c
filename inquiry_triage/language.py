"""Which language a buyer wrote in, whether it is a minor language, and whether it is mixed with English.

The statistics are langdetect's bundled n-gram profiles, loaded into a private
`DetectorFactory` with only the configured languages (the global factory is never touched).
On top of them:

* Unicode-script gating: the script a text is written in decides the candidate languages
  (Hangul => ko, kana => ja, Han only => zh, Greek => el, ...). Inside a script family with several
  configured languages (Latin, Cyrillic, Arabic, ...) the n-gram model decides, helped by soft
  priors for letters only one candidate language uses (ñ for es, і/ї/є/ґ for uk, پ/چ/ژ/گ for fa ...).
* Exact scoring: langdetect's Detector samples n-grams at random until one language passes
  0.99999, which is noisy on short texts even when seeded. Here every n-gram is scored once with
  the same model (naive Bayes; lighter smoothing than langdetect's and letter triples weighing more
  than single letters, which helps two-word texts): no sampling, so deterministic without needing
  a seed, and fast thanks to a per-word cache.
* Case folding: profiles are folded to lower case and text is lower-cased, so "HELLO" and
  "Hello" count like "hello"; all-capital tokens inside normal text (FOB, MOQ, USD) are skipped,
  as langdetect's own training did. Quoted lines ("> ...") are someone else's words: skipped, and
  so are legal-notice paragraphs (disclaimers), which are company boilerplate.
* A word lexicon (data/language_words.toml, written by hand): function words, greetings and thanks,
  inquiry words per language add log-odds to texts up to 400 letters, so "Hola", "Merci" or "Bom dia,
  preciso de 200 unidades" are decided by what the words are, not by letter statistics alone. The
  sender's country (declared or IP) can add a soft prior (`detect(..., countries=, country_weight=)`).
* Abstention ("und" with `reason`) only when a text says nothing about a language: no letters, too
  few, product codes and acronyms only, or two or three capitalised words no lexicon knows (a name).

Mixed texts: each line is scored on its own (the scores add up to the whole text's, so this costs
no second pass). A line of >= 20 letters gets its own language; in Latin script a language other
than English must beat English clearly, since short English lines of Latinate business words
("Price list request") often score as French or Italian. The text is *mixed* when English and one
minor language each cover >= 15 % of the identified letters (the minor side >= 40 letters), e.g.
a Russian paragraph and an English one; or when one of the top three lines is a short greeting in
a minor language ("Hola amigo,": another script, or a salutation from `_SALUTATIONS`; "Dear
Señor Pérez," stays English) over an English body. When mixed, the primary `language` is the
minor language, whatever has more letters: it is the buyer's own and the one to greet them in.
A one-line text of up to 200 letters (a chat line) is mixed when English words of the lexicon's [mixing]
list stand beside the minor language's own ("pwede po ba ng sample?", "necesito price list please"; a word
counts only where its letter n-grams are more English than the line's language), or when a minor salutation
opens an English line ("Bonjour, can you send me the catalogue?").

Romanised languages: a short Latin text (up to 400 letters) carried by the words of a language written in
another script ([romanised] in the lexicon: Hindi "mujhe", "chahiye", "kitna", "hai") is that language,
mixed when English words stand beside them ("bhai price kitna hai for 500 pcs?" is Hindi mixed with English).

Start-up: folding the 24 profiles into the score table takes about a second, so the table (and the
parsed lexicon) is kept in a per-user cache ($XDG_CACHE_HOME or ~/.cache, inquiry-triage/
language-*.marshal): the same floats in marshal form (~4 MB, read in ~20 ms; the newest 8 such files
are kept). Its name is a hash of everything the tables are built from: the profile files, the lexicon,
this module, langdetect's normalisation code and the Python version. When the cache cannot be read
or written, the tables are built in memory as before. (Loading only the profiles a text needs would
change results: an n-gram seen in any configured profile adds the unseen floor to the others.)
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import time
import tomllib
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field, fields
from functools import lru_cache
from itertools import repeat
from operator import add, itemgetter
from pathlib import Path

import langdetect
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.utils.lang_profile import LangProfile
from langdetect.utils.ngram import NGram

from . import user_cache

__all__ = ["UNDETERMINED", "LanguageDetector", "LanguageResult", "available_languages", "evaluate_langid"]

UNDETERMINED = "und"
PROFILES_DIR = Path(langdetect.__file__).resolve().parent / "profiles"
LEXICON_FILE = Path(__file__).resolve().parent / "data" / "language_words.toml"

# Profile files behind a public code: Chinese comes as two varieties, reported as one "zh".
_PROFILE_FILES: dict[str, tuple[str, ...]] = {"zh": ("zh-cn", "zh-tw")}

# Tuning knobs: coarse values set by hand and sanity-checked on the shared corpus, not fitted to it.
_ALPHA = 0.1                    # unseen n-gram mass = alpha / 10000 (langdetect: 0.5; less smoothing
                                # lets a rare-but-seen n-gram count on two-word texts)
# Weight of 1-, 2- and 3-gram log-probabilities: single letters say least about a language, letter
# triples most (a mild tilt; evenly weighted is langdetect's naive Bayes).
_ORDER_WEIGHTS = {1: 0.7, 2: 1.0, 3: 1.3}
_BASE_FREQ = 10_000
_MAX_CHARS = 10_000             # like langdetect: the head of a long text decides
_MIN_LETTERS = 3                # fewer letters than this: "und" (a CJK character counts on its own)
_LINE_LETTERS = 20              # a line needs this many letters to get its own language...
_LINE_MARGIN = 0.5              # ...and a non-English Latin line must beat English by this, per letter
_HEAD_LINES = 3                 # top lines inspected for a greeting (or subject) in a minor language
_HEAD_MAX_LETTERS = 40          # ...they are short
_MIXED_SHARE = 0.15             # share of identified letters each side needs to call a text mixed...
_MIXED_LETTERS = 40             # ...and the minor side this many letters (one stray line is not enough)
_LETTER_PRIOR_CAP = 3           # occurrences of unique letters counted per language (see _UNIQUE_LETTERS)
_TEMPERATURE = 4.0              # softens naive-Bayes scores into usable candidate probabilities
_MIN_PROBABILITY = 0.01
_WORD_CACHE_SIZE = 200_000
_LINE_CACHE_SIZE = 5_000        # lines kept with their evidence: greetings, sign-offs and signatures repeat
_LINE_CACHE_MAX_CHARS = 200     # ...and are short; a long line rarely comes back
_CJK_LETTER_WEIGHT = 4         # Latin letters one Han / kana / Hangul character counts as when choosing the
                                # script (a Chinese text has about a quarter of its English translation's letters)
_LEXICON_MAX_LETTERS = 400      # texts (and lines) up to this long get the word lexicon's log-odds
_UNCONFIGURED_CHARS = 2_000     # characters read for the words of a language that is not configured
_PRIOR_AGAINST_WORDS_LETTERS = 30  # up to this long, a country prior never goes against the lexicon's words
_WORDS_DECIDE_LETTERS = 30      # up to this long, only languages the lexicon knows a word of stay candidates
_CHAT_MAX_LETTERS = 200         # a one-line text this short (a chat line) may mix English into its sentence
_ROMANISED_MIN_WORDS = 2        # distinct romanised words a Latin text needs to be that language...
_ROMANISED_MIN_SHARE = 1 / 3    # ...and this share of its words
_NAME_MAX_WORDS = 3             # 2 to this many capitalised words with no lexicon word: a name, abstain
_MAIL_LOCAL_MAX = 64            # the longest local part langdetect's MAIL_RE matches ([...]{1,64}@)
_DISCLAIMER_MARKERS = 2         # a paragraph with this many legal-notice markers is a disclaimer

# A word: a run of letters between non-word characters, as the lexicon is written (apostrophes
# split "aujourd'hui"); letters glued to digits ("40W", "600X600") are part of a code, not words.
_LEXICON_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
# ASCII's \w characters (letters, digits, "_") kept, every other byte a space: see _lexicon_words.
_ASCII_NOT_WORD = bytes(b if b < 128 and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256))


def _lexicon_words(text: str) -> list[str]:
    """_LEXICON_WORD.findall(text): the runs of word characters that are letters only ("abc" of
    "abc def", nothing of "abc123" or "x_y"). An ASCII text's runs are split out in C, without the
    pattern's look-behind at every character (3-5x faster on a long text)."""
    if text.isascii():
        return [word for word in text.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii").split()
                if word.isalpha()]
    return _LEXICON_WORD.findall(text)
# The same with A-Z folded to a-z: the runs of a lower-cased ASCII text (see _unconfigured_language).
_ASCII_LOWER_WORD = bytes(b + 32 if 65 <= b <= 90 else c for b, c in enumerate(_ASCII_NOT_WORD))
_VOWEL = re.compile(r"[aeiouyAEIOUY]")  # a Latin word with none is a unit or code ("pcs", "mm"), for _romanised
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

# --- scripts -------------------------------------------------------------------------------------
# One tag character per script, so a text translated to tags can be counted with C-speed Counter.
LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI, THAI = "L", "C", "G", "A", "H", "D", "T"
HANGUL, KANA, HAN = "K", "J", "Z"
_CJK = "CJK"  # the family of Han, kana and Hangul: decided by which of the three is present

_SCRIPT_RANGES: list[tuple[int, int, str]] = sorted([
    (0x0041, 0x005A, LATIN), (0x0061, 0x007A, LATIN), (0x00C0, 0x024F, LATIN),
    (0x0370, 0x03FF, GREEK), (0x0400, 0x052F, CYRILLIC), (0x0530, 0x058F, "R"),
    (0x0590, 0x05FF, HEBREW), (0x0600, 0x06FF, ARABIC), (0x0750, 0x077F, ARABIC),
    (0x08A0, 0x08FF, ARABIC), (0x0900, 0x097F, DEVANAGARI), (0x0980, 0x09FF, "B"),
    (0x0A00, 0x0A7F, "P"), (0x0A80, 0x0AFF, "U"), (0x0B80, 0x0BFF, "S"), (0x0C00, 0x0C7F, "E"),
    (0x0C80, 0x0CFF, "N"), (0x0D00, 0x0D7F, "M"), (0x0E00, 0x0E7F, THAI), (0x10A0, 0x10FF, "Y"),
    (0x1100, 0x11FF, HANGUL), (0x1C80, 0x1C8F, CYRILLIC), (0x1E00, 0x1EFF, LATIN),
    (0x1F00, 0x1FFF, GREEK), (0x2C60, 0x2C7F, LATIN), (0x2DE0, 0x2DFF, CYRILLIC),
    (0x2E80, 0x2FDF, HAN), (0x3005, 0x3007, HAN), (0x3040, 0x30FF, KANA), (0x3100, 0x312F, HAN),
    (0x3130, 0x318F, HANGUL), (0x31A0, 0x31BF, HAN), (0x31F0, 0x31FF, KANA), (0x3400, 0x4DBF, HAN),
    (0x4E00, 0x9FFF, HAN), (0xA640, 0xA69F, CYRILLIC), (0xA720, 0xA7FF, LATIN),
    (0xA8E0, 0xA8FF, DEVANAGARI), (0xA960, 0xA97F, HANGUL), (0xAC00, 0xD7FF, HANGUL),
    (0xF900, 0xFAFF, HAN), (0xFB1D, 0xFB4F, HEBREW), (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC), (0xFF21, 0xFF3A, LATIN), (0xFF41, 0xFF5A, LATIN),
    (0xFF66, 0xFF9F, KANA), (0xFFA0, 0xFFDC, HANGUL), (0x20000, 0x2FA1F, HAN),
])
_SCRIPT_STARTS = [start for start, _, _ in _SCRIPT_RANGES]

# The script family of every language langdetect ships a profile for.
_LANGUAGE_FAMILY: dict[str, str] = {code: LATIN for code in (
    "af ca cs cy da de en es et fi fr hr hu id it lt lv nl no pl pt ro sk sl so sq sv sw tl tr vi").split()}
_LANGUAGE_FAMILY.update({
    "ar": ARABIC, "fa": ARABIC, "ur": ARABIC, "bg": CYRILLIC, "mk": CYRILLIC, "ru": CYRILLIC,
    "uk": CYRILLIC, "el": GREEK, "he": HEBREW, "hi": DEVANAGARI, "mr": DEVANAGARI, "ne": DEVANAGARI,
    "th": THAI, "bn": "B", "pa": "P", "gu": "U", "ta": "S", "te": "E", "kn": "N", "ml": "M",
    "ja": _CJK, "ko": _CJK, "zh": _CJK,
})

# Letters that, among the languages langdetect knows, only the given language (and the listed
# others, which disable the entry when configured) writes in everyday text. They add a soft
# log-prior per occurrence, so a Spanish name in an English mail stays English. The Cyrillic and
# Arabic-script ones weigh more: the other language of the pair practically never types them, and
# langdetect's normalisation folds Persian yeh (ی) into Arabic yeh (ي), hiding it from the n-grams.
_UNIQUE_LETTERS: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    ("ñ", "es", 2.0, ()), ("ã", "pt", 2.0, ("vi",)), ("õ", "pt", 2.0, ("vi", "et")),
    ("ß", "de", 2.0, ()), ("ăâ", "ro", 2.0, ("vi", "fr", "pt", "tr")), ("șțţ", "ro", 2.0, ()),
    ("ěřů", "cs", 2.0, ()), ("ň", "cs", 2.0, ("sk",)), ("łńśźż", "pl", 2.0, ()), ("ąę", "pl", 2.0, ("lt",)),
    ("ğı", "tr", 2.0, ()), ("ơư", "vi", 2.0, ()), ("đ", "vi", 2.0, ("hr",)),
    ("іїєґ", "uk", 5.0, ()), ("ыэё", "ru", 5.0, ()), ("ъ", "ru", 5.0, ("bg",)),
    ("پچژگکی", "fa", 6.0, ("ur",)), ("ةىكي", "ar", 2.0, ()),
)
# Letters every Swedish or Hungarian text of a few words writes. Their n-gram profiles score some English
# product titles and names far above English ("Yoga socks", "Mohammed nisar", "blanket polyester": 13-19
# nats, more than a base rate could take back), so a text (or line) with none of these letters and none of
# the language's lexicon words (Swedish "hej", "och", "vad"; unaccented Hungarian "koszonom", "szallitas") does
# not get that language. Texts over _LEXICON_MAX_LETTERS are not looked up in the lexicon: there the letters
# alone decide (a long Hungarian mail typed without accents reads as another language).
_OWN_LETTERS: dict[str, frozenset[str]] = {"sv": frozenset("åäö"), "hu": frozenset("áéíóöőúüű")}
# Latin look-alikes typed inside Cyrillic words (a keyboard-layout habit, e.g. Ukrainian "вiн").
_CYRILLIC_LOOKALIKES = str.maketrans("aceiopxyACEIOPXYT", "асеіорхуАСЕІОРХУТ")
_MIXED_CYRILLIC_WORD = re.compile(r"\b(?=\w*[а-яёіїєґА-ЯЁІЇЄҐ])(?=\w*[aceiopxyACEIOPXYT])\w+\b")


def _script_tag(ch: str) -> str | None:
    """The script tag of a letter, or None for anything that is not a letter."""
    if not ch.isalpha():
        return None
    cp = ord(ch)
    i = bisect_right(_SCRIPT_STARTS, cp) - 1
    if i >= 0 and cp <= _SCRIPT_RANGES[i][1]:
        return _SCRIPT_RANGES[i][2]
    return "O"


class _LazyTable(dict[int, str | None]):
    """A str.translate table that computes each character's mapping once, on first sight."""

    def __init__(self, fn: Callable[[str], str | None]) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, codepoint: int) -> str | None:
        value = self._fn(chr(codepoint))
        self[codepoint] = value
        return value


_TAGS = _LazyTable(_script_tag)                    # letter -> script tag, non-letter -> deleted
_NORMALIZE = _LazyTable(NGram.normalize)           # langdetect's own character classes
_FAMILY_OF_TAG = {HANGUL: _CJK, KANA: _CJK, HAN: _CJK}


# ASCII letters are Latin and langdetect's normalisation maps every other ASCII character to a space.
_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_FOLD = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 else 32 for b in range(256))
# str.split() also splits at \x1c-\x1f, bytes.split() does not: they become spaces before an ASCII line's
# bytes are split into the tokens LanguageDetector._without_capital_tokens reads (folding makes them spaces anyway).
_ASCII_SPLIT_AS_STR = bytes(32 if 0x1C <= b <= 0x1F else b for b in range(256))


def _normalize_text(text: str) -> str:
    return text.translate(_NORMALIZE)


# --- profiles ------------------------------------------------------------------------------------

def available_languages() -> list[str]:
    """Codes langdetect ships profiles for (zh-cn and zh-tw reported as "zh")."""
    names = {p.name for p in PROFILES_DIR.iterdir() if p.is_file() and not p.name.startswith(".")}
    return sorted({"zh" if n.startswith("zh-") else n for n in names})


@dataclass(frozen=True)
class _Model:
    """Log-probability rows per n-gram for a fixed tuple of languages (column order = languages)."""

    languages: tuple[str, ...]
    rows: dict[str, tuple[float, ...]]


@lru_cache(maxsize=8)
def _load_tables(languages: tuple[str, ...]) -> tuple[_Model, _Lexicon]:
    """The score table and lexicon of a language set: from the per-user cache when it is there and
    current, else built from the profiles (24 of them take about a second) and the lexicon file, and
    cached for the next process."""
    path = _cache_path(languages, _profile_files(languages))
    cached = _read_cache(path, len(languages)) if path is not None else None
    if cached is not None:
        rows, lexicon_fields = cached
        return _Model(languages=languages, rows=rows), _Lexicon(*lexicon_fields)
    rows, lexicon = _build_rows(languages), _load_lexicon(languages)
    if path is not None:
        _write_cache(path, (rows, astuple(lexicon)))
    return _Model(languages=languages, rows=rows), lexicon


def _load_model(languages: tuple[str, ...]) -> _Model:
    return _load_tables(languages)[0]


_CACHE_FORMAT = b"language-tables-2"  # bump when the cached tables' layout changes
_CACHE_KEEP = 8  # language-table files kept (one per configured language set; old versions are dropped)
# langdetect's code that reads profiles and normalises n-grams: a new langdetect means a new table.
_LANGDETECT_SOURCES = ("detector_factory.py", "utils/lang_profile.py", "utils/ngram.py", "utils/messages.py",
                       "utils/messages.properties")


def _profile_files(languages: tuple[str, ...]) -> list[str]:
    return [name for code in languages for name in _PROFILE_FILES.get(code, (code,))]


def _cache_path(languages: tuple[str, ...], files: list[str]) -> Path | None:
    """The cache file for this language set, named by a hash of every input of _build_rows and
    _load_lexicon (None when a source cannot be read: then nothing is cached)."""
    digest = hashlib.sha256(_CACHE_FORMAT)
    digest.update(sys.version.encode())  # marshal's format belongs to the interpreter
    digest.update(" ".join(languages).encode())
    langdetect_dir = PROFILES_DIR.parent
    sources = [Path(__file__).resolve(), LEXICON_FILE, *(langdetect_dir / name for name in _LANGDETECT_SOURCES),
               *(PROFILES_DIR / name for name in files)]
    try:
        for source in sources:
            digest.update(b"\0" + source.name.encode() + b"\0" + source.read_bytes())
        return user_cache.cache_dir() / f"language-{digest.hexdigest()[:32]}.marshal"
    except (OSError, RuntimeError):  # RuntimeError: no home directory to put ~/.cache in
        return None


_CachedTables = tuple[dict[str, tuple[float, ...]], tuple[object, ...]]  # rows, the _Lexicon's fields


def _read_cache(path: Path, width: int) -> _CachedTables | None:
    """The cached tables, or None when missing, unreadable or of another shape (then they are rebuilt)."""
    cached = user_cache.read(path)
    if not (isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], dict)
            and isinstance(cached[1], tuple) and len(cached[1]) == len(fields(_Lexicon))):
        return None
    first = next(iter(cached[0].values()), None)
    return cached if isinstance(first, tuple) and len(first) == width else None


def _write_cache(path: Path, tables: _CachedTables) -> None:
    user_cache.write(path, tables, "language-*.marshal", _CACHE_KEEP)


def _build_rows(languages: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    """Fold the configured profiles into log-probability rows per n-gram (column order = languages)."""
    factory = DetectorFactory()  # private: langdetect's global factory stays untouched
    files = _profile_files(languages)
    for index, name in enumerate(files):
        data = json.loads((PROFILES_DIR / name).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), index, len(files))
    columns = [[files.index(name) for name in _PROFILE_FILES.get(code, (code,))] for code in languages]

    # Fold case: the profile keys keep Wikipedia's capitals, which would make every language's
    # lower-case n-grams differently diluted. Merged varieties (zh-cn/zh-tw) are averaged.
    folded: dict[str, list[float]] = {}
    for gram, probs in factory.word_lang_prob_map.items():
        key = _normalize_text(gram.lower())
        if len(key) != len(gram) or not key.strip():
            continue
        acc = folded.setdefault(key, [0.0] * len(languages))
        for i, cols in enumerate(columns):
            acc[i] += sum(probs[c] for c in cols) / len(cols)

    # One shared float for the (very common) unseen case keeps the table small.
    smoothing = _ALPHA / _BASE_FREQ
    floor = math.log(smoothing)
    floors = {n: weight * floor for n, weight in _ORDER_WEIGHTS.items()}  # one float object per order
    rows = {gram: tuple(_ORDER_WEIGHTS[len(gram)] * math.log(p + smoothing) if p > 0.0 else floors[len(gram)]
                        for p in probs)
            for gram, probs in folded.items()}
    return rows


@dataclass(frozen=True)
class _Lexicon:
    """Per word (or two-word phrase): the log-odds it adds to each language listing it."""

    words: dict[str, dict[str, float]]
    phrases: dict[str, dict[str, float]]
    countries: dict[str, tuple[str, ...]]   # ISO country -> languages its people mostly write
    disclaimer_markers: tuple[str, ...]   # lower case
    base_rates: dict[str, float]   # language -> log-odds added to every decision ([base_rates])
    # Words of a language written in another script when typed in Latin letters ([romanised]):
    # romanised Hindi "mujhe", "chahiye", "kitna" (language -> words).
    romanised: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # English words that say English is mixed into a short text in another language ([mixing] english).
    english: tuple[str, ...] = ()
    # Greetings and forms of address among those words ([romanised_address]): "namaste", "ji", "bhai".
    romanised_address: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Words of languages that are not configured ([unconfigured], read for those only): Finnish "kiitos".
    unconfigured: dict[str, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _read_lexicon(path: Path = LEXICON_FILE) -> dict[str, object]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _load_lexicon(languages: tuple[str, ...]) -> _Lexicon:
    data = _read_lexicon()
    weights = data["weights"]
    words: dict[str, dict[str, float]] = {}
    phrases: dict[str, dict[str, float]] = {}
    for section, weight in (("words", float(weights["word"])), ("greetings", float(weights["greeting"]))):
        for lang, entries in data[section].items():
            if lang not in languages:
                continue
            for entry in entries:
                key = " ".join(_LEXICON_WORD.findall(unicodedata.normalize("NFC", entry).lower()))
                table = phrases if " " in key else words
                bonus = table.setdefault(key, {})
                bonus[lang] = max(bonus.get(lang, 0.0), weight)
    countries: dict[str, tuple[str, ...]] = {}
    for lang, codes in data.get("countries", {}).items():
        if lang in languages:
            for code in codes:
                countries[code.upper()] = countries.get(code.upper(), ()) + (lang,)
    markers = tuple(m.lower() for m in data.get("disclaimer", {}).get("markers", ()))
    base_rates = {lang: float(value) for lang, value in data.get("base_rates", {}).items() if lang in languages}
    romanised = {lang: tuple(sorted({w.lower() for w in entries})) for lang, entries in data.get("romanised", {}).items()
                 if lang in languages and _LANGUAGE_FAMILY.get(lang) != LATIN}
    english = tuple(sorted({w.lower() for w in data.get("mixing", {}).get("english", ())})) if "en" in languages else ()
    address = {lang: tuple(sorted({w.lower() for w in entries})) for lang, entries
               in data.get("romanised_address", {}).items() if lang in romanised}
    unconfigured = {lang: tuple(sorted({w.lower() for w in entries})) for lang, entries
                    in data.get("unconfigured", {}).items() if lang not in languages}
    return _Lexicon(words, phrases, countries, markers, base_rates, romanised, english, address, unconfigured)


# --- results -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LanguageResult:
    """What the detector found in a text.

    `language` is the ISO 639-1 code the buyer writes in, "und" when the text is too short or has
    no letters of a configured language. When `mixed_with_english` is set it is the minor language
    (the buyer's own, the one to greet them in) even where English has more letters, and
    `languages` then holds English and that language with their shares of the identified letters,
    largest first (so the primary language may come second). Otherwise `languages` holds the
    candidates' probabilities, best first, and starts with `language`.
    `segments` are runs of lines in one language, as (language, excerpt), for explanations.
    `reason` says why the language is "und" (empty otherwise).
    """

    language: str
    languages: list[tuple[str, float]]
    minor_language: bool
    mixed_with_english: bool
    segments: list[tuple[str, str]] = field(default_factory=list)
    reason: str = ""


@dataclass
class _Piece:
    """One line's evidence: letters per script tag, summed n-gram scores per script family, and the
    lexicon's log-odds per language (filled on first use, see LanguageDetector._lexicon_of)."""

    text: str
    letters: dict[str, int]  # a Counter for lines that are not ASCII
    scores: dict[str, list[float]]
    lexicon: dict[str, float] | None = None
    line_language: str | None = None  # LanguageDetector._line_language's answer, once asked

    @property
    def n_letters(self) -> int:
        return sum(self.letters.values())

    @staticmethod
    def combine(pieces: Sequence[_Piece]) -> _Piece:
        """The evidence of the lines together: letters counted and scores summed, line after line
        (the same additions in the same order as adding the lines one by one)."""
        letters: Counter[str] = Counter()
        by_family: dict[str, list[list[float]]] = {}
        for piece in pieces:
            for tag, count in piece.letters.items():
                letters[tag] = letters.get(tag, 0) + count
            for family, vector in piece.scores.items():
                by_family.setdefault(family, []).append(vector)
        scores = {family: _column_sums(vectors) for family, vectors in by_family.items()}
        return _Piece(" ".join(piece.text for piece in pieces), letters, scores)


def _column_sums(vectors: Sequence[Sequence[float]]) -> list[float]:
    """Each column's sum, list(map(sum, zip(*vectors))): the same floats in the same order of additions.
    One or two rows (about a sixth of lines) skip the transposition: sum() adds from 0.0, and 0.0 + x is x
    for every score (no score is -0.0: each is a positive weight times the log of a probability below 1)."""
    if len(vectors) > 2:
        return list(map(sum, zip(*vectors)))
    if len(vectors) == 2:
        return list(map(add, *vectors))
    return list(vectors[0]) if vectors else []


@dataclass(frozen=True)
class _Decision:
    language: str
    probabilities: list[tuple[str, float]]
    scores: dict[str, float]  # log-likelihood + priors per candidate; empty when the script decided


_UNDECIDED = _Decision(UNDETERMINED, [], {})
_SILENT: tuple[str, tuple[float, ...]] = ("", ())  # a word without n-gram evidence (no family)
_UNSEEN = object()  # an n-gram not yet looked up in a family's table (LanguageDetector._family_row)


@lru_cache(maxsize=64)
def _gram_slices(length: int) -> Callable[[str], tuple[str, ...]]:
    """A function giving every 1-, 2- and 3-gram of a string of this length in C, in that order."""
    return itemgetter(*(slice(i, i + n) for n in (1, 2, 3) for i in range(length - n + 1)))


def _grams(padded: str) -> Sequence[str]:
    """The 1-, 2- and 3-grams of a padded word (at least three characters), in that order."""
    if len(padded) <= 64:
        return _gram_slices(len(padded))(padded)
    return [padded[i:i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)]

# Salutations that open a mail. Character n-grams cannot tell a two-word greeting from English
# ("Dear Supplier," scores as French), so a short Latin-script head line only counts as the
# buyer's language when it starts with one of these; an English one rules the line out.
_SALUTATIONS: dict[str, tuple[str, ...]] = {
    "en": ("dear", "hi", "hello", "hey", "hiya", "greetings", "good morning", "good afternoon",
           "good evening", "good day", "morning", "attn", "attention", "to whom", "respected",
           "gentlemen", "sir", "madam", "thanks", "thank you"),
    "es": ("hola", "estimado", "estimada", "estimados", "estimadas", "buenos días", "buenos dias",
           "buenas tardes", "buenas noches", "buenas", "saludos", "apreciado", "apreciada", "querido",
           "querida", "señor", "señora", "señores", "muy señor", "muy señores"),
    "pt": ("olá", "ola", "oi", "prezado", "prezada", "prezados", "prezadas", "bom dia", "boa tarde",
           "boa noite", "caro", "cara", "caros", "exmo", "exma",
           "senhor", "senhora", "senhores"),
    "fr": ("bonjour", "bonsoir", "salut", "cher", "chère", "chers", "chères", "madame", "monsieur",
           "messieurs", "mesdames"),
    "de": ("hallo", "guten tag", "guten morgen", "guten abend", "sehr geehrte", "sehr geehrter",
           "sehr geehrtes", "liebe", "lieber", "grüß gott", "servus", "moin", "grüezi"),
    "it": ("ciao", "buongiorno", "buon giorno", "buonasera", "buona sera", "salve", "gentile",
           "gentili", "egregio", "egregia", "spettabile", "spett", "caro", "cara", "cari"),
    "nl": ("hallo", "hoi", "goedemorgen", "goedemiddag", "goedenavond", "goedendag", "beste", "geachte"),
    "tr": ("merhaba", "selam", "selamlar", "sayın", "iyi günler", "günaydın", "değerli"),
    "pl": ("dzień dobry", "dzien dobry", "witam", "witaj", "szanowny", "szanowna", "szanowni", "cześć"),
    "cs": ("dobrý den", "dobry den", "vážený", "vážená", "vážení", "ahoj", "zdravím"),
    "ro": ("bună ziua", "buna ziua", "bună", "buna", "salut", "stimate", "stimată", "stimata",
           "stimați", "dragă", "draga"),
    "vi": ("xin chào", "xin chao", "chào", "kính gửi", "kinh gui", "kính chào"),
    "id": ("halo", "selamat pagi", "selamat siang", "selamat sore", "selamat malam", "dengan hormat",
           "yth", "kepada yth", "bapak", "ibu"),
    "sw": ("habari", "hujambo", "hamjambo", "shikamoo", "jambo", "mpendwa", "wapendwa", "salamu",
           "ndugu"),
    "tl": ("magandang umaga", "magandang tanghali", "magandang hapon", "magandang gabi",
           "magandang araw", "kumusta", "kamusta", "mahal na", "ginoong", "ginang"),
    "sv": ("hej", "hejsan", "hallå", "god morgon", "god dag", "god eftermiddag", "god kväll", "bästa", "kära"),
    "hu": ("tisztelt", "kedves", "jó napot", "jó reggelt", "jó estét", "üdvözlöm", "üdvözöljük", "szia",
           "sziasztok", "helló"),
    # Bengali script already tells the line from English; listed so a Bengali greeting is named as such.
    "bn": ("নমস্কার", "প্রিয়", "প্রিয়", "আসসালামু আলাইকুম", "শুভেচ্ছা", "শুভ সকাল"),
}
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|wg|rv|enc|tr|sv|vs)\s*:\s*)+", re.IGNORECASE)
# "(As)salamu alaikum" (and salam / salaam aleikum) is the Muslim greeting in every language: Hausa,
# Arabic or Sudanese buyers writing English open with it, so it names no language (not Swahili "salamu").
_NO_LANGUAGE_GREETING = re.compile(r"^(?:as+)?sala+mu?\s+a?l[ae][iy]k")
# A salutation word followed (within two words) by a company word is a company's name, not a greeting:
# "Jambo Trading Ltd,", "Ndugu Sales,". "Hola sales team," / "Bonjour sales department," stay greetings.
_COMPANY_AFTER = (r"(?!(?:\s+[\w&'.-]+){0,2}?\s+(?:ltd|limited|trading|traders|sales|co|company|inc|gmbh|llc"
                  r"|corp|corporation|enterprises?|imports?|exports?|industries|plc|pty)(?![\w-])"
                  r"(?!\s+(?:team|department|dept|manager|office)))")


def _salutation_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?!\w){_COMPANY_AFTER}")


@lru_cache(maxsize=1)
def _salutation_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled on first use (only mixed-language candidates need them), not on every import."""
    return {lang: _salutation_pattern(phrases) for lang, phrases in _SALUTATIONS.items()}


class LanguageDetector:
    """Deterministic language identification restricted to the configured languages.

    Profiles are read once per language set and cached across instances. The scoring is exact
    (no random sampling of n-grams as in langdetect's own Detector), so results are the same for
    every call, instance and `seed`; the seed is kept only as configuration.
    """

    def __init__(self, languages: Sequence[str], minor: Sequence[str], seed: int = 0) -> None:
        codes = tuple(dict.fromkeys(self._canonical(code) for code in languages))
        known = set(available_languages())
        unknown = [code for code in codes if code not in known]
        if not codes or unknown:
            raise ValueError(f"no langdetect profile for: {unknown or 'an empty language list'}")
        minor_codes = frozenset(self._canonical(code) for code in minor)
        if "en" in minor_codes or not minor_codes <= set(codes):
            raise ValueError("minor languages must be configured languages other than English")
        self.languages = codes
        self.minor = minor_codes
        self.seed = seed
        self._model, self._lexicon = _load_tables(codes)
        self._index = {code: i for i, code in enumerate(codes)}
        self._families: dict[str, tuple[str, ...]] = {}
        for code in codes:
            family = _LANGUAGE_FAMILY.get(code, "O")
            self._families[family] = self._families.get(family, ()) + (code,)
        # Scores are kept per script family with that family's languages' columns only (a Latin word's
        # Cyrillic scores are never read): a column's sums are the same floats, for half the work.
        self._columns = {family: tuple(self._index[code] for code in members)
                         for family, members in self._families.items()}
        self._position = {family: {code: i for i, code in enumerate(members)}
                          for family, members in self._families.items()}
        self._unique_letters = self._configured_unique_letters(codes)
        self._own_letters = {code: letters for code, letters in _OWN_LETTERS.items() if code in self._index}
        latin = self._families.get(LATIN, ())
        self._latin_with_english = "en" in latin and len(latin) > 1  # see _head_language
        # English's column among several Latin languages whose priors are never ASCII: see _new_line_language.
        self._latin_english = latin.index("en") if self._latin_with_english and \
            not any(letter.isascii() for letter in self._configured_unique_letters(codes)) else None
        self._unique_letters_not_ascii = not any(letter.isascii() for letter in self._unique_letters)
        self._words: dict[str, tuple[str, tuple[float, ...]]] = {}
        self._pickers: dict[str, Callable[[Sequence[object]], tuple[object, ...]]] = {}
        self._family_rows: dict[str, dict[str, tuple[float, ...] | None]] = {family: {} for family, columns
                                                                             in self._columns.items() if columns}
        # A line's piece depends on the line alone; pieces are read, never changed (but for the
        # answers memoised on them), so a repeated line is scored once.
        self._lines: dict[str, _Piece] = {}
        self._romanised_words = {lang: frozenset(words) for lang, words in self._lexicon.romanised.items()}
        self._english_words = frozenset(self._lexicon.english)
        self._romanised_address = {lang: frozenset(words) for lang, words in self._lexicon.romanised_address.items()}
        self._unconfigured = {lang: frozenset(words) for lang, words in self._lexicon.unconfigured.items()}
        self._ascii_disclaimer_markers = tuple(m for m in self._lexicon.disclaimer_markers if m.isascii())
        # The first two characters of every minor language's salutation (_greeted's patterns match at the start).
        self._minor_greeting_starts = frozenset(phrase[:2] for lang, phrases in _SALUTATIONS.items()
                                                if lang in self.minor for phrase in phrases)

    @staticmethod
    def _canonical(code: str) -> str:
        code = code.strip().lower().replace("_", "-")
        return "zh" if code.startswith("zh") else code

    @staticmethod
    def _configured_unique_letters(codes: tuple[str, ...]) -> dict[str, tuple[str, float]]:
        configured = set(codes)
        return {letter: (lang, weight) for letters, lang, weight, shared in _UNIQUE_LETTERS
                if lang in configured and not configured.intersection(shared) for letter in letters}

    # --- public API ---

    def detect(self, text: str, countries: Sequence[str] = (), country_weight: float = 0.0) -> LanguageResult:
        """The language of `text`. `countries` (ISO codes: declared, IP) add `country_weight` nats to
        the languages their people mostly write: a tie-breaker for a word or two, never decisive alone."""
        return self._analyse(text, explain=True, priors=self._country_priors(countries, country_weight))

    def detect_code(self, text: str, countries: Sequence[str] = (), country_weight: float = 0.0) -> str:
        """The code `detect(text).language` gives, without building the explanation segments."""
        return self._analyse(text, explain=False, priors=self._country_priors(countries, country_weight)).language

    def _country_priors(self, countries: Sequence[str], weight: float) -> dict[str, float]:
        priors: dict[str, float] = {}
        if weight:
            for country in countries:
                for lang in self._lexicon.countries.get(country.upper(), ()):
                    priors[lang] = weight
        return priors

    # --- evidence ---

    def _word(self, word: str) -> tuple[str, tuple[float, ...]]:
        """Script family and summed n-gram scores of one normalized word, _SILENT when it has none
        (cached: words repeat)."""
        cached = self._words.get(word)
        if cached is not None:
            return cached
        tags = word.translate(_TAGS)
        result = _SILENT
        if tags:
            family = _FAMILY_OF_TAG.get(tags[0], tags[0])
            grams = _grams(f" {word} ")
            # One lookup per n-gram, in the order 1-, 2-, 3-grams (the sums below add in that order).
            table = self._family_rows.get(family)
            if table is None:  # a family none of the configured languages writes: no columns to keep
                if any(map(self._model.rows.get, grams)):
                    result = (family, ())
            else:
                rows = list(map(table.get, grams, repeat(_UNSEEN)))
                if _UNSEEN in rows:
                    rows = [self._family_row(table, family, gram) if row is _UNSEEN else row
                            for gram, row in zip(grams, rows)]
                found = list(filter(None, rows))
                if found:
                    # zip(*rows) sums each language's column in C rather than a Python loop per n-gram.
                    result = (family, tuple(map(sum, zip(*found))))
        if len(word) <= 30:  # long unspaced CJK runs rarely repeat: not worth caching
            if len(self._words) >= _WORD_CACHE_SIZE:
                self._words.clear()
            self._words[word] = result
        return result

    def _family_row(self, table: dict[str, tuple[float, ...] | None], family: str, gram: str) -> tuple[float, ...] | None:
        """The family's columns of the n-gram's row (None: the n-gram has none), kept in `table` (only
        the family's columns are summed: a Latin word's Cyrillic scores are never read). Filled on an
        n-gram's first sight rather than for every n-gram when the detector is built."""
        row = self._model.rows.get(gram)
        picked = table[gram] = None if row is None else self._pick_columns(family)(row)
        return picked

    def _pick_columns(self, family: str) -> Callable[[Sequence[object]], tuple[object, ...]]:
        """A function that keeps the family's columns of a sequence with one item per language, in order."""
        pick = self._pickers.get(family)
        if pick is None:
            columns = self._columns.get(family, ())
            pick = self._pickers[family] = (itemgetter(*columns) if len(columns) > 1 else
                                           lambda row, columns=columns: tuple(row[i] for i in columns))
        return pick

    def _piece(self, line: str) -> _Piece:
        piece = self._lines.get(line)
        if piece is None:
            piece = self._new_piece(line)
            if len(line) <= _LINE_CACHE_MAX_CHARS:
                if len(self._lines) >= _LINE_CACHE_SIZE:
                    self._lines.clear()
                self._lines[line] = piece
        return piece

    def _new_piece(self, line: str) -> _Piece:
        text = line
        if line.isascii():
            # Every letter is Latin and langdetect's normalisation keeps only letters: bytes.translate
            # counts and folds them in C (the same as _TAGS and _normalize_text on these characters).
            data = line.encode("ascii")
            n_letters = len(data.translate(None, _ASCII_NOT_LETTERS))
            letters: dict[str, int] = {LATIN: n_letters} if n_letters else {}
            if data != data.lower() and not data.isupper():  # as in _without_capital_tokens, on bytes
                # (bytes.isupper: a capital and no small letter; the line is folded and split after: the same words).
                # About twice as fast as one regex scan dropping the tokens.
                data = b" ".join([token for token in data.translate(_ASCII_SPLIT_AS_STR).split()
                                  if len(token) < 2 or not token.isupper()])
            words = data.translate(_ASCII_FOLD).decode("ascii").split()
        else:
            letters = Counter(line.translate(_TAGS))
            if letters.get(CYRILLIC) and letters.get(LATIN):
                line = _MIXED_CYRILLIC_WORD.sub(lambda m: m.group().translate(_CYRILLIC_LOOKALIKES), line)
                letters = Counter(line.translate(_TAGS))
            line = self._without_capital_tokens(line)
            words = _normalize_text(line.lower()).split()
        found = list(map(self._words.get, words))  # the cache in C: most words were seen before
        if None in found:
            found = [self._word(word) if hit is None else hit for word, hit in zip(words, found)]
        if text.isascii():  # every word with evidence is Latin
            vectors = [vector for family, vector in found if family]
            scores = {LATIN: _column_sums(vectors)} if vectors else {}
        else:
            by_family: dict[str, list[tuple[float, ...]]] = {}
            for family, vector in found:
                if family:
                    by_family.setdefault(family, []).append(vector)
            scores = {family: _column_sums(vectors) for family, vectors in by_family.items()}
        return _Piece(text, letters, scores)

    @staticmethod
    def _without_capital_tokens(line: str) -> str:
        """All-capital tokens in ordinary text are acronyms or shouted names (FOB, USD, SGS): no language
        evidence, and langdetect's profiles were trained without them. An all-capital line stays."""
        if line != line.lower() and not line.isupper():
            return " ".join([tok for tok in line.split() if len(tok) < 2 or not tok.isupper()])
        return line

    def _pieces(self, text: str) -> list[_Piece]:
        text = unicodedata.normalize("NFC", text[:_MAX_CHARS])  # decomposed accents => profile letters
        if "http" in text:  # langdetect's URL pattern starts with it (case-sensitive)...
            text = Detector.URL_RE.sub(" ", text)
        at = text.find("@")
        if at >= 0:  # ...and its e-mail pattern needs one: most texts skip both scans
            # A match holds the first "@" after its start, at most 64 characters after it (the pattern
            # has no look-behind), so nothing before `start` can match: the scan starts there (its
            # character-class start otherwise tries every letter of the text before the address).
            start = max(0, at - _MAIL_LOCAL_MAX)
            text = text[:start] + Detector.MAIL_RE.sub(" ", text[start:]) if start else Detector.MAIL_RE.sub(" ", text)
        text = self._without_disclaimers(text)
        lines = [line.strip() for line in text.splitlines()]
        unquoted = [line for line in lines if not line.startswith(">")]
        if any(unquoted):
            lines = unquoted  # quoted earlier mail is someone else's language
        pieces = [self._piece(line) for line in lines if line]
        return [piece for piece in pieces if piece.letters]

    def _without_disclaimers(self, text: str) -> str:
        """The text without paragraphs that are legal notices (see [disclaimer] in the lexicon file),
        unless that would leave nothing: boilerplate does not say what language the buyer writes."""
        if "\n" not in text:
            return text
        lower = text.lower()
        # str.find: C speed; a marker with a letter outside ASCII (empfänger, адресат) is never in an ASCII text
        candidates = self._ascii_disclaimer_markers if lower.isascii() else self._lexicon.disclaimer_markers
        markers = [marker for marker in candidates if marker in lower]
        if len(markers) < _DISCLAIMER_MARKERS:
            return text
        paragraphs = _PARAGRAPH_BREAK.split(text)
        kept = [p for p in paragraphs if sum(marker in p.lower() for marker in markers) < _DISCLAIMER_MARKERS]
        return "\n\n".join(kept) if len(kept) < len(paragraphs) and any(p.strip() for p in kept) else text

    # --- decisions ---

    def _decide(self, piece: _Piece, among: Sequence[str] | None = None,
                priors: dict[str, float] | None = None, lexicon: bool = True, ranked: bool = True) -> _Decision:
        """Script first, n-grams inside the script family; `among` narrows the candidates further.
        `ranked=False`: only the winner and the scores are wanted (no probability list is built)."""
        if len(piece.letters) == 1:  # one script (most lines): it is the family, nothing to weigh or sort
            ((tag, count),) = piece.letters.items()
            family = _FAMILY_OF_TAG.get(tag, tag)
            if family not in self._families:
                return _UNDECIDED
        else:
            family_letters: Counter[str] = Counter()
            for tag, count in piece.letters.items():
                family_letters[_FAMILY_OF_TAG.get(tag, tag)] += count
            if family_letters.get(_CJK) and len(family_letters) > 1:
                # A Han character is a word or morpheme, a Hangul block or kana a syllable: counted as a few
                # letters, so a Chinese paragraph above an English spec line is not outvoted by the spec.
                family_letters[_CJK] *= _CJK_LETTER_WEIGHT
            for family, count in family_letters.most_common():
                if family in self._families:
                    break
            else:
                return _UNDECIDED
        if count < (1 if family == _CJK else _MIN_LETTERS):
            return _UNDECIDED
        candidates = self._families[family]
        if family == _CJK:
            candidates = self._cjk_candidates(piece.letters, candidates)
        if among is not None:
            candidates = tuple(code for code in candidates if code in among) or candidates
        if len(candidates) == 1:
            return _Decision(candidates[0], [(candidates[0], 1.0)], {})
        vector = piece.scores.get(family)
        if not vector:
            return _UNDECIDED
        position = self._position[family]
        scores = {code: vector[position[code]] for code in candidates}
        for code, prior in self._letter_priors(piece.text, candidates).items():
            scores[code] += prior
        for code, prior in self._lexicon.base_rates.items():
            if code in scores:
                scores[code] += prior
        known = self._lexicon_of(piece) if lexicon else {}
        for code, prior in known.items():
            if code in scores:
                scores[code] += prior
        if known and piece.n_letters <= _WORDS_DECIDE_LETTERS and len(scores) > 1 and self._words_carry(piece.text):
            # A short text's letter statistics are a few overlapping n-grams, counted as if independent: in
            # "panel price" they put Italian 12 nats over English, more than one lexicon word weighs. When the
            # lexicon knows half its words, they say more: languages none of whose words it has are left out.
            kept = {code: score for code, score in scores.items() if code in known}
            if kept:
                scores = kept
        if self._own_letters:
            self._without_own_letters(piece.text, scores, known)
        for code, prior in (priors or {}).items():
            # The sender's country tips close n-gram candidates, never against the words: in a short text
            # (a product title) whose words the lexicon knows in other languages ("paper bags" from the
            # Philippines: English "bags") and none in the country's, that language gets no prior. A longer
            # text (a title above a platform's English boilerplate) keeps it.
            if code in scores and (not known or code in known or piece.n_letters > _PRIOR_AGAINST_WORDS_LETTERS):
                scores[code] += prior
        if not ranked:
            clear = _clear_winner(scores)
            if clear is not None:
                return _Decision(clear, [], scores)
        best = max(scores.values())
        # Tempered softmax: raw naive-Bayes posteriors are ~1.0 even for two words.
        weights = {code: math.exp((s - best) / _TEMPERATURE) for code, s in scores.items()}
        total = sum(weights.values())
        order = self._index
        if not ranked:  # the first of the sorted list below, without sorting
            winner = min(((code, w / total) for code, w in weights.items()), key=lambda cp: (-cp[1], order[cp[0]]))
            return _Decision(winner[0], [], scores)
        ranking = sorted(((code, w / total) for code, w in weights.items()), key=lambda cp: (-cp[1], order[cp[0]]))
        probabilities = [(code, round(p, 4)) for code, p in ranking if p >= _MIN_PROBABILITY]
        return _Decision(ranking[0][0], probabilities, scores)

    @staticmethod
    def _cjk_candidates(letters: Counter[str], configured: tuple[str, ...]) -> tuple[str, ...]:
        """Hangul means Korean, kana means Japanese; Han alone is Chinese (if configured)."""
        hangul, kana, han = letters.get(HANGUL, 0), letters.get(KANA, 0), letters.get(HAN, 0)
        total = hangul + kana + han
        if "ko" in configured and hangul >= 0.2 * total:
            return ("ko",)
        if "ja" in configured and kana >= 0.05 * total:
            return ("ja",)
        if "zh" in configured and not hangul and not kana:
            return ("zh",)
        return configured

    def _words_carry(self, text: str) -> bool:
        """Whether the lexicon knows at least half the ordinary words of a short text (acronyms such as
        LED, MOQ, FOB are not counted): then its words, not its few n-grams, say which languages it can be.
        One short word shared by many languages ("i", "a", "je", "den") in a longer line does not."""
        words = [word for word in _lexicon_words(text) if len(word) < 2 or not word.isupper()]
        table = self._lexicon.words
        return bool(words) and 2 * sum(word.lower() in table for word in words) >= len(words)

    def _without_own_letters(self, text: str, scores: dict[str, float], known: dict[str, float]) -> None:
        """Drop from `scores` the languages of _OWN_LETTERS that `text` shows neither by a letter nor by a
        lexicon word (`known`), as long as another candidate is left."""
        lower = None if text.isascii() else set(text.lower())
        for code, letters in self._own_letters.items():
            if code in scores and code not in known and len(scores) > 1 and (lower is None or letters.isdisjoint(lower)):
                del scores[code]

    def _letter_priors(self, text: str, candidates: tuple[str, ...]) -> dict[str, float]:
        """Soft log-priors for letters only one candidate language writes, per occurrence (capped)."""
        if self._unique_letters_not_ascii and text.isascii():
            return {}  # every such letter is outside ASCII
        text = text.lower()
        counts: Counter[str] = Counter()
        weights: dict[str, float] = {}
        for letter in set(text).intersection(self._unique_letters):
            lang, weight = self._unique_letters[letter]
            if lang in candidates:
                counts[lang] += text.count(letter)
                weights[lang] = weight
        return {lang: weights[lang] * min(n, _LETTER_PRIOR_CAP) for lang, n in counts.items()}

    def _lexicon_of(self, piece: _Piece) -> dict[str, float]:
        """The lexicon's log-odds for a text of up to _LEXICON_MAX_LETTERS letters (cached on the piece).
        Longer texts are left to the n-grams: hundreds of letters decide, and the lookup costs time."""
        if piece.lexicon is None:
            piece.lexicon = self._lexicon_priors(piece.text) if piece.n_letters <= _LEXICON_MAX_LETTERS else {}
        return piece.lexicon

    def _lexicon_priors(self, text: str) -> dict[str, float]:
        """Log-odds from known words and greetings (see data/language_words.toml); a language with
        a known word is present even when its weights were 0."""
        words = _lexicon_words(text.lower())
        lexicon_words, phrases = self._lexicon.words, self._lexicon.phrases
        hits = [lexicon_words[w] for w in words if w in lexicon_words]
        if len(words) > 1:
            hits += [phrases[p] for p in map(" ".join, zip(words, words[1:])) if p in phrases]
        priors: dict[str, float] = {}  # a plain dict: the same sums, without a Counter per text
        for found in hits:
            for lang, weight in found.items():
                priors[lang] = priors.get(lang, 0) + weight
        return priors

    # --- whole text and mixed texts ---

    def _analyse(self, text: str, *, explain: bool, priors: dict[str, float] | None = None) -> LanguageResult:
        pieces = self._pieces(text) if text else []
        if not pieces:
            return LanguageResult(UNDETERMINED, [], False, False, [], reason="no letters")
        whole = _Piece.combine(pieces)  # naive-Bayes scores add up: no second pass over the text
        overall = self._decide(whole, priors=priors)
        romanised = self._romanised(whole, overall.language)
        if romanised is not None:
            return self._romanised_result(whole, romanised, explain)
        if overall.language == UNDETERMINED:
            return LanguageResult(UNDETERMINED, [], False, False, [], reason=self._undecided_reason(whole))
        abstain = self._ambiguous(whole, overall) or self._unconfigured_language(whole, overall.language)
        if abstain:
            return LanguageResult(UNDETERMINED, overall.probabilities, False, False, [], reason=abstain)

        line_languages = [self._line_language(piece) for piece in pieces] if len(pieces) > 1 else [overall.language]
        mixed = self._mixed(pieces, line_languages)
        if mixed is None and len(pieces) == 1 and whole.n_letters <= _CHAT_MAX_LETTERS:
            mixed = self._mixed_in_sentence(whole, pieces, overall.language)
        if mixed is not None:
            language, languages, line_languages = mixed
        else:
            language, languages = overall.language, overall.probabilities
        segments = self._segments(pieces, line_languages) if explain else []
        return LanguageResult(language=language, languages=languages, minor_language=language in self.minor,
                              mixed_with_english=mixed is not None, segments=segments)

    def _romanised(self, whole: _Piece, decided: str) -> str | None:
        """A language of another script typed in Latin letters, when its words carry a short text:
        "mujhe sample chahiye jaldi" is Hindi (with English), whatever the Latin n-grams say. It needs
        _ROMANISED_MIN_WORDS distinct such words making _ROMANISED_MIN_SHARE of the words (or of the words
        left without codes, trade terms and names: _romanised_share), and more of
        them than the lexicon words of the Latin language the n-grams chose (other than English)."""
        if not self._romanised_words or whole.n_letters > _LEXICON_MAX_LETTERS or whole.letters.keys() != {LATIN}:
            return None
        words = [word.lower() for word in _lexicon_words(whole.text)]
        distinct = set(words)
        for lang, table in self._romanised_words.items():
            if len(distinct & table) < _ROMANISED_MIN_WORDS:  # most texts: no language's two words
                continue
            found = [w for w in words if w in table]
            if len(found) < _ROMANISED_MIN_SHARE * len(words) and \
                    not self._romanised_share(whole.text, list(_LEXICON_WORD.finditer(whole.text)), lang):
                continue
            if decided not in ("en", UNDETERMINED):
                rival = sum(decided in self._lexicon.words.get(w, ()) for w in words if w not in table)
                if rival >= len(found):
                    continue
            return lang
        return None

    def _romanised_share(self, text: str, spans: list[re.Match[str]], language: str) -> bool:
        """The share again over the words that could be a language's: product codes, units, trade terms and
        names dilute a longer Hinglish line ("bhai price kitna hai for 500 pcs? LED panel 600x600 40W, delivery
        Nhava Sheva, CIF. urgent hai"). Not counted: words with no vowel ("pcs", "mm"; "40W" is no word
        already), all-caps terms ("CIF", "LC", "LED") and capitalised words inside a sentence ("Nhava Sheva",
        also "Kal Road", "Ji Hai Trading"). What is left needs _ROMANISED_MIN_WORDS distinct romanised words
        other than greetings and forms of address ("Namaste ji, I need 500 pcs LED panel, CIF Chennai" is English)."""
        table, address = self._romanised_words[language], self._romanised_address.get(language, frozenset())
        kept = [match.group().lower() for match in spans if _language_word(text, match)]
        found = [word for word in kept if word in table]
        return (len({word for word in found if word not in address}) >= _ROMANISED_MIN_WORDS
                and len(found) >= _ROMANISED_MIN_SHARE * len(kept))

    def _romanised_result(self, whole: _Piece, language: str, explain: bool) -> LanguageResult:
        table = self._romanised_words[language]
        english = self._english_letters(whole.text, language, table)
        minor = language in self.minor
        segments = [(language, _excerpt(whole.text))] if explain else []
        if english and minor and "en" in self._index:
            own = max(sum(len(w) for w in _lexicon_words(whole.text)) - english, 1)
            shares = sorted([("en", round(english / (english + own), 4)), (language, round(own / (english + own), 4))],
                            key=lambda share: -share[1])
            return LanguageResult(language, shares, minor, True, segments)
        return LanguageResult(language, [(language, 1.0)], minor, False, segments)

    def _english_letters(self, text: str, language: str, own: frozenset[str] = frozenset()) -> int:
        """Letters of the English words in a short text in another language ("pwede po ba ng sample?":
        "sample"): words of [mixing] english that the text's language does not list itself and, when it is
        a Latin language, whose letter n-grams score more English than it ("catalogue" in French is French)."""
        english, words = self._english_words, self._lexicon.words
        latin = self._position.get(LATIN, {})
        compare = language in latin and "en" in latin
        letters = 0
        for word in _lexicon_words(text.lower()):
            if word not in english or word in own or language in words.get(word, ()):
                continue
            if compare:
                family, vector = self._word(_normalize_text(word))
                if family != LATIN or vector[latin["en"]] <= vector[latin[language]]:
                    continue
            letters += len(word)
        return letters

    def _mixed_in_sentence(self, whole: _Piece, pieces: list[_Piece], decided: str
                           ) -> tuple[str, list[tuple[str, float]], list[str]] | None:
        """A one-line short text (a chat line) mixing English into a minor language's sentence: "magkano po ang
        shipping?" (English words beside the minor language's), or "Bonjour, can you send me the
        catalogue?" (a minor salutation opening an English line). None otherwise."""
        if "en" not in self._index or not self._english_words:
            return None
        if decided in self.minor:
            english = self._english_letters(whole.text, decided)
            if not english:
                return None
            chosen = decided
        elif decided == "en" and len(pieces) == 1:
            greeted = self._greeted(pieces[0])
            if not greeted:
                return None
            chosen = self._decide(pieces[0], among=greeted).language if len(greeted) > 1 else greeted[0]
            salutation = _salutation_patterns()[chosen].match(
                _REPLY_PREFIX.sub("", pieces[0].text.lower()).lstrip(" \t\"'«„“¡¿*-"))
            own = sum(map(len, _LEXICON_WORD.findall(salutation.group()))) if salutation else 0
            english = max(whole.n_letters - own, 0)
            if not own or not english:
                return None
        else:
            return None
        own_letters = max(whole.n_letters - english, 1)
        total = english + own_letters
        shares = sorted([("en", round(english / total, 4)), (chosen, round(own_letters / total, 4))],
                        key=lambda share: -share[1])
        return chosen, shares, [chosen] * len(pieces)

    def _undecided_reason(self, whole: _Piece) -> str:
        families = {_FAMILY_OF_TAG.get(tag, tag) for tag in whole.letters}
        if not families & set(self._families):
            return "written in a script none of the configured languages uses"
        return f"too few letters ({whole.n_letters}) to tell a language"

    def _unconfigured_language(self, whole: _Piece, chosen: str) -> str:
        """Why a Latin-script text is in a language that is not configured ([unconfigured] in the lexicon), or "":
        two or more of that language's words, more than the text has words of the language chosen. Only the
        first _UNCONFIGURED_CHARS are read: a buyer's own words come first."""
        if not self._unconfigured or _LANGUAGE_FAMILY.get(chosen) != LATIN:
            return ""
        text = whole.text[:_UNCONFIGURED_CHARS]
        if text.isascii():
            # Most texts have no two words of any such language. The lexicon's words of an ASCII text are some
            # of its lower-cased runs of word characters, so fewer than two runs in a vocabulary settle it,
            # without building (and filtering) the list of words.
            runs = text.encode("ascii").translate(_ASCII_LOWER_WORD).decode("ascii").split()
            if all(len(vocabulary.intersection(runs)) < 2 for vocabulary in self._unconfigured.values()):
                return ""
        words = set(_lexicon_words(text.lower()))
        for lang, vocabulary in self._unconfigured.items():
            theirs = words & vocabulary
            if len(theirs) >= 2:
                ours = sum(1 for word in words if chosen in self._lexicon.words.get(word, ()))
                if len(theirs) > ours:
                    return f"written in a language that is not configured ({lang}: {', '.join(sorted(theirs)[:3])})"
        return ""

    def _ambiguous(self, whole: _Piece, decision: _Decision) -> str:
        """Why a short text decided by n-grams alone says nothing about the writer's language, or "".

        Only texts the scores had to decide (several candidates in the script) are questioned, and
        only when no lexicon word or greeting backs them: a product code or acronyms with no ordinary
        word, or a few capitalised words (a person's or company's name, a product title)."""
        if not decision.scores or len(decision.scores) < 2 or self._lexicon_of(whole):
            return ""  # decided by script (Greek, Thai, kana ...), or a word the lexicon knows backs it
        # Split no further than needed to tell a longer text (a long mail is not split whole for this).
        tokens = whole.text.split(None, 2 * _NAME_MAX_WORDS)
        if len(tokens) > 2 * _NAME_MAX_WORDS:
            return ""
        words = [w for w in _lexicon_words(whole.text) if len(w) >= 2]
        plain = [w for w in words if not w.isupper()]
        if not plain:
            return "no ordinary word: only product codes, numbers or acronyms"
        # One capitalised word is more often a message's first word ("Katalog?") than a name: n-grams decide.
        if 2 <= len(plain) and len(tokens) <= _NAME_MAX_WORDS and all(w[:1].isupper() for w in plain) \
                and not self._letter_priors(whole.text, tuple(decision.scores)):
            return "only capitalised words (a name or product title) and no word any language's lexicon knows"
        return ""

    def _line_language(self, piece: _Piece) -> str:
        """A line's language when it is long and clear enough to count on its own, else "und"."""
        if piece.line_language is None:
            piece.line_language = self._new_line_language(piece)
        return piece.line_language

    def _new_line_language(self, piece: _Piece) -> str:
        n_letters = piece.n_letters
        if n_letters < _LINE_LETTERS:
            return UNDETERMINED
        if self._latin_english is not None and piece.letters.keys() == {LATIN} and piece.text.isascii():
            clear = self._clear_ascii_line_language(piece.scores.get(LATIN), n_letters)
            if clear is not None and clear not in self._own_letters:  # an ASCII line has none of their letters
                return clear
        # Lines of a longer text: the n-grams alone, as the English margin below was set for them.
        decision = self._decide(piece, lexicon=False, ranked=False)
        english = decision.scores.get("en")
        if english is not None and decision.language != "en":
            # Short Latin lines in English often score as French or Italian ("Price list request"):
            # another Latin language must beat English clearly, per letter.
            if decision.scores[decision.language] - english < _LINE_MARGIN * piece.n_letters:
                return UNDETERMINED
        return decision.language

    def _clear_ascii_line_language(self, vector: list[float] | None, n_letters: int) -> str | None:
        """What _decide and the English margin below give an ASCII line (Latin candidates, no letter or
        lexicon priors: the plain n-gram scores) when one language clearly leads; None when it is close
        (then the ranking decides). The same comparisons, without building a decision."""
        if not vector:
            return UNDETERMINED
        best = max(vector)
        if sorted(vector)[-2] >= best - _CLEAR_LEAD:
            return None
        position = vector.index(best)
        english = self._latin_english
        if position != english and best - vector[english] < _LINE_MARGIN * n_letters:
            return UNDETERMINED
        return self._families[LATIN][position]

    def _head_language(self, piece: _Piece) -> str | None:
        """The minor language of a short top line (greeting, subject), if it clearly is one."""
        if piece.n_letters > _HEAD_MAX_LETTERS:
            return None
        greeted = self._greeted(piece)
        if not greeted and self._latin_with_english and piece.letters.keys() == {LATIN}:
            # A Latin-only line is scored against English among others, so only a greeting could make
            # it a minor language's (the decision below would end at "not greeted"): no need to score it.
            return None
        decision = self._decide(piece)
        if decision.language == UNDETERMINED:
            return None
        if "en" not in decision.scores and decision.language != "en":
            # Decided by script (Cyrillic, Greek, CJK ...): that alone says it is not English.
            return decision.language if decision.language in self.minor else None
        if not greeted:
            return None
        return self._decide(piece, among=greeted).language if len(greeted) > 1 else greeted[0]

    def _greeted(self, piece: _Piece) -> list[str]:
        """The minor languages whose salutation opens the line; none when an English one does."""
        line = _REPLY_PREFIX.sub("", piece.text.lower()).lstrip(" \t\"'«„“¡¿*-")
        if line[:2] not in self._minor_greeting_starts:
            return []  # no minor language's salutation starts so (then an English one or none: both [])
        patterns = _salutation_patterns()
        if patterns["en"].match(line) or _NO_LANGUAGE_GREETING.match(line):
            return []
        return [lang for lang, pattern in patterns.items() if lang in self.minor and pattern.match(line)]

    def _mixed(self, pieces: list[_Piece], line_languages: list[str]
               ) -> tuple[str, list[tuple[str, float]], list[str]] | None:
        """When a minor language is mixed with English: that language, the letter shares of the
        two, and the line languages with a greeting line marked. None otherwise."""
        if "en" not in self._index or not self.minor or len(pieces) < 2:
            return None
        letters: Counter[str] = Counter()
        for piece, language in zip(pieces, line_languages):
            if language != UNDETERMINED:
                letters[language] += piece.n_letters
        total = sum(letters.values())
        if not total or letters["en"] < _MIXED_SHARE * total:
            return None
        minors = [(lang, n) for lang, n in letters.most_common() if lang in self.minor]
        if minors and minors[0][1] >= max(_MIXED_SHARE * total, _MIXED_LETTERS):
            chosen, chosen_letters = minors[0]
        elif letters["en"] >= 0.5 * total:
            heads = [self._head_language(piece) for piece in pieces[:_HEAD_LINES]]
            position = next((i for i, head in enumerate(heads) if head is not None), None)
            if position is None:
                return None
            chosen = heads[position]
            line_languages = [chosen if i == position else lang for i, lang in enumerate(line_languages)]
            chosen_letters = sum(p.n_letters for p, lang in zip(pieces, line_languages) if lang == chosen)
        else:
            return None
        pair_total = letters["en"] + chosen_letters
        shares = [("en", round(letters["en"] / pair_total, 4)), (chosen, round(chosen_letters / pair_total, 4))]
        return chosen, sorted(shares, key=lambda share: -share[1]), line_languages

    @staticmethod
    def _segments(pieces: list[_Piece], line_languages: list[str]) -> list[tuple[str, str]]:
        """Runs of lines in one language, as (language, excerpt); unidentified lines join a neighbour."""
        known = [lang for lang in line_languages if lang != UNDETERMINED]
        current = known[0] if known else UNDETERMINED
        runs: list[tuple[str, list[str]]] = []
        for piece, lang in zip(pieces, line_languages):
            current = current if lang == UNDETERMINED else lang
            if runs and runs[-1][0] == current:
                runs[-1][1].append(piece.text)
            else:
                runs.append((current, [piece.text]))
        return [(lang, _excerpt(" ".join(texts))) for lang, texts in runs]


# A score lead this large leaves the runner-up's softmax weight (exp(-lead / _TEMPERATURE)) far from
# the leader's 1.0, so the ranking below cannot tie them: the leader wins without computing it.
_CLEAR_LEAD = 1e-6


def _clear_winner(scores: dict[str, float]) -> str | None:
    """The candidate whose score leads every other by _CLEAR_LEAD, else None (then rank them all)."""
    leader, best, second = None, -math.inf, -math.inf
    for code, score in scores.items():
        if score > best:
            leader, best, second = code, score, best
        elif score > second:
            second = score
    return leader if second < best - _CLEAR_LEAD else None


def _language_word(text: str, match: re.Match[str]) -> bool:
    """Whether a word of a text could be a word of some language for _romanised's share: not a unit or
    code with no vowel ("pcs", "mm", "kg"), not an all-caps term ("CIF", "FOB", "LC", "LED") and not a
    capitalised name inside a sentence ("Nhava Sheva", "Chennai"; a sentence's first word counts)."""
    word = match.group()
    if len(word) == 1:
        return True  # "I", "a"
    if not _VOWEL.search(word) or word.isupper():
        return False
    if word[0].isupper():
        at = match.start() - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        return at < 0 or text[at] in ".!?:;\n\r"
    return True


def _excerpt(text: str, limit: int = 80) -> str:
    if len(text) > 4 * limit:
        # The words of a text's head, joined, begin its words joined: when they already run past the limit,
        # they give the same excerpt without splitting a long run of lines whole.
        head = " ".join(text[:4 * limit].split())
        if len(head) > limit:
            return head[:limit - 1] + "…"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- evaluation ----------------------------------------------------------------------------------

GRANULARITIES = ("sentences", "word-pairs", "single-words")


def evaluate_langid(corpus_dir: Path, detector: LanguageDetector) -> dict[str, dict[str, object]]:
    """Accuracy of `detector.detect_code` on a corpus laid out as <granularity>/<iso>.txt.

    `corpus_dir` is the langid folder or its parent. Per granularity: accuracy and line count
    per language, the mean over languages, the most frequent wrong answers, and the time per
    call. Files for languages the detector is not configured for are listed under "skipped".
    single-words is informational: a lone word is often valid in several languages.
    """
    corpus_dir = Path(corpus_dir)
    if (corpus_dir / "langid").is_dir():
        corpus_dir = corpus_dir / "langid"
    report: dict[str, dict[str, object]] = {}
    for granularity in GRANULARITIES:
        folder = corpus_dir / granularity
        if not folder.is_dir():
            continue
        accuracy: dict[str, float] = {}
        counts: dict[str, int] = {}
        confusions: dict[str, dict[str, int]] = {}
        skipped: list[str] = []
        elapsed, calls = 0.0, 0
        for path in sorted(folder.glob("*.txt")):
            expected = detector._canonical(path.stem)
            if expected not in detector.languages:
                skipped.append(path.stem)
                continue
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            wrong: Counter[str] = Counter()
            start = time.perf_counter()
            for line in lines:
                got = detector.detect_code(line)
                if got != expected:
                    wrong[got] += 1
            elapsed += time.perf_counter() - start
            calls += len(lines)
            counts[expected] = len(lines)
            accuracy[expected] = 1.0 - sum(wrong.values()) / len(lines) if lines else 0.0
            confusions[expected] = dict(wrong.most_common(5))
        report[granularity] = {
            "accuracy": accuracy,
            "lines": counts,
            "mean": sum(accuracy.values()) / len(accuracy) if accuracy else 0.0,
            "confusions": confusions,
            "ms_per_call": 1000.0 * elapsed / calls if calls else 0.0,
            "skipped": skipped,
        }
    return report
