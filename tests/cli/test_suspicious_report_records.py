"""`report suspicious` for a chat or RFQ record (a newcomer's finding): the subject line was blank (it
is now the buyer's first words, as `queue show` titles it: views.title_of), the country column was
blank though the record states its country (NG, matched by COUNTRY_RISK), and one row was headed
"1 suspicious inquiries"."""

from __future__ import annotations

from datetime import datetime, timezone
from types import SimpleNamespace

from sqlalchemy import select

from inquiry_triage.cli import main
from inquiry_triage.reports.suspicious import render_suspicious
from inquiry_triage.store.models import InquiryRow
from tests.web.web_store import sessions, store_url  # noqa: F401 (fixtures)

BODY = "\n  Hello sir, we want 40 tons of your cable for Lagos, send proforma today\nthanks"
REASON = {"rule": "COUNTRY_RISK", "points": 1.5, "kind": "scam", "detail": "NG"}


def chat_row(**more):  # type: ignore[no-untyped-def]
    return SimpleNamespace(id=7, message_id="<c@x>", triaged_at=datetime(2026, 11, 30, 2, tzinfo=timezone.utc),
                           result={"suspicion": ["scam"], "reasons": [REASON], "ip_country": None}, risk=5.5,
                           grade="D", channel="im", from_addr="", subject="", source="chat.jsonl:3", **more)


def test_one_chat_row_names_its_country_and_first_words_and_is_one_inquiry():
    table = render_suspicious([chat_row(country="NG", opening=BODY)], "table")
    lines = table.splitlines()
    assert lines[0] == "1 suspicious inquiry, highest risk first", lines[0]
    assert lines[1].rstrip().endswith("im  -  NG"), lines[1]
    assert lines[3].strip().startswith("Hello sir, we want 40 tons of your"), table


def test_the_store_listing_reads_the_records_country_and_opening(store_url, sessions, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    with sessions.begin() as s:
        inquiry = s.scalars(select(InquiryRow).where(InquiryRow.suspicious.is_(True)).order_by(InquiryRow.risk.desc())
                            .limit(1)).one()
        inquiry.subject, inquiry.body, inquiry.country, inquiry.channel = "", BODY, "NG", "im"
        inquiry.result = {**inquiry.result, "ip_country": None}
        inquiry_id = inquiry.id
    assert main(["report", "suspicious", "--db", store_url, "--user", "lena", "--all"]) == 0
    out = capsys.readouterr().out
    block = out[out.index(f"#{inquiry_id} "):].splitlines()
    assert block[0].rstrip().endswith("  NG"), block[0]
    assert block[2].strip().startswith("Hello sir, we want 40 tons"), block
