"""Typed SQLAlchemy 2.0 models: inquiries (triaged or failed, raw bytes kept) and their tasks."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String,
                        Text, UniqueConstraint, inspect, null, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates


class Base(DeclarativeBase):
    pass


def as_utc(value: datetime | None) -> datetime | None:
    """A stored time as an aware UTC datetime. SQLite keeps no offset even for timezone=True
    columns, so everything is written in UTC and a naive value read back is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class InquiryRow(Base):
    """One input item. `status` is "triaged" or "failed"; a failed one keeps its reason and raw bytes, also
    once a later run triaged its source ("superseded": store/queue.supersede_failures)."""

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(512), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True, default="")
    source: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16))
    # The app a chat came by (0013 _chat_app): "WhatsApp", "WeChat" ... (model.CHAT_APPS); NULL when none was
    # named, or stored before 0013 (queue/views.chat_app_of reads those from the record's raw bytes).
    # Written only when named (evaluates_none: an unset one is left out of the INSERT, not sent as NULL)
    # and deferred (left out of a whole-row read): rows written and read at an older revision still work.
    chat_app: Mapped[str | None] = mapped_column(String(32).evaluates_none(), nullable=True, deferred=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    grade: Mapped[str | None] = mapped_column(String(1), nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    suspicious: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    risk: Mapped[float] = mapped_column(Float, default=0.0)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    from_addr: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(256), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # the buyer's own words, for the queue view
    country: Mapped[str] = mapped_column(String(2), default="")
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    triaged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    result: Mapped[dict] = mapped_column(JSON, default=dict)  # the public JSON object, reasons included
    draft: Mapped[str] = mapped_column(Text, default="")  # reply draft in the buyer's language
    # Who the buyer is, for follow-ups ("has the buyer written again?"): address, else phone/name.
    buyer_key: Mapped[str] = mapped_column(String(320), default="", index=True)
    buyer_timezone: Mapped[str] = mapped_column(String(64), default="")
    product: Mapped[str] = mapped_column(String(256), default="")
    dismissed_as: Mapped[str | None] = mapped_column(String(16), nullable=True)  # spam / spy / duplicate
    # The team's word that it is a real buyer ("genuine"): a ham example for `learn`, as spam/spy
    # dismissals are spam examples.
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    # The inquiry stored earlier under the same Message-ID / record id but with different content:
    # this one is kept as its own item (its message_id gets a "#" suffix), flagged for a person.
    duplicate_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # checks/filing.py: "inquiry", or what it is instead (list, newsletter, auto-reply, bounce,
    # no-reply, own). Not an inquiry: stored, no task (unless suspicious: a review task).
    filing: Mapped[str] = mapped_column(String(16), default="inquiry", server_default="inquiry", index=True)
    # From when the buyer's silence counts for this inquiry's silent-buyer / rfq-quote follow-up, as the
    # writers set it (a reply: its time; a genuine verdict: queue/operations.LOOK_AGAIN). Since 0014 the
    # reminder job reads and writes FollowupMarkRow instead (triggers copy these writes there); not
    # indexed, not read.
    followup_from: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # report sla (reports/first_reply.py): the first reply's facts, so the report reads the period from one
    # index instead of looking up each inquiry's replies. first_reply_known: NULL until derived from the
    # replies (rows stored before migration 0007, bulk loads: the report derives them for its period),
    # then kept current by queue/operations.record_reply. The first reply: earliest sent_at, then lowest id.
    first_reply_known: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    first_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    first_reply_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    # Receipt to first reply in wall-clock / business seconds, the latter on first_response_calendar
    # (reports/response_time.py: another calendar makes them stale; the report recomputes them).
    first_response_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    first_response_business_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    first_response_calendar: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # report sla (0009): this inquiry's reply-task facts, kept by database triggers on tasks (see the
    # migration), so the report reads its period from one index: the first reply task's deadline, how
    # many reply tasks are live (open / claimed / snoozed: the backlog), their earliest / latest deadline.
    reply_due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    open_replies: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    open_replies_first_due: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    open_replies_last_due: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # queue review (0013 _review_kinds): result["suspicion"] as stored, NULL when it names none (absent,
    # null, [] or another falsy value), so a page's kinds are read without each row's whole result JSON.
    # Written with the result (see _result_kinds); a verdict changes neither.
    # Deferred: a whole row read (session.get) leaves it out, as it does on a store before 0013.
    suspicion_kinds: Mapped[Any] = mapped_column(JSON, nullable=True, deferred=True)

    tasks: Mapped[list[TaskRow]] = relationship(back_populates="inquiry", cascade="all, delete-orphan")

    @validates("result")
    def _result_kinds(self, _key: str, result: Any) -> Any:
        """Every result stored or re-stored through the ORM carries its kinds into suspicion_kinds. A new
        row without kinds leaves the column out of its INSERT (a JSON column is only written when set):
        tests that write rows at an older revision through these models still can."""
        kinds = suspicion_kinds_of(result)
        if kinds is not None or inspect(self).has_identity:
            self.suspicion_kinds = null() if kinds is None else kinds  # SQL NULL, not JSON null
        return result


def suspicion_kinds_of(result: Any) -> Any:
    """What InquiryRow.suspicion_kinds holds for this result: its "suspicion" when truthy, else None."""
    return (result.get("suspicion") if isinstance(result, dict) else None) or None



# A task someone still has to act on (TaskRow.state): the one list the queue, follow-ups, reports and
# review read (the migrations keep their own frozen copies).
LIVE_TASK_STATES = ("open", "claimed", "snoozed")


class TaskRow(Base):
    """Work for a person: a reply (due by grade and channel, in business hours) or a follow-up
    (silent buyer, RFQ quote, holiday greeting, closure or price-change notice)."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_open_order", "state", "grade", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"), index=True)
    # reply / review (a suspicious inquiry, for leads: released into a reply or dismissed) /
    # follow-up kinds by rule name
    kind: Mapped[str] = mapped_column(String(32), default="reply")
    rule: Mapped[str] = mapped_column(String(64), default="")  # the follow-up rule that made it
    attempt: Mapped[int] = mapped_column(Integer, default=0)  # n-th follow-up of that rule
    state: Mapped[str] = mapped_column(String(16), default="open")  # open / claimed / snoozed / done / dismissed
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    snoozed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    snooze_until_buyer_writes: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    due_note: Mapped[str] = mapped_column(Text, default="")  # both clocks: "send before 16:00 to land in Madrid's morning"
    grade: Mapped[str] = mapped_column(String(1))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    assignee: Mapped[str | None] = mapped_column(String(128), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Optimistic locking for the web (web/actions.py): each transition made there is a conditional
    # `UPDATE ... SET version = version + 1 WHERE version = <the form's>`; a stale form changes nothing.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    inquiry: Mapped[InquiryRow] = relationship(back_populates="tasks")


# Queue views (store/queue.py): the review list by arrival per state, one filing's items newest first.
Index("ix_tasks_kind_state_due", TaskRow.kind, TaskRow.state, TaskRow.due_at)
# The web queue sorted by deadline (0008, issue 11): each state's tasks in deadline order.
Index("ix_tasks_state_due", TaskRow.state, TaskRow.due_at, TaskRow.id)
# Counting live tasks by state, kind, grade and deadline (status, the list's count) reads this index alone.
Index("ix_tasks_live_counts", TaskRow.state, TaskRow.kind, TaskRow.grade, TaskRow.due_at)
Index("ix_inquiries_filing_triaged", InquiryRow.filing, InquiryRow.triaged_at)
# The reminder job (queue/rounds.py): open tasks not yet escalated that fall due within the hour,
# read from the index alone (0010: the kind appended).
Index("ix_tasks_reminder_due", TaskRow.state, TaskRow.escalated_at, TaskRow.due_at, TaskRow.kind)
# Per-buyer greetings and notices (queue/followups.py): who was told already, by rule.
Index("ix_tasks_rule", TaskRow.rule)
# ... a batch's buyers' inquiries, read from the index alone (0010) ...
Index("ix_inquiries_buyer_activity", InquiryRow.buyer_key, InquiryRow.triaged_at, InquiryRow.id, InquiryRow.received_at,
      InquiryRow.status, InquiryRow.dismissed_as, InquiryRow.suspicious, InquiryRow.country, InquiryRow.grade)
# ... and the active buyers, per country by receipt, read from the index alone.
Index("ix_inquiries_country_receipt", InquiryRow.country, InquiryRow.received_at, InquiryRow.triaged_at,
      InquiryRow.buyer_key, InquiryRow.suspicious, InquiryRow.status, InquiryRow.dismissed_as, InquiryRow.id)
# The buyer page (queue/views.buyer_history): one buyer's inquiries an agent may see (0008, issue 10/11).
Index("ix_inquiries_buyer_suspicious", InquiryRow.buyer_key, InquiryRow.suspicious)


# report sla / suspicious (reports/): the period by receipt (received_at, else triaged_at), covering
# what the report reads of each inquiry (its row holds the raw mail: reading a late column of it walks
# that), an inquiry's first reply task, suspicious inquiries by risk (and the --since filter).
# (0007: the first reply's facts joined the receipt index, the first reply task's deadline and grade the task one.)
Index("ix_inquiries_receipt_facts", InquiryRow.received_at, InquiryRow.triaged_at, InquiryRow.status, InquiryRow.filing,
      InquiryRow.grade, InquiryRow.dismissed_as, InquiryRow.id, InquiryRow.first_reply_known, InquiryRow.first_reply_at,
      InquiryRow.first_reply_by, InquiryRow.first_response_s, InquiryRow.first_response_business_s,
      InquiryRow.first_response_calendar, InquiryRow.reply_due_at, InquiryRow.open_replies,
      InquiryRow.open_replies_first_due, InquiryRow.open_replies_last_due)
Index("ix_inquiries_suspicious_risk", InquiryRow.suspicious, InquiryRow.risk, InquiryRow.triaged_at)
# report suspicious's default listing (0011): the suspicious inquiries still waiting for a verdict (not
# dismissed), by risk: a page's ids and its count read this small partial index alone, never every
# suspicious row (reports/suspicious.py writes its WHERE in this same form, so both planners use it).
_WAITING = text("suspicious AND dismissed_as IS NULL")
Index("ix_inquiries_suspicious_waiting", InquiryRow.risk, InquiryRow.id, InquiryRow.triaged_at, sqlite_where=_WAITING,
      postgresql_where=_WAITING)
# report suspicious --since (0017): the suspicious inquiries in triage-time order with their receipt, whether
# dismissed, risk, id and the flag (SQLite evaluates the WHERE's term from it): a period's counts and page
# ids read from this partial index alone, not each candidate's row (reports/suspicious._where writes the
# bare boolean for a period, so both planners prove it).
_SUSPICIOUS = text("suspicious")
Index("ix_inquiries_suspicious_receipt", InquiryRow.triaged_at, InquiryRow.received_at, InquiryRow.dismissed_as,
      InquiryRow.risk, InquiryRow.id, InquiryRow.suspicious, sqlite_where=_SUSPICIOUS, postgresql_where=_SUSPICIOUS)
Index("ix_tasks_inquiry_first", TaskRow.inquiry_id, TaskRow.kind, TaskRow.created_at, TaskRow.id, TaskRow.due_at,
      TaskRow.grade)
# queue --search / --buyer / --product (store/queue.py, 0011 _filters): trigram GIN indexes for their ILIKE
# '%...%' on PostgreSQL when pg_trgm can be had (else absent: the filters read the live tasks instead).
# Written with the operator class in the expression: Alembic then skips comparing them (with a warning)
# and SQLite, which has none, skips them as expression indexes.
for _name, _column in (("ix_inquiries_subject_trgm", "subject"), ("ix_inquiries_body_trgm", "body"),
                       ("ix_inquiries_from_addr_trgm", "from_addr"), ("ix_inquiries_from_name_trgm", "from_name"),
                       ("ix_inquiries_product_trgm", "product")):
    Index(_name, text(f"{_column} gin_trgm_ops"), _table=InquiryRow.__table__,
          postgresql_using="gin").ddl_if(dialect="postgresql")
# queue --search for a common word (0013 _live_search): one trigram index over the four searched columns of the
# inquiries with a live reply task only, where the list finds its candidates first (PostgreSQL with pg_trgm).
Index("ix_inquiries_live_search_trgm",
      text("(subject || ' ' || body || ' ' || from_addr::text || ' ' || from_name::text) gin_trgm_ops"),
      _table=InquiryRow.__table__, postgresql_using="gin",
      postgresql_where=text("open_replies > 0")).ddl_if(dialect="postgresql")
# A filtered list's count (store/queue.py, 0012 _filters): the live tasks with what the list filters on and
# their inquiry, and each inquiry's equality facts, read from these indexes alone (on PostgreSQL; the
# live tasks' one is partial: a list never counts closed tasks).
_LIVE = TaskRow.state.in_(LIVE_TASK_STATES)
Index("ix_tasks_live_filter", TaskRow.state, TaskRow.inquiry_id, TaskRow.kind, TaskRow.grade, TaskRow.due_at,
      TaskRow.assignee, TaskRow.id, sqlite_where=_LIVE, postgresql_where=_LIVE)
Index("ix_inquiries_id_filters", InquiryRow.id, InquiryRow.suspicious, InquiryRow.language, InquiryRow.country,
      InquiryRow.channel)


class MailboxFolderRow(Base):
    """Where polling of one folder of one mailbox stands, and how it went (for `status`)."""

    __tablename__ = "mailbox_folders"
    __table_args__ = (UniqueConstraint("mailbox", "folder"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(128))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_poll_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive, for back-off
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    seen: Mapped[int] = mapped_column(Integer, default=0)
    triaged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class MailboxMessageRow(Base):
    """One server message handled: (mailbox, folder, uidvalidity, uid) is never triaged twice
    (paperless-ngx's processed-mail idea). `server_done` is set once the configured action
    (flag / move) has been applied on the server, which only ever happens after the triage is
    committed."""

    __tablename__ = "mailbox_messages"
    __table_args__ = (UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(128))
    folder: Mapped[str] = mapped_column(String(512))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    inquiry_id: Mapped[int | None] = mapped_column(ForeignKey("inquiries.id", ondelete="SET NULL"), nullable=True)
    server_done: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class NoteRow(Base):
    """Append-only case notes: action + content + author + time. Never edited or deleted
    (an ORM guard in store/db.py refuses updates and deletes)."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"), nullable=True)
    author: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32), default="note")
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReplyRow(Base):
    """A reply that went out: when, by whom, by which channel; first-response time comes from here."""

    __tablename__ = "replies"
    # report sla: an inquiry's first reply (earliest sent, then lowest id).
    __table_args__ = (Index("ix_replies_inquiry_first", "inquiry_id", "sent_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"), nullable=True)
    author: Mapped[str] = mapped_column(String(128))
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), default="reply")  # reply / quote / follow-up
    product: Mapped[str] = mapped_column(String(256), default="")
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # Receipt to this reply, for `report sla` (reports/response_time.py): wall-clock and business
    # seconds, the latter on the calendar named by response_calendar; set when the reply is recorded,
    # else (older rows, another calendar) by the report for the rows it reads.
    response_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    response_business_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    response_calendar: Mapped[str | None] = mapped_column(String(16), nullable=True)


class FollowupMarkRow(Base):
    """The reminder job's follow-up mark of an inquiry (migration 0014, queue/followups.py), off the wide
    inquiries row: followup_from NOT NULL, its silence counts from then (a candidate); NULL, set aside
    until a reply, a genuine verdict or a larger K. A row for every inquiry with a reply or ever marked:
    database triggers add and update it from inquiries.followup_from and replies, whoever writes."""

    __tablename__ = "followup_marks"
    __table_args__ = (Index("ix_followup_marks_from", "followup_from", "inquiry_id"),)

    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True,
                                            autoincrement=False)
    followup_from: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SlaDayRow(Base):
    """report sla's daily rollups (0010, reports/rollups.py): one UTC day of receipts. SQLite: `version`
    is bumped by database triggers whenever an inquiry of that day or one of its reply tasks changes;
    the day's groups are valid while rolled_version = version. PostgreSQL (0011): those triggers log
    the change in sla_day_changes instead; the groups are valid while every change row of the day is
    of a transaction visible in rolled_snapshot (pg_current_snapshot() as text, taken before they
    were computed). Business times on rolled_calendar (NULL: none)."""

    __tablename__ = "sla_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    rolled_version: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    rolled_calendar: Mapped[str | None] = mapped_column(String(16), nullable=True)
    rolled_snapshot: Mapped[str | None] = mapped_column(Text, nullable=True)  # PostgreSQL only
    # 0012: where the day's groups are cut into parts (microseconds after its UTC midnight, ascending,
    # comma-separated; NULL or '': one part): week starts on the calendar's clock inside the day
    rolled_cuts: Mapped[str | None] = mapped_column(Text, nullable=True)


class SlaDayChangeRow(Base):
    """PostgreSQL (0011): a transaction changed what a day's rollup is made of (an inquiry received
    that UTC day, or one of its reply tasks). Appended by database triggers, one row per transaction
    and day, never updated: no two writers share a row, so none waits for another. Deleted by the
    report once a rollup computed under a snapshot that sees the transaction is kept. Empty on SQLite."""

    __tablename__ = "sla_day_changes"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    xid: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # pg_current_xact_id()


class SlaDayGroupRow(Base):
    """One day (or part of one: 0012) x grade x first-reply author of report sla (reports/rollups.py):
    counts, and packed
    little-endian values for what moves with `now` or needs ranks (response seconds as doubles;
    deadlines of unreplied inquiries and of live reply tasks as int64 microseconds since the epoch)."""

    __tablename__ = "sla_day_groups"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    # 0012: the part of the day from this many microseconds after its UTC midnight (0: the whole day
    # or its first part) up to the next of sla_days.rolled_cuts
    part: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False, default=0, server_default="0")
    grade: Mapped[str] = mapped_column(String(1), primary_key=True)
    agent: Mapped[str] = mapped_column(String(128), primary_key=True)
    inquiries: Mapped[int] = mapped_column(Integer)
    replied: Mapped[int] = mapped_column(Integer)
    late_replies: Mapped[int] = mapped_column(Integer)  # replied after the first reply task's deadline
    wall: Mapped[bytes] = mapped_column(LargeBinary)
    business: Mapped[bytes] = mapped_column(LargeBinary)
    owed_due: Mapped[bytes] = mapped_column(LargeBinary)
    live_due: Mapped[bytes] = mapped_column(LargeBinary)


class CountRow(Base):
    """Inquiries counted by database triggers (0011 _counts, reports/counts.py): for `status`, all of
    them by status (bucket 0); for the dashboard's volume, the ones `report sla` counts by UTC time
    bucket (epoch seconds of its start): per quarter hour in total ("n") and suspicious ("s"), per
    hour and per UTC day ("d.country", ...) by country, language, channel and suspicion kind. The key
    leads with the dimension: a period of one is one range. SQLite's triggers add to these rows."""

    __tablename__ = "inquiry_counts"
    __table_args__ = {"sqlite_with_rowid": False}

    dim: Mapped[str] = mapped_column(String(16), primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    value: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


class CountDeltaRow(Base):
    """PostgreSQL's triggers append +1 / -1 rows here instead of updating inquiry_counts (a shared row
    would make two writers wait for each other's commit); readers add them, and reports/counts.fold
    moves them into inquiry_counts. Empty on SQLite."""

    __tablename__ = "inquiry_count_deltas"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger)
    dim: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(Text)
    n: Mapped[int] = mapped_column(BigInteger)


class BuyerTimezoneRow(Base):
    """A person's word on a buyer's clock ("she works from Novosibirsk"): it wins over the evidence for
    every task of that buyer key, now and later."""

    __tablename__ = "buyer_timezones"

    buyer_key: Mapped[str] = mapped_column(String(320), primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64))
    set_by: Mapped[str] = mapped_column(String(128))
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """Every state change, by whom, when, and what changed."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    task_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    inquiry_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


# status (queue/rounds.last_round): when the scheduler last ran, without reading the whole audit log.
Index("ix_audit_log_action_at", AuditRow.action, AuditRow.at)


class UserRow(Base):
    """A person who logs in to the web queue (queue/users.py): role as in queue/operations.ROLES,
    an argon2 password hash (never the password), the interface language."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("name", name="uq_users_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))  # agent / lead / supervisor
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="zh")  # zh / en
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSessionRow(Base):
    """A server-side login session. The cookie holds a random token; only its SHA-256 is stored, so
    a read of the database does not hand out sessions. Revoked by logout, `users disable|passwd`."""

    __tablename__ = "web_sessions"
    __table_args__ = (UniqueConstraint("token_hash", name="uq_web_sessions_token_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
