"""A web form's notification is written by the site's mailer when the visitor sends the form: its Date
offset and hour are the mailer's server clock, not the visitor's. Our own server in China writing
"+0000" gave two genuine form mails DATE_OFFSET_MISMATCH '+0000 vs CN' (risk 1.96), and a visitor
abroad sending at our night ODD_SEND_HOUR. Ordinary mail keeps both."""

from __future__ import annotations

import pytest

from inquiry_triage.checks import run_checks
from inquiry_triage.checks.facts import measure
from inquiry_triage.config import load_config
from inquiry_triage.parsing import parse_email
from inquiry_triage.pipeline import build_context

CTX = build_context(load_config(None), offline=True)

# A hand-over from a Chinese network (our own web server), Date in +0000 at 19:30 UTC (03:30 in China).
HEAD = (b"Received: from web01.acme-valves.example (web01.acme-valves.example [61.135.169.121])\r\n"
        b"\tby mx.acme-valves.example (Postfix) with ESMTP id 1A2B3C\r\n"
        b"\tfor <sales@acme-valves.example>; Tue, 1 Dec 2026 03:30:11 +0800\r\n")
FORM = (b"From: Website <wordpress@acme-valves.example>\r\nReply-To: Lucas Fernandes <lucas@hidraulica-sul.example>\r\n"
        b"To: sales@acme-valves.example\r\nSubject: New message from contact form\r\n"
        b"Date: Mon, 30 Nov 2026 19:30:10 +0000\r\nMessage-ID: <f1@acme-valves.example>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Name: Lucas Fernandes\r\nEmail: lucas@hidraulica-sul.example\r\nCountry: Brazil\r\n"
        b"Message: We need 250 gate valves DN100 PN16, CIF Santos. Lead time?\r\n")
PLAIN = (b"From: Lucas Fernandes <lucas@hidraulica-sul.example>\r\nTo: sales@acme-valves.example\r\n"
         b"Subject: Gate valves\r\nDate: Mon, 30 Nov 2026 19:30:10 +0000\r\nMessage-ID: <p1@hidraulica-sul.example>\r\n"
         b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
         b"Hello, we need 250 gate valves DN100 PN16, CIF Santos. Lead time?\r\n")


def rules_of(raw: bytes) -> set[str]:
    inquiry = parse_email(HEAD + raw, source="test")
    return {h.rule for h in run_checks(inquiry, measure(inquiry, CTX), CTX)}


def test_a_form_notification_has_no_sender_clock():
    rules = rules_of(FORM)
    assert "WEB_FORM_NOTIFICATION" in rules
    assert not rules & {"DATE_OFFSET_MISMATCH", "ODD_SEND_HOUR"}, sorted(rules)


@pytest.mark.parametrize("expected", ["DATE_OFFSET_MISMATCH", "ODD_SEND_HOUR"])
def test_the_same_clock_on_ordinary_mail_still_counts(expected):
    assert expected in rules_of(PLAIN)
