"""checks/filing.py: mail that is not an inquiry is filed from its conventional headers, never
from the body; a filing is not a verdict (a list mail with fraud is still suspicious)."""

from __future__ import annotations

import pytest

from inquiry_triage.checks.filing import FILINGS, filing_of
from inquiry_triage.config import load_config
from inquiry_triage.parsing import parse_email
from inquiry_triage.parsing.record import parse_record
from inquiry_triage.pipeline import build_context, triage

BUYER_BODY = "Please quote 500 stainless steel valves DN50 FOB Shanghai, delivery in March.\r\n"
OWN = ("seller.example",)


def mail(*headers: str, sender: str = "Anna Buyer <anna@buyer-gmbh.example>", subject: str = "RFQ: valves",
         body: str = BUYER_BODY, content_type: str = "text/plain; charset=utf-8") -> bytes:
    head = [f"From: {sender}", "To: sales@seller.example", f"Subject: {subject}",
            "Message-ID: <m1@buyer-gmbh.example>", "Date: Mon, 02 Mar 2026 08:00:00 +0100", *headers,
            f"Content-Type: {content_type}"]
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode()


def filed(raw: bytes, own: tuple[str, ...] = OWN) -> str:
    return filing_of(parse_email(raw, source="test"), own)


@pytest.mark.parametrize("headers, sender, subject, expected", [
    ((), None, None, "inquiry"),
    (("List-Id: Linux man pages <linux-man.vger.kernel.org>",), None, None, "list"),
    (("List-Post: <mailto:users@lists.example.org>",), None, None, "list"),
    (("List-Post: NO", "List-Unsubscribe: <https://news.example/u?x=1>"), None, None, "newsletter"),
    (("Precedence: list",), None, None, "list"),
    (("List-Unsubscribe: <mailto:unsub@news.example>, <https://news.example/u>",), None, None, "newsletter"),
    (("Precedence: bulk",), None, None, "newsletter"),
    (("Precedence: junk",), None, None, "newsletter"),
    (("Precedence: normal",), None, None, "inquiry"),
    (("Auto-Submitted: auto-replied",), None, "Automatic reply: RFQ", "auto-reply"),
    (("Auto-Submitted: auto-generated",), None, None, "auto-reply"),
    (("Auto-Submitted: no",), None, None, "inquiry"),
    (("X-Autoreply: yes",), None, None, "auto-reply"),
    (("X-Autorespond: Out of office",), None, None, "auto-reply"),
    (("X-Auto-Response-Suppress: All",), None, "Out of Office: back on Monday", "auto-reply"),
    # Purchasing systems set X-Auto-Response-Suppress on ordinary mail: alone it files nothing.
    (("X-Auto-Response-Suppress: DR, OOF, AutoReply",), None, "RFQ 4471: valves", "inquiry"),
    (("Return-Path: <>",), "Mail Delivery System <MAILER-DAEMON@mx.buyer-gmbh.example>",
     "Undelivered Mail Returned to Sender", "bounce"),
    ((), "postmaster@buyer-gmbh.example", "Delivery Status Notification (Failure)", "bounce"),
    (("Return-Path: <>",), None, "Undeliverable: RFQ: valves", "bounce"),
    # A null reverse path alone is what spam forges: not enough.
    (("Return-Path: <>",), None, None, "inquiry"),
    ((), "Shop <no-reply@shop.example>", None, "no-reply"),
    ((), "noreply@accounts.example", None, "no-reply"),
    ((), "Do Not Reply <do_not_reply@bank.example>", None, "no-reply"),
    ((), "DoNotReply@portal.example", None, "no-reply"),
    ((), "Sales <sales@seller.example>", None, "own"),
    ((), "Li Wei <li.wei@eu.seller.example>", None, "own"),
    # Our web form's notification: From us, the buyer in Reply-To: an inquiry.
    (("Reply-To: anna@buyer-gmbh.example",), "Website <wordpress@seller.example>", None, "inquiry"),
    # A list's bounce is a bounce; a newsletter from a no-reply address is a newsletter.
    (("List-Id: <x.lists.example>",), "MAILER-DAEMON@lists.example", "failure notice", "bounce"),
    (("List-Unsubscribe: <https://n.example/u>",), "noreply@n.example", None, "newsletter"),
])
def test_each_header_case_is_filed(headers, sender, subject, expected):
    raw = mail(*headers, **({"sender": sender} if sender else {}), **({"subject": subject} if subject else {}))
    assert filed(raw) == expected


def test_delivery_reports_are_bounces():
    body = ("--b1\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.\r\n"
            "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
            "Final-Recipient: rfc822; x@y.example\r\nAction: failed\r\nStatus: 5.1.1\r\n--b1--\r\n")
    raw = mail(sender="Someone <someone@relay.example>", subject="Your message", body=body,
               content_type='multipart/report; report-type=delivery-status; boundary="b1"')
    assert filed(raw) == "bounce"
    receipt = mail(sender="anna@buyer-gmbh.example", subject="Read: RFQ", body="--b2\r\n\r\nread\r\n--b2--\r\n",
                   content_type='multipart/report; report-type=disposition-notification; boundary="b2"')
    assert filed(receipt) == "auto-reply"


def test_a_genuine_inquiry_quoting_a_list_footer_is_an_inquiry():
    body = (BUYER_BODY + "\r\n> -----\r\n> To unsubscribe from this list: send the line \"unsubscribe linux-man\"\r\n"
            "> List-Unsubscribe: <mailto:unsub@lists.example>\r\n> Precedence: bulk\r\n"
            "> You received this because you are subscribed to the Google Group\r\n"
            "> Auto-Submitted: auto-replied\r\n")
    assert filed(mail(subject="Re: [linux-man] valves", body=body)) == "inquiry"


def test_own_domains_come_from_the_argument_only():
    raw = mail(sender="sales@seller.example")
    assert filed(raw, own=()) == "inquiry"
    assert filed(raw, own=("@Seller.Example.",)) == "own"  # written loosely in the config
    assert filed(mail(sender="x@notseller.example")) == "inquiry"  # a suffix is not a subdomain


def test_records_are_always_inquiries():
    record = parse_record({"channel": "message", "name": "no-reply", "email": "noreply@x.example",
                           "body": "Precedence: bulk. Please quote 300 chairs.", "id": "w1"}, source="log:1")
    assert record.from_addr == "noreply@x.example"  # a no-reply address typed into a form
    assert filing_of(record, OWN) == "inquiry"


def test_every_filing_is_a_short_storable_word():
    assert len(set(FILINGS)) == len(FILINGS) and all(len(f) <= 16 for f in FILINGS)


CTX = build_context(load_config(None), offline=True)
FRAUD = ("I am a bank manager. An unclaimed fund of 12 million dollars awaits transfer to your account. "
         "Reply in confidence with your bank details and your phone number.\r\n")


def test_filing_is_not_a_verdict_fraud_through_a_list_is_still_suspicious():
    plain = triage(mail(body=FRAUD, subject="Confidential proposal"), CTX)
    listed = triage(mail("List-Id: <users.lists.example.org>", "List-Post: <mailto:users@lists.example.org>",
                         "Precedence: list", body=FRAUD, subject="Confidential proposal"), CTX)
    assert (plain.filing, listed.filing) == ("inquiry", "list")
    assert plain.verdict.suspicious and listed.verdict.suspicious
    assert (listed.verdict.grade, listed.verdict.score, listed.verdict.risk) == (
        plain.verdict.grade, plain.verdict.score, plain.verdict.risk)
    assert listed.to_json()["filing"] == "list" and plain.to_json()["filing"] == "inquiry"
