"""An email without an address to answer (a newcomer's finding): a malformed .eml with `From: broken` (or
no From at all) and no Reply-To became an ordinary reply task whose draft said "Dear broken", and nothing
said there was no address to reply to. Now the verdict says so (NO_REPLY_ADDRESS, a modest risk), the
triage table and `queue show` say so, and the draft greets generically. Phone and chat records have no
email by nature and are not flagged."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from inquiry_triage.drafts import buyer_name
from inquiry_triage.model import Inquiry
from tests.cli_kit import empty_store, run_cli
from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, chat_fields={"received_at": "2026-11-30T10:00:00+08:00"})
BODY = "Hello,\n\nWe need 500 pcs of your 60x60 LED panel, FOB Shenzhen, delivery to Hamburg.\n\nRegards\n"
HEAD = "To: sales@example-factory.cn\nSubject: LED panels\nDate: Mon, 30 Nov 2026 10:00:00 +0800\nMessage-ID: <nr-1@x>\n"


def _mail(headers: str) -> dict:
    return KIT.raw(f"{headers}{HEAD}\n{BODY}".encode())


def _reason(result: dict, rule: str) -> dict:
    return next(r for r in result["reasons"] if r["rule"] == rule)


@pytest.mark.parametrize("from_line", ["From: broken\n", "From: Anna Keller\n", "From: Blast <>\n", "From:\n", ""])
def test_an_email_with_no_address_anywhere_says_so(from_line):
    result = _mail(from_line)
    reason = _reason(result, "NO_REPLY_ADDRESS")
    assert reason["kind"] == "scam" and 0 < reason["points"] <= 1.5, reason  # modest: a risk, not a verdict
    assert "no address to reply to" in reason["detail"], reason
    written = from_line.partition(":")[2].strip()
    assert (repr(written) in reason["detail"]) == bool(written), reason  # what the From said, when it said anything


@pytest.mark.parametrize("headers", [
    "From: broken\nReply-To: anna.keller@example-buyer.de\n",  # the Reply-To is the address to answer
    "From: Anna Keller <anna.keller@example-buyer.de>\n",
])
def test_an_address_to_answer_is_not_flagged(headers):
    assert "NO_REPLY_ADDRESS" not in rules_of(_mail(headers))


@pytest.mark.parametrize("channel", ["phone", "im", "fax"])
def test_calls_and_chats_without_email_are_not_flagged(channel):
    result = KIT.chat("We need 500 pcs of LED panels, FOB Shenzhen", channel=channel, name="Anna Keller",
                      phone="+49 40 1234567")
    assert "NO_REPLY_ADDRESS" not in rules_of(result), result["reasons"]


def test_an_email_record_without_an_address_is_flagged():
    result = KIT.chat("We need 500 pcs of LED panels, FOB Shenzhen", channel="email", name="Anna Keller")
    assert "NO_REPLY_ADDRESS" in rules_of(result), result["reasons"]


def test_the_draft_does_not_greet_what_a_from_without_address_holds():
    assert buyer_name(Inquiry(source="", message_id="", channel="email", from_name="broken")) == ""
    assert buyer_name(Inquiry(source="", message_id="", channel="email", from_name="Anna Keller")) == ""
    # ... while a From with an address, or a call's name, is greeted as before
    assert buyer_name(Inquiry(source="", message_id="", channel="email", from_name="Anna Keller",
                              from_addr="anna.keller@example-buyer.de")) == "Anna Keller"
    assert buyer_name(Inquiry(source="", message_id="", channel="phone", from_name="Anna Keller")) == "Anna Keller"


def test_the_table_and_queue_show_say_there_is_no_address(tmp_path, monkeypatch, capsys):
    url = empty_store(tmp_path, monkeypatch)
    mail = tmp_path / "broken.eml"
    mail.write_bytes(f"From: broken\n{HEAD}\n{BODY}".encode())
    code, out, err = run_cli(capsys, "triage", "--db", url, "--offline", "--no-progress", str(mail))
    assert code == 0, err
    row = next(line for line in out.splitlines() if "broken |" in line)
    assert " no address " in row and "unknown" not in row, out
    code, out, err = run_cli(capsys, "queue", "show", "1", "--db", url)
    assert code == 0, err
    assert re.search(r"^From: +broken  \(no address to reply to\)$", out, re.M), out
    assert re.search(r"NO_REPLY_ADDRESS +risk \(scam\): no address to reply to", out), out  # risk points, not grade
    draft = out.partition("Reply draft:")[2]
    assert "Dear Sir or Madam," in draft and "broken" not in draft, draft
    code, out, err = run_cli(capsys, "queue", "show", "1", "--db", url, "--lang", "zh")
    assert code == 0 and "（没有可回复的邮箱地址）" in out and "没有可回复的地址" in out, out
