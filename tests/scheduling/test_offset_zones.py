"""A Date offset that is not a whole hour (Iran +0330, India +0530, Nepal +0545, Newfoundland
-0330...) gives the buyer a zone as a whole-hour one gives Etc/GMT-n: the zone in force at that
offset on the message's date (data/offset_zones.toml). Headers written for these tests."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.lookups.offset_zones import offset_zones, zone_for_offset
from inquiry_triage.model import Inquiry
from inquiry_triage.parsing import parse_email
from inquiry_triage.pipeline import buyer_timezone

NOV = datetime(2026, 11, 24, 8, tzinfo=ZoneInfo("UTC"))
JUL = datetime(2026, 7, 14, 8, tzinfo=ZoneInfo("UTC"))
NO_COUNTRY = SimpleNamespace(ip_country="")


def gmail_mail(date: str) -> bytes:
    return ("Received: from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47]) by mx2.example-valves.cn "
            "(Postfix) with ESMTPS id 1A2; Tue, 24 Nov 2026 16:01:02 +0800\r\n"
            f"Date: {date}\r\nFrom: Buyer <buyer.example@gmail.com>\r\nSubject: RFQ ball valves DN50\r\n\r\n"
            "Please quote 200 pcs.").encode()


@pytest.mark.parametrize(("date", "zone"), [
    ("Tue, 24 Nov 2026 11:31:00 +0330", "Asia/Tehran"),
    ("Tue, 24 Nov 2026 13:31:00 +0530", "Asia/Kolkata"),
    ("Tue, 24 Nov 2026 13:46:00 +0545", "Asia/Kathmandu"),
    ("Tue, 24 Nov 2026 04:31:00 -0330", "America/St_Johns"),
    ("Tue, 24 Nov 2026 12:31:00 +0430", "Asia/Kabul"),
])
def test_provider_mail_with_a_half_or_quarter_hour_offset_gets_that_zone(date, zone):
    inquiry = parse_email(gmail_mail(date), source="t")
    assert inquiry.origin_kind == "provider"  # Gmail: no country from the network
    assert buyer_timezone(inquiry, NO_COUNTRY) == zone


def test_the_date_tells_apart_zones_sharing_an_offset_in_one_season():
    # Adelaide is +1030 in the southern summer, +0930 in winter; Darwin is +0930 all year.
    assert zone_for_offset(570, NOV) == "Australia/Darwin"
    assert zone_for_offset(570, JUL) == "Australia/Adelaide"
    assert zone_for_offset(630, NOV) == "Australia/Adelaide"
    # St John's: -0330 in winter, -0230 in summer; the wrong season's offset is nobody's.
    assert zone_for_offset(-150, JUL) == "America/St_Johns"
    assert zone_for_offset(-210, JUL) == ""
    assert zone_for_offset(150, NOV) == ""  # +0230 is in force nowhere


def test_whole_hour_offsets_and_country_evidence_are_unchanged():
    plus_one = Inquiry(source="t", message_id="a", date=NOV, date_offset_minutes=60)
    assert buyer_timezone(plus_one, NO_COUNTRY) == "Etc/GMT-1"
    # A country known from the network still decides first.
    india = Inquiry(source="t", message_id="b", date=NOV, date_offset_minutes=330)
    assert buyer_timezone(india, SimpleNamespace(ip_country="LK")) == "Asia/Colombo"
    # A +0000 offset with no country stays unknown.
    assert buyer_timezone(Inquiry(source="t", message_id="c", date=NOV, date_offset_minutes=0), NO_COUNTRY) == ""


def test_every_listed_zone_is_at_its_offset_at_some_time_of_year():
    for minutes, names in offset_zones().items():
        assert minutes % 60, minutes  # whole hours have Etc/GMT zones
        for name in names:
            seen = {int(datetime(2026, month, 15, tzinfo=ZoneInfo(name)).utcoffset().total_seconds() // 60)
                    for month in range(1, 13)}
            assert minutes in seen, (minutes, name, seen)
