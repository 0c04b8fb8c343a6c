"""The disguise checks alone: display names that hide who sends, and a mail that is only a link.

Hit examples are written here (not copied from any corpus); miss examples are the names and short
messages of real buyers in several languages, which must stay silent.
"""

from __future__ import annotations

import pytest

from inquiry_triage.checks.disguise import DisplayNameDisguiseCheck, LinkIsTheMessageCheck
from inquiry_triage.checks.facts import measure
from inquiry_triage.config import load_config
from inquiry_triage.model import Attachment, Link
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CTX = build_context(load_config(None), offline=True)


def run(check, **fields):
    fields.setdefault("from_addr", "someone@example-shop.com")
    inquiry = make_inquiry(**fields)
    return {h.rule: h for h in check.run(inquiry, measure(inquiry, CTX), CTX)}


@pytest.mark.parametrize("name", [
    "P\u034fa\u034fr\u034fc\u034fe\u034fl S\u034fe\u034fr\u034fv\u034fi\u034fc\u034fe",  # a joiner after every letter
    "Entre\u0337ga pendente",  # an overlay stroke that composes with nothing
    "Acc\u200bount Ver\u200bification",  # zero-width space inside words
    "Atendimento ao Cliente - Protocolo 582039174466",
    "Customer Care Ref QX7T2M9KD4LW",
    "Servicio de clientes 0048127733901",
])
def test_display_name_disguise_hits(name):
    assert "FROM_NAME_DISGUISED" in run(DisplayNameDisguiseCheck(), from_name=name)


@pytest.mark.parametrize("name", [
    "José Luis Peña", "Jose\u0301 Luis",  # decomposed accent: the same letter after NFC
    "Nguyễn Văn Thành", "Zoë Müller-Lüdenscheidt", "Łukasz Wójcik", "Ümit Çelik",
    "Иван Петров", "王伟", "محمد العلي", "राजेश कुमार", "สมชาย ใจดี",
    "ACME GmbH Einkauf", "Compras - Ferretería Sol S.L.", "Ana (WhatsApp +351 912 345 678)",
    "Team 👩\u200d💻 Support",  # an emoji sequence's joiner is not between letters
    "Order Desk ISO9001", "Kowalski Sp. z o.o. NIP 5213", "sales@acme-tools.de",
])
def test_display_name_disguise_misses(name):
    assert "FROM_NAME_DISGUISED" not in run(DisplayNameDisguiseCheck(), from_name=name)


def test_link_is_the_message():
    hits = run(LinkIsTheMessageCheck(), body="Tonight only, click: https://promo-x.example.top/a")
    assert "__TEXT_IS_A_LINK" in hits and "__LINK_TO_ABUSED_TLD" in hits
    shortened = run(LinkIsTheMessageCheck(), body="Your gift is waiting https://bit.ly/3abcd")
    assert "__TEXT_IS_A_LINK" in shortened and "__LINK_TO_ABUSED_TLD" not in shortened


@pytest.mark.parametrize("fields", [
    # A link to the sender's own site is not "another site".
    {"from_addr": "ana@ferreteria-sol.es", "body": "Catálogo: https://www.ferreteria-sol.es/c"},
    # An answer in a thread.
    {"body": "see https://bit.ly/3abcd", "headers": [("In-Reply-To", "<a@b.example>")]},
    # An order file attached with a short note.
    {"body": "PO attached, thanks https://acme.example/po",
     "attachments": [Attachment("PO-4471.pdf", "application/pdf", 20_000)]},
    # No link at all.
    {"body": "Guten Tag, wir brauchen 300 Stück."},
])
def test_link_is_not_the_message(fields):
    assert "__TEXT_IS_A_LINK" not in run(LinkIsTheMessageCheck(), **fields)


def test_link_to_abused_tld_reads_html_links_and_skips_bare_words():
    assert "__LINK_TO_ABUSED_TLD" in run(LinkIsTheMessageCheck(), body="Open",
                                         links=[Link("Open", "https://x.example.click/p")])
    # "#top" anchors and hosts without a dot are no sites.
    assert "__LINK_TO_ABUSED_TLD" not in run(LinkIsTheMessageCheck(), body="Back", links=[Link("Back", "top")])


def _mail(from_line: str, body: str) -> bytes:
    return (f"From: {from_line}\r\nTo: sales@our-factory.example\r\nSubject: Hello\r\n"
            f"Date: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <t1@x.example>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode("utf-8")


def _rules(raw: bytes) -> set[str]:
    from inquiry_triage.pipeline import triage

    return {h.rule for h in triage(raw, CTX).hits}


def test_link_is_the_message_meta_needs_a_second_marker_and_no_buying_words():
    lure = _rules(_mail("Sale <promo@shop-deals.example>", "Mega bundle SALE -50% https://bit.ly/3xq9Zk"))
    assert "LINK_IS_THE_MESSAGE" in lure
    plain = _rules(_mail("Ana Costa <ana@costa-import.example>", "Our new catalogue: https://costa-catalogue.example/2025"))
    assert "LINK_IS_THE_MESSAGE" not in plain
    buyer = _rules(_mail("Luis <luis.compras77@gmail.com>",
                         "Hola, necesitamos 500 piezas, precio FOB? https://bit.ly/3xq9Zk"))
    assert "LINK_IS_THE_MESSAGE" not in buyer


def test_service_desk_name_from_a_free_mailbox():
    fake = _rules(_mail("Suporte ao Cliente <atendimento.conta@gmail.com>", "Sua conta foi bloqueada."))
    assert "SERVICE_NAME_FROM_FREEMAIL" in fake
    buyer = _rules(_mail("Compras Ferretería Sol <ferreteriasol@gmail.com>", "Necesitamos 500 piezas."))
    assert "SERVICE_NAME_FROM_FREEMAIL" not in buyer
    company = _rules(_mail("Customer Support <support@acme-tools.example>", "Your ticket was closed."))
    assert "SERVICE_NAME_FROM_FREEMAIL" not in company
