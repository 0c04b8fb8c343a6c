"""RFQ export fields (issue 9): the posting age sets the arrival, quotes left = 0 closes the RFQ, the
platform's buyer flags are evidence with points from [rfq.buyer_flags], placeholders are no signals."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.checks.rfq import CLOSED, flag_hits, is_closed, quotes_left
from inquiry_triage.config import load_config
from inquiry_triage.errors import RecordError
from inquiry_triage.parsing.record import parse_record, posting_age, rfq_posted_at
from inquiry_triage.pipeline import build_context, triage, triage_item
from inquiry_triage.sources import open_inputs

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # make "tests.servers" importable however pytest is started
    sys.path.insert(0, str(_ROOT))
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

CONFIG = load_config(None)
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
HEADER = ("source_repo,title,description,quantity,unit,country,email_confirmed,experienced_buyer,"
          "complete_order_via_rfq,typical_replies,interactive_user,posted,quotes_left\n")
CORPUS = Path(os.environ.get("INQUIRY_TRIAGE_CORPORA") or Path(__file__).resolve().parents[3] / "shared" / "corpora")


@pytest.fixture(scope="module")
def ctx():
    return build_context(CONFIG, offline=True, now=NOW)


@pytest.mark.parametrize("text, age", [
    ("3 days ago", timedelta(days=3)), ("1 days ago", timedelta(days=1)), ("14 days ago", timedelta(days=14)),
    ("5 hours before", timedelta(hours=5)), ("23 hours before", timedelta(hours=23)),
    ("47 minutes before", timedelta(minutes=47)), ("Just now", timedelta(0)), ("an hour ago", timedelta(hours=1)),
    ("yesterday", timedelta(days=1)), ("2 weeks ago", timedelta(weeks=2)), ("  3  days   ago ", timedelta(days=3)),
    ("2026-11-03", None), ("", None), ("soon", None),
])
def test_posting_age_reads_what_the_exports_print(text, age):
    assert posting_age(text) == age


@pytest.mark.parametrize("text, age", [
    ("3天前", timedelta(days=3)), ("2小时前", timedelta(hours=2)), ("刚刚", timedelta(0)), ("昨天", timedelta(days=1)),
    ("前天", timedelta(days=2)), ("今天", timedelta(0)), ("3 天前", timedelta(days=3)), ("47分钟前", timedelta(minutes=47)),
    ("1个小时前", timedelta(hours=1)), ("2周前", timedelta(weeks=2)), ("1个月前", timedelta(days=30)),
    ("两天前", timedelta(days=2)), ("十二小时前", timedelta(hours=12)), ("半小时前", timedelta(minutes=30)),
    ("5天以前", timedelta(days=5)), ("２天前", timedelta(days=2)),
    # traditional characters (a Taiwan or Hong Kong platform's export)
    ("2小時前", timedelta(hours=2)), ("10分鐘前", timedelta(minutes=10)), ("剛剛", timedelta(0)), ("3週前", timedelta(weeks=3)),
    ("2026年11月3日", None), ("天前", None), ("3天后", None), ("很久以前", None),
])
def test_posting_age_reads_chinese_exports(text, age):
    assert posting_age(text) == age


def test_a_chinese_posting_age_sets_the_arrival():
    inquiry = parse_record({"channel": "rfq", "subject": "LED灯板", "posted": "3天前",
                            "exported_at": "2026-11-20T10:00:00+00:00"}, source="询价单.csv:2")
    assert inquiry.received_at == datetime(2026, 11, 17, 10, 0, tzinfo=timezone.utc)
    assert not [d for d in inquiry.defects if "posted" in d]


def test_arrival_is_the_export_time_minus_the_posting_age():
    row = {"channel": "rfq", "title": "x", "extra": {"posted": "3 days ago"}, "exported_at": "2026-11-20T10:00:00Z"}
    assert rfq_posted_at(row) == (datetime(2026, 11, 17, 10, 0, tzinfo=timezone.utc), "")
    inquiry = parse_record({"channel": "rfq", "subject": "LED panels", "posted": "5 hours before",
                            "exported_at": "2026-11-20T10:00:00+00:00"}, source="rfq.csv:2")
    assert inquiry.received_at == datetime(2026, 11, 20, 5, 0, tzinfo=timezone.utc)
    # a date the platform printed: on the seller's clock
    dated = parse_record({"channel": "rfq", "subject": "x", "posted": "2026-11-03"}, source="s",
                         local_timezone="Asia/Shanghai")
    assert dated.received_at == datetime(2026, 11, 3, tzinfo=ZoneInfo("Asia/Shanghai"))
    # an explicit received_at wins over the age
    given = parse_record({"channel": "rfq", "subject": "x", "posted": "3 days ago", "exported_at": "2026-11-20T10:00Z",
                          "received_at": "2026-11-19T08:00:00+00:00"}, source="s")
    assert given.received_at == datetime(2026, 11, 19, 8, 0, tzinfo=timezone.utc)


def test_an_unreadable_posting_time_is_noted_not_fatal():
    odd = parse_record({"channel": "rfq", "subject": "x", "posted": "last spring"}, source="s")
    assert odd.received_at is None and "posted 'last spring'" in " ".join(odd.defects)
    no_export = parse_record({"channel": "rfq", "subject": "x", "posted": "3 days ago"}, source="s")
    assert no_export.received_at is None and "no exported_at" in " ".join(no_export.defects)
    with pytest.raises(RecordError):  # received_at itself must still be a time
        parse_record({"channel": "rfq", "subject": "x", "received_at": "last spring"}, source="s")


def test_csv_rows_count_back_from_the_files_mtime(tmp_path: Path, ctx):
    export = tmp_path / "rfq.csv"
    export.write_text(HEADER + 'repo,"Dry red chilies",,5000 Kilogram/Kilograms,,United Arab Emirates,'
                      "Yes,Yes,Yes,No,No,2 days ago,7\n"
                      'repo,"Hand gloves",,100 Piece/Pieces,,United Arab Emirates,No,Yes,Yes,No,No,6 hours before,0\n',
                      encoding="utf-8")
    exported = datetime(2026, 11, 19, 14, 0, tzinfo=timezone.utc)
    os.utime(export, (exported.timestamp(), exported.timestamp()))
    items = list(open_inputs([export], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")))
    results = [triage_item(item, ctx) for item in items]
    assert [r.inquiry.received_at for r in results] == [exported - timedelta(days=2), exported - timedelta(hours=6)]
    # the deadline counts from the arrival, not from when the file was read
    assert results[0].reply_due < NOW
    # a re-export (new mtime) of the same rows is the same content: the same ids and hashes
    os.utime(export, (exported.timestamp() + 3600, exported.timestamp() + 3600))
    again = list(open_inputs([export], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")))
    assert [i.raw for i in again] == [i.raw for i in items]


def test_an_exported_at_column_beats_the_mtime(tmp_path: Path, ctx):
    export = tmp_path / "rfq.csv"
    export.write_text("title,quantity,unit,description,country,posted,exported_at\n"
                      '"Steel pipes",20 Ton,,,Germany,1 days ago,2026-11-10T09:00:00+08:00\n', encoding="utf-8")
    (item,) = open_inputs([export], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults"))
    result = triage_item(item, ctx)
    assert result.inquiry.received_at == datetime(2026, 11, 9, 1, 0, tzinfo=timezone.utc)


def rfq(**fields: str):
    return parse_record({"channel": "rfq", "subject": "Solar panels", "quantity": "200 pieces", **fields}, source="s")


def test_quotes_left_zero_closes_the_rfq(ctx):
    assert quotes_left(rfq(quotes_left="0")) == 0 and is_closed(rfq(quotes_left="0"))
    assert quotes_left(rfq(quotes_left=" 7 ")) == 7 and not is_closed(rfq(quotes_left="7"))
    assert quotes_left(rfq()) is None and not is_closed(rfq())
    assert quotes_left(rfq(quotes_left="n/a")) is None
    email = parse_record({"channel": "email", "subject": "x", "quotes_left": "0"}, source="s")
    assert not is_closed(email)  # only an RFQ closes
    closed = triage({"channel": "rfq", "subject": "Solar panels", "quantity": "200 pieces", "quotes_left": 0}, ctx)
    assert CLOSED in {h.rule for h in closed.hits}
    hit = next(h for h in closed.hits if h.rule == CLOSED)
    assert hit.points == 0 and hit.kind == "info"
    still_open = triage({"channel": "rfq", "subject": "Solar panels", "quantity": "200 pieces", "quotes_left": 3}, ctx)
    assert CLOSED not in {h.rule for h in still_open.hits}


def test_buyer_flags_are_evidence_with_points_from_the_table(ctx):
    table = CONFIG.get("rfq.buyer_flags")
    inquiry = rfq(email_confirmed="Yes", experienced_buyer="no", complete_order_via_rfq="", typical_replies="YES")
    hits = {h.rule: h for h in flag_hits(inquiry, table)}
    assert hits["RFQ_EMAIL_CONFIRMED"].points == table["email_confirmed"]["yes"]
    assert hits["RFQ_TYPICAL_REPLIES"].points == table["typical_replies"]["yes"]
    assert "RFQ_NOT_EXPERIENCED_BUYER" not in hits  # its `no` gives 0 points: no hit
    assert not any("COMPLETE_ORDER" in name for name in hits)  # empty cell: nothing
    unconfirmed = {h.rule: h for h in flag_hits(rfq(email_confirmed="No"), table)}
    assert unconfirmed["RFQ_NOT_EMAIL_CONFIRMED"].points == table["email_confirmed"]["no"] < 0
    # the points are data: another table, other points, other flags (a JSONL record's own booleans)
    custom = {"verified_buyer": {"yes": 2.0, "no": -1.0}}
    record = parse_record({"channel": "rfq", "subject": "x", "verified_buyer": True}, source="s")
    assert [(h.rule, h.points) for h in flag_hits(record, custom)] == [("RFQ_VERIFIED_BUYER", 2.0)]
    # through triage: a confirmed, experienced buyer grades higher than the same RFQ without the flags
    plain = triage({"channel": "rfq", "subject": "Solar panels 450W", "quantity": "200 pieces"}, ctx)
    flagged = triage({"channel": "rfq", "subject": "Solar panels 450W", "quantity": "200 pieces",
                      "extra": {"email_confirmed": "Yes", "experienced_buyer": "Yes", "typical_replies": "Yes"}}, ctx)
    assert flagged.verdict.score == pytest.approx(plain.verdict.score + table["email_confirmed"]["yes"]
                                                  + table["experienced_buyer"]["yes"] + table["typical_replies"]["yes"])


def test_buyer_flags_only_count_on_rfqs(ctx):
    chat = triage({"channel": "im", "body": "need 200 solar panels", "email_confirmed": "yes"}, ctx)
    assert not any(h.rule.startswith("RFQ_") for h in chat.hits if h.rule != "RFQ_QUANTITY")


@pytest.mark.parametrize("text, not_fired", [
    ("Further requirements: ·Samples:required ·Target price:US$xx ·Delivery time:no later than dd/mm/yyyy",
     {"TARGET_PRICE", "DELIVERY_TIME"}),
    ("Quantity: xxx pcs. Target price: TBD. Lead time: TBD", {"QUANTITY", "TARGET_PRICE", "DELIVERY_TIME"}),
    ("Specifications: [product name]. Delivery time: before DD/MM/YYYY", {"MODEL_SPEC", "DELIVERY_TIME"}),
])
def test_placeholders_are_not_buying_signals(ctx, text, not_fired):
    result = triage({"channel": "rfq", "subject": "labubu", "body": text}, ctx)
    assert not_fired.isdisjoint({h.rule for h in result.hits})


def test_filled_in_values_still_are(ctx):
    result = triage({"channel": "rfq", "subject": "labubu", "body": "Target price: US$2.5/piece. Delivery time: no "
                     "later than 15/12/2026. Quantity: 500 pcs. Specifications: 17cm, vinyl"}, ctx)
    assert {"TARGET_PRICE", "DELIVERY_TIME", "QUANTITY", "MODEL_SPEC"} <= {h.rule for h in result.hits}


@pytest.mark.skipif(not (CORPUS / "rfq" / "rfq.csv").is_file(), reason="corpora not present")
def test_the_real_export(ctx):
    """The RFQ corpus: every row with an age gets an arrival before the export, the closed rows are
    those with quotes_left 0, none is suspicious, and no placeholder fires a signal."""
    path = CORPUS / "rfq" / "rfq.csv"
    exported = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    items = list(open_inputs([path], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")))
    inquiries = [parse_record(i.record, source=i.source, raw=i.raw, local_timezone="Asia/Shanghai") for i in items]
    rows = [json.loads(i.raw) for i in items]
    aged = [q for q, row in zip(inquiries, rows) if row.get("posted")]
    assert len(aged) > 3900 and all(q.received_at and q.received_at <= exported for q in aged)
    assert all(exported - q.received_at <= timedelta(days=15) for q in aged)
    closed = sum(is_closed(q) for q in inquiries)
    assert closed == sum(1 for row in rows if (row.get("quotes_left") or "").strip() == "0") > 400
    sample = [i for i, row in zip(items, rows) if "xx" in (row.get("title") or "") + (row.get("description") or "")]
    for item in sample:
        result = triage_item(item, ctx)
        assert not result.verdict.suspicious
        for hit in result.hits:
            assert "xx" not in hit.excerpt.lower() and "dd/mm" not in hit.excerpt.lower(), hit


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request, tmp_path):
    from inquiry_triage.store import open_store

    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'r.db'}"
    engine, made = open_store(url)
    try:
        yield made
    finally:
        engine.dispose()


def test_a_closed_rfq_is_stored_and_filed_with_no_reply_task(tmp_path: Path, ctx, sessions):
    from inquiry_triage.store.models import InquiryRow, TaskRow
    from inquiry_triage.store.queue import save_result

    export = tmp_path / "rfq.csv"
    export.write_text(HEADER + 'repo,"Hand gloves",,100 Piece/Pieces,,Germany,Yes,Yes,Yes,No,No,6 hours before,0\n'
                      'repo,"Nitrile gloves",,500 Piece/Pieces,,Germany,Yes,Yes,Yes,No,No,6 hours before,4\n',
                      encoding="utf-8")
    items = list(open_inputs([export], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")))
    with sessions.begin() as s:
        rows = [save_result(s, triage_item(item, ctx), NOW) for item in items]
        assert [r.filing for r in rows] == ["closed-rfq", "inquiry"]
    with sessions.begin() as s:
        tasks = s.query(TaskRow).join(InquiryRow, TaskRow.inquiry_id == InquiryRow.id).all()
        assert [t.inquiry_id for t in tasks] == [rows[1].id]            # only the open RFQ is a reply task
