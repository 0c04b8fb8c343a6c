"""One Hyperscan pass per text tells which rules can match it: the others are not even tried.

Testing ~120 rule patterns one by one costs most of a message's rule time even with the literal
plans of checks/literals.py: Python runs a few steps per rule, and the plans let through about a
fifth of the rules for the regex engine to confirm, of which four in five then miss. Rspamd's way
is one multi-pattern scan (Hyperscan) per text: each pattern, in prefilter mode, over all of one
text kind's rules at once, reporting which can match; only those run in Python's `re`.

A prefilter may over-report, never miss. Python's `re` reads `\\w`, `\\d`, `\\s`, `\\b` and
IGNORECASE with Unicode tables that are not Hyperscan's, so no rule pattern is handed to Hyperscan
as it is written: `superset()` rewrites its parse tree into a byte pattern whose language holds
the UTF-8 of every string the original can match:

* each node that reads one character becomes a byte pattern for the encoding of one character:
  its ASCII members exactly (the regex engine itself is asked, on all 128), its other members
  spelled out when they are few and listed (the engine asked again, on them and on every cased
  character when case is ignored), else any non-ASCII character (`\\w`, `\\s`, `.` ...);
* `^` and `$` are kept (multi-line in both engines); look-arounds are dropped, and so is `\\b`
  except next to characters that are ASCII word characters, where Hyperscan's ASCII `\\b` holds
  whenever Python's does (the character beyond is then not a word character in either table);
* a backreference becomes its group's pattern; atomic and possessive forms, their plain
  equivalents (which match more, never less); repeats keep their bounds (large ones open);
* Hyperscan's own prefilter mode may widen further (never narrow) what it cannot build exactly.

When the `hyperscan` package is missing or fails (no wheel for the CPU, no SSSE3), rules.py does what it
did before, with the same results.
"""

from __future__ import annotations

import hashlib
import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import _sre

from .. import user_cache
from .literals import code_of, from_code, top_alternatives

try:  # optional: without it every rule is tried on every text, as before
    import hyperscan
except Exception:  # noqa: BLE001 - ImportError, or a wheel that cannot load on this CPU
    hyperscan = None

_FLAGS = re.MULTILINE  # rules.py compiles every pattern with these
_MAX_BOUND = 1000  # a larger repeat bound is left open ({n,}), which only widens the language
_CACHE_FORMAT = b"prefilter-2"
_CACHE_KEEP = 4
_ASCII_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_MAX_CODE = sys.maxunicode


class Unsupported(Exception):
    """A node the rewriting does not know: the rule is tried on every text."""


# --- classes of code points ------------------------------------------------------------------------
# Texts are scanned as UTF-8 bytes (lone surrogates as their "surrogatepass" bytes), patterns in
# Hyperscan's byte mode: each node that reads one character becomes a byte pattern matching the
# encoding of every character it can read, and nothing shorter or longer than one character, so
# repeats keep their counts. Its ASCII members are exact (the engine asked on all 128); its other
# members are spelled out when few and known, else any non-ASCII character.

_ANY_NON_ASCII = "[\\xc0-\\xff][\\x80-\\xbf]{1,3}"  # the encoding of any code point above U+007F
_SMALL_REPEAT = 4  # a repeat of one character up to this many times keeps its bound
_MAX_SPELLED = 48  # non-ASCII members spelled out one by one, at most
_ASCII = "".join(map(chr, range(128)))


class _Members:
    """What one character-reading node matches: its ASCII members, and its other members (None:
    any non-ASCII character)."""

    __slots__ = ("ascii", "other")

    def __init__(self, ascii_members: str, other: tuple[str, ...] | None) -> None:
        self.ascii, self.other = ascii_members, other

    @property
    def only_ascii_word(self) -> bool:
        return self.other == () and bool(self.ascii) and all(ch in _ASCII_WORD for ch in self.ascii)

    def bytes(self) -> frozenset[int]:
        """Every byte of the encoding of any member."""
        members = set(self.ascii.encode("ascii"))
        if self.other is None:
            members.update(range(0x80, 0x100))
        else:
            for ch in self.other:
                members.update(ch.encode("utf-8", "surrogatepass"))
        return frozenset(members)

    def byte_class(self) -> str:
        """One byte of the encoding of any member."""
        return _byte_class(bytes(sorted(self.bytes())))

    def written(self) -> str:
        parts = []
        if self.ascii:
            parts.append(_byte_class(self.ascii.encode("ascii")))
        if self.other is None:
            parts.append(_ANY_NON_ASCII)
        else:
            parts += ["".join("\\x%02x" % b for b in ch.encode("utf-8", "surrogatepass")) for ch in self.other]
        if not parts:
            raise Unsupported("a class that matches nothing")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _byte_class(members: bytes) -> str:
    if len(members) == 1:
        return "\\x%02x" % members[0]
    out, values, i = [], sorted(members), 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        out.append("\\x%02x" % values[i] if i == j else "\\x%02x-\\x%02x" % (values[i], values[j]))
        i = j + 1
    return "[" + "".join(out) + "]"


@lru_cache(maxsize=1)
def _cased_non_ascii() -> str:
    """Every cased character above ASCII: the only ones besides those it lists that a
    case-insensitive class can match (an uncased character matches only itself)."""
    return "".join(chr(c) for c in range(0x80, _MAX_CODE + 1) if _sre.unicode_iscased(c))


def _members(node: tuple, state: sre_parse.State, ignore_case: bool) -> _Members:
    """What one character-reading node (LITERAL, NOT_LITERAL, IN, ANY) matches, as the engine says:
    the node is compiled alone and run on the ASCII characters, and on the non-ASCII characters
    that could be members when those are few."""
    op, arg = node
    if op is sre.LITERAL and not (ignore_case and _sre.unicode_iscased(arg)):
        return _Members(chr(arg), ()) if arg < 0x80 else _Members("", (chr(arg),))
    key = (op, repr(arg), ignore_case)
    found = _MEMBERS.get(key)
    if found is None:
        found = _MEMBERS[key] = _asked_members(node, state, ignore_case)
    return found


_MEMBERS: dict[tuple, _Members] = {}


def _asked_members(node: tuple, state: sre_parse.State, ignore_case: bool) -> _Members:
    op, arg = node
    flags = _FLAGS | (re.IGNORECASE if ignore_case else 0)
    alone = sre_parse.State()  # no groups: findall then returns what the node itself read
    alone.flags = state.flags
    compiled = from_code(None, code_of(sre_parse.SubPattern(alone, [node]), flags))
    ascii_members = "".join(compiled.findall(_ASCII))
    if op is sre.ANY:  # "." under a scoped (?s) too: every character
        return _Members(_ASCII, None)
    listed = _listed_non_ascii(op, arg)
    if listed is None:
        return _Members(ascii_members, None)
    candidates = listed + (_cased_non_ascii() if ignore_case else "")
    other = tuple(sorted(set(compiled.findall(candidates))))
    return _Members(ascii_members, other if len(other) <= _MAX_SPELLED else None)


def _listed_non_ascii(op: object, arg: object) -> str | None:
    """The non-ASCII characters a node names (a literal, a class of literals and small ranges);
    None when its members are not listed (a category, a negation, ".", a large range)."""
    if op is sre.LITERAL:
        return chr(arg) if arg >= 0x80 else ""  # type: ignore[operator]
    if op is not sre.IN:
        return None
    listed = []
    for kind, value in arg:  # type: ignore[attr-defined]
        if kind is sre.LITERAL:
            if value >= 0x80:
                listed.append(chr(value))
        elif kind is sre.RANGE:
            low, high = max(value[0], 0x80), value[1]
            if high - low >= _MAX_SPELLED:
                return None
            listed += [chr(c) for c in range(low, high + 1)]
        else:
            return None  # NEGATE, CATEGORY ...
    return "".join(listed)


# --- the rewriting ----------------------------------------------------------------------------------

class _Writer:
    def __init__(self, state: sre_parse.State) -> None:
        self.state = state
        self.groups: dict[int, tuple[list, bool]] = {}  # each group's nodes and whether it ignores case
        self.boundaries = True  # False inside a backreference's copy of its group
        # True until the pattern has read anything: a look-behind there, `(?<=\\bneed )\\d+`, is written as
        # what it looks at (`\\bneed \\d+`): the text holds that string wherever the original matches.
        # Dropped, it left QUANTITY's "need 500" alternatives as any number then a word, tried on half of all mail.
        self.leading = True
        # True once a trailing look-ahead has been written as what it looks at (`seq`): nothing after it is.
        self.closed = False

    def bytes_of(self, items: list, ignore_case: bool) -> frozenset[int]:
        return _bytes_of(self, items, ignore_case)

    def seq(self, items: list, ignore_case: bool, tail: bool = False) -> str:
        """`tail`: nothing after these items in the pattern needs a character (the pattern's end, or
        only what can match empty until it)."""
        items = _spread_boundaries(list(items))
        out = []
        index = 0
        while index < len(items) and not self.closed:
            op, arg = items[index]
            index += 1
            if op is sre.ASSERT and arg[0] > 0 and self.boundaries and tail \
                    and all(self.zero_width(item) for item in items[index:]):  # type: ignore[index]
                # `delivery(?=[ \t]+[A-Z])` at the end: a text holding a match holds `delivery[ \t]+[A-Z]`
                # (what the look-ahead reads stands right after), so it is written so, and what follows is
                # dropped (it can match empty: the language only grows). Dropped, it left `delivery`
                # alone, in a quarter of all mail.
                self.leading = False
                out.append(f"(?:{self.seq(list(arg[1]), ignore_case, tail=True)})")  # type: ignore[index]
                self.closed = True
                break
            if op is sre.ASSERT and arg[0] < 0 and self.leading:  # type: ignore[index]
                self.leading = False
                out.append(f"(?:{self.seq(list(arg[1]), ignore_case)})")  # type: ignore[index]
                continue
            if op is not sre.AT:
                out.append(self.node(op, arg, ignore_case,
                                     tail and all(self.zero_width(item) for item in items[index:])))
                continue
            self.leading = False
            if not self.boundaries:
                continue  # assertions: dropped (the language only grows)
            if arg in _LINE_STARTS:  # Hyperscan's multi-line ^: the start or after "\\n", as Python's
                out.append("^")
                continue
            if arg in _LINE_ENDS:  # and $: the end or before "\\n"
                out.append("$")
                continue
            if arg not in _BOUNDARY_CODES:
                continue  # \\B and the like: dropped
            if _ascii_word_edge(items[index:], ignore_case, self.state, first=True) \
                    or _ascii_word_edge(items[:index - 1][::-1], ignore_case, self.state, first=False):
                out.append("\\b")
                continue
            # `\\b\\d+`: the boundary holds for the ASCII word members of the next character only.
            split = self.split_after_boundary(items[index:index + 1], ignore_case)
            if split is not None:
                out.append(split)
                index += 1
        return "".join(out)

    @staticmethod
    def zero_width(node: tuple) -> bool:
        return _min_width([node]) == 0

    def split_after_boundary(self, following: list, ignore_case: bool) -> str | None:
        """`\\bX` (X one character, or X{n,m} with n >= 1) as `(?:\\b[X's ASCII word members]|[X's
        others])` then X{n-1,m-1}; None when the next node is something else."""
        if not following:
            return None
        op, arg = following[0]
        rest = ""
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, inner = arg
            single = _single_reader(list(inner))
            if single is None or low < 1:
                return None
            if high is sre.MAXREPEAT or high > 1:
                rest = self.node(sre.MAX_REPEAT, (low - 1, high if high is sre.MAXREPEAT else high - 1, inner),
                                 ignore_case)
            op, arg = single
        elif op not in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return None
        members = _members((op, arg), self.state, ignore_case)
        word = "".join(ch for ch in members.ascii if ch in _ASCII_WORD)
        others = _Members("".join(ch for ch in members.ascii if ch not in _ASCII_WORD), members.other)
        parts = (["\\b" + _Members(word, ()).written()] if word else []) + \
            ([others.written()] if others.ascii or others.other != () else [])
        return "(?:" + "|".join(parts) + ")" + rest

    def node(self, op: object, arg: object, ignore_case: bool, tail: bool = False) -> str:
        try:
            return self._node(op, arg, ignore_case, tail)
        finally:
            self.leading = False  # a group's or a branch's alternatives may start the pattern, nothing after them

    def _node(self, op: object, arg: object, ignore_case: bool, tail: bool = False) -> str:
        if op not in (sre.SUBPATTERN, sre.ATOMIC_GROUP, sre.BRANCH):
            self.leading = False
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return _members((op, arg), self.state, ignore_case).written()
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return ""
        if op is sre.SUBPATTERN:
            group, add, remove, items = arg  # type: ignore[misc]
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            if group is not None:
                self.groups[group] = (list(items), case)
            return f"(?:{self.seq(list(items), case, tail)})"
        if op is sre.ATOMIC_GROUP:
            return f"(?:{self.seq(list(arg), ignore_case, tail)})"  # type: ignore[call-overload]
        if op is sre.BRANCH:
            leading, written, closed = self.leading, [], False
            for alt in arg[1]:  # type: ignore[index]
                self.leading = leading  # each alternative starts where the branch does
                self.closed = False  # and a look-ahead closing one does not close the others
                written.append(self.seq(list(alt), ignore_case, tail))
                closed = closed or self.closed
            self.closed = closed  # nothing after the branch is written when one alternative was closed
            return "(?:" + "|".join(written) + ")"
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, items = arg  # type: ignore[misc]
            single = _single_reader(list(items))
            if single is not None:
                members = _members(single, self.state, ignore_case)
                if members.other is None or high is sre.MAXREPEAT or high > _SMALL_REPEAT:
                    # `\\s*`, `.{0,120}`: a run of the members' bytes, open-ended (each character is
                    # one to four bytes): cheap for Hyperscan, where a long bounded run of
                    # multi-byte characters is not.
                    return f"{members.byte_class()}{{{min(low, _MAX_BOUND)},}}"
            if high is sre.MAXREPEAT or high > _SMALL_REPEAT:
                # `(?:[\\w-]+\\s+){0,5}`: any run of the bytes its characters are made of, after
                # the required repeats: what Hyperscan builds fast, and a superset.
                found = self.bytes_of(list(items), ignore_case)
                run = _byte_class(bytes(sorted(found))) + "*" if found else ""
                if low == 0:
                    return run
                return f"(?:{self.seq(list(items), ignore_case)}){{{min(low, _MAX_BOUND)}}}{run}"
            inner = self.seq(list(items), ignore_case)
            if not inner:
                return ""
            low = min(low, _MAX_BOUND)
            upper = "" if high is sre.MAXREPEAT or high > _MAX_BOUND else str(high)
            if (low, upper) == (0, "1"):
                return f"(?:{inner})?"
            return f"(?:{inner}){{{low},{upper}}}"
        if op is sre.GROUPREF:
            # The same characters as the group read, elsewhere: the group's pattern without its
            # boundaries (they held in the group's context, not necessarily here); any bytes when
            # it compares case-insensitively a group that did not.
            group = self.groups.get(arg)  # type: ignore[arg-type]
            if group is None or (ignore_case and not group[1]):
                return "[\\x00-\\xff]*"
            kept, self.boundaries = self.boundaries, False
            try:
                return f"(?:{self.seq(group[0], group[1])})"
            finally:
                self.boundaries = kept
        if op is sre.GROUPREF_EXISTS:
            _group, yes, no = arg  # type: ignore[misc]
            return "(?:" + self.seq(list(yes), ignore_case) + "|" + (self.seq(list(no), ignore_case) if no else "") + ")"
        raise Unsupported(f"node {op}")


_ALL_BYTES = frozenset(range(256))


def _min_width(items: list) -> int:
    """The fewest characters `items` can match; a node it does not know counts as one (so that only
    what surely can match empty is taken for it)."""
    total = 0
    for op, arg in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            total += _min_width(list(arg[3]))
        elif op is sre.ATOMIC_GROUP:
            total += _min_width(list(arg))
        elif op is sre.BRANCH:
            total += min(_min_width(list(alternative)) for alternative in arg[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            total += arg[0] and arg[0] * _min_width(list(arg[2]))
        else:  # a character, a backreference, anything else
            total += 1
    return total


def _bytes_of(writer: _Writer, items: list, ignore_case: bool) -> frozenset[int]:
    """Every byte the UTF-8 of a match of `items` can hold."""
    found: set[int] = set()
    for op, arg in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            found |= _members((op, arg), writer.state, ignore_case).bytes()
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.SUBPATTERN:
            _group, add, remove, inner = arg
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            found |= _bytes_of(writer, list(inner), case)
        elif op is sre.ATOMIC_GROUP:
            found |= _bytes_of(writer, list(arg), ignore_case)
        elif op is sre.BRANCH:
            for alternative in arg[1]:
                found |= _bytes_of(writer, list(alternative), ignore_case)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found |= _bytes_of(writer, list(arg[2]), ignore_case)
        elif op is sre.GROUPREF_EXISTS:
            found |= _bytes_of(writer, list(arg[1]), ignore_case)
            if arg[2]:
                found |= _bytes_of(writer, list(arg[2]), ignore_case)
        else:  # a backreference: whatever its group read, in any case
            return _ALL_BYTES
    return frozenset(found)


_BOUNDARY_CODES = (sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY)
# Every rule is compiled MULTILINE (a scoped (?-m:) makes ^ and $ hold at fewer places, \\A and \\Z too):
# each holds only where Hyperscan's multi-line ^ or $ does. "\\n" is one byte, never part of another
# character's UTF-8, so positions agree.
_LINE_STARTS = (sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING)
_LINE_ENDS = (sre.AT_END, sre.AT_END_LINE, sre.AT_END_STRING)


def _spread_boundaries(items: list) -> list:
    """`\\b(?:a|b)` as `(?:\\ba|\\bb)` and `(?:a|b)\\b` as `(?:a\\b|b\\b)` (the same language): each
    alternative's own edge then tells whether Hyperscan may keep the boundary."""
    out: list = []
    index = 0
    while index < len(items):
        op, arg = items[index]
        if op is sre.AT and arg in _BOUNDARY_CODES and index + 1 < len(items) and items[index + 1][0] is sre.BRANCH:
            branch = items[index + 1][1]
            items = items[:index + 1] + [(sre.BRANCH, (branch[0], [[(op, arg), *alt] for alt in branch[1]]))] \
                + items[index + 2:]
            index += 1  # the boundary itself is now inside every alternative
            continue
        if op is sre.BRANCH and index + 1 < len(items) and items[index + 1][0] is sre.AT \
                and items[index + 1][1] in _BOUNDARY_CODES:
            out.append((sre.BRANCH, (arg[0], [[*alt, items[index + 1]] for alt in arg[1]])))
            index += 2
            continue
        out.append((op, arg))
        index += 1
    return out


def _single_reader(items: list) -> tuple | None:
    """The node, when `items` is one node that reads one character."""
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2] \
            and items[0][1][0] is None:
        items = list(items[0][1][3])
    if len(items) == 1 and items[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return items[0]
    return None


def _ascii_word_edge(items: list, ignore_case: bool, state: sre_parse.State, first: bool) -> bool:
    """Whether the next character-consuming node (after a `\\b`, or before it when reading
    `items` reversed) surely matches only ASCII word characters."""
    for op, arg in items:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            return False  # keep it simple: another zero-width node first
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return _members((op, arg), state, ignore_case).only_ascii_word
        if op is sre.SUBPATTERN:
            _group, add, remove, inner = arg
            case = (ignore_case or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
            inner = list(inner)
            return bool(inner) and _ascii_word_edge(inner if first else inner[::-1], case, state, first)
        if op is sre.BRANCH:
            return all(alt and _ascii_word_edge(list(alt) if first else list(alt)[::-1], ignore_case, state, first)
                       for alt in arg[1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, inner = arg
            inner = list(inner)
            return low >= 1 and bool(inner) and _ascii_word_edge(inner if first else inner[::-1], ignore_case, state, first)
        return False
    return False  # the pattern's edge: the text's edge or anything beyond


def superset(source: str, flags: int = _FLAGS) -> str | None:
    """A Hyperscan pattern (byte mode) matching the UTF-8 of every string `re.compile(source, flags)` matches
    (and maybe more); None when the pattern holds something the rewriting does not know or can
    match the empty string."""
    try:
        tree = sre_parse.parse(source, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    return _written(tree.state, list(tree))


def _written(state: sre_parse.State, items: list) -> str | None:
    """`superset` of the pattern `items` (parsed in `state`)."""
    try:
        if sre_parse.SubPattern(state, items).getwidth()[0] == 0:
            return None  # it matches every text
        written = _Writer(state).seq(items, bool(state.flags & re.IGNORECASE), tail=True)
    except (Unsupported, re.error, RecursionError, OverflowError):
        return None
    return written or None


def parts(source: str, flags: int = _FLAGS) -> list[tuple[str, ...]] | None:
    """The Hyperscan patterns of one rule: the superset of each top-level alternative, in order, when
    the pattern is an alternation (literals.top_alternatives) whose every alternative can be written,
    so that a scan also tells which alternatives can match; else the pattern's superset alone. An
    alternative too long for Hyperscan is written as several patterns (see `_pieces`), scanned under
    one id. None when there is none (the rule is then tried on every text)."""
    try:
        found = top_alternatives(source, flags)
    except (re.error, RecursionError, OverflowError):
        found = None
    if found is not None:
        state, alternatives = found
        written = [_pieces(state, list(alternative)) for alternative in alternatives]
        if all(written):
            return written  # type: ignore[return-value]
    whole = superset(source, flags)
    if whole is None:
        return None
    if len(whole) > _HS_PATTERN_LIMIT:
        try:
            tree = sre_parse.parse(source, flags)
        except (re.error, RecursionError, OverflowError):
            return [(whole,)]
        return [_pieces(tree.state, list(tree)) or (whole,)]
    return [(whole,)]


def _pieces(state: sre_parse.State, items: list) -> tuple[str, ...] | None:
    """`_written(state, items)`; when that is too long for Hyperscan and `items` hold an alternation
    (`\\b(?:view|open ...|скачать ...)\\s`), one pattern per alternative of it with what stands
    before and after: their union is the same language, and each is short enough (a rule in many
    languages spelled out in byte classes reached 27,000 characters, and was then tried on every text:
    0.9 ms a message)."""
    whole = _written(state, items)
    if whole is None or len(whole) <= _HS_PATTERN_LIMIT:
        return None if whole is None else (whole,)
    at = next((index for index, (op, _arg) in enumerate(items) if op is sre.BRANCH), None)
    if at is None:
        return (whole,)  # refused by _compile: the rule is tried on every text, as before
    found: list[str] = []
    for alternative in items[at][1][1]:
        written = _pieces(state, items[:at] + list(alternative) + items[at + 1:])
        if written is None:
            return (whole,)
        found += written
    return tuple(found)


# --- the databases ----------------------------------------------------------------------------------

GroupKey = tuple[str, str, bool]  # (kind, header, lowered): the texts one group of rules reads
_HS_FLAGS = 0  # set once hyperscan is known to be there (see _scan_flags)


def _scan_flags() -> int:
    # Bytes (classes are spelled out by superset()); each pattern reported once a scan; Hyperscan
    # may widen what it cannot build exactly (never narrow).
    return hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_MULTILINE


def _on_match(pattern_id: int, _start: int, _end: int, _flags: int, found: set[int]) -> None:
    found.add(pattern_id)


_NOT_AHEAD = object()  # no scan made ahead for this group and text
_AHEAD_MAX = 4096  # scans kept ahead per thread (a batch needs two or four a message)

# Each source's pattern ids in its group's database: one for the whole pattern, or one per top-level
# alternative in order (see `parts`); None when it is tried on every text.
SourceIds = tuple[int, ...] | None


class Prefilter:
    """For each group of rules, the pattern ids of those Hyperscan can rule out (None: tried on every
    text) and the database that scans a text for all of them at once."""

    def __init__(self, ids: dict[GroupKey, tuple[SourceIds, ...]], databases: dict[GroupKey, object]) -> None:
        self.ids = ids
        self.databases = databases
        self._local = threading.local()  # scratch space is per thread (the daemon polls in threads)

    def _scratches(self) -> dict[GroupKey, object]:
        scratches = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = self._local.scratches = {key: hyperscan.Scratch(database)
                                                 for key, database in self.databases.items()}
        return scratches

    def scan(self, key: GroupKey, text: str) -> set[int] | None:
        """The pattern ids (see `SourceIds`) that may match `text`; None when it cannot be scanned
        (every rule is then tried). A scan made ahead by `prescan` is handed over (once)."""
        ahead = getattr(self._local, "ahead", None)
        if ahead:
            found = ahead.pop((key, text), _NOT_AHEAD)
            if found is not _NOT_AHEAD:
                return found
        return self._scan(key, text)

    def prescan(self, scans: Iterable[tuple[GroupKey, str]]) -> None:
        """Scan these (group, text) pairs now, one after another, for `scan` to hand over later in
        this thread. A large database (the body groups': 4-6 MB) scans a text ~4x faster right
        after another scan of it than after a whole message's other stages (cache misses), so a
        batch of messages in hand scans their bodies together first (pipeline.triage_batch).
        The same answers: `scan` is a pure function of the group and the text."""
        ahead = getattr(self._local, "ahead", None)
        if ahead is None:
            ahead = self._local.ahead = {}
        for key, text in scans:
            if len(ahead) >= _AHEAD_MAX:
                break  # a bound on what waits; the rest is scanned when asked
            if (key, text) not in ahead:
                ahead[(key, text)] = self._scan(key, text)

    def forget_prescans(self) -> None:
        """Drop the scans `prescan` made that were not asked for (a text a rule reads squeezed ...)."""
        ahead = getattr(self._local, "ahead", None)
        if ahead:
            ahead.clear()

    def _scan(self, key: GroupKey, text: str) -> set[int] | None:
        database = self.databases.get(key)
        if database is None:
            return set()
        data = text.encode("utf-8", "surrogatepass")  # a lone surrogate: its bytes, any non-ASCII
        found: set[int] = set()
        try:
            database.scan(data, match_event_handler=_on_match, context=found, scratch=self._scratches()[key])
        except hyperscan.error:
            return None
        return found


def build(groups: dict[GroupKey, list[str]]) -> Prefilter | None:
    """The prefilter of these groups of rule sources (each group's sources in rule order), from the
    per-user cache when it holds it; None without Hyperscan."""
    if hyperscan is None:
        return None
    path = _cache_path(groups)
    stored = user_cache.read(path) if path is not None else None
    try:
        if isinstance(stored, list):
            loaded = _load(stored, groups)
            if loaded is not None:
                return loaded
        written = _compile(groups)
    except hyperscan.error:
        return None
    if path is not None:
        user_cache.write(path, written, "prefilter-*.marshal", _CACHE_KEEP)
    return _load(written, groups)


def _load(stored: list, groups: dict[GroupKey, list[str]]) -> Prefilter | None:
    ids: dict[GroupKey, tuple[SourceIds, ...]] = {}
    databases: dict[GroupKey, object] = {}
    for entry in stored:
        if not (isinstance(entry, tuple) and len(entry) == 3):
            return None
        key, blob, group_ids = entry
        key = tuple(key)
        if key not in groups or not isinstance(group_ids, tuple) or len(group_ids) != len(groups[key]) \
                or not all(i is None or (isinstance(i, tuple) and i) for i in group_ids):
            return None
        ids[key] = tuple(group_ids)
        if blob is not None:
            try:
                databases[key] = hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
            except (hyperscan.error, TypeError):  # another CPU or library version: built again
                return None
    if set(ids) != set(groups):
        return None
    return Prefilter(ids, databases)


def _compile(groups: dict[GroupKey, list[str]]) -> list:
    """[(group key, serialized database or None, each source's `SourceIds`)]: marshal-able."""
    written = []
    for key, sources in groups.items():
        # Each pattern id's expressions: one, or several for an alternative too long to be one (`parts`).
        patterns: dict[int, tuple[bytes, ...]] = {}
        owned: list[tuple[int, ...]] = []  # each source's pattern ids (none: tried on every text)
        for source in sources:
            found = parts(source) or []
            owned.append(tuple(range(len(patterns), len(patterns) + len(found))))
            patterns.update(zip(owned[-1], (tuple(e.encode("ascii") for e in expressions) for expressions in found)))
        # A pattern Hyperscan refuses leaves its whole source out (the rule is tried on every text).
        # Too long for it is known without compiling; any other refusal is found by halving.
        refused = {index for index, expressions in patterns.items()
                   if any(len(expression) > _HS_PATTERN_LIMIT for expression in expressions)}
        owned, patterns = _leave_out(refused, owned, patterns)
        database = _database(patterns)
        if database is None and patterns:
            owned, patterns = _leave_out(_refused(patterns), owned, patterns)
            database = _database(patterns)
        blob = hyperscan.dumpb(database) if database is not None else None
        written.append((key, blob, tuple(ids if ids and blob is not None else None for ids in owned)))
    return written


# Hyperscan refuses a longer expression ("Pattern length exceeds limit"); a case-insensitive
# alternation of many languages spelled out in byte classes gets there (`_pieces` then splits it).
_HS_PATTERN_LIMIT = 16_000


def _leave_out(refused: set[int], owned: list[tuple[int, ...]],
               patterns: dict[int, tuple[bytes, ...]]) -> tuple[list[tuple[int, ...]], dict[int, tuple[bytes, ...]]]:
    """Each source with a refused pattern loses all its patterns."""
    if not refused:
        return owned, patterns
    owned = [() if refused.intersection(ids) else ids for ids in owned]
    kept = {index for ids in owned for index in ids}
    return owned, {index: expressions for index, expressions in patterns.items() if index in kept}


def _refused(patterns: dict[int, tuple[bytes, ...]]) -> set[int]:
    """The patterns Hyperscan refuses, by halving: a few compiles instead of one per pattern (a cold
    cache compiled 57 alone, 45 s on a busy machine)."""
    if _database(patterns) is not None:
        return set()
    if len(patterns) == 1:
        return set(patterns)
    items = list(patterns.items())
    half = len(items) // 2
    return _refused(dict(items[:half])) | _refused(dict(items[half:]))


def _database(patterns: dict[int, tuple[bytes, ...]]) -> object | None:
    """One database scanning for all `patterns` (by id: the expressions of one id report it, at most
    once a scan), or None when there are none or Hyperscan refuses one (the rule is then tried on
    every text)."""
    if not patterns:
        return None
    expressions = [expression for found in patterns.values() for expression in found]
    ids = [index for index, found in patterns.items() for _expression in found]
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        database.compile(expressions=expressions, ids=ids, elements=len(expressions),
                         flags=[_scan_flags()] * len(expressions))
    except hyperscan.error:
        return None
    return database


def _cache_path(groups: dict[GroupKey, list[str]]) -> Path | None:
    """Named by everything a database comes from: the sources, this rewriting (this file, the split
    into alternatives in literals.py and the interpreter's `re`), the Hyperscan build."""
    digest = hashlib.sha256(_CACHE_FORMAT)
    digest.update(f"{sys.version}\0{_sre.MAGIC}\0{getattr(hyperscan, '__version__', '?')}\0".encode())
    for key, sources in sorted(groups.items()):
        digest.update(repr(key).encode() + b"\0")
        for source in sources:
            digest.update(source.encode("utf-8", "surrogatepass") + b"\0")
    try:
        digest.update(Path(__file__).read_bytes())
        digest.update(Path(__file__).with_name("literals.py").read_bytes())
        return user_cache.cache_dir() / f"prefilter-{digest.hexdigest()[:32]}.marshal"
    except (OSError, RuntimeError):  # RuntimeError: no home directory to put ~/.cache in
        return None
