"""File sources and record parsing: every input kind, and bad input that yields an error item."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.errors import RecordError, SourceError
from inquiry_triage.parsing.record import parse_record
from inquiry_triage.sources import open_inputs, sniff_kind

MSG = b"From: a@b.example\r\nSubject: hello %d\r\nMessage-ID: <m%d@b.example>\r\n\r\nbody %d\r\n"
CONFIG = load_config(None)
CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"


def test_single_eml_and_tree(tmp_path: Path):
    (tmp_path / "a.eml").write_bytes(MSG % (1, 1, 1))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "noext").write_bytes(MSG % (2, 2, 2))
    (tmp_path / ".hidden").write_bytes(b"ignored")
    items = list(open_inputs([tmp_path]))
    assert [Path(i.source).name for i in items] == ["a.eml", "noext"]
    assert all(i.kind == "email" and i.raw.startswith(b"From: a@b") for i in items)


def test_maildir_and_mbox(tmp_path: Path):
    md = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for n in range(3):
        md.add(MSG % (n, n, n))
    box = mailbox.mbox(str(tmp_path / "in.mbox"))
    for n in range(4):
        box.add(MSG % (n, n, n))
    box.flush()
    assert sniff_kind(tmp_path / "Maildir") == "maildir"
    assert len(list(open_inputs([tmp_path / "Maildir"]))) == 3
    mbox_items = list(open_inputs([tmp_path / "in.mbox"]))
    assert [i.source.rsplit("#", 1)[1] for i in mbox_items] == ["1", "2", "3", "4"]
    assert b"Subject: hello 3" in mbox_items[3].raw


def test_jsonl_bad_lines_become_error_items(tmp_path: Path):
    path = tmp_path / "calls.jsonl"
    path.write_text('{"channel": "phone", "body": "need 100 pcs"}\nnot json\n\n[1, 2]\n')
    items = list(open_inputs([path]))
    assert len(items) == 3
    assert items[0].record == {"channel": "phone", "body": "need 100 pcs"} and items[0].error is None
    assert "not valid JSON" in items[1].error and items[1].raw == b"not json\n"
    assert "JSON object" in items[2].error and items[2].source.endswith(":4")


def test_missing_path_is_a_source_error_before_reading(tmp_path: Path):
    with pytest.raises(SourceError, match="no such file"):
        list(open_inputs([tmp_path / "missing"]))


def test_csv_mapping_errors_name_the_columns(tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    (item,) = open_inputs([path], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults"))
    assert item.source == str(path) and "'title'" in item.error and "it has ['a', 'b']" in item.error


@pytest.mark.skipif(not (CORPORA / "rfq" / "rfq.csv").is_file(), reason="corpora not present")
def test_reads_the_real_rfq_export_as_it_is():
    items = list(open_inputs([CORPORA / "rfq" / "rfq.csv"], CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")))
    assert len(items) == 4179
    inquiries = [parse_record(i.record, source=i.source, raw=i.raw) for i in items]
    assert all(q.channel == "rfq" and q.body for q in inquiries)
    assert sum(1 for q in inquiries if q.quantity) > 3000
    assert sum(1 for q in inquiries if q.declared_country) > 3900  # country names mapped to ISO codes


def test_record_fields_and_ids():
    q = parse_record({"id": "call-7", "channel": "phone", "received_at": "2026-11-19T10:05:00+08:00", "name": "Ahmed",
                      "email": "Ahmed <AHMED@Gulf.example>", "country": "United Arab Emirates", "ip": "85.214.132.117",
                      "body": "40HQ tiles", "quantity": "1 x 40HQ"}, source="s")
    assert (q.message_id, q.channel, q.from_addr, q.declared_country, q.date_offset_minutes) == \
        ("phone:s:call-7", "phone", "ahmed@gulf.example", "AE", None)  # (channel, system, id); the
    # record's +08:00 is the logger's clock, not the buyer's Date offset (parsing/record.py)
    assert q.origin_ip == "85.214.132.117" and q.origin_ip_header == "record"
    same = parse_record({"body": "hello"}, source="a")
    assert same.message_id == parse_record({"body": "hello"}, source="b").message_id  # content hash
    assert same.channel == "message"


@pytest.mark.parametrize("record, message", [
    ({"channel": "phone"}, "body or a subject"),
    ({"body": "x", "channel": "pigeon"}, "unknown channel"),
    ({"body": "x", "received_at": "yesterday"}, "not an ISO 8601"),
    ({"body": ["x"]}, "should be text"),
])
def test_bad_records(record, message):
    with pytest.raises(RecordError, match=message):
        parse_record(record, source="s")


def test_channel_aliases():
    assert parse_record({"body": "x", "channel": "WhatsApp"}, source="s").channel == "im"
    assert parse_record({"body": "x", "channel": "web-form"}, source="s").channel == "message"
