"""Each Python check alone, on small inquiries built by the factory (no parsing, no network)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inquiry_triage.checks.content import (BuyingFieldsCheck, EmptyMessageCheck, LanguageValueCheck,
                                           LinksWithoutWordsCheck, SpyShapeCheck)
from inquiry_triage.checks.facts import measure
from inquiry_triage.checks.headers import AuthResultsCheck, DisplayNameCheck, ReplyToCheck
from inquiry_triage.checks.links import LinkCheck
from inquiry_triage.checks.mailbox import MailboxCheck
from inquiry_triage.checks.origin import OriginCheck
from inquiry_triage.checks.sender import BrandImpersonationCheck, RecipientAsNameCheck, SenderDomainCheck
from inquiry_triage.config import load_config
from inquiry_triage.lookups.dns import DomainEvidence
from inquiry_triage.model import Attachment, Link
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CTX = build_context(load_config(None), offline=True)


def run(check, **fields):
    inquiry = make_inquiry(**fields)
    return {h.rule: h for h in check.run(inquiry, measure(inquiry, CTX), CTX)}


class FakeDns:
    def __init__(self, evidence):
        self.evidence = evidence

    def domain(self, domain):
        return self.evidence


def run_with_dns(evidence, addr="buyer@acme-tools.de"):
    from dataclasses import replace

    ctx = replace(CTX, dns=FakeDns(evidence))
    inquiry = make_inquiry(from_addr=addr)
    return {h.rule: h for h in MailboxCheck().run(inquiry, measure(inquiry, ctx), ctx)}


# --- mailbox -----------------------------------------------------------------------------------

@pytest.mark.parametrize("addr, expected", [
    ("buyer@gmail.com", "FREE_MAILBOX"), ("ivan@mail.ru", "FREE_MAILBOX"), ("x@163.com", "FREE_MAILBOX"),
    ("a@mailinator.com", "DISPOSABLE_MAILBOX"), ("anna@acme-tools.de", "COMPANY_MAILBOX"),
    ("not an address", "INVALID_SENDER"),
])
def test_mailbox_kinds(addr, expected):
    assert expected in run(MailboxCheck(), from_addr=addr)


def test_digits_in_user_name_is_the_seed_marker():
    assert "DIGITS_IN_USERNAME" in run(MailboxCheck(), from_addr="john_tom36@gmail.com")
    assert "DIGITS_IN_USERNAME" not in run(MailboxCheck(), from_addr="john.tom@gmail.com")


def test_no_address_is_unknown_not_invalid():
    assert run(MailboxCheck(), from_addr="") == {}


def test_offline_dns_is_reported_unknown_never_missing():
    hits = run(MailboxCheck(), from_addr="anna@acme-tools.de")
    assert "DNS_UNKNOWN" in hits and "DOMAIN_NOT_FOUND" not in hits and hits["DNS_UNKNOWN"].points == 0


def test_dns_evidence_outcomes():
    ok = dict(domain="acme-tools.de", status="ok", mx_hosts=("mx.acme-tools.de",), null_mx=False, reason="")
    assert "COMPANY_DOMAIN_VERIFIED" in run_with_dns(DomainEvidence(has_mx=True, has_website=True, exists=True, **ok))
    assert "DOMAIN_NO_MX" in run_with_dns(DomainEvidence(has_mx=False, has_website=True, exists=True, **ok))
    assert "DOMAIN_NOT_FOUND" in run_with_dns(DomainEvidence(has_mx=None, has_website=None, exists=False, **ok))
    unknown = DomainEvidence.unknown("acme-tools.de", "resolver unhealthy: canary gmail.com answered NXDOMAIN")
    hits = run_with_dns(unknown)
    assert set(hits) == {"COMPANY_MAILBOX", "DNS_UNKNOWN"} and "NXDOMAIN" in hits["DNS_UNKNOWN"].excerpt


# --- origin ------------------------------------------------------------------------------------

def test_german_ip_at_two_in_the_morning_with_beijing_offset():
    received = datetime(2026, 11, 17, 1, 2, tzinfo=timezone.utc)  # 02:02 in Berlin (CET)
    date = datetime.fromisoformat("2026-11-17T09:02:00+08:00")
    hits = run(OriginCheck(), origin_ip="78.46.1.1", origin_ip_header="Received", received_at=received, date=date,
               date_offset_minutes=480)
    assert {"ORIGIN_COUNTRY", "ODD_SEND_HOUR", "DATE_OFFSET_MISMATCH"} <= set(hits)
    assert "02:xx" in hits["ODD_SEND_HOUR"].detail and "+0800 vs DE" in hits["DATE_OFFSET_MISMATCH"].excerpt


def test_daytime_with_matching_offset_is_clean():
    received = datetime(2026, 11, 17, 9, 0, tzinfo=timezone.utc)  # 10:00 in Berlin
    date = datetime.fromisoformat("2026-11-17T10:00:00+01:00")
    hits = run(OriginCheck(), origin_ip="78.46.1.1", received_at=received, date=date, date_offset_minutes=60)
    assert set(hits) == {"ORIGIN_COUNTRY"}


def test_country_risk_is_weighted_from_config_not_a_verdict():
    hits = run(OriginCheck(), origin_ip="41.58.1.1")  # NG
    assert hits["COUNTRY_RISK"].points == 1.0 and hits["COUNTRY_RISK"].kind == "scam"


# --- headers, links, sender --------------------------------------------------------------------

def test_reply_to_checks():
    assert "REPLY_TO_FREEMAIL" in run(ReplyToCheck(), from_addr="po@orders-ltd.com", reply_to=["buyer2026@outlook.com"])
    assert "REPLY_TO_MISMATCH" in run(ReplyToCheck(), from_addr="po@orders-ltd.com", reply_to=["po@other-co.com"])
    assert "REPLY_TO_FREEMAIL" in run(ReplyToCheck(), from_addr="mary@gmail.com", reply_to=["mary.private@gmail.com"])
    assert run(ReplyToCheck(), from_addr="a@acme.com", reply_to=["sales@eu.acme.com"]) == {}
    # A list's own Reply-To, or a list that rewrote From and kept the author in Reply-To: the list's doing.
    assert run(ReplyToCheck(), from_addr="a@acme.com", reply_to=["dev@lists.org"],
               headers=[("List-Post", "<mailto:dev@lists.org>")]) == {}
    assert run(ReplyToCheck(), from_addr="a@acme.com", reply_to=["dev@lists.org"], headers=[("List-Id", "Dev <dev.lists.org>")]) == {}
    assert run(ReplyToCheck(), from_addr="dev@lists.org", reply_to=["anna@acme.com"],
               headers=[("List-Post", "<mailto:dev@lists.org>")]) == {}
    # Fraud reaches us through lists too: a Reply-To to another free mailbox still counts there.
    assert "REPLY_TO_FREEMAIL" in run(ReplyToCheck(), from_addr="mrs.x1@gmail.com", reply_to=["mrsx.private@yahoo.com"],
                                      headers=[("List-Id", "Dev <dev.lists.org>"), ("List-Post", "<mailto:dev@lists.org>")])


def test_display_name_showing_another_address():
    assert "FROM_NAME_OTHER_ADDRESS" in run(DisplayNameCheck(), from_name="service@paypal.com", from_addr="x@evil.example")
    assert run(DisplayNameCheck(), from_name="anna@acme.com", from_addr="anna@mail.acme.com") == {}


def run_auth(headers, authserv_ids=("mx.ours.example",)):
    from dataclasses import replace

    from inquiry_triage.config import Config

    data = {**CTX.config.data, "auth": {"authserv_ids": list(authserv_ids)}}
    ctx = replace(CTX, config=Config(data=data))
    inquiry = make_inquiry(headers=headers)
    return {h.rule: h for h in AuthResultsCheck().run(inquiry, measure(inquiry, ctx), ctx)}


def test_authentication_results_only_from_our_receiving_server():
    fail = [("Authentication-Results", "mx.ours.example; spf=softfail smtp.mailfrom=bank.com; dkim=none; dmarc=fail header.from=bank.com")]
    assert "AUTH_DMARC_FAIL" in run_auth(fail)
    spf = [("Authentication-Results", "MX.ours.example; spf=fail smtp.mailfrom=x.com; dmarc=none")]
    assert "AUTH_SPF_FAIL" in run_auth(spf)
    none = [("ARC-Authentication-Results", "i=1; mx.ours.example; spf=none (sender IP is 1.2.3.4); dkim=none; dmarc=none")]
    assert "AUTH_NONE" in run_auth(none)
    assert run_auth([]) == {}  # no verdict recorded: no evidence either way
    good = [("Authentication-Results", "mx.ours.example; spf=pass; dkim=pass; dmarc=pass")]
    assert run_auth(good)["AUTH_ALL_PASS"].points == 0
    # A header the sender (or any hop) wrote, placed on top, is not our server's verdict.
    forged = [("Authentication-Results", "mx.ours.example.evil; spf=pass; dkim=pass; dmarc=pass")] + fail[1:]
    assert set(run_auth(forged)) == {"AUTH_NOT_TRUSTED"}
    mixed = [("Authentication-Results", "relay.upstream.example; dmarc=pass; spf=pass; dkim=pass")] + fail
    assert "AUTH_DMARC_FAIL" in run_auth(mixed)


def test_authentication_results_unused_without_configured_authserv_id():
    fail = [("Authentication-Results", "mx.ours.example; spf=fail; dkim=none; dmarc=fail")]
    hits = run_auth(fail, authserv_ids=())
    assert set(hits) == {"AUTH_NOT_TRUSTED"} and hits["AUTH_NOT_TRUSTED"].points == 0
    assert CTX.config.get("auth.authserv_ids") == []  # the shipped default trusts nobody


def test_links_text_vs_target():
    hits = run(LinkCheck(), links=[Link("www.paypal.com/login", "http://paypa1-secure.example/x")])
    assert hits["LINK_TEXT_MISMATCH"].excerpt.endswith("paypa1-secure.example")
    assert "LINK_TO_IP" in run(LinkCheck(), links=[Link("View order", "http://198.51.100.7/po")])
    assert run(LinkCheck(), links=[Link("www.acme.com", "https://shop.acme.com/")]) == {}
    assert run(LinkCheck(), links=[Link("Our catalogue", "https://other.example/")]) == {}


def test_recipient_address_used_as_greeting():
    assert "RECIPIENT_ADDRESS_AS_NAME" in run(RecipientAsNameCheck(), to_addrs=["sales@acme.com"],
                                              body="Hello sales@acme.com,\nyour invoice is ready")
    assert run(RecipientAsNameCheck(), to_addrs=["sales@acme.com"],
               body="sales@acme.com wrote:\n> we need 500 pcs") == {}
    assert "FROM_IS_RECIPIENT" in run(RecipientAsNameCheck(), to_addrs=["me@acme.com"], from_addr="me@acme.com")


def test_sender_domain_shapes():
    assert "ABUSED_TLD" in run(SenderDomainCheck(), from_addr="promo@deals-now.xyz")
    assert "MACHINE_MADE_SENDER" in run(SenderDomainCheck(), from_addr="lina_philip_19060@y.t.r.e.s.example.com")
    assert run(SenderDomainCheck(), from_addr="anna@acme-tools.de") == {}


def test_brand_in_display_name():
    assert "BRAND_IN_NAME_NOT_DOMAIN" in run(BrandImpersonationCheck(), from_name="PayPal Security", from_addr="x@secure-mail.example")
    assert run(BrandImpersonationCheck(), from_name="PayPal", from_addr="service@paypal.com") == {}
    assert run(BrandImpersonationCheck(), from_name="Anna Keller", from_addr="anna@acme.de") == {}


@pytest.mark.parametrize("name", ["PayPal", "PayPal Service", "DHL Express", "Microsoft account team",
                                  "Alibaba.com Notification", "Apple Support"])
def test_display_name_that_is_the_brand(name):
    assert "BRAND_IN_NAME_NOT_DOMAIN" in run(BrandImpersonationCheck(), from_name=name, from_addr="info@mailer-x.example")


@pytest.mark.parametrize("name", ["Chase Miller", "Apple Li", "Meta Schmidt", "Visa Nguyen", "Costco buyer Tom Reed"])
def test_person_sharing_a_word_with_a_brand_is_not_the_brand(name):
    assert run(BrandImpersonationCheck(), from_name=name, from_addr="buyer@gmail.com") == {}


# --- content -----------------------------------------------------------------------------------

def test_long_message_marker_for_spy_rules():
    assert "__LONG_MESSAGE" in run(SpyShapeCheck(), body="word " * 400)
    assert run(SpyShapeCheck(), body="word " * 50) == {}


def test_links_without_words_and_empty_message():
    assert "LINKS_WITHOUT_WORDS" in run(LinksWithoutWordsCheck(), html=True, body="Click", links=[Link("", "https://x.example")])
    assert run(LinksWithoutWordsCheck(), html=True, body="We need 500 pcs of LED panels for our shops " * 4, links=[Link("x", "https://x.example")]) == {}
    assert "EMPTY_MESSAGE" in run(EmptyMessageCheck(), body="  ")
    assert run(EmptyMessageCheck(), body="", attachments=[Attachment("po.pdf", "application/pdf", 10)]) == {}


def test_record_buying_fields():
    hits = run(BuyingFieldsCheck(), channel="rfq", quantity="500", unit="pcs", product="LED panel", company="Acme")
    assert set(hits) == {"RFQ_QUANTITY", "RFQ_PRODUCT", "DECLARED_COMPANY"}
    assert run(BuyingFieldsCheck(), quantity="many") == {}


def test_minor_language_value():
    hits = run(LanguageValueCheck(), body="Нас интересуют светодиодные светильники, пришлите цену с доставкой до Москвы.")
    assert hits["MINOR_LANGUAGE"].excerpt == "ru" and hits["MINOR_LANGUAGE"].kind == "grade"
    assert run(LanguageValueCheck(), body="We need LED lights for our warehouse, please send the price.") == {}


# --- fraud shapes ------------------------------------------------------------------------------

def test_short_first_contact_and_reply_address_in_the_text():
    from inquiry_triage.checks.fraud import FraudShapeCheck

    hits = run(FraudShapeCheck(), from_addr="anna.k1@gmail.com",
               body="Hello dear, I have an important proposal for you. Write to my private email: ak.private@yahoo.com")
    assert {"__SHORT_FIRST_CONTACT", "__FREE_ADDRESS_IN_TEXT"} <= set(hits)
    answer = run(FraudShapeCheck(), body="Thanks, see you Monday.", headers=[("In-Reply-To", "<a@b>")])
    assert "__SHORT_FIRST_CONTACT" not in answer
    # A free address merely mentioned (no "write to") is not a reply address.
    assert "__FREE_ADDRESS_IN_TEXT" not in run(FraudShapeCheck(), body="The article by tom@gmail.com was good. " * 20)


def test_platform_notice_with_links_elsewhere():
    from inquiry_triage.checks.fraud import FraudShapeCheck

    fake = run(FraudShapeCheck(), from_addr="notice@mail-center.example", subject="Alibaba: you have a new inquiry",
               body="Log in to view the buyer's message", links=[Link("View inquiry", "https://alibaba.login-portal.example/x")])
    assert "PLATFORM_NOTICE_LINK_ELSEWHERE" in fake
    real = run(FraudShapeCheck(), from_addr="notice@service.alibaba.com", subject="Alibaba: you have a new inquiry",
               body="Log in to view", links=[Link("View inquiry", "https://message.alibaba.com/x")])
    assert "PLATFORM_NOTICE_LINK_ELSEWHERE" not in real


@pytest.mark.parametrize("addr, fires", [("buyer@siemens-procurement.com", True), ("po@bosch24.net", True),
                                         ("rfq@siemmens.com", True), ("po@samsuung.com", True), ("x@s1emens.com", True), ("kate@phillips.com", False),
                                         ("rfq@siemmens-industry.com", True), ("po@samsuung-trading-24.com", True),
                                         ("x@siemens-industry.com", True), ("sales@siemmens-legal.com", False),
                                         ("anna@simmons-law.com", False), ("info@honeywel-parts.com", False),
                                         ("anna@siemens.com", False), ("x@siemens-energy.com", False),
                                         ("tom@acme-tools.de", False), ("me@gmail.com", False)])
def test_lookalike_company_domain(addr, fires):
    from inquiry_triage.checks.fraud import FraudShapeCheck

    assert ("LOOKALIKE_COMPANY_DOMAIN" in run(FraudShapeCheck(), from_addr=addr)) is fires


def test_reply_to_a_discussion_group_is_the_group_not_a_private_mailbox():
    assert run(ReplyToCheck(), from_addr="joy88@hotmail.com", reply_to=["OneIncomeLiving@groups.msn.com"]) == {}
    assert run(ReplyToCheck(), from_addr="a@acme.com", reply_to=["dev-team@googlegroups.com"]) == {}
    # "list.ru" is a free mailbox, not a list server.
    assert "REPLY_TO_FREEMAIL" in run(ReplyToCheck(), from_addr="buyer@bk.ru", reply_to=["buyer@list.ru"])


# --- genuine first contacts from a free mailbox: short, no thread, in the buyers' languages ------

GENUINE_FIRST_CONTACTS = [
    "Hello, can you send me the price of your LED panels? Waiting for your reply.",
    "Hi dear, please send catalogue and price list, we are interested. Reply soon please.",
    "Dear friend, we need 200 pcs of model XK-20, FOB Ningbo. Please reply with your best price.",
    "Guten Tag, wir brauchen 300 Stück. Bitte bestätigen Sie den Liefertermin.",
    "Bitte bestätigen Sie Ihre Daten für die Rechnung und schicken Sie das Angebot.",
    "Bom dia, preciso de 200 unidades. Parabéns pelo novo catálogo!",
    "Hola, quiero 500 piezas. ¿Precio FOB? Por favor confirma tus datos de entrega.",
    "Bonjour, pouvez-vous nous envoyer votre offre pour 100 pièces ? Merci de répondre rapidement.",
    "Buongiorno, ci serve il prezzo per 100 pezzi. Aspetto una vostra risposta.",
    "Здравствуйте, пришлите, пожалуйста, цену на 300 штук. Жду вашего ответа.",
    "Goedemiddag, wat is de prijs voor 1000 stuks? Graag uw antwoord.",
    "Hello, we are looking for a reliable supplier for a long-term partnership. Please contact me on WhatsApp.",
    "Hi, our bank details for the refund of the sample fee are in the attached invoice.",
]


@pytest.mark.parametrize("body", GENUINE_FIRST_CONTACTS)
def test_genuine_short_first_contact_is_not_suspicious(body):
    from inquiry_triage.checks import run_checks
    from inquiry_triage.grading import grade

    inquiry = make_inquiry(from_addr="maria.lopez88@gmail.com", from_name="Maria Lopez", body=body,
                           subject="Inquiry", to_addrs=["sales@acme-factory.example"])
    # The rules and checks only: the statistical text model is judged by its own tests.
    hits = [h for h in run_checks(inquiry, measure(inquiry, CTX), CTX) if "_MODEL_" not in h.rule]
    verdict = grade("email", hits, CTX.config)
    assert not verdict.suspicious, [(h.rule, h.points) for h in hits if h.kind == "scam" and h.points]


# --- today's fraud, written for these tests in the languages buyers use ---------------------------

FRAUD_SAMPLES = [
    ("Hello dear, can we talk? I have an important proposal for you, reply for details.", ["x.private@yahoo.com"]),
    ("Brauchen Sie einen Kredit? Wir bieten Darlehen mit einem Zinssatz von 2%. Antworten Sie für weitere Details.", []),
    ("Ich habe Ihnen eine Spende von 1.500.000 Euro gemacht. Schreiben Sie an meine private E-Mail: spende.info@gmail.com", []),
    ("Le he hecho una donación de 1.200.000 euros. Para más detalles escriba a mi correo privado: fundacion.m@gmail.com", []),
    ("Меня зовут Анна Петрова. Мой покойный муж оставил 5 миллионов долларов, я хочу перевести деньги на ваш счет.", []),
    ("Meu nome é Sra. Helena Costa. Tenho uma herança de 4,5 milhões de dólares e preciso transferir o fundo para a sua conta.", []),
    ("Je m'appelle Mme Claire Dubois, veuve. J'ai un héritage de 3 millions d'euros à transférer sur votre compte.", []),
    ("Mi chiamo avvocato Marco Rossi. Il mio defunto cliente ha lasciato 8 milioni di euro; voglio trasferire i fondi sul tuo conto.", []),
    ("Dear supplier, please note our bank account has changed. Kindly update payment to our new account urgently.", []),
    ("We will send the purchase order once the supplier pays for the anti-terrorism certificate and the registration fee.", []),
]


@pytest.mark.parametrize("body, reply_to", FRAUD_SAMPLES)
def test_modern_fraud_is_flagged(body, reply_to):
    from inquiry_triage.checks import run_checks
    from inquiry_triage.grading import grade

    inquiry = make_inquiry(from_addr="contact.office@gmail.com", from_name="Office", body=body, subject="Hello",
                           reply_to=reply_to, to_addrs=["sales@acme-factory.example"])
    hits = [h for h in run_checks(inquiry, measure(inquiry, CTX), CTX) if "_MODEL_" not in h.rule]
    assert grade("email", hits, CTX.config).suspicious, [(h.rule, h.points) for h in hits if h.kind == "scam"]


@pytest.mark.parametrize("body, attachment", [
    ("Please find attached our purchase order, kindly confirm.", Attachment("PO_20931.html", "text/html", 3000)),
    ("Attached pls find PI for processing.", Attachment("PI_0415.img", "application/octet-stream", 900_000)),
    ("Request for quotation: see the attached file and quote.", Attachment("RFQ-list.iso", "application/octet-stream", 900_000)),
])
def test_order_documents_as_html_or_disk_images_are_flagged(body, attachment):
    from inquiry_triage.checks import run_checks
    from inquiry_triage.grading import grade

    inquiry = make_inquiry(from_addr="purchase@buyer-trading.example", body=body, subject="Order", attachments=[attachment])
    hits = [h for h in run_checks(inquiry, measure(inquiry, CTX), CTX) if "_MODEL_" not in h.rule]
    assert grade("email", hits, CTX.config).suspicious, [(h.rule, h.points) for h in hits if h.kind == "scam"]


def test_from_is_recipient_only_when_delivered_to_that_address():
    # A Bcc newsletter or a list writes its own address in From and To; the reader is elsewhere.
    assert run(RecipientAsNameCheck(), to_addrs=["news@shop.example"], from_addr="news@shop.example",
               headers=[("Delivered-To", "buyer@acme.com")]) == {}
    assert run(RecipientAsNameCheck(), to_addrs=["news@lists.example"], from_addr="news@lists.example",
               headers=[("List-Post", "<mailto:news@lists.example>")]) == {}
    assert "FROM_IS_RECIPIENT" in run(RecipientAsNameCheck(), to_addrs=["me@acme.com"], from_addr="me@acme.com",
                                      headers=[("Delivered-To", "me@acme.com")])


def test_disposable_alias_of_the_reader_on_a_list_is_not_the_sender():
    alias = "list.at.example@x.mailinator.com"
    assert "DISPOSABLE_MAILBOX" not in run(MailboxCheck(), from_addr=alias, to_addrs=[alias],
                                           headers=[("List-Post", "<mailto:list@example.org>")])
    assert "DISPOSABLE_MAILBOX" in run(MailboxCheck(), from_addr="someone@mailinator.com", to_addrs=["me@acme.com"])


def test_many_link_sites_marks_a_digest():
    digest = [Link(f"story {i}", f"https://news{i}.example{i}.com/a") for i in range(9)]
    assert "__MANY_LINK_SITES" in run(LinkCheck(), links=digest)
    assert "__MANY_LINK_SITES" not in run(LinkCheck(), links=[Link("Log in", "https://bit.ly/x"), Link("Help", "https://bank.example/")])


def test_links_without_words_ignores_the_opt_out_footer():
    footer = ("Don't miss out. The advertiser does not manage your subscription. If you prefer not to receive "
              "further communication, please unsubscribe here.")
    assert "LINKS_WITHOUT_WORDS" in run(LinksWithoutWordsCheck(), html="<a href='x'><img></a>", body=footer,
                                        links=[Link("", "https://promo.example/x")])
    letter = ("Dear Anna, we need 500 pcs of model XK-20 delivered to Rotterdam in May, please send your best price "
              "and lead time. To unsubscribe from our newsletter write to us.")
    assert "LINKS_WITHOUT_WORDS" not in run(LinksWithoutWordsCheck(), html="<p>x</p>", body=letter,
                                            links=[Link("site", "https://acme.example/")])
