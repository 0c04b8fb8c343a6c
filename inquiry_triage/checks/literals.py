"""Where a rule's pattern can match, read from its parse tree: a prefilter that never changes a result.

Most texts cannot match most rules, and the regex engine is slow to find that out: a pattern that
starts with `\\b(?:transfer|remit|...)` has no literal prefix to scan for, so it tries its alternatives
at every character. From each pattern this module derives, once, at load time:

* **needs**: clauses of literals; every match contains one literal of each clause. When one clause
  has no literal in the text, there is no match, and the pattern never runs.
* **starts**: the literals a match begins with (or "at a line start"), when every match begins with
  one. The pattern then runs only where they occur, in order: `pattern.match(text, pos)` at each, and
  the first success is exactly the match `pattern.search(text)` returns, since `search` returns the
  match of the leftmost position at which an attempt succeeds and no other position can succeed.

Literal tests are cheap because the analysis keeps what the pattern says about word boundaries: a
literal with `\\b` (or a non-word character) on both sides is a whole word of the text, which is one
lookup in the text's set of words; with a boundary on the left only, a prefix of some word (a binary
search in the sorted words); otherwise a substring (`str.find`, C speed).

`Plan.search(scan)` is a drop-in for `pattern.search(text)`: same match object, or None.

Conservative by construction: anything the analysis does not understand (a category, a
backreference, a case-insensitive letter, an unbounded product) makes it claim less, never more.
A clause or a start set is only used when every path through the pattern is covered. Work stays
linear: the positions tried are a subset of those `search` would try, and each literal is found
once per text with `str.find`.
"""

from __future__ import annotations

import bisect
import heapq
import operator
import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass
from functools import lru_cache

import _sre  # the regex engine's own case tables: which characters a case-insensitive pattern folds

# A pattern's compiled program and the Pattern rebuilt from it live in programs.py (one place for every
# module that keeps its programs in the per-user cache); re-exported for rules.py, prefilter.py and tests.
from ..programs import Code, code_of, from_code  # noqa: F401

# Symbols that stand for something other than a character in the strings the analysis builds.
_BOUNDARY = "\x00"  # a word boundary (zero width)
_GAP = "\x01"  # one or more characters, none of them a word character (\s+, \W*, [ ,.]+ ...)
_LINE = "\x02"  # the start of a line (^ under MULTILINE; zero width)
_MARKERS = frozenset(_BOUNDARY + _GAP + _LINE)

_MAX_STRINGS = 128  # strings a node's analysis may hold before it gives up on exactness
_MAX_UNION = 2048  # beginnings or clause strings of all alternatives together (they only become tests)
_MAX_CLASS = 8  # a character class of up to this many members is spelled out
_MAX_REPEAT = 3  # {n} repeats of a known string spelled out
_MAX_CLAUSES = 6  # clauses kept per rule, the most selective first
_HEAD = 4  # a word-prefix test this long or longer first looks up the word's first characters
_HEAD_OF = operator.itemgetter(slice(None, _HEAD))

_WORD_CHAR = re.compile(r"\w")
# The words of a text, as \b sees them (the same engine, the same Unicode definition of \w).
_WORDS = re.compile(r"\w+")
_ASCII_NOT_WORD = bytes(b if b < 128 and _WORDS.fullmatch(chr(b)) else 32 for b in range(256))  # -> space

_NON_WORD_CATEGORIES = frozenset({sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE, sre.CATEGORY_NOT_WORD,
                                  sre.CATEGORY_UNI_NOT_WORD, sre.CATEGORY_LINEBREAK, sre.CATEGORY_UNI_LINEBREAK})
_BOUNDARIES = (sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY)
_LINE_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)  # ^ (line start under MULTILINE), \A


def _is_word(ch: str) -> bool:
    return bool(_WORD_CHAR.match(ch))


# --- analysis of a parse tree -------------------------------------------------------------------

@dataclass(frozen=True)
class _Info:
    """What one node of a pattern can match.

    exact: every string it can match (characters and markers), or None when there are too many.
    first: strings one of which begins every non-empty match (each holds a character), or None.
    nullable: it may match the empty string (True when unsure: that only widens `first`).
    needs: clauses (sets of strings): every match contains one string of each clause.
    """

    exact: frozenset[str] | None = None
    first: frozenset[str] | None = None
    nullable: bool = True
    needs: tuple[frozenset[str], ...] = ()


_UNKNOWN = _Info()
_EMPTY = frozenset({""})


def _has_char(text: str) -> bool:
    return any(ch not in _MARKERS for ch in text)


def _squash(text: str) -> str:
    """Adjacent gaps are one gap; a boundary next to a gap says nothing more."""
    while _GAP + _GAP in text:
        text = text.replace(_GAP + _GAP, _GAP)
    return text


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    if left is None or right is None or len(left) * len(right) > 4 * _MAX_STRINGS:
        return None
    out = frozenset(_squash(a + b) for a in left for b in right)
    return out if len(out) <= _MAX_STRINGS else None


def _exact(strings: frozenset[str]) -> _Info:
    first = frozenset(s for s in strings if _has_char(s))
    nullable = len(first) < len(strings)
    needs = (strings,) if not nullable and all(_useful(s) for s in strings) else ()
    return _Info(exact=strings, first=first, nullable=nullable, needs=needs)


def _useful(text: str) -> bool:
    return any(ch not in _MARKERS for ch in text)


# --- case folding -------------------------------------------------------------------------------
# A case-insensitive pattern run on the text as it is (not lower-cased) still has literals: in the
# text folded by `fold`, every match holds them folded. The engine matches a text character t to a
# case-insensitive literal l when lower(t) == lower(l) or lower(t) is one of lower(l)'s extra cases
# (re._casefix: "s" and long "ſ", the Greek symbol variants ...); `fold` lower-cases and maps each
# such class to one member, so t and l fold alike. Characters keep their length and whether they
# are word characters (tests/checks/test_case_folding.py checks every code point), so positions,
# words and \b read the same in both texts. A class mixing word and non-word characters (the iota
# subscript) is left out: its letters are unknown to the analysis, as before.

def _fold_classes() -> tuple[dict[str, str], frozenset[str]]:
    import re._casefix as casefix  # type: ignore[import-not-found]

    classes: list[set[str]] = []
    for code, others in casefix._EXTRA_CASES.items():
        members = {chr(code), *map(chr, others)}
        for known in [c for c in classes if c & members]:
            members |= known
            classes.remove(known)
        classes.append(members)
    mapping: dict[str, str] = {}
    unsafe: set[str] = set()
    for members in classes:
        if len({_is_word(ch) for ch in members}) > 1:
            unsafe |= members
            continue
        first = min(members)
        mapping.update({ch: first for ch in members if ch != first})
    return mapping, frozenset(unsafe)


_FOLD_MAP, _FOLD_UNSAFE = _fold_classes()


def fold(text: str) -> str:
    """`text` lower-cased as the regex engine compares case-insensitively (same length)."""
    if "\u0130" in text:  # İ: str.lower gives two characters, the engine "i"
        text = text.replace("\u0130", "i")
    text = text.lower()
    for ch, first in _FOLD_MAP.items():
        if ch in text:
            text = text.replace(ch, first)
    return text


class _Analyser:
    def __init__(self, folded: bool = False) -> None:
        # folded: literals are read as they appear in `fold(text)` (for case-insensitive patterns)
        self.folded = folded

    def char(self, code: int, ignore_case: bool) -> str | None:
        """The character a literal stands for, or None when case folding could match others."""
        ch = chr(code)
        if ch in _MARKERS:
            return None
        if self.folded:
            if ignore_case and _sre.unicode_iscased(code) and chr(_sre.unicode_tolower(code)) in _FOLD_UNSAFE:
                return None
            return fold(ch)
        if ignore_case and _sre.unicode_iscased(code):
            return None
        return ch

    def klass(self, items: list, ignore_case: bool) -> _Info:
        chars: set[str] = set()
        spelled = True  # every member is known, one by one
        non_word = True  # no member is a word character
        for op, arg in items:
            if op is sre.LITERAL:
                ch = self.char(arg, ignore_case)
                if ch is None:
                    return _UNKNOWN
                chars.add(ch)
                non_word = non_word and not _is_word(ch)
            elif op is sre.RANGE:
                low, high = arg
                if high - low >= 4096:
                    return _UNKNOWN
                members = [chr(c) for c in range(low, high + 1)]
                if ignore_case and any(_sre.unicode_iscased(ord(c)) for c in members):
                    return _UNKNOWN
                if len(members) > _MAX_CLASS or any(c in _MARKERS for c in members):
                    spelled = False
                else:
                    chars.update(map(fold, members) if self.folded else members)
                non_word = non_word and not any(_is_word(c) for c in members)
            elif op is sre.CATEGORY:
                spelled = False
                non_word = non_word and arg in _NON_WORD_CATEGORIES
            else:  # NEGATE and anything else: members unknown
                return _UNKNOWN
        if spelled and len(chars) <= _MAX_CLASS:
            return _exact(frozenset(chars))
        if non_word:
            return _exact(frozenset({_GAP}))
        return _UNKNOWN

    def node(self, op: object, arg: object, ignore_case: bool) -> _Info:
        if op is sre.LITERAL:
            ch = self.char(arg, ignore_case)  # type: ignore[arg-type]
            return _exact(frozenset({ch})) if ch is not None else _UNKNOWN
        if op is sre.IN:
            return self.klass(arg, ignore_case)  # type: ignore[arg-type]
        if op is sre.AT:
            if arg in _BOUNDARIES:
                return _exact(frozenset({_BOUNDARY}))
            if arg in _LINE_STARTS:  # ^ and \\A: position 0 is a line start too
                return _exact(frozenset({_LINE}))
            return _exact(_EMPTY)
        if op is sre.ASSERT:
            # A lookaround's content is in the text too (before or after the match): its needs hold.
            return _Info(exact=_EMPTY, first=frozenset(), nullable=True, needs=self.seq(list(arg[1]), ignore_case).needs)
        if op is sre.ASSERT_NOT:
            return _exact(_EMPTY)
        if op is sre.SUBPATTERN:
            _group, add, remove, items = arg  # type: ignore[misc]
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            return self.seq(list(items), case)
        if op is sre.ATOMIC_GROUP:
            return self.seq(list(arg), ignore_case)  # type: ignore[arg-type]
        if op is sre.BRANCH:
            return self.branch([self.seq(list(alt), ignore_case) for alt in arg[1]])  # type: ignore[index]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, items = arg  # type: ignore[misc]
            return self.repeat(low, high, self.seq(list(items), ignore_case))
        return _UNKNOWN  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS ...

    @staticmethod
    def branch(alternatives: list[_Info]) -> _Info:
        exact = None
        if all(a.exact is not None for a in alternatives):
            union = frozenset().union(*(a.exact for a in alternatives))  # type: ignore[misc]
            exact = union if len(union) <= _MAX_STRINGS else None
        first = None
        if all(a.first is not None for a in alternatives):
            union = frozenset().union(*(a.first for a in alternatives))  # type: ignore[misc]
            first = union if len(union) <= _MAX_UNION else None
        needs: tuple[frozenset[str], ...] = ()
        chosen = [_best(a.needs) for a in alternatives]
        if all(c is not None for c in chosen):
            union = frozenset().union(*chosen)  # type: ignore[misc]
            needs = (union,) if len(union) <= _MAX_UNION else ()
        nullable = any(a.nullable for a in alternatives)
        if exact is not None:
            return _Info(exact=exact, first=first, nullable=nullable, needs=needs or _exact(exact).needs)
        return _Info(exact=None, first=first, nullable=nullable, needs=needs)

    @staticmethod
    def repeat(low: int, high: int, inner: _Info) -> _Info:
        if inner.exact is not None:
            if inner.exact <= {"", _GAP}:  # \s+, \W*, [ ,]{0,3}: a gap, or nothing
                return _exact(frozenset({_GAP}) if low >= 1 and "" not in inner.exact else frozenset({"", _GAP}))
            if low == high and low <= _MAX_REPEAT:
                spelled: frozenset[str] | None = _EMPTY
                for _ in range(low):
                    spelled = _product(spelled, inner.exact)
                if spelled is not None:
                    return _exact(spelled)
            if low == 0 and high == 1:
                return _exact(inner.exact | _EMPTY)
        if low == 0:
            return _Info(exact=None, first=inner.first, nullable=True, needs=())
        needs = inner.needs
        if inner.exact is not None and 2 <= low <= _MAX_REPEAT:
            # X{2,}: every match holds two X in a row ("\\.{2,}" needs "..", not just ".").
            spelled: frozenset[str] | None = _EMPTY
            for _ in range(low):
                spelled = _product(spelled, inner.exact)
            if spelled is not None and all(_useful(text) for text in spelled):
                needs = needs + (spelled,)
        return _Info(exact=None, first=inner.first, nullable=inner.nullable, needs=needs)

    def seq(self, items: list, ignore_case: bool) -> _Info:
        infos: list[_Info] = []
        spelled = ""  # consecutive known characters make one string: fewer products
        for op, arg in items:
            ch = self.char(arg, ignore_case) if op is sre.LITERAL else None
            if ch is not None:
                spelled += ch
                continue
            if spelled:
                infos.append(_exact(frozenset({spelled})))
                spelled = ""
            infos.append(self.node(op, arg, ignore_case))
        if spelled:
            infos.append(_exact(frozenset({spelled})))
        return _Info(exact=self._seq_exact(infos), first=self._seq_first(infos),
                     nullable=all(i.nullable for i in infos), needs=self._seq_needs(infos))

    @staticmethod
    def _seq_exact(infos: list[_Info]) -> frozenset[str] | None:
        spelled: frozenset[str] | None = _EMPTY
        for info in infos:
            spelled = _product(spelled, info.exact)
            if spelled is None:
                return None
        return spelled

    @staticmethod
    def _seq_first(infos: list[_Info]) -> frozenset[str] | None:
        """Strings one of which begins every non-empty match of the sequence, or None."""
        open_: frozenset[str] = _EMPTY  # prefixes that may still grow with the next node
        closed: set[str] = set()  # prefixes that end inside a node (each holds a character)
        finished = True
        for info in infos:
            if info.exact is not None:
                grown = _product(open_, info.exact)
                if grown is None:
                    finished = False
                    break
                # A beginning whose literal is already cut by a gap or a boundary says all it can:
                # it stops growing (fewer strings, the same start literals).
                done = {s for s in grown if _literal_closed(s)}
                closed |= done
                open_ = grown - done
                if not open_:
                    break
                continue
            grown = _product(open_, info.first)
            if grown is None:  # first unknown, or too many strings
                finished = False
                break
            closed |= grown
            if not info.nullable:
                open_ = frozenset()
                break
        if not finished and any(not _has_char(s) for s in open_):
            return None  # a match may begin with a zero-width prefix and then anything
        # When every node was read, a zero-width string left open is an empty match: not a beginning.
        return frozenset(closed | {s for s in open_ if _has_char(s)})

    @staticmethod
    def _seq_needs(infos: list[_Info]) -> tuple[frozenset[str], ...]:
        clauses: list[frozenset[str]] = []
        run: frozenset[str] | None = _EMPTY
        for info in infos:
            if info.exact is not None:
                grown = _product(run, info.exact)
                if grown is None:
                    _add_clause(clauses, run)
                    grown = info.exact
                run = grown
                continue
            _add_clause(clauses, run)
            if info.first is not None and not info.nullable:
                # What comes before the node, then how the node begins: "\\b" before an alternation
                # makes its words whole-word or prefix tests instead of substrings.
                _add_clause(clauses, _product(run, info.first) if run != _EMPTY else info.first)
            run = _EMPTY
            clauses.extend(info.needs)
        _add_clause(clauses, run)
        return tuple(clauses)


def _literal_closed(text: str) -> bool:
    """A character, then a gap or a boundary after it."""
    seen_char = False
    for ch in text:
        if ch not in _MARKERS:
            seen_char = True
        elif seen_char and ch in (_GAP, _BOUNDARY):
            return True
    return False


def _add_clause(clauses: list[frozenset[str]], strings: frozenset[str] | None) -> None:
    if strings and all(_useful(s) for s in strings):
        clauses.append(strings)


def _best(clauses: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    return min(clauses, key=_clause_cost) if clauses else None


# --- literal tests --------------------------------------------------------------------------------

WORD, PREFIX, SUBSTRING = "word", "prefix", "substring"
# Rough chance that a test passes on an ordinary message, by kind and length: to order clauses and
# pick the most telling literal of a string. Only speed depends on these, never a result.
_WORD_ODDS = {1: 0.9, 2: 0.8, 3: 0.5, 4: 0.35, 5: 0.25, 6: 0.15, 7: 0.1}


def _odds(kind: str, key: str) -> float:
    base = _WORD_ODDS.get(len(key), 0.06)
    return min(1.0, base * {WORD: 1.0, PREFIX: 1.5, SUBSTRING: 2.0}[kind])


@dataclass(frozen=True)
class _Test:
    kind: str
    key: str

    @property
    def odds(self) -> float:
        return _odds(self.kind, self.key)


def _segments(text: str) -> list[tuple[str, bool, bool]]:
    """The runs of characters of an analysis string, each with whether the pattern guarantees a
    non-word character (or the text's edge) right before it and right after it."""
    segments: list[tuple[str, bool, bool]] = []
    current, left = "", False
    for ch in text:
        if ch not in _MARKERS:
            current += ch
            continue
        if current:
            segments.append((current, left, ch in (_BOUNDARY, _GAP)))
            current = ""
        left = True  # after a boundary, a gap or a line start, a word character starts a word
    if current:
        segments.append((current, left, False))  # what follows is not known
    return segments


def _tests_of(text: str) -> list[_Test]:
    """Word tests that one occurrence of `text` (characters and markers) makes true."""
    tests: list[_Test] = []
    for chars, bounded_left, bounded_right in _segments(text):
        runs = [(m.group(), m.start(), m.end()) for m in _WORDS.finditer(chars)]
        if not runs:
            tests.append(_Test(SUBSTRING, chars))
        for word, start, end in runs:
            whole_left = start > 0 or bounded_left  # inside a segment a word run is bounded by non-word characters
            whole_right = end < len(chars) or bounded_right
            if whole_left and whole_right:
                tests.append(_Test(WORD, word))
            elif whole_left:
                tests.append(_Test(PREFIX, word))
            else:
                tests.append(_Test(SUBSTRING, word))
    return tests


@lru_cache(maxsize=65536)
def _best_test(text: str) -> _Test | None:
    tests = _tests_of(text)
    return min(tests, key=lambda t: (t.odds, -len(t.key), t.key)) if tests else None


@lru_cache(maxsize=16384)
def _clause_cost(strings: frozenset[str]) -> float:
    miss = 1.0
    for text in strings:
        test = _best_test(text)
        miss *= 1.0 - (test.odds if test else 1.0)
    return 1.0 - miss


@dataclass(frozen=True)
class _Clause:
    """True when one of its tests passes on the text."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    substrings: tuple[str, ...]

    @property
    def prefix_parts(self) -> tuple[tuple[str, ...], frozenset[str], dict[str, tuple[str, ...]]]:
        """The prefixes shorter than _HEAD, then the others by their first _HEAD characters."""
        found = self.__dict__.get("_prefix_parts")
        if found is None:
            by_head: dict[str, list[str]] = {}
            for prefix in self.prefixes:
                if len(prefix) >= _HEAD:
                    by_head.setdefault(prefix[:_HEAD], []).append(prefix)
            found = (tuple(p for p in self.prefixes if len(p) < _HEAD), frozenset(by_head),
                     {head: tuple(group) for head, group in by_head.items()})
            object.__setattr__(self, "_prefix_parts", found)
        return found


def _clause(strings: frozenset[str]) -> _Clause | None:
    tests = [_best_test(s) for s in strings]
    if any(t is None for t in tests):
        return None
    return _Clause(words=frozenset(t.key for t in tests if t and t.kind == WORD),
                   prefixes=tuple(sorted({t.key for t in tests if t and t.kind == PREFIX})),
                   substrings=tuple(sorted({t.key for t in tests if t and t.kind == SUBSTRING})))


@dataclass(frozen=True)
class _Start:
    """A literal a match may begin with, and the test that must pass for it to occur."""

    literal: str
    test: _Test


# --- one text, scanned lazily -----------------------------------------------------------------------

class Scan:
    """One text and what the literal tests read of it, computed on first use."""

    __slots__ = ("text", "_words", "_sorted", "_folded", "_word_starts", "_heads")

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: frozenset[str] | None = None
        self._sorted: list[str] | None = None
        self._folded: Scan | None = None
        self._word_starts: dict[tuple[str, bool], list[int]] | None = None
        self._heads: frozenset[str] | None = None

    def word_starts(self, literal: str, whole: bool) -> list[int]:
        """Where `literal` occurs at the start of a word (and, when `whole`, ends one), in order;
        listed once per text for every rule that begins with it."""
        if self._word_starts is None:
            self._word_starts = {}
        key = (literal, whole)
        found = self._word_starts.get(key)
        if found is None:
            found = self._word_starts[key] = list(map(_START, _word_start_finder(literal, whole).finditer(self.text)))
        return found

    @property
    def folded(self) -> Scan:
        """The scan of `fold(text)`, where case-insensitive patterns' literals are tested."""
        if self._folded is None:
            self._folded = Scan(fold(self.text))
        return self._folded

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            text = self.text
            # _WORDS' runs: in ASCII text its word characters, split out in C (2x faster than findall)
            self._words = frozenset(text.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii").split()
                                    if text.isascii() else _WORDS.findall(text))
        return self._words

    def has_prefix(self, prefix: str) -> bool:
        if self._sorted is None:
            self._sorted = sorted(self.words)
        i = bisect.bisect_left(self._sorted, prefix)
        return i < len(self._sorted) and self._sorted[i].startswith(prefix)

    def passes(self, test: _Test) -> bool:
        if test.kind == WORD:
            return test.key in self.words
        if test.kind == PREFIX:
            return self.has_prefix(test.key)
        return test.key in self.text

    @property
    def heads(self) -> frozenset[str]:
        """The first _HEAD characters of every word (whole shorter words): one set intersection
        tells which of a clause's longer prefixes can begin a word at all."""
        if self._heads is None:
            self._heads = frozenset(map(_HEAD_OF, self.words))
        return self._heads

    def holds(self, clause: _Clause) -> bool:
        if clause.words and not clause.words.isdisjoint(self.words):
            return True
        text = self.text
        if clause.prefixes:
            short, heads, by_head = clause.prefix_parts
            for prefix in short:
                if prefix in text and self.has_prefix(prefix):  # the substring test first: C speed
                    return True
            if heads:
                for head in heads.intersection(self.heads):
                    for prefix in by_head[head]:
                        if self.has_prefix(prefix):
                            return True
        for sub in clause.substrings:
            if sub in text:
                return True
        return False


# --- a rule's plan ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    """How to search one pattern fast with the same result: `plan.search(scan)`."""

    pattern: re.Pattern[str]
    needs: tuple[_Clause, ...] = ()
    # Clauses of a case-insensitive pattern read in the folded text (when `needs` has none).
    fold_needs: tuple[_Clause, ...] = ()
    starts: tuple[_Start, ...] | None = None  # None: a match can begin anywhere
    at_line_starts: bool = False  # some matches begin at a line start (^ under MULTILINE)
    # The top-level alternatives without start literals, compiled alone: where they first match
    # bounds the positions worth trying (None: every alternative has start literals).
    rest: re.Pattern[str] | None = None
    rest_code: Code | None = None  # how `rest` was compiled, for the per-user cache
    # Scanners (see _first_scanner) that find where the pattern (when `starts` is None) or `rest`
    # first matches, with their compiled forms for the cache; None: searched as they are.
    first: re.Pattern[str] | None = None
    first_code: Code | None = None
    rest_first: re.Pattern[str] | None = None
    rest_first_code: Code | None = None
    fold_starts: bool = False  # `starts` (and line starts) are read in the folded text
    # A class of non-ASCII characters one of which every match holds (see _required_chars), or None.
    chars: re.Pattern[str] | None = None
    chars_code: Code | None = None
    # `[C]{W}` that every match is inside (see _run_code), or None.
    run: re.Pattern[str] | None = None
    run_code: Code | None = None

    def __post_init__(self) -> None:
        # Start literals whose test is a whole word, by that word (one set intersection tells which
        # may occur), and the others (looked for with str.find directly: as cheap as their test).
        by_word: dict[str, list[str]] = {}
        others: list[str] = []
        listed: dict[str, bool] = {}
        for start in self.starts or ():
            if start.test.kind == WORD:
                by_word.setdefault(start.test.key, []).append(start.literal)
            else:
                others.append(start.literal)
            whole = _listed_start(start)
            if whole is not None:
                listed[start.literal] = whole
        object.__setattr__(self, "_by_word", {word: tuple(lits) for word, lits in by_word.items()})
        object.__setattr__(self, "_word_keys", frozenset(by_word))
        object.__setattr__(self, "_others", tuple(others))
        object.__setattr__(self, "_listed", listed)

    def search(self, scan: Scan) -> re.Match[str] | None:
        if not self.possible(scan):
            return None
        return self.search_where_possible(scan)

    def possible(self, scan: Scan) -> bool:
        """False when the text lacks a literal every match needs (the pattern is not even compiled)."""
        if self.chars is not None and not has_chars(self.chars, scan.text):
            return False
        if self.run is not None and self.run.search(scan.text) is None:
            return False
        for clause in self.needs:
            if not scan.holds(clause):
                return False
        if self.fold_needs:
            folded = scan.folded
            for clause in self.fold_needs:
                if not folded.holds(clause):
                    return False
        return True

    def search_where_possible(self, scan: Scan) -> re.Match[str] | None:
        """`search` once `possible(scan)` is known to hold."""
        text = scan.text
        if self.starts is None:
            if self.first is not None:
                begins = self.first.search(text)
                return None if begins is None else self.pattern.match(text, begins.start())
            return self.pattern.search(text)
        limit = len(text) + 1
        if self.rest is not None:
            other = (self.rest_first or self.rest).search(text)
            if other is not None:
                limit = other.start()
        # The candidate positions in order, merged from each literal's next occurrence (found one at
        # a time with str.find: a literal as common as a digit is not listed whole).
        # Each entry: (position, literal, index in the literal's word-start list or -1 when the next
        # occurrence is found with str.find).
        heap: list[tuple[int, str, int]] = [(0, _LINE, -1)] if self.at_line_starts else []
        # Where the start literals are looked for: the text, or its folded twin (same positions).
        where = scan.folded if self.fold_starts else scan
        lits_text = where.text
        literals = list(self._others)  # type: ignore[attr-defined]
        for word in self._word_keys.intersection(where.words):  # type: ignore[attr-defined]
            literals.extend(self._by_word[word])  # type: ignore[attr-defined]
        listed: dict[str, bool] = self._listed  # type: ignore[attr-defined]
        for literal in literals:
            whole = listed.get(literal)
            if whole is not None:
                positions = where.word_starts(literal, whole)
                if positions:
                    heap.append((positions[0], literal, 0))
                continue
            found_at = lits_text.find(literal)
            if found_at >= 0:
                heap.append((found_at, literal, -1))
        heapq.heapify(heap)
        match = self.pattern.match
        last = -1
        while heap:
            position, literal, index = heap[0]
            if position >= limit:
                break
            if position != last:
                found = match(text, position)
                if found is not None:
                    return found
                last = position
            if index >= 0:
                positions = where.word_starts(literal, listed[literal])
                index += 1
                following = positions[index] if index < len(positions) else -1
            elif literal == _LINE:
                following = text.find("\n", position) + 1
            else:
                following = lits_text.find(literal, position + 1)
            if following > 0:
                heapq.heapreplace(heap, (following, literal, index))
            else:
                heapq.heappop(heap)
        if limit <= len(text):
            # One of the other alternatives matches here, so the whole pattern does (its earlier
            # alternatives first, as search would try them).
            return match(text, limit) or self.pattern.search(text)
        return None


def has_chars(chars: re.Pattern[str], text: str) -> bool:
    """Whether `text` holds a character of `chars` (a class with no ASCII member)."""
    return not text.isascii() and chars.search(text) is not None


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")

_START = operator.methodcaller("start")
# Start literals this short are found at word starts only, by a small pattern of their own (C speed,
# listed once per text): str.find would stop at every "i" or digit inside a word, and each such
# stop costs a heap step and a failed match.
_LISTED_MAX_CHARS = 3


def _listed_start(start: _Start) -> bool | None:
    """For a short start literal that every match begins at a word start: whether it must also end
    one (its test is the whole word); None for the others (found with str.find)."""
    literal, test = start.literal, start.test
    if len(literal) > _LISTED_MAX_CHARS or test.kind not in (WORD, PREFIX) or not literal.startswith(test.key):
        return None
    if not test.key or not _is_word(literal[0]):
        return None
    return test.kind == WORD and test.key == literal


@lru_cache(maxsize=1024)
def _word_start_finder(literal: str, whole: bool) -> re.Pattern[str]:
    """`literal` where no word character precedes it (and, when `whole`, none follows). The
    look-behind comes after the first character so that `re` scans for that character at C speed."""
    return re.compile(re.escape(literal[0]) + r"(?<!\w.)" + re.escape(literal[1:]) + (r"(?!\w)" if whole else ""),
                      re.DOTALL)


def plan(pattern: re.Pattern[str]) -> Plan:
    """The plan for one compiled pattern (str patterns; ASCII or LOCALE ones are searched as they are)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return Plan(pattern)
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    alternatives, wrapped = _top_alternatives(list(tree))
    analyser = _Analyser()
    info = analyser.seq(list(tree), ignore_case)
    clauses = _clauses(_with_alternatives(info, analyser, alternatives if wrapped else [], ignore_case))
    fold_clauses: list[_Clause] = []
    if not clauses and (ignore_case or "(?i" in pattern.pattern) and not _BACKREFERENCE.search(pattern.pattern):
        folded = _Analyser(folded=True)
        fold_clauses = _clauses(_with_alternatives(folded.seq(list(tree), ignore_case), folded,
                                                   alternatives if wrapped else [], ignore_case))
    starts, at_lines = _starts(info)
    rest_code = first_code = rest_first_code = None
    backreference = bool(_BACKREFERENCE.search(pattern.pattern))
    # A case-insensitive pattern's start literals are read in the folded text (see `fold`), where
    # they are found as in any text; the pattern itself then runs on the text as it is.
    analysers = [analyser]
    if (ignore_case or "(?i" in pattern.pattern) and not backreference:
        analysers.append(_Analyser(folded=True))
    fold_starts = False
    for reader in analysers:
        if reader is not analyser:
            folded_starts, folded_lines = _starts(reader.seq(list(tree), ignore_case))
            if folded_lines or any(len(start.literal) < 2 for start in folded_starts or ()):
                # `re` tries a `^` pattern at line starts itself, faster than a loop can; a
                # one-character start (a space after `^[ \\t]*`) would stop everywhere.
                break
            starts, fold_starts = folded_starts, folded_starts is not None
        if starts is None and not at_lines and len(alternatives) > 1 and not backreference:
            found = _split(tree, alternatives, reader, ignore_case, pattern.flags, lines_to_rest=reader is not analyser)
            scanner = _first_scanner(found[3], pattern.flags) if found[3] is not None else None
            # An alternation found only by looking past \\b or ^ is split only when what is left
            # is cheap to search: `re` would search the rest about as slowly as the whole.
            if not wrapped or found[2] is None or scanner is not None:
                if reader is not analyser and (found[1] or any(len(start.literal) < 2 for start in found[0] or ())):
                    break
                starts, at_lines, rest_code, rest_first_code = found[0], found[1], found[2], scanner
                fold_starts = reader is not analyser and starts is not None
        if starts is not None or at_lines:
            break
    if starts is None and not at_lines:
        first_code = _first_scanner(tree, pattern.flags)
    return _plan_of(pattern, tuple(clauses), tuple(fold_clauses), starts, at_lines, rest_code, first_code,
                    rest_first_code, fold_starts, _chars_code(tree, pattern.flags), _run_code(tree, pattern.flags))


def _with_alternatives(info: _Info, analyser: _Analyser, alternatives: list, ignore_case: bool) -> _Info:
    """`info` with the needs of the same pattern read as its alternatives with `\\b` moved inside
    (`\\b(?:a|b)\\b` as `\\ba\\b|\\bb\\b`: whole-word tests where the grouped form gives substrings)."""
    if not alternatives:
        return info
    spread = analyser.branch([analyser.seq(list(alternative), ignore_case) for alternative in alternatives])
    return _Info(exact=info.exact, first=info.first, nullable=info.nullable, needs=info.needs + spread.needs)


def _plan_of(pattern: re.Pattern[str], needs: tuple[_Clause, ...], fold_needs: tuple[_Clause, ...],
             starts: tuple[_Start, ...] | None, at_lines: bool, rest_code: Code | None, first_code: Code | None,
             rest_first_code: Code | None, fold_starts: bool, chars_code: Code | None, run_code: Code | None) -> Plan:
    def load(code: Code | None) -> re.Pattern[str] | None:
        return None if code is None else from_code(None, code)

    return Plan(pattern, needs=needs, fold_needs=fold_needs, starts=starts, at_line_starts=at_lines,
                rest=load(rest_code), rest_code=rest_code, first=load(first_code), first_code=first_code,
                rest_first=load(rest_first_code), rest_first_code=rest_first_code, fold_starts=fold_starts,
                chars=load(chars_code), chars_code=chars_code, run=load(run_code), run_code=run_code)


def _clauses(info: _Info) -> list[_Clause]:
    return sorted({c for c in (_clause(s) for s in dict.fromkeys(info.needs)) if c is not None},
                  key=_clause_order)[:_MAX_CLAUSES]


def _top_alternatives(items: list) -> tuple[list, bool]:
    """The alternatives of a pattern that is one alternation (possibly in a group, possibly between
    `\\b` or `^` and `\\b`, which then go around each: `\\b(?:a|b)\\b` is `\\ba\\b|\\bb\\b`), else [];
    and whether such assertions were moved."""
    lead: list = []
    trail: list = []
    while True:
        while len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
            items = list(items[0][1][3])
        if len(items) > 1 and items[0][0] is sre.AT and items[0][1] in _BOUNDARIES + _LINE_STARTS:
            lead.append(items[0])
            items = items[1:]
            continue
        if len(items) > 1 and items[-1][0] is sre.AT and items[-1][1] in _BOUNDARIES:
            trail.insert(0, items[-1])
            items = items[:-1]
            continue
        break
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        return [lead + list(alternative) + trail for alternative in items[0][1][1]], bool(lead or trail)
    return [], False


@lru_cache(maxsize=256)  # parsed again for each program of its alternatives otherwise
def top_alternatives(source: str, flags: int) -> tuple[sre_parse.State, list] | None:
    """A pattern's top-level alternatives in order (`\\b(?:a|b)` as `\\ba` and `\\bb`), with the parse
    state their programs are compiled in; None unless it is an alternation of two or more without a
    backreference (a group read in one alternative could be referred to in another).

    Searching `text` with only the alternatives that match somewhere in it finds the same leftmost
    match as the whole pattern: `search` tries the alternatives in order at each position, and one that
    matches nowhere fails at every position (the prefilter tells which cannot match: checks/prefilter.py)."""
    if _BACKREFERENCE.search(source):
        return None
    tree = sre_parse.parse(source, flags)
    alternatives, _moved = _top_alternatives(list(tree))
    return (tree.state, alternatives) if len(alternatives) > 1 else None


def alternatives_code(source: str, flags: int, chosen: tuple[int, ...]) -> Code:
    """The program of the alternatives `chosen` (indexes into `top_alternatives(source, flags)`, in
    order) as one pattern."""
    found = top_alternatives(source, flags)
    if found is None or not chosen or any(not 0 <= i < len(found[1]) for i in chosen):
        raise ValueError(f"no alternatives {chosen} in {source!r}")
    state, alternatives = found
    picked = [alternatives[i] for i in sorted(set(chosen))]
    items = picked[0] if len(picked) == 1 else [(sre.BRANCH, (None, [sre_parse.SubPattern(state, a) for a in picked]))]
    return code_of(sre_parse.SubPattern(state, list(items)), flags)


def alternatives_scanner_code(source: str, flags: int, chosen: tuple[int, ...]) -> Code | None:
    """The first-character scanner (see `_first_scanner`) of the program `alternatives_code` makes, or
    None when its matches do not all begin with a character of a small class."""
    found = top_alternatives(source, flags)
    if found is None or not chosen or any(not 0 <= i < len(found[1]) for i in chosen):
        return None
    state, alternatives = found
    picked = [alternatives[i] for i in sorted(set(chosen))]
    items = picked[0] if len(picked) == 1 else [(sre.BRANCH, (None, [sre_parse.SubPattern(state, a) for a in picked]))]
    return _first_scanner(sre_parse.SubPattern(state, list(items)), flags | state.flags)


def _split(tree, alternatives: list, analyser: _Analyser, ignore_case: bool, flags: int, lines_to_rest: bool = False
           ) -> tuple[tuple[_Start, ...] | None, bool, Code | None, sre_parse.SubPattern | None]:
    """Start literals of the alternatives that have them; the others (with `lines_to_rest`, also
    those that may begin at any line start) compiled as one pattern (and its tree)."""
    starts: dict[str, _Test] = {}
    at_lines = False
    others = []
    for alternative in alternatives:
        found, lines = _starts(analyser.seq(list(alternative), ignore_case))
        if (found is None and not lines) or (lines and lines_to_rest):
            others.append(alternative)
            continue
        at_lines = at_lines or lines
        for start in found or ():
            if start.literal not in starts or _weaker(start.test, starts[start.literal]):
                starts[start.literal] = start.test
    if len(others) == len(alternatives):
        return None, False, None, None
    rest = rest_tree = None
    if others:
        data = others[0] if len(others) == 1 else [(sre.BRANCH, (None, [sre_parse.SubPattern(tree.state, o) for o in others]))]
        rest_tree = sre_parse.SubPattern(tree.state, list(data))
        rest = code_of(rest_tree, flags)
    return tuple(_Start(literal, starts[literal]) for literal in sorted(starts)), at_lines, rest, rest_tree


# --- the first character, when no literal starts a match ----------------------------------------------
# A pattern that begins with `\\b\\d` or a look-behind gives `re` nothing to scan for, so `search` runs the
# whole pattern at every position. When every match begins with a character of a small class that
# holds no ASCII letter (digits, currency signs, other scripts), a scanner `K(?<=(?=P)K)` finds the
# same leftmost position: `re` skips to each character of K at C speed and tries P only there.

_DIGIT_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)
_MAX_FIRST_CHARS = 64


def _first_chars(items: list, ignore_case: bool) -> tuple[list | None, bool]:
    """(class items one of which every non-empty match begins with, or None when unknown; whether
    the sequence can match the empty string)."""
    found: list = []
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        if op is sre.LITERAL:
            if ignore_case and _sre.unicode_iscased(arg):
                return None, False
            return found + [(op, arg)], False
        if op is sre.IN:
            for kind, value in arg:
                if kind is sre.LITERAL and ignore_case and _sre.unicode_iscased(value):
                    return None, False
                if kind is sre.RANGE and ignore_case and any(_sre.unicode_iscased(c) for c in range(value[0], min(value[1], value[0] + 4096) + 1)):
                    return None, False
                if kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):
                    return None, False  # NEGATE and the like
            return found + list(arg), False
        if op is sre.SUBPATTERN:
            _group, add, remove, inner = arg
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            sub, nullable = _first_chars(list(inner), case)
        elif op is sre.ATOMIC_GROUP:
            sub, nullable = _first_chars(list(arg), ignore_case)
        elif op is sre.BRANCH:
            sub, nullable = [], False
            for alternative in arg[1]:
                chars, empty = _first_chars(list(alternative), ignore_case)
                if chars is None:
                    return None, False
                sub += chars
                nullable = nullable or empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, inner = arg
            if high == 0:
                continue
            sub, nullable = _first_chars(list(inner), ignore_case)
            nullable = nullable or low == 0
        else:
            return None, False  # ANY, NOT_LITERAL, group references ...
        if sub is None:
            return None, False
        found += sub
        if not nullable:
            return found, False
    return found, True


def _selective(chars: list) -> bool:
    """A class worth scanning for: no ASCII letter, few members (digits count as few)."""
    count = 0
    for kind, value in chars:
        if kind is sre.LITERAL:
            low = high = value
        elif kind is sre.RANGE:
            low, high = value
        elif kind is sre.CATEGORY and value in _DIGIT_CATEGORIES:
            count += 1
            continue
        else:
            return False
        if low <= ord("z") and high >= ord("A"):
            return False
        count += high - low + 1
    return 0 < count <= _MAX_FIRST_CHARS


def _first_scanner(tree: sre_parse.SubPattern, flags: int) -> Code | None:
    """The scanner `K(?<=(?=P)K)` for pattern `tree`, or None when no selective K is known."""
    chars, nullable = _first_chars(list(tree), bool(flags & re.IGNORECASE))
    if chars is None or nullable or not _selective(chars):
        return None
    members = list(dict.fromkeys(chars))
    first = members[0] if len(members) == 1 and members[0][0] is sre.LITERAL else (sre.IN, members)
    state = tree.state
    behind = sre_parse.SubPattern(state, [(sre.ASSERT, (1, tree)), first])
    try:
        return code_of(sre_parse.SubPattern(state, [first, (sre.ASSERT, (-1, behind))]), flags)
    except (re.error, RecursionError, OverflowError):
        return None


# --- a character every match holds, from another script ----------------------------------------------
# "Latin letters mixed with Cyrillic" or "invisible characters inside a word" have no literal, but
# every match holds a character of a class with no ASCII member: an ASCII text (str.isascii reads a
# flag) cannot match, and another is tested with that class alone (C speed).

def _required_chars(items: list, ignore_case: bool) -> list | None:
    """Class items, none of them ASCII, one of which every match of the sequence holds; or None."""
    for op, arg in items:
        found = _node_required_chars(op, arg, ignore_case)
        if found is not None:
            return found
    return None


def _node_required_chars(op: object, arg: object, ignore_case: bool) -> list | None:
    if op is sre.LITERAL:
        return [(op, arg)] if _foreign_char(arg, ignore_case) else None  # type: ignore[arg-type]
    if op is sre.IN:
        for kind, value in arg:  # type: ignore[attr-defined]
            if kind is sre.LITERAL and _foreign_char(value, ignore_case):
                continue
            if kind is sre.RANGE and value[0] >= 128 and not (ignore_case and _cased_range(*value)):
                continue
            return None  # an ASCII member, a category, a negation ...
        return list(arg)  # type: ignore[call-overload]
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = arg  # type: ignore[misc]
        case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
        return _required_chars(list(inner), case)
    if op is sre.ATOMIC_GROUP:
        return _required_chars(list(arg), ignore_case)  # type: ignore[call-overload]
    if op is sre.BRANCH:
        union: list = []
        for alternative in arg[1]:  # type: ignore[index]
            found = _required_chars(list(alternative), ignore_case)
            if found is None:
                return None
            union += found
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, inner = arg  # type: ignore[misc]
        return _required_chars(list(inner), ignore_case) if low >= 1 else None
    return None


def _foreign_char(code: int, ignore_case: bool) -> bool:
    # Under IGNORECASE a cased character may match an ASCII one (the Kelvin sign matches "k").
    return code >= 128 and not (ignore_case and _sre.unicode_iscased(code))


def _cased_range(low: int, high: int) -> bool:
    return any(_sre.unicode_iscased(code) for code in range(low, min(high, low + 65536) + 1))


def _chars_code(tree: sre_parse.SubPattern, flags: int) -> Code | None:
    found = _required_chars(list(tree), bool(flags & re.IGNORECASE))
    if not found:
        return None
    return code_of(sre_parse.SubPattern(tree.state, [(sre.IN, list(dict.fromkeys(found)))]), flags & ~re.IGNORECASE)


# --- a long run of one class -----------------------------------------------------------------------
# A pattern that reads only letters and digits, at least W of them ("a 8-12 character token
# repeated three times"), can only match inside W such characters in a row: `re` tests that
# (C[...]{W}, which stops at the first character outside the class) before the pattern runs.

_MIN_RUN = 12  # shorter runs are too common to rule a text out
_RUN_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD)


def _run_chars(items: list, found: list) -> bool:
    """Add to `found` the class members of every character the sequence can consume; False when
    some could be anything (a negated class, ".", a space category ...)."""
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF):
            continue  # zero width, or a copy of what a group read (its characters are listed)
        if op is sre.LITERAL:
            found.append((op, arg))
        elif op is sre.IN:
            for kind, value in arg:
                if kind is sre.CATEGORY and value not in _RUN_CATEGORIES or kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):
                    return False
                found.append((kind, value))
        elif op is sre.SUBPATTERN:
            _group, add, remove, inner = arg
            if add & sre.SRE_FLAG_IGNORECASE or not _run_chars(list(inner), found):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _run_chars(list(arg), found):
                return False
        elif op is sre.BRANCH:
            if not all(_run_chars(list(alternative), found) for alternative in arg[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _run_chars(list(arg[2]), found):
                return False
        else:
            return False
    return True


def _run_code(tree: sre_parse.SubPattern, flags: int) -> Code | None:
    """`[C]{W}` when every match is at least W characters, all of class C (word characters only)."""
    if flags & re.IGNORECASE:
        return None
    low = tree.getwidth()[0]
    found: list = []
    if low < _MIN_RUN or low > 1000 or not _run_chars(list(tree), found) or not found:
        return None
    if any(_is_word(chr(value)) is False for kind, value in found if kind is sre.LITERAL):
        return None  # a non-word character: runs of the class are not rare
    if any(not all(_is_word(chr(c)) for c in range(value[0], min(value[1], value[0] + 256) + 1))
           for kind, value in found if kind is sre.RANGE):
        return None
    state = tree.state
    return code_of(sre_parse.SubPattern(state, [(sre.MAX_REPEAT, (low, low, sre_parse.SubPattern(
        state, [(sre.IN, list(dict.fromkeys(found)))])))]), flags)


def _clause_order(clause: _Clause) -> tuple[float, int]:
    miss = 1.0
    for word in clause.words:
        miss *= 1.0 - _odds(WORD, word)
    for prefix in clause.prefixes:
        miss *= 1.0 - _odds(PREFIX, prefix)
    for sub in clause.substrings:
        miss *= 1.0 - _odds(SUBSTRING, sub)
    return (1.0 - miss, len(clause.words) + len(clause.prefixes) + len(clause.substrings))


def _starts(info: _Info) -> tuple[tuple[_Start, ...] | None, bool]:
    """The literals a match of the whole pattern begins with, and whether some matches begin at any
    line start instead; (None, False) when a match can begin anywhere."""
    if not info.first or info.nullable:
        return None, False
    starts: dict[str, _Test] = {}
    at_lines = False
    for text in info.first:
        i = 0
        while i < len(text) and text[i] in (_BOUNDARY, _LINE):
            i += 1
        j = i
        while j < len(text) and text[j] not in _MARKERS:
            j += 1
        literal = text[i:j]
        if not literal:
            if _LINE not in text[:i]:
                return None, False  # a gap first: it could begin anywhere
            at_lines = True  # a line start, then something unknown: every line start is tried
            continue
        # The first word test of this beginning: its literal is at the match's start, so it holds.
        test = _tests_of(text[:j + 1])[0]
        previous = starts.get(literal)
        if previous is None or _weaker(test, previous):
            starts[literal] = test
    return tuple(_Start(literal, starts[literal]) for literal in sorted(starts)), at_lines


def _weaker(a: _Test, b: _Test) -> bool:
    order = {WORD: 0, PREFIX: 1, SUBSTRING: 2}
    return order[a.kind] > order[b.kind]


PlanData = tuple  # marshal-able: see plan_to_data
PLAN_FIELDS = 10  # its length: a stored plan of another length (older code wrote it) is rebuilt


def _clauses_to_data(clauses: tuple[_Clause, ...]) -> tuple:
    return tuple((tuple(sorted(c.words)), c.prefixes, c.substrings) for c in clauses)


def _clauses_from_data(data: tuple) -> tuple[_Clause, ...]:
    return tuple(_Clause(frozenset(words), tuple(prefixes), tuple(subs)) for words, prefixes, subs in data)


def plan_to_data(found: Plan) -> PlanData:
    starts = None if found.starts is None else tuple((s.literal, s.test.kind, s.test.key) for s in found.starts)
    return (_clauses_to_data(found.needs), starts, found.at_line_starts, found.rest_code,
            _clauses_to_data(found.fold_needs), found.first_code, found.rest_first_code, found.fold_starts,
            found.chars_code, found.run_code)


def plan_needs(data: PlanData) -> tuple[tuple[_Clause, ...], tuple[_Clause, ...]]:
    """The needs and fold needs of a stored plan: enough to rule a text out before the pattern is
    compiled."""
    return _clauses_from_data(data[0]), _clauses_from_data(data[4])


def plan_from_data(pattern: re.Pattern[str], data: PlanData) -> Plan:
    needs, fold_needs = plan_needs(data)
    _needs, starts, at_lines, rest_code, _fold, first_code, rest_first_code, fold_starts, chars_code, run_code = data
    return _plan_of(pattern, needs, fold_needs,
                    None if starts is None else tuple(_Start(lit, _Test(kind, key)) for lit, kind, key in starts),
                    at_lines, rest_code, first_code, rest_first_code, fold_starts, chars_code, run_code)


def plan_chars(data: PlanData) -> re.Pattern[str] | None:
    """The class of non-ASCII characters every match holds, from a stored plan (None: none known)."""
    return None if data[8] is None else from_code(None, data[8])


def plan_run(data: PlanData) -> re.Pattern[str] | None:
    """The `[C]{W}` every match is inside, from a stored plan (None: none known)."""
    return None if data[9] is None else from_code(None, data[9])
