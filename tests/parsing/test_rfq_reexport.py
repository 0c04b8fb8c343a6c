"""An RFQ export without an id column, exported again the next day (its ages one day older, its quotes left
changed), adds nothing: the row's key is its stable fields and its posting day (newcomer 19's known limit).
The same text from another buyer, or posted again weeks later, is a new inquiry. SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.parsing.record import parse_record, rfq_row_identity, same_rfq_days  # noqa: E402
from inquiry_triage.pipeline import build_context, triage_item  # noqa: E402
from inquiry_triage.sources import open_inputs  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from inquiry_triage.store.queue import save_result  # noqa: E402
from tests.cli_kit import empty_store, run_cli  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both  # noqa: E402,F401  (both databases: (url, sessions))

CONFIG = load_config(None)
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
HEADER = ("source_repo,title,description,quantity,unit,country,email_confirmed,experienced_buyer,"
          "complete_order_via_rfq,typical_replies,interactive_user,posted,quotes_left\n")
MONDAY = datetime(2026, 11, 16, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def ctx():
    return build_context(CONFIG, offline=True, now=NOW)


@pytest.fixture
def sessions(store_on_both):  # type: ignore[no-untyped-def]
    """The store's sessionmaker on SQLite and on PostgreSQL (tests.servers.postgres.store_on_both)."""
    return store_on_both[1]


def export(path: Path, rows: list[str], at: datetime, header: str = HEADER) -> Path:
    """An export file written at `at` (its mtime: the ages count back from it)."""
    path.write_text(header + "".join(row + "\n" for row in rows), encoding="utf-8")
    os.utime(path, (at.timestamp(), at.timestamp()))
    return path


def store(sessions, path: Path, ctx, columns: dict[str, str] | None = None) -> list[bool]:
    """Triage an export into the store: for each row, whether it was stored (False: known already)."""
    items = list(open_inputs([path], {**CONFIG.get("csv.columns"), **(columns or {})}, CONFIG.get("csv.defaults")))
    with sessions.begin() as s:
        return [save_result(s, triage_item(item, ctx), NOW) is not None for item in items]


def counts(sessions) -> tuple[int, int]:
    with sessions.begin() as s:
        return s.scalar(select(func.count(InquiryRow.id))), s.scalar(select(func.count(TaskRow.id)))


def gloves(posted: str, quotes_left: str, country: str = "Germany", flags: str = "Yes,Yes,Yes,No,No") -> str:
    return f'repo,"Nitrile gloves",Powder free size M,500 Box/Boxes,,{country},{flags},{posted},{quotes_left}'


def chilies(posted: str, quotes_left: str) -> str:
    return (f'repo,"Dry red chilies",,5000 Kilogram/Kilograms,,United Arab Emirates,Yes,Yes,Yes,No,No,'
            f'{posted},{quotes_left}')


def test_the_next_days_export_with_older_ages_and_fewer_quotes_adds_nothing(tmp_path, ctx, sessions):
    monday = export(tmp_path / "rfq-monday.csv", [gloves("3 days ago", "7"), chilies("5 hours before", "10")], MONDAY)
    assert store(sessions, monday, ctx) == [True, True]
    assert store(sessions, monday, ctx) == [False, False]                # the same export again: nothing
    # Tuesday's export, an hour later in the day: each RFQ a day older, quotes taken meanwhile.
    tuesday = export(tmp_path / "rfq-tuesday.csv", [gloves("4 days ago", "5"), chilies("1 days ago", "9")],
                     MONDAY + timedelta(days=1, hours=1))
    assert store(sessions, tuesday, ctx) == [False, False]
    assert counts(sessions) == (2, 2)                                    # one inquiry and one task each


def test_a_chinese_export_a_day_later_adds_nothing(tmp_path, ctx, sessions):
    columns = {"subject": "标题", "body": "详细描述", "quantity": "数量", "unit": "单位", "country": "国家",
               "posted": "发布时间", "quotes_left": "剩余报价", "exported_at": "导出时间"}
    header = "标题,详细描述,数量,单位,国家,发布时间,剩余报价,导出时间\n"
    first = export(tmp_path / "询价单1.csv", ["不锈钢螺丝,M6 304,10000,个,德国,3天前,8,2026-11-16T09:30:00+08:00"],
                   MONDAY, header)
    second = export(tmp_path / "询价单2.csv", ["不锈钢螺丝,M6 304,10000,个,德国,4天前,6,2026-11-17T10:10:00+08:00"],
                    MONDAY, header)
    assert store(sessions, first, ctx, columns) == [True]
    assert store(sessions, second, ctx, columns) == [False]              # its export-time column changed too
    assert counts(sessions) == (1, 1)


def test_two_buyers_with_the_same_text_are_two_inquiries(tmp_path, ctx, sessions):
    columns = {"name": "buyer", "email": "buyer_email"}
    header = "buyer,buyer_email,title,description,quantity,unit,country,posted,quotes_left\n"
    rows = ['Ana Ruiz,ana@ruiz-import.es,"LED panel 600x600",40W 4000K,200 Piece/Pieces,,Spain,2 days ago,10',
            'Marek Nowak,marek@nowak.pl,"LED panel 600x600",40W 4000K,200 Piece/Pieces,,Spain,2 days ago,10']
    assert store(sessions, export(tmp_path / "a.csv", rows, MONDAY, header), ctx, columns) == [True, True]
    later = [row.replace("2 days ago,10", "3 days ago,8") for row in rows]
    assert store(sessions, export(tmp_path / "b.csv", later, MONDAY + timedelta(days=1), header), ctx, columns) == \
        [False, False]
    # Buyers the export does not name, told apart by what it says of them (country, the platform's flags).
    assert store(sessions, export(tmp_path / "c.csv", [gloves("3 days ago", "7"),
                                                      gloves("3 days ago", "7", country="Austria"),
                                                      gloves("3 days ago", "7", flags="No,No,No,No,No")], MONDAY),
                 ctx) == [True, True, True]
    assert counts(sessions) == (5, 5)


def test_the_same_text_posted_again_weeks_later_is_a_new_inquiry(tmp_path, ctx, sessions):
    assert store(sessions, export(tmp_path / "a.csv", [gloves("2 days ago", "0")], MONDAY - timedelta(days=20)),
                 ctx) == [True]
    # 20 days later the buyer posts the same RFQ again (the first one closed): a new inquiry and task.
    assert store(sessions, export(tmp_path / "b.csv", [gloves("2 days ago", "10")], MONDAY), ctx) == [True]
    # and the repost's own re-export is known, as the first's is
    assert store(sessions, export(tmp_path / "c.csv", [gloves("3 days ago", "8")], MONDAY + timedelta(days=1)),
                 ctx) == [False]
    assert store(sessions, export(tmp_path / "d.csv", [gloves("22 days ago", "0")], MONDAY), ctx) == [False]
    # Two rows of one export with the same text posted 5 days apart: the repost again, and another posting.
    assert store(sessions, export(tmp_path / "e.csv", [gloves("5 days ago", "9"), gloves("10 days ago", "9")],
                                  MONDAY + timedelta(days=3)), ctx) == [False, True]
    with sessions.begin() as s:
        assert s.scalar(select(func.count(InquiryRow.id)).where(InquiryRow.duplicate_of.is_not(None))) == 0
        # stored under the row's message_id (the same in every export) and its posting day
        keys = s.scalars(select(InquiryRow.message_id).order_by(InquiryRow.id)).all()
        assert [key.partition("@")[2] for key in keys] == ["2026-10-25", "2026-11-14", "2026-11-09"]
        assert len({key.partition("@")[0] for key in keys}) == 1


def test_without_a_posting_time_the_stable_fields_are_the_key(tmp_path, ctx, sessions):
    header = "title,description,quantity,unit,country,quotes_left\n"
    first = export(tmp_path / "a.csv", ['"Copper wire",2.5mm,3 Ton,,Chile,6'], MONDAY, header)
    second = export(tmp_path / "b.csv", ['"Copper wire",2.5mm,3 Ton,,Chile,4'], MONDAY + timedelta(days=1), header)
    assert store(sessions, first, ctx) == [True]
    assert store(sessions, second, ctx) == [False]
    assert counts(sessions) == (1, 1)


def test_a_days_export_twice_through_the_command_line_queues_each_rfq_once(tmp_path, capsys, monkeypatch):
    url = empty_store(tmp_path, monkeypatch)
    monday = export(tmp_path / "rfq-monday.csv", [gloves("3 days ago", "7"), chilies("5 hours before", "10")], MONDAY)
    tuesday = export(tmp_path / "rfq-tuesday.csv", [gloves("4 days ago", "5"), chilies("1 days ago", "9")],
                     MONDAY + timedelta(days=1, hours=1))
    for path in (monday, tuesday, tuesday):
        code, _, _ = run_cli(capsys, "triage", "--db", url, "--offline", "--no-progress", "--format", "jsonl",
                             "--now", "2026-11-20T10:00+08:00", str(path))
        assert code == 0
    engine, sessions = open_store(url)
    try:
        assert counts(sessions) == (2, 2)
    finally:
        engine.dispose()


def test_the_key_leaves_out_the_export_time_fields_only():
    def row(**fields: str):
        return parse_record({"channel": "rfq", "subject": "Solar panels", "quantity": "200 pieces",
                             "exported_at": "2026-11-20T10:00:00Z", **fields}, source="rfq.jsonl:1")

    base = row(posted="3 days ago", quotes_left="5")
    moved = row(posted="4 days ago", quotes_left="2", exported_at="2026-11-21T08:00:00Z")
    assert moved.message_id == base.message_id and moved.content_hash != base.content_hash
    assert base.store_keys.key == f"{base.message_id}@2026-11-17" == moved.store_keys.key
    assert base.store_keys.key in base.store_keys.same and len(base.store_keys.same) == 5     # +- 2 days
    for other in (row(posted="3 days ago", quotes_left="5", name="Ana"), row(posted="3 days ago", country="Spain"),
                  row(posted="3 days ago", quantity="300 pieces"), row(posted="3 days ago", interactive_user="yes")):
        assert other.message_id != base.message_id
    # with an id, and on another channel, as before
    assert row(id="RFQ-88").message_id == "rfq:rfq.jsonl:RFQ-88" and row(id="RFQ-88").store_keys is None
    call = parse_record({"channel": "phone", "body": "need 100 pcs", "posted": "3 days ago"}, source="c.jsonl:1")
    assert call.message_id == f"sha256:{call.content_hash[:32]}" and call.store_keys is None


@pytest.mark.parametrize("posted, days", [("3 days ago", 2), ("5 hours before", 2), ("Just now", 2), ("", 2),
                                          ("2026-11-03", 2), ("2 weeks ago", 8), ("3周前", 8), ("1个月前", 31)])
def test_the_days_apart_that_are_one_rfq_follow_the_ages_precision(posted, days):
    assert same_rfq_days(posted) == days


def test_a_week_old_rfq_whose_age_turns_to_two_weeks_is_the_same_one():
    # Exported on day 0 at 13 days old it says "1 week ago"; on day 1, "2 weeks ago": 6 days apart, one RFQ.
    day0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    _, first = rfq_row_identity({"subject": "x"}, day0 - timedelta(weeks=1), same_rfq_days("1 week ago"))
    _, second = rfq_row_identity({"subject": "x"}, day0 + timedelta(days=1) - timedelta(weeks=2),
                                 same_rfq_days("2 weeks ago"))
    assert first.key != second.key and first.key in second.same
    message_id, keys = rfq_row_identity({"subject": "x"}, None, 2)     # no posting time: the message_id alone
    assert keys.key == message_id and keys.same == (message_id,)


def test_a_later_export_showing_the_rfq_closed_closes_its_reply_task(tmp_path, ctx, sessions):
    """Quotes left 0 in the next day's export: the buyer takes no more quotations, so the stored RFQ's live reply
    task is done, with a note and an audit line saying why (it stayed open and was escalated: newcomer 20). A
    task someone already closed, and an RFQ still open, are left as they were."""
    from inquiry_triage.store.models import AuditRow, NoteRow
    from inquiry_triage.store.queue import RFQ_CLOSED_NOTE

    monday = export(tmp_path / "rfq-monday.csv", [gloves("3 days ago", "2"), chilies("5 hours before", "10")], MONDAY)
    assert store(sessions, monday, ctx) == [True, True]
    tuesday = export(tmp_path / "rfq-tuesday.csv", [gloves("4 days ago", "0"), chilies("1 days ago", "9")],
                     MONDAY + timedelta(days=1, hours=1))
    assert store(sessions, tuesday, ctx) == [False, False]
    assert counts(sessions) == (2, 2)
    with sessions.begin() as s:
        states = dict(s.execute(select(InquiryRow.subject, TaskRow.state).join(TaskRow)).all())
        assert states == {"Nitrile gloves": "done", "Dry red chilies": "open"}
        note = s.scalar(select(NoteRow.content).where(NoteRow.action == "done"))
        assert note == RFQ_CLOSED_NOTE.format(source=f"{tuesday}:2")  # the row of the export that says so
        assert s.scalar(select(func.count(AuditRow.id)).where(AuditRow.action == "done")) == 1
        done_at = s.scalar(select(TaskRow.done_at).where(TaskRow.state == "done"))
        assert done_at is not None
    # Wednesday's export again says closed: nothing more happens (the task is closed already).
    wednesday = export(tmp_path / "rfq-wednesday.csv", [gloves("5 days ago", "0")], MONDAY + timedelta(days=2))
    assert store(sessions, wednesday, ctx) == [False]
    with sessions.begin() as s:
        assert s.scalar(select(func.count(NoteRow.id)).where(NoteRow.action == "done")) == 1
