"""Bounded work per message: every regex is linear on adversarial input, and the crafted messages
of issue 8 are triaged end to end in seconds, not minutes.

The regexes are collected by introspection (every rule of the shipped rule files, every compiled
pattern at module level in parsing/, checks/, language.py and learning/tokens.py), so a new
pattern is covered without touching this file. Each one runs on worst cases generated from its
own parse tree: a sample string that matches it (one per alternative), that sample repeated, cut
one character short and repeated, and each prefix of it followed by a long run of what one of its
repeats consumes ("prefix + pump", the shape of every ReDoS), plus generic hostile runs (spaces,
newlines, "1," groups, letters, unclosed tags ...).

Budgets are generous (a linear pattern takes about a millisecond per 100 kB; a quadratic one takes
tens of seconds there): every case runs at 10 kB, and the slowest cases of each pattern (and any
over 50 ms) again at 100 kB, within 0.5 s. A SIGPROF stops a catastrophic pattern so the test fails
instead of hanging (the regex engine checks signals while it backtracks). Every budget is this
process's CPU time, not the wall clock: on a 2-core machine shared with other jobs a linear case
waited for the CPU long enough to miss a wall-clock budget, while backtracking costs CPU anywhere.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import signal
import time
from collections.abc import Iterator

import pytest

import inquiry_triage.checks
import inquiry_triage.parsing
from inquiry_triage.checks import CHECK_HIT_NAMES
from inquiry_triage.checks.rules import bounded_text, load_rules
from inquiry_triage.config import load_config

SMALL, LARGE = 10_000, 100_000
SMALL_BUDGET, LARGE_BUDGET = 0.05, 0.5  # seconds; linear patterns need ~1/50 of this
HARD_STOP = 5.0  # seconds: a run this long is quadratic or worse whatever the machine
WORST_AT_LARGE = 3  # cases per pattern re-run at LARGE
GROWTH_LIMIT = 30  # time(LARGE) / time(SMALL): ~10 is linear, ~100 quadratic

# Characters tried as members (or non-members) of a character class.
_PROBES = " \n\t1a,.-:@/<>\"'_=xZ\u00e9\u4e2d"
_MAX_SAMPLES = 12
_MAX_PUMPS = 8


# --- collecting the patterns ------------------------------------------------------------------

def _module_names() -> Iterator[str]:
    for package in (inquiry_triage.parsing, inquiry_triage.checks):
        yield package.__name__
        for info in pkgutil.iter_modules(package.__path__):
            yield f"{package.__name__}.{info.name}"
    yield "inquiry_triage.language"
    yield "inquiry_triage.learning.tokens"


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def module_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module_name in _module_names():
        module = importlib.import_module(module_name)
        for attr, value in vars(module).items():
            owners = [(attr, value)]
            if isinstance(value, type) and value.__module__ == module_name:
                owners += [(f"{attr}.{a}", v) for a, v in vars(value).items()]
            for label, item in owners:
                for k, pattern in enumerate(_patterns_in(item)):
                    found.setdefault(f"{module_name}.{label}" + (f"[{k}]" if k else ""), pattern)
    return found


def rule_patterns() -> dict[str, re.Pattern[str]]:
    rules = load_rules(load_config(None).path_list("rules.files"), CHECK_HIT_NAMES)
    return {f"rule {r.name}": r.pattern for r in rules.rules if r.pattern is not None}


def _as_is(text: str) -> str:
    return text


# --- generating worst cases from a pattern's parse tree -----------------------------------------

def _in_class(ch: str, items: list) -> bool:
    negate = False
    hit = False
    for op, arg in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            hit = hit or ord(ch) == arg
        elif op is sre_c.RANGE:
            hit = hit or arg[0] <= ord(ch) <= arg[1]
        elif op is sre_c.CATEGORY:
            hit = hit or bool(re.fullmatch(_CATEGORIES.get(arg, "(?!)"), ch))
    return hit != negate


_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D", sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W",
}


def _class_char(items: list) -> str:
    for op, arg in items:  # the first literal or range start reads most like the author's intent
        if op is sre_c.LITERAL and _in_class(chr(arg), items):
            return chr(arg)
        if op is sre_c.RANGE and _in_class(chr(arg[0]), items):
            return chr(arg[0])
    return next((ch for ch in _PROBES if _in_class(ch, items)), "a")


class _Generator:
    """One matching sample per choice of alternatives; records what each repeat consumes."""

    def __init__(self, pick: int) -> None:
        self.pick = pick
        self.pumps: list[str] = []

    def seq(self, items) -> str:
        return "".join(self.item(op, arg) for op, arg in items)

    def item(self, op, arg) -> str:
        if op is sre_c.LITERAL:
            return chr(arg)
        if op is sre_c.NOT_LITERAL:
            return "a" if arg != ord("a") else "b"
        if op is sre_c.ANY:
            return "a"
        if op is sre_c.IN:
            return _class_char(arg)
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, high, sub = arg
            body = self.seq(sub)
            if (high is sre_c.MAXREPEAT or high > 1) and body and body not in self.pumps:
                self.pumps.append(body)
            return body * min(max(low, 1), high if high is not sre_c.MAXREPEAT else 2, 3)
        if op is sre_c.SUBPATTERN:
            return self.seq(arg[-1])
        if op is sre_c.ATOMIC_GROUP:
            return self.seq(arg)
        if op is sre_c.BRANCH:
            alternatives = arg[1]
            return self.seq(alternatives[self.pick % len(alternatives)])
        if op is sre_c.GROUPREF_EXISTS:
            return self.seq(arg[1])
        return ""  # AT, ASSERT, ASSERT_NOT, GROUPREF: zero-width or not worth generating


def _branch_width(items) -> int:
    width = 1
    for op, arg in items:
        if op is sre_c.BRANCH:
            width = max(width, len(arg[1]), *(_branch_width(a) for a in arg[1]))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            width = max(width, _branch_width(arg[2]))
        elif op is sre_c.SUBPATTERN:
            width = max(width, _branch_width(arg[-1]))
        elif op is sre_c.ATOMIC_GROUP:
            width = max(width, _branch_width(arg))
    return width


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // max(1, len(unit)))


GENERIC = {
    "spaces": lambda n: "hello " + " " * n + "x",
    "newlines": lambda n: "hello\n" + "\n" * n + "x",
    "blank-lines-with-spaces": lambda n: _fill(" \n", n),
    "digit-commas": lambda n: _fill("1,", n),
    "digit-dots": lambda n: _fill("1.", n),
    "digits-spaces": lambda n: _fill("1 ", n),
    "letters": lambda n: "a" * n,
    "words": lambda n: _fill("word ", n),
    "words-lines": lambda n: _fill("word\n", n),
    "dots": lambda n: "." * n,
    "at-signs": lambda n: _fill("a@", n),
    "slashes": lambda n: "http://" + _fill("a/", n),
    "unclosed-tag": lambda n: '<a href="x' + "\n" * n,
    "tags": lambda n: _fill("<div>", n),
    "indented-lines": lambda n: _fill("   > wrote 1\n", n),
    "money": lambda n: _fill("$1,000,000.00 ", n),
    "colons": lambda n: _fill("a: ", n),
    "dashes": lambda n: "-" * n,
    "underscores": lambda n: "_" * n,
    "cjk": lambda n: "中" * n,
}


def worst_cases(pattern: re.Pattern[str]) -> dict[str, callable]:
    """label -> (size -> text): generic hostile runs and cases built from the pattern itself."""
    cases = dict(GENERIC)
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    samples: dict[str, list[str]] = {}
    for pick in range(min(_branch_width(list(tree)), _MAX_SAMPLES)):
        gen = _Generator(pick)
        sample = gen.seq(list(tree))
        if sample and sample not in samples:
            samples[sample] = gen.pumps[:_MAX_PUMPS]
    for k, (sample, pumps) in enumerate(samples.items()):
        cases[f"sample{k}-repeated"] = lambda n, s=sample: _fill(s, n)
        cases[f"sample{k}-short-repeated"] = lambda n, s=sample: _fill(s[:-1] or s, n)
        cases[f"sample{k}-spaced"] = lambda n, s=sample: _fill(s[:-1] + " ", n)
        cuts = sorted({0, len(sample) // 3, len(sample) // 2, 2 * len(sample) // 3, len(sample) - 1})
        for j, pump in enumerate(pumps):
            for cut in cuts:
                cases[f"sample{k}[:{cut}]+pump{j}"] = lambda n, s=sample[:cut], p=pump: s + _fill(p, n)
            cases[f"(sample{k}+pump{j})-repeated"] = lambda n, s=sample, p=pump: _fill(s[: len(s) // 2] + p * 3, n)
    return cases


# --- timing ---------------------------------------------------------------------------------------

class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise _TooSlow


def run_timed(pattern: re.Pattern[str], text: str) -> float:
    """Seconds to find every match (search and finditer cover how the code uses patterns)."""
    previous = signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, HARD_STOP)  # counts this process's CPU, like the budgets
    start = time.process_time()
    try:
        for _ in pattern.finditer(text):
            pass
    except _TooSlow:
        return HARD_STOP
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - start


def slow_cases(pattern: re.Pattern[str], prepare=_as_is) -> list[str]:
    """What is over budget for this pattern, as readable lines (empty when it is linear).
    `prepare` is what the code does to a text before the pattern reads it (rules squeeze spaces).

    Every case runs at SMALL; the slowest few and any over SMALL_BUDGET run again at LARGE, where
    a case fails only if it is over LARGE_BUDGET twice (a busy machine may stall one run)."""
    cases = worst_cases(pattern)
    timed = sorted(((run_timed(pattern, prepare(make(SMALL))), label) for label, make in cases.items()), reverse=True)
    suspects = [label for k, (seconds, label) in enumerate(timed) if k < WORST_AT_LARGE or seconds > SMALL_BUDGET]
    over = []
    for label in suspects[:WORST_AT_LARGE + 3]:
        text = prepare(cases[label](LARGE))
        seconds = run_timed(pattern, text)
        if seconds > LARGE_BUDGET and seconds < HARD_STOP:
            seconds = min(seconds, run_timed(pattern, text))
        if seconds > LARGE_BUDGET and seconds < HARD_STOP:
            # Over budget on a busy machine is not yet backtracking: a linear pattern takes ~10x
            # the time on 10x the text, a quadratic one ~100x. Fail on the growth, measured now.
            small = min(run_timed(pattern, prepare(cases[label](SMALL))) for _ in range(2))
            growth = seconds / max(small, 1e-4)
            if growth <= GROWTH_LIMIT:
                continue
            over.append(f"{label} at {len(text)} chars: {seconds:.2f} s (budget {LARGE_BUDGET} s), "
                        f"{growth:.0f}x the time at {SMALL} chars")
        elif seconds > LARGE_BUDGET:
            over.append(f"{label} at {len(text)} chars: over {HARD_STOP} s")
    return over


ALL_PATTERNS = {**rule_patterns(), **module_patterns()}
# Rule patterns read texts through checks.rules.bounded_text, as in evaluate().
PREPARE = {name: bounded_text for name in ALL_PATTERNS if name.startswith("rule ")}


def test_patterns_are_collected():
    # Guards the introspection itself: the rule files and the parsing modules hold many patterns.
    assert sum(name.startswith("rule ") for name in ALL_PATTERNS) >= 100
    assert any(name.startswith("inquiry_triage.parsing.quoting.") for name in ALL_PATTERNS)
    assert any(name.startswith("inquiry_triage.parsing.received.") for name in ALL_PATTERNS)
    assert any(name.startswith("inquiry_triage.language.") for name in ALL_PATTERNS)


def test_generator_finds_a_known_quadratic_pattern():
    # The generator must build the input that makes a classic backtracking pattern slow.
    assert slow_cases(re.compile(r"\d[\d,]*\s*pcs"))
    assert slow_cases(re.compile(r"\s+$"))
    assert not slow_cases(re.compile(r"\bpcs\b"))


@pytest.mark.parametrize("name", sorted(ALL_PATTERNS))
def test_pattern_is_linear_on_hostile_input(name):
    over = slow_cases(ALL_PATTERNS[name], PREPARE.get(name, _as_is))
    assert not over, f"{name} /{ALL_PATTERNS[name].pattern[:200]}/ backtracks: " + "; ".join(over)


# --- whole messages: issue 8's crafted inputs, triaged end to end ---------------------------------

MESSAGE_BUDGET = 5.0  # CPU seconds per message; each takes well under 1 s (they took 20 s to 20 min)


def _mail(body: str, *, ctype: str = "text/plain", extra_headers: str = "") -> bytes:
    head = ("From: Buyer <buyer@example.org>\nTo: sales@example.com\nSubject: Inquiry\n"
            "Date: Mon, 3 Mar 2025 10:00:00 +0100\nMessage-ID: <crafted@example.org>\n" + extra_headers
            + f"MIME-Version: 1.0\nContent-Type: {ctype}; charset=utf-8\n\n")
    return (head + body).encode()


def crafted_inputs() -> dict[str, bytes | dict]:
    host = "a" * 16_000
    received = (f"Received: from {host} ({host} [203.0.113.9]) by mx.example.com with ESMTP id 1;"
                " Mon, 3 Mar 2025 10:00:00 +0100\n")
    return {
        "digit-commas": _mail("Hello,\n" + "1," * 15_000),
        "blank-lines": _mail("Hello\n" + "\n" * 30_000 + "x"),
        "blank-lines-crlf": _mail("Hello\r\n" + "\r\n" * 30_000 + "x"),
        "a-href-newlines": _mail('<html><body><a href="x' + "\n" * 100_000, ctype="text/html"),
        "a-href-newlines-plain": _mail('<a href="x' + "\n" * 100_000),
        "received-host-name": _mail("Hello", extra_headers=received),
        "received-host-name-x500": _mail("Hello", extra_headers=received * 500),
        "indented-wrote-lines": _mail("Hello\n" + "".join(" " * 300 + "1" * 290 + " wrote\n" for _ in range(340))),
        "unclosed-divs": _mail("<html><body>" + "<div>" * 200_000 + "hi", ctype="text/html"),
        "claim-and-spaces": _mail("claim" + " " * 100_000 + "x"),
        "many-links": _mail("".join(f'<a href="https://e{i}.example/">{i}</a>' for i in range(20_000)), ctype="text/html"),
        "unclosed-encoded-words": _mail("Hello", extra_headers="X-Note: " + "=?utf-8?q?a" * 1_500 + "\n"),
        "record-digit-commas": {"subject": "Inquiry", "body": "1," * 15_000},
        "record-blank-lines": {"subject": "Inquiry", "body": "Hello\n" + "\n" * 30_000 + "x"},
        "record-huge-body": {"subject": "Inquiry", "body": "need 500 pcs, " * 200_000},
    }


@pytest.fixture(scope="module")
def offline_context():
    from inquiry_triage.pipeline import build_context

    return build_context(load_config(None), offline=True)


@pytest.mark.parametrize("name", sorted(crafted_inputs()))
def test_crafted_message_is_triaged_in_bounded_time(name, offline_context):
    from inquiry_triage.pipeline import triage

    item = crafted_inputs()[name]
    start = time.process_time()
    result = triage(item, offline_context, source=name)
    seconds = time.process_time() - start
    line = result.to_json()
    assert line["source"] == name and (line["grade"] is not None or line["error"]), line
    assert seconds < MESSAGE_BUDGET, f"{name}: {seconds:.1f} s"
