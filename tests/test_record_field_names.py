"""JSONL records from other logs' exports: a chat's "text", a call log's "timestamp" and "caller", a form
tool's "message" and "sender" are read as our body, time, phone, address and name (parsing/record.py
FIELD_ALIASES); our own names always win, and the names so read are not kept again as extra fields."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inquiry_triage.errors import RecordError
from inquiry_triage.parsing.record import parse_record


def test_a_chat_export_with_text_timestamp_and_from() -> None:
    inquiry = parse_record({"channel": "whatsapp", "from": "+49 151 2345 6789", "timestamp": "2026-12-02T08:55:00+01:00",
                            "text": "Hallo, was kostet der Versand nach Hamburg?"}, source="chats.jsonl")
    assert inquiry.body == "Hallo, was kostet der Versand nach Hamburg?"
    assert inquiry.phone == "+49 151 2345 6789"
    assert inquiry.received_at == datetime(2026, 12, 2, 7, 55, tzinfo=timezone.utc)
    assert inquiry.received_from == "record"
    assert "text" not in inquiry.extra and "timestamp" not in inquiry.extra and "from" not in inquiry.extra


@pytest.mark.parametrize(("sender", "field", "value"), [
    ("anna.keller@example.de", "from_addr", "anna.keller@example.de"),
    ("Anna Keller", "from_name", "Anna Keller"),
    ("(0049) 151-2345678", "phone", "(0049) 151-2345678"),
])
def test_a_sender_field_goes_where_its_shape_says(sender: str, field: str, value: str) -> None:
    inquiry = parse_record({"sender": sender, "message": "price for 500 pcs?"}, source="form.jsonl")
    assert getattr(inquiry, field) == value


def test_our_own_names_win_over_the_others() -> None:
    inquiry = parse_record({"body": "ours", "text": "theirs", "subject": "RFQ", "title": "other",
                            "email": "buyer@acme.example", "from": "someone@else.example"}, source="x.jsonl")
    assert (inquiry.body, inquiry.subject, inquiry.from_addr) == ("ours", "RFQ", "buyer@acme.example")
    assert inquiry.extra.get("text") == "theirs", "a field not read as ours stays an extra field"


def test_a_record_with_none_of_the_names_still_fails_with_the_reason() -> None:
    with pytest.raises(RecordError, match="needs at least a body or a subject"):
        parse_record({"channel": "im", "sender": "+49 151 2345 6789"}, source="x.jsonl")


def test_the_same_record_keeps_its_identity() -> None:
    """The content hash is the record as written (an alias does not change a stored record's id)."""
    record = {"text": "Need 300 chairs", "timestamp": "2026-12-02T08:00:00Z"}
    assert parse_record(dict(record), source="a.jsonl").message_id == parse_record(dict(record), source="b.jsonl").message_id
