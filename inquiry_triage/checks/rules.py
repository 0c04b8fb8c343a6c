"""Declarative markers, SpamAssassin-style: each rule is a few lines of TOML in `config/rules/`.

A rule has a `name`, a `kind` saying what it looks at, a `pattern` (Python regex), a `describe`
and a `score`; `counts` says what the score counts towards ("scam", "spy" risk, or "grade" for a
buying signal). Names starting with `__` are sub-rules: no score, never reported, only combined by
`meta` rules with `all` / `any` / `at_least` / `none` (no eval). Meta rules may also name the hits of the
Python checks (e.g. "FREE_MAILBOX"). Every rule carries `examples.hit` / `examples.miss` that the
tests run.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import user_cache
from ..errors import ConfigError
from ..memo import EqualityMemo, IdentityMemo
from ..model import Hit, Inquiry
from .literals import (PLAN_FIELDS, Code, Plan, PlanData, Scan, alternatives_code, alternatives_scanner_code, code_of,
                       from_code, has_chars, plan, plan_chars, plan_from_data, plan_needs, plan_run, plan_to_data)

# What each kind of rule looks at. "body" is the subject plus the readable text without the quotes of
# our own mail (a buyer's reply quoting our quotation: its bank details and "please confirm the order"
# are our words, not the sender's; see written_body); "thread" is the subject plus the whole readable
# text, such quotes included (buying signals: "OK, please send PI" confirms the quantity and terms we
# quoted); "own" is the sender's own words alone (every quote and the signature cut).
TEXT_KINDS = ("subject", "body", "thread", "own", "header", "from", "from_name", "reply_to", "attachment",
              "link_text", "link_href", "url", "signature")
# "url" is every address the reader can follow: link targets and bare URLs typed in the text
# (checks/links.bare_urls: the links check has found them already for the same body).
KINDS = TEXT_KINDS + ("meta",)
COUNTS = ("scam", "spy", "grade")
_EXCERPT = 80
_BODY_CAP = 30_000  # characters of body a rule reads: lures sit near the top
# Own text is read whole up to the body limit of parsing (parse_email's max_body_chars, records'
# MAX_BODY_CHARS): a long mail's own words can ask for samples at 60 kB.
_OWN_CAP = 200_000
_MAX_ITEMS = 200  # links, attachments, addresses or headers of one kind a rule reads
# Runs of whitespace longer than 2 * _SPACE_KEEP keep only their first and last _SPACE_KEEP
# characters: `\s+(?:the\s+)?\s*` on 100,000 spaces would otherwise backtrack quadratically.
# A run stays whitespace and keeps the line break at its end, so only a pattern that counts more
# than _SPACE_KEEP whitespace characters could tell the difference (none in the shipped rules).
_SPACE_KEEP = 8
_LONG_SPACE = re.compile(r"(?<!\s)\s{%d,}" % (2 * _SPACE_KEEP + 1))
# Python's \s, spelled out (tests/checks/test_prefilter.py compares it with the engine's on every
# code point): the prefilter's scan for such a run, far cheaper than _LONG_SPACE on a text that has none.
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PRESCANNED = ("body", "thread", "own")  # the kinds whose groups RuleSet.prescan scans ahead (the largest databases)
_SPACE_RUN_GROUP = ("", "a run of whitespace", False)  # a prefilter group of its own (no rule reads it)
_SPACE_RUN_SOURCE = "[%s]{%d}" % (_SPACES, 2 * _SPACE_KEEP + 1)
_WHERE = {"thread": "body"}  # where a hit is said to be: the thread is the body to a reader
_WHOLE_ITEM_KINDS = ("attachment", "link_href", "url", "link_text", "from", "reply_to", "from_name")
# Every text is first tested for the literals a match needs (checks/literals.py: the same result,
# found without running, or even compiling, the pattern where they are absent). Texts at least this
# long are then searched only where a match can begin; shorter ones with the pattern as is.
_PLAN_MIN_CHARS = 200
if TYPE_CHECKING:
    from .prefilter import GroupKey, Prefilter
_FLAGS = re.MULTILINE  # every rule pattern's flags
# The per-user cache keeps each pattern's compiled program and literal plan (parsing, compiling and
# analysing ~100 patterns is most of a one-message run's start-up); a few rule-set versions.
_CACHE_KEEP = 4
_CACHE_FORMAT = b"rules-2"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    describe: str
    score: float
    counts: str
    file: str
    source: str | None = None  # the pattern as compiled (without "(?i)" when `lowered`)
    header: str = ""  # for kind = "header"
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    at_least: tuple[int, tuple[str, ...]] | None = None
    none_of: tuple[str, ...] = ()
    examples_hit: tuple[str, ...] = ()
    examples_miss: tuple[str, ...] = ()
    # A case-insensitive pattern with no upper-case literals runs case-sensitively on lower-cased
    # text: Python's re is 2-4x faster that way (IGNORECASE defeats its literal-prefix search).
    lowered: bool = False

    @property
    def is_sub(self) -> bool:
        return self.name.startswith("__")

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The compiled pattern, compiled on first use (from the cached program when there is one)."""
        return None if self.source is None else _matcher(self.source).pattern


class _Scanner:
    """A rule set's prefilter, with where each group's rules stand in the list of text rules."""

    def __init__(self, built: Prefilter, positions: dict[GroupKey, list[int]]) -> None:
        self.prefilter = built
        # Per group, each rule's position in the text rules and its pattern ids in the group's database
        # (prefilter.SourceIds: one, or one per top-level alternative; None: tried on every text).
        self.groups = {key: [(position, built.ids[key][index]) for index, position in enumerate(found)]
                       for key, found in positions.items()}
        self.unfiltered = tuple(sorted(position for members in self.groups.values()
                                       for position, ids in members if ids is None))
        # Per group, the rule (its position and pattern ids) each pattern id belongs to.
        self.owners = {key: {pattern_id: (position, ids) for position, ids in members for pattern_id in ids or ()}
                       for key, members in self.groups.items()}
        # Whether the prefilter can tell a text without a whitespace run to squeeze (see _Texts).
        self.finds_space_runs = built.ids.get(_SPACE_RUN_GROUP) == ((0,),)
        # Each group's database looks for such a run too, under this id after its rules' (None: it
        # could not), so the scan that picks a text's rules also says whether it needs squeezing.
        self.space_ids = {key: _only_id(built.ids[key][len(found):]) for key, found in positions.items()}

    def to_try(self, texts: _Texts) -> list[tuple[int, tuple[int, ...] | None]]:
        """(position, pattern ids) of the text rules that may match one of their texts, in rule order."""
        found: list[tuple[int, tuple[int, ...] | None]] = [(position, None) for position in self.unfiltered]
        for (kind, header, lowered), members in self.groups.items():
            candidates = texts.candidates(self.prefilter, kind, header, lowered)
            if not candidates:
                continue  # no text of this kind (no attachment, no link ...)
            if any(ids is None for ids in candidates):
                found += [(position, ids) for position, ids in members if ids is not None]
                continue
            owners = self.owners[(kind, header, lowered)]
            found += {owners[pattern_id] for ids in candidates for pattern_id in ids if pattern_id in owners}
        found.sort()
        return found


def _only_id(ids: tuple[tuple[int, ...] | None, ...]) -> int | None:
    """The one pattern id of the one source in `ids` (the whitespace run's), else None."""
    return ids[0][0] if len(ids) == 1 and ids[0] is not None and len(ids[0]) == 1 else None


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    # The text rules with their matchers and the meta rules, listed once (evaluate runs per message).
    _split: tuple[list[tuple[Rule, _Matcher]], list[Rule]] | None = field(default=None, init=False, repr=False,
                                                                           compare=False)
    # The Hyperscan prefilter (checks/prefilter.py) over the text rules: built on the first evaluate,
    # False when there is none (no hyperscan: every rule is tried on every text).
    _scanner: _Scanner | bool | None = field(default=None, init=False, repr=False, compare=False)
    _meta_sets: list | None = field(default=None, init=False, repr=False, compare=False)

    def prepared(self) -> tuple[list[tuple[Rule, _Matcher]], list[Rule]]:
        if self._split is None:
            self._split = ([(r, _matcher(r.source)) for r in self.rules if r.kind != "meta" and r.source is not None],
                           self.meta_rules)
        return self._split

    def meta_sets(self) -> list[tuple[Rule, frozenset[str], frozenset[str], frozenset[str]]]:
        """Each meta rule with its `all`, `any` and `none` names as sets."""
        if self._meta_sets is None:
            self._meta_sets = [(r, frozenset(r.all_of), frozenset(r.any_of), frozenset(r.none_of))
                               for r in self.prepared()[1]]
        return self._meta_sets

    def scanner(self) -> _Scanner | None:
        """The prefilter over the text rules, grouped by the texts they read; None without Hyperscan."""
        if self._scanner is None:
            from . import prefilter  # Hyperscan is loaded by the first evaluate, not by load_rules

            text_rules = self.prepared()[0]
            groups: dict[GroupKey, list[str]] = {}
            positions: dict[GroupKey, list[int]] = {}
            for position, (rule, _matcher_) in enumerate(text_rules):
                key = (rule.kind, rule.header, rule.lowered)
                groups.setdefault(key, []).append(rule.source or "")
                positions.setdefault(key, []).append(position)
            for sources in groups.values():
                sources.append(_SPACE_RUN_SOURCE)  # see _Scanner.space_ids
            groups[_SPACE_RUN_GROUP] = [_SPACE_RUN_SOURCE]
            built = prefilter.build(groups)
            self._scanner = False if built is None else _Scanner(built, positions)
        return self._scanner or None

    def prescan(self, inquiries: Sequence[Inquiry]) -> None:
        """Scan the bodies (and own texts) of these inquiries for their groups' rules now, one after another
        (see Prefilter.prescan: their large databases scan ~4x faster back to back than between
        whole messages); evaluate then takes each scan as it asks for it. The same texts as
        `_Texts._first_scans` scans first (a text with a case trap is never scanned lower-cased).
        `forget_prescans()` drops what no evaluate asked for."""
        scanner = self.scanner()
        if scanner is None:
            return
        kinds = {kind: [key for key in scanner.groups if key[0] == kind and key in scanner.prefilter.databases]
                 for kind in _PRESCANNED}
        scans: list[tuple[GroupKey, str]] = []
        for kind, keys in kinds.items():
            for inquiry in inquiries if keys else ():
                for text in texts_for(inquiry, kind):
                    if not text:
                        continue
                    lower = None
                    for key in keys:
                        if not key[2]:
                            scans.append((key, text))
                        elif not has_case_trap(text):
                            lower = text.lower() if lower is None else lower
                            scans.append((key, lower))
        scanner.prefilter.prescan(scans)

    def forget_prescans(self) -> None:
        scanner = self._scanner
        if scanner:
            scanner.prefilter.forget_prescans()  # type: ignore[union-attr]

    @property
    def text_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.kind != "meta"]

    @property
    def meta_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.kind == "meta"]

    def by_name(self, name: str) -> Rule:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(name)


def load_rules(paths: Iterable[Path], known_check_hits: Sequence[str] = ()) -> RuleSet:
    """Read and validate rule files; every error names the file and the rule."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path, data in _read_rule_files(list(paths)):
        default_counts = data.get("counts", "scam")
        for raw in data.get("rule", []):
            rule = _build_rule(raw, path, default_counts)
            if rule.name in seen:
                raise ConfigError(f"{path}: rule {rule.name} is defined twice (first in {seen[rule.name]})")
            seen[rule.name] = str(path)
            rules.append(rule)
    _prepare(rules)
    known = set(seen) | set(known_check_hits)
    for rule in rules:
        if rule.kind == "meta":
            refs = set(rule.all_of) | set(rule.any_of) | set(rule.none_of) | set(rule.at_least[1] if rule.at_least else ())
            missing = sorted(refs - known)
            if missing:
                raise ConfigError(f"{rule.file}: meta rule {rule.name} names unknown rules {missing}")
    return RuleSet(rules)


def _read_rule_files(paths: list[Path]) -> list[tuple[Path, dict]]:
    """Each file's TOML, parsed or from the per-user cache (named by a hash of the files' bytes:
    parsing ~170 rules' TOML is a third of a warm start-up)."""
    raws: list[bytes] = []
    for path in paths:
        try:
            raws.append(path.read_bytes())
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read rule file: {exc}") from None
    digest = hashlib.sha256(_CACHE_FORMAT + sys.version.encode())
    for raw in raws:
        digest.update(b"\0%d\0" % len(raw) + raw)
    try:
        cache: Path | None = user_cache.cache_dir() / f"rules-toml-{digest.hexdigest()[:32]}.marshal"
    except RuntimeError:  # no home directory to put ~/.cache in
        cache = None
    stored = user_cache.read(cache) if cache is not None else None
    if isinstance(stored, list) and len(stored) == len(paths) and all(isinstance(d, dict) for d in stored):
        return list(zip(paths, stored))
    parsed = []
    for path, raw in zip(paths, raws):
        try:
            parsed.append(tomllib.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read rule file: {exc}") from None
    if cache is not None:
        user_cache.write(cache, parsed, "rules-toml-*.marshal", _CACHE_KEEP)
    return list(zip(paths, parsed))


def _build_rule(raw: dict, path: Path, default_counts: str) -> Rule:
    name = raw.get("name")
    where = f"{path}: rule {name!r}"
    if not isinstance(name, str) or not re.fullmatch(r"_{0,2}[A-Z][A-Z0-9_]*", name):
        raise ConfigError(f"{where}: name must be UPPER_SNAKE_CASE (sub-rules start with __)")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}")
    is_sub = name.startswith("__")
    describe = raw.get("describe", "")
    if not is_sub and not describe:
        raise ConfigError(f"{where}: needs a describe line")
    score = raw.get("score", 0.0)
    if not isinstance(score, (int, float)) or (not is_sub and score == 0):
        raise ConfigError(f"{where}: needs a non-zero numeric score")
    counts = raw.get("counts", default_counts)
    if counts not in COUNTS:
        raise ConfigError(f"{where}: counts must be one of {', '.join(COUNTS)}")
    examples = raw.get("examples", {})
    hits = tuple(examples.get("hit", ()))
    misses = tuple(examples.get("miss", ()))
    source = None
    lowered = False
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    at_least = None
    if kind == "meta":
        all_of = tuple(raw.get("all", ()))
        any_of = tuple(raw.get("any", ()))
        none_of = tuple(raw.get("none", ()))
        if "at_least" in raw:
            spec = raw["at_least"]
            if not (isinstance(spec, dict) and isinstance(spec.get("n"), int) and spec.get("of")):
                raise ConfigError(f"{where}: at_least must be {{ n = 2, of = [...] }}")
            at_least = (spec["n"], tuple(spec["of"]))
        if not (all_of or any_of or at_least):
            raise ConfigError(f"{where}: a meta rule needs all, any or at_least")
    else:
        text = raw.get("pattern")
        if not isinstance(text, str) or not text:
            raise ConfigError(f"{where}: needs a pattern")
        # Compiled (and so checked) in _prepare, unless the per-user cache already holds it.
        lowered = _can_lower(text)
        source = text[4:] if lowered else text
        if not is_sub and not hits:
            raise ConfigError(f"{where}: needs at least one examples.hit")
    header = raw.get("header", "")
    if kind == "header" and not header:
        raise ConfigError(f"{where}: a header rule needs `header = \"Name\"`")
    return Rule(name=name, kind=kind, describe=describe, score=float(score), counts=counts, file=str(path),
                source=source, header=header, all_of=all_of, any_of=any_of, at_least=at_least, none_of=none_of,
                examples_hit=hits, examples_miss=misses, lowered=lowered)


_ESCAPES = re.compile(r"\\.")


# Where lower() and IGNORECASE part ways. IGNORECASE also pairs these letters with another one
# (ı with i, ſ with s, ς with σ, µ with μ, the narrow Cyrillic forms with в д о с т ъ ѣ, ...), and
# "İ".lower() is two characters: a lower-cased rule would miss "PRİCE LİST" or "truſt". A pattern
# holding one of them runs with IGNORECASE; a text holding one is searched with the pattern as
# written (tests/checks/test_case_traps.py derives the set from the engine's tables, every code point).
_FOLD_VARIANTS = ("\u00b5\u0131\u017f\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
                  "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06")
CASE_TRAPS = frozenset(_FOLD_VARIANTS + "\u0130")
_HAS_CASE_TRAP = re.compile("[%s]" % "".join(sorted(CASE_TRAPS)))


def has_case_trap(text: str) -> bool:
    """Whether lower-casing `text` could change what a "(?i)" pattern matches in it."""
    return not text.isascii() and _HAS_CASE_TRAP.search(text) is not None  # every trap is outside ASCII


def _can_lower(pattern: str) -> bool:
    """True for "(?i)..." patterns whose literal letters are all lower-case ("\\S" etc. aside)."""
    if not pattern.startswith("(?i)") or "(?i)" in pattern[4:] or "(?-i" in pattern:
        return False
    if any(ch in _FOLD_VARIANTS for ch in pattern):
        return False
    body = _ESCAPES.sub("", pattern[4:])
    return body == body.lower()


def _squeeze(match: re.Match[str]) -> str:
    run = match.group()
    return run[:_SPACE_KEEP] + run[-_SPACE_KEEP:]


def bounded_text(text: str) -> str:
    """What a rule pattern reads of `text`: long whitespace runs squeezed (see _SPACE_KEEP)."""
    return _LONG_SPACE.sub(_squeeze, text) if len(text) > 2 * _SPACE_KEEP else text


def texts_for(inquiry: Inquiry, kind: str, header: str = "") -> list[str]:
    """The strings a rule of `kind` is matched against (capped, and squeezed by `_Texts`)."""
    if kind == "subject":
        return [inquiry.subject]
    if kind == "body":
        # Lures sit near the top; the cap bounds the cost of a 200 kB newsletter. Our own mail quoted
        # back to us (a quotation's payment terms and bank details under "OK, please send PI") is not read.
        return [f"{inquiry.subject}\n{written_body(inquiry)[:_BODY_CAP]}"]
    if kind == "thread":
        return [f"{inquiry.subject}\n{inquiry.body[:_BODY_CAP]}"]
    if kind == "own":
        return [(inquiry.own_text or inquiry.body)[:_OWN_CAP]]
    if kind == "header":
        return inquiry.header_all(header)[:_MAX_ITEMS]
    if kind == "from":
        return [inquiry.from_addr]
    if kind == "from_name":
        return [inquiry.from_name]
    if kind == "reply_to":
        return list(inquiry.reply_to[:_MAX_ITEMS])
    if kind == "attachment":
        return [f"{a.name}\t{a.content_type}" for a in inquiry.attachments[:_MAX_ITEMS]]
    if kind == "link_text":
        return [link.text for link in inquiry.links[:_MAX_ITEMS]]
    if kind == "link_href":
        return [link.href for link in inquiry.links[:_MAX_ITEMS]]
    if kind == "url":
        from .links import bare_urls  # not at import: links.py loads email_validator, load_rules needs none

        return [link.href for link in inquiry.links[:_MAX_ITEMS]] + list(bare_urls(inquiry.body)[:_MAX_ITEMS])
    if kind == "signature":
        return [inquiry.signature]
    return []


# The body without the quotes of our own mail, by the body and who we are (memo.py: a batch's worth).
_WRITTEN: EqualityMemo[tuple[str, frozenset[str], frozenset[str], frozenset[str]], str] = EqualityMemo()
_US: IdentityMemo[Inquiry, tuple[frozenset[str], frozenset[str], frozenset[str]]] = IdentityMemo()
_MAY_QUOTE: IdentityMemo[str, bool] = IdentityMemo()  # parsing/quoting.may_quote_anyone of a body


@cache
def _free_domains() -> frozenset[str]:
    from ..lookups.lists import DomainLists

    return DomainLists.load().free


def _us(inquiry: Inquiry) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Who "we" are for a mail: the addresses it was sent to (To, Cc), their domains unless a free
    mailbox provider's, and the names they were shown with (lower-cased); the sender's never count."""
    from email.utils import getaddresses

    from ..lookups.domains import registered_domain

    pairs = getaddresses([v[:4096] for v in (inquiry.header_all("to") + inquiry.header_all("cc"))[:_MAX_ITEMS]])
    sender = inquiry.from_addr.lower()
    sender_site = registered_domain(sender.rpartition("@")[2]) if "@" in sender else ""
    addresses = {a.lower() for a in inquiry.to_addrs if "@" in a} | {a.lower() for _n, a in pairs if "@" in a}
    addresses.discard(sender)
    free = _free_domains()
    domains = {registered_domain(a.rpartition("@")[2]) for a in addresses}
    domains = {d for d in domains if d and "." in d and d not in free and d != sender_site}
    sender_name = " ".join(inquiry.from_name.lower().split())
    names = {" ".join(n.lower().strip("'\" ").split()) for n, _a in pairs}
    # A person's full name (two words at least): a team's "Sales" would name any "From: Global Sales".
    names = {n for n in names if " " in n and "@" not in n and n != sender_name and any(c.isalpha() for c in n)}
    return frozenset(addresses), frozenset(domains), frozenset(names)


def written_body(inquiry: Inquiry) -> str:
    """The body a rule reads: the whole readable text without the quotes of a mail of ours
    (parsing/quoting.without_quotes_of); the body itself when it quotes none."""
    body = inquiry.body
    if inquiry.channel != "email" or not body:
        return body
    quotes = _MAY_QUOTE.get(body)
    if quotes is None:
        from ..parsing.quoting import may_quote_anyone

        quotes = (body, may_quote_anyone(body))
        _MAY_QUOTE.put(body, quotes[1])
    if not quotes[1]:
        return body  # no quote of anyone's: who "we" are does not matter
    known = _US.get(inquiry)
    us = known[1] if known is not None else _us(inquiry)
    if known is None:
        _US.put(inquiry, us)
    if not any(us):
        return body
    key = (body, *us)
    found = _WRITTEN.get(key)
    if found is None:
        from ..parsing.quoting import without_quotes_of

        found = without_quotes_of(body, *us)
        found = body if found is None else found
        _WRITTEN.put(key, found)
    return found


class _Matcher:
    """One pattern: its literal plan's needs at once, the compiled pattern and the plan on first use."""

    __slots__ = ("source", "code", "data", "needs", "fold_needs", "chars", "run", "_pattern", "_plan")

    def __init__(self, source: str, code: Code | None, data: PlanData) -> None:
        self.source, self.code, self.data = source, code, data
        self.needs, self.fold_needs = plan_needs(data)
        self.chars = plan_chars(data)
        self.run = plan_run(data)
        self._pattern: re.Pattern[str] | None = None
        self._plan: Plan | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.source, _FLAGS) if self.code is None else from_code(self.source, self.code)
        return self._pattern

    def search_alternatives(self, scan: Scan, chosen: tuple[int, ...], texts: _Texts) -> re.Match[str] | None:
        """`search(scan)` when only the top-level alternatives `chosen` can match anywhere in the text
        (the prefilter said so): those alone, as one pattern. The literal needs are left out: they are
        the whole pattern's, and the prefilter's scan is a finer test of the same text."""
        text = scan.text
        if self.chars is not None and not has_chars(self.chars, text):
            return None
        if self.run is not None and self.run.search(text) is None:
            return None
        pattern = _alternatives(self.source, chosen, texts)
        if pattern is None:
            return self.search(scan)
        scanner = _alternatives_scanner(self.source, chosen, texts)
        if scanner is None:
            return pattern.search(text)
        begins = scanner.search(text)  # where the leftmost match begins (as Plan.search_where_possible)
        return None if begins is None else pattern.match(text, begins.start())

    def search(self, scan: Scan) -> re.Match[str] | None:
        """`pattern.search(scan.text)`: the same match or None."""
        if self.chars is not None and not has_chars(self.chars, scan.text):
            return None
        if self.run is not None and self.run.search(scan.text) is None:
            return None
        for clause in self.needs:
            if not scan.holds(clause):
                return None
        if self.fold_needs:
            folded = scan.folded
            for clause in self.fold_needs:
                if not folded.holds(clause):
                    return None
        if len(scan.text) < _PLAN_MIN_CHARS:
            return self.pattern.search(scan.text)
        if self._plan is None:
            self._plan = plan_from_data(self.pattern, self.data)
        return self._plan.search_where_possible(scan)


_MATCHERS: dict[str, _Matcher] = {}


def _matcher(source: str) -> _Matcher:
    found = _MATCHERS.get(source)
    if found is None:  # a Rule built without load_rules
        _prepare_sources({source: ("pattern", source)})
        found = _MATCHERS[source]
    return found


def _prepare(rules: list[Rule]) -> None:
    """Make every rule's pattern ready to search: from the per-user cache when it holds them all,
    else compiled (a pattern that does not compile raises ConfigError naming file and rule) and
    analysed, then cached for the next process."""
    _prepare_sources({r.source: (f"{r.file}: rule {r.name!r}", "(?i)" + r.source if r.lowered else r.source)
                      for r in rules if r.source is not None})


def _prepare_sources(wheres: dict[str, tuple[str, str]]) -> None:
    """`wheres`: each source with where it comes from and the pattern as written (for errors)."""
    missing = [s for s in wheres if s not in _MATCHERS]
    if not missing:
        return
    path = _cache_path()
    stored = user_cache.read(path) if path is not None else None
    stored = stored if isinstance(stored, dict) else {}
    built: dict[str, tuple[Code, PlanData]] = {}
    for source in missing:
        entry = stored.get(source)
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], tuple) and len(entry[1]) == PLAN_FIELDS:
            try:
                _MATCHERS[source] = _Matcher(source, *entry)
                built[source] = entry
                continue
            except (TypeError, ValueError, IndexError):  # another shape: rebuilt below
                stored.pop(source)
        else:
            stored.pop(source, None)  # another shape (a process running older code wrote it)
        # A pattern new to the cache: compiled (which checks it) and analysed.
        try:
            code = code_of(source, _FLAGS)
        except re.error:
            where, written = wheres[source]
            try:
                re.compile(written, _FLAGS)
            except re.error as exc:
                raise ConfigError(f"{where}: pattern does not compile: {exc}") from None
            raise
        data = plan_to_data(plan(from_code(source, code)))
        built[source] = (code, data)
        _MATCHERS[source] = _Matcher(source, code, data)
    if path is not None and any(s not in stored for s in missing):
        # Keyed by pattern, so an edited rule costs its own analysis only; the patterns of older
        # rule sets are dropped once they outnumber the current ones.
        merged = {**stored, **built}
        user_cache.write(path, merged if len(merged) <= 2 * len(built) + 50 else built,
                         "rules-patterns-*.marshal", _CACHE_KEEP)


def _cache_path() -> Path | None:
    """Named by a hash of everything a cached program and plan come from but the patterns (they
    are the keys inside): the interpreter (its `re` makes the programs, marshal's format is its
    own) and the analysis code."""
    import _sre

    digest = hashlib.sha256(_CACHE_FORMAT)
    digest.update(f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{_FLAGS}".encode())
    try:
        digest.update(Path(__file__).with_name("literals.py").read_bytes())
        return user_cache.cache_dir() / f"rules-patterns-{digest.hexdigest()[:32]}.marshal"
    except (OSError, RuntimeError):  # RuntimeError: no home directory to put ~/.cache in
        return None


class _Span:
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end

    def group(self, _index: int = 0) -> str:
        return self.text[self.start:self.end]


def _excerpt(text: str, match: re.Match[str] | _Span) -> str:
    # A pattern anchored on one digit ("\d\s*件": CJK has no word boundary; "quantity: \d") matches
    # "0件" in "5000件": widen the shown span over the rest of the number (digits, inner , . ' ).
    source, start = (match.text, match.start) if isinstance(match, _Span) else (match.string, match.start())
    end = start + len(match.group(0))
    while match.group(0)[:1].isdigit() and 0 < start and end - start < _EXCERPT:
        before = source[start - 1]
        if not (before.isdigit() or (before in ",.'" and start > 1 and source[start - 2].isdigit())):
            break
        start -= 1
    while match.group(0)[-1:].isdigit() and end < len(source) and end - start < _EXCERPT:
        after = source[end]
        if not (after.isdigit() or (after in ",.'" and source[end + 1:end + 2].isdigit())):
            break
        end += 1
    found = " ".join(source[start:end].split())
    return found if len(found) <= _EXCERPT else found[: _EXCERPT - 1] + "…"


class _Texts:
    """The strings each rule kind reads, computed once per inquiry (and lower-cased once), with the
    literal scans (word sets) that rule plans share."""

    def __init__(self, inquiry: Inquiry, scanner: _Scanner | None = None) -> None:
        self.inquiry = inquiry
        self.scanner = scanner
        self._plain: dict[tuple[str, str], list[str]] = {}
        self._lower: dict[tuple[str, str], list[str]] = {}
        self._trapped: dict[tuple[str, str], list[bool]] = {}
        self._scans: dict[tuple[str, str, bool], list[Scan]] = {}
        self._candidates: dict[tuple[str, str, bool], list[set[int] | None]] = {}
        self.new_programs = _NEW_PROGRAMS_PER_MESSAGE  # see _alternatives

    def get(self, kind: str, header: str, lowered: bool) -> list[str]:
        key = (kind, header)
        if key not in self._plain:
            self._plain[key] = [self._bounded(t) for t in texts_for(self.inquiry, kind, header) if t]
        if not lowered:
            return self._plain[key]
        if key not in self._lower:
            self._lower[key] = [t.lower() for t in self._plain[key]]
        return self._lower[key]

    def trapped(self, kind: str, header: str) -> list[bool]:
        """For each text, whether it holds a case trap (see CASE_TRAPS): lower-cased rules then
        search it as written, with IGNORECASE."""
        key = (kind, header)
        if key not in self._trapped:
            self._trapped[key] = [has_case_trap(t) for t in self.get(kind, header, False)]
        return self._trapped[key]

    def _bounded(self, text: str) -> str:
        """`bounded_text(text)`: the text itself when the prefilter finds no run to squeeze."""
        if self.scanner is not None and len(text) > 2 * _SPACE_KEEP and self.scanner.finds_space_runs \
                and self.scanner.prefilter.scan(_SPACE_RUN_GROUP, text) == set():
            return text
        return bounded_text(text)

    def scans(self, kind: str, header: str, lowered: bool) -> list[Scan]:
        key = (kind, header, lowered)
        if key not in self._scans:
            self._scans[key] = [Scan(t) for t in self.get(kind, header, lowered)]
        return self._scans[key]

    def candidates(self, scanner: Prefilter, kind: str, header: str, lowered: bool) -> list[set[int] | None]:
        """For each text of a group, the ids of its rules that may match it (None: any may)."""
        key = (kind, header, lowered)
        found = self._candidates.get(key)
        if found is None:
            space_id = self.scanner.space_ids.get(key) if self.scanner is not None else None
            if (kind, header) not in self._plain and space_id is not None:
                found = self._candidates[key] = self._first_scans(scanner, key, space_id)
                return found
            texts = self.get(kind, header, lowered)
            # A lower-cased text with a case trap is searched as written: any rule may match it.
            trapped = self.trapped(kind, header) if lowered else [False] * len(texts)
            found = self._candidates[key] = [None if trap else _rule_ids(scanner, key, text, space_id)
                                             for text, trap in zip(texts, trapped)]
        return found

    def _first_scans(self, scanner: Prefilter, key: tuple[str, str, bool], space_id: int) -> list[set[int] | None]:
        """`candidates` of the first group to read these texts, which also bounds them (`get`): each
        text is scanned as it is, and the same scan tells whether it holds a whitespace run (a run in a
        lower-cased text is one in the text: no character lower-cases to or from whitespace). Only a
        text with one is squeezed and scanned again, as `_bounded` would have it."""
        kind, header, lowered = key
        plain: list[str] = []
        lower: list[str] = []
        found: list[set[int] | None] = []
        for text in texts_for(self.inquiry, kind, header):
            if not text:
                continue
            searched = text.lower() if lowered else text
            # A lower-cased text with a case trap is searched as written: any rule may match it.
            ids = None if lowered and has_case_trap(text) else scanner.scan(key, searched)
            if ids is None or space_id in ids:
                text = self._bounded(text)
                searched = text.lower() if lowered else text
                if ids is not None:
                    ids = _rule_ids(scanner, key, searched, space_id)
            else:
                ids.discard(space_id)
            plain.append(text)
            lower.append(searched)
            found.append(ids)
        self._plain[(kind, header)] = plain
        if lowered:
            self._lower[(kind, header)] = lower
        return found


def _rule_ids(scanner: Prefilter, key: tuple[str, str, bool], text: str, space_id: int | None) -> set[int] | None:
    """The ids of the group's rules that may match `text` (None: any may), without the run's."""
    ids = scanner.scan(key, text)
    if ids is not None:
        ids.discard(space_id)  # type: ignore[arg-type]
    return ids


def match_text_rule(rule: Rule, inquiry: Inquiry, texts: _Texts | None = None) -> Hit | None:
    assert rule.source is not None
    return _first_hit(rule, _matcher(rule.source), texts or _Texts(inquiry))


def _first_hit(rule: Rule, matcher: _Matcher, texts: _Texts) -> Hit | None:
    for index, scan in enumerate(texts.scans(rule.kind, rule.header, rule.lowered)):
        hit = _hit_in(rule, matcher, texts, index, scan)
        if hit is not None:
            return hit
    return None


def _hit_in(rule: Rule, matcher: _Matcher, texts: _Texts, index: int, scan: Scan) -> Hit | None:
    original = texts.get(rule.kind, rule.header, False)[index]
    if rule.lowered and texts.trapped(rule.kind, rule.header)[index]:
        found = _as_written(rule.source).search(original)  # type: ignore[arg-type]
        return _hit(rule, original, original, found) if found else None
    found = matcher.search(scan)
    return _hit(rule, original, scan.text, found) if found else None


# The lower-cased rules' patterns as written, for the texts that hold a case trap: compiling one with
# IGNORECASE costs ~1 ms (0.1 s for all, the largest part of the re.compile calls in a run), so their
# programs are kept in the per-user cache beside the rules' own, read on the first trapped text (most
# runs never need them, and they would double the start-up read). Written on the 1st, 2nd, 4th ...
# program compiled in a process: a few writes, whatever their number.
_AS_WRITTEN: dict[str, re.Pattern[str]] = {}
_AS_WRITTEN_CODES: dict[str, Code] | None = None
_AS_WRITTEN_KEEP = 1000  # programs in the file at most (older rule sets' go when it is full)
_as_written_new = 0


def _as_written(source: str) -> re.Pattern[str]:
    """A lower-cased rule's pattern with IGNORECASE (`re.compile("(?i)" + source, _FLAGS)`)."""
    found = _AS_WRITTEN.get(source)
    if found is None:
        found = _AS_WRITTEN[source] = _as_written_program(source)
    return found


def _as_written_program(source: str) -> re.Pattern[str]:
    global _AS_WRITTEN_CODES, _as_written_new
    written = "(?i)" + source
    path = _cache_path()
    path = path.with_name(path.name.replace("rules-patterns-", "rules-as-written-")) if path is not None else None
    if _AS_WRITTEN_CODES is None:
        stored = user_cache.read(path) if path is not None else None
        _AS_WRITTEN_CODES = stored if isinstance(stored, dict) else {}
    code = _AS_WRITTEN_CODES.get(source)
    if isinstance(code, tuple) and len(code) == 5:
        try:
            return from_code(written, code)
        except (TypeError, ValueError, IndexError, OverflowError):  # another shape: compiled again
            pass
    code = code_of(written, _FLAGS)
    if len(_AS_WRITTEN_CODES) >= _AS_WRITTEN_KEEP:
        _AS_WRITTEN_CODES = {}
    _AS_WRITTEN_CODES[source] = code
    _as_written_new += 1
    if path is not None and _as_written_new & (_as_written_new - 1) == 0:
        user_cache.write(path, dict(_AS_WRITTEN_CODES), "rules-as-written-*.marshal", _CACHE_KEEP)
    return from_code(written, code)


# The programs of some of a rule's top-level alternatives (searched when the prefilter says only those
# can match: the whole pattern tries every alternative at every position), compiled on first use
# (~0.25 ms each). A message compiles a few at most (its other rules are searched whole, with the same
# result), so a message crafted to need many costs no more. A process that has compiled a few reads
# those of earlier runs from the per-user cache (a one-message run never pays for reading it), and
# writes them back as it compiles more (after 16, 32, 64 ... new ones).
_ALTERNATIVES: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}
_ALTERNATIVES_KEEP = 4000  # programs kept in this process at most
_NEW_PROGRAMS_PER_MESSAGE = 4
_READ_CACHE_AFTER = 8  # programs compiled in this process before the per-user cache is read
_WRITE_CACHE_FROM = 16  # ... and before it is first written
_CACHED_ALTERNATIVES_KEEP = 1500  # programs in the per-user cache at most (the newest)


class _AlternativePrograms:
    """The per-user cache of alternatives' programs, by (a digest of the source, the alternatives)."""

    def __init__(self) -> None:
        self.codes: dict[tuple[str, tuple[int, ...]], Code] = {}
        self.compiled = 0  # in this process
        self.read = False
        self.lock = threading.Lock()  # the daemon's poll threads share it

    def program(self, source: str, chosen: tuple[int, ...], texts: _Texts) -> re.Pattern[str] | None:
        key = (_digest(source), chosen)
        found = _loaded(self._known(key))
        if found is not None:
            return found
        if texts.new_programs <= 0:
            return None
        texts.new_programs -= 1
        try:
            code = alternatives_code(source, _FLAGS, chosen)
        except (ValueError, re.error):  # not this pattern's alternatives: the whole pattern is searched
            return None
        self._add(key, code)
        return from_code(None, code)

    def scanner(self, source: str, chosen: tuple[int, ...], texts: _Texts) -> re.Pattern[str] | None:
        """The first-character scanner of the same program (literals.alternatives_scanner_code), None when it
        has none or this message may compile no more. Kept in the same cache: working it out parses the
        whole rule (a large one: ~10 ms), once a process for each rule without it."""
        key = (_digest(source), chosen, "scanner")
        code = self._known(key)
        if code is False:
            return None
        found = _loaded(code)
        if found is not None:
            return found
        if texts.new_programs <= 0:
            return None
        texts.new_programs -= 1
        try:
            code = alternatives_scanner_code(source, _FLAGS, chosen)
        except (ValueError, re.error, RecursionError, OverflowError):
            code = None
        self._add(key, False if code is None else code)
        return None if code is None else from_code(None, code)

    def _known(self, key: tuple) -> Code | bool | None:
        code = self.codes.get(key)
        if code is None and not self.read and self.compiled >= _READ_CACHE_AFTER:
            self._read()
            code = self.codes.get(key)
        return code

    def _add(self, key: tuple, code: Code | bool) -> None:
        with self.lock:
            self.codes[key] = code
            self.compiled += 1
            if self.compiled >= _WRITE_CACHE_FROM and self.compiled & (self.compiled - 1) == 0:
                self._write()

    def _read(self) -> None:
        self.read = True
        path = self._path()
        stored = user_cache.read(path) if path is not None else None
        if isinstance(stored, dict):
            with self.lock:
                self.codes = {**stored, **self.codes}

    def _write(self) -> None:
        path = self._path()
        if path is not None:
            newest = dict(list(self.codes.items())[-_CACHED_ALTERNATIVES_KEEP:])
            user_cache.write(path, newest, "rules-alternatives-*.marshal", _CACHE_KEEP)

    @staticmethod
    def _path() -> Path | None:
        path = _cache_path()
        return path.with_name(path.name.replace("rules-patterns-", "rules-alternatives-")) if path is not None else None


_ALTERNATIVE_PROGRAMS = _AlternativePrograms()


def _loaded(code: object) -> re.Pattern[str] | None:
    """The program of a cached code; None when there is none or it has another shape (then worked out again)."""
    if isinstance(code, tuple) and len(code) == 5:
        try:
            return from_code(None, code)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return None


def _digest(source: str) -> str:
    return hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _alternatives(source: str, chosen: tuple[int, ...], texts: _Texts) -> re.Pattern[str] | None:
    """The alternatives `chosen` of `source` as one pattern; None when this message may compile no more."""
    found = _ALTERNATIVES.get((source, chosen))
    if found is None:
        found = _ALTERNATIVE_PROGRAMS.program(source, chosen, texts)
        if found is not None:
            if len(_ALTERNATIVES) >= _ALTERNATIVES_KEEP:
                _ALTERNATIVES.clear()
            _ALTERNATIVES[(source, chosen)] = found
    return found


# The first-character scanners of those programs (literals.alternatives_scanner_code; None: the program is
# searched as it is). Alternatives that open with look-behinds ("(?<=\bneed )|(?<=\bquote )...\d") made
# `re` try every look-behind at every position: QUANTITY's were 1.1 ms a message. Worked out on first use,
# within the message's budget of new programs, and kept in the programs' per-user cache (working one out
# parses the whole rule again: ~0.2 s of a fresh process's first 1,000 messages went to that).
_ALTERNATIVE_SCANNERS: dict[tuple[str, tuple[int, ...]], re.Pattern[str] | None] = {}


def _alternatives_scanner(source: str, chosen: tuple[int, ...], texts: _Texts) -> re.Pattern[str] | None:
    key = (source, chosen)
    if key in _ALTERNATIVE_SCANNERS:
        return _ALTERNATIVE_SCANNERS[key]
    budget = texts.new_programs
    found = _ALTERNATIVE_PROGRAMS.scanner(source, chosen, texts)
    if found is None and texts.new_programs == budget and budget <= 0:
        return None  # searched as it is this time (the same match); worked out when a message may compile more
    if len(_ALTERNATIVE_SCANNERS) >= _ALTERNATIVES_KEEP:
        _ALTERNATIVE_SCANNERS.clear()
    _ALTERNATIVE_SCANNERS[key] = found
    return found


def _first_candidate_hit(rule: Rule, matcher: _Matcher, texts: _Texts, scanner: Prefilter,
                         ids: tuple[int, ...]) -> Hit | None:
    """`_first_hit`, trying only the texts the prefilter says the rule may match (the others
    cannot: its pattern there is a superset of the rule's), and in them only the alternatives it
    says may match (the same first match: see literals.top_alternatives)."""
    candidates = texts.candidates(scanner, rule.kind, rule.header, rule.lowered)
    for index, found_ids in enumerate(candidates):
        chosen: tuple[int, ...] | None = None  # None: the whole pattern
        if found_ids is not None:
            if len(ids) == 1:
                if ids[0] not in found_ids:
                    continue
            else:
                chosen = tuple(number for number, pattern_id in enumerate(ids) if pattern_id in found_ids)
                if not chosen:
                    continue
                if len(chosen) == len(ids):
                    chosen = None
        scan = texts.scans(rule.kind, rule.header, rule.lowered)[index]
        if chosen is None:
            hit = _hit_in(rule, matcher, texts, index, scan)
        else:  # a text with a case trap has no candidate set: it is searched as written by _hit_in
            found = matcher.search_alternatives(scan, chosen, texts)
            hit = _hit(rule, texts.get(rule.kind, rule.header, False)[index], scan.text, found) if found else None
        if hit is not None:
            return hit
    return None


def _hit(rule: Rule, original: str, searched: str, found: re.Match[str]) -> Hit:
    # Show the original text: lower-casing keeps offsets except for rare letters (İ).
    shown: re.Match[str] | _Span = found
    if rule.lowered and len(searched) == len(original):
        shown = _Span(original, found.start(), found.end())
    # An attachment or link is short and the whole of it is the evidence, not just the match.
    excerpt = " ".join(original.split())[:_EXCERPT] if rule.kind in _WHOLE_ITEM_KINDS else _excerpt(original, shown)
    return Hit(rule=rule.name, points=rule.score, detail=rule.describe or rule.name, kind=rule.counts,
               where=rule.header or _WHERE.get(rule.kind, rule.kind), excerpt=excerpt)


def meta_fires(rule: Rule, names: set[str]) -> bool:
    if rule.all_of and not all(n in names for n in rule.all_of):
        return False
    if rule.any_of and not any(n in names for n in rule.any_of):
        return False
    if rule.at_least and sum(n in names for n in rule.at_least[1]) < rule.at_least[0]:
        return False
    if rule.none_of and any(n in names for n in rule.none_of):
        return False
    return True


def evaluate(rules: RuleSet, inquiry: Inquiry, prior: Sequence[Hit]) -> list[Hit]:
    """Hits of every rule (sub-rules included, with their names starting `__`), then meta rules.

    Meta rules see the Python checks' hits (`prior`), the text rules' hits and earlier meta
    rules, in file order, so a meta rule can build on another.
    """
    hits: list[Hit] = []
    text_rules, meta_rules = rules.prepared()
    scanner = rules.scanner()
    texts = _Texts(inquiry, scanner)
    if scanner is None:
        for rule, matcher in text_rules:
            hit = _first_hit(rule, matcher, texts)
            if hit is not None:
                hits.append(hit)
    else:
        for position, ids in scanner.to_try(texts):
            rule, matcher = text_rules[position]
            hit = (_first_hit(rule, matcher, texts) if ids is None
                   else _first_candidate_hit(rule, matcher, texts, scanner.prefilter, ids))
            if hit is not None:
                hits.append(hit)
    names = {h.rule for h in prior} | {h.rule for h in hits}
    for rule, all_of, any_of, none_of in rules.meta_sets():
        # meta_fires(rule, names), with set operations (C speed) for all / any / none
        if not (all_of <= names and (not any_of or not any_of.isdisjoint(names)) and none_of.isdisjoint(names)
                and (not rule.at_least or sum(n in names for n in rule.at_least[1]) >= rule.at_least[0])):
            continue
        parts = [n for n in (*rule.all_of, *rule.any_of, *(rule.at_least[1] if rule.at_least else ())) if n in names]
        hits.append(Hit(rule=rule.name, points=rule.score, detail=rule.describe or rule.name, kind=rule.counts,
                        where="meta", excerpt=" + ".join(dict.fromkeys(parts))))
        names.add(rule.name)
    return hits
