"""The impostor checks alone: a forwarded original from a made-up address, and the recipient's own
domain presented as a mail or document service.

Hit examples are written here (not copied from any corpus); miss examples are real-shaped buyers'
forwards, replies and inquiries in several languages, which must stay silent.
"""

from __future__ import annotations

import pytest

from inquiry_triage.checks.facts import measure
from inquiry_triage.checks.impostors import ForwardedSenderCheck, MailtoButtonCheck, RecipientDomainServiceCheck
from inquiry_triage.config import load_config
from inquiry_triage.model import Link
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CTX = build_context(load_config(None), offline=True)


def run(check, **fields):
    fields.setdefault("from_addr", "colleague@acme-tools.de")
    inquiry = make_inquiry(**fields)
    return {h.rule: h for h in check.run(inquiry, measure(inquiry, CTX), CTX)}


def forwarded(subject: str, original: str, text: str = "Please check this.") -> dict:
    body = f"-----Original Message-----\n{original}\nSent: Monday, 3 March 2025 10:12\nSubject: x\n\n{text}"
    return run(ForwardedSenderCheck(), subject=subject, body=body)


@pytest.mark.parametrize("subject, original", [
    ("Fw: Save 70% today", "From: Security Dept <qwhzkrtplmvn@qwhzkrtplmvn.com>"),
    ("ENC: Aviso", "De: Suporte <return@xKpQzLmWvR.com>"),
    ("WG: Rechnung", "Von: Service <info@71kd8fjq2mz93xq.net>"),
    ("TR: Colis", "De : Livraison <noreply@pqzrtvkx.fr>"),
    ("Fwd: Help", "From: GENERAL J. SMITH <@army-mail.example>"),
    ("Fw: Your account", "From: PayPal Service <service@shop-deals.example>"),
    ("ENC: Aviso", "De: Microsoft account team <noreply@random-host.example> em nome de Security <x@y.example>"),
])
def test_forwarded_from_made_up_sender_hits(subject, original):
    hit = forwarded(subject, original)["FORWARDED_FROM_MADE_UP_SENDER"]
    assert hit.kind == "scam" and hit.excerpt  # the evidence names the forwarded sender line


@pytest.mark.parametrize("subject, original", [
    ("Fw: RFQ 500 pcs stainless valves", "From: Ana Costa <ana.costa1987@gmail.com>"),
    ("WG: Anfrage 300 Stück", "Von: Jürgen Hirschberg <j.hirschberg@hirschberg-technik.de>"),
    ("RV: Cotización", "De: Compras <compras@ferreteria-sol.es>"),
    ("Fwd: quote", "From: Karen Mkrtchyan <mkrtchyan.karen@mail.am>"),
    ("Fw: order", "From: 13812345678@163.com"),
    ("I: richiesta", "Da: Mario Rossi <mario.rossi@rossi.it>"),
    ("Fw: PO", "From: Ivan <IvanPetrov@Petrov-Trade.ru>"),
    ("Fw: shipment", "From: DHL Express <noreply@dhl.de>"),  # a brand on its own domain
    ("Fw: RFQ", "From: Apple Li <apple.li@li-trading.cn>"),  # a person who shares a word with a brand
])
def test_forwarded_buyers_stay_silent(subject, original):
    assert "FORWARDED_FROM_MADE_UP_SENDER" not in forwarded(subject, original)


def test_a_quoted_header_without_a_forward_subject_is_not_read():
    # Replies and list digests quote header blocks too; only a forward is judged by its original.
    assert "FORWARDED_FROM_MADE_UP_SENDER" not in forwarded("Re: your quote", "From: x <qwhzkrtplmvn@qwhzkrtplmvn.com>")


LINK = [Link("Open", "https://files.example-host.net/a")]


@pytest.mark.parametrize("subject, body", [
    ("Password expiry", "Your mailbox password expires today.\nacme-tools.de Mail Server"),
    ("New acme-tools.de Shared Document", "A document has been shared with you. View Document"),
    ("Notice", "Dear user, the acme-tools.de IT Helpdesk needs you to confirm your account."),
])
def test_recipient_domain_as_service_hits(subject, body):
    hits = run(RecipientDomainServiceCheck(), from_addr="it@mailer-x.example", to_addrs=["sales@acme-tools.de"],
               subject=subject, body=body, links=LINK)
    assert "acme-tools.de" in hits["RECIPIENT_DOMAIN_AS_SERVICE"].excerpt.lower()


@pytest.mark.parametrize("fields", [
    # A buyer names the seller's website: not a service.
    {"body": "We found your website acme-tools.de and need 500 valves. Our site: https://buyer.example"},
    {"body": "Vimos su web acme-tools.de, necesitamos 300 piezas, precio FOB. https://compras.example"},
    {"body": "Wir haben acme-tools.de gefunden. Bitte Angebot für 200 Stück. https://einkauf.example"},
    # The seller's own mail server writing about its own domain is not "another domain".
    {"from_addr": "postmaster@acme-tools.de", "body": "acme-tools.de Mail Server: quota at 90 %. https://acme-tools.de/q"},
    # No link and no attachment: nothing to click.
    {"body": "acme-tools.de Mail Server notice", "links": []},
])
def test_recipient_domain_as_service_misses(fields):
    fields.setdefault("from_addr", "buyer@importer.example")
    fields.setdefault("links", LINK if "http" not in fields["body"] else [])
    hits = run(RecipientDomainServiceCheck(), to_addrs=["sales@acme-tools.de"], subject="Inquiry", **fields)
    assert "RECIPIENT_DOMAIN_AS_SERVICE" not in hits


@pytest.mark.parametrize("link", [
    Link("Report The User", "mailto:helpdesk.team01@gmail.com?&cc=helpdesk.team01@gmail.com&Subject=Report+The+User"),
    Link("Cancel the order", "mailto:billing.dept22@outlook.com?subject=Cancel%20order%204471"),
    Link("Sim, fui eu", "mailto:suporte.conta@hotmail.com?subject=Confirmar&body=Fui%20eu"),
])
def test_mailto_button_to_freemail_hits(link):
    hits = run(MailtoButtonCheck(), from_addr="security@notice-center.example", links=[link])
    assert link.href[:30] in hits["MAILTO_BUTTON_TO_FREEMAIL"].excerpt


@pytest.mark.parametrize("from_addr, link", [
    # A buyer's own address as a mailto link, with or without a subject.
    ("ana.costa1987@gmail.com", Link("Ana", "mailto:ana.costa1987@gmail.com?subject=RFQ%20valves")),
    ("compras@ferreteria-sol.es", Link("escríbanos", "mailto:compras@ferreteria-sol.es?subject=Pedido")),
    # A list's unsubscribe and a group's reply button.
    ("list@lists.example.org", Link("unsubscribe", "mailto:list-request@yahoo.com?subject=unsubscribe")),
    ("group@groups.example.org", Link("Reply", "mailto:SomeGroup@groups.msn.com?subject=Re%3A%20Hi%20there")),
    # A company address, not a free mailbox.
    ("ana@importer.example", Link("Contact sales", "mailto:sales@importer-group.example?subject=Quote")),
    # No subject filled in: an ordinary address link.
    ("ana@importer.example", Link("my gmail", "mailto:ana.importer@gmail.com")),
])
def test_mailto_button_misses(from_addr, link):
    assert "MAILTO_BUTTON_TO_FREEMAIL" not in run(MailtoButtonCheck(), from_addr=from_addr, links=[link])


def test_links_only_to_ip():
    from inquiry_triage.checks.link_targets import LinksOnlyToIpCheck

    check = LinksOnlyToIpCheck()
    ip_only = [Link("Open profile", "http://5.252.23.207/cl/692"), Link("unsubscribe", "http://5.252.23.207/oop/692")]
    assert "5.252.23.207" in run(check, links=ip_only)["LINKS_ONLY_TO_IP"].excerpt
    # One numeric link among named ones (a router's admin page in an IT mail), a single link,
    # and named hosts are not this shape.
    mixed = [Link("panel", "http://192.168.1.1/admin"), Link("our site", "https://www.acme-tools.de/")]
    assert "LINKS_ONLY_TO_IP" not in run(check, links=mixed)
    assert "LINKS_ONLY_TO_IP" not in run(check, links=ip_only[:1])
    assert "LINKS_ONLY_TO_IP" not in run(check, links=[Link("a", "https://acme.example/a"), Link("b", "https://acme.example/b")])
