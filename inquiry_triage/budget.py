"""A time budget per message, and a way to stop between stages.

Cooperative: `checkpoint()` is called between pipeline stages and between checks; it raises
OutOfTime once the message has used its budget, and Stopped once a stop was asked for (SIGTERM
in the daemon). In the main thread the budget is also enforced by SIGALRM, which interrupts
pure-Python loops (parsing, HTML conversion) at once; it cannot interrupt one C-level call, e.g.
a single `re` match, which ends first (the regexes are kept linear for that reason).
"""

from __future__ import annotations

import contextvars
import math
import signal
import threading
import time
from dataclasses import dataclass, field

try:  # the C function signal.signal wraps: its enum conversions were a third of limit()'s cost a message
    from _signal import signal as _set_handler
except ImportError:  # pragma: no cover - not CPython
    _set_handler = signal.signal


class OutOfTime(Exception):
    """The message used up its time budget; it is stored as failed with this reason."""


class Stopped(BaseException):
    """A stop was asked for (SIGTERM): abandon the message in hand, store nothing for it. A
    BaseException so that `except Exception` around one item never swallows it."""


@dataclass
class _Budget:
    started: float
    seconds: float  # the message's whole budget (0 or less: no time limit)
    stop: threading.Event | None
    active: bool = True
    before: float = 0.0  # seconds the message used before this budget started (an earlier stage's)
    ends: float = field(init=False)  # the monotonic time the budget runs out (inf: no time limit)

    def __post_init__(self) -> None:
        self.ends = self.started + self.left if self.seconds > 0 else math.inf

    @property
    def left(self) -> float:
        """What the earlier stages left (at least a millisecond: the stage then ends at its first checkpoint)."""
        return max(self.seconds - self.before, 1e-3)

    def over(self) -> OutOfTime | None:
        used = time.monotonic() - self.started + self.before
        if self.seconds > 0 and used > self.seconds:
            return OutOfTime(f"took too long: {used:.0f} s (the limit is {self.seconds:g} s per message)")
        return None


_CURRENT: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("inquiry_triage_budget", default=None)


def checkpoint() -> None:
    """Raise Stopped or OutOfTime if this message should end now; a no-op outside `limit()`."""
    budget = _CURRENT.get()
    if budget is None:
        return
    if budget.stop is not None and budget.stop.is_set():
        raise Stopped()
    if time.monotonic() > budget.ends:  # a message checks ~30 times: over() only once it may be over
        problem = budget.over()
        if problem is not None:
            raise problem


def _alarm(_signum: int, _frame: object) -> None:
    budget = _CURRENT.get()
    if budget is not None and budget.active:
        checkpoint()


class limit:
    """Run the block under a budget of `seconds` (0 or less: no time limit, stops still honoured).

    A class rather than a generator context manager: it is entered once a message (~30 us a message
    went to the generator, the signal module's enum wrappers and the two handler swaps)."""

    __slots__ = ("seconds", "stop", "before", "budget", "token", "previous", "armed")

    def __init__(self, seconds: float, stop: threading.Event | None = None, *, before: float = 0.0) -> None:
        """`before`: seconds of the message's budget its earlier stages used (triage_batch parses first)."""
        self.seconds = float(seconds)
        self.stop = stop
        self.before = before
        self.armed = False

    def __enter__(self) -> None:
        # The clock starts on entry, not when the object is built (a limit made ahead of time is fair).
        budget = self.budget = _Budget(time.monotonic(), self.seconds, self.stop, before=self.before)
        self.token = _CURRENT.set(budget)
        if budget.seconds > 0 and threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self.previous = _set_handler(signal.SIGALRM, _alarm)
            # After the budget, again every second: an interrupt swallowed by a broad `except` is repeated.
            signal.setitimer(signal.ITIMER_REAL, budget.left, 1.0)
            self.armed = True

    def __exit__(self, *_exc: object) -> None:
        while True:
            try:
                self.budget.active = False  # from here on a late alarm is ignored
                if self.armed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    _set_handler(signal.SIGALRM, self.previous)
                    self.armed = False
                _CURRENT.reset(self.token)
                break
            except OutOfTime:
                continue  # the alarm landed during this clean-up, before `active` was cleared


class interleaved:
    """The budgets of several items whose work interleaves: a stage run over a batch, one check after
    another on every item (pipeline.triage_batch). Item i has used `before[i]` seconds of its budget of
    `seconds` (0 or less: no time limit) and is charged only while `run(i, ...)` runs its work. One timer serves the stage (main thread:
    armed at the smallest budget, then every second, as `limit` repeats its alarm), rather than one
    per item and check (two system calls each): an item interrupted in a pure-Python loop is
    interrupted at most a second after its budget ran out; checkpoints end it at once."""

    __slots__ = ("budgets", "used", "previous", "armed")

    def __init__(self, seconds: float, before: list[float], stop: threading.Event | None = None) -> None:
        # Inactive until an item's work runs: an alarm between items finds no budget of theirs to end.
        self.budgets = [_Budget(0.0, float(seconds), stop, active=False, before=used) for used in before]
        self.used = [0.0] * len(before)  # seconds each item's work took in this stage
        self.armed = False

    def __enter__(self) -> interleaved:
        limited = [budget.left for budget in self.budgets if budget.seconds > 0]
        if limited and threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            self.previous = _set_handler(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, min(limited), 1.0)
            self.armed = True
        return self

    def run(self, index: int, func, *args):  # type: ignore[no-untyped-def]
        """func(*args) under item `index`'s budget, after a checkpoint (as between checks)."""
        budget = self.budgets[index]
        started = time.monotonic()
        budget.started = started - self.used[index]  # what the item used in this stage counts
        budget.ends = budget.started + budget.left if budget.seconds > 0 else math.inf
        token = None
        try:
            token = _CURRENT.set(budget)
            budget.active = True  # only now may the stage's alarm end this item (its token is kept to reset)
            checkpoint()
            return func(*args)
        finally:
            while True:
                try:
                    budget.active = False  # a late alarm is ignored from here on
                    if token is not None:
                        _CURRENT.reset(token)
                        token = None
                    break
                except OutOfTime:
                    continue  # the alarm landed during this clean-up
            self.used[index] += time.monotonic() - started

    def __exit__(self, *_exc: object) -> None:
        while self.armed:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                _set_handler(signal.SIGALRM, self.previous)
                self.armed = False
            except OutOfTime:
                continue
