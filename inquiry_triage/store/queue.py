"""Writing results and reading the queue. Pure SQL over the models; no printing here."""

from __future__ import annotations

import hashlib
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from sqlalchemy import Text, and_, bindparam, case, cast, exists, func, literal, literal_column, or_, select, union_all, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the pipeline (checks, language models) is not needed to read the queue
    from ..pipeline import TriageResult
from ..filings import CLOSED_RFQ
from ..grading import REVIEW_NOTE
from ..sentences import Sentence
from ..storable import bounded_bytes, clamp, clamped_date, clean_json, clean_optional, clean_text, fit_key, sane_date
from .models import LIVE_TASK_STATES, AuditRow, InquiryRow, NoteRow, ReplyRow, TaskRow, as_utc

DEFAULT_RAW_LIMIT = 26_214_400  # [limits] stored_raw_bytes
MESSAGE_ID_CHARS = 512  # the column's length
SYSTEM_AUTHOR = "inquiry-triage"
REVIEW = "review"  # the task kind of a suspicious inquiry: for leads, outside the reply SLA


def message_key(message_id: str) -> str:
    """The stored form of an id: cleaned, as it is, or a hash when it is longer than the column."""
    return fit_key(message_id, MESSAGE_ID_CHARS)


def content_hash_of(result: TriageResult) -> str:
    return result.inquiry.content_hash if result.inquiry else ""


def is_known(session: Session, message_id: str, content_hash: str = "") -> bool:
    """Stored already: the same content (by hash), or, for content without a hash (an item that
    failed before parsing; its id is its bytes' hash), the same id."""
    return find_existing(session, message_id, content_hash) is not None


def buyer_key(inquiry) -> str:  # type: ignore[no-untyped-def]
    """Who the buyer is, across channels: the address, else the phone, else the name."""
    if inquiry.from_addr:
        return inquiry.from_addr.lower()
    if inquiry.phone:
        return "tel:" + "".join(ch for ch in inquiry.phone if ch.isdigit() or ch == "+")
    return ("name:" + " ".join(inquiry.from_name.lower().split())) if inquiry.from_name else ""


def find_existing(session: Session, message_id: str, content_hash: str = "") -> InquiryRow | None:
    """The row this content is already stored as, if any (see `is_known`)."""
    if content_hash:
        return session.scalars(select(InquiryRow).where(InquiryRow.content_hash == content_hash)
                               .order_by(InquiryRow.id).limit(1)).first()
    return session.scalars(select(InquiryRow).where(InquiryRow.message_id == message_key(message_id)).limit(1)).first()


def same_rfq_stored(session: Session, inquiry) -> int | None:  # type: ignore[no-untyped-def]
    """The stored inquiry an RFQ row without an id is another day's export of (its age and quotes left
    changed; its message_id and a posting day within the age's precision: model.StoreKeys), if any.
    One indexed read of a few exact keys, the same on SQLite and PostgreSQL."""
    keys = inquiry.store_keys if inquiry is not None else None
    if keys is None:
        return None
    return session.scalar(select(InquiryRow.id).where(InquiryRow.message_id.in_([message_key(k) for k in keys.same]))
                          .order_by(InquiryRow.id).limit(1))


RFQ_CLOSED_NOTE = "the RFQ closed on the platform: a later export ({source}) takes no more quotations"


def close_reply_tasks_of_closed_rfq(session: Session, inquiry_id: int, source: str, now: datetime) -> int:
    """Another day's export shows a stored RFQ closed (quotes left 0): its reply tasks still live are done,
    with a note and an audit line saying why, as a closed RFQ stored in the first place gets none (filings.py).
    A task already closed stays as it was. How many were closed."""
    tasks = list(session.scalars(select(TaskRow).where(TaskRow.inquiry_id == inquiry_id, TaskRow.kind == "reply",
                                                      TaskRow.state.in_(LIVE_TASK_STATES))))
    note = RFQ_CLOSED_NOTE.format(source=clean_text(source)[:300])
    for task in tasks:
        task.state, task.done_at = "done", now
        task.snoozed_until, task.snooze_until_buyer_writes = None, False
        session.add(NoteRow(inquiry_id=inquiry_id, task_id=task.id, author=SYSTEM_AUTHOR, action="done",
                            created_at=now, content=note))
        session.add(AuditRow(at=now, actor=SYSTEM_AUTHOR, action="done", task_id=task.id, inquiry_id=inquiry_id,
                             detail={"why": "rfq-closed", "source": clean_text(source)[:300]}))
    return len(tasks)


def _key_for(session: Session, message_id: str, content_hash: str) -> tuple[str, int | None]:
    """(the key to store under, the id of an earlier inquiry with the same id but other content).
    Identity never merges different content: a second mail with the same Message-ID, or a record
    "id": "1" from another log, gets the id plus a suffix of its own content hash."""
    key = message_key(message_id)
    earlier = session.execute(select(InquiryRow.id, InquiryRow.content_hash).where(InquiryRow.message_id == key)
                              .limit(1)).first()
    if earlier is None:
        return key, None
    if earlier.content_hash == content_hash:
        # The same content, committed by another writer after our is_known() looked: known.
        return "", earlier.id
    return message_key(f"{key}#{content_hash[:16]}"), earlier.id


def save_result(session: Session, result: TriageResult, now: datetime | None = None, *,
                raw_limit: int = DEFAULT_RAW_LIMIT) -> InquiryRow | None:
    """Store one result (and its reply task). Returns None when it was already stored (a re-run, or
    another day's export of the same RFQ).
    Every value is made storable here (storable.py), the same on SQLite and PostgreSQL."""
    now = as_utc(now) or datetime.now(timezone.utc)
    inquiry = result.inquiry
    content_hash = content_hash_of(result)
    if is_known(session, result.message_id, content_hash):
        return None
    same = same_rfq_stored(session, inquiry)
    if same is not None:
        if result.filing == CLOSED_RFQ:
            close_reply_tasks_of_closed_rfq(session, same, result.source, now)
        return None
    # An RFQ row without an id is stored under its message_id and posting day (a repost is another row).
    stored_as = inquiry.store_keys.key if inquiry is not None and inquiry.store_keys else result.message_id
    key, duplicate_of = _key_for(session, stored_as, content_hash)
    if not key:
        return None
    if duplicate_of is not None and session.scalar(select(InquiryRow.id).where(InquiryRow.message_id == key)) is not None:
        return None
    data = clean_json(result.to_json())
    raw, cut = bounded_bytes(result.raw, raw_limit)
    error = clean_optional(result.error)
    if error is not None and cut:
        error += f" (raw bytes: the first {len(raw):,} of {len(result.raw):,} kept)"
    row = InquiryRow(
        message_id=key, content_hash=content_hash, source=clean_text(result.source), channel=clamp(result.channel, 16),
        status="failed" if result.error else "triaged", error=error, grade=data["grade"], score=data["score"],
        suspicious=bool(data["suspicious"]), risk=data["risk"] or 0.0,
        language=clamp(data["language"], 8) if data["language"] else None,
        from_addr=clamp(inquiry.from_addr if inquiry else "", 320), from_name=clamp(inquiry.from_name if inquiry else "", 256),
        subject=clean_text(inquiry.subject if inquiry else ""),
        body=clean_text((inquiry.own_text or inquiry.body)[:20000] if inquiry else ""),
        country=clamp(result.facts.country if result.facts else "", 2),
        # The time of receipt (scheduling/receipt.py; result's received_from says which); the triage time
        # stays NULL here: every reader takes triaged_at for it (coalesce), as for rows stored before.
        received_at=sane_date(inquiry.received_at) if inquiry and inquiry.received_from != "triage-time" else None,
        triaged_at=now, result=data, raw=raw,
        # A suspicious inquiry gets no reply draft until a lead releases it (queue/review.py).
        draft="" if data["suspicious"] else clean_text(result.draft), buyer_key=fit_key(buyer_key(inquiry) if inquiry else "", 320),
        buyer_timezone=clamp(result.buyer_timezone, 64),
        product=clamp((inquiry.product or inquiry.subject) if inquiry else "", 256), duplicate_of=duplicate_of,
        filing=clamp(result.filing or "inquiry", 16),
    )
    if inquiry is not None and inquiry.chat_app:  # only when named: the column is new in 0013
        row.chat_app = clamp(inquiry.chat_app, 32)
    session.add(row)
    task = task_for(result, now)
    if task is not None:
        row.tasks.append(task)
        if task.kind == "reply":  # the facts the 0009 triggers keep, written with the row: no second write of it
            row.reply_due_at = row.open_replies_first_due = row.open_replies_last_due = task.due_at
            row.open_replies = 1
        # The buyer wrote again: tasks snoozed "until the buyer writes" wake up.
        if row.buyer_key:
            for waiting in session.scalars(select(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(
                    InquiryRow.buyer_key == row.buyer_key, TaskRow.state == "snoozed",
                    TaskRow.snooze_until_buyer_writes.is_(True))):
                waiting.state = "claimed" if waiting.assignee else "open"
                waiting.snooze_until_buyer_writes = False
    session.flush()
    if duplicate_of is not None:
        session.add(NoteRow(inquiry_id=row.id, author=SYSTEM_AUTHOR, action="note", created_at=now,
                            content=f"possible duplicate of inquiry {duplicate_of}: same Message-ID or record id, "
                                    "different content (kept as its own item)"))
        session.flush()
    if task is not None and task.kind == "reply" and inquiry is not None:
        wrote_again = earlier_task_note(session, row, inquiry)
        if wrote_again:
            session.add(NoteRow(inquiry_id=row.id, author=SYSTEM_AUTHOR, action="note", created_at=now,
                                content=wrote_again))
            session.flush()
    return row


# A failed item whose source a later run triaged (the file fixed and given again): not counted as failed
# any more, its row (reason, raw bytes) kept as it was. Nothing is deleted: the promise is that nothing is lost.
SUPERSEDED = "superseded"


def failed_sources(session: Session) -> set[str]:
    """The sources of the stored failed items: read once a run (they are few; ix_inquiries_status), so
    that an item stored triaged looks for a failure to supersede only when its source had one."""
    return set(session.scalars(select(InquiryRow.source).where(InquiryRow.status == "failed").distinct()))


def failures_fixed_by(source: str) -> tuple[str, ...]:
    """The failed sources a triaged item of `source` supersedes: its own ('calls.jsonl:2' for a line fixed
    since), and its file's when it is a line or row of a file that once failed whole ('rfq.csv', a header
    that could not be read)."""
    file, colon, number = source.rpartition(":")
    return (source, file) if colon and file and number.isdigit() else (source,)


def supersede_failures(session: Session, row: InquiryRow, failed: set[str]) -> int:
    """Mark the failed items stored before `row` (a triaged one) under the sources it fixes
    (failures_fixed_by) SUPERSEDED, when `failed` (failed_sources) holds one; how many. An exact source
    match: the same path as given on the command line."""
    fixed = [source for source in failures_fixed_by(row.source) if source in failed]
    if not fixed or row.status != "triaged":
        return 0
    done = session.execute(update(InquiryRow).where(InquiryRow.status == "failed", InquiryRow.source.in_(fixed),
                                                    InquiryRow.id < row.id).values(status=SUPERSEDED)
                           .execution_options(synchronize_session=False))
    return done.rowcount or 0


_MESSAGE_IDS = re.compile(r"<\s*([^<>\s]+?)\s*>")
THREAD_NOTE = "the buyer wrote again about task {task}: a reply in its thread"
OPEN_TASK_NOTE = "the buyer wrote again while task {task} is still open"


def earlier_task_note(session: Session, row: InquiryRow, inquiry) -> str:  # type: ignore[no-untyped-def]
    """The note that ties a buyer's new message to their earlier reply task, or "": the task of an earlier
    inquiry this mail answers (its In-Reply-To / References name that inquiry's Message-ID, also when it
    answers our reply, which names it too: web/reply_mail.py), else the newest open reply task of the
    same address or phone (not of the same name alone).
    By index (message_id unique, buyer_key, the tasks' inquiry_id): one or two small reads per new task."""
    refs = _MESSAGE_IDS.findall(" ".join((inquiry.header("In-Reply-To"), inquiry.header("References"))))
    keys = list(dict.fromkeys(message_key(ref) for ref in refs[-20:] if ref))
    if keys:
        found = session.scalar(select(TaskRow.id).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(
            InquiryRow.message_id.in_(keys), InquiryRow.id != row.id, TaskRow.kind == "reply")
            .order_by(TaskRow.id.desc()).limit(1))
        if found is not None:
            return THREAD_NOTE.format(task=found)
    if row.buyer_key and not row.buyer_key.startswith("name:"):  # a name alone is not one buyer ("name:john")
        found = session.scalar(select(TaskRow.id).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(
            InquiryRow.buyer_key == row.buyer_key, InquiryRow.id != row.id, TaskRow.kind == "reply",
            TaskRow.state.in_(LIVE_TASK_STATES)).order_by(TaskRow.id.desc()).limit(1))
        if found is not None:
            return OPEN_TASK_NOTE.format(task=found)
    return ""


def task_for(result: TriageResult, now: datetime) -> TaskRow | None:
    """The task a new result gets: a suspicious one a review task for leads (whatever its filing:
    fraud through a list is still reviewed), no reply draft and no reply deadline; an inquiry a
    reply task due by its grade; mail that is not an inquiry (list, bounce, ...) none."""
    if result.verdict is None or result.reply_due is None:
        return None
    if result.verdict.suspicious:
        # Due = arrival: the review list is oldest first; the reply SLA does not count review tasks.
        arrived = (result.inquiry.received_at or result.inquiry.date) if result.inquiry else None
        arrived = sane_date(arrived) if arrived is not None else None
        return TaskRow(kind=REVIEW, state="open", grade=result.verdict.grade, created_at=now,
                       due_at=min(as_utc(arrived), now) if arrived is not None else now,
                       due_note=REVIEW_NOTE)
    if (result.filing or "inquiry") != "inquiry":
        return None
    return TaskRow(kind="reply", state="open", grade=result.verdict.grade, due_at=clamped_date(result.reply_due),
                   created_at=now, due_note=clean_text(result.due_note))


def save_unstorable(session: Session, result: TriageResult, problem: str, now: datetime | None = None, *,
                    raw_limit: int = DEFAULT_RAW_LIMIT) -> tuple[InquiryRow, bool]:
    """The fallback when `save_result` failed for this item: a minimal failed row (ASCII key, the
    reason, the raw bytes) so the item is not lost and a re-run does not try it again.
    (the row, True) when written now; (the earlier row, False) when it was there already."""
    now = as_utc(now) or datetime.now(timezone.utc)
    basis = result.raw or f"{clean_text(result.source)}\0{clean_text(result.message_id)}".encode("utf-8")
    key = "unstorable:" + hashlib.sha256(basis).hexdigest()[:40]
    earlier = session.scalars(select(InquiryRow).where(InquiryRow.message_id == key)).first()
    if earlier is not None:
        return earlier, False
    raw, cut = bounded_bytes(result.raw, raw_limit)
    error = f"could not be stored ({problem})"
    if result.error:
        error += f"; {clean_text(result.error)}"
    if cut:
        error += f" (raw bytes: the first {len(raw):,} of {len(result.raw):,} kept)"
    # The content hash too: a re-run recognises the item and does not try it again.
    row = InquiryRow(message_id=key, content_hash=content_hash_of(result), source=clean_text(result.source)[:4000],
                     channel=clamp(result.channel, 16), status="failed", error=error, grade=None, score=None,
                     suspicious=False, risk=0.0, language=None, from_addr="", from_name="", subject="", body="",
                     country="", received_at=None, triaged_at=now, result={"error": error}, raw=raw, draft="",
                     buyer_key="", buyer_timezone="", product="")
    session.add(row)
    session.flush()
    return row, True


@dataclass(frozen=True)
class QueueEntry:
    task_id: int
    inquiry_id: int
    grade: str
    due_at: datetime
    state: str
    assignee: str | None
    suspicious: bool
    language: str | None
    channel: str
    sender: str
    subject: str
    kind: str = "reply"
    country: str = ""
    escalated: bool = False
    due_note: str = ""
    from_addr: str = ""  # the address alone ("" when none); `sender` is it, else the person's name
    from_name: str = ""


@dataclass(frozen=True)
class QueueFilter:
    grades: tuple[str, ...] = ()
    language: str | None = None
    country: str | None = None
    suspicious: bool | None = None  # None: both
    assignee: str | None = None
    due_within_hours: float | None = None
    overdue: bool = False
    states: tuple[str, ...] = ("open", "claimed")
    review: bool = False  # True: only review tasks (suspicious inquiries, for leads); False: all other kinds
    search: str | None = None  # words in the subject, the buyer's text or the sender (case-insensitive)
    buyer: str | None = None  # an address, phone or name (part of it), or a buyer key
    product: str | None = None  # part of the stored product (RFQ field, else subject), or named in the text (_about_product)
    channel: str | None = None  # email / phone / im / fax / web / rfq (InquiryRow.channel)
    sort: str = "grade"  # a key of QUEUE_SORTS


# A list counts its matches up to here ("of 1,000+"): a count reads every match it counts (an agent's list
# looks each task's inquiry up, 10,000 of them cost 25-90 ms at 1M), and a page past 1,000 is rarely read.
COUNT_CAP = 1_000


@dataclass(frozen=True)
class QueuePage:
    entries: list[QueueEntry]
    total: int  # matching tasks in all pages (at most COUNT_CAP when `more`)
    offset: int
    limit: int | None
    more: bool = False  # True: more than `total` match (the count stopped at COUNT_CAP)

    def footer(self) -> str:
        """'showing 1-50 of 1,234' (or 'nothing matches')."""
        return page_footer(len(self.entries), self.total, self.offset, self.more)


def page_footer(shown: int, total: int, offset: int, more: bool = False) -> str:
    """'showing 1-50 of 1,234' for `shown` rows from `offset` of `total` (or 'nothing matches');
    'of 1,000+' when the count stopped at its cap (COUNT_CAP)."""
    of = f"{total:,}+" if more else f"{total:,}"
    if not shown:
        return f"nothing on this page ({of} match)" if total else "nothing matches"
    return f"showing {offset + 1:,}-{offset + shown:,} of {of}"


def _check_paging(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 1 or offset < 0:
        raise ValueError("--limit must be at least 1 and --offset/--page not negative")


def _contains_any_case(column, text: str):  # type: ignore[no-untyped-def]
    """`column` contains `text`, whatever the case. ILIKE folds only ASCII on SQLite, so the common
    spellings (as typed, lower, Title, UPPER) are tried too: "стулья" finds "Стулья" on both databases."""
    if text.isascii():  # ILIKE folds ASCII on both databases: one pattern is enough
        return column.icontains(text, autoescape=True)
    variants = dict.fromkeys((text, text.lower(), text.title(), text.upper(), text.capitalize()))
    return or_(*[column.icontains(v, autoescape=True) for v in variants])


# queue --search matches a Latin-script word as a whole word ("LED" finds "LED panel", not "called"): the
# substring test (_contains_any_case, which the trigram indexes serve on PostgreSQL) finds the candidates,
# then a regular expression checks the word's edges on those rows only. Its edges are looked for around
# these characters (ASCII letters, digits, _ and the Latin letters with accents), written out rather than
# \m/\M or \b: PostgreSQL's word classes depend on the database's locale (in C, "é" is no letter), and the
# same pattern runs on SQLite (SQLAlchemy's pysqlite REGEXP: Python's re.search). A word in another script
# (CJK has no spaces between words, an inflected Cyrillic noun has endings) is matched inside words as before.
_WORD_CHARS = "0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_LETTER = re.compile(f"[{_WORD_CHARS}]")


def whole_word_pattern(word: str) -> str | None:
    """The regular expression (for both databases) that finds `word` as a whole word, case-insensitively
    for ASCII letters (other spellings: one pattern each, as _contains_any_case tries them); None when
    the word is not matched as a whole word (a letter of another script in it, or no letter or digit)."""
    if any(ch.isalpha() and not _LATIN_LETTER.match(ch) for ch in word) or not _LATIN_LETTER.search(word):
        return None
    escaped = "".join("\\" + ch if ch.isascii() and not ch.isalnum() and ch != "_" else ch for ch in word)
    # An edge as a character that is none of them, or the text's end: no lookaround (PostgreSQL's engine
    # checks a lookbehind at every position; at 100k a common part-word search took 4x longer with one).
    before = f"(?:^|[^{_WORD_CHARS}])" if _LATIN_LETTER.match(word[0]) else ""
    after = f"(?:[^{_WORD_CHARS}]|$)" if _LATIN_LETTER.match(word[-1]) else ""
    return f"(?i){before}{escaped}{after}"


def _has_word(column, word: str):  # type: ignore[no-untyped-def]
    """`column` holds `word`: as a whole word (whole_word_pattern) when it is a Latin-script word, else
    anywhere. The substring test comes first: it is what an index serves; the pattern checks its rows."""
    found = _contains_any_case(column, word)
    if whole_word_pattern(word) is None:
        return found
    spellings = [word] if word.isascii() else list(dict.fromkeys((word, word.lower(), word.title(), word.upper(),
                                                                   word.capitalize())))
    # coalesce(): PostgreSQL estimates a bare `~` by its pattern's length (a long pattern: almost no row),
    # which changed the list's plans (a rare word's page 2x slower); wrapped, it is a plain filter on the
    # candidates the substring test found, and the plans stay those of the substring search.
    return and_(found, or_(*[func.coalesce(column.regexp_match(whole_word_pattern(s)), False) for s in spellings]))


def _about_product(name: str):  # type: ignore[no-untyped-def]
    """queue --product: the inquiry is about `name`. The stored product (an RFQ's product field, else the
    subject) holds it as part of its name, as before; or the buyer's subject or text names it, as a whole
    word or phrase where it is Latin script (_has_word: "LED" is not "called"). An ordinary e-mail, phone
    call or chat names its product in its words only: triage keeps no product of its own for them (its
    evidence quotes a model or a quantity, not the goods), so a product in the body was never found.
    Each column has its trigram index on PostgreSQL (0011): the three tests are one bitmap OR."""
    return or_(_contains_any_case(InquiryRow.product, name), _has_word(InquiryRow.subject, name),
               _has_word(InquiryRow.body, name))


# What a list line shows, and nothing more: never the raw bytes, the result JSON, the body or the draft
# (at a million inquiries, loading whole rows is what made `queue` take gigabytes).
_ENTRY_COLUMNS = (TaskRow.id.label("task_id"), TaskRow.inquiry_id, TaskRow.grade, TaskRow.due_at, TaskRow.state,
                  TaskRow.assignee, TaskRow.kind, TaskRow.rule, TaskRow.escalated_at, TaskRow.due_note,
                  InquiryRow.suspicious, InquiryRow.language, InquiryRow.channel, InquiryRow.from_addr,
                  InquiryRow.from_name, InquiryRow.subject, InquiryRow.country,
                  func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at).label("receipt"))
# `queue --format json` of every task (iter_open_tasks) reads the same facts, but what the driver would
# convert row by row is handed over ready: the sender and "escalated" computed in SQL, no receipt (only a
# sort key, ordered by in SQL). At 1M, 20,000 live tasks spend more time in conversions than in the query.
_STREAM_COLUMNS = (TaskRow.id.label("task_id"), TaskRow.inquiry_id, TaskRow.grade, TaskRow.due_at, TaskRow.state,
                   TaskRow.assignee, TaskRow.kind, TaskRow.rule, TaskRow.escalated_at.is_not(None).label("escalated"),
                   TaskRow.due_note, InquiryRow.suspicious, InquiryRow.language, InquiryRow.channel,
                   func.coalesce(func.nullif(InquiryRow.from_addr, ""), InquiryRow.from_name).label("sender"),
                   InquiryRow.from_addr, InquiryRow.from_name, InquiryRow.subject, InquiryRow.country)


# queue --search's count on PostgreSQL (0013 _live_search): the four searched columns as one text, written as
# the partial trigram index ix_inquiries_live_search_trgm is (WHERE open_replies > 0), so the planner can use it.
LIVE_SEARCH_INDEX = "ix_inquiries_live_search_trgm"
_SPACE = literal_column("' '", Text)
_LIVE_SEARCH_TEXT = (InquiryRow.subject.op("||")(_SPACE).op("||")(InquiryRow.body).op("||")(_SPACE)
                     .op("||")(cast(InquiryRow.from_addr, Text)).op("||")(_SPACE).op("||")(cast(InquiryRow.from_name, Text)))
_live_search_indexed_on: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> has the index


def _live_search_indexed(session: Session) -> bool:
    """True when the store is PostgreSQL and has the live search index (0013 makes it only where pg_trgm
    can be had). Asked once per engine: without it a search runs as it always has."""
    engine = session.get_bind().engine
    if engine.dialect.name != "postgresql":
        return False
    if engine not in _live_search_indexed_on:
        found = session.execute(select(func.to_regclass(LIVE_SEARCH_INDEX).is_not(None))).scalar()
        _live_search_indexed_on[engine] = bool(found)
    return _live_search_indexed_on[engine]


def _task_query(f: QueueFilter, include_suspicious: bool, now: datetime, columns=_ENTRY_COLUMNS,  # type: ignore[no-untyped-def]
                live_search: bool = False):
    """The filtered (unordered) select of the list columns of (task, inquiry): every filter is SQL.
    Tasks are found by their state (the index's first column: live tasks are few, the closed many);
    the other filters are checked on those. --search (a Latin-script word whole: _has_word), --buyer and
    --product are substring matches that no index serves: they read the live tasks' inquiries, never
    the closed ones. Other columns than a list's (a count's task ids) check the inquiry by EXISTS, not a join: on PostgreSQL the live
    tasks and their inquiries' equality facts are then read from two indexes alone (0012 _filters).
    `live_search` (PostgreSQL with 0013's live search index): a --search count finds its live reply tasks'
    inquiries in that index first, see _live_search_count."""
    where = [TaskRow.state.in_(_written_in(f.states))]  # every filter, in this order
    about_inquiry: list[int] = []  # the places in `where` of those on the inquiry
    if not include_suspicious or f.suspicious is False:
        about_inquiry.append(len(where))
        where.append(InquiryRow.suspicious.is_(False))
    if f.suspicious is True:
        about_inquiry.append(len(where))
        where.append(InquiryRow.suspicious.is_(True))
    review = literal(REVIEW, literal_execute=True)
    where.append(TaskRow.kind == review if f.review else TaskRow.kind != review)
    if f.grades:
        where.append(TaskRow.grade.in_(f.grades))
    for wanted, column in ((f.language, InquiryRow.language), (f.country and f.country.upper(), InquiryRow.country),
                           (f.channel and f.channel.lower(), InquiryRow.channel)):
        if wanted:
            about_inquiry.append(len(where))
            where.append(column == wanted)
    if f.assignee:
        where.append(TaskRow.assignee == f.assignee)
    if f.overdue:
        where.append(TaskRow.due_at < now)
    if f.due_within_hours is not None:
        where.append(TaskRow.due_at <= now + timedelta(hours=f.due_within_hours))
    for words in (f.search or "").split():  # every word, somewhere (a Latin-script word as a whole word)
        about_inquiry.append(len(where))
        where.append(or_(*[_has_word(c, words) for c in
                           (InquiryRow.subject, InquiryRow.body, InquiryRow.from_addr, InquiryRow.from_name)]))
    if f.buyer and f.buyer.strip():
        who = f.buyer.strip()
        about_inquiry.append(len(where))
        where.append(or_(InquiryRow.buyer_key == who.lower(), InquiryRow.buyer_key == phone_key(who),
                         *_phone_part(who),
                         _contains_any_case(InquiryRow.from_addr, who), _contains_any_case(InquiryRow.from_name, who)))
    if f.product and f.product.strip():
        about_inquiry.append(len(where))
        where.append(_about_product(f.product.strip()))
    if columns is _ENTRY_COLUMNS or columns is _STREAM_COLUMNS:
        return select(*columns).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).where(*where)
    if live_search and (f.search or "").split() and not f.review and set(f.states) <= set(LIVE_TASK_STATES):
        return _live_search_count(f.search or "", where, about_inquiry, columns)
    stmt = select(*columns).where(*[c for i, c in enumerate(where) if i not in about_inquiry])
    if about_inquiry:  # the inquiry is read only when a filter needs it (a count of tasks alone does not)
        stmt = stmt.where(exists().where(InquiryRow.id == TaskRow.inquiry_id, *[where[i] for i in about_inquiry]))
    return stmt


def _live_search_count(search: str, where: list, about_inquiry: list[int], columns):  # type: ignore[no-untyped-def]
    """A --search count as two branches. A common word is in 13 % of the inquiries: probing every live
    task's inquiry and lowercasing its body cost 260-330 ms at 1M. The live reply tasks' inquiries
    (0009: a live reply task => open_replies > 0) are found in the partial index first, each word in
    the four columns' one text: a necessary condition, the exact per-column test (`where`) still
    decides, so the answer is the same. The other live tasks (follow-ups, few) are probed as before."""
    reply = literal("reply", literal_execute=True)
    found_first = [_contains_any_case(_LIVE_SEARCH_TEXT, word) for word in search.split()]
    replies = (select(*columns).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id)
               .where(*where, TaskRow.kind == reply, InquiryRow.open_replies > 0, *found_first))
    others = (select(*columns).where(*[c for i, c in enumerate(where) if i not in about_inquiry], TaskRow.kind != reply)
              .where(exists().where(InquiryRow.id == TaskRow.inquiry_id, *[where[i] for i in about_inquiry])))
    return union_all(replies, others)


def _written_in(values: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The states as values written into the SQL when it runs (not bound): psycopg prepares a
    statement after its 5th run and PostgreSQL may then plan it once for any value; not knowing that
    'open'/'claimed' are the few live tasks, it read every inquiry first (a filtered count: 1-2 s at
    1M instead of 50 ms). Written in, each set of states keeps a plan of its own."""
    return bindparam(None, list(values), expanding=True, literal_execute=True, unique=True)


_PHONE_TYPED = re.compile(r"\+?[0-9][0-9 ()./-]*")


def _phone_part(who: str) -> list:
    """`queue --buyer` with part of a phone number ("+971", "+34", "50 123 4567"): the buyers whose phone
    key holds it: at its start when it starts with + (a country code), else anywhere, three digits at
    least ("12" is in too many numbers to mean a buyer). [] when `who` is no part of a number."""
    key = phone_key(who)
    if not _PHONE_TYPED.fullmatch(who) or sum(ch.isdigit() for ch in who) < (1 if key.startswith("tel:+") else 3):
        return []
    return [InquiryRow.buyer_key.startswith(key)] if key.startswith("tel:+") else \
        [InquiryRow.buyer_key.startswith("tel:") & InquiryRow.buyer_key.contains(key[len("tel:"):])]


def phone_key(text: str) -> str:
    """The buyer key of a phone number as `buyer_key` writes it ("tel:+8613...")."""
    return "tel:" + "".join(ch for ch in text if ch.isdigit() or ch == "+")


# The list orders (QueueFilter.sort), each column ascending unless "-": grade (A-D sort as letters),
# then deadline (the default: the order to work in); deadline alone; the inquiry's receipt (received,
# else triaged), newest or oldest first. A review list: arrival (its due time).
# grade and deadline are walked in an index's order per state (ix_tasks_open_order, ix_tasks_state_due);
# the receipt is the inquiry's, so those two sort the live tasks of each state (never the closed ones).
QUEUE_SORTS: dict[str, tuple[str, ...]] = {"grade": ("grade", "due_at", "task_id"), "deadline": ("due_at", "task_id"),
                                           "newest": ("-receipt", "-task_id"), "oldest": ("receipt", "task_id")}
_QUEUE_ORDER = QUEUE_SORTS["grade"]
_REVIEW_ORDER = ("due_at", "task_id")


def _sort_of(f: QueueFilter) -> tuple[str, ...]:
    if f.sort not in QUEUE_SORTS:
        raise ValueError(f"unknown sort {f.sort!r}: one of {', '.join(QUEUE_SORTS)}")
    return QUEUE_SORTS[f.sort]


def _ordered(lookup, order: tuple[str, ...]) -> list:  # type: ignore[no-untyped-def]
    """ORDER BY terms for `order` ("-name": descending), columns looked up by name in `lookup`."""
    return [lookup[name[1:]].desc() if name.startswith("-") else lookup[name] for name in order]


def open_tasks(session: Session, *, include_suspicious: bool = True, filters: QueueFilter | None = None,
               now: datetime | None = None, limit: int | None = None, offset: int = 0) -> list[QueueEntry]:
    """Open tasks by grade, then deadline: the order sales staff should work in."""
    return queue_page(session, include_suspicious=include_suspicious, filters=filters, now=now, limit=limit,
                      offset=offset, count=False).entries


def queue_page(session: Session, *, include_suspicious: bool = True, filters: QueueFilter | None = None,
               now: datetime | None = None, limit: int | None = 50, offset: int = 0, count: bool = True) -> QueuePage:
    """One page of `open_tasks` and how many match in all: filtered, ordered and cut in SQL."""
    _check_paging(limit, offset)
    f = filters or QueueFilter()
    now = as_utc(now) or datetime.now(timezone.utc)
    indexed = bool((f.search or "").split()) and _live_search_indexed(session)
    return _page_of(session, lambda states, *columns: _task_query(replace(f, states=states), include_suspicious, now,
                                                                  *columns, live_search=indexed), f.states, _sort_of(f),
                    limit, offset, count)


def iter_open_tasks(session: Session, *, include_suspicious: bool = True, filters: QueueFilter | None = None,
                    now: datetime | None = None, review: bool = False, batch: int = 1000) -> Iterator[QueueEntry]:
    """Every matching task in list order, streamed `batch` rows at a time (`queue --format json`
    without --limit): memory stays flat however long the queue is. `review`: the review list."""
    f = replace(filters or QueueFilter(), review=True, states=REVIEW_STATES) if review else (filters or QueueFilter())
    now = as_utc(now) or datetime.now(timezone.utc)
    stmt = _task_query(f, include_suspicious, now, _STREAM_COLUMNS)
    order = _REVIEW_ORDER if review else _sort_of(f)
    stmt = stmt.order_by(*_ordered(_ORDER_COLUMNS, order)).execution_options(yield_per=batch)
    for row in session.execute(stmt):
        yield _entry(row)


_ORDER_COLUMNS = {"grade": TaskRow.grade, "due_at": TaskRow.due_at, "task_id": TaskRow.id,
                  "receipt": func.coalesce(InquiryRow.received_at, InquiryRow.triaged_at)}


def _page_of(session: Session, query_for, states: tuple[str, ...], order: tuple[str, ...], limit: int | None,  # type: ignore[no-untyped-def]
             offset: int, count: bool) -> QueuePage:
    """One ordered page, then how many match (up to COUNT_CAP): both in SQL. A page is the merge of
    one index-ordered, LIMITed walk per state: `state IN (...) ORDER BY ...` would make the database
    sort every live task to show fifty of them."""
    if limit is None:
        stmt = query_for(states).order_by(*_ordered(_ORDER_COLUMNS, order)).offset(offset)
    else:
        walks = [query_for((state,)).order_by(*_ordered(_ORDER_COLUMNS, order)).limit(offset + limit)
                 .subquery() for state in states]
        merged = union_all(*[select(walk) for walk in walks]).subquery() if len(walks) > 1 else walks[0]
        stmt = select(merged).order_by(*_ordered(merged.c, order)).offset(offset).limit(limit)
    entries = [_entry(row) for row in session.execute(stmt)]
    total, more = len(entries), False
    if count:
        # A short page ends the matches: its walks have seen them all (a selective filter, such as
        # --search, is read once, not twice). A full page, or nothing past the offset, is counted.
        short = limit is None or len(entries) < limit
        if short and (entries or offset == 0):
            total = offset + len(entries)
        else:
            # A page past the cap counts up to its own last row: "of 1,250+", never less than it shows.
            total, more = _capped_count(session, query_for(states, (TaskRow.id,)),
                                        max(COUNT_CAP, offset + len(entries)))
    return QueuePage(entries=entries, total=total, offset=offset, limit=limit, more=more)


def _capped_count(session: Session, stmt, cap: int | None = None) -> tuple[int, bool]:  # type: ignore[no-untyped-def]
    """(matches, True when there are more than `cap`, COUNT_CAP by default): the count stops at the cap."""
    cap = COUNT_CAP if cap is None else cap
    n = session.scalar(select(func.count()).select_from(stmt.limit(cap + 1).subquery())) or 0
    return min(n, cap), n > cap


def _entry(row) -> QueueEntry:  # type: ignore[no-untyped-def]
    """A list line from _ENTRY_COLUMNS, or from _STREAM_COLUMNS (sender and escalated read ready)."""
    fields = row._mapping
    streamed = "sender" in fields
    return QueueEntry(task_id=row.task_id, inquiry_id=row.inquiry_id, grade=row.grade, due_at=as_utc(row.due_at),
                      state=row.state, assignee=row.assignee, suspicious=bool(row.suspicious), language=row.language,
                      channel=row.channel, sender=row.sender if streamed else row.from_addr or row.from_name,
                      subject=row.subject, kind=row.kind if not row.rule else row.rule.split(":")[0], country=row.country,
                      escalated=bool(row.escalated) if streamed else row.escalated_at is not None,
                      due_note=row.due_note or "", from_addr=row.from_addr or "", from_name=row.from_name or "")


REVIEW_STATES = LIVE_TASK_STATES  # a review task waits for a lead until released or dismissed


def review_page(session: Session, *, now: datetime | None = None, limit: int | None = 50,
                offset: int = 0) -> QueuePage:
    """One page of the review list (suspicious inquiries waiting for a lead), oldest arrival first
    (a review task's due time is its arrival), and how many wait in all: cut in SQL."""
    _check_paging(limit, offset)
    now = as_utc(now) or datetime.now(timezone.utc)
    f = QueueFilter(review=True, states=REVIEW_STATES)
    return _page_of(session, lambda states, *columns: _task_query(replace(f, states=states), True, now, *columns),
                    REVIEW_STATES, _REVIEW_ORDER, limit, offset, True)


@dataclass(frozen=True)
class FiledItem:
    """A list line of filed mail (not the whole row: no raw bytes, no result JSON)."""

    id: int
    filing: str
    suspicious: bool
    from_addr: str
    subject: str
    received_at: datetime | None
    triaged_at: datetime


@dataclass(frozen=True)
class FiledPage:
    items: list[FiledItem]
    total: int  # matching items in all pages (at most COUNT_CAP when `more`)
    offset: int
    limit: int | None
    more: bool = False

    def footer(self) -> str:
        return page_footer(len(self.items), self.total, self.offset, self.more)


def filed_page(session: Session, filing: str | None = None, *, limit: int | None = 50, offset: int = 0) -> FiledPage:
    """One page of stored mail that is not an inquiry (lists, bounces, ...), newest first, one filing
    or all of them, and how many there are in all: cut in SQL. One filing: ix_inquiries_filing_triaged
    in order; all of them: the newest inquiries walked backwards, inquiries skipped."""
    _check_paging(limit, offset)
    columns = (InquiryRow.id, InquiryRow.filing, InquiryRow.suspicious, InquiryRow.from_addr, InquiryRow.subject,
               InquiryRow.received_at, InquiryRow.triaged_at)
    # `filing != 'inquiry'` as two ranges: an index serves a range, not a "not equal".
    where = (InquiryRow.filing == filing,) if filing else (or_(InquiryRow.filing < "inquiry", InquiryRow.filing > "inquiry"),)
    total, more = _capped_count(session, select(InquiryRow.id).where(*where))
    stmt = (select(*columns).where(*where).order_by(InquiryRow.triaged_at.desc(), InquiryRow.id.desc()).offset(offset))
    if limit is not None:
        stmt = stmt.limit(limit)
    items = [FiledItem(id=r.id, filing=r.filing, suspicious=bool(r.suspicious), from_addr=r.from_addr, subject=r.subject,
                       received_at=r.received_at, triaged_at=r.triaged_at) for r in session.execute(stmt)]
    return FiledPage(items=items, total=total, offset=offset, limit=limit, more=more)


def filed_items(session: Session, filing: str | None = None, limit: int | None = None) -> list[FiledItem]:
    """Stored mail that is not an inquiry, newest first (all of it unless `limit`): `filed_page`'s rows."""
    return filed_page(session, filing, limit=limit).items


def filing_counts(session: Session) -> dict[str, int]:
    """Stored items by filing, in the database's order of the names: {"inquiry": 90, "list": 7, ...}.
    The other filings are counted on ix_inquiries_filing's two ranges around "inquiry" (a tenth of the
    rows); the inquiries are every item (the status counters, reports/counts.py) less those: a pass
    over every row's entry cost about a bare count(*) (PostgreSQL 1M: 100-140 ms)."""
    from ..reports.counts import by_status

    def counted(where):  # type: ignore[no-untyped-def]
        return list(session.execute(select(InquiryRow.filing, func.count()).where(where)
                                    .group_by(InquiryRow.filing).order_by(InquiryRow.filing)))

    below, above = counted(InquiryRow.filing < "inquiry"), counted(InquiryRow.filing > "inquiry")
    inquiries = sum(by_status(session).values()) - sum(n for _, n in below + above)
    return {filing: n for filing, n in [*below, ("inquiry", inquiries), *above] if n}


@dataclass(frozen=True)
class HistoryEvent:
    at: datetime
    kind: str  # inquiry / reply / note (a note's action: note, escalate, ...) / action (claim, release, assign, dismiss)
    inquiry_id: int
    channel: str
    who: str  # the buyer for an inquiry, the author for a reply or note
    text: str  # the subject, the reply's kind and channel, the note's content
    task_id: int | None = None
    action: str = ""  # a note's action (note / escalate / ...), a reply's kind (reply / quote)
    suspicious: bool = False
    inquiry_task_id: int | None = None  # the task people act on for this inquiry (history_tasks)


def resolve_buyer(session: Session, ref: str | int) -> str:
    """The buyer key of a task ID, an inquiry's address / phone / name, or a key as given; '' unknown.
    (An inquiry without any key is its own buyer: "inquiry:ID".)"""
    if isinstance(ref, int) or str(ref).strip().isdigit():
        row = session.execute(select(InquiryRow.id, InquiryRow.buyer_key).join(TaskRow, TaskRow.inquiry_id == InquiryRow.id)
                              .where(TaskRow.id == int(ref))).first()
        if row is not None:
            return row.buyer_key or f"inquiry:{row.id}"
    text = str(ref).strip()  # no such task: a phone number written as digits, perhaps
    for key in (text.lower(), phone_key(text) if any(ch.isdigit() for ch in text) else "",
                "name:" + " ".join(text.lower().split()), text):
        if key and session.scalar(select(InquiryRow.id).where(InquiryRow.buyer_key == key).limit(1)) is not None:
            return key
    return ""


NAME_SEARCH_ROWS = 20_000  # `queue buyer NAME` reads the sender names of at most this many newest inquiries
# (months of a busy exporter's mail): a word inside a display name has no index to use, so the read is
# bounded: 0.5 s on the 1M bench store under load (its rows are wide: 200,000 took 5-7 s)
NAME_SEARCH_LISTED = 20  # buyers listed when a name fits several
NAME_TITLES = frozenset("mr mrs ms miss mx dr prof sir madam mme mlle herr frau sr sra srta sig dott".split())


@dataclass(frozen=True)
class NamedBuyer:
    key: str  # the buyer key (address, phone, name:...) or "inquiry:ID" for an inquiry without one
    name: str  # the sender display name as stored (one of them)
    inquiries: int  # among the rows searched
    last_at: datetime | None


def name_words(text: str) -> list[str]:
    """The words a person typed for a buyer's name, lower case, titles dropped ("Mr. Rossi" -> rossi)."""
    import re

    words = [w for w in re.split(r"[\s,.;:()\"'-]+", text.lower()) if w]  # the separators the SQL turns into spaces
    return [w for w in words if w not in NAME_TITLES] or words


# PostgreSQL's name folding, asked once per engine: (the collation lower() folds every script's capitals
# with, or None: the database's own; the unaccent extension is there). In a "C" database lower() folds
# ASCII only; ICU's root collation (or libc's C.UTF-8) folds every script whatever the database's locale.
_name_folding_on: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_FOLDING_COLLATIONS = ("und-x-icu", "C.utf8", "C.UTF-8")


def _name_folding(session: Session):  # type: ignore[no-untyped-def]
    """(SQL fold of a column, Python fold of a typed word) that agree: lower case in every script, and
    without accents where the database can drop them (SQLite: db.FOLD_FUNCTION, registered on each
    connection; PostgreSQL: the unaccent extension, 0016). On PostgreSQL an ASCII name (char_length =
    octet_length) is only lowercased: the collation's and unaccent's work is spent on the others."""
    from .db import FOLD_FUNCTION, fold_text

    engine = session.get_bind().engine
    if engine.dialect.name == "sqlite":
        return (lambda column: getattr(func, FOLD_FUNCTION)(column)), fold_text
    if engine.dialect.name != "postgresql":
        return func.lower, str.lower
    if engine not in _name_folding_on:
        found = session.execute(sql_text(
            "SELECT (SELECT collname FROM pg_catalog.pg_collation WHERE collname = ANY(:names)"
            " AND collencoding IN (-1, pg_char_to_encoding('UTF8')) ORDER BY array_position(:names, collname::text)"
            " LIMIT 1), to_regprocedure('unaccent(text)') IS NOT NULL"), {"names": list(_FOLDING_COLLATIONS)}).one()
        _name_folding_on[engine] = (found[0], bool(found[1]))
    collation, unaccent = _name_folding_on[engine]

    def folded(column):  # type: ignore[no-untyped-def]
        other = func.lower(column.collate(collation) if collation else column)
        return case((func.char_length(column) == func.octet_length(column), func.lower(column)),
                    else_=func.unaccent(other) if unaccent else other)

    return folded, (fold_text if unaccent else str.lower)


def buyers_named(session: Session, text: str, *, include_suspicious: bool = True, rows: int = NAME_SEARCH_ROWS,
                 most: int = NAME_SEARCH_LISTED) -> list[NamedBuyer]:
    """The buyers whose stored sender name (from_name) holds every word of `text` as a whole word,
    case-insensitively in every script and, where the database can, accent-insensitively
    ("Ahmed" finds "Ahmed Al-Farsi", "Mr. Rossi" "Marco Rossi", not "Rossini"; "андрей смирнов"
    "Андрей Смирнов", "Jorge Ramirez" "Jorge Ramírez": _name_folding), most recent first, at most
    `most` + 1 (more than `most`: say so). Only the newest `rows` inquiries are read (NAME_SEARCH_ROWS),
    by primary key, in one statement."""
    fold_column, fold_word = _name_folding(session)
    words = list(dict.fromkeys(fold_word(word) for word in name_words(text)))
    if not words:
        return []
    recent = (select(InquiryRow.id, InquiryRow.buyer_key, InquiryRow.from_name, InquiryRow.received_at,
                     InquiryRow.triaged_at, InquiryRow.suspicious).order_by(InquiryRow.id.desc()).limit(rows).subquery())
    spaced = func.replace(func.replace(func.replace(fold_column(recent.c.from_name), ",", " "), ".", " "), "-", " ")
    padded = literal(" ") + spaced + literal(" ")
    wanted = [padded.like("% " + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %", escape="\\")
              for w in words]
    if not include_suspicious:
        wanted.append(recent.c.suspicious.is_(False))
    from sqlalchemy import String, cast

    key = func.coalesce(func.nullif(recent.c.buyer_key, ""), literal("inquiry:") + cast(recent.c.id, String))
    stmt = (select(key.label("key"), func.max(recent.c.from_name), func.count(),
                   func.max(func.coalesce(recent.c.received_at, recent.c.triaged_at)))  # the last receipt
            .where(*wanted).group_by(key).order_by(func.max(recent.c.id).desc()).limit(most + 1))
    return [NamedBuyer(k, name or "", n, as_utc(received)) for k, name, n, received in session.execute(stmt)]


def _openings(session: Session, inquiry_ids: list[int]) -> dict[int, str]:
    """A phone call's, chat's or form record's line in the buyer's history: it has no subject, so the
    buyer's first words (names.title_of, as `queue show` titles it). The body's opening is read for
    those inquiries only, by primary key (as views.untitled_parts does for the list); none: no read."""
    if not inquiry_ids:
        return {}
    from ..queue.names import title_of

    stmt = select(InquiryRow.id, func.substr(InquiryRow.body, 1, 400)).where(InquiryRow.id.in_(inquiry_ids))
    return {i: title_of("", opening or "") for i, opening in session.execute(stmt)}


def buyer_history(session: Session, key: str, *, include_suspicious: bool = True, limit: int = 500) -> list[HistoryEvent]:
    """A buyer's inquiries (every channel), our replies and the team's notes, oldest first (the
    newest `limit` events). Each kind is read newest first and cut at `limit` in SQL (by the buyer
    key's index), so a buyer with a hundred thousand mails costs no more than one with five hundred."""
    if not key:
        return []
    if key.startswith("inquiry:"):
        where = InquiryRow.id == int(key.split(":", 1)[1])
    else:
        where = InquiryRow.buyer_key == key
    mine = [where] if include_suspicious else [where, InquiryRow.suspicious.is_(False)]
    stmt = select(InquiryRow.id, InquiryRow.received_at, InquiryRow.triaged_at, InquiryRow.channel,
                  InquiryRow.from_addr, InquiryRow.from_name, InquiryRow.subject, InquiryRow.suspicious).where(*mine)
    rows = session.execute(stmt.order_by(InquiryRow.id.desc()).limit(limit)).all()
    openings = _openings(session, [r.id for r in rows if not (r.subject or "").strip()])
    events = [HistoryEvent(at=as_utc(r.received_at) or as_utc(r.triaged_at), kind="inquiry", inquiry_id=r.id,
                           channel=r.channel, who=r.from_addr or r.from_name, text=r.subject or openings.get(r.id, ""),
                           suspicious=r.suspicious)
              for r in rows]
    replies = (select(ReplyRow.inquiry_id, ReplyRow.sent_at, ReplyRow.channel, ReplyRow.author, ReplyRow.task_id,
                      ReplyRow.kind, ReplyRow.product).join(InquiryRow, InquiryRow.id == ReplyRow.inquiry_id).where(*mine)
               .order_by(ReplyRow.sent_at.desc(), ReplyRow.id.desc()).limit(limit))
    for reply in session.execute(replies):
        events.append(HistoryEvent(at=as_utc(reply.sent_at), kind="reply", inquiry_id=reply.inquiry_id,
                                   channel=reply.channel, who=reply.author, task_id=reply.task_id, action=reply.kind,
                                   text=f"{reply.kind} by {reply.channel}" + (f" ({reply.product})" if reply.product else "")))
    notes = (select(NoteRow.inquiry_id, NoteRow.created_at, InquiryRow.channel, NoteRow.author, NoteRow.task_id,
                    NoteRow.action, NoteRow.content).join(InquiryRow, InquiryRow.id == NoteRow.inquiry_id).where(*mine)
             .order_by(NoteRow.created_at.desc(), NoteRow.id.desc()).limit(limit))
    for note in session.execute(notes):
        events.append(HistoryEvent(at=as_utc(note.created_at), kind="note", inquiry_id=note.inquiry_id,
                                   channel=note.channel, who=note.author, task_id=note.task_id, action=note.action,
                                   text=note.content))
    actions = (select(AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.task_id, AuditRow.detail,
                      TaskRow.inquiry_id, InquiryRow.channel)
               .join(TaskRow, TaskRow.id == AuditRow.task_id).join(InquiryRow, InquiryRow.id == TaskRow.inquiry_id)
               .where(*mine, AuditRow.action.in_(HISTORY_ACTIONS))
               .order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit))
    for row in session.execute(actions):
        events.append(HistoryEvent(at=as_utc(row.at), kind="action", inquiry_id=row.inquiry_id, channel=row.channel,
                                   who=row.actor, task_id=row.task_id, action=row.action,
                                   text=action_words(row.action, row.actor, row.detail or {})))
    order = {"inquiry": 0, "reply": 1, "note": 2, "action": 3}
    events.sort(key=lambda e: (e.at, order[e.kind], e.inquiry_id))
    acted_on = history_tasks(session, {e.inquiry_id for e in events[-limit:]})
    return [replace(e, inquiry_task_id=acted_on.get(e.inquiry_id)) for e in events[-limit:]]


# Who took, gave back, handed over, dismissed or closed without a reply a buyer's task: read from the audit
# log (by its task_id index, through the buyer's tasks), since these leave no note. With the replies (their
# own lines) and a release's note, every way an inquiry ends is in its buyer's history (a task marked done
# without a reply was missing: the inquiry looked open). A review released as genuine leaves a note
# ("release") and is not repeated here.
HISTORY_ACTIONS = ("claim", "release", "assign", "dismiss", "done")


def action_words(action: str, actor: str, detail: dict) -> Sentence:  # type: ignore[type-arg]
    """A history line's words for an audited action (a Sentence: the command line and the web word it)."""
    previous = detail.get("previous_assignee")
    if action == "claim":
        return Sentence("claimed")
    if action == "release":
        return (Sentence("released to the queue (was %(who)s's)", who=previous) if previous and previous != actor
                else Sentence("released to the queue"))
    if action == "assign":
        return (Sentence("assigned to %(to)s (was %(who)s's)", to=detail.get("to") or "?", who=previous)
                if previous and previous != detail.get("to") else Sentence("assigned to %(to)s", to=detail.get("to") or "?"))
    if action == "dismiss":
        return Sentence("dismissed as %(kind)s", kind=detail.get("dismissed_as") or "?")
    if action == "done":
        return Sentence("done without reply")
    return Sentence(action)


def history_tasks(session: Session, inquiry_ids: set[int]) -> dict[int, int]:
    """Each inquiry's task to act on (`queue show/claim/reply TASK`): its live reply or review task,
    else its first one; none for mail filed without a task. Every other queue command takes task
    IDs, so a history line names one (a newcomer could only see inquiry IDs there)."""
    if not inquiry_ids:
        return {}
    rows = session.execute(select(TaskRow.inquiry_id, TaskRow.id, TaskRow.state)
                           .where(TaskRow.inquiry_id.in_(sorted(inquiry_ids)), TaskRow.kind.in_(("reply", REVIEW)))
                           .order_by(TaskRow.id))
    first: dict[int, int] = {}
    live: dict[int, int] = {}
    for inquiry_id, task_id, state in rows:
        first.setdefault(inquiry_id, task_id)
        if state in LIVE_TASK_STATES:
            live.setdefault(inquiry_id, task_id)
    return {**first, **live}


def escalations(session: Session, task_id: int) -> list[NoteRow]:
    """The escalation entries of a task (notes with action "escalate": who raised it and who was told).
    Found through the task's inquiry (ix_notes_inquiry_id): notes have no index by task."""
    return list(session.scalars(select(NoteRow).join(TaskRow, and_(TaskRow.inquiry_id == NoteRow.inquiry_id,
                                                                   TaskRow.id == NoteRow.task_id))
                                .where(TaskRow.id == task_id, NoteRow.action == "escalate").order_by(NoteRow.id)))


def suspicious_since(session: Session, since: datetime | None) -> list[InquiryRow]:
    stmt = select(InquiryRow).where(InquiryRow.suspicious.is_(True)).order_by(InquiryRow.risk.desc(), InquiryRow.id)
    if since is not None:
        stmt = stmt.where(InquiryRow.triaged_at >= since)
    return list(session.scalars(stmt))


def counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(InquiryRow.status, func.count()).group_by(InquiryRow.status)).all()
    return {status: n for status, n in rows}

