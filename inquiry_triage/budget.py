"""A time budget per message, and a way to stop between stages.

Cooperative: `checkpoint()` is called between pipeline stages and between checks; it raises
OutOfTime once the message has used its budget, and Stopped once a stop was asked for (SIGTERM
in the daemon). In the main thread the budget is also enforced by SIGALRM, which interrupts
pure-Python loops (parsing, HTML conversion) at once; it cannot interrupt one C-level call, e.g.
a single `re` match, which ends first (the regexes are kept linear for that reason).
"""

from __future__ import annotations

import contextlib
import contextvars
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass


class OutOfTime(Exception):
    """The message used up its time budget; it is stored as failed with this reason."""


class Stopped(BaseException):
    """A stop was asked for (SIGTERM): abandon the message in hand, store nothing for it. A
    BaseException so that `except Exception` around one item never swallows it."""


@dataclass
class _Budget:
    started: float
    seconds: float
    stop: threading.Event | None
    active: bool = True

    def over(self) -> OutOfTime | None:
        used = time.monotonic() - self.started
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
    problem = budget.over()
    if problem is not None:
        raise problem


def _alarm(_signum: int, _frame: object) -> None:
    budget = _CURRENT.get()
    if budget is not None and budget.active:
        checkpoint()


@contextlib.contextmanager
def limit(seconds: float, stop: threading.Event | None = None) -> Iterator[None]:
    """Run the block under a budget of `seconds` (0 or less: no time limit, stops still honoured)."""
    budget = _Budget(time.monotonic(), float(seconds), stop)
    token = _CURRENT.set(budget)
    armed = False
    if seconds > 0 and threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        previous = signal.signal(signal.SIGALRM, _alarm)
        # After the budget, again every second: an interrupt swallowed by a broad `except` is repeated.
        signal.setitimer(signal.ITIMER_REAL, float(seconds), 1.0)
        armed = True
    try:
        yield
    finally:
        while True:
            try:
                budget.active = False  # from here on a late alarm is ignored
                if armed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, previous)
                _CURRENT.reset(token)
                break
            except OutOfTime:
                continue  # the alarm landed during this clean-up, before `active` was cleared
