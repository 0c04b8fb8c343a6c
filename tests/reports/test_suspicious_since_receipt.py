"""`report suspicious --since 24h` lists what was received in the last 24 hours (newcomer 15, finding 8):
it filtered on the triage time, so mail received weeks ago and triaged today was listed, beside a
"received" column saying weeks ago. The period is now the time of receipt every consumer reads
(received_at, else triaged_at: 16cc797), on both databases; --help says so."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.cli import build_parser
from inquiry_triage.reports.suspicious import count_listing, count_suspicious, suspicious_rows
from inquiry_triage.store.models import InquiryRow
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401

NOW = datetime.now(timezone.utc).replace(microsecond=0)
ROWS = {  # subject: (received_at, triaged_at)
    "received weeks ago, triaged today": (NOW - timedelta(days=21), NOW - timedelta(hours=1)),
    "received and triaged today": (NOW - timedelta(hours=3), NOW - timedelta(hours=2)),
    "no receipt, triaged today": (None, NOW - timedelta(hours=5)),
    "received and triaged last week": (NOW - timedelta(days=7), NOW - timedelta(days=7)),
    "received today, triaged a day before (a clock ahead)": (NOW - timedelta(hours=4), NOW - timedelta(hours=28)),
}


@pytest.fixture
def flagged(store):
    url, sessions = store
    with sessions.begin() as s:
        for n, (subject, (received, triaged)) in enumerate(ROWS.items()):
            s.add(InquiryRow(message_id=f"<since-{n}@example>", source="test", channel="email", status="triaged",
                             grade="D", suspicious=True, risk=5.0 + n, result={"suspicion": ["scam"], "reasons": []},
                             triaged_at=triaged, received_at=received, buyer_key=f"b{n}@scam.example",
                             from_addr=f"b{n}@scam.example", from_name="", subject=subject))
    return sessions


def test_since_counts_and_lists_by_the_time_of_receipt(flagged):
    since = NOW - timedelta(hours=24)
    wanted = {"received and triaged today", "no receipt, triaged today",
              "received today, triaged a day before (a clock ahead)"}
    with flagged() as s:
        assert {r.subject for r in suspicious_rows(s, since, state="all")} == wanted
        assert {r.subject for r in suspicious_rows(s, since, state="waiting")} == wanted
        assert count_listing(s, since, "waiting").total == 3 and count_suspicious(s, since, "all") == 3
        assert count_listing(s, None, "waiting").total == len(ROWS)  # no period: everything, as before


def test_help_says_the_period_is_by_receipt():
    report = build_parser()._subparsers._group_actions[0].choices["report"]
    since = next(a for a in report._actions if "--since" in a.option_strings)
    assert "received" in since.help
