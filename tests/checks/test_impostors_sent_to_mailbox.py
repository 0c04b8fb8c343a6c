"""A buyer who says where they wrote before ("we sent our RFQ to your mailbox sales@acme.com") is not
a mailbox notice naming the reader's address ("Ihr Postfach sales@acme.com hat die Speichergrenze
erreicht"): review finding on 57bbc80, whose mailbox-and-address reading hit such follow-ups (with the
drawing attached) for 2 risk points and a lower grade."""

from __future__ import annotations

import pytest

from inquiry_triage.checks.impostors import RecipientDomainServiceCheck
from tests.checks.test_impostors import LINK, run


def hits(body: str) -> dict:
    return run(RecipientDomainServiceCheck(), from_addr="buyer@gmail.com", to_addrs=["sales@acme-tools.de"],
               subject="Inquiry", body=body, links=LINK)


@pytest.mark.parametrize("body", [
    "We sent our RFQ to your mailbox sales@acme-tools.de last week but got no reply. Drawing attached.",
    "I wrote to your e-mail account sales@acme-tools.de twice, please check the attached RFQ.",
    "我们上周已发询价到贵司邮箱 sales@acme-tools.de，未收到回复。请查看附件询价单。",
    "询价单已发送至您的邮箱 sales@acme-tools.de，请查收附件。",
    "Wir haben Ihnen schon an Ihr Postfach sales@acme-tools.de geschrieben. Anbei die Zeichnung.",
    "Enviamos la solicitud a su buzón sales@acme-tools.de pero no recibimos respuesta. Adjunto el plano.",
])
def test_a_buyer_naming_where_they_wrote_is_silent(body):
    assert "RECIPIENT_DOMAIN_AS_SERVICE" not in hits(body)


@pytest.mark.parametrize("body", [
    "Ihr Postfach sales@acme-tools.de hat die Speichergrenze erreicht. Bitte bestätigen Sie Ihr Konto.",
    "尊敬的用户 sales@acme-tools.de：您的邮箱容量已满，请立即点击下方链接验证。",
    "Your mailbox sales@acme-tools.de has 7 messages on hold. Release them below.",
    # A notice that names the address twice is read past a first, sent-to mention.
    "Messages sent to your mailbox sales@acme-tools.de are on hold.\nYour mailbox sales@acme-tools.de is full.",
])
def test_a_notice_naming_the_readers_mailbox_still_hits(body):
    assert "acme-tools.de" in hits(body)["RECIPIENT_DOMAIN_AS_SERVICE"].excerpt
