"""Poll an IMAP mailbox: fetch what is new, triage it, commit, and only then touch the server.

Exactly-once, crash-safe order for each message:
  1. fetch with BODY.PEEK[] (nothing is marked \\Seen by reading);
  2. triage; then in ONE transaction with the other messages of its batch (a fetch batch, or
     fewer after [store] batch_seconds): store the inquiry (deduplicated by Message-ID / content
     hash), record (mailbox, folder, uidvalidity, uid) and advance the folder's last UID; commit;
  3. apply the configured action on the server (flag / move), then mark the record done.
A crash before 2 commits loses nothing (the messages are fetched again); a crash between 2 and 3
leaves a record with server_done = False, which the next poll finishes first. A UIDVALIDITY
change re-reads the folder from UID 1; content already stored is recognised and not duplicated.

With [triage] jobs > 1 the daemon and `poll` triage in worker processes (parallel.TriagePool,
shared by the mailboxes, one fetch batch at a time); this thread stays the writer, in UID order.
Whatever the number of mailboxes, their commits go one at a time (WRITER): one writer per process.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .budget import Stopped
from .checks import Context
from .pipeline import triage_item
from .sources.imap import FolderState, ImapSession, MailboxConfig, MailboxError, to_raw_item
from .store.models import MailboxFolderRow, MailboxMessageRow, as_utc
from .sources import RawItem
from .store.guard import BatchedWrites, batch_limits
from .store.queue import DEFAULT_RAW_LIMIT, content_hash_of, find_existing, save_result, save_unstorable

if TYPE_CHECKING:
    from .parallel import TriagePool
    from .pipeline import TriageResult

log = logging.getLogger("inquiry_triage.polling")

BACKOFF_MAX = timedelta(minutes=30)
WRITER = threading.Lock()  # the poll threads of one process commit one at a time


@dataclass
class PollReport:
    mailbox: str
    seen: int = 0
    triaged: int = 0
    failed: int = 0
    duplicates: int = 0
    finished_server_actions: int = 0
    error: str | None = None
    folders: dict[str, int] = field(default_factory=dict)  # folder -> messages handled this poll


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _folder_row(session: Session, mailbox: str, folder: str) -> MailboxFolderRow:
    row = session.scalars(select(MailboxFolderRow).where(MailboxFolderRow.mailbox == mailbox,
                                                         MailboxFolderRow.folder == folder)).first()
    if row is not None:
        return row
    values = dict(mailbox=mailbox, folder=folder, last_uid=0, failures=0, seen=0, triaged=0, failed=0)
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        # Two pollers meeting a new folder: the second insert waits for the first and does nothing.
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        session.execute(insert(MailboxFolderRow).values(**values).on_conflict_do_nothing(
            index_elements=[MailboxFolderRow.mailbox, MailboxFolderRow.folder]))
        return session.scalars(select(MailboxFolderRow).where(MailboxFolderRow.mailbox == mailbox,
                                                              MailboxFolderRow.folder == folder)).one()
    row = MailboxFolderRow(**values)
    session.add(row)
    session.flush()
    return row


def due_for_poll(sessions: sessionmaker[Session], mailbox: MailboxConfig, now: datetime | None = None) -> bool:
    """False while a mailbox is backing off after failures."""
    now = now or _now()
    with sessions() as session:
        rows = session.scalars(select(MailboxFolderRow).where(MailboxFolderRow.mailbox == mailbox.name,
                                                              MailboxFolderRow.folder.in_(mailbox.folders))).all()
        waits = [as_utc(r.next_attempt_at) for r in rows if r.next_attempt_at is not None]
    return not waits or max(w for w in waits if w) <= now


def record_failure(sessions: sessionmaker[Session], mailbox: MailboxConfig, error: str, interval: float,
                   now: datetime | None = None) -> timedelta:
    """Count a failed poll for every folder of the mailbox and set the back-off; returns the wait."""
    now = now or _now()
    with sessions.begin() as session:
        wait = timedelta(seconds=interval)
        for folder in mailbox.folders:
            row = _folder_row(session, mailbox.name, folder)
            row.failures = (row.failures or 0) + 1
            wait = min(timedelta(seconds=interval) * (2 ** min(row.failures, 10)), BACKOFF_MAX)
            row.last_error, row.last_error_at, row.last_poll_at = error[:2000], now, now
            row.next_attempt_at = now + wait
    return wait


def poll_mailbox(sessions: sessionmaker[Session], ctx: Context, mailbox: MailboxConfig, *,
                 since: date | None = None, limit: int | None = None,
                 stop: threading.Event | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 session_factory: Callable[[MailboxConfig], ImapSession] = ImapSession,
                 pool: TriagePool | None = None) -> PollReport:
    """One poll of every configured folder. Raises MailboxError for the mailbox as a whole (down,
    wrong password, dropped); the caller records it and backs off. `pool`: triage in its worker
    processes (else in this thread)."""
    report = PollReport(mailbox=mailbox.name)
    stop = stop or threading.Event()
    with session_factory(mailbox) as imap:
        for folder in mailbox.folders:
            if stop.is_set():
                break
            _poll_folder(sessions, ctx, imap, mailbox, folder, report, since=since, limit=limit, stop=stop,
                         progress=progress, pool=pool)
    now = _now()
    with sessions.begin() as session:
        for folder in mailbox.folders:
            row = _folder_row(session, mailbox.name, folder)
            row.last_poll_at = row.last_success_at = now
            row.failures, row.next_attempt_at = 0, None
    return report


def _poll_folder(sessions: sessionmaker[Session], ctx: Context, imap: ImapSession, mailbox: MailboxConfig,
                 folder: str, report: PollReport, *, since: date | None, limit: int | None,
                 stop: threading.Event, progress: Callable[[str, int, int], None] | None,
                 pool: TriagePool | None = None) -> None:
    selected = imap.select(folder)
    with sessions.begin() as session:
        row = _folder_row(session, mailbox.name, folder)
        state = FolderState(row.uidvalidity, row.last_uid) if row.uidvalidity is not None else None
        after = selected.resume_after(state)
        if state is not None and state.uidvalidity != selected.uidvalidity:
            log.warning("%s/%s: UIDVALIDITY changed %s -> %s: re-reading the folder (stored content is not duplicated)",
                        mailbox.name, folder, state.uidvalidity, selected.uidvalidity)
        row.uidvalidity, row.last_uid = selected.uidvalidity, after
        pending = list(session.scalars(select(MailboxMessageRow.uid).where(
            MailboxMessageRow.mailbox == mailbox.name, MailboxMessageRow.folder == folder,
            MailboxMessageRow.uidvalidity == selected.uidvalidity, MailboxMessageRow.server_done.is_(False))))
    # Finish server actions a previous run committed but could not apply (crash, drop).
    if pending:
        _apply_server_action(sessions, imap, mailbox, folder, selected.uidvalidity, pending)
        report.finished_server_actions += len(pending)

    uids = imap.new_uids(folder, after, since=since)
    if limit is not None:
        uids = uids[:limit]
    total = len(uids)
    done = 0
    # One commit per fetch batch (or sooner, after [store] batch_seconds); the server is told only
    # after the commit.
    writes: BatchedWrites[str] = BatchedWrites(sessions, mailbox.batch_size, batch_limits(ctx.config)[1], lock=WRITER)
    for start in range(0, total, mailbox.batch_size):
        if stop.is_set():
            break
        batch = uids[start:start + mailbox.batch_size]
        handled: list[int] = []  # committed: the server may be told

        try:
            triaged = _triaged_batch(ctx, imap, mailbox, folder, selected.uidvalidity, batch, stop, pool)
            with contextlib.closing(triaged):  # the pool is given back as soon as the batch ends
                for uid, result in triaged:
                    store, unstorable, count = _writes_for(ctx, mailbox, folder, selected.uidvalidity, uid, result,
                                                           report)
                    writes.add(store, unstorable, lambda outcome, uid=uid, count=count: (count(outcome), handled.append(uid)),
                               len(result.raw or b""))
                    done += 1
                    if progress:  # triaged (its commit follows with its batch's)
                        progress(folder, done, total)
        finally:
            writes.flush()  # what was triaged is committed, also when the server dropped us mid-batch
        if handled and mailbox.after != "leave":
            _apply_server_action(sessions, imap, mailbox, folder, selected.uidvalidity, handled)
    report.folders[folder] = done


def _raw_item(mailbox: MailboxConfig, folder: str, uidvalidity: int, message) -> RawItem:  # type: ignore[no-untyped-def]
    try:
        return to_raw_item(mailbox, folder, uidvalidity, message)
    except Exception as exc:  # a message the source cannot even describe: keep its bytes as failed
        return RawItem(source=f"imap://{mailbox.name}/{folder};uid={message.uid}", kind="email",
                       raw=getattr(message, "raw", b"") or b"", error=f"unreadable message: {type(exc).__name__}: {exc}")


def _triaged_batch(ctx: Context, imap: ImapSession, mailbox: MailboxConfig, folder: str, uidvalidity: int,
                   uids: list[int], stop: threading.Event, pool: TriagePool | None) -> Iterator[tuple[int, TriageResult]]:
    """(uid, result) for each message of one fetch batch, in UID order, fetched as they are
    triaged. Bad input comes back failed with its raw bytes. Ends early on a stop request: the
    message in hand is left for the next run (nothing is stored for it)."""
    messages = imap.fetch(uids, folder=folder)
    if pool is None:
        for message in messages:
            if stop.is_set():
                return
            # The daemon's context lives for days: deadlines count from this moment, not from start-up.
            try:
                result = triage_item(_raw_item(mailbox, folder, uidvalidity, message), replace(ctx, now=_now()), stop=stop)
            except Stopped:
                return
            yield message.uid, result
        return
    fetched: deque[int] = deque()  # the UIDs sent to the workers, in order: results come back in it

    def items() -> Iterator[RawItem]:
        for message in messages:
            fetched.append(message.uid)
            yield _raw_item(mailbox, folder, uidvalidity, message)

    with pool.exclusive:  # one batch in the pool at a time: a worker's death is this batch's
        for result in pool.results(items(), stop=stop.is_set):
            yield fetched.popleft(), result


def _writes_for(ctx: Context, mailbox: MailboxConfig, folder: str, uidvalidity: int, uid: int,  # type: ignore[no-untyped-def]
                result: TriageResult, report: PollReport):
    """One triaged message's (store, unstorable, count): its write with its UID record for a batch
    (store/guard.py), and what counts the outcome once committed. Whatever is wrong with the
    message (parse, checks, time budget, a dead worker, a value the database refuses), its UID is
    recorded (as failed when need be), so the next message is reached and this one is never
    fetched again. Only a broken database raises (StoreError, at the commit)."""
    now = _now()
    raw_limit = int(ctx.config.get("limits.stored_raw_bytes", DEFAULT_RAW_LIMIT))
    key = (MailboxMessageRow.mailbox == mailbox.name, MailboxMessageRow.folder == folder,
           MailboxMessageRow.uidvalidity == uidvalidity, MailboxMessageRow.uid == uid)

    def record(session: Session, stored_id: int | None, failed: bool) -> None:
        session.add(MailboxMessageRow(mailbox=mailbox.name, folder=folder, uidvalidity=uidvalidity, uid=uid,
                                      inquiry_id=stored_id, server_done=mailbox.after == "leave", created_at=now))
        row = _folder_row(session, mailbox.name, folder)
        row.last_uid = max(row.last_uid or 0, uid)
        row.seen = (row.seen or 0) + 1
        if failed:
            row.failed = (row.failed or 0) + 1
        else:
            row.triaged = (row.triaged or 0) + 1

    def store(session: Session) -> str:
        if session.scalars(select(MailboxMessageRow.id).where(*key)).first() is not None:
            return "handled"  # by an earlier run (or a concurrent one) whose last_uid update was lost
        stored = save_result(session, result, now=now, raw_limit=raw_limit)
        outcome = "stored"
        if stored is None:
            outcome = "duplicate"
            stored = find_existing(session, result.message_id, content_hash_of(result))
        record(session, stored.id if stored else None, result.error is not None)
        session.flush()  # a unique-key race on the UID record surfaces here, inside the guard
        return outcome

    def unstorable(session: Session, reason: str) -> str:
        if session.scalars(select(MailboxMessageRow.id).where(*key)).first() is not None:
            return "handled"
        row, _ = save_unstorable(session, result, reason, now=now, raw_limit=raw_limit)
        result.error = row.error
        record(session, row.id, True)
        session.flush()
        return "stored"

    def count(outcome: str) -> None:
        if outcome == "handled":
            return
        report.seen += 1
        report.duplicates += outcome == "duplicate"
        if result.error:
            report.failed += 1
            log.warning("%s/%s uid %s stored as failed: %s", mailbox.name, folder, uid, result.error[:300])
        else:
            report.triaged += 1

    return store, unstorable, count


def _apply_server_action(sessions: sessionmaker[Session], imap: ImapSession, mailbox: MailboxConfig, folder: str,
                         uidvalidity: int, uids: list[int]) -> None:
    imap.mark_done(uids, folder=folder, uidvalidity=uidvalidity)
    with sessions.begin() as session:
        for row in session.scalars(select(MailboxMessageRow).where(
                MailboxMessageRow.mailbox == mailbox.name, MailboxMessageRow.folder == folder,
                MailboxMessageRow.uidvalidity == uidvalidity, MailboxMessageRow.uid.in_(uids))):
            row.server_done = True


__all__ = ["PollReport", "poll_mailbox", "record_failure", "due_for_poll", "MailboxError"]
