"""`triage --jobs N`: parsing, checks and grading in N worker processes, results in input order.

The caller stays the one writer: it gets the results back in the order the items came in, so the
output and the store see exactly what one process would have produced. Each worker builds its
triage context (lists, rules, language profiles) once; items travel in chunks to save round trips.
A worker that dies (killed, out of memory, a crash in C code) breaks the pool: the items that were
in flight are then triaged again one at a time in a fresh pool, so only the item that kills a
worker on its own ends failed ("the worker process died"), with its raw bytes, like any bad item.
The per-message time budget applies in the workers as in one process (budget.py: SIGALRM works in
a worker's main thread).
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
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from itertools import islice
from typing import Any

from .config import Config
from .errors import TriageError
from .pipeline import TriageResult
from .sources import RawItem

CHUNK_ITEMS = 8  # items per round trip to a worker: few enough that both cores stay busy to the end
CHUNKS_AHEAD = 4  # chunks in flight per worker: work queued while the writer commits; bounds memory
WORKER_DIED = "the worker process died while triaging this item (killed, out of memory or a crash)"


def jobs_from(option: int | None, config: Config) -> int:
    """--jobs, else [triage] jobs; 0 = one per CPU. Raises ValueError for a negative number."""
    value = option if option is not None else config.get("triage.jobs", 1)
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


PARENT_CHECK_SECONDS = 1.0


def _process_identity(pid: int) -> str | None:
    """A process's start time (Linux /proc), so a reused PID is not taken for the same process;
    "" where /proc is missing (then only existence is checked); None once the process is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[19].decode()
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
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if _process_identity(pid) != born:
            os._exit(1)


def _start_worker(config: Config, offline: bool, now: datetime, parent: int | None = None) -> None:
    """Once per worker process: build the context. Ctrl-C reaches the whole process group; the
    parent decides what happens then (it ends the pool), so the workers ignore it."""
    global _CONTEXT, _CONTEXT_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()
    from .pipeline import build_context

    try:
        _CONTEXT = build_context(config, offline=offline, now=now)
    except TriageError as exc:  # a bad configuration: reported by the parent, once, as without --jobs
        _CONTEXT_ERROR = exc


def _triage_chunk(items: list[RawItem]) -> list[TriageResult]:
    if _CONTEXT_ERROR is not None:
        raise _CONTEXT_ERROR
    return [_triage_one(item) for item in items]


def _triage_one(item: RawItem) -> TriageResult:
    from .pipeline import _failed, _reason, triage_item

    try:
        return triage_item(item, _CONTEXT)  # never raises for bad input: it comes back failed
    except TriageError:
        raise  # a configuration error (e.g. [limits] message_seconds): the run stops, as in one process
    except Exception as exc:
        return _failed(item, _reason("internal error: ", exc))


# --- in the parent -------------------------------------------------------------------------------

class TriagePool:
    """`with TriagePool(config, jobs, offline=..., now=...) as pool: for result in pool.results(items)`."""

    def __init__(self, config: Config, jobs: int, *, offline: bool, now: datetime) -> None:
        self.config, self.jobs, self.offline, self.now = config, max(1, jobs), offline, now
        self._pool: ProcessPoolExecutor | None = None
        self.restarts = 0

    def __enter__(self) -> TriagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: workers start from a clean process, not a copy of the parent's open
            # database connections and threads.
            context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker,
                                             initargs=(self.config, self.offline, self.now, os.getpid()))
        return self._pool

    def close(self) -> None:
        """End the workers now (Ctrl-C, SIGTERM, an error, or the end): queued chunks are dropped."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way before 3.14
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(5)

    def results(self, items: Iterable[RawItem]) -> Iterator[TriageResult]:
        """One result per item, in the items' order."""
        source = iter(items)
        in_flight: deque[tuple[list[RawItem], Future[list[TriageResult]]]] = deque()
        while True:
            while len(in_flight) < self.jobs * CHUNKS_AHEAD:
                chunk = list(islice(source, CHUNK_ITEMS))
                if not chunk:
                    break
                in_flight.append((chunk, self._submit(chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                # Which item killed the worker is unknown: every chunk in flight is suspect.
                suspects = chunk + [item for waiting, _ in in_flight for item in waiting]
                in_flight.clear()
                self._restart()
                yield from self._one_at_a_time(suspects)
                continue
            except TriageError:
                raise
            except Exception:  # e.g. a result that would not travel back: find the item, keep the others
                yield from self._one_at_a_time(chunk)
                continue
            yield from done

    def _submit(self, chunk: list[RawItem]) -> Future[list[TriageResult]]:
        try:
            return self._executor().submit(_triage_chunk, chunk)
        except BrokenProcessPool:
            self._restart()
            return self._executor().submit(_triage_chunk, chunk)

    def _restart(self) -> None:
        self.close()
        self.restarts += 1

    def _one_at_a_time(self, items: list[RawItem]) -> Iterator[TriageResult]:
        """Each item alone in the pool: one that kills its worker again is failed, the rest triaged."""
        from .pipeline import _failed, _reason

        for item in items:
            try:
                [result] = self._executor().submit(_triage_chunk, [item]).result()
            except BrokenProcessPool:
                self._restart()
                result = _failed(item, WORKER_DIED)
            except TriageError:
                raise
            except Exception as exc:
                result = _failed(item, _reason("internal error in the worker: ", exc))
            yield result


@contextlib.contextmanager
def triage_results(items: Iterable[RawItem], config: Config, jobs: int, *, offline: bool,
                   now: datetime) -> Iterator[Iterator[TriageResult]]:
    """The results in input order: in this process for one job, else from a pool of `jobs` workers
    that ends with the block (also on Ctrl-C, SIGTERM or an error)."""
    if jobs <= 1:
        from .pipeline import build_context, triage_item

        ctx = build_context(config, offline=offline, now=now)
        yield (triage_item(item, ctx) for item in items)
        return
    with TriagePool(config, jobs, offline=offline, now=now) as pool:
        yield pool.results(items)


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an interrupt so that `with` blocks clean up on the way out."""


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block SIGTERM unwinds like Ctrl-C (uncommitted work is dropped, to be redone by
    the next run; workers are ended); then the process ends by SIGTERM as it would have."""
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
    finally:
        signal.signal(signal.SIGTERM, previous)
