"""The Hyperscan prefilter (checks/prefilter.py) never rules out a text a rule matches, and
`evaluate` with it finds exactly what plain `re.search` finds, rule by rule and text by text.

* Superset: every shipped rule's pattern, on its examples and variants of them, the fixture mails,
  hostile texts and texts full of the characters where Python's Unicode tables and Hyperscan's
  ASCII ones differ (the Kelvin sign, long s, dotted I, other scripts' digits and spaces, lone
  surrogates): whenever `pattern.search(text)` matches, the scan must report the rule.
* Equality: `evaluate` against a reference that runs every rule's pattern with `re.search` on
  every text it reads (the fixtures, the genuine set, and an evenly spaced sample of the dev
  corpora when present): the same hits, excerpts included.
* Without Hyperscan (the package missing or failing on this CPU) the rules run as before, with the
  same results; the databases come from the per-user cache on the next start.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks import prefilter as prefilter_module
from inquiry_triage.checks import rules as rules_module
from inquiry_triage.checks.literals import alternatives_code, from_code, top_alternatives
from inquiry_triage.checks.rules import _hit, bounded_text, evaluate, load_rules, meta_fires, texts_for
from inquiry_triage.config import load_config
from inquiry_triage.evaluate import default_corpora
from inquiry_triage.model import Hit, Inquiry
from inquiry_triage.parsing import ParseError, parse_email

if prefilter_module.hyperscan is None:
    if os.environ.get("CI") == "true":
        pytest.fail("hyperscan is a dependency (pyproject.toml): it must import under CI", pytrace=False)
    pytest.skip("hyperscan not installed", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
RULE_FILES = load_config(None).path_list("rules.files")
RULES = load_rules(RULE_FILES, CHECK_HIT_NAMES)
FILLER = ("Dear supplier, we are a trading company and need your best price for the items below. "
          "Please quote FOB and CIF, with delivery time and payment terms.\n") * 4
FIXTURE_TEXTS = [p.read_bytes().decode("utf-8", "replace")[:20_000] for p in sorted((ROOT / "fixtures").rglob("*.eml"))][:60]
# Characters the regex engine reads as word characters, digits, spaces or case partners of ASCII
# letters where Hyperscan's ASCII tables do not (and the reverse).
UNICODE_TEXTS = [
    "\u212aelvin \u017fample \u0130stanbul ı \u00c5 \u212b", "order ٣٠٠ pcs and ۵ sets, ５００ units", "qty:\u3000500",
    "price\u00a0USD\u2002100,000\u202fmillion", "caf\u00e9 na\u00efve \u00fcber stra\u00dfe", "тест 100 штук договор",
    "數量：5000件 價格 美元", "\u200bhidden\u200cwords\u200d", "ＡＢＣ full width", "a\ud800b lone surrogate",
    "\u2028line\u2029para\x85next\x1cfile", "ﬁnance ﬀ ligatures", "ǅ ǈ title case", "Σίσυφος ΣΊΣΥΦΟΣ",
]


def _variants(sample: str) -> list[str]:
    return [sample, FILLER + sample, sample + "\n" + FILLER, FILLER + sample.upper() + FILLER,
            FILLER + "x" + sample + "x", FILLER + sample.replace(" ", "\n"), sample.replace(" ", "\u00a0"),
            "é" + sample + "é", "٣" + sample, sample.replace("s", "\u017f").replace("k", "\u212a")]


def _ids() -> dict[str, tuple[tuple[str, str, bool], tuple[int, ...] | None]]:
    scanner = RULES.scanner()
    assert scanner is not None
    text_rules = RULES.prepared()[0]
    return {text_rules[position][0].name: (key, ids)
            for key, members in scanner.groups.items() for position, ids in members}


def test_almost_every_rule_is_prefiltered():
    """The superset test below skips a rule tried on every text: if the rewrite degraded to that
    for every rule, it would pass with nothing tested (and triage would be slow again)."""
    ids = _ids()
    unfiltered = sorted(name for name, (_, rule_ids) in ids.items() if rule_ids is None)
    assert len(ids) == len(RULES.text_rules)
    assert len(unfiltered) <= 5, unfiltered
    # Most alternations are scanned one alternative at a time (the scan then tells which can match).
    split = [name for name, (_, rule_ids) in ids.items() if rule_ids is not None and len(rule_ids) > 1]
    assert len(split) >= len(ids) // 2, split


def _alternative_patterns(rule) -> list[re.Pattern[str]] | None:
    """Each top-level alternative of a rule scanned one by one, compiled alone."""
    found = top_alternatives(rule.source, re.MULTILINE)
    if found is None:
        return None
    return [from_code(None, alternatives_code(rule.source, re.MULTILINE, (number,))) for number in range(len(found[1]))]


@pytest.mark.parametrize("rule", RULES.text_rules, ids=lambda r: r.name)
def test_the_scan_reports_every_text_the_pattern_matches(rule):
    """... and, for a rule scanned one alternative at a time, every alternative that matches it."""
    scanner = RULES.scanner()
    key, rule_ids = _ids()[rule.name]
    if rule_ids is None:
        pytest.skip("tried on every text")
    samples = [*rule.examples_hit, *rule.examples_miss]
    texts = [text for sample in samples for text in _variants(sample)] + FIXTURE_TEXTS + UNICODE_TEXTS
    pattern = re.compile(rule.source, re.MULTILINE)
    alternatives = _alternative_patterns(rule) if len(rule_ids) > 1 else None
    assert alternatives is None or len(alternatives) == len(rule_ids)
    matched = 0
    for text in texts:
        text = bounded_text(text)
        text = text.lower() if rule.lowered else text
        reported = scanner.prefilter.scan(key, text)
        if pattern.search(text):
            matched += 1
            assert not reported.isdisjoint(rule_ids), (rule.name, text[:200])
        for number, alternative in enumerate(alternatives or ()):
            if alternative.search(text):
                assert rule_ids[number] in reported, (rule.name, number, text[:200])
    assert matched or not rule.examples_hit  # the check ran on real matches


@pytest.mark.parametrize("rule", [r for r in RULES.text_rules if top_alternatives(r.source, re.MULTILINE)],
                         ids=lambda r: r.name)
def test_the_alternatives_that_match_find_the_first_match_of_the_whole(rule):
    """Searching with the alternatives that match somewhere in a text (each alone, or any subset
    holding them) finds the whole pattern's first match: the premise of searching only those the scan
    reports."""
    pattern = re.compile(rule.source, re.MULTILINE)
    alternatives = _alternative_patterns(rule)
    samples = [*rule.examples_hit, *rule.examples_miss]
    texts = [text for sample in samples for text in _variants(sample)] + FIXTURE_TEXTS + UNICODE_TEXTS
    # Texts where several alternatives match, in different orders.
    texts += [" ".join(samples), " ".join(reversed(samples)), "\n".join(samples[::2] + samples[1::2])]
    programs: dict[tuple[int, ...], re.Pattern[str]] = {}
    for text in texts:
        text = text.lower() if rule.lowered else text
        whole = pattern.search(text)
        matching = tuple(number for number, alternative in enumerate(alternatives) if alternative.search(text))
        assert bool(whole) == bool(matching), (rule.name, text[:200])
        if not matching:
            continue
        every = tuple(range(len(alternatives)))
        for chosen in {matching, every, tuple(sorted(set(matching) | {every[-1]})), tuple(sorted(set(matching) | {0}))}:
            # Built once per subset (the same few subsets come back text after text; compiling a big
            # rule's program takes ~60 ms), searched on every text.
            program = programs.get(chosen)
            if program is None:
                program = programs[chosen] = from_code(None, alternatives_code(rule.source, re.MULTILINE, chosen))
            found = program.search(text)
            assert found is not None and found.span() == whole.span(), (rule.name, chosen, text[:200])


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)\bkelvin\b", "\u212aELVIN"), (r"(?i)\bsample", "\u017fample"), (r"(?i)istanbul", "\u0130stanbul"),
    (r"\b\d+\s*pcs\b", "٣٠٠ pcs"), (r"\b\d+\s*pcs\b", "x ５ pcs"), (r"qty:\s*\d", "qty:\u30005"),
    (r"\bcaf\u00e9\b", "un caf\u00e9."), (r"\b\w+ment\b", "\u00e9l\u00e9ment"), (r"(\w{3})-\1", "abc-abc"),
    (r"^dear\s*$", "x\n  \ndear \n\n"), (r"^\W{0,3}dear[,!]*$", "hi\n\u00a0\u00a0dear,"), (r"\Aab", "ab"),
    (r"a\Z", "xa"), (r"(?-m:a$)", "a\n"), (r"(?-m:^a)", "a\nb"), (r"\u00e9$", "caf\u00e9\n\r"),
    (r"(?i)(?-i:(ab))\1", "abAB"), (r"(?i)(k)\1", "k\u212a"), (r"(a)(?i:\1)", "aA"), (r"(\w+)\b.\1", "ab.ab"), (r"(\bab)x\1", "abxab"), (r"(?<=\$)\d+", "$5"), (r"\b(?:model|\d+x)\b", "٣x"),
    (r"(?s:a.b)", "a\nb"), (r"[^\]\n]{2}", "\u00e9\u00e9"), (r"a\s{3}b", "a\u2028\u2029\x85b"), (r"\Bx\B", "axa"),
    (r"(?i)[a-z]{3}", "\u212a\u017f\u0130"), (r"\bfoo\b|\d+ bar", "9 bar"), (r"x(?!y)", "xz"),
    (r"(?>a+)b", "aab"), (r"a++b", "aab"), (r"(a)?(?(1)b|c)", "c"), (r"\W\S\D", "\u2014\u00e9\u00e9"),
    (r"a[\u0400-\u04ff]{2}", "aдд"), (r"a.", "a\ud800"), (r"\w{20}", "\u4e00" * 20), (r"a{2000,}", "a" * 2000),
    # A trailing look-ahead is written as what it reads; what follows it is dropped, never written after it.
    (r"x(?=ab)", "xab"), (r"(?:x(?=ab))(?=a)", "xab"), (r"(?:x(?=ab)|y)b?", "xab"), (r"(?:x(?=ab)|y)b?", "yb"),
    (r"(?:x(?=\n)|y)$", "x\n"), (r"x(?=a)\w*$", "xa"), (r"x(?=\n)$", "x\n"), (r"(x(?=ab))(?:\1)?", "xab"),
    (r"x(?=a(?=bc))", "xabc"), (r"(?:x|y)(?=[ \t]+[A-Z])(?:[ \t]+\w+)?", "y  Qz"), (r"x(?=\.)\b", "x."),
])
def test_the_rewritten_pattern_matches_what_the_original_matches(pattern, text):
    compiled = re.compile(pattern, re.MULTILINE)
    assert compiled.search(text)
    written = prefilter_module.superset(pattern)
    assert written is not None, pattern
    database = prefilter_module.hyperscan.Database(mode=prefilter_module.hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[written.encode()], flags=prefilter_module._scan_flags())
    found: set[int] = set()
    database.scan(text.encode("utf-8", "surrogatepass"), match_event_handler=prefilter_module._on_match, context=found)
    assert found, (pattern, written)


def test_a_trailing_look_ahead_narrows_the_scan():
    """`delivery(?=[ \\t]+[A-Z])` is scanned as `delivery[ \\t]+[A-Z]`: a text with only "delivery failed" is
    ruled out (before, the look-ahead was dropped and every "delivery" let the rule be tried); a
    look-ahead with a character after it is still dropped."""
    def scans(pattern: str, text: str) -> bool:
        written = prefilter_module.superset(pattern)
        database = prefilter_module.hyperscan.Database(mode=prefilter_module.hyperscan.HS_MODE_BLOCK)
        database.compile(expressions=[written.encode()], flags=prefilter_module._scan_flags())
        found: set[int] = set()
        database.scan(text.encode(), match_event_handler=prefilter_module._on_match, context=found)
        return bool(found)

    trailing = r"\bdelivery(?=[ \t]{1,3}[A-Z][a-z])(?:[ \t]+\w+)?"
    assert scans(trailing, "to Delivery delivery Hamburg") and not scans(trailing, "the delivery failed")
    assert scans(r"delivery(?=[ \t]+[A-Z])[ \t]", "the delivery failed")  # not trailing: dropped as before


def test_boundaries_are_kept_where_they_are_exact():
    # \b next to ASCII word characters only: Hyperscan's ASCII \b holds whenever Python's does.
    assert prefilter_module.superset(r"\bdear\b").startswith("\\b")
    # Next to a digit class (other scripts' digits are Python word characters): only for ASCII digits.
    assert prefilter_module.superset(r"\b\d") == "(?:\\b[\\x30-\\x39]|[\\xc0-\\xff][\\x80-\\xbf]{1,3})"
    # Next to a case-insensitive k: for K and k only (the Kelvin sign is no ASCII word character).
    assert prefilter_module.superset(r"(?i)\bkey").startswith("(?:\\b[\\x4b\\x6b]|\\xe2\\x84\\xaa)")
    # A pattern that can match the empty string matches every text: no prefilter.
    assert prefilter_module.superset(r"x*") is None


def test_the_spelled_out_spaces_are_python_s_own():
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, sys.maxunicode + 1)))
    assert re.findall(f"[{rules_module._SPACES}]", everything) == re.findall(r"\s", everything)


@pytest.mark.parametrize("text", [
    "no run here " * 10, "a" + " " * 16 + "b", "a" + " " * 17 + "b", "a" + "\u3000" * 40 + "b", "\n" * 30,
    "x" + " \t\u2028\u00a0" * 5 + "y", "\u4e2d\u6587" * 30 + " " * 20, "тест " * 40, "a\ud800" + " " * 20,
])
def test_texts_skip_the_squeeze_only_where_there_is_no_run(text):
    texts = rules_module._Texts(Inquiry(source="t", message_id="<t>", body=text), RULES.scanner())
    assert RULES.scanner().finds_space_runs
    assert texts._bounded(text) == bounded_text(text)


def test_a_whitespace_run_survives_lower_casing_unchanged():
    # _Texts._first_scans reads a lower-cased text's runs as the text's own: no code point lower-cases
    # to or from whitespace, and whitespace lower-cases to itself.
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        lowered = ch.lower()
        if space.fullmatch(ch):
            assert lowered == ch, hex(code)
        else:
            assert not any(space.fullmatch(part) for part in lowered), hex(code)


@pytest.mark.parametrize("lowered_first", [True, False])
@pytest.mark.parametrize("text", [
    "no run here " * 10, "a" + " " * 17 + "b", "A" + "\u3000" * 40 + "B", "\n" * 30, "\u4e2d\u6587" * 30 + " " * 20,
    "\u0130STANBUL" + " " * 30 + "x", "short", "\u3000" * 6,
])
def test_the_first_scan_of_a_text_also_bounds_it(text, lowered_first):
    """The group scan that also looks for whitespace runs leaves each text as `bounded_text` does, and
    picks the same rules as a scan of the bounded text."""
    scanner = RULES.scanner()
    inquiry = Inquiry(source="t", message_id="<t>", subject="Re", body=text, own_text=text)
    texts = rules_module._Texts(inquiry, scanner)
    order = [True, False] if lowered_first else [False, True]
    got = {lowered: texts.candidates(scanner.prefilter, "body", "", lowered) for lowered in order}
    bounded = bounded_text(f"Re\n{text}")
    assert texts.get("body", "", False) == [bounded]
    assert texts.get("body", "", True) == [bounded.lower()]
    trapped = rules_module.has_case_trap(bounded)
    assert got[False] == [scanner.prefilter.scan(("body", "", False), bounded) - {scanner.space_ids[("body", "", False)]}]
    assert got[True] == [None if trapped else
                         scanner.prefilter.scan(("body", "", True), bounded.lower()) - {scanner.space_ids[("body", "", True)]}]


# (rules, inquiry, hits) by inquiry source: several tests compare evaluate with the reference on the
# same parsed mails, and plain re.search of every rule is the slow part. An entry is used only for the
# same rules object and an equal inquiry.
_TEXT_REFERENCES: dict[str, list[tuple[object, Inquiry, list]]] = {}


def _text_reference(rules, inquiry: Inquiry) -> list:
    """Every text rule's first hit with plain re.search on every text it reads, as evaluate reports it."""
    known = _TEXT_REFERENCES.setdefault(inquiry.source, [])
    for seen_rules, seen, hits in known:
        if seen_rules is rules and seen == inquiry:
            return list(hits)
    hits = _search_every_rule(rules, inquiry)
    known.append((rules, inquiry, hits))
    return list(hits)


def _search_every_rule(rules, inquiry: Inquiry) -> list:
    hits = []
    bounded: dict[str, str] = {}  # each text bounded once, not once per rule that reads it
    for rule in rules.text_rules:
        # The pattern as written: a lower-cased rule is "(?i)" + its source, on the text itself.
        pattern = re.compile(("(?i)" if rule.lowered else "") + rule.source, re.MULTILINE)
        for text in texts_for(inquiry, rule.kind, rule.header):
            if not text:
                continue
            original = bounded.get(text)
            if original is None:
                original = bounded[text] = bounded_text(text)
            found = pattern.search(original)
            if found:
                hits.append(_hit(rule, original, original, found))
                break
    return hits


def _reference(rules, inquiry: Inquiry, prior: list[Hit] | None = None, text_hits: list | None = None) -> list:
    """The text rules' reference hits (`_text_reference`, or `text_hits` when the caller already has
    them for this inquiry and these rules), then (with `prior`, the Python checks' hits) the meta rules
    that fire, by `meta_fires`."""
    hits = list(_text_reference(rules, inquiry) if text_hits is None else text_hits)
    if prior is None:
        return hits
    names = {h.rule for h in prior} | {h.rule for h in hits}
    for rule in rules.meta_rules:
        if meta_fires(rule, names):
            parts = [n for n in (*rule.all_of, *rule.any_of, *(rule.at_least[1] if rule.at_least else ())) if n in names]
            hits.append(Hit(rule=rule.name, points=rule.score, detail=rule.describe or rule.name, kind=rule.counts,
                            where="meta", excerpt=" + ".join(dict.fromkeys(parts))))
            names.add(rule.name)
    return hits


def _inquiries(limit: int) -> list[Inquiry]:
    paths = sorted((ROOT / "fixtures").rglob("*.eml")) + sorted((ROOT / "tests" / "data" / "genuine").rglob("*.eml"))
    corpora = default_corpora()
    for name in ("phishing", "ham", "fraud419", "fraud_modern", "modern_ham"):
        folder = corpora / name
        if limit and folder.is_dir():
            files = sorted(p for p in folder.iterdir() if p.is_file())
            paths += files[::max(1, len(files) // limit)][:limit]
    found = []
    for path in paths:
        try:
            found.append(parse_email(path.read_bytes(), source=str(path)))
        except ParseError:
            continue
    return found


def test_evaluate_finds_what_plain_search_finds():
    inquiries = _inquiries(limit=40)
    body = "transfer remit claim the funds 1,000,000.00 usd \u212a\u017f ٣ pcs" * 200 + " " * 100_000 + "x"
    inquiries.append(Inquiry(source="t", message_id="<t>", subject="Dear  \u00a0 friend", body=body, own_text=body))
    assert len(inquiries) > 50
    for number, inquiry in enumerate(inquiries):
        got = [h for h in evaluate(RULES, inquiry, []) if h.where != "meta"]
        text_hits = _text_reference(RULES, inquiry)  # plain re.search is the slow part: once per inquiry
        assert got == text_hits, inquiry.source
        # With the meta rules, on the Python checks' names too (a different few for each inquiry).
        prior = [Hit(rule=name, points=1.0, detail=name) for name in CHECK_HIT_NAMES[number % 5::5]]
        assert evaluate(RULES, inquiry, prior) == _reference(RULES, inquiry, prior, text_hits), inquiry.source


def test_without_hyperscan_the_rules_run_as_before(monkeypatch):
    monkeypatch.setattr(prefilter_module, "hyperscan", None)
    plain = load_rules(RULE_FILES, CHECK_HIT_NAMES)
    assert plain.scanner() is None
    for inquiry in _inquiries(limit=0)[:40]:
        assert [h for h in evaluate(plain, inquiry, []) if h.where != "meta"] == _reference(plain, inquiry)
        assert evaluate(plain, inquiry, []) == evaluate(RULES, inquiry, [])


SMALL_RULES = """
[[rule]]
name = "WIRE"
kind = "body"
pattern = '(?i)\\bwire\\s+(?:the\\s+)?funds\\b'
describe = "x"
score = 1.0
examples = { hit = ["wire funds"] }

[[rule]]
name = "BIG_SUM"
kind = "body"
pattern = '\\b\\d{1,3}(?:,\\d{3}){2,}'
describe = "y"
score = 1.0
examples = { hit = ["5,000,000"] }
"""
WIRE = Inquiry(source="t", message_id="<t>", subject="Urgent", body="Please WIRE the funds: USD 5,000,000.00")


@pytest.fixture
def small(monkeypatch, tmp_path):
    """A process-like start with a small rule set (the databases of the shipped rules take seconds
    to build) and an empty cache directory."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = tmp_path / "small.toml"
    path.write_text(SMALL_RULES)
    return path, tmp_path / "inquiry-triage"


def test_the_databases_come_from_the_cache_on_the_next_start(small, monkeypatch):
    path, cache = small
    first = load_rules([path])
    assert first.scanner() is not None
    assert len(list(cache.glob("prefilter-*.marshal"))) == 1
    monkeypatch.setattr(prefilter_module, "_compile", _fail)
    second = load_rules([path])
    assert second.scanner() is not None
    assert [h.rule for h in evaluate(second, WIRE, [])] == [h.rule for h in evaluate(first, WIRE, [])] == ["WIRE", "BIG_SUM"]
    assert [h.rule for h in evaluate(second, Inquiry(source="t", message_id="<u>", body="wired 5,000"), [])] == []


def test_a_damaged_cache_is_rebuilt(small):
    path, cache = small
    load_rules([path]).scanner()
    (stored,) = cache.glob("prefilter-*.marshal")
    stored.write_bytes(b"\x00garbage")
    again = load_rules([path])
    assert again.scanner() is not None
    assert [h.rule for h in evaluate(again, WIRE, [])] == ["WIRE", "BIG_SUM"]


def test_a_pattern_hyperscan_refuses_is_tried_on_every_text(small, monkeypatch):
    path, _cache = small
    refused = prefilter_module.superset(r"\b\d{1,3}(?:,\d{3}){2,}")
    real = prefilter_module.superset
    monkeypatch.setattr(prefilter_module, "superset",
                        lambda source, *flags: "(" if real(source, *flags) == refused else real(source, *flags))
    loaded = load_rules([path])
    scanner = loaded.scanner()
    assert scanner is not None and scanner.unfiltered == (1,)
    assert [h.rule for h in evaluate(loaded, WIRE, [])] == ["WIRE", "BIG_SUM"]


def _fail(*_args, **_kwargs):
    raise AssertionError("the cache should have answered")


def test_a_message_compiles_few_programs_of_alternatives_and_finds_the_same(monkeypatch):
    """A message may compile only a few programs of alternatives; the rules it cannot narrow so are
    searched whole, with the same hits."""
    monkeypatch.setattr(rules_module, "_ALTERNATIVES", {})
    programs = rules_module._AlternativePrograms()
    monkeypatch.setattr(rules_module, "_ALTERNATIVE_PROGRAMS", programs)
    monkeypatch.setattr(rules_module, "_READ_CACHE_AFTER", 10**9)  # this test's programs only
    monkeypatch.setattr(rules_module, "_WRITE_CACHE_FROM", 10**9)
    inquiries = _inquiries(limit=10)
    monkeypatch.setattr(rules_module, "_NEW_PROGRAMS_PER_MESSAGE", 0)
    for inquiry in inquiries:
        assert [h for h in evaluate(RULES, inquiry, []) if h.where != "meta"] == _reference(RULES, inquiry)
    assert programs.compiled == 0
    monkeypatch.setattr(rules_module, "_NEW_PROGRAMS_PER_MESSAGE", 1)
    for inquiry in inquiries:
        before = programs.compiled
        assert [h for h in evaluate(RULES, inquiry, []) if h.where != "meta"] == _reference(RULES, inquiry)
        assert programs.compiled - before <= 1
    assert programs.compiled > 0  # the corpora's messages do narrow some rules


ALTERNATION_RULES = """
[[rule]]
name = "WIRE_OR_SUM"
kind = "body"
pattern = '(?i)\\bwire\\s+(?:the\\s+)?funds\\b|\\b\\d{1,3}(?:,\\d{3}){2,}|\\bwestern\\s+union\\b'
describe = "x"
score = 1.0
examples = { hit = ["wire funds", "5,000,000"] }
"""


def test_programs_of_alternatives_come_from_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = tmp_path / "alternation.toml"
    path.write_text(ALTERNATION_RULES)
    rules = load_rules([path])
    monkeypatch.setattr(rules_module, "_ALTERNATIVES", {})
    monkeypatch.setattr(rules_module, "_ALTERNATIVE_SCANNERS", {})
    monkeypatch.setattr(rules_module, "_ALTERNATIVE_PROGRAMS", rules_module._AlternativePrograms())
    monkeypatch.setattr(rules_module, "_READ_CACHE_AFTER", 0)
    monkeypatch.setattr(rules_module, "_WRITE_CACHE_FROM", 1)
    only_sum = Inquiry(source="t", message_id="<s>", subject="x", body="Total 5,000,000.00 now")
    assert [(h.rule, h.excerpt) for h in evaluate(rules, only_sum, [])] == [("WIRE_OR_SUM", "5,000,000.00")]
    assert rules_module._ALTERNATIVE_PROGRAMS.compiled == 2  # the program and its first-character scanner
    assert len(list((tmp_path / "inquiry-triage").glob("rules-alternatives-*.marshal"))) == 1
    # The next process reads the program and its scanner instead of working them out.
    monkeypatch.setattr(rules_module, "_ALTERNATIVES", {})
    monkeypatch.setattr(rules_module, "_ALTERNATIVE_SCANNERS", {})
    monkeypatch.setattr(rules_module, "_ALTERNATIVE_PROGRAMS", rules_module._AlternativePrograms())
    monkeypatch.setattr(rules_module, "alternatives_code", _fail)
    monkeypatch.setattr(rules_module, "alternatives_scanner_code", _fail)
    assert [(h.rule, h.excerpt) for h in evaluate(rules, only_sum, [])] == [("WIRE_OR_SUM", "5,000,000.00")]
    assert rules_module._ALTERNATIVE_PROGRAMS.compiled == 0
