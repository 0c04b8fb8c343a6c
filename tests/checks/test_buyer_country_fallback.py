"""The buyer's country falls back past the sender network and the declared country (checks/origin.py
COUNTRY_EVIDENCE: network > declared > a record's phone > a web form's country field > the signature's
phone > the company domain's ccTLD), says which evidence gave it, and COUNTRY_RISK reads the same
country. The buyer's clock uses a form's "Country:" field, names zones by today's names (Kolkata), and
prefers a city or country the message names over a bare UTC offset.

Mails and records are written for this test (Gmail-shaped: no originating IP), not taken from a corpus."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inquiry_triage.checks.origin import domain_country, form_country
from inquiry_triage.config import load_config
from inquiry_triage.parsing.record import parse_record
from inquiry_triage.pipeline import build_context, triage, triage_inquiry
from tests.factories import make_inquiry

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
CTX = build_context(load_config(None), offline=True, now=NOW)


def gmail(body: str, offset: str = "+0000", sender: str = "Buyer <buyer.trading@gmail.com>", n: int = 1) -> bytes:
    """A mail handed over by Google's servers: no sender network, so no IP country."""
    return (
        "Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com. [209.85.221.54])\r\n"
        "\tby mx1.seller.example (Postfix) with ESMTPS id 4ABCD; Mon, 30 Nov 2026 15:02:09 +0800 (CST)\r\n"
        f"MIME-Version: 1.0\r\nFrom: {sender}\r\n"
        f"Date: Mon, 30 Nov 2026 11:02:05 {offset}\r\nMessage-ID: <CAcountry{n}@mail.gmail.com>\r\n"
        "Subject: Inquiry\r\nTo: sales@seller.example\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n"
        + body.replace("\n", "\r\n")).encode()


def chat(**fields):
    record = {"channel": "whatsapp", "id": fields.pop("id", "c1"), "received_at": "2026-11-30T10:00:00+08:00",
              "body": "Hello, I need 500 pcs of model PL-200, price FOB Ningbo please.", **fields}
    return triage_inquiry(parse_record(record, source="test.jsonl"), CTX)


def rules(result) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {r["rule"]: r for r in result.to_json()["reasons"]}


# --- 1. the stored country falls back, and says why ----------------------------------------------

@pytest.mark.parametrize("phone, code", [("+380 44 123 4567", "UA"), ("+234 803 123 4567", "NG")])
def test_a_chat_known_only_by_its_phone_has_the_phone_country(phone, code):
    result = chat(phone=phone)
    data = result.to_json()
    assert (data["country"], data["country_from"], data["country_detail"]) == (code, "phone", phone)
    assert result.facts.country == code  # what store.save_result writes into the CC column


@pytest.mark.parametrize("domain, code", [("acme.com.ua", "UA"), ("lagos-importers.ng", "NG"),
                                          ("firma.co.uk", "GB")])
def test_a_company_domain_country_code_gives_the_country(domain, code):
    result = triage(gmail("Please quote 500 pcs of PL-200.\n", sender=f"Olena <olena@{domain}>"), CTX)
    data = result.to_json()
    assert (data["country"], data["country_from"], data["country_detail"]) == (code, "domain", domain)


@pytest.mark.parametrize("domain", ["startup.io", "brand.co", "shop.me", "gmail.com", "acme.com"])
def test_generic_domains_give_no_country(domain):
    assert domain_country(domain) == ""


def test_a_national_second_level_under_a_generic_cctld_counts():
    assert domain_country("acme.com.co") == "CO"


def test_a_free_mailbox_domain_is_no_evidence():
    data = triage(gmail("Please quote 500 pcs of PL-200.\n", sender="Ivan <ivan@yandex.ru>"), CTX).to_json()
    assert data["country"] is None and data["country_from"] is None


def test_the_order_phone_before_domain_and_declared_before_phone():
    result = chat(phone="+380 44 123 4567", email="o@acme.de", id="c2")
    assert result.to_json()["country_from"] == "phone"
    result = chat(phone="+380 44 123 4567", country="Poland", id="c3")
    assert (result.to_json()["country"], result.to_json()["country_from"]) == ("PL", "declared")


def test_the_signature_phone_gives_the_country_of_a_gmail_buyer():
    body = "Please quote 500 pcs of PL-200.\n\nBest regards,\nOlena\nTel: +380 44 123 4567\n"
    data = triage(gmail(body, "+0200"), CTX).to_json()
    assert (data["country"], data["country_from"]) == ("UA", "signature-phone")


# --- 2. COUNTRY_RISK reads the same country --------------------------------------------------------

def test_a_chat_from_a_weighted_phone_country_gets_country_risk_naming_the_phone():
    hit = rules(chat(phone="+234 803 123 4567")).get("COUNTRY_RISK")
    assert hit is not None and hit["points"] > 0
    assert "NG" in hit["detail"] and "phone number +234 803 123 4567" in hit["detail"]


def test_a_chat_from_an_unweighted_country_gets_none():
    assert "COUNTRY_RISK" not in rules(chat(phone="+380 44 123 4567"))


def test_a_signature_number_alone_gives_no_country_risk_points():
    body = "Please quote 500 pcs of PL-200.\n\nRegards,\nAhmed Yusuf\nWhatsApp: +234 803 555 7788\n"
    data = triage(gmail(body, "+0100", n=11), CTX).to_json()
    assert data["country"] == "NG" and data["country_from"] == "signature-phone"
    assert "COUNTRY_RISK" not in {r["rule"] for r in data["reasons"]}


def test_the_domain_country_code_feeds_country_risk():
    result = triage(gmail("Please quote 500 pcs of PL-200.\n", sender="Ade <ade@lagos-importers.ng>"), CTX)
    assert "lagos-importers.ng" in rules(result)["COUNTRY_RISK"]["detail"]


# --- 3. a web form's Country field ----------------------------------------------------------------

FORM = ("New message from the contact form:\n\nName: Jonas Weber\nCompany: Weber Technik\nCountry: Germany\n"
        "Email: jonas.weber@gmail.com\nMessage: Please send the price of 200 pcs PL-200.\n")


@pytest.mark.parametrize("line, code", [("Country: Germany", "DE"), ("* Country/Region: Turkey", "TR"),
                                        ("| Country | Brazil |", "BR"), ("国家：DE", "DE"), ("Your country: Kenya", "KE")])
def test_form_country_lines(line, code):
    assert form_country(make_inquiry(body=f"Name: X\n{line}\nMessage: hi\n"))[0] == code


@pytest.mark.parametrize("line", ["Country of origin: China", "Destination country: Germany",
                                  "We sell in every country: Germany, France", "Country: our warehouse"])
def test_lines_that_are_not_the_buyers_country(line):
    assert form_country(make_inquiry(body=f"Name: X\n{line}\n"))[0] == ""


def test_a_web_form_country_sets_the_buyers_clock_and_country():
    data = triage(gmail(FORM, "+0000", n=3), CTX).to_json()
    assert data["buyer_timezone"] == "Europe/Berlin"
    assert (data["country"], data["country_from"], data["country_detail"]) == ("DE", "form", "Germany")


def test_a_web_form_country_does_not_beat_a_sender_network():
    raw = gmail(FORM.replace("Germany", "Brazil"), "+0100", n=4).replace(
        b"Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com. [209.85.221.54])",
        b"Received: from mail.firma.example (mail.firma.example [85.214.132.117])")
    data = triage(raw, CTX).to_json()
    assert data["buyer_timezone"] == "Europe/Berlin" and data["country_from"] == "network"


# --- 4. zone names: Kolkata, and a named city over a bare offset ----------------------------------

def test_an_indian_phone_is_on_kolkata_not_calcutta():
    data = chat(phone="+91 98201 23456", id="c4").to_json()
    assert data["buyer_timezone"] == "Asia/Kolkata" and "Calcutta" not in (data["reply_note"] or "")


def test_every_zone_phonenumbers_gives_has_todays_name():
    import pytz
    from phonenumbers import timezone as phone_timezone

    from inquiry_triage.queue.phones import canonical_zone

    listed = {z for zones in pytz.country_timezones.values() for z in zones}
    given = {z for zones in phone_timezone.TIMEZONE_DATA.values() for z in zones if "/" in z}
    assert {z for z in given if canonical_zone(z) not in listed} == set()


@pytest.mark.parametrize("signature, offset, zone", [
    ("Mehmet Yilmaz\nIstanbul, Turkey", "+0300", "Europe/Istanbul"),
    ("Ahmed\nRiyadh", "+0300", "Asia/Riyadh"),
    ("Chidi Okafor\nLagos, Nigeria", "+0100", "Africa/Lagos"),
    ("Jonas\nMunich", "+0100", "Europe/Berlin"),
])
def test_a_named_city_replaces_a_bare_offset(signature, offset, zone):
    body = f"Please quote 500 pcs of PL-200.\n\nBest regards,\n{signature}\n"
    data = triage(gmail(body, offset, n=5), CTX).to_json()
    assert data["buyer_timezone"] == zone and data["buyer_place"]


def test_a_named_place_on_another_offset_is_not_used():
    body = "Please quote 500 pcs of PL-200.\n\nBest regards,\nJonas\nMunich\n"
    data = triage(gmail(body, "+0300", n=6), CTX).to_json()
    assert data["buyer_timezone"] == "Etc/GMT-3" and data["buyer_place"] is None


def test_lower_case_words_and_peoples_names_are_not_places():
    body = "Please quote 500 pcs of fine china cups.\n\nBest regards,\nJordan Smith\n"
    data = triage(gmail(body, "+0300", n=7), CTX).to_json()
    assert data["buyer_timezone"] == "Etc/GMT-3"


def test_a_company_domain_country_code_names_the_clock_when_the_offset_fits():
    data = triage(gmail("Please quote 500 pcs of PL-200.\n", "+0200", sender="Olena <olena@acme.com.ua>", n=8),
                  CTX).to_json()
    assert data["buyer_timezone"] == "Europe/Kyiv"
    other = triage(gmail("Please quote 500 pcs of PL-200.\n", "+0500", sender="Olena <olena@acme.com.ua>", n=9),
                   CTX).to_json()
    assert other["buyer_timezone"] == "Etc/GMT-5"  # the offset is not Ukraine's: the Date wins


def test_a_form_relayed_by_our_own_server_is_read_on_the_forms_country():
    """Our web server in China (the seller's country, its +0800 Date) hands the form over: the network and
    the Date are ours; the form's "Country: Germany" gives the buyer's country and clock."""
    raw = ("Received: from web.our-factory.cn (web.our-factory.cn [218.2.110.5])\n"
           "\tby mx.our-factory.example (Postfix) with ESMTPS id 4D5E; Mon, 30 Nov 2026 09:02:30 +0800\n"
           "From: Website <website@our-factory.example>\nReply-To: jonas.weber@gmail.com\nTo: sales@our-factory.example\n"
           "Subject: New contact form message\nDate: Mon, 30 Nov 2026 09:02:21 +0800\nMessage-ID: <form-1@x>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + FORM).encode()
    data = triage(raw, CTX).to_json()
    assert data["ip_country"] == "CN"  # the fact stays as measured
    assert (data["buyer_timezone"], data["country"], data["country_from"]) == ("Europe/Berlin", "DE", "form")


def test_a_chinese_buyers_network_without_a_form_stays_chinese():
    raw = ("Received: from mail.zhejiang-trade.cn (mail.zhejiang-trade.cn [218.2.110.77])\n"
           "\tby mx.our-factory.example (Postfix) with ESMTPS id 4D5E; Mon, 30 Nov 2026 09:02:30 +0800\n"
           "From: Wang Lei <wang.lei@zhejiang-trade.cn>\nTo: sales@our-factory.example\n"
           "Subject: Inquiry\nDate: Mon, 30 Nov 2026 09:02:21 +0800\nMessage-ID: <cn-1@x>\n"
           "Content-Type: text/plain; charset=utf-8\n\nPlease quote 200 LED panels.\n").encode()
    data = triage(raw, CTX).to_json()
    assert (data["buyer_timezone"], data["country"], data["country_from"]) == ("Asia/Shanghai", "CN", "network")


@pytest.mark.parametrize("signature", ["Stanley Brooks\nSales", "Li Wei\nShanghai", "佐藤 CAの担当"])
def test_names_of_people_the_sellers_own_country_and_other_scripts_are_not_places(signature):
    body = f"Please quote 500 pcs of PL-200.\n\nBest regards,\n{signature}\n"
    data = triage(gmail(body, "+0800" if "Shanghai" in signature else "-0400", n=10), CTX).to_json()
    assert data["buyer_place"] is None and data["buyer_timezone"].startswith("Etc/")
