"""The store at scale: build databases of 10k / 100k / 1M inquiries fast, then time every command on them.

    # build (schema by the project's own migrations: open_store), then time the commands
    .venv/bin/python bench/store_bench.py build --size 100000 --db sqlite:////tmp/bench-100k.db
    .venv/bin/python bench/store_bench.py run --db sqlite:////tmp/bench-100k.db [--repeat 3] [--only queue,status]
    # "before" figures in the same run conditions: the commands import an older copy of the package
    git archive HEAD~5 inquiry_triage | tar -x -C /tmp/before && ... run --db URL --code /tmp/before

    # PostgreSQL: a throw-away private cluster (initdb/pg_ctl in a temp dir, own port, as
    # tests/servers/postgres.py does), kept running until Ctrl-C / SIGTERM; it prints its URL
    .venv/bin/python bench/store_bench.py serve-pg            # -> postgresql+psycopg://postgres@127.0.0.1:PORT/bench
    .venv/bin/python bench/store_bench.py build --size 1000000 --db postgresql+psycopg://postgres@127.0.0.1:PORT/bench

    # all in one: build and run (PostgreSQL: a throw-away server when no --db is given)
    .venv/bin/python bench/store_bench.py all --size 100000 --backend sqlite|postgresql [--db URL]

build
  Refuses a database that already holds inquiries (use a new file / database). Rows go in by bulk
  inserts (SQLite: SQLAlchemy Core executemany, journal off while loading; PostgreSQL: COPY), the
  secondary indexes are dropped before the load and re-created after it from their own DDL, so the
  schema stays exactly what the migrations made. PostgreSQL gets VACUUM ANALYZE afterwards (what
  autovacuum does to a real database); SQLite is not ANALYZEd (the product never runs it) unless
  --analyze. Approximate cost on the shared 2-core box: 1M inquiries ~ 3-6 min and ~6 GB on SQLite.

  The mix (seeded, --seed): over --days (365) of history, `now` = --now or the clock at build time.
    channels email 58 %, web message 14 %, rfq 8 %, phone 8 %, im 9 %, fax 3 %; grades A-D;
    12 languages, 24 countries; ~15 % suspicious (review tasks: old ones dismissed/released, recent
    ones open/claimed/snoozed); ~12 % filed non-inquiries (list, newsletter, auto-reply, bounce,
    no-reply, own, closed-rfq; no task); 0.5 % failed items (no grade, no task);
    reply tasks: the newest --live-share (3 %) of inquiries still live (open 55 %, claimed 30 %,
    snoozed 15 %, a third of those until the buyer writes), due dates past (overdue, escalated as
    the daemon would have) and future; older ones done with a reply or quote (60 %), done without
    (25 %), dismissed as spam/duplicate (15 %); follow-ups for replied inquiries (silent-buyer /
    rfq-quote, up to their max, the newest ones open), notes (15 % of tasks, + escalation notes),
    one audit row per closed/claimed task, the daemon's tick rounds (every 5 min for 2 days, the
    last one 5 minutes ago), two mailbox folders, mailbox_messages for email items, repeat buyers
    (35 % of inquiries come from a pool of size/20 buyers), buyer timezones.
    raw: real mails from ../shared/corpora (ham, modern_ham, rfq, phishing; cut at 12 kB; the
    fixtures when the corpora are missing); result: real `triage --format jsonl` lines of the
    fixtures as templates, with this row's values written in.
  A marker audit row (actor "store_bench", action "bench-build") records size, seed and now; `run`
  reads it (tick --now, which IDs to show).

run
  Every command as a real subprocess of .venv/bin/inquiry-triage (--db URL), --repeat times (best
  wall kept; a command slower than --slow seconds is run once; --timeout kills). Printed per
  command: wall (best), query time of that run, statements, peak RSS (os.wait4 of that child),
  wall and RSS as a multiple of the baseline: a bare `SELECT count(*) FROM inquiries` through the
  same engine (open_store) in a subprocess of the same interpreter, measured in the same run.
  Query time = time inside the DB driver: cursor.execute plus the fetches of its rows, summed over
  every statement, hooked in-process by bench/_hooks/sitecustomize.py (SQLAlchemy before/after
  cursor-execute events and the cursor fetch strategies), enabled only by the env var
  INQUIRY_TRIAGE_BENCH_TIMINGS=FILE. The mutating commands (tick --now, notify price-change) run
  last; tick's first run (on the built state) and its repeat are reported apart. --explain prints
  the plan of each statement slower than 20 ms (EXPLAIN QUERY PLAN / EXPLAIN).
Figures are printed, never asserted. The machine is shared: say so next to any figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource  # noqa: F401  (ru_maxrss units: KiB on Linux, as os.wait4 reports them)
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _code_first  # noqa: E402

# run --code DIR: this process (bench_facts' open_store) imports the 'before' copy too, as the CLI runs do;
# with this checkout's package it migrated the store to this checkout's newest revision first, which the
# 'before' copy then refused ("Can't locate revision").
_code_first.from_argv()
CLI = ROOT / ".venv" / "bin" / "inquiry-triage"
PYTHON = ROOT / ".venv" / "bin" / "python"
HOOKS = Path(__file__).resolve().parent / "_hooks"
CORPORA = ROOT.parent / "shared" / "corpora"
MARKER_ACTOR, MARKER_ACTION = "store_bench", "bench-build"
CODE_DIR = ""  # run --code DIR: the commands import inquiry_triage from DIR (e.g. `git archive` of an older commit)
# The rows are loaded at this schema revision, then open_store() runs the later migrations (issue 10's
# read indexes and back-fills) on them, as they run on a real store that is upgraded.
LOAD_REVISION = "0005"
RAW_CAP = 8_000  # bytes of a corpus mail kept as one row's raw (a few kB on average)

CHANNELS = [("email", 58), ("message", 14), ("rfq", 8), ("phone", 8), ("im", 9), ("fax", 3)]
GRADES = [("A", 10), ("B", 25), ("C", 40), ("D", 25)]
SLA_HOURS = {"A": 2, "B": 8, "C": 24, "D": 48}
LANGUAGES = [("en", 45), ("es", 12), ("de", 8), ("fr", 6), ("ru", 6), ("pt", 5), ("it", 4), ("ar", 4), ("zh", 4),
             ("tr", 3), ("pl", 2), ("nl", 1)]
COUNTRIES = ["US", "DE", "GB", "ES", "FR", "RU", "BR", "IT", "IN", "TR", "PL", "AE", "SA", "MX", "NL", "CN", "AU",
             "CA", "NG", "ZA", "KR", "JP", "AR", "EG"]
ZONES = {"US": "America/New_York", "DE": "Europe/Berlin", "GB": "Europe/London", "ES": "Europe/Madrid",
         "FR": "Europe/Paris", "RU": "Europe/Moscow", "BR": "America/Sao_Paulo", "IT": "Europe/Rome",
         "IN": "Asia/Kolkata", "TR": "Europe/Istanbul", "AE": "Asia/Dubai", "MX": "America/Mexico_City"}
FILINGS = [("list", 35), ("newsletter", 25), ("auto-reply", 18), ("bounce", 8), ("no-reply", 7), ("own", 4),
           ("closed-rfq", 3)]
AGENTS = ["alice", "bob", "carol", "dave", "erin", "frank", "agent1"]
PRODUCTS = [f"{a} {b}" for a in ("stainless steel", "brass", "PVC", "ceramic", "LED", "aluminium", "cast iron",
                                 "copper", "nylon", "glass")
            for b in ("ball valves DN50", "floor tiles 60x60", "panel lights 600x600", "pipe fittings", "door hinges",
                      "cable ties", "solar street lights", "gate valves", "water pumps", "bathroom faucets",
                      "flanges PN16", "hex bolts M12", "wire mesh", "shelving units", "office chairs")]
SUSPICION = [["advance_fee"], ["phishing_link"], ["spy"], ["fake_order", "free_mailbox"], ["reply_to_mismatch"]]
WORDS = ("please quote price for container shipment delivery sample catalogue urgent order quantity pieces "
         "payment terms best offer specification model factory warranty port FOB CIF EXW lead time").split()


def weighted(pairs: list[tuple[str, int]]) -> list[str]:
    """A list to random.choice from with the pairs' weights (fast per row)."""
    return [value for value, weight in pairs for _ in range(weight)]


# --- templates -----------------------------------------------------------------------------------

def result_templates() -> list[dict[str, Any]]:
    """Real `triage --format jsonl` objects of the fixtures (what save_result stores as `result`)."""
    done = subprocess.run([str(CLI), "triage", str(ROOT / "fixtures" / "emails"), str(ROOT / "fixtures" / "records"),
                           "--format", "jsonl", "--offline", "--no-store", "--no-progress",
                           "--now", "2026-03-09T09:00+08:00"], capture_output=True, text=True, check=False)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"triage of the fixtures printed nothing: {done.stderr[-2000:]}")
    return lines


def raw_templates(rng: random.Random, count: int = 400) -> list[bytes]:
    files: list[Path] = []
    for name in ("ham", "modern_ham", "rfq", "phishing", "fraud419"):
        folder = CORPORA / name
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.is_file())
    if not files:
        files = sorted((ROOT / "fixtures" / "emails").glob("*.eml"))
    chosen = rng.sample(files, min(count, len(files)))
    return [p.read_bytes()[:RAW_CAP] for p in chosen]


# --- rows ------------------------------------------------------------------------------------------

@dataclass
class Rows:
    inquiries: list[dict[str, Any]]
    tasks: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    replies: list[dict[str, Any]]
    audit: list[dict[str, Any]]
    mailbox_messages: list[dict[str, Any]]

    def __len__(self) -> int:
        return len(self.inquiries)


class Generator:
    """Row dicts, chunk by chunk, with explicit ids (children reference their parents)."""

    def __init__(self, size: int, now: datetime, seed: int, days: float, live_share: float) -> None:
        self.size, self.now, self.days, self.live_share = size, now, days, live_share
        self.rng = random.Random(seed)
        self.results = result_templates()
        self.raws = raw_templates(self.rng)
        self.channels, self.grades = weighted(CHANNELS), weighted(GRADES)
        self.languages, self.filings = weighted(LANGUAGES), weighted(FILINGS)
        self.repeat_pool = max(10, size // 20)
        # Pools: drawing 40-250 words per row costs more than the rest of the row.
        self.bodies = [" ".join(self.rng.choices(WORDS, k=self.rng.randrange(40, 250))) for _ in range(997)]
        self.task_id = self.note_id = self.reply_id = self.audit_id = self.mm_id = 0
        self.span = timedelta(days=days)

    def buyer(self, i: int, channel: str) -> tuple[str, str, str]:
        """(buyer_key, from_addr, from_name): a repeat buyer for 35 %, else a new one."""
        r = self.rng
        n = r.randrange(self.repeat_pool) if r.random() < 0.35 else self.repeat_pool + i
        name = f"Buyer {n}"
        if channel == "phone":
            return f"tel:+{4900000000 + n}", "", name
        if channel in ("im", "fax") and n % 2:
            return "name:" + name.lower(), "", name
        domain = ("gmail.com", "mail.ru", "yahoo.com", "outlook.com", f"trading{n % 997}.example")[n % 5]
        addr = f"buyer{n}@{domain}"
        return addr, addr, name

    def chunk(self, start: int, stop: int) -> Rows:
        r, now = self.rng, self.now
        rows = Rows([], [], [], [], [], [])
        live_from = int(self.size * (1 - self.live_share))
        for i in range(start, stop):
            iid = i + 1
            age = self.span * (1 - (i + 0.5) / self.size)  # row order = time order, the newest last
            triaged = now - age
            received = triaged - timedelta(minutes=r.randrange(1, 90))
            channel = r.choice(self.channels)
            grade = r.choice(self.grades)
            language = r.choice(self.languages)
            country = r.choice(COUNTRIES)
            key, addr, name = self.buyer(i, channel)
            product = r.choice(PRODUCTS)
            failed = r.random() < 0.005
            suspicious = not failed and r.random() < 0.15
            filing = r.choice(self.filings) if not failed and r.random() < 0.12 else "inquiry"
            subject = f"{'RFQ' if channel == 'rfq' else 'Inquiry'}: {product}, {r.randrange(10, 5000)} pcs"
            body = f"{self.bodies[i % 997]} {product}."
            template = r.choice(self.results)
            due = triaged + timedelta(hours=SLA_HOURS[grade])
            result = dict(template, source=f"imap://sales/INBOX/{iid}", message_id=f"bench-{iid}@bench.example",
                          channel=channel, grade=None if failed else grade, score=round(r.uniform(0, 12), 2),
                          suspicious=suspicious, suspicion=r.choice(SUSPICION) if suspicious else [],
                          risk=round(r.uniform(3, 9), 2) if suspicious else round(r.uniform(0, 2), 2),
                          language=language, languages=[language], subject=subject, ip_country=country,
                          reply_due=due.isoformat(timespec="minutes"), filing=filing,
                          error="parse error: bench" if failed else None, buyer_timezone=ZONES.get(country, ""))
            result["from"] = addr or name
            dismissed = None
            inquiry = dict(id=iid, message_id=f"bench-{iid}@bench.example", content_hash=f"{iid:064x}",
                           source=result["source"], channel=channel, status="failed" if failed else "triaged",
                           error=result["error"], grade=None if failed else grade,
                           score=None if failed else result["score"], suspicious=suspicious, risk=result["risk"],
                           language=None if failed else language, from_addr=addr, from_name=name, subject=subject,
                           body=body, country=country, received_at=received, triaged_at=triaged, result=result,
                           draft="" if suspicious or failed else f"Dear {name},\n\nthank you for your inquiry about "
                                                                 f"{product}. " + "Our offer follows. " * 20,
                           buyer_key=key, buyer_timezone=ZONES.get(country, ""), product=product,
                           dismissed_as=None, verdict=None, raw=r.choice(self.raws), duplicate_of=None, filing=filing)
            rows.inquiries.append(inquiry)
            if channel == "email":
                self.mm_id += 1
                rows.mailbox_messages.append(dict(id=self.mm_id, mailbox="sales", folder="INBOX", uidvalidity=1,
                                                  uid=iid, inquiry_id=iid, server_done=True, created_at=triaged))
            if failed or (filing != "inquiry" and not suspicious):
                continue
            live = i >= live_from
            if suspicious:
                dismissed = self.review(rows, iid, grade, received, triaged, live)
            else:
                dismissed = self.reply(rows, inquiry, grade, triaged, due, live)
            inquiry["dismissed_as"] = dismissed
            if dismissed is None and not live and r.random() < 0.05:
                inquiry["verdict"] = "genuine"
        return rows

    # each returns the inquiry's dismissed_as
    def add_task(self, rows: Rows, **values: Any) -> dict[str, Any]:
        self.task_id += 1
        task = dict(id=self.task_id, kind="reply", rule="", attempt=0, state="open", claimed_at=None,
                    snoozed_until=None, snooze_until_buyer_writes=False, done_at=None, due_note="", assignee=None,
                    reminded_at=None, escalated_at=None)
        task.update(values)
        rows.tasks.append(task)
        return task

    def add_note(self, rows: Rows, inquiry_id: int, task_id: int | None, author: str, action: str, content: str,
                 at: datetime) -> None:
        self.note_id += 1
        rows.notes.append(dict(id=self.note_id, inquiry_id=inquiry_id, task_id=task_id, author=author, action=action,
                               content=content, created_at=at))

    def add_audit(self, rows: Rows, actor: str, action: str, at: datetime, task: dict[str, Any] | None,
                  inquiry_id: int | None, **detail: Any) -> None:
        self.audit_id += 1
        rows.audit.append(dict(id=self.audit_id, at=at, actor=actor, action=action,
                               task_id=task["id"] if task else None, inquiry_id=inquiry_id, detail=detail))

    def live_state(self, rows: Rows, task: dict[str, Any], inquiry_id: int, created: datetime) -> None:
        """open / claimed / snoozed, as a running daemon would leave it (overdue: escalated)."""
        r, now = self.rng, self.now
        x = r.random()
        if x < 0.30 or 0.85 <= x:
            task["assignee"] = r.choice(AGENTS)
            task["claimed_at"] = min(now, created + timedelta(minutes=r.randrange(5, 600)))
            task["state"] = "claimed"
            self.add_audit(rows, task["assignee"], "claim", task["claimed_at"], task, inquiry_id)
        if x >= 0.85:
            task["state"] = "snoozed"
            if r.random() < 0.33:
                task["snooze_until_buyer_writes"] = True
            else:
                task["snoozed_until"] = now + timedelta(hours=r.randrange(1, 120))
        if task["kind"] == "review" or task["state"] == "snoozed":
            return
        round_at = now - timedelta(minutes=5)
        if task["due_at"] <= round_at:
            task["escalated_at"] = max(task["due_at"], round_at - timedelta(minutes=r.randrange(0, 2880)))
            self.add_note(rows, inquiry_id, task["id"], "inquiry-triage", "escalate",
                          f"overdue since {task['due_at'].isoformat(timespec='minutes')}: escalated to nobody "
                          "notified ([notifications] not set up): shown in the queue", task["escalated_at"])
        elif task["due_at"] - round_at <= timedelta(hours=1):
            task["reminded_at"] = round_at

    def review(self, rows: Rows, iid: int, grade: str, received: datetime, triaged: datetime, live: bool) -> str | None:
        r = self.rng
        task = self.add_task(rows, inquiry_id=iid, kind="review", grade=grade, due_at=min(received, triaged),
                             created_at=triaged, due_note="review: release it as genuine or dismiss it as spam/spy")
        if live:
            self.live_state(rows, task, iid, triaged)
            return None
        lead = r.choice(("lead1", "lead2"))
        closed = triaged + timedelta(hours=r.randrange(1, 72))
        if r.random() < 0.8:
            task.update(state="dismissed", assignee=lead)
            why = "spy" if r.random() < 0.2 else "spam"
            self.add_audit(rows, lead, "dismiss", closed, task, iid, dismissed_as=why)
            return why
        task.update(state="done", done_at=closed, assignee=lead)
        self.add_note(rows, iid, task["id"], lead, "release", "genuine after review", closed)
        self.add_audit(rows, lead, "release", closed, task, iid)
        reply = self.add_task(rows, inquiry_id=iid, kind="reply", grade=grade, created_at=closed,
                              due_at=triaged + timedelta(hours=SLA_HOURS[grade]))
        self.close_reply(rows, reply, iid, grade, closed, quoted=False, product="")
        return None

    def reply(self, rows: Rows, inquiry: dict[str, Any], grade: str, triaged: datetime, due: datetime,
              live: bool) -> str | None:
        r, iid = self.rng, inquiry["id"]
        task = self.add_task(rows, inquiry_id=iid, grade=grade, due_at=due, created_at=triaged,
                             due_note=f"reply by {due:%a %Y-%m-%d %H:%M} (grade {grade})")
        if r.random() < 0.15:
            self.add_note(rows, iid, task["id"], r.choice(AGENTS), "note",
                          "called back, waiting for the drawing " * r.randrange(1, 4), triaged + timedelta(minutes=30))
        if live:
            self.live_state(rows, task, iid, triaged)
            return None
        x = r.random()
        agent = r.choice(AGENTS)
        if x < 0.15:
            task.update(state="dismissed", assignee=agent)
            why = "duplicate" if r.random() < 0.3 else "spam"
            self.add_audit(rows, agent, "dismiss", triaged + timedelta(hours=2), task, iid, dismissed_as=why)
            return why
        if x < 0.40:
            done_at = triaged + timedelta(hours=r.uniform(0.2, 3) * SLA_HOURS[grade])
            task.update(state="done", done_at=done_at, assignee=agent, claimed_at=triaged + timedelta(minutes=20))
            self.add_audit(rows, agent, "done", done_at, task, iid)
            return None
        quoted = r.random() < (0.6 if inquiry["channel"] == "rfq" else 0.25)
        self.close_reply(rows, task, iid, grade, triaged, quoted, inquiry["product"])
        return None

    def close_reply(self, rows: Rows, task: dict[str, Any], iid: int, grade: str, since: datetime, quoted: bool,
                    product: str) -> None:
        """A reply (or quote) went out, then the follow-ups the planner would have made."""
        r, now = self.rng, self.now
        sent = min(now - timedelta(minutes=10), since + timedelta(hours=r.uniform(0.1, 1.6) * SLA_HOURS[grade]))
        agent = r.choice(AGENTS)
        task.update(state="done", done_at=sent, assignee=agent, claimed_at=since + timedelta(minutes=15))
        self.reply_id += 1
        kind = "quote" if quoted else "reply"
        rows.replies.append(dict(id=self.reply_id, inquiry_id=iid, task_id=task["id"], author=agent, channel="email",
                                 kind=kind, product=product, sent_at=sent))
        self.add_audit(rows, agent, "reply", sent, task, iid, channel="email", kind=kind)
        rule, days, most = ("rfq-quote", 2, 2) if quoted else ("silent-buyer", 3, 3)
        last = sent
        for attempt in range(1, most + 1):
            if last + timedelta(days=days) > now:
                break
            made = last + timedelta(days=days)
            fu = self.add_task(rows, inquiry_id=iid, kind="follow-up", rule=rule, attempt=attempt, grade=grade,
                               created_at=made, due_at=made + timedelta(days=1),
                               due_note=f"no answer to our {'quotation' if quoted else 'reply'} since "
                                        f"{last:%Y-%m-%d}: follow-up {attempt} of {most}")
            if made + timedelta(days=days) > now and r.random() < 0.6:  # the newest one: still to do
                self.live_state(rows, fu, iid, made)
                break
            last = made + timedelta(hours=r.uniform(2, 30))
            fu.update(state="done", done_at=last, assignee=agent)
            self.add_audit(rows, agent, "done", last, fu, iid)


# --- loading ---------------------------------------------------------------------------------------

TABLE_ORDER = ("inquiries", "tasks", "notes", "replies", "audit_log", "mailbox_messages")


def _secondary_indexes(conn, dialect: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(name, DDL) of the indexes the load may drop and re-create: not primary keys or constraints."""
    from sqlalchemy import text

    tables = ", ".join(f"'{t}'" for t in TABLE_ORDER)
    if dialect == "sqlite":
        return list(conn.execute(text(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                      f"AND sql IS NOT NULL AND tbl_name IN ({tables})")))
    return list(conn.execute(text(
        f"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ({tables}) "
        "AND indexname NOT IN (SELECT conname FROM pg_constraint)")))


def _migrate_to(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    """Alembic upgrade to `revision` (the project's migrations folder)."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from inquiry_triage.store.db import MIGRATIONS

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine.dialect.name == "sqlite":
        from sqlalchemy import event

        from inquiry_triage.store.db import _sqlite_pragmas

        event.listen(engine, "connect", _sqlite_pragmas)
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        connection.commit()


def _sqlite_value(value: Any) -> Any:
    """As SQLAlchemy's SQLite types store it: DATETIME as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC, no
    offset: as_utc reads it back), JSON as text, booleans as 0/1."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _sqlite_insert(conn, table: str, rows: list[dict[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    """sqlite3 executemany of row dicts, values as SQLAlchemy would have written them."""
    columns = list(rows[0])
    raw = conn.connection.dbapi_connection
    raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    [tuple(_sqlite_value(v) for v in row.values()) for row in rows])


def _copy(conn, table: str, rows: list[dict[str, Any]]) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL COPY of row dicts (JSON columns as text)."""
    if not rows:
        return
    columns = list(rows[0])
    raw = conn.connection.dbapi_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v for v in row.values()])


def build(url: str, size: int, now: datetime, seed: int, days: float, live_share: float, analyze: bool,
          chunk: int = 20_000) -> None:
    from sqlalchemy import create_engine, func, select, text

    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow

    started = time.perf_counter()
    engine = create_engine(url)
    _migrate_to(engine, LOAD_REVISION)  # the schema, by the project's own migrations
    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(InquiryRow.__table__)):
            raise SystemExit(f"{_masked(url)} already holds inquiries: build into a new database")
    dialect = engine.dialect.name
    gen = Generator(size, now, seed, days, live_share)
    totals = dict.fromkeys(TABLE_ORDER, 0)
    with engine.connect() as conn:
        if dialect == "sqlite":
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-200000", "foreign_keys=OFF"):
                conn.exec_driver_sql(f"PRAGMA {pragma}")
        indexes = _secondary_indexes(conn, dialect)
        for name, _ in indexes:
            conn.execute(text(f'DROP INDEX "{name}"'))
        conn.commit()
        for start in range(0, size, chunk):
            rows = gen.chunk(start, min(size, start + chunk))
            batches = dict(zip(TABLE_ORDER, (rows.inquiries, rows.tasks, rows.notes, rows.replies, rows.audit,
                                             rows.mailbox_messages)))
            for name in TABLE_ORDER:
                if not batches[name]:
                    continue
                if dialect == "postgresql":
                    _copy(conn, name, batches[name])
                else:
                    _sqlite_insert(conn, name, batches[name])
                totals[name] += len(batches[name])
            conn.commit()
            done = min(size, start + chunk)
            print(f"\r  {done:,}/{size:,} inquiries  {time.perf_counter() - started:6.1f} s", end="", file=sys.stderr)
        print(file=sys.stderr)
        loaded = time.perf_counter() - started
        for _name, ddl in indexes:
            conn.execute(text(ddl))
        conn.commit()
        indexed = time.perf_counter() - started - loaded
        if dialect == "postgresql":
            for name in TABLE_ORDER:  # explicit ids were written: the sequences must follow
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT coalesce(max(id), 1) FROM {name}))"))
            conn.commit()
    upgraded = time.perf_counter()
    opened = open_store(url)  # the newer migrations (indexes, back-fills) run on the loaded rows, as on a real store
    print(f"  migrations {LOAD_REVISION} -> head on the loaded rows: {time.perf_counter() - upgraded:.0f} s", file=sys.stderr)
    _finish(opened, gen, size, now, seed, live_share, totals)
    with engine.connect() as conn:
        if dialect == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        else:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            if analyze:
                conn.exec_driver_sql("ANALYZE")
            conn.commit()
    engine.dispose()
    print(f"built {size:,} inquiries in {time.perf_counter() - started:.0f} s (load {loaded:.0f} s, indexes "
          f"{indexed:.0f} s): " + ", ".join(f"{n} {c:,}" for n, c in totals.items()))


def _finish(opened, gen: Generator, size: int, now: datetime, seed: int, live_share: float,  # type: ignore[no-untyped-def]
            totals: dict[str, int]) -> None:
    """The small tables through the ORM: mailbox folders, buyer timezones, the daemon's rounds, the marker."""
    from inquiry_triage.store.models import AuditRow, BuyerTimezoneRow, MailboxFolderRow

    store_engine, sessions = opened
    with sessions.begin() as s:
        for mailbox in ("sales", "rfq"):
            s.add(MailboxFolderRow(mailbox=mailbox, folder="INBOX", uidvalidity=1, last_uid=size,
                                   last_poll_at=now - timedelta(minutes=1), last_success_at=now - timedelta(minutes=1),
                                   seen=size, triaged=size, failed=0, failures=0))
        for n in range(min(500, gen.repeat_pool)):
            s.add(BuyerTimezoneRow(buyer_key=f"buyer{n}@{('gmail.com', 'mail.ru', 'yahoo.com', 'outlook.com', f'trading{n % 997}.example')[n % 5]}",
                                   timezone="Asia/Novosibirsk", set_by="alice", set_at=now - timedelta(days=3)))
        for k in range(576, 0, -1):  # every 5 minutes for 2 days, the last 5 minutes ago
            s.add(AuditRow(at=now - timedelta(minutes=5 * k), actor="inquiry-triage", action="tick",
                           detail={"by": "daemon", "woken": 0, "planned": 0, "reminded": 0, "escalated": 0}))
        s.add(AuditRow(at=now, actor=MARKER_ACTOR, action=MARKER_ACTION,
                       detail={"size": size, "seed": seed, "now": now.isoformat(), "live_share": live_share,
                               "rows": totals}))
    store_engine.dispose()


def _masked(url: str) -> str:
    from inquiry_triage.store.db import _without_secrets

    return _without_secrets(url, url)


# --- running ---------------------------------------------------------------------------------------

@dataclass
class Measure:
    wall: float
    rss_mb: float
    query_ms: float
    statements: int
    code: int
    out_bytes: int
    slow: list[tuple[float, str]]


def run_once(argv: list[str], timeout: float, env_extra: dict[str, str] | None = None) -> Measure:
    """One subprocess, timed; its own peak RSS (os.wait4) and DB time (the hooks' file)."""
    with tempfile.NamedTemporaryFile(prefix="store-bench-", suffix=".json", delete=False) as handle:
        timings = handle.name
    env = dict(os.environ, INQUIRY_TRIAGE_BENCH_TIMINGS=timings, PYTHONPATH=str(HOOKS), **(env_extra or {}))
    if CODE_DIR:
        env["INQUIRY_TRIAGE_BENCH_CODE"] = CODE_DIR
    env.pop("INQUIRY_TRIAGE_DB", None)
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                                cwd=ROOT, start_new_session=True)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        size = out.tell()
        if proc.returncode not in (0, 3):
            out.seek(0)
            tail = out.read()[-600:].decode("utf-8", "replace")
            print(f"    ! exit {proc.returncode}: {' '.join(argv[1:4])} ...: {tail}", file=sys.stderr)
    try:
        data = json.loads(Path(timings).read_text() or "{}")
    except (OSError, ValueError):
        data = {}
    finally:
        Path(timings).unlink(missing_ok=True)
    return Measure(wall=wall, rss_mb=usage.ru_maxrss / 1024, query_ms=data.get("query_ms", float("nan")),
                   statements=data.get("statements", 0), code=proc.returncode if wall < timeout else -9,
                   out_bytes=size, slow=[tuple(s) for s in data.get("slow", [])])


BASELINE = ("from sqlalchemy import text\nfrom inquiry_triage.store import open_store\nimport sys\n"
            "engine, _ = open_store(sys.argv[1])\n"
            "with engine.connect() as c:\n    print(c.execute(text('SELECT count(*) FROM inquiries')).scalar())\n")


def bench_facts(url: str) -> dict[str, Any]:
    """What `run` needs from the built database: its `now`, a live task, a repeat buyer, a product."""
    from sqlalchemy import func, select

    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import AuditRow, InquiryRow, ReplyRow, TaskRow, UserRow

    engine, sessions = open_store(url)
    with sessions() as s:
        marker = s.scalar(select(AuditRow.detail).where(AuditRow.actor == MARKER_ACTOR, AuditRow.action == MARKER_ACTION)
                          .order_by(AuditRow.id.desc()).limit(1)) or {}
        live = s.execute(select(TaskRow.id, TaskRow.inquiry_id).where(TaskRow.state == "open", TaskRow.kind == "reply")
                         .order_by(TaskRow.id.desc()).limit(1)).first()
        # A repeat buyer (the pool's ids are below size/20) with a live task: history and --buyer find something.
        buyer = s.scalar(select(InquiryRow.buyer_key).join(TaskRow, TaskRow.inquiry_id == InquiryRow.id)
                         .where(TaskRow.state == "open", InquiryRow.buyer_key.like("buyer%@%"))
                         .order_by(InquiryRow.id.desc()).limit(1)) or "buyer1@mail.ru"
        product = s.scalar(select(ReplyRow.product).where(ReplyRow.kind == "quote").order_by(ReplyRow.id.desc())
                           .limit(1)) or PRODUCTS[0]
        size = s.scalar(select(func.max(InquiryRow.id))) or 0
        # Once users are stored (bench/web_bench.py adds two), the CLI takes roles from them and refuses
        # a name it does not know: the commands run as a stored lead.
        lead = s.scalar(select(UserRow.name).where(UserRow.role.in_(("lead", "supervisor")), UserRow.disabled.is_(False))
                        .order_by(UserRow.id).limit(1))
    engine.dispose()
    now = datetime.fromisoformat(marker["now"]) if marker.get("now") else datetime.now(timezone.utc)
    return {"now": now, "task": live.id if live else 1, "buyer": buyer, "user": lead,
            "product": product, "size": marker.get("size", size)}


def commands(facts: dict[str, Any]) -> list[tuple[str, list[str], bool]]:
    """(label, arguments, mutates) of every command measured."""
    task, tick_at = str(facts["task"]), (facts["now"] + timedelta(minutes=5)).isoformat(timespec="minutes")
    reads = [
        ("queue", ["queue"]),
        ("queue --format json", ["queue", "--format", "json"]),
        ("queue json --limit 50", ["queue", "--format", "json", "--limit", "50"]),
        ("queue --page 40", ["queue", "--page", "40"]),
        ("queue --grade A --overdue", ["queue", "--grade", "A", "--overdue"]),
        ("queue --language es --country ES", ["queue", "--language", "es", "--country", "ES"]),
        ("queue --suspicious", ["queue", "--suspicious"]),
        ("queue --mine", ["queue", "--mine", "--user", "agent1"]),
        ("queue --due 4", ["queue", "--due", "4"]),
        ("queue --search", ["queue", "--search", "valves container"]),
        ("queue --buyer", ["queue", "--buyer", facts["buyer"].split("@")[0]]),
        ("queue --product", ["queue", "--product", "ball valves"]),
        ("queue show ID", ["queue", "show", task]),
        ("queue show ID json", ["queue", "show", task, "--format", "json"]),
        ("queue review", ["queue", "review"]),
        ("queue review json", ["queue", "review", "--format", "json"]),
        ("queue --filed all", ["queue", "--filed", "all"]),
        ("queue --filed list json", ["queue", "--filed", "list", "--format", "json", "--limit", "50"]),
        ("queue buyer", ["queue", "buyer", facts["buyer"]]),
        ("queue history ID", ["queue", "history", task]),
        ("report suspicious", ["report", "suspicious"]),
        ("report suspicious 7d", ["report", "suspicious", "--since", "7d"]),
        ("report suspicious 24h", ["report", "suspicious", "--since", "24h"]),
        ("report suspicious 30d", ["report", "suspicious", "--since", "30d"]),
        ("report suspicious 30d --all", ["report", "suspicious", "--since", "30d", "--all"]),
        ("report suspicious 30d dismissed", ["report", "suspicious", "--since", "30d", "--state", "dismissed"]),
        ("report sla", ["report", "sla"]),
        ("report sla csv", ["report", "sla", "--format", "csv"]),
        ("report sla html", ["report", "sla", "--format", "html"]),
        ("report sla --by agent", ["report", "sla", "--by", "agent"]),
        ("status", ["status"]),
        ("status json", ["status", "--format", "json"]),
    ]
    writes = [
        ("tick --now (first)", ["tick", "--now", tick_at]),
        ("tick --now (again)", ["tick", "--now", tick_at]),
        ("notify price-change", ["notify", "price-change", "--product", facts["product"], "--user", "bench"]),
    ]
    return [(label, args, False) for label, args in reads] + [(label, args, True) for label, args in writes]


def run(url: str, repeat: int, only: list[str], timeout: float, slow_after: float, explain: bool) -> None:
    facts = bench_facts(url)
    masked = _masked(url)
    print(f"store bench: {masked}  size {facts['size']:,}  built-now {facts['now'].isoformat(timespec='minutes')}  "
          f"repeat {repeat} (best wall; the machine is shared: figures are indicative)")
    base = best_of([str(PYTHON), "-c", BASELINE, url], repeat, timeout, slow_after)
    print(f"{'command':34} {'wall s':>7} {'query ms':>9} {'stmts':>6} {'RSS MB':>7} {'x wall':>7} {'x RSS':>6} "
          f"{'out kB':>8}  exit")
    _print_row("baseline: SELECT count(*)", base, base)
    for label, args, mutates in commands(facts):
        if only and not any(word in label for word in only):
            continue
        argv = [str(CLI), *args, "--db", url]
        m = best_of(argv, 1 if mutates else repeat, timeout, slow_after,
                    {"INQUIRY_TRIAGE_USER": facts["user"]} if facts["user"] else None)
        _print_row(label, m, base)
        if explain:
            for ms, sql in m.slow:
                if ms >= 20:
                    print(f"      {ms:8.1f} ms  {' '.join(sql.split())[:300]}")


def best_of(argv: list[str], repeat: int, timeout: float, slow_after: float,
            env_extra: dict[str, str] | None = None) -> Measure:
    best: Measure | None = None
    for _ in range(max(1, repeat)):
        m = run_once(argv, timeout, env_extra)
        if best is None or m.wall < best.wall:
            best = m
        if m.wall > slow_after or m.code == -9:
            break
    assert best is not None
    return best


def _print_row(label: str, m: Measure, base: Measure) -> None:
    code = "TIMEOUT" if m.code == -9 else str(m.code)
    print(f"{label[:34]:34} {m.wall:7.2f} {m.query_ms:9.1f} {m.statements:6d} {m.rss_mb:7.0f} "
          f"{m.wall / base.wall:7.1f} {m.rss_mb / base.rss_mb:6.1f} {m.out_bytes / 1024:8.0f}  {code}", flush=True)


# --- PostgreSQL --------------------------------------------------------------------------------------

def _start_pg():  # type: ignore[no-untyped-def]
    from tests.servers.postgres import start_postgres

    server = start_postgres(database="bench")
    # The test settings keep shared_buffers at 32 MB; a million rows want a little more room.
    with open(server.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("shared_buffers = 256MB\nmaintenance_work_mem = 256MB\nwork_mem = 16MB\nmax_wal_size = 4GB\n")
    server.stop()
    server.start()
    return server


def serve_pg() -> None:
    server = _start_pg()
    print(server.url, flush=True)
    print(f"(data in {server.root}; Ctrl-C or SIGTERM stops and removes it)", file=sys.stderr, flush=True)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    try:
        while not stop["now"]:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.destroy()


# --- one migration section on a built store -----------------------------------------------------------

SCALE_MIGRATION = ROOT / "inquiry_triage" / "store" / "migrations" / "versions" / "0009_rollups_and_speed.py"


def scale_section(url: str, up: bool) -> None:
    """Run 0009's _scale_up (or _scale_down) on a store built before that section had its present
    content (it is already at head, so open_store runs nothing): before/after figures on one store
    without a 3-6 minute rebuild. A bench tool only: the product migrates by revision."""
    import importlib.util

    from alembic.migration import MigrationContext
    from alembic.operations import Operations
    from sqlalchemy import create_engine

    spec = importlib.util.spec_from_file_location("migration_0009", SCALE_MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    engine = create_engine(url)
    started = time.perf_counter()
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        (module._scale_up if up else module._scale_down)()
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"0009 _scale_{'up' if up else 'down'} on {_masked(url)}: {time.perf_counter() - started:.1f} s")


# --- report sla: the direct path and the daily rollups, in-process ----------------------------------------

def sla_paths(url: str, repeat: int, explain: bool, whole: bool) -> None:
    """report sla's query time (every statement of collect_sla, in this process) on the direct path
    (every inquiry of the period read: the report before migration 0010) and from the daily rollups,
    cold (the days computed, rolled back: what the first report after the upgrade pays) and warm
    (the days kept), best of `repeat`, beside a bare SELECT count(*); the two paths' output compared."""
    from sqlalchemy import func, select, text

    from inquiry_triage.config import load_config
    from inquiry_triage.reports.sla import collect_sla
    from inquiry_triage.scheduling.deadlines import calendar_from_config
    from inquiry_triage.store import open_store
    from inquiry_triage.store.models import InquiryRow

    engine, sessions = open_store(url)
    calendar = calendar_from_config(dict(load_config(None).get("business", {})))
    now = datetime.now(timezone.utc)

    def best(work) -> tuple[float, Any]:  # type: ignore[no-untyped-def]
        times, out = [], None
        for _ in range(max(1, repeat)):
            with sessions() as s:
                started = time.perf_counter()
                out = work(s)
                times.append((time.perf_counter() - started) * 1000)
                s.rollback()
        return min(times), out

    base, count = best(lambda s: s.scalar(select(func.count()).select_from(InquiryRow)))
    print(f"report sla paths: {_masked(url)}  {count:,} inquiries  now {now.isoformat(timespec='seconds')}  best of "
          f"{repeat} in-process (the machine is shared: figures are indicative)")
    print(f"{'case':24} {'direct ms':>10} {'cold ms':>9} {'warm ms':>9} {'x count':>8}  same")
    print(f"{'baseline: SELECT count(*)':24} {base:10.1f}")
    four_weeks = now - timedelta(weeks=4)
    cases = [("4w by grade", four_weeks, "grade"), ("4w by agent", four_weeks, "agent"), ("4w by week", four_weeks, "week")]
    if whole:  # the first run derives every inquiry's response times: SQLite's WAL grows by GBs at 1M
        cases += [("all by grade", None, "grade"), ("all by week", None, "week")]
    for label, since, by in cases:
        args = {"now": now, "since": since, "by": by, "calendar": calendar}
        with sessions.begin() as s:  # first: the stale response times derived, the days kept (committed)
            collect_sla(s, use_rollups=True, **args)
        with sessions() as s:  # cold, once: forget what was kept (rolled back after)
            s.execute(text("UPDATE sla_days SET rolled_version = NULL, rolled_snapshot = NULL"))  # 0011: PostgreSQL's
            started = time.perf_counter()
            collect_sla(s, use_rollups=True, **args)
            cold = (time.perf_counter() - started) * 1000
            s.rollback()
        direct, want = best(lambda s: collect_sla(s, use_rollups=False, **args))
        warm, got = best(lambda s: collect_sla(s, use_rollups=True, **args))
        print(f"{label:24} {direct:10.1f} {cold:9.1f} {warm:9.1f} {warm / base:8.1f}  {'yes' if got == want else 'NO'}",
              flush=True)
    if explain:
        _explain_sla(engine, sessions, now, calendar)
    engine.dispose()


def _explain_sla(engine, sessions, now: datetime, calendar) -> None:  # type: ignore[no-untyped-def]
    """The plans of the rollup path's statements (4 weeks by grade)."""
    from sqlalchemy import event

    from inquiry_triage.reports.sla import collect_sla

    seen: list[tuple[str, Any]] = []
    listener = lambda conn, cursor, statement, params, context, many: seen.append((statement, params))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    with sessions() as s:
        collect_sla(s, now=now, since=now - timedelta(weeks=4), by="grade", calendar=calendar)
    event.remove(engine, "before_cursor_execute", listener)
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as c:
        for statement, params in seen:
            if not statement.lstrip().upper().startswith("SELECT") or "set_config" in statement or "current_setting" in statement:
                continue
            print(f"\n-- {' '.join(statement.split())[:160]}")
            for row in c.exec_driver_sql(prefix + statement, params):
                print("   ", row[-1] if engine.dialect.name == "sqlite" else row[0])


# --- main ----------------------------------------------------------------------------------------------

def _now(text: str | None) -> datetime:
    if not text:
        return datetime.now(timezone.utc).replace(second=0, microsecond=0)
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise SystemExit("--now needs a timezone, e.g. 2026-11-30T09:00+00:00")
    return value.astimezone(timezone.utc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = argparse.ArgumentParser(add_help=False)
    b.add_argument("--size", type=int, default=10_000)
    b.add_argument("--now", help="the build's now (ISO with zone; default: the clock)")
    b.add_argument("--seed", type=int, default=10)
    b.add_argument("--days", type=float, default=365.0, help="days of history")
    b.add_argument("--live-share", type=float, default=0.03, help="share of the newest inquiries with live tasks")
    b.add_argument("--analyze", action="store_true", help="SQLite: ANALYZE after the load")
    r = argparse.ArgumentParser(add_help=False)
    r.add_argument("--repeat", type=int, default=3)
    r.add_argument("--only", default="", help="comma-separated parts of command labels")
    r.add_argument("--timeout", type=float, default=600.0, help="seconds before a command is killed")
    r.add_argument("--slow", type=float, default=30.0, help="a command slower than this is not repeated")
    r.add_argument("--explain", action="store_true", help="print statements slower than 20 ms")
    r.add_argument("--code", metavar="DIR", help="import inquiry_triage from DIR (a 'before' copy: "
                                                  "git archive REV inquiry_triage | tar -x -C DIR)")
    sub.add_parser("build", parents=[b]).add_argument("--db", required=True)
    sub.add_parser("run", parents=[r]).add_argument("--db", required=True)
    a = sub.add_parser("all", parents=[b, r])
    a.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    a.add_argument("--db", help="default: a temp SQLite file, or a throw-away PostgreSQL server")
    sub.add_parser("serve-pg")
    paths = sub.add_parser("sla-paths", help="report sla in-process: the direct path vs the daily rollups (cold, warm)")
    paths.add_argument("--db", required=True)
    paths.add_argument("--repeat", type=int, default=3)
    paths.add_argument("--explain", action="store_true", help="the plans of the rollup path's statements")
    paths.add_argument("--all", action="store_true", help="also the whole history (--since all)")
    scale = sub.add_parser("scale-section", help="run migration 0009's _scale_up (--down: _scale_down) on a built store")
    scale.add_argument("--db", required=True)
    scale.add_argument("--down", action="store_true")
    args = parser.parse_args(argv)
    global CODE_DIR
    CODE_DIR = getattr(args, "code", None) or ""
    only = [w.strip() for w in getattr(args, "only", "").split(",") if w.strip()]
    if args.command == "serve-pg":
        serve_pg()
    elif args.command == "sla-paths":
        sla_paths(args.db, args.repeat, args.explain, args.all)
    elif args.command == "scale-section":
        scale_section(args.db, not args.down)
    elif args.command == "build":
        build(args.db, args.size, _now(args.now), args.seed, args.days, args.live_share, args.analyze)
    elif args.command == "run":
        run(args.db, args.repeat, only, args.timeout, args.slow, args.explain)
    else:
        server = None
        url = args.db
        folder = tempfile.mkdtemp(prefix="store-bench-")
        if url is None and args.backend == "postgresql":
            server = _start_pg()
            url = server.url
        elif url is None:
            url = f"sqlite:///{folder}/bench-{args.size}.db"
        try:
            build(url, args.size, _now(args.now), args.seed, args.days, args.live_share, args.analyze)
            run(url, args.repeat, only, args.timeout, args.slow, args.explain)
        finally:
            if server is not None:
                server.destroy()
            if args.db is None and args.backend == "sqlite":
                for p in Path(folder).glob("*"):
                    p.unlink()
                os.rmdir(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
