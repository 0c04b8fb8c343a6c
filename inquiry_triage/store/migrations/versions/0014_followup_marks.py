"""followup_marks: the reminder job's follow-up mark off the wide inquiries row (issue 10, tenth session).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 04:00:00

queue/followups.py marked each replied inquiry with from when the buyer's silence counts
(inquiries.followup_from, 0006) and wrote it back after every evaluation. The inquiries row is wide
and carries ~23 indexes (six trigram GIN): each write-back was a non-HOT update through all of them
(~1.75 ms a row at 1M under load), and the first round after an upgrade had ~460,000 of them to
write (the history, drained 500 a rule a round since session 9). Its re-arm read every unmarked
inquiry (538,426 at 1M) against the replies, 2.9-5.0 s, to find nothing.

followup_marks holds one narrow row per inquiry that has a reply or was ever marked:
  followup_from NOT NULL   a candidate: its silence counts from then (LOOK_AGAIN: sent back by a
                           genuine verdict, look at it at the next round)
  followup_from NULL       set aside: evaluated to the end (all K made, the buyer wrote again,
                           dismissed, ...); only a reply, a genuine verdict or a larger K (re-arm)
                           brings it back.
The round reads and writes only this table (its primary key and ix_followup_marks_from); the re-arm
reads only the set-aside rows (ix_followup_marks_from's NULL range), never the whole reply history.

Writers are unchanged (queue/operations.py still sets inquiries.followup_from on a reply and LOOK_AGAIN
on a genuine verdict); triggers carry those writes into the table, whoever writes:
  inquiries  AFTER INSERT (a non-NULL followup_from) / AFTER UPDATE OF followup_from: the new value;
             AFTER UPDATE OF dismissed_as, un-dismissed with followup_from = LOOK_AGAIN: LOOK_AGAIN
             (the ORM leaves an unchanged followup_from out of its UPDATE: a second genuine verdict
             on an inquiry whose column says LOOK_AGAIN already);
  replies    AFTER INSERT: a row for the inquiry (NULL: known, set aside, so the re-arm finds it) and,
             when the inquiry's followup_from is this reply's sent_at (record_reply's write, even one
             the ORM left out as unchanged), that time.
So the table says what inquiries.followup_from said under 0013, except where a round has evaluated
since: the column is no longer read, and ix_inquiries_followup_from goes (one index fewer on every
inquiry write).

Cost: one pass over ix_inquiries_followup_from (the marked rows) and one over ix_replies_inquiry_id
(the replied inquiries), each an INSERT ... SELECT into the new, narrow table: at the bench's 1M on
PostgreSQL (fsync off) see bench/RESULTS.md (tenth session). The triggers are created before the
fill, in the same transaction (PostgreSQL: writers to inquiries / replies wait for the commit; nothing
they write is missed). Interrupted, the transaction rolls back on PostgreSQL (run it again); on SQLite
the fill skips rows already there (INSERT ... ON CONFLICT DO NOTHING), so a second run completes it.
Downgrade copies the candidates' marks back into inquiries.followup_from (few rows once the history
is drained) and re-creates its index; set-aside rows keep the column's last value, which 0013's
planner looks at once more (bounded rounds) and sets aside again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# queue/operations.LOOK_AGAIN, as each database stores it (SQLAlchemy's SQLite DateTime: ISO text, no offset).
_LOOK_AGAIN_PG = "'1970-01-01 00:00:00+00'::timestamptz"
_LOOK_AGAIN_SQLITE = "'1970-01-01 00:00:00.000000'"

_UPSERT = ("INSERT INTO followup_marks (inquiry_id, followup_from) VALUES ({id}, {value}) "
           "ON CONFLICT (inquiry_id) DO UPDATE SET followup_from = excluded.followup_from")
# A reply: the inquiry is known (NULL row) and, when its followup_from is this reply's time, marked with it.
_REPLY_MARK = ("INSERT INTO followup_marks (inquiry_id, followup_from) "
               "SELECT {id}, CASE WHEN i.followup_from = {sent} THEN i.followup_from END FROM inquiries i "
               "WHERE i.id = {id} "
               "ON CONFLICT (inquiry_id) DO UPDATE SET followup_from = excluded.followup_from "
               "WHERE excluded.followup_from IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "followup_marks",
        sa.Column("inquiry_id", sa.Integer(), sa.ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("followup_from", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_followup_marks_from", "followup_marks", ["followup_from", "inquiry_id"])
    sqlite = op.get_bind().dialect.name != "postgresql"
    if sqlite:
        op.execute("CREATE TRIGGER tr_followup_marks_inquiry_insert AFTER INSERT ON inquiries "
                   "WHEN NEW.followup_from IS NOT NULL "
                   f"BEGIN {_UPSERT.format(id='NEW.id', value='NEW.followup_from')}; END")
        op.execute("CREATE TRIGGER tr_followup_marks_inquiry_update AFTER UPDATE OF followup_from ON inquiries "
                   f"BEGIN {_UPSERT.format(id='NEW.id', value='NEW.followup_from')}; END")
        op.execute("CREATE TRIGGER tr_followup_marks_look_again AFTER UPDATE OF dismissed_as ON inquiries "
                   "WHEN OLD.dismissed_as IS NOT NULL AND NEW.dismissed_as IS NULL "
                   f"AND NEW.followup_from = {_LOOK_AGAIN_SQLITE} "
                   f"BEGIN {_UPSERT.format(id='NEW.id', value='NEW.followup_from')}; END")
        op.execute("CREATE TRIGGER tr_followup_marks_reply AFTER INSERT ON replies "
                   f"BEGIN {_REPLY_MARK.format(id='NEW.inquiry_id', sent='NEW.sent_at')}; END")
    else:
        op.execute("CREATE FUNCTION followup_marks_from_inquiry() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   + _UPSERT.format(id="NEW.id", value="NEW.followup_from") + "; RETURN NULL; END $$")
        op.execute("CREATE FUNCTION followup_marks_from_reply() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   + _REPLY_MARK.format(id="NEW.inquiry_id", sent="NEW.sent_at") + "; RETURN NULL; END $$")
        op.execute("CREATE TRIGGER tr_followup_marks_inquiry_insert AFTER INSERT ON inquiries FOR EACH ROW "
                   "WHEN (NEW.followup_from IS NOT NULL) EXECUTE FUNCTION followup_marks_from_inquiry()")
        op.execute("CREATE TRIGGER tr_followup_marks_inquiry_update AFTER UPDATE OF followup_from ON inquiries "
                   "FOR EACH ROW EXECUTE FUNCTION followup_marks_from_inquiry()")
        op.execute("CREATE TRIGGER tr_followup_marks_look_again AFTER UPDATE OF dismissed_as ON inquiries FOR EACH ROW "
                   f"WHEN (OLD.dismissed_as IS NOT NULL AND NEW.dismissed_as IS NULL AND NEW.followup_from = {_LOOK_AGAIN_PG}) "
                   "EXECUTE FUNCTION followup_marks_from_inquiry()")
        op.execute("CREATE TRIGGER tr_followup_marks_reply AFTER INSERT ON replies FOR EACH ROW "
                   "EXECUTE FUNCTION followup_marks_from_reply()")
    # The fill: the marked inquiries (ix_inquiries_followup_from), then the other replied ones, set aside
    # ("WHERE true": SQLite's parser needs a WHERE before an upsert's ON CONFLICT after a SELECT).
    op.execute("INSERT INTO followup_marks (inquiry_id, followup_from) SELECT id, followup_from FROM inquiries "
               "WHERE followup_from IS NOT NULL ON CONFLICT (inquiry_id) DO NOTHING")
    op.execute("INSERT INTO followup_marks (inquiry_id) SELECT DISTINCT inquiry_id FROM replies "
               "WHERE true ON CONFLICT (inquiry_id) DO NOTHING")
    op.drop_index("ix_inquiries_followup_from", table_name="inquiries")
    if not sqlite:
        # Statistics for the new table now, not at autovacuum's leisure: without them the first round's
        # re-arm (its set-aside rows: none right after an upgrade) was planned as a hash join over every
        # reply (0.7 s at 100k) instead of the empty NULL range of ix_followup_marks_from.
        op.execute("ANALYZE followup_marks")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name != "postgresql"
    if sqlite:
        op.execute("UPDATE inquiries SET followup_from = (SELECT m.followup_from FROM followup_marks m "
                   "WHERE m.inquiry_id = inquiries.id) WHERE id IN (SELECT m.inquiry_id FROM followup_marks m "
                   "WHERE m.followup_from IS NOT NULL AND m.followup_from IS NOT inquiries.followup_from)")
        for name in ("inquiry_insert", "inquiry_update", "look_again", "reply"):
            op.execute(f"DROP TRIGGER tr_followup_marks_{name}")
    else:
        op.execute("UPDATE inquiries SET followup_from = m.followup_from FROM followup_marks m "
                   "WHERE m.inquiry_id = inquiries.id AND m.followup_from IS NOT NULL "
                   "AND m.followup_from IS DISTINCT FROM inquiries.followup_from")
        for name in ("inquiry_insert", "inquiry_update", "look_again"):
            op.execute(f"DROP TRIGGER tr_followup_marks_{name} ON inquiries")
        op.execute("DROP TRIGGER tr_followup_marks_reply ON replies")
        op.execute("DROP FUNCTION followup_marks_from_inquiry()")
        op.execute("DROP FUNCTION followup_marks_from_reply()")
    op.create_index("ix_inquiries_followup_from", "inquiries", ["followup_from"])
    op.drop_index("ix_followup_marks_from", table_name="followup_marks")
    op.drop_table("followup_marks")
