"""Declarative markers, SpamAssassin-style: each rule is a few lines of TOML in `config/rules/`.

A rule has a `name`, a `kind` saying what it looks at, a `pattern` (Python regex), a `describe`
and a `score`; `counts` says what the score counts towards ("scam", "spy" risk, or "grade" for a
buying signal). Names starting with `__` are sub-rules: no score, never reported, only combined by
`meta` rules with `all` / `any` / `at_least` / `none` (no eval). Meta rules may also name the hits of the
Python checks (e.g. "FREE_MAILBOX"). Every rule carries `examples.hit` / `examples.miss` that the
tests run.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..model import Hit, Inquiry
from .literals import Plan, Scan, plan

# What each kind of rule looks at. "body" is the subject plus the whole readable text.
TEXT_KINDS = ("subject", "body", "own", "header", "from", "from_name", "reply_to", "attachment",
              "link_text", "link_href", "url", "signature")
# "url" is every address the reader can follow: link targets and bare URLs typed in the text.
_BARE_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+")
KINDS = TEXT_KINDS + ("meta",)
COUNTS = ("scam", "spy", "grade")
_EXCERPT = 80
_BODY_CAP = 30_000  # characters of body a rule reads: lures sit near the top
# Own text is read whole up to the body limit of parsing (parse_email's max_body_chars, records'
# MAX_BODY_CHARS): a long mail's own words can ask for samples at 60 kB.
_OWN_CAP = 200_000
_URL_SCAN_CAP = 50_000  # characters of body searched for bare URLs
_MAX_ITEMS = 200  # links, attachments, addresses or headers of one kind a rule reads
# Runs of whitespace longer than 2 * _SPACE_KEEP keep only their first and last _SPACE_KEEP
# characters: `\s+(?:the\s+)?\s*` on 100,000 spaces would otherwise backtrack quadratically.
# A run stays whitespace and keeps the line break at its end, so only a pattern that counts more
# than _SPACE_KEEP whitespace characters could tell the difference (none in the shipped rules).
_SPACE_KEEP = 8
_LONG_SPACE = re.compile(r"(?<!\s)\s{%d,}" % (2 * _SPACE_KEEP + 1))
_WHOLE_ITEM_KINDS = ("attachment", "link_href", "url", "link_text", "from", "reply_to", "from_name")
# Texts at least this long are searched through the rule's literal plan (checks/literals.py: the
# same match, found without running the pattern where its literals are absent); shorter ones as is.
_PLAN_MIN_CHARS = 200
# A rule is analysed for its plan on its second long text: one-message runs skip the analysis
# (~3 ms a rule), batch runs pay it once.
_PLAN_AFTER_USES = 2
_PLANS: dict[re.Pattern[str], Plan] = {}
_USES: dict[re.Pattern[str], int] = {}


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    describe: str
    score: float
    counts: str
    file: str
    pattern: re.Pattern[str] | None = None
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


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)

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
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read rule file: {exc}") from None
        default_counts = data.get("counts", "scam")
        for raw in data.get("rule", []):
            rule = _build_rule(raw, path, default_counts)
            if rule.name in seen:
                raise ConfigError(f"{path}: rule {rule.name} is defined twice (first in {seen[rule.name]})")
            seen[rule.name] = str(path)
            rules.append(rule)
    known = set(seen) | set(known_check_hits)
    for rule in rules:
        if rule.kind == "meta":
            refs = set(rule.all_of) | set(rule.any_of) | set(rule.none_of) | set(rule.at_least[1] if rule.at_least else ())
            missing = sorted(refs - known)
            if missing:
                raise ConfigError(f"{rule.file}: meta rule {rule.name} names unknown rules {missing}")
    return RuleSet(rules)


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
    pattern = None
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
        try:
            re.compile(text, re.MULTILINE)
        except re.error as exc:
            raise ConfigError(f"{where}: pattern does not compile: {exc}") from None
        lowered = _can_lower(text)
        pattern = re.compile(text[4:] if lowered else text, re.MULTILINE)
        if not is_sub and not hits:
            raise ConfigError(f"{where}: needs at least one examples.hit")
    header = raw.get("header", "")
    if kind == "header" and not header:
        raise ConfigError(f"{where}: a header rule needs `header = \"Name\"`")
    return Rule(name=name, kind=kind, describe=describe, score=float(score), counts=counts, file=str(path),
                pattern=pattern, header=header, all_of=all_of, any_of=any_of, at_least=at_least, none_of=none_of,
                examples_hit=hits, examples_miss=misses, lowered=lowered)


_ESCAPES = re.compile(r"\\.")


def _can_lower(pattern: str) -> bool:
    """True for "(?i)..." patterns whose literal letters are all lower-case ("\\S" etc. aside)."""
    if not pattern.startswith("(?i)") or "(?i)" in pattern[4:] or "(?-i" in pattern:
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
        # Lures sit near the top; the cap bounds the cost of a 200 kB newsletter.
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
        return [link.href for link in inquiry.links[:_MAX_ITEMS]] + _BARE_URL.findall(inquiry.body[:_URL_SCAN_CAP])[:_MAX_ITEMS]
    if kind == "signature":
        return [inquiry.signature]
    return []


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

    def __init__(self, inquiry: Inquiry) -> None:
        self.inquiry = inquiry
        self._plain: dict[tuple[str, str], list[str]] = {}
        self._lower: dict[tuple[str, str], list[str]] = {}
        self._scans: dict[tuple[str, str, bool], list[Scan]] = {}

    def get(self, kind: str, header: str, lowered: bool) -> list[str]:
        key = (kind, header)
        if key not in self._plain:
            self._plain[key] = [bounded_text(t) for t in texts_for(self.inquiry, kind, header) if t]
        if not lowered:
            return self._plain[key]
        if key not in self._lower:
            self._lower[key] = [t.lower() for t in self._plain[key]]
        return self._lower[key]

    def scans(self, kind: str, header: str, lowered: bool) -> list[Scan]:
        key = (kind, header, lowered)
        if key not in self._scans:
            self._scans[key] = [Scan(t) for t in self.get(kind, header, lowered)]
        return self._scans[key]


def _plan_of(pattern: re.Pattern[str]) -> Plan | None:
    found = _PLANS.get(pattern)
    if found is None:
        uses = _USES[pattern] = _USES.get(pattern, 0) + 1
        if uses < _PLAN_AFTER_USES:
            return None
        found = _PLANS[pattern] = plan(pattern)
    return found


def _search(pattern: re.Pattern[str], scan: Scan) -> re.Match[str] | None:
    """`pattern.search(scan.text)`, through the pattern's literal plan for long texts (same result)."""
    if len(scan.text) >= _PLAN_MIN_CHARS:
        found_plan = _plan_of(pattern)
        if found_plan is not None:
            return found_plan.search(scan)
    return pattern.search(scan.text)


def match_text_rule(rule: Rule, inquiry: Inquiry, texts: _Texts | None = None) -> Hit | None:
    assert rule.pattern is not None
    texts = texts or _Texts(inquiry)
    searched = texts.scans(rule.kind, rule.header, rule.lowered)
    originals = texts.get(rule.kind, rule.header, False) if rule.lowered else [s.text for s in searched]
    for scan, original in zip(searched, originals):
        text = scan.text
        found = _search(rule.pattern, scan)
        if found:
            # Show the original text: lower-casing keeps offsets except for rare letters (İ).
            if rule.lowered and len(text) == len(original):
                found = _Span(original, found.start(), found.end())
            # An attachment or link is short and the whole of it is the evidence, not just the match.
            excerpt = " ".join(original.split())[:_EXCERPT] if rule.kind in _WHOLE_ITEM_KINDS else _excerpt(original, found)
            return Hit(rule=rule.name, points=rule.score, detail=rule.describe or rule.name, kind=rule.counts,
                       where=rule.header or rule.kind, excerpt=excerpt)
    return None


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
    texts = _Texts(inquiry)
    for rule in rules.text_rules:
        hit = match_text_rule(rule, inquiry, texts)
        if hit is not None:
            hits.append(hit)
    names = {h.rule for h in prior} | {h.rule for h in hits}
    for rule in rules.meta_rules:
        if meta_fires(rule, names):
            parts = [n for n in (*rule.all_of, *rule.any_of, *(rule.at_least[1] if rule.at_least else ())) if n in names]
            hits.append(Hit(rule=rule.name, points=rule.score, detail=rule.describe or rule.name, kind=rule.counts,
                            where="meta", excerpt=" + ".join(dict.fromkeys(parts))))
            names.add(rule.name)
    return hits
