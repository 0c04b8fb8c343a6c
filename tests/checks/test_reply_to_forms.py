"""Reply-To elsewhere is a fraud marker, except where it is how an inquiry is delivered: a contact
form on the seller's own site mails from our domain to us with the buyer in Reply-To."""

from __future__ import annotations

from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context, triage

CTX = build_context(load_config(None), offline=True)
_BODY = "Subject: Inquiry\nMessage-ID: <f1@x>\nDate: Tue, 17 Nov 2026 14:41:08 +0000\n\nPlease quote 300 sets of wrenches, FOB.\n"


def _rules(headers: str) -> set[str]:
    result = triage((headers + _BODY).encode(), CTX)
    return {h.rule for h in result.hits}


def test_contact_form_from_our_own_domain_is_not_a_reply_detour():
    rules = _rules("From: Website <wordpress@sunrise-tools.cn>\nTo: sales@sunrise-tools.cn\nReply-To: jorge1987@gmail.com\n")
    assert not rules & {"REPLY_TO_FREEMAIL", "REPLY_TO_MISMATCH"}


def test_a_stranger_replying_elsewhere_still_counts():
    rules = _rules("From: Mr Smith <smith.office@gmail.com>\nTo: sales@sunrise-tools.cn\nReply-To: smith.private@yahoo.com\n")
    assert "REPLY_TO_FREEMAIL" in rules


def test_our_own_address_spoofed_with_a_reply_elsewhere_still_counts():
    rules = _rules("From: sales@sunrise-tools.cn\nTo: sales@sunrise-tools.cn\nReply-To: helpdesk.team@gmail.com\n")
    assert "REPLY_TO_FREEMAIL" in rules
