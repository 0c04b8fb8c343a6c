"""Growth, the measure of the tests that bound work (the project's rule: count work or growth, never
seconds): tests/test_bounded_work.py, tests/checks/test_prefilter_bounded.py, tests/test_safe_output.py,
and test_templates' extraction patterns.

`growth(make, run)` grows an input, doubling, until one run costs a measurable amount of this
thread's CPU (MEASURABLE, and `fixed_share` (FIXED_SHARE) times the run at the smallest size, so
that the work that depends on the size dominates), then runs it at GROWTH (8) times that size:
linear work costs ~8 times as much there (8-12 measured over every pattern's cases, the top from
cache sizes and bounded repeats), quadratic work 48-64 times; more than GROWTH_LIMIT (24) is a
problem. A busy machine that slows every run alike does not move the ratio, and a thread is not
charged CPU for waiting; the collector is paused while a run is measured, and each figure is the
least of RUNS runs, each on a fresh input (a salt never used before). An input whose run never
becomes measurable up to its largest size does no growing work (`Growth.large` is None). A
superlinear cost can only pass where the code cuts the input before it grows (a cap), and there it
is bounded by the cap.

A ratio over the limit is measured again before it counts: both sizes, RETAKE_RUNS more runs each,
alternating (a load that changes between the two sizes moves both), then, if still over, one more
doubling (2 x GROWTH x size) must grow by more than STEP_LIMIT (2.88x, the limit's exponent) too.
Linear work can cost more per character at a size whose working set leaves the caches or whose
allocation is mapped fresh from the kernel (the regex engine's backtracking stack: DOTTED_WORD's
"a.a" + "a." * n keeps 32 bytes a character, and at 1M characters that 32 MB block is mmapped and
faulted in on every run: 7 ns a character at 128k, 28 at 1M, 26 at 2M; 27-29x from 128k to 1M,
flaking the test): a step, after which the cost per character is flat again (the next doubling ~2x).
For work a n + b n^k (k > 1) the growth only steepens with the size, so a ratio over the limit
implies a next doubling over STEP_LIMIT: quadratic work still fails (~4x); only a cost that stops
growing (a memory step, a cap) is let through.

ITIMER_PROF stops any one run after HARD_STOP CPU seconds (a run at the larger size already at
twice the limit): a safety net that turns a hang into a failure, not a budget (the regex engine
checks signals while it backtracks; linear runs here take milliseconds).

`slow_cases(pattern)` applies it to a regex: worst cases generated from the pattern's own parse
tree (a sample string that matches it, one per alternative, that sample repeated, cut one character
short and repeated, and each prefix of it followed by a long run of what one of its repeats
consumes, "prefix + pump", the shape of every ReDoS), plus generic hostile runs (spaces, newlines,
"1," groups, letters, unclosed tags ...).

Not a test file (pytest collects test_*.py only); its self-tests are in tests/test_bounded_work.py.
"""

from __future__ import annotations

import gc
import re
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SCREEN = 10_000  # characters: every case of a pattern runs once at this size to find its slowest
WORST_AT_SCREEN = 3  # cases per pattern (the slowest at SCREEN) whose growth is measured ...
SUSPECT_SECONDS = 0.05  # ... and any case slower than this at SCREEN (a choice of cases, not a budget)
SCREEN_STOP = 2 * SUSPECT_SECONDS  # a screening run stopped here is a suspect already: no need to finish it
START = 500  # characters a pattern's case is grown from
MOST_CHARS = 131_072  # largest size grown to (the case then runs at GROWTH times it)
MEASURABLE = 0.0005  # CPU seconds one run must cost before its growth is read
FIXED_SHARE = 4  # ... and this many times the run at the starting size (the fixed cost is then at most 1/4)
GROWTH = 8  # the larger size is this many times the measured one
GROWTH_LIMIT = 24  # CPU(GROWTH x size) / CPU(size): 8-12 when linear (measured), 48-64 when quadratic
# One more doubling past GROWTH x size, taken only when the ratio is over the limit: the same exponent as
# GROWTH_LIMIT over GROWTH (log 24 / log 8 = 1.53) over a factor 2, so 2 ** 1.53 = 2.88. Linear ~2, quadratic ~4.
STEP_LIMIT = GROWTH_LIMIT ** (1 / 3)
RUNS = 3  # runs per measured figure; the least counts (a busy machine only ever adds)
RETAKE_RUNS = 3  # ... and per size when a ratio over the limit is measured again (interleaved, both sizes)
HARD_STOP = 10.0  # CPU seconds: one run this long has hung, whatever the machine

# Characters tried as members (or non-members) of a character class.
_PROBES = " \n\t1a,.-:@/<>\"'_=xZ\u00e9\u4e2d"
_MAX_SAMPLES = 12
_MAX_PUMPS = 8


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


# --- measuring growth ------------------------------------------------------------------------------

class _TooSlow(BaseException):  # not an Exception: triage's own "keep going" handlers must not swallow it
    pass


def _stop(_signum, _frame):
    raise _TooSlow


def cpu_seconds(run: Callable[[], object], stop_after: float = HARD_STOP) -> float:
    """This thread's CPU seconds for one run (the collector paused); `stop_after` if it was stopped there.

    The thread's clock, not the process's: while a process CPU timer (the ITIMER_PROF below) is armed,
    Linux answers the process clock from tick-sampled sums, and a 2 ms run read as 0 or 4 ms
    (measured here). Triage and the regexes run in the calling thread."""
    previous = signal.signal(signal.SIGPROF, _stop)
    collecting = gc.isenabled()
    gc.disable()
    signal.setitimer(signal.ITIMER_PROF, stop_after)  # counts this process's CPU: a stop, not a figure
    start = time.thread_time()
    try:
        try:
            run()
            spent = time.thread_time() - start
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _TooSlow:  # also a stop that fires after the run returned, before the timer is disarmed (it did)
        spent = stop_after
    finally:
        signal.signal(signal.SIGPROF, previous)
        if collecting:
            gc.enable()
    return spent


_SALTS = iter(range(1, 1 << 62))


def least_cpu(make: Callable[[str], Any], run: Callable[[Any], object], runs: int = RUNS,
              stop_after: float = HARD_STOP) -> float:
    """The least CPU seconds of `runs` runs, each on a fresh input make(salt) (built before it is
    measured; a salt never used before, so that no cache keyed by content serves a run what an earlier
    run computed: a hostile sender changes every message). A run stopped at `stop_after` ends them
    (that much CPU was spent, and a busy machine does not charge a thread CPU for waiting)."""
    best = stop_after
    for _ in range(runs):
        item = make(str(next(_SALTS)))
        best = min(best, cpu_seconds(lambda: run(item), stop_after))
        if best >= stop_after:
            break
    return best


@dataclass
class Growth:
    size: int  # the size whose run was measurable (or the largest tried)
    small: float  # least CPU seconds at `size`
    large: float | None = None  # least CPU seconds at GROWTH x size; None: `size` never became measurable
    beyond: float | None = None  # least CPU seconds at 2 x GROWTH x size: taken only when the ratio is over the limit

    @property
    def ratio(self) -> float | None:
        return None if self.large is None else self.large / self.small

    @property
    def step(self) -> float | None:
        """CPU(2 x GROWTH x size) / CPU(GROWTH x size), when measured."""
        return None if self.beyond is None or not self.large else self.beyond / self.large

    def problem(self) -> str | None:
        """Why this growth is not linear, or None."""
        if self.small >= HARD_STOP:
            return f"stopped after {HARD_STOP:g} CPU seconds at size {self.size}"
        if self.ratio is not None and self.ratio > GROWTH_LIMIT:
            if self.step is not None and self.step <= STEP_LIMIT:
                return None  # a step in the cost per character, flat again past it: not growing work
            more = " or more (stopped there)" if self.ratio >= 2 * GROWTH_LIMIT else ""
            then = "" if self.step is None else (
                f"; then {self.step:.1f}x at {2 * GROWTH * self.size} ({self.beyond * 1000:.1f} ms; the limit "
                f"{STEP_LIMIT:.2f}x)")
            return (f"{self.ratio:.0f}x the CPU{more} at {GROWTH}x the size ({self.small * 1000:.1f} ms at {self.size}, "
                    f"{self.large * 1000:.1f} ms at {GROWTH * self.size}; linear is ~{GROWTH}x, the limit {GROWTH_LIMIT}x)"
                    f"{then}")
        return None


def growth(make: Callable[[int, str], Any], run: Callable[[Any], object], *, start: int, most: int,
           fixed_share: float = FIXED_SHARE) -> Growth:
    """Grow make(n, salt) from n = start, doubling, until one run costs MEASURABLE CPU seconds and
    `fixed_share` times the run at `start` (or n reaches `most`), then run make(GROWTH x n, salt) and compare.

    A smaller `fixed_share` suits an input whose GROWTH x n must stay under a cap of the code (a rule
    reads 30,000 characters of a body): with 2, the fixed cost is at most half of the measured run,
    linear work then grows ~4.5x, and quadratic work still more than GROWTH_LIMIT (1 + 64 over 2: ~32x)."""
    def cost(n: int, runs: int = RUNS, stop_after: float = HARD_STOP) -> float:
        return least_cpu(lambda salt: make(n, salt), run, runs, stop_after)

    base = cost(start)
    if base >= HARD_STOP:
        return Growth(start, base)
    least = base  # the least run seen: a larger input costing less shows the start's figure was inflated
    n = start
    while True:
        small = cost(n, 1)  # one run while growing: a stalled run only stops the growing early ...
        if small >= HARD_STOP:
            return Growth(n, small)
        least = min(least, small)
        target = max(MEASURABLE, fixed_share * least)
        if small >= target:
            small = min(small, cost(n, RUNS - 1))  # ... and the least of RUNS decides
            if small >= target:
                break
        if n >= most:
            return Growth(n, small)  # never measurable: the work does not grow with this input
        n = min(2 * n, most)  # doubling, and `most` itself last
    # A run at the larger size is stopped once it is twice over the limit (that much is not linear);
    # never sooner than 50 ms, as the process CPU timer counts in scheduler ticks.
    def stop_over(base: float, limit: float) -> float:
        return min(HARD_STOP, max(0.05, 2 * limit * base))

    found = Growth(n, small, cost(GROWTH * n, stop_after=stop_over(small, GROWTH_LIMIT)))
    if found.problem() is None or found.small >= HARD_STOP or found.large is None:
        return found
    # Over the limit: measured again before it counts. A run of a few ms at the larger size was seen at 26x once
    # in a loaded CI run (13.8 ms vs 0.5 ms: cache and scheduler noise), never twice; quadratic work (48-64x) is
    # over the limit every time. Both sizes alternately (a load that comes or goes moves both), the least of
    # all runs at each size kept; when every larger run was stopped at twice the limit, that ends it (not linear).
    smalls, larges = [found.small], [found.large]
    for _ in range(RETAKE_RUNS):
        smalls.append(cost(n, 1))
        stop = stop_over(min(smalls), GROWTH_LIMIT)
        larges.append(cost(GROWTH * n, 1, stop_after=stop))
        if min(larges) >= stop:
            return found
    again = Growth(n, min(smalls), min(larges))
    if again.problem() is None:
        return again
    # Still over: does the cost keep growing faster than linearly one doubling further (the module's docstring)?
    # Alternately with the larger size again; a run stopped at twice STEP_LIMIT ends it, a run within STEP_LIMIT
    # decides at once (a busy machine only ever adds), one over it is taken again.
    beyonds = []
    for _ in range(RUNS - 1):
        stop = stop_over(min(larges), STEP_LIMIT)
        beyonds.append(cost(2 * GROWTH * n, 1, stop_after=stop))
        if beyonds[-1] >= stop or beyonds[-1] <= STEP_LIMIT * min(larges):
            break
        larges.append(cost(GROWTH * n, 1, stop_after=stop_over(again.small, GROWTH_LIMIT)))
    return Growth(n, again.small, min(larges), min(beyonds))


def _scan(pattern: re.Pattern[str], text: str) -> None:
    """Every match of `pattern` in `text` (finditer covers how the code uses patterns: search, sub ...)."""
    for _ in pattern.finditer(text):
        pass


def slow_cases(pattern: re.Pattern[str], prepare=_as_is) -> list[str]:
    """What grows faster than linearly for this pattern, as readable lines (empty when it is linear).
    `prepare` is what the code does to a text before the pattern reads it (rules squeeze spaces).

    Every case runs once at SCREEN characters; the growth of the slowest few (and of any over
    SUSPECT_SECONDS there) is measured."""
    cases = worst_cases(pattern)
    screened = sorted(((cpu_seconds(lambda text=prepare(make(SCREEN)): _scan(pattern, text), SCREEN_STOP), label)
                       for label, make in cases.items()), reverse=True)
    suspects = [label for k, (seconds, label) in enumerate(screened) if k < WORST_AT_SCREEN or seconds > SUSPECT_SECONDS]
    over = []
    for label in suspects[:WORST_AT_SCREEN + 3]:
        found = growth(lambda n, _salt, make=cases[label]: prepare(make(n)), lambda text: _scan(pattern, text),
                       start=START, most=MOST_CHARS)
        if (problem := found.problem()) is not None:
            over.append(f"{label}: {problem}")
    return over
