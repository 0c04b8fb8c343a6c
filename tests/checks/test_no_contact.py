"""A call, chat or fax record with no way to reach the buyer (newcomer 20: a phone record with no number and no
name was graded A, the hottest lead, with a two-hour deadline nobody could meet). NO_CONTACT takes 2 grade
points and says why; it is no risk (a logging gap, not a scam). A number or address written in the note counts
as contact; a web message and an RFQ row are answered on the platform and are never flagged."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, chat_fields={"received_at": "2026-11-30T10:00:00+08:00"})
NOTE = "Caller asked for the price of 500 pcs LED panel 600x600, delivery by 2026-12-20"


def _reason(result: dict, rule: str) -> dict | None:
    return next((r for r in result["reasons"] if r["rule"] == rule), None)


@pytest.mark.parametrize("channel", ["phone", "im", "fax"])
def test_a_record_with_no_contact_at_all_says_so_and_is_not_the_top_grade(channel):
    result = KIT.chat(NOTE, channel=channel)
    reason = _reason(result, "NO_CONTACT")
    assert reason is not None, result["reasons"]
    assert reason["kind"] == "grade" and reason["points"] < 0, reason  # a worse lead, not a suspicious one
    assert "no way to reach the buyer" in reason["detail"] and channel in reason["detail"], reason
    assert not result["suspicious"]
    with_number = KIT.chat(NOTE, channel=channel, phone="+971 50 123 4567")
    assert _reason(with_number, "NO_CONTACT") is None
    assert result["score"] == pytest.approx(with_number["score"] + reason["points"])


def test_a_phone_call_without_contact_is_no_longer_graded_a():
    assert KIT.chat(NOTE, channel="phone", phone="+971 50 123 4567")["grade"] == "A"
    assert KIT.chat(NOTE, channel="phone")["grade"] != "A"


@pytest.mark.parametrize("fields", [
    {"phone": "+49 151 2345 6789"},
    {"email": "anna.keller@example.de"},
    {"name": "Anna Keller"},
    {"company": "Keller Licht GmbH"},
    {"from": "+49 151 2345 6789"},  # a chat export's sender
])
def test_any_contact_field_is_enough(fields):
    assert "NO_CONTACT" not in rules_of(KIT.chat(NOTE, channel="phone", **fields))


@pytest.mark.parametrize(("note", "country", "reached"), [
    (NOTE + ". Call back on +49 151 2345 6789", "", True),  # international: valid anywhere
    (NOTE + ". Mail: anna.keller@example.de", "", True),
    (NOTE + ". Call back on 0151 23456789", "DE", True),  # national, in the declared country
    (NOTE + ". Call back on 0151 23456789", "", False),  # national without a country: no number to dial
    ("Wants 5000 10000 pcs, samples by 2026-12-04", "", False),  # quantities and a date are no number
])
def test_a_number_or_address_in_the_note_counts(note, country, reached):
    fields = {"country": country} if country else {}
    assert ("NO_CONTACT" not in rules_of(KIT.chat(note, channel="phone", **fields))) == reached


@pytest.mark.parametrize("channel", ["message", "rfq"])
def test_platform_channels_are_answered_where_they_were_left(channel):
    assert "NO_CONTACT" not in rules_of(KIT.chat(NOTE, channel=channel))
