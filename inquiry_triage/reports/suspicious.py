"""`report suspicious`: what looks like a scam or a spy, with the rules that fired and their points,
when each was received (on the seller's clock) and where it stands: held for review, open in the reply
queue, dismissed (as spam, spy or duplicate), released as genuine by a lead, or closed without a verdict.
By default only what still needs a lead's look (no verdict); `state` "dismissed" (those with a lead's
verdict: dismissed or released) or "all" lists the others.

Read in SQL, highest risk first (ix_inquiries_suspicious_risk): the counts (one statement), then the
rows of the page asked for, in chunks (keyset on risk and id), so a million stored inquiries cost what
one page does and the memory stays flat however many are written. A row's state comes in the same
statement (two correlated look-ups of its live task by ix_tasks_inquiry_first: never a query per row).
Only the columns printed are read, and the result JSON (for the suspicion, the IP country and the
rules) only for those rows; never the raw bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from dataclasses import replace as replaced
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session

from ..queue.views import title_of
from ..safe_text import for_spreadsheet, for_terminal
from ..store.models import LIVE_TASK_STATES, AuditRow, InquiryRow, TaskRow, as_utc
from ..sentences import Sentence
from .html import Table, page_head, page_tail, paragraph, table_head, table_rows, table_tail
from ..queue.cli_words import pad
from .words import evidence, html_lang, words

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
CHUNK = 500  # rows read per statement while writing a long report

# Which inquiries the report lists (`report suspicious --state`): those still waiting for a verdict
# (the default: held for review, open in the reply queue, or closed without a verdict), the dismissed
# ones, or both.
WAITING, DISMISSED, ALL = "waiting", "dismissed", "all"
STATES = (WAITING, DISMISSED, ALL)
LIVE = LIVE_TASK_STATES


def parse_duration(text: str) -> timedelta:
    found = _DURATION.match(text)
    if not found:
        raise ValueError(f"--since {text!r}: use a number and a unit, e.g. 90m, 24h, 7d, 2w")
    return timedelta(**{_UNITS[found.group(2).lower()]: int(found.group(1))})


# --- reading ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SuspiciousRow:
    """The columns the report prints (the attributes of an InquiryRow of the same names)."""

    id: int
    message_id: str
    triaged_at: datetime
    result: dict
    risk: float
    grade: str | None
    channel: str
    from_addr: str
    subject: str
    source: str
    received: datetime | None = None  # its arrival (received_at, else triaged_at)
    dismissed_as: str | None = None  # spam / spy / duplicate
    review_task: int | None = None  # its live review task: held for review
    open_task: int | None = None  # its live task of another kind: open in the reply queue
    verdict: str | None = None  # "genuine": a lead released it (no longer flagged: `suspicious` False)
    suspicious: bool = True
    country: str = ""  # the stored country (a record's declared one, else the sender's): shown when no IP country
    opening: str = ""  # the body's start when the subject is blank (a chat, an RFQ row): its title's first words

    @property
    def state(self) -> str:
        """review (held for review) / open (a live reply or follow-up task) / dismissed / released (a
        lead's verdict "genuine") / closed (no live task and no verdict: e.g. its review task marked done)."""
        if self.dismissed_as:
            return "dismissed"
        if self.verdict == GENUINE and not self.suspicious:
            return "released"
        return "review" if self.review_task else "open" if self.open_task else "closed"

    @property
    def task_id(self) -> int | None:
        return self.review_task or self.open_task


_COLUMNS = (InquiryRow.id, InquiryRow.message_id, InquiryRow.triaged_at, InquiryRow.result, InquiryRow.risk,
            InquiryRow.grade, InquiryRow.channel, InquiryRow.from_addr, InquiryRow.subject, InquiryRow.source,
            InquiryRow.received_at, InquiryRow.dismissed_as, InquiryRow.verdict, InquiryRow.suspicious,
            InquiryRow.country,
            # a blank subject's title is the buyer's first words (views.title_of): the body's start only then
            case((func.coalesce(InquiryRow.subject, "") == "", func.substr(InquiryRow.body, 1, 400)),
                 else_=literal("")).label("opening"))


def _live_task(inquiry_id: Any, review: bool) -> Any:
    """The lowest id of the inquiry's live review task (or of its live task of another kind), as a
    column of the page's own statement: an index look-up per row shown, not a query per row."""
    kind = TaskRow.kind == "review" if review else TaskRow.kind != "review"
    return select(func.min(TaskRow.id)).where(TaskRow.inquiry_id == inquiry_id, kind, TaskRow.state.in_(LIVE)) \
        .scalar_subquery()


def page_statement(where: list[Any], size: int, *, offset: int = 0, after: tuple[float, int] | None = None,
                   also: list[Any] | None = None) -> Any:
    """`size` rows in (risk desc, id) order from `offset` (or after the keyset `after`), each with its
    live tasks. The page's ids are cut first from an index alone (the waiting ones from the partial
    ix_inquiries_suspicious_waiting), then its rows read by primary key, and the task look-ups run
    for the rows shown only (PostgreSQL evaluates a select list's subqueries before OFFSET). `also`:
    a second set of rows (the released ones, few), each set cut to the page in its own walk, merged."""
    def walk(conditions: list[Any]) -> Any:
        ids = select(InquiryRow.id, InquiryRow.risk).where(*conditions)
        if after is not None:  # keyset: after the last row read, in (risk desc, id) order
            risk, id_ = after
            ids = ids.where(or_(InquiryRow.risk < risk, and_(InquiryRow.risk == risk, InquiryRow.id > id_)))
        return ids.order_by(InquiryRow.risk.desc(), InquiryRow.id)

    if also is None:
        page = walk(where).offset(offset if after is None else 0).limit(size).subquery("page")
    else:
        cut = size + (offset if after is None else 0)
        merged = union_all(*[select(walk(w).limit(cut).subquery()) for w in (where, also)]).subquery()
        page = (select(merged.c.id, merged.c.risk).order_by(merged.c.risk.desc(), merged.c.id)
                .offset(offset if after is None else 0).limit(size).subquery("page"))
    return (select(*_COLUMNS, _live_task(InquiryRow.id, True).label("review_task"),
                   _live_task(InquiryRow.id, False).label("open_task"))
            .join_from(page, InquiryRow, InquiryRow.id == page.c.id).order_by(page.c.risk.desc(), page.c.id))


# The waiting ones are read from the partial index ix_inquiries_suspicious_waiting (migration 0011), whose
# predicate is "suspicious AND dismissed_as IS NULL": the query says it in that very form, so both
# planners prove the index serves it (SQLAlchemy writes "suspicious = 1" on SQLite, which SQLite's
# planner answers from ix_inquiries_suspicious_risk instead, reading every suspicious row).
_WAITING_FORM = text("inquiries.suspicious")
GENUINE = "genuine"  # the verdict a lead's release stores (queue/operations.release_review)


def _released(since: datetime | None) -> list[Any]:
    """Suspicious inquiries a lead released as genuine: no longer flagged (agents see them), the
    verdict kept, a review task behind them. Found from the audit rows of the verdict (the few
    release-review/genuine rows of ix_audit_log_action_at), then by primary key: reading the
    inquiries by their verdict instead scans them all (2.7 s at 1M on PostgreSQL, 0.2 ms so)."""
    from ..queue.operations import GENUINE_ACTIONS

    given = select(AuditRow.inquiry_id).where(AuditRow.action.in_(GENUINE_ACTIONS))
    reviewed = select(TaskRow.id).where(TaskRow.inquiry_id == InquiryRow.id, TaskRow.kind == "review").exists()
    where = [InquiryRow.suspicious.is_(False), InquiryRow.verdict == GENUINE, InquiryRow.id.in_(given), reviewed]
    return where + _received_since(since)


def _received_since(since: datetime | None) -> list[Any]:
    """--since: received at or after `since` (the time of receipt every consumer reads: received_at,
    else triaged_at; scheduling/receipt), as the listing's "received" column shows it. A mail received
    weeks ago and triaged today is not "since 24h" (a newcomer's finding: it filtered on triaged_at).
    A receipt is never more than receipt.SKEW after its triage (receipt.plausible), so the triage time
    bounds the period first: ix_inquiries_suspicious_receipt (0017) holds the suspicious inquiries by
    triage time with their receipt, so the candidates are found and filtered in that index alone."""
    from ..scheduling.receipt import SKEW

    if since is None:
        return []
    return [InquiryRow.triaged_at >= since - SKEW, func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at) >= since]


def _where(since: datetime | None, state: str = ALL) -> list[Any]:
    if state not in STATES:
        raise ValueError(f"state: expected one of {', '.join(STATES)}, got {state!r}")
    # A period (--since) in every state: the bare boolean too, so both planners prove the partial
    # ix_inquiries_suspicious_receipt (0017) and read the period's counts and page ids from it alone
    # (PostgreSQL does not prove "suspicious" from "suspicious IS true"). Without a period, "IS true"
    # keeps ix_inquiries_suspicious_risk's order by risk on SQLite, which does not search a bare boolean.
    flagged = InquiryRow.suspicious.is_(True) if state != WAITING and since is None else _WAITING_FORM
    where = [flagged, *_received_since(since)]
    if state == WAITING:
        where.append(InquiryRow.dismissed_as.is_(None))
    elif state == DISMISSED:
        where.append(InquiryRow.dismissed_as.is_not(None))
    return where


@dataclass(frozen=True)
class Counted:
    """How many suspicious inquiries of the period the listing holds (`total`) and how many of the
    other state it leaves out (`left_out`: the dismissed ones beside the waiting ones, and the other
    way round; 0 for ALL)."""

    total: int
    left_out: int = 0
    released: int = 0  # of the period's released ones (listed with --state dismissed and --all)
    dismissed: int = 0  # of the period's dismissed ones (a released one is not among them)


def count_listing(session: Session, since: datetime | None, state: str = WAITING) -> Counted:
    """The counts of a listing in `state`, in one statement read from indexes alone: every suspicious
    inquiry (ix_inquiries_suspicious_risk) and the waiting ones (the partial
    ix_inquiries_suspicious_waiting), or with a period both in one pass over the partial
    ix_inquiries_suspicious_receipt; the dismissed ones are the difference."""
    def counted(which: str) -> Any:
        return select(func.count()).select_from(InquiryRow).where(*_where(since, which)).scalar_subquery()

    # The released ones (a lead's "genuine": back in the reply queue) have their own count in every
    # listing, the default's too, which says how many it leaves out ("1 dismissed and 2 released as
    # genuine not listed"): a few audit rows (ix_audit_log_action_at), in the same one statement.
    released = select(func.count()).select_from(InquiryRow).where(*_released(since)).scalar_subquery()
    if since is None:
        every, waiting, freed = session.execute(select(counted(ALL), counted(WAITING), released)).one()
    else:  # a period's rows are read for their receipt (_received_since): both counts in that one pass
        both = (select(func.count(), func.count(case((InquiryRow.dismissed_as.is_(None), 1))))
                .select_from(InquiryRow).where(*_where(since, ALL)).subquery())
        every, waiting, freed = session.execute(select(both.c[0], both.c[1], released)).one()
    flagged, waiting, freed = every or 0, waiting or 0, freed or 0
    every = flagged + freed
    total = {WAITING: waiting, DISMISSED: every - waiting}.get(state, every)
    return Counted(total, left_out=every - total, released=freed, dismissed=flagged - waiting)


def count_suspicious(session: Session, since: datetime | None, state: str = ALL) -> int:
    counted = session.scalar(select(func.count()).select_from(InquiryRow).where(*_where(since, state))) or 0
    if state == WAITING:
        return counted
    return counted + (session.scalar(select(func.count()).select_from(InquiryRow).where(*_released(since))) or 0)


def suspicious_rows(session: Session, since: datetime | None, *, limit: int | None = None, offset: int = 0,
                    chunk: int = CHUNK, state: str = ALL, zone: tzinfo | None = None) -> Iterator[SuspiciousRow]:
    """Suspicious inquiries received since `since` (all when None) in `state` (WAITING, DISMISSED, ALL),
    highest risk first, then by id: `limit` of them (all when None) after the first `offset`, read
    `chunk` rows per statement. With `zone` (the seller's), the times are on that clock (stored UTC,
    naive on SQLite); without it, as stored."""
    if offset < 0 or (limit is not None and limit < 0):
        raise ValueError("offset and limit must not be negative")
    where = _where(since, state)
    also = _released(since) if state != WAITING else None  # a lead's release is a verdict too
    left = limit
    after: tuple[float, int] | None = None
    while left is None or left > 0:
        size = chunk if left is None else min(chunk, left)
        rows = session.execute(page_statement(where, size, offset=offset, after=after, also=also)).all()
        for row in rows:
            made = SuspiciousRow(row.id, row.message_id, row.triaged_at, row.result or {}, row.risk, row.grade,
                                 row.channel, row.from_addr, row.subject, row.source,
                                 received=row.received_at or row.triaged_at, dismissed_as=row.dismissed_as,
                                 review_task=row.review_task, open_task=row.open_task, verdict=row.verdict,
                                 suspicious=bool(row.suspicious), country=row.country or "",
                                 opening=row.opening or "")
            yield on_clock(made, zone) if zone is not None else made
        if len(rows) < size:
            return
        after = (rows[-1].risk, rows[-1].id)
        if left is not None:
            left -= len(rows)


def on_clock(row: SuspiciousRow, zone: tzinfo) -> SuspiciousRow:
    """The row with its times on `zone`'s clock (the seller's), offset kept."""
    return replaced(row, triaged_at=as_utc(row.triaged_at).astimezone(zone),
                    received=as_utc(row.received).astimezone(zone) if row.received is not None else None)


# --- rendering ---------------------------------------------------------------------------------------

def _risk_reasons(row: Any) -> list[dict]:
    return [r for r in row.result.get("reasons", []) if r.get("kind") in ("scam", "spy")]


def _state_of(row: Any) -> str:
    """A SuspiciousRow's state; a row given by hand (an InquiryRow, a test's namespace) says what it
    can: dismissed, else "" (its tasks were not read)."""
    state = getattr(row, "state", None)
    if isinstance(state, str):
        return state
    return "dismissed" if getattr(row, "dismissed_as", None) else ""


def _record(row: Any) -> dict:
    received = getattr(row, "received", None) or getattr(row, "received_at", None) or row.triaged_at
    return {
        "inquiry_id": row.id, "message_id": row.message_id, "triaged_at": row.triaged_at.isoformat(timespec="seconds"),
        "suspicion": row.result.get("suspicion", []), "risk": row.risk, "grade": row.grade, "channel": row.channel,
        "from": row.from_addr, "subject": row.subject, "ip_country": row.result.get("ip_country"),
        "source": row.source, "reasons": _risk_reasons(row),
        # when it arrived (the seller's clock where the caller gave it) and where it stands
        "received": received.isoformat(timespec="minutes"), "state": _state_of(row),
        "dismissed_as": getattr(row, "dismissed_as", None), "task_id": getattr(row, "task_id", None),
        "verdict": getattr(row, "verdict", None),
    }


def state_words(record: dict) -> str:
    """'held for review (task 12)', 'open in the reply queue (task 40)', 'dismissed as spam',
    'released as genuine (reply task 41)', 'closed without a verdict'; "" when not known."""
    task, state = record.get("task_id"), record.get("state") or ""
    if state == "dismissed":
        return Sentence("dismissed as %(kind)s", kind=record.get("dismissed_as") or "?")
    if state == "closed":
        return Sentence("closed without a verdict")
    words = {"review": "held for review", "open": "open in the reply queue", "released": "released as genuine"}.get(state)
    if words is None:
        return ""
    if not task:
        return Sentence(words)
    return Sentence(words + (" (reply task %(task)s)" if state == "released" else " (task %(task)s)"), task=task)


def _when(record: dict) -> str:
    """'2026-11-18 14:11' (the queue's own format, on the clock the record's time is on)."""
    return record["received"][:16].replace("T", " ")


@dataclass(frozen=True)
class Paging:
    """Where a page of the report sits: `total` rows in all, this page from `offset`, `limit` a page
    (None: to the end). `next_hint` is appended to the footer when rows are left after the page.
    `state` is which rows are listed (WAITING, DISMISSED, ALL) and `left_out` how many suspicious
    inquiries of the period that leaves out (the heading says so, and how to see them); `clock`
    names the zone the times are on."""

    total: int
    offset: int = 0
    limit: int | None = None
    next_hint: str = ""
    state: str = ALL
    left_out: int = 0
    clock: str = ""
    released: int = 0  # of the period's, released as genuine (counted with the dismissed: a verdict)
    dismissed: int = -1  # of the period's, dismissed (-1: not counted, a Paging made by hand)

    @staticmethod
    def of(counted: Counted, offset: int = 0, limit: int | None = None, next_hint: str = "", *, state: str = ALL,
           clock: str = "") -> Paging:
        return Paging(counted.total, offset, limit, next_hint, state=state, left_out=counted.left_out, clock=clock,
                      released=counted.released, dismissed=counted.dismissed)

    def partial(self, shown: int) -> bool:
        return self.offset > 0 or self.offset + shown < self.total

    # The lines below are Sentences: their English text, and a msgid the HTML page words in Chinese.
    def footer(self, shown: int) -> str:
        """'showing 1-50 of 1,234; next: --page 2' (as the queue's lists say it)."""
        return self.shown_words(shown) + self.hint(shown)

    def shown_words(self, shown: int) -> Sentence:
        """'showing 1-50 of 1,234' (the footer without its command-line hint)."""
        if not shown:
            return (Sentence("nothing on this page (%(of)s match)", of=f"{self.total:,}") if self.total else
                    Sentence("nothing matches"))
        return Sentence("showing %(first)s-%(last)s of %(of)s", first=f"{self.offset + 1:,}",
                        last=f"{self.offset + shown:,}", of=f"{self.total:,}")

    def hint(self, shown: int) -> str:
        """'; next: --page 2' when rows are left after the page (a command's syntax: not translated)."""
        return self.next_hint if shown and self.offset + shown < self.total else ""

    def heading(self) -> Sentence:
        """'3 suspicious inquiries waiting for a verdict, highest risk first'."""
        what = {WAITING: "suspicious inquiries waiting for a verdict",
                DISMISSED: "suspicious inquiries dismissed or released" if self.released else
                "dismissed suspicious inquiries"}.get(self.state, "suspicious inquiries")
        if self.total == 1:  # '1 suspicious inquiry ...', not '1 suspicious inquiries'
            what = what.replace("inquiries", "inquiry")
        return Sentence("%(n)s " + what + ", highest risk first", n=self.total)

    def others(self) -> Sentence | str:
        """What the listing leaves out, and how to list it: '2 dismissed not listed: --all lists them too'."""
        if not self.left_out or self.state == ALL:
            return ""
        left = f"{self.left_out:,}"
        if self.state == WAITING and self.released and self.dismissed >= 0:  # each verdict its own count
            return Sentence("%(dismissed)s dismissed and %(released)s released as genuine not listed: --all lists "
                            "them too (--state dismissed: only them)", dismissed=f"{self.dismissed:,}",
                            released=f"{self.released:,}")
        decided = " dismissed or released" if self.released else " dismissed"
        return (Sentence("%(n)s" + decided + " not listed: --all lists them too (--state dismissed: only them)", n=left)
                if self.state == WAITING else
                Sentence("%(n)s waiting for a verdict not listed: --all lists them too", n=left))

    def tally(self) -> Sentence | str:
        """The listed rows by verdict where released ones are among them (--state dismissed, --all): released
        as genuine (a lead's word: a real buyer, sent back to the reply queue) counted on their own."""
        if not self.released or self.dismissed < 0 or self.state == WAITING:
            return ""
        if self.state == DISMISSED:
            return Sentence("of them %(dismissed)s dismissed, %(released)s released as genuine (back in the reply "
                            "queue)", dismissed=f"{self.dismissed:,}", released=f"{self.released:,}")
        return Sentence("of them %(waiting)s waiting for a verdict, %(dismissed)s dismissed, %(released)s released as "
                        "genuine (back in the reply queue)", waiting=f"{self.total - self.dismissed - self.released:,}",
                        dismissed=f"{self.dismissed:,}", released=f"{self.released:,}")

    def empty(self) -> Sentence:
        return Sentence({WAITING: "No suspicious inquiry is waiting for a verdict.",
                         DISMISSED: "No dismissed suspicious inquiries."}.get(self.state, "No suspicious inquiries."))


def render_suspicious(rows: Sequence[Any], fmt: str, paging: Paging | None = None, language: str = "en") -> str:
    """The report as one string (tests, small sets: all of `rows` unless `paging` says otherwise);
    `write_suspicious` streams it."""
    out = io.StringIO()
    write_suspicious(out, rows, fmt, paging or Paging(total=len(rows)), language)
    return out.getvalue()


# The columns after "source" came later (appended, so a sheet read by position still reads).
CSV_HEADER = ["inquiry_id", "triaged_at", "suspicion", "risk", "grade", "channel", "from", "subject", "ip_country",
              "rules", "source", "received", "state", "dismissed_as", "task_id", "verdict"]
SUSPICIOUS_TITLE = "Suspicious inquiries"


def write_suspicious(out: Any, rows: Iterable[Any], fmt: str, paging: Paging, language: str = "en") -> int:
    """Write the report in `fmt` (table, csv, json, html) to `out` row by row; returns the rows written.
    `paging` (how many there are in all, which page this is) gives the count line and the footer;
    `language` (en, zh) the HTML page's words (reports/words.py)."""
    records = (_record(r) for r in rows)  # lazily: the table below reads `rows` itself
    if fmt == "json":
        return _write_json(out, records)
    if fmt == "csv":
        return _write_csv(out, records)
    if fmt == "html":
        return _write_html(out, records, paging, language)
    if fmt != "table":
        raise ValueError(f"format: expected table, csv, json or html, got {fmt!r}")
    # the table alone adds what a reader needs where a record has no subject or IP country (the JSON,
    # CSV and HTML columns stay as they were)
    return _write_table(out, ({**record, "country": getattr(row, "country", "") or "",
                               "title": title_of(row.subject or "", getattr(row, "opening", "") or "")}
                              for row, record in ((r, _record(r)) for r in rows)), paging, language)


def _write_json(out: Any, records: Iterator[dict]) -> int:
    """Exactly `json.dumps(list, ensure_ascii=False, indent=1)`, one record at a time."""
    n = 0
    for record in records:
        text = json.dumps(record, ensure_ascii=False, indent=1)
        out.write(("[\n" if n == 0 else ",\n") + "\n".join(" " + line for line in text.split("\n")))
        n += 1
    out.write("\n]\n" if n else "[]\n")
    return n


def _write_csv(out: Any, records: Iterator[dict]) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    n = 0
    for r in records:
        rules = "; ".join(f"{x['rule']} {x['points']:+g}" for x in r["reasons"])
        row = [r["inquiry_id"], r["triaged_at"], ",".join(r["suspicion"]), r["risk"], r["grade"], r["channel"],
               r["from"], r["subject"], r["ip_country"] or "", rules, r["source"], r["received"], r["state"],
               r["dismissed_as"] or "", r["task_id"] or "", r["verdict"] or ""]
        writer.writerow([for_spreadsheet(cell) for cell in row])  # no formula runs when the file is opened
        n += 1
    return n


def _write_table(out: Any, records: Iterator[dict], paging: Paging, language: str = "en") -> int:
    """The terminal's table; its own words in `language` (the command line's: --lang, $INQUIRY_TRIAGE_LANG)
    from the HTML page's catalogue, the inquiry's (sender, subject, what a rule matched) as they are."""
    shown = for_terminal  # sender, subject and rule details quote the inquiry: no escapes reach the terminal
    say = words(language)
    en = language == "en"
    n = 0
    for r in records:
        if n == 0:
            clock = ((f"; times on {paging.clock}" if en else
                      "；" + say(Sentence("Times on the seller's clock (%(zone)s).", zone=paging.clock)))
                     if paging.clock else "")
            out.write(say(paging.heading()) + clock + "\n")
            if paging.tally():
                out.write(say(paging.tally()) + "\n")
            if paging.others():
                out.write(say(paging.others()) + "\n")
        state = state_words(r)
        state = say(state) if state else ""
        kinds = ",".join(r["suspicion"]) if en else "、".join(say(k) for k in r["suspicion"])
        out.write(f"#{r['inquiry_id']}  {say('risk')} {r['risk']:.1f}  {kinds}  {shown(say(r['channel']))}  "
                  f"{shown(r['from'] or '-')}  {shown(r['ip_country'] or r['country'])}\n"
                  f"    {say('received')} {_when(r)}" + (f"  {state}" if state else "") + "\n"
                  f"    {' '.join(shown(r['title']).split())[:90]}\n")
        for x in r["reasons"]:
            figure = format(x["points"], "+.2f") if x["points"] else say("info")
            out.write(f"      {pad(figure, 5, right=True)} {shown(x['rule']):<26} {shown(evidence(language, x['rule'], x['detail']))[:110]}\n")
        n += 1
    if n == 0:
        out.write(_nothing(paging, say, en) + "\n")
    elif paging.partial(n):
        out.write(f"\n{say(paging.shown_words(n)) + paging.hint(n)}\n")
    return n


def _nothing(paging: Paging, say: Any = str, en: bool = True) -> str:
    """The line of an empty listing: nothing at all, or nothing on this page; what is left out."""
    line = say(paging.empty()) if not paging.total else say(paging.shown_words(0)) + paging.hint(0)
    if not paging.others():
        return line
    return line.rstrip(".\u3002") + ("; " if en else "\uff1b") + say(paging.others())  # not '... verdict.; 2 dismissed'


_HTML_HEADERS = ["#", "received", "state", "suspicion", "risk", "grade", "channel", "from", "subject", "IP country",
                 "rules", "source", "triaged at"]


_RULE_HEADERS = ["points", "rule", "kind", "detail"]


def _html_row(r: dict, language: str = "en") -> list[Any]:
    say = words(language)  # our words in `language`; the inquiry's (from, subject, source) as they are
    rules = Table(headers=[say(h) for h in _RULE_HEADERS],
                  rows=[[f"{x['points']:+.2f}" if x.get("points") else say("info"), x.get("rule", ""),
                         say(x.get("kind", "")) if x.get("kind") else "", evidence(language, x.get("rule", ""), x.get("detail", ""))]
                        for x in r["reasons"]],
                  numeric=frozenset({say("points")}))
    state = state_words(r)
    return [r["inquiry_id"], _when(r), say(state) if state else "", ", ".join(say(kind) for kind in r["suspicion"]),
            f"{r['risk']:.1f}", r["grade"], say(r["channel"]) if r["channel"] else "", r["from"], r["subject"],
            r["ip_country"], rules if r["reasons"] else None, r["source"], r["triaged_at"]]


def _write_html(out: Any, records: Iterator[dict], paging: Paging, language: str = "en") -> int:
    """A standalone page (reports/html.py: every value escaped, strict CSP): one row per inquiry,
    the rules that fired in a nested table with their points and details; written in pieces. Its
    words in `language` (the catalogue's; a command's syntax such as `--all` stays as it is)."""
    say = words(language)
    headers = [say(h) for h in _HTML_HEADERS]
    table = Table(headers=headers, rows=(), numeric=frozenset({say("#"), say("risk")}))
    lines = [say(paging.heading())] if paging.total else []
    if paging.total and paging.tally():
        tally = say(paging.tally())
        lines.append(tally[:1].upper() + tally[1:] + ("。" if language == "zh" else "."))
    if paging.clock:
        lines.append(say(Sentence("Times on the seller's clock (%(zone)s).", zone=paging.clock)))
    if paging.others():
        others = say(paging.others())
        lines.append(others[:1].upper() + others[1:] + ("。" if language == "zh" else "."))
    out.write(page_head(say(SUSPICIOUS_TITLE), lines, html_lang(language)))
    n, batch = 0, []
    for r in records:
        if n == 0:
            out.write("\n" + table_head(table))
        batch.append(_html_row(r, language))
        n += 1
        if len(batch) >= CHUNK:
            out.write(table_rows(batch, table))
            batch.clear()
    if n:
        out.write(table_rows(batch, table) + table_tail(table))
        if paging.partial(n):
            out.write("\n" + paragraph(say(paging.shown_words(n)) + paging.hint(n)))
    else:
        out.write("\n" + paragraph(say(paging.empty()) if not paging.total else say(paging.shown_words(0))))
    out.write(page_tail())
    return n
