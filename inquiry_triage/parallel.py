"""`triage --jobs N`: parsing, checks and grading in N worker processes, results in input order.

The caller stays the one writer: it gets the results back in the order the items came in, so the
output and the store see exactly what one process would have produced. Each worker builds its
triage context (lists, rules, language profiles) once; items travel in chunks to save round trips.
A worker that dies (killed, out of memory, a crash in C code) breaks the pool: the items that were
in flight are then triaged again one at a time in a fresh pool, so only the item that kills a
worker on its own ends failed ("the worker process died"), with its raw bytes, like any bad item.
The per-message time budget applies in the workers as in one process (budget.py: SIGALRM works in
a worker's main thread).

The daemon shares one pool between its mailboxes' poll threads (`now=None`: each item is triaged
at the clock's time, as the daemon's context lives for days); one fetch batch at a time holds the
pool (`exclusive`), so a worker's death is pinned on an item of that batch and no other.

Each chunk (and, in one process, each batch of up to BATCH_ITEMS items read from the input) is
triaged by pipeline.triage_batch: the items in hand parsed, their bodies scanned together, then
each finished, with the same results as triage_item of each (less CPU a message: issue 10). `now`
is what it was item by item: the run's --now (or its start) for every item of a `triage` run, and
for the daemon's workers the clock read once per item, as its checks start (never once a chunk:
a chunk's items then see the same deadline arithmetic they saw one at a time).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timezone
from itertools import islice
from typing import Any

from .config import Config
from .errors import TriageError
from .pipeline import TriageResult
from .scheduling import holiday_facts
from .sources import RawItem

CHUNK_ITEMS = 8  # items per round trip to a worker: few enough that both cores stay busy to the end
BATCH_ITEMS = 16  # one process: items triaged together (pipeline.triage_batch; 16: bench.py's batch)
CHUNKS_AHEAD = 4  # chunks in flight per worker: work queued while the writer commits; bounds memory
WAIT_TICK = 0.1  # seconds between the writer's looks at the clock and at a stop request while it waits
WORKER_DIED = "the worker process died while triaging this item (killed, out of memory or a crash)"


def jobs_from(option: int | None, config: Config) -> int:
    """--jobs, else [triage] jobs; 0 = one per CPU. Raises ValueError for a negative --jobs,
    ConfigError for a [triage] jobs out of its range (config.NUMBERS; checked at load)."""
    from .config import number

    value = option
    if value is None:
        value = number(config, "triage.jobs")
        value = 1 if value is None else value
    try:
        jobs = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"jobs must be a whole number, not {value!r}") from None
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return jobs


# --- in the worker -------------------------------------------------------------------------------

_CONTEXT: Any = None
_CONTEXT_ERROR: TriageError | None = None
_LIVE_CLOCK = False  # the daemon's workers: each item's `now` is the time it is triaged
_WRITE_DRAFTS = True  # stored results: the draft is written in the worker (see _triage_one)


PARENT_CHECK_SECONDS = 1.0


def _process_identity(pid: int) -> str | None:
    """A process's start time (Linux /proc), so a reused PID is not taken for the same process;
    "" where /proc is missing (then only existence is checked); None once the process is gone
    (a zombie, killed and not yet reaped, is gone too)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return None if fields[0] == b"Z" else fields[19].decode()
    except FileNotFoundError:
        return None if os.path.isdir("/proc") else _exists(pid)
    except (OSError, IndexError):
        return ""


def _exists(pid: int) -> str | None:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:
        pass
    return ""


def _watch_parent(pid: int) -> None:
    """Ends this worker once the triage process is gone (kill -9): the pool's pipes never tell a
    worker blocked on its queue, so it would wait forever."""
    born = _process_identity(pid)
    # A worker the forkserver started just as the triage process was killed finds it gone
    # already: it ends at once (it once compared "gone" with "gone" and lived on, keeping the
    # forkserver alive too).
    while born is not None and _process_identity(pid) == born:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _start_worker(config: Config, offline: bool, now: datetime | None, parent: int | None = None,
                  drafts: bool = True) -> None:
    """Once per worker process: build the context. Ctrl-C reaches the whole process group; the
    parent decides what happens then (it ends the pool), so the workers ignore it. SIGTERM was
    held while the worker started (_signals_held): the pool's terminate() works from here on."""
    global _CONTEXT, _CONTEXT_ERROR, _LIVE_CLOCK, _WRITE_DRAFTS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()
    from .pipeline import build_context

    _LIVE_CLOCK, _WRITE_DRAFTS = now is None, drafts
    try:
        _CONTEXT = build_context(config, offline=offline, now=now)
    except TriageError as exc:  # a bad configuration: reported by the parent, once, as without --jobs
        _CONTEXT_ERROR = exc
    except Exception as exc:  # a bug: reported once, not met by every item (each would break the pool again)
        _CONTEXT_ERROR = TriageError(f"a triage worker could not start: {type(exc).__name__}: {exc}")


def _triage_chunk(items: list[RawItem]) -> list[TriageResult]:
    if _CONTEXT_ERROR is not None:
        raise _CONTEXT_ERROR
    results = [_with_draft(result) for result in batch_results(items, _CONTEXT, live_clock=_LIVE_CLOCK)]
    holiday_facts.flush()  # a pool's worker ends without running atexit: its new answers are written here
    return results


def _live_now() -> datetime:
    return datetime.now(timezone.utc)


def batch_results(items: list[RawItem], ctx: Any, *, live_clock: bool = False) -> Iterator[TriageResult]:
    """pipeline.triage_batch of the items in hand (their bodies scanned together: less CPU a
    message), in order. `live_clock`: each item is triaged at the clock's time when its checks
    start, as each item was when triaged one by one (the daemon); else at `ctx.now` (one run's
    --now, or the time the run started). A failure stays with its item (failed, with the reason
    and the raw bytes); should a bug escape the batch itself, the items it had not yet given back
    are triaged one by one, each failure again its own. Configuration errors (TriageError) and a
    stop (budget.Stopped) end the run as they would without batches."""
    from .pipeline import triage_batch

    done = 0
    try:
        for result in triage_batch(items, ctx, clock=_live_now if live_clock else None):
            done += 1
            yield result
    except TriageError:
        raise
    except Exception:  # noqa: BLE001 (what triage_item of each item left would have given)
        for item in items[done:]:
            yield _triage_single(item, ctx, live_clock=live_clock)


def _ready() -> None:
    """A no-op task: submitting one per worker starts them all at once (see _executor)."""


def _triage_one(item: RawItem) -> TriageResult:
    """One item alone in this worker (as a chunk of one is)."""
    if _CONTEXT_ERROR is not None:
        raise _CONTEXT_ERROR
    return _with_draft(_triage_single(item, _CONTEXT, live_clock=_LIVE_CLOCK))


def _triage_single(item: RawItem, ctx: Any, *, live_clock: bool) -> TriageResult:
    from dataclasses import replace

    from .pipeline import _failed, _reason, triage_item

    if live_clock:
        ctx = replace(ctx, now=datetime.now(timezone.utc))
    try:
        return triage_item(item, ctx)  # never raises for bad input: it comes back failed
    except TriageError:
        raise  # a configuration error (e.g. [limits] message_seconds): the run stops, as in one process
    except Exception as exc:
        return _failed(item, _reason("internal error: ", exc))


def _with_draft(result: TriageResult) -> TriageResult:
    if _WRITE_DRAFTS and result.draft_source is not None:
        # The results are stored: the draft is written here, not by the one writer. Otherwise it
        # travels unwritten (and is written only if the parent reads it).
        try:
            _ = result.draft
        except Exception:  # noqa: BLE001 (the source stays: it fails again where the draft is read)
            pass
    return result


# --- in the parent -------------------------------------------------------------------------------

def _chunk_sizes(jobs: int) -> Iterator[int]:
    """1 item for each worker, then 2, 4 ... up to CHUNK_ITEMS: the first results come back after
    one item's work (the first commit and line are not held up by a whole chunk), the later ones
    in chunks that save round trips."""
    size = 1
    while size < CHUNK_ITEMS:
        for _ in range(jobs):
            yield size
        size *= 2
    while True:
        yield CHUNK_ITEMS


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait (pending, not lost) while workers start or the pool ends: a worker
    interrupted halfway through its start is not yet the pool's to end, and would print a
    traceback when the pool's pipes vanish under it; an interrupted close leaves concurrent.futures'
    own thread to race its exit hook ("Exception ignored ... Bad file descriptor"). Threads and
    processes started here inherit the mask: the workers unblock SIGTERM in _start_worker."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _wait(future: Future[Any], idle: Callable[[], None] | None, stop: Callable[[], bool] | None) -> bool:
    """Until `future` is done (True) or `stop()` asks to end (False); `idle()` runs every WAIT_TICK
    meanwhile (the writer's commit that is due by the clock)."""
    if idle is None and stop is None:
        return True
    while True:
        if stop is not None and stop():
            return False
        if wait([future], timeout=WAIT_TICK).done:
            return True
        if idle is not None:
            idle()


class TriagePool:
    """`with TriagePool(config, jobs, offline=..., now=...) as pool: for result in pool.results(items)`.

    `now=None`: each item is triaged at the time it reaches a worker (the daemon). Several threads
    may share one pool if each holds `exclusive` for its batch (see the module's doc)."""

    def __init__(self, config: Config, jobs: int, *, offline: bool, now: datetime | None, drafts: bool = True) -> None:
        self.config, self.jobs, self.offline, self.now = config, max(1, jobs), offline, now
        self.drafts = drafts  # write each result's reply draft in the worker (needed when results are stored)
        self._pool: ProcessPoolExecutor | None = None
        self.restarts = 0
        self.exclusive = threading.Lock()

    def __enter__(self) -> TriagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # multiprocessing's resource tracker unblocks SIGINT/SIGTERM in this thread when it
            # starts (it holds them for its own start): started first, it cannot end the hold.
            from multiprocessing import resource_tracker

            resource_tracker.ensure_running()
            # forkserver: workers start from a clean process, not a copy of the parent's open
            # database connections and threads.
            context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
            with _signals_held():  # the forkserver and the workers start with the signals held
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker,
                                                 initargs=(self.config, self.offline, self.now, os.getpid(), self.drafts))
        return self._pool

    def worker_pids(self) -> list[int]:
        """The live workers' process ids (for tests and logs)."""
        pool = self._pool
        processes = (getattr(pool, "_processes", None) or {}) if pool is not None else {}
        return [p.pid for p in list(processes.values()) if p.is_alive()]

    def close(self) -> None:
        """End the workers now (Ctrl-C, SIGTERM, an error, or the end): queued chunks are dropped."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        with _signals_held():
            processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way before 3.14
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(5)
            if manager is not None:
                manager.join(10)  # its exit hook would otherwise race it for the pool's pipes

    def results(self, items: Iterable[RawItem], *, idle: Callable[[], None] | None = None,
                stop: Callable[[], bool] | None = None) -> Iterator[TriageResult]:
        """One result per item, in the items' order. `idle()` runs while the next result is awaited
        (every WAIT_TICK); once `stop()` is true no more results come (those in flight are dropped)."""
        source = iter(items)
        sizes = _chunk_sizes(self.jobs)
        in_flight: deque[tuple[list[RawItem], Future[list[TriageResult]]]] = deque()
        while True:
            while len(in_flight) < self.jobs * CHUNKS_AHEAD:
                chunk = list(islice(source, next(sizes)))
                if not chunk:
                    break
                in_flight.append((chunk, self._submit(chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            if not _wait(future, idle, stop):
                return
            try:
                done = future.result()
            except BrokenProcessPool:
                if stop is not None and stop():
                    return  # ended on purpose (the daemon closes the pool when it stops)
                # Which item killed the worker is unknown: every chunk in flight is suspect.
                suspects = chunk + [item for waiting, _ in in_flight for item in waiting]
                in_flight.clear()
                self._restart()
                yield from self._one_at_a_time(suspects, idle, stop)
                continue
            except TriageError:
                raise
            except Exception:  # e.g. a result that would not travel back: find the item, keep the others
                yield from self._one_at_a_time(chunk, idle, stop)
                continue
            yield from done

    def _submit(self, chunk: list[RawItem]) -> Future[list[TriageResult]]:
        for attempt in (1, 2):
            executor = self._executor()
            try:
                with _signals_held():  # a submit may start a worker
                    return executor.submit(_triage_chunk, chunk)
            except BrokenProcessPool:
                if attempt == 2:
                    raise
                self._restart()
        raise AssertionError("unreachable")

    def _restart(self) -> None:
        self.close()
        self.restarts += 1

    def _one_at_a_time(self, items: list[RawItem], idle: Callable[[], None] | None,
                       stop: Callable[[], bool] | None) -> Iterator[TriageResult]:
        """Each item alone in the pool: one that kills its worker again is failed, the rest triaged."""
        from .pipeline import _failed, _reason

        for item in items:
            future = self._submit([item])
            if not _wait(future, idle, stop):
                return
            try:
                [result] = future.result()
            except BrokenProcessPool:
                if stop is not None and stop():
                    return
                self._restart()
                result = _failed(item, WORKER_DIED)
            except TriageError:
                raise
            except Exception as exc:
                result = _failed(item, _reason("internal error in the worker: ", exc))
            yield result


@contextlib.contextmanager
def triage_results(items: Iterable[RawItem], config: Config, jobs: int, *, offline: bool, now: datetime,
                   idle: Callable[[], None] | None = None, drafts: bool = True) -> Iterator[Iterator[TriageResult]]:
    """The results in input order: in this process for one job, else from a pool of `jobs` workers
    that ends with the block (also on Ctrl-C, SIGTERM or an error). `idle()` runs while the pool
    is awaited (e.g. the commit a batch owes by the clock)."""
    if jobs <= 1:
        from .pipeline import build_context

        ctx = build_context(config, offline=offline, now=now)
        yield _in_batches(items, ctx)
        return
    with TriagePool(config, jobs, offline=offline, now=now, drafts=drafts) as pool:
        yield pool.results(items, idle=idle)


def _in_batches(items: Iterable[RawItem], ctx: Any) -> Iterator[TriageResult]:
    """One process: the items in batches (batch_results) of 1, 2, 4 ... up to BATCH_ITEMS, read
    from the input as each batch starts: the first result comes after one item, as before, and
    a batch holds at most BATCH_ITEMS items' bytes. Every item gets the run's `now` (ctx.now), as
    before. A result not yet given back when the run stops (Ctrl-C, SIGTERM) was never stored:
    the next run triages it again."""
    source = iter(items)
    size = 1
    while True:
        chunk = list(islice(source, size))
        if not chunk:
            return
        yield from batch_results(chunk, ctx)
        size = min(size * 2, BATCH_ITEMS)


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an interrupt so that `with` blocks clean up on the way out."""


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block SIGTERM unwinds like Ctrl-C (uncommitted work is dropped, to be redone by
    the next run; workers are ended); then the process ends by SIGTERM as it would have. After
    Ctrl-C, further Ctrl-Cs are ignored while the run ends."""
    def interrupt(_signum: int, _frame: object) -> None:
        raise Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding program): its signals are its own
        yield
        return
    try:
        yield
    except Terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        sys.stdout.flush()  # the lines of committed items
        os.kill(os.getpid(), signal.SIGTERM)
        raise
    except KeyboardInterrupt:
        # Ctrl-C pressed again while the run ends: it is ending already (exit 130, one line), and
        # a second interrupt in the interpreter's exit would end it by SIGINT instead.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
