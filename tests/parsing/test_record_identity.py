"""A record's identity is (channel, source system, id), and a naive record time is on the seller's clock
(issue 9), on SQLite and PostgreSQL where the store is involved."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.parsing.record import parse_record, source_system  # noqa: E402
from inquiry_triage.pipeline import build_context, triage_item  # noqa: E402
from inquiry_triage.sources import open_inputs  # noqa: E402
from inquiry_triage.store.models import InquiryRow  # noqa: E402
from inquiry_triage.store.queue import save_result  # noqa: E402
from tests.servers.postgres import db_url, pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)
from tests.servers.postgres import store_on_both  # noqa: E402,F401  (both databases: (url, sessions))

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def ctx():
    return build_context(load_config(None), offline=True, now=NOW)


@pytest.fixture
def sessions(store_on_both):  # type: ignore[no-untyped-def]
    """The store's sessionmaker on SQLite and on PostgreSQL (tests.servers.postgres.store_on_both)."""
    return store_on_both[1]


def test_the_message_id_names_channel_system_and_id():
    call = parse_record({"id": "7", "channel": "phone", "body": "need 100 pcs"}, source="/logs/calls.jsonl:3")
    assert call.message_id == "phone:calls.jsonl:7"
    chat = parse_record({"id": "7", "channel": "whatsapp", "body": "need 100 pcs"}, source="/logs/calls.jsonl:3")
    assert chat.message_id == "im:calls.jsonl:7"                        # another channel: another item
    other_log = parse_record({"id": "7", "channel": "phone", "body": "need 100 pcs"}, source="/x/crm.jsonl:9")
    assert other_log.message_id == "phone:crm.jsonl:7"                  # another log: another item
    named = parse_record({"id": "7", "channel": "phone", "system": "3CX", "body": "x"}, source="/x/a.jsonl:1")
    assert named.message_id == "phone:3CX:7"                            # the record's own system field wins
    assert source_system({"source": "wechat-work"}, "/x/a.jsonl:1") == "wechat-work"
    assert source_system({"source": {"not": "text"}}, "/x/a.jsonl:1") == "a.jsonl"
    assert source_system({}, "<input>") == "<input>"
    # no id: the content's hash, wherever it came from (re-reading a log adds nothing)
    assert parse_record({"body": "hi"}, source="a.jsonl:1").message_id == parse_record({"body": "hi"}, source="b:2").message_id


def test_the_same_id_in_two_logs_and_two_channels_is_three_items_none_a_duplicate(tmp_path, ctx, sessions):
    (tmp_path / "calls.jsonl").write_text(
        json.dumps({"id": "1001", "channel": "phone", "name": "Olga", "body": "Нужно 500 штук, цена FOB?"}) + "\n"
        + json.dumps({"id": "1001", "channel": "im", "name": "Olga", "body": "Прайс-лист пришлите, пожалуйста"}) + "\n")
    (tmp_path / "crm.jsonl").write_text(
        json.dumps({"id": "1001", "channel": "phone", "name": "Mehmet", "body": "200 adet, CIF Mersin"}) + "\n")
    items = list(open_inputs([tmp_path / "calls.jsonl", tmp_path / "crm.jsonl"]))
    with sessions.begin() as s:
        stored = [save_result(s, triage_item(item, ctx), NOW) for item in items]
    assert all(row is not None for row in stored)
    with sessions.begin() as s:
        rows = s.scalars(select(InquiryRow).order_by(InquiryRow.id)).all()
        assert [r.message_id for r in rows] == ["phone:calls.jsonl:1001", "im:calls.jsonl:1001", "phone:crm.jsonl:1001"]
        assert all(r.duplicate_of is None for r in rows)
    # re-reading both logs adds nothing
    with sessions.begin() as s:
        assert [save_result(s, triage_item(item, ctx), NOW) for item in items] == [None, None, None]
    # the same log, the same id, other content: kept, flagged as a possible duplicate (issue 8)
    (tmp_path / "calls.jsonl").write_text(
        json.dumps({"id": "1001", "channel": "phone", "name": "Olga", "body": "Отмена заказа"}) + "\n")
    (changed,) = open_inputs([tmp_path / "calls.jsonl"])
    with sessions.begin() as s:
        row = save_result(s, triage_item(changed, ctx), NOW)
        assert row is not None and row.duplicate_of is not None


def test_a_naive_time_is_on_the_sellers_clock(ctx):
    record = {"id": "c1", "channel": "phone", "received_at": "2026-11-19 10:05", "body": "need 100 pcs"}
    shanghai = parse_record(record, source="calls.jsonl:1", local_timezone="Asia/Shanghai")
    assert shanghai.received_at == datetime(2026, 11, 19, 2, 5, tzinfo=timezone.utc)
    assert shanghai.date_offset_minutes is None                       # the writer gave no offset
    assert parse_record(record, source="s", local_timezone="Europe/Berlin").received_at == \
        datetime(2026, 11, 19, 10, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    assert parse_record(record, source="s").received_at == datetime(2026, 11, 19, 10, 5, tzinfo=timezone.utc)
    given = parse_record({**record, "received_at": "2026-11-19T10:05:00+03:00"}, source="s", local_timezone="Asia/Shanghai")
    # The offset fixes the instant; it is the logger's clock, not the buyer's Date offset.
    assert given.received_at == datetime(2026, 11, 19, 7, 5, tzinfo=timezone.utc) and given.date_offset_minutes is None


def test_a_logged_call_takes_the_buyers_clock_from_the_phone_not_from_the_loggers_offset(tmp_path, ctx):
    # A call noted in Shanghai (+08:00) from a Dubai number: the buyer is on Dubai's clock and no
    # Date-offset evidence is drawn from the seller's own clock.
    call = {"id": "c2", "channel": "phone", "received_at": "2026-11-19T10:05:00+08:00", "phone": "+971 4 555 0199",
            "country": "United Arab Emirates", "body": "Wants a quotation for 1 x 40HQ of floor tiles, CIF Jebel Ali"}
    (tmp_path / "calls.jsonl").write_text(json.dumps(call) + "\n")
    (item,) = open_inputs([tmp_path / "calls.jsonl"])
    line = triage_item(item, ctx).to_json()
    assert line["buyer_timezone"] == "Asia/Dubai" and line["date_offset"] is None
    assert not [r for r in line["reasons"] if "OFFSET" in r["rule"]]


def test_triage_reads_naive_times_in_the_business_timezone(tmp_path, ctx):
    """Through the pipeline: [business] timezone (Asia/Shanghai by default) is the clock."""
    log = tmp_path / "calls.jsonl"
    log.write_text(json.dumps({"id": "c1", "channel": "phone", "received_at": "2026-11-19T10:05:00",
                               "body": "need 100 pcs"}) + "\n")
    (item,) = open_inputs([log])
    result = triage_item(item, ctx)
    assert result.inquiry.received_at == datetime(2026, 11, 19, 10, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    user = tmp_path / "berlin.toml"
    user.write_text('[business]\ntimezone = "Europe/Berlin"\ncountry = "DE"\n')
    berlin = build_context(load_config(user), offline=True, now=NOW)
    assert triage_item(item, berlin).inquiry.received_at == datetime(2026, 11, 19, 9, 5, tzinfo=timezone.utc)


def test_a_record_from_a_platform_is_an_rfq_as_on_the_command_line():
    # `queue --channel platform` and the web filter take platform = rfq: a log may say it too.
    for word in ("platform", "Platform", "rfq", "quotation"):
        assert parse_record({"id": "9", "channel": word, "body": "RFQ: 500 pcs"}, source="/x/rfq.jsonl:1").channel == "rfq"
