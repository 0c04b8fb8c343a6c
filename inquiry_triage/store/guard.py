"""One item's write, isolated: a bad item never stops a batch, a broken database always does.

`write_item` runs the item's transaction. If it fails:
  - an IntegrityError is first taken for a unique-key race with another process (two `triage`
    runs, or a run and the daemon, on overlapping input): the transaction is run once more, and
    finds the item already known;
  - otherwise (or if that fails too) the transaction is rolled back and `fallback` stores a
    minimal failed row for the item (its reason and raw bytes);
  - if even that fails, the database itself is broken (cannot connect, locked, full, read-only):
    StoreError, with one line that names the problem and carries no customer data or password.

`write_batch` / `BatchedWrites` put many items' writes in one transaction (one commit and fsync
for the lot); if the batch fails, it is rolled back and each item goes through `write_item`, so
the outcome of every item is what it would have been alone.
"""

from __future__ import annotations

import contextlib
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Generic, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError

T = TypeVar("T")


def describe(exc: BaseException) -> str:
    """The first line of the driver's message (SQLAlchemy's own text quotes the statement and its
    parameters, i.e. customer data), cut short."""
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return f"{type(inner).__name__}: {text}"[:300]


def database_failure(sessions: sessionmaker[Session], exc: BaseException) -> StoreError:
    """The StoreError for a failure of the database itself: "database <url, password masked>: ..."."""
    from .db import _without_secrets

    bind = sessions.kw.get("bind")
    message = f"the database: {describe(exc)}"
    if bind is not None:
        url = bind.url.render_as_string(hide_password=False)
        message = _without_secrets(f"database {bind.url.render_as_string(hide_password=True)}: {describe(exc)}", url)
    return StoreError(message)


LOCK_RETRIES = 5


def _is_lock(exc: BaseException) -> bool:
    """SQLite's "database is locked" / "busy": another writer holds the lock. In WAL mode a read
    transaction that then writes gets it at once, without waiting for busy_timeout, when another
    process committed in between; trying again starts from a fresh snapshot."""
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(inner).lower()
    return isinstance(exc, OperationalError) and ("locked" in text or "busy" in text)


def _with_lock_retries(sessions: sessionmaker[Session], work: Callable[[Session], T]) -> T:
    for attempt in range(LOCK_RETRIES + 1):
        started = time.monotonic()
        try:
            with sessions.begin() as session:
                return work(session)
        except OperationalError as exc:
            # A lock that already waited out busy_timeout is a held lock: no point waiting again.
            if not _is_lock(exc) or attempt == LOCK_RETRIES or time.monotonic() - started > 2.0:
                raise
            time.sleep(0.05 * 2 ** attempt + random.random() * 0.05)
    raise AssertionError("unreachable")


def write_item(sessions: sessionmaker[Session], work: Callable[[Session], T],
               fallback: Callable[[Session, str], T]) -> T:
    """`work(session)` in one transaction; on failure `fallback(session, reason)` in another (see
    the module's doc). Raises StoreError when the database itself fails."""
    try:
        return _with_lock_retries(sessions, work)
    except IntegrityError:
        try:  # a unique-key race: the other writer's row is committed now, and work() sees it
            with sessions.begin() as session:
                return work(session)
        except Exception as again:
            problem = again
    except Exception as exc:
        if _is_lock(exc):  # still locked after the retries: the database, not this item
            raise database_failure(sessions, exc) from None
        problem = exc
    try:
        with sessions.begin() as session:
            return fallback(session, describe(problem))
    except Exception as second:
        raise database_failure(sessions, second) from None


def _take_write_lock(session: Session) -> None:
    """SQLite: take the write lock at the start (BEGIN IMMEDIATE waits up to busy_timeout for it),
    so a batch never meets a snapshot made stale by another writer's commit halfway through."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


def write_batch(sessions: sessionmaker[Session],
                writes: Sequence[tuple[Callable[[Session], T], Callable[[Session, str], T]]]) -> list[T]:
    """Every `(work, fallback)` of `writes` in ONE transaction: one commit, one fsync. If anything in
    it fails, the whole transaction is rolled back and the items are written again one by one with
    `write_item`, so a bad item ends exactly as it would alone (failed, with its reason and raw
    bytes) and the others are stored. `work` must not change anything outside its session before
    it succeeds (it may run twice). Raises StoreError when the database itself fails."""
    if not writes:
        return []

    def all_of(session: Session) -> list[T]:
        _take_write_lock(session)
        return [work(session) for work, _ in writes]

    try:
        return _with_lock_retries(sessions, all_of)
    except Exception as exc:
        if _is_lock(exc):  # held past busy_timeout: the database, not an item
            raise database_failure(sessions, exc) from None
    return [write_item(sessions, work, fallback) for work, fallback in writes]


def batch_limits(config: Any) -> tuple[int, float]:
    """([store] batch_size, batch_seconds), checked at load (config.NUMBERS); checked again here
    for a Config made by hand: ConfigError names the key and its range."""
    from ..config import number

    size, seconds = number(config, "store.batch_size"), number(config, "store.batch_seconds")
    return (200 if size is None else size), (2.0 if seconds is None else float(seconds))


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM that arrive within the block are held and delivered (to the handlers in
    place before it) when it ends: a batch's commit and the report of its items are not cut apart,
    so every item of a committed batch is reported. Main thread only (elsewhere signals are not
    Python's to handle): a no-op there."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, _frame: object) -> None:
        if signum not in held:
            held.append(signum)

    previous: dict[int, Any] = {}
    try:
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, hold)
    except ValueError:  # an embedding program's signals are its own
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        for signum in held:  # the stop asked for during the block, now that the batch is whole
            signal.raise_signal(signum)


BATCH_BYTES = 64 * 1024 * 1024  # a batch holds its items (and their raw bytes) until it commits


class BatchedWrites(Generic[T]):
    """Writes collected and committed together: every `size` items or `seconds` after the first
    waiting one, whichever comes first ([store] batch_size / batch_seconds), and before the items
    waiting hold BATCH_BYTES. A crash loses at most the batch in hand, which nothing has reported
    yet: each item's `done(outcome)` is called, in the order the items were added, only after its
    batch committed; SIGINT / SIGTERM arriving during a flush wait until its items are reported
    (signals_deferred), so an interrupt never leaves a committed item unreported. `lock`: held for each commit, so that several threads' batches (the daemon's
    mailboxes) are written one at a time."""

    def __init__(self, sessions: sessionmaker[Session], size: int, seconds: float,
                 clock: Callable[[], float] = time.monotonic, *, lock: AbstractContextManager[Any] | None = None) -> None:
        self.sessions, self.size, self.seconds, self.clock = sessions, max(1, int(size)), float(seconds), clock
        self.lock: AbstractContextManager[Any] = lock if lock is not None else nullcontext()
        self._waiting: list[tuple[Callable[[Session], T], Callable[[Session, str], T], Callable[[T], None]]] = []
        self._since: float | None = None
        self._bytes = 0
        self.commits = 0

    def add(self, work: Callable[[Session], T], fallback: Callable[[Session, str], T],
            done: Callable[[T], None], nbytes: int = 0) -> None:
        """`nbytes`: about what the item holds in memory (its raw bytes)."""
        self._waiting.append((work, fallback, done))
        self._bytes += nbytes
        if self._since is None:
            self._since = self.clock()
        if (len(self._waiting) >= self.size or self._bytes >= BATCH_BYTES
                or self.clock() - self._since >= self.seconds):
            self.flush()

    def flush_if_due(self) -> None:
        """Commit now if the oldest waiting item has waited `seconds`: for a caller that waits for
        its next item (a worker's result) and so would not add() when the time is up."""
        if self._since is not None and self.clock() - self._since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Commit what is waiting, then report each item; StoreError when the database fails."""
        waiting, self._waiting, self._since, self._bytes = self._waiting, [], None, 0
        if not waiting:
            return
        with signals_deferred():  # the commit and the report of its items: both or neither
            with self.lock:
                outcomes = write_batch(self.sessions, [(work, fallback) for work, fallback, _ in waiting])
            self.commits += 1
            for (_, _, done), outcome in zip(waiting, outcomes):
                done(outcome)
