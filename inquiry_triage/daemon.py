"""The daemon: APScheduler 3.x runs one poll job per mailbox (none is fine), a scheduler round
(queue/rounds.py: snoozes, follow-ups, reminders, escalations) and housekeeping.

Job functions are module-level and take ids (a mailbox name), never objects; jobs get explicit ids
and `replace_existing=True`; the job store is a SQLAlchemy table in the same database. Only the
daemon schedules: the CLI writes rows. SIGTERM / SIGINT stop at the next checkpoint: between messages, or between the stages and
checks of the message in hand (which is then left for the next run, nothing stored for it).

[triage] jobs > 1: the mailboxes' poll threads triage in that many worker processes, one pool
for all (parallel.TriagePool, `now` taken per message); the poll threads stay the writers, one
commit at a time, and tell the server only after the commit (polling.py). The pool ends with the
daemon (SIGTERM / SIGINT), and its workers end by themselves if the daemon is killed.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from .checks import Context
from .config import Config
from .errors import ConfigError, StoreError
from .sources import item_limit
from .sources.imap import MailboxConfig, MailboxError, mailbox_from_config, mailbox_from_url

log = logging.getLogger("inquiry_triage.daemon")


def log_time(moment: datetime, zone: Any) -> str:
    """A time as the daemon's log prints it, the line's stamp and any time in its text alike: on the
    seller's clock with its offset, '2026-12-01 16:05:01+08:00' (never a bare time read as local or UTC)."""
    return moment.astimezone(zone).isoformat(sep=" ", timespec="seconds")


class LogTimes(logging.Formatter):
    """The log lines' %(asctime)s as `log_time` on `zone` (the seller's clock, `[seller] timezone`)."""

    def __init__(self, fmt: str, zone: Any) -> None:
        super().__init__(fmt)
        self.zone = zone

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 (logging's name)
        return log_time(datetime.fromtimestamp(record.created, timezone.utc), self.zone)

DEFAULT_INTERVAL = 120.0  # seconds between polls of one mailbox


@dataclass
class Mailbox:
    config: MailboxConfig
    interval: float = DEFAULT_INTERVAL


@dataclass
class Runtime:
    """What the module-level job functions reach by name. Set once by `run_daemon`."""

    config: Config
    ctx: Context
    sessions: sessionmaker[Session]
    mailboxes: dict[str, Mailbox]
    stop: threading.Event = field(default_factory=threading.Event)
    since: date | None = None
    pool: Any = None  # parallel.TriagePool when [triage] jobs > 1


_RUNTIME: Runtime | None = None


def mailboxes_from_config(config: Config, *, url: str | None = None, only: str | None = None) -> dict[str, Mailbox]:
    """The configured mailboxes (or the one given by --url), validated at start-up."""
    if url:
        box = mailbox_from_url(url, max_item_bytes=item_limit(config))
        return {box.name: Mailbox(box)}
    tables = config.get("mailboxes", {}) or {}
    if not isinstance(tables, dict):
        raise ConfigError("[mailboxes] must be a table of [mailboxes.NAME] tables")
    result: dict[str, Mailbox] = {}
    for name, table in tables.items():
        if only and name != only:
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"mailbox {name!r}: must be a table of settings")
        settings = dict(table)
        interval = settings.pop("interval", DEFAULT_INTERVAL)
        if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval < 5:
            raise ConfigError(f"mailbox {name!r}: field 'interval' must be a number of seconds >= 5 (got {interval!r})")
        result[name] = Mailbox(mailbox_from_config(name, settings, max_item_bytes=item_limit(config)), float(interval))
    if only and only not in result:
        raise ConfigError(f"no mailbox named {only!r} in the configuration (known: {', '.join(tables) or 'none'})")
    return result


# --- jobs (module-level, by id) ------------------------------------------------------------------

def poll_job(mailbox_name: str) -> None:
    from .polling import due_for_poll, poll_mailbox

    runtime = _RUNTIME
    if runtime is None or runtime.stop.is_set():
        return
    box = runtime.mailboxes.get(mailbox_name)
    if box is None:
        log.warning("poll job for unknown mailbox %r skipped (configuration changed?)", mailbox_name)
        return
    if not due_for_poll(runtime.sessions, box.config):
        return
    try:
        report = poll_mailbox(runtime.sessions, runtime.ctx, box.config, stop=runtime.stop, since=runtime.since,
                              pool=runtime.pool)
    except StoreError as exc:  # the database itself: nothing to record there; the next interval tries again
        log.error("mailbox %r: poll stopped: %s", mailbox_name, exc)
        return
    except MailboxError as exc:
        wait = _record_failure_safely(runtime, box, str(exc))
        log.error("%s; next attempt in %s", exc, wait)
        return
    except Exception as exc:  # a bug must not kill the scheduler
        wait = _record_failure_safely(runtime, box, f"{type(exc).__name__}: {exc}")
        log.exception("mailbox %r: poll failed; next attempt in %s", mailbox_name, wait)
        return
    if report.seen:
        log.info("mailbox %r: %d new (%d triaged, %d failed, %d already known)", mailbox_name, report.seen,
                 report.triaged, report.failed, report.duplicates)


def _record_failure_safely(runtime: Runtime, box: Mailbox, error: str) -> Any:
    from .polling import record_failure
    from .store.guard import describe

    try:
        return record_failure(runtime.sessions, box.config, error, box.interval)
    except Exception as exc:  # the database is down too: log it, the scheduler goes on
        log.error("mailbox %r: could not record the failure: %s", box.config.name, describe(exc))
        return f"{box.interval:g} s"


def reminder_job() -> None:
    """One scheduler round (queue/rounds.py, the same as `inquiry-triage tick`): wake snoozed tasks,
    plan follow-ups, remind tasks due within the hour, escalate overdue ones. Runs with or without
    mailboxes; all of it shows in `queue` and `status`."""
    runtime = _RUNTIME
    if runtime is None or runtime.stop.is_set():
        return
    from sqlalchemy.exc import SQLAlchemyError

    from .store.guard import describe

    try:
        report = scheduler_round(runtime.config, runtime.sessions, datetime.now(timezone.utc), runtime.ctx.calendar,
                                 by="daemon", stop=runtime.stop.is_set)
    except (StoreError, SQLAlchemyError) as exc:  # the database: one line (no statement, no data); next round retries
        log.error("scheduler round failed: %s", describe(exc) if isinstance(exc, SQLAlchemyError) else exc)
        return
    if report.woken or report.planned or report.reminded or report.escalated or report.stopped:
        from .queue.views import seller_zone

        log.info("%s", "; ".join(report.lines(at=log_time(report.at, seller_zone(runtime.config)))))


def scheduler_round(config: Config, sessions: sessionmaker[Session], now: datetime, calendar: Any, *,
                    by: str, stop: Any = None) -> Any:
    """The round the daemon's job and `tick` both run, with the settings taken from `config`. `stop`
    (the daemon's SIGTERM flag) is asked between batches: a shutdown never waits for a whole round."""
    from .queue.rounds import run_round

    return run_round(sessions, now, followups=config.get("followups", {}),
                     notifications=config.get("notifications", {}) or {}, calendar=calendar, by=by, stop=stop)


def scheduler_interval(config: Config) -> float:
    """[scheduler] interval_minutes: minutes between rounds (the daemon's; a cron `tick` should match)."""
    from .queue.rounds import DEFAULT_INTERVAL_MINUTES

    value = config.get("scheduler.interval_minutes", DEFAULT_INTERVAL_MINUTES)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.5 <= value <= 1440:
        raise ConfigError(f"[scheduler] interval_minutes must be a number of minutes from 0.5 to 1440 (got {value!r})")
    return float(value)


def collect_reminders(session: Session, now: datetime, notifications: dict[str, Any] | None = None) -> list[Any]:
    """Kept for callers of the old name: see queue/rounds.py."""
    from .queue.rounds import collect_reminders as collect

    return collect(session, now, notifications)


def housekeeping_job() -> None:
    """Daily: refresh SQLite's planner statistics (cheap, safe while other jobs run)."""
    runtime = _RUNTIME
    if runtime is None:
        return
    with runtime.sessions() as session:
        if session.get_bind().dialect.name == "sqlite":
            session.connection().exec_driver_sql("PRAGMA optimize")


# --- the daemon --------------------------------------------------------------------------------

def triage_pool(config: Config, ctx: Context) -> Any:
    """A TriagePool of [triage] jobs workers, or None for one (triage in the poll threads).
    ConfigError for a bad value."""
    from .parallel import TriagePool, jobs_from

    try:
        jobs = jobs_from(None, config)
    except ValueError as exc:
        raise ConfigError(f"[triage] {exc}") from None
    if jobs <= 1:
        return None
    # The workers build their own context: offline exactly when this one was (no DNS lookup).
    return TriagePool(config, jobs, offline=ctx.dns is None, now=None)


def run_daemon(config: Config, ctx: Context, sessions: sessionmaker[Session], db_url: str,
               mailboxes: dict[str, Mailbox], *, since: date | None = None) -> int:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.blocking import BlockingScheduler

    global _RUNTIME
    runtime = Runtime(config=config, ctx=ctx, sessions=sessions, mailboxes=mailboxes, since=since,
                      pool=triage_pool(config, ctx) if mailboxes else None)
    _RUNTIME = runtime
    scheduler = BlockingScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=db_url, tablename="apscheduler_jobs")},
        executors={"default": ThreadPoolExecutor(max(2, len(mailboxes) + 1))},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 600},
        timezone=timezone.utc,
    )
    now = datetime.now(timezone.utc)
    for name, box in mailboxes.items():
        scheduler.add_job(poll_job, "interval", seconds=box.interval, id=f"poll:{name}", args=[name],
                          replace_existing=True, next_run_time=now)
    scheduler.add_job(reminder_job, "interval", minutes=scheduler_interval(config), id="reminders",
                      replace_existing=True, next_run_time=now)
    scheduler.add_job(housekeeping_job, "interval", hours=24, id="housekeeping", replace_existing=True)
    _drop_stale_poll_jobs(sessions, set(mailboxes))

    def stop(signum: int, _frame: Any) -> None:
        log.info("signal %s: stopping (the message in hand is left for the next run)", signal.Signals(signum).name)
        runtime.stop.set()
        # shutdown(wait=True) joins the worker threads, which stop at their next checkpoint.
        threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("daemon started: %d mailbox(es): %s; scheduler round every %g min%s", len(mailboxes),
             ", ".join(mailboxes) or "none (scheduler only: snoozes, follow-ups, reminders)", scheduler_interval(config),
             f"; triage in {runtime.pool.jobs} worker processes" if runtime.pool else "")
    try:
        scheduler.start()
    finally:
        if runtime.pool is not None:
            runtime.pool.close()  # after the poll threads stopped: they took what they needed from it
    log.info("daemon stopped")
    return 0


def _drop_stale_poll_jobs(sessions: sessionmaker[Session], names: set[str]) -> None:
    """Stored poll jobs of mailboxes no longer configured would poll nothing: delete them. (Before
    start(), APScheduler's get_jobs() only lists jobs added in this process, not stored ones.)"""
    from sqlalchemy import inspect, text

    with sessions.begin() as session:
        if "apscheduler_jobs" not in inspect(session.connection()).get_table_names():
            return
        for (job_id,) in session.execute(text("SELECT id FROM apscheduler_jobs WHERE id LIKE 'poll:%'")).all():
            if job_id[5:] not in names:
                session.execute(text("DELETE FROM apscheduler_jobs WHERE id = :id"), {"id": job_id})
                log.info("removed the stored job %s: that mailbox is no longer configured", job_id)


def poll_once(config: Config, ctx: Context, sessions: sessionmaker[Session], mailboxes: dict[str, Mailbox], *,
              since: date | None = None, progress: Any = None) -> list[dict[str, Any]]:
    """`poll --once`: every mailbox once, in this process (with [triage] jobs workers); failures
    are recorded like the daemon's."""
    import contextlib

    pool = triage_pool(config, ctx)
    with contextlib.closing(pool) if pool is not None else contextlib.nullcontext():
        return [_poll_one(sessions, ctx, name, box, since, progress, pool) for name, box in mailboxes.items()]


def _poll_one(sessions: sessionmaker[Session], ctx: Context, name: str, box: Mailbox, since: date | None,
              progress: Any, pool: Any) -> dict[str, Any]:
    from .polling import poll_mailbox, record_failure

    try:
        report = poll_mailbox(sessions, ctx, box.config, since=since, progress=progress, pool=pool)
    except StoreError:
        raise  # the database itself failed: the run stops with one line (exit 1)
    except Exception as exc:  # one mailbox's trouble never stops the others
        message = str(exc) if isinstance(exc, MailboxError) else f"mailbox {name!r}: {type(exc).__name__}: {exc}"
        record_failure(sessions, box.config, message, box.interval)
        return {"mailbox": name, "ok": False, "seen": 0, "triaged": 0, "failed": 0, "duplicates": 0, "error": message}
    return {"mailbox": name, "ok": True, "seen": report.seen, "triaged": report.triaged, "failed": report.failed,
            "duplicates": report.duplicates, "error": None}
