"""General fixes for the held-out probe part 4's last misses, each with a hit and a miss written for
this test (not the probe's sentences): a record's typed URLs are its links (so the link lures read a
chat line as they read a mail), a signing request from a 'service' that names nobody, a first contact
that keeps even its details for a chat app, a fee demand in Swahili with the order it promises, crypto
for anything in stock with the seller's wallet asked for. Triaged whole, offline, as `triage` does."""

from __future__ import annotations

from datetime import datetime, timezone

from inquiry_triage.parsing.record import parse_record
from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 1, 1, 0, tzinfo=timezone.utc)
KIT = Kit(NOW)  # the kit's own Date (+0800), Message-ID, sources and chat record ("message" channel, no name)
chat, mail = KIT.chat, KIT.mail


# --- 1. A record's links ------------------------------------------------------------------------

def test_a_records_typed_urls_are_its_links():
    inquiry = parse_record({"body": "see https://www.santos-pack.com/bags and www.other.example/x, thanks"}, source="r")
    assert [link.href for link in inquiry.links] == ["https://www.santos-pack.com/bags", "www.other.example/x"]
    assert parse_record({"body": "no link here"}, source="r").links == []


def test_a_platform_notice_in_a_chat_line_with_a_link_elsewhere_is_flagged():
    result = chat("Your Alibaba seller account is suspended. Sign in here to restore it: "
                  "https://seller-restore.xyz/signin", name="Alibaba Service Center")
    assert "PLATFORM_NOTICE_LINK_ELSEWHERE" in rules_of(result), result["reasons"]
    assert result["suspicious"], result["reasons"]


def test_a_buyer_who_found_us_on_the_platform_and_links_his_own_site_is_not():
    for result in (chat("Hi, found you on Alibaba. We need 500 kraft paper bags with handles, our shop: "
                        "https://www.santos-pack.shop/products", name="Maria Santos", website="www.santos-pack.shop"),
                   chat("Our site https://www.santos-pack.shop please send catalogue", name="Maria Santos",
                        website="https://www.santos-pack.shop"),
                   chat("Alibaba Trade Assurance ok for us. 300 pcs BV-25, see https://www.ruiz-suministros.es",
                        name="Javier Ruiz")):
        assert not {"PLATFORM_NOTICE_LINK_ELSEWHERE", "LINK_IS_THE_MESSAGE"} & rules_of(result), result["reasons"]
        assert not result["suspicious"] and result["risk"] < 1.0, result["reasons"]


# --- 2. A signing request from a nameless service -------------------------------------------------

LURE = "Please review and sign the document: Distribution Agreement 2027.pdf\n\nOPEN DOCUMENT: https://{d}/v/7781"


def test_a_signing_request_from_a_nameless_service_scores():
    # The link on another domain than the sender's: since the review of ef1d532 a signing link on the
    # sender's own domain is a company's own system (tests/test_genuine_shapes_reviewed2.py), lure or not.
    result = mail("Secure Document Center <notice@contract-review.net>", "Signature requested",
                  LURE.format(d="docs-view-sign.net"))
    assert "SIGN_REQUEST_FROM_NAMELESS_SERVICE" in rules_of(result), result["reasons"]
    result = mail("Secure Document Center <notice@contract-review.net>", "Signature requested",
                  LURE.format(d="contract-review.net"))
    assert "SIGN_REQUEST_FROM_NAMELESS_SERVICE" not in rules_of(result), result["reasons"]


def test_a_company_or_a_provider_sending_its_own_signing_link_does_not():
    for sender, domain in (("Acme Valves Legal <legal@acme-valves.com>", "acme-valves.com"),
                           ("Anna Schmidt <a.schmidt@acme-valves.com>", "acme-valves.com"),
                           ("Electronic Signature <dse_na2@docusign.net>", "na2.docusign.net")):
        result = mail(sender, "Signature requested", LURE.format(d=domain))
        assert "SIGN_REQUEST_FROM_NAMELESS_SERVICE" not in rules_of(result), (sender, result["reasons"])
    # Our relay's verdict (above its hand-over Received line): SPF, DKIM and DMARC pass for the domain.
    signed = ("Authentication-Results: mx.example-factory.cn; spf=pass smtp.mailfrom=contract-review.net;\n"
              " dkim=pass header.d=contract-review.net; dmarc=pass header.from=contract-review.net\n"
              "Received: from mail.contract-review.net (mail.contract-review.net [81.169.145.10])\n"
              " by mx.example-factory.cn (Postfix) with ESMTPS id 1A2B3C; Mon, 30 Nov 2026 10:00:02 +0800\n")
    result = mail("Secure Document Center <notice@contract-review.net>", "Signature requested",
                  LURE.format(d="contract-review.net"), auth=signed)
    assert "SIGN_REQUEST_FROM_NAMELESS_SERVICE" not in rules_of(result), result["reasons"]


# --- 3. Details kept for the chat app -------------------------------------------------------------

def test_a_first_contact_keeping_its_details_for_a_chat_app_is_flagged():
    result = chat("Hello we have huge order for you. Add me on WhatsApp for more information", name="Kevin")
    assert {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} <= rules_of(result), result["reasons"]
    assert result["suspicious"], result["reasons"]


def test_a_buyer_naming_the_product_may_ask_for_whatsapp():
    result = chat("We need 2,000 pcs DN50 ball valves, big order. Contact me on WhatsApp for details", name="Ahmed")
    assert not {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} & rules_of(result), result["reasons"]
    assert not result["suspicious"]


# --- 4. A Swahili fee demand with the order it promises -------------------------------------------

def test_a_swahili_fee_demand_before_the_order_is_flagged():
    result = chat("Msambazaji lazima ulipe ada ya usajili kwanza, kisha tutaweka oda kubwa", name="Juma",
                  channel="whatsapp", country="TZ")
    assert "SELLER_MUST_PAY_FEE" in rules_of(result), result["reasons"]
    assert result["suspicious"] and result["language"] == "sw"


def test_a_swahili_buyer_placing_an_order_is_not():
    result = chat("Habari, tutaweka oda ya pampu 20 wiki ijayo. Tafadhali tuma bei na muda wa kusafirisha",
                  name="Juma", channel="whatsapp", country="TZ")
    assert not result["suspicious"] and result["risk"] == 0, result["reasons"]


# --- 5. Crypto for anything, the seller's wallet asked for ------------------------------------------

def test_crypto_for_anything_in_stock_and_the_wallet_asked_is_flagged():
    result = chat("hi i can pay with bitcoin for everything you have in stock. send me your BTC wallet address", name="Sam")
    assert "CRYPTO_BUYER_ASKS_WALLET" in rules_of(result), result["reasons"]
    assert result["suspicious"]


def test_a_buyer_naming_the_goods_may_pay_crypto_and_ask_the_wallet():
    result = chat("We pay in USDT for 300 pcs of model BV-25 delivered to Mombasa, what's your wallet?", name="Sam")
    assert not {"CRYPTO_PAYMENT_WITHOUT_PRODUCT", "CRYPTO_BUYER_ASKS_WALLET"} & rules_of(result), result["reasons"]
    assert not result["suspicious"]


# --- Fifth probe families (general fixes after its commit; tuned on it) ------------------------------

def test_a_chat_contact_named_as_the_platform_with_an_account_lure_is_flagged():
    result = chat("Dear seller, your seller account has been suspended for missing documents. Reply with your "
                  "login email to restore it", name="Alibaba.com Service Team")
    assert "PLATFORM_NAMED_CHAT_LURE" in rules_of(result), result["reasons"]
    assert result["suspicious"], result["reasons"]


def test_a_buyer_named_after_the_platform_or_mentioning_an_account_is_not():
    for result in (chat("Hi, we saw your valves on Alibaba. Please quote 200 pcs DN25 FOB Ningbo", name="Alibaba buyer Tom"),
                   chat("Your account manager promised the catalogue last week, please send it", name="Made-in-China member")):
        assert "PLATFORM_NAMED_CHAT_LURE" not in rules_of(result), result["reasons"]
        assert not result["suspicious"], result["reasons"]


def test_a_bank_detail_change_by_chat_scores():
    result = chat("Dear partner, our bank account has changed. Please remit the open invoice to our new account.",
                  name="Accounts Dept", channel="whatsapp")
    assert "BANK_CHANGE_BY_CHAT" in rules_of(result), result["reasons"]


def test_a_chat_mentioning_a_bank_without_a_change_does_not():
    result = chat("We paid the deposit to your account at Bank of China yesterday, please check and confirm",
                  name="Accounts Dept", channel="whatsapp")
    assert "BANK_CHANGE_BY_CHAT" not in rules_of(result), result["reasons"]


def test_a_russian_first_contact_kept_for_telegram_is_flagged():
    result = chat("Здравствуйте, большой объём, детали только в Telegram @krany_opt2026, почте не доверяю", name="Олег")
    assert {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} <= rules_of(result), result["reasons"]
    assert result["suspicious"]


def test_a_russian_buyer_naming_the_goods_may_use_telegram():
    result = chat("Здравствуйте, нужны шаровые краны DN50, 2000 шт, детали в Telegram @krany_opt2026", name="Олег")
    assert not {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} & rules_of(result), result["reasons"]
    assert not result["suspicious"]


def test_signing_in_with_the_work_mailbox_to_open_a_document_scores():
    result = mail("Purchasing <buyer@harbor-supply.example>", "PO 5512",
                  "Our PO 5512 is on the secure server and can be accessed with your corporate email credentials: "
                  "https://po-files.harbor-supply.example/5512")
    assert "WORK_MAILBOX_LOGIN_TO_OPEN" in rules_of(result), result["reasons"]


def test_a_buyer_portal_or_a_parcel_tracker_does_not():
    for body in ("Please log in to our supplier portal with the account we created for you: https://portal.acme.example",
                 "Enter your email to track your parcel at https://track.example-post.com"):
        result = mail("Purchasing <buyer@harbor-supply.example>", "Portal", body)
        assert "WORK_MAILBOX_LOGIN_TO_OPEN" not in rules_of(result), result["reasons"]


def test_mail_monitored_so_only_a_chat_app_is_flagged():
    result = mail("Paul Grant <paulgrant.sourcing@gmail.com>", "Supply contract",
                  "Hello, we have a big order for your company. Our compliance office screens all company emails, so "
                  "I can only talk about the order on Telegram. Message me there and I will share everything.\nPaul")
    assert {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} <= rules_of(result), result["reasons"]
    assert result["suspicious"], result["reasons"]


def test_a_buyer_with_a_product_who_also_chats_is_not():
    result = mail("Omar Haddad <omar.haddad@gmail.com>", "DN40 gate valves",
                  "Hello, we need 300 pcs DN40 gate valves CIF Jebel Ali. Our office email is monitored by IT, we can "
                  "also discuss details on WhatsApp +971 50 555 0182.\nOmar")
    assert not {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} & rules_of(result), result["reasons"]
    assert not result["suspicious"], result["reasons"]
