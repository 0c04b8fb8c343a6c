"""Genuine buyers a review found flagged by the detection commit ef1d532, each with the lure the rule was
written for still caught: a number with a reason to use WhatsApp and "we can discuss the details on
WhatsApp"; LINE / Signal / IMO as ordinary words; a buyer naming the product in words who pays in crypto
(and a buyer of leather wallets); a company's own signing link; a chat buyer's shop named after him; a
typed URL's trailing comma. Triaged whole, offline, as `triage` does."""

from __future__ import annotations

from inquiry_triage.parsing.record import parse_record
from tests.test_chat_lures_and_signing import NOW
from tests.triage_kit import Kit, rules_of

KIT = Kit(NOW)  # one offline triage of a chat line or mail, as in test_chat_lures_and_signing
chat, mail = KIT.chat, KIT.mail


# --- 1. Details on WhatsApp -------------------------------------------------------------------------

def test_a_travelling_buyer_giving_his_number_keeps_nothing_back():
    result = chat("Hello, please add my WhatsApp +971 50 123 4567, I am travelling this week and cannot check "
                  "email. We are interested in your products, contact me on WhatsApp for details.", name="Omar")
    assert "OFF_PLATFORM_DETAILS_WITHHELD" not in rules_of(result), result["reasons"]


# The reviewer's sentences after a first contact that already moves to WhatsApp (OFF_PLATFORM_FIRST_CONTACT,
# 2.0, kept): only the "details withheld" step on top of it is at stake.
MOVE = "Hello, I rarely check my email, please add me on WhatsApp. "


def test_discussing_the_details_on_whatsapp_withholds_nothing():
    result = chat(MOVE + "We are interested in your products. We can discuss the details on WhatsApp.", name="Omar")
    assert "OFF_PLATFORM_FIRST_CONTACT" in rules_of(result), result["reasons"]
    assert "OFF_PLATFORM_DETAILS_WITHHELD" not in rules_of(result), result["reasons"]


def test_line_signal_and_imo_as_words_are_no_chat_app():
    for body in ("Please send your full product line for our review, we will then ask for details.",
                 "Vessel IMO 9321483, please quote the freight for details.",
                 "We need a signal cable, please quote for details."):
        result = chat(MOVE + body, name="Omar")
        assert "OFF_PLATFORM_DETAILS_WITHHELD" not in rules_of(result), (body, result["reasons"])


def test_the_tease_that_keeps_its_details_for_a_chat_app_is_still_flagged():
    for body in ("Hello we have huge order for you. Add me on LINE for details",
                 "Hello, I do not check my email often. Contact me on telegram @robert_imports88 for details"):
        result = chat(body, name="Kevin")
        assert {"OFF_PLATFORM_FIRST_CONTACT", "OFF_PLATFORM_DETAILS_WITHHELD"} <= rules_of(result), result["reasons"]
        assert result["suspicious"], result["reasons"]


# --- 2. Crypto and the wallet ------------------------------------------------------------------------

def test_a_buyer_naming_the_product_in_words_may_pay_usdt_and_ask_the_wallet():
    for body in ("Hi, I want to order your stainless steel water bottles. I will pay in USDT, what is your "
                 "wallet address?",
                 "I would like to order leather wallets for our shop. Please send me your wallet catalogue with "
                 "prices, I will pay with USDT."):
        result = chat(body, name="Sam")
        assert "CRYPTO_BUYER_ASKS_WALLET" not in rules_of(result), result["reasons"]
        assert not result["suspicious"], (body, result["reasons"])


def test_crypto_for_whatever_is_in_stock_with_the_wallet_asked_is_still_flagged():
    result = chat("I will pay in USDT for anything you have available. What is your wallet address?", name="Sam")
    assert "CRYPTO_BUYER_ASKS_WALLET" in rules_of(result), result["reasons"]
    assert result["suspicious"]


# --- 3. A company's own signing link ------------------------------------------------------------------

def test_a_company_signing_team_linking_its_own_domain_is_not_a_nameless_service():
    for sender, subject, body in (
            ("Contract Signing <contracts@acme-industries.com>", "Supply agreement",
             "Dear partner, please review and sign the supply agreement: https://acme-industries.com/sign/123"),
            ("Documents Team <docs@nowak-outlet.pl>", "NDA",
             "Hello, please review and sign the NDA before our call: https://www.nowak-outlet.pl/nda/55")):
        result = mail(sender, subject, body)
        assert "SIGN_REQUEST_FROM_NAMELESS_SERVICE" not in rules_of(result), (sender, result["reasons"])


def test_a_nameless_service_linking_another_domain_is_still_flagged():
    result = mail("Contract Signing <contracts@acme-industries.com>", "Supply agreement",
                  "Please review and sign the supply agreement: https://sign-portal-docs.net/v/123")
    assert "SIGN_REQUEST_FROM_NAMELESS_SERVICE" in rules_of(result), result["reasons"]


# --- 4. A chat buyer's own shop -------------------------------------------------------------------------

def test_a_chat_buyers_shop_named_after_him_is_his_own():
    result = chat("Our store: https://santos-crafts.top please check what we sell and send catalogue",
                  name="Maria Santos")
    assert "LINK_IS_THE_MESSAGE" not in rules_of(result), result["reasons"]
    assert result["risk"] == 0, result["reasons"]


def test_a_link_to_a_host_named_otherwise_is_still_elsewhere():
    result = chat("Our store: https://best-deals-crafts.top please check what we sell and send catalogue",
                  name="Maria Santos")
    assert "LINK_IS_THE_MESSAGE" in rules_of(result), result["reasons"]


# --- 5. A typed URL's trailing punctuation -------------------------------------------------------------

def test_a_typed_urls_trailing_punctuation_is_not_the_urls():
    inquiry = parse_record({"body": "see www.other.example/x, and https://a.example/b. Or (www.c.example/d); "
                                    "\u201cwww.e.example\u201d!"}, source="r")
    assert [link.href for link in inquiry.links] == ["www.other.example/x", "https://a.example/b",
                                                     "www.c.example/d", "www.e.example"]
