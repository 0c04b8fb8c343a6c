"""RECIPIENT_DOMAIN_AS_SERVICE's other word orders (found by the held-out probe): the notice's
signing word before the domain ("IT-Support acme-tools.de") and a mailbox word before the reader's
whole address ("Ihr Postfach sales@acme-tools.de"), in the languages such notices come in. An
address that merely starts with a service word ("admin@acme-tools.de") is a person to write to,
not a service name. Texts written here, not copied from any corpus.
"""

from __future__ import annotations

import pytest

from inquiry_triage.checks.facts import measure
from inquiry_triage.checks.impostors import RecipientDomainServiceCheck
from inquiry_triage.config import load_config
from inquiry_triage.model import Link
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CTX = build_context(load_config(None), offline=True)
LINK = [Link("Open", "https://files.example-host.net/a")]


def hits(body: str, from_name: str = "", from_addr: str = "it@mailer-x.example") -> set[str]:
    inquiry = make_inquiry(from_addr=from_addr, from_name=from_name, to_addrs=["sales@acme-tools.de"],
                           subject="Notice", body=body, links=LINK)
    return {h.rule for h in RecipientDomainServiceCheck().run(inquiry, measure(inquiry, CTX), CTX)}


@pytest.mark.parametrize("from_name, body", [
    ("IT-Support acme-tools.de", "Bitte bestätigen Sie Ihr Konto."),
    ("Webmail Admin for acme-tools.de", "Your mailbox needs attention."),
    ("", "Ihr Postfach sales@acme-tools.de hat die Speichergrenze erreicht."),
    ("", "Le mot de passe de votre compte sales@acme-tools.de expire aujourd'hui."),
    ("", "尊敬的用户 sales@acme-tools.de：您的邮箱容量已满。"),
    ("", "Su buzón sales@acme-tools.de está casi lleno."),
])
def test_service_word_first_and_mailbox_of_address(from_name, body):
    assert "RECIPIENT_DOMAIN_AS_SERVICE" in hits(body, from_name)


@pytest.mark.parametrize("body", [
    "Please write to admin@acme-tools.de about the invoice.",
    "Copy webmaster.admin@acme-tools.de and support@acme-tools.de on your reply.",
    "We sent the drawings to your colleague at sales@acme-tools.de last week, 500 pcs BV-25.",
    "Our team acme-tools.de visit was great.",
])
def test_addresses_and_plain_mentions_stay_silent(body):
    assert "RECIPIENT_DOMAIN_AS_SERVICE" not in hits(body)
