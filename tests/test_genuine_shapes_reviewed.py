"""Genuine buyers' shapes a reviewer found scored by narrowed rule data (session after the held-out
probe's fifth part): each triaged whole, as a buyer would send it, scores no risk from the rule that
over-reached, and the language stays the buyer's. The scam each rule is for is tested beside it."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.test_genuine_shapes_not_flagged import NOW
from tests.triage_kit import Kit, rules_of

KIT = Kit(NOW, date="Mon, 30 Nov 2026 10:00:00 +0000", message_id="<shape-1@mail.gmail.com>", mail_source="shape.eml")
triaged = KIT.mail

# A Tanzanian buyer says what it paid last year ("tulilipa zaidi ya" = "we paid more than"): price
# talk, not an overpayment to refund (__FR_PAY_ON_BEHALF, SELLER_MUST_PAY_FEE).
SW_PUMP_BUYER = ("Juma Mwinyi <juma.mwinyi@gmail.com>", "Pampu za maji",
                 "Habari,\n\nTunataka kununua pampu 50 za maji za sola. Mwaka jana tulilipa zaidi ya dola 120 "
                 "kwa kila pampu, tutumie bei yako.\n\nAsante,\nJuma Mwinyi\nMwinyi Kilimo, Dodoma")
SW_FREIGHT_BUYER = ("Juma Mwinyi <juma.mwinyi@gmail.com>", "Pampu 50",
                    "Habari,\n\nTunataka kununua pampu 50 za maji. Tulilipa zaidi kwa usafirishaji mwaka jana, "
                    "tafadhali tuambie bei ya CIF Dar es Salaam.\n\nAsante,\nJuma")


@pytest.mark.parametrize(("shape", "rule"), [(SW_PUMP_BUYER, "SELLER_MUST_PAY_FEE"),
                                              (SW_FREIGHT_BUYER, "SELLER_MUST_PAY_FEE")])
def test_genuine_shape_is_not_scored(shape, rule):
    result = triaged(*shape)
    assert rule not in rules_of(result), result["reasons"]
    assert result["risk"] == 0 and not result["suspicious"], (result["risk"], result["suspicion"])


def test_swahili_overpayment_refund_still_scores():
    result = triaged("Juma <juma.trade77@gmail.com>", "Malipo",
                     "Habari,\n\nTunataka kuagiza pampu 50. Tutalipa kwa hundi, tumelipa zaidi kwa makosa, "
                     "tafadhali rudisha kiasi kilichozidi kwa wakala wetu wa usafirishaji.\n\nJuma")
    assert "SELLER_MUST_PAY_FEE" in rules_of(result), result["reasons"]


# A Nigerian buyer greets "Salamu alaikum" and writes English: English, not Swahili.
SALAMU_BUYER = ("Musa Bello <musa.bello@gmail.com>", "Solar panels",
                "Salamu alaikum,\n\nWe need 500 pcs of solar panels 300W, CIF Lagos. Please send your best "
                "price and delivery time.\n\nMusa Bello\nBello Solar Ltd, Kano")


@pytest.mark.parametrize("opening", ["Salamu alaikum,", "Jambo Trading Ltd,", "Ndugu Sales,"])
def test_english_inquiry_opening_so_stays_english(opening):
    sender, subject, body = SALAMU_BUYER
    result = triaged(sender, subject, body.replace("Salamu alaikum,", opening))
    assert result["language"] == "en", result["language"]
    assert not {"MINOR_LANGUAGE", "MIXED_MINOR_ENGLISH"} & rules_of(result), result["reasons"]


def mail_with_file(sender: str, subject: str, body: str, filename: str, data: bytes) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "sales@example-factory.cn", subject
    message["Date"] = "Mon, 30 Nov 2026 10:00:00 +0300"
    message["Message-ID"] = "<shape-2@mail.gmail.com>"
    message.set_content(body)
    maintype, subtype = ("application", "x-rar-compressed") if filename.endswith(".rar") else ("application", "zip")
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def triaged_with_file(sender: str, subject: str, body: str, filename: str) -> dict:
    return KIT.raw(mail_with_file(sender, subject, body, filename, ZIP_BYTES))


# An empty zip archive: the attachment's kind is read from the file, not only its name.
ZIP_BYTES = b"PK\x05\x06" + b"\x00" * 18
TR_BUYER = ("Mehmet Yilmaz <mehmet.yilmaz@gmail.com>", "500 adet pompa - CIF Mersin",
            "Merhaba,\n\n500 adet dalgıç pompa almak istiyoruz, CIF Mersin. Oda kaydımız ektedir. Lütfen en iyi "
            "fiyatınızı ve teslim süresini gönderin.\n\nSaygılarımla,\nMehmet Yılmaz\nYılmaz Tarım Makineleri, Mersin")


@pytest.mark.parametrize("filename", ["Oda_Yazisi.zip", "Oda_2026_Faaliyet_Belgesi.zip", "odaya_giris.rar",
                                      "oda_notu.zip"])
def test_turkish_chamber_file_is_not_an_order_file(filename):
    # "Oda" is Turkish for the chamber (of commerce): its letter, activity certificate, registration.
    # A .rar is a risky kind of file whatever its name (ARCHIVE_OR_DISK_ATTACHMENT): only that may score.
    result = triaged_with_file(*TR_BUYER, filename)
    assert "ORDER_NAMED_RISKY_FILE" not in rules_of(result), result["reasons"]
    risks = {reason["rule"] for reason in result["reasons"] if reason["kind"] != "grade" and reason["points"] > 0}
    assert risks <= ({"ARCHIVE_OR_DISK_ATTACHMENT"} if filename.endswith(".rar") else set()), result["reasons"]
    assert not result["suspicious"], result["suspicion"]


def test_swahili_order_archive_still_scores():
    result = triaged_with_file("Ofisi ya Ununuzi <ununuzi.oda@gmail.com>", "Oda mpya",
                               "Habari,\n\nTafadhali angalia oda yetu mpya kwenye kiambatisho.\n\nAsante", "Oda_Mpya_4471.zip")
    assert "ORDER_NAMED_RISKY_FILE" in rules_of(result), result["reasons"]


# Buyers who say they buy in large quantities, Gmail, a WhatsApp number in the signature: no tease
# (__BIG_ORDER_TEASE), so no OFF_PLATFORM_FIRST_CONTACT.
LARGE_QUANTITY_BUYERS = [
    ("Ahmed Yusuf <ahmed.yusuf@gmail.com>", "Kitchen sinks",
     "Hello,\n\nWe are interested in your stainless steel kitchen sinks. We can buy large quantities if you give "
     "us good prices.\n\nRegards,\nAhmed Yusuf\nYusuf Home Supplies, Kano\nWhatsApp: +234 803 555 7788"),
    ("Ahmed Yusuf <ahmed.yusuf@gmail.com>", "Kitchen sinks",
     "Hello,\n\nWe need large quantities of these items. Please send your catalogue and price list.\n\n"
     "Regards,\nAhmed Yusuf\nWhatsApp: +234 803 555 7788"),
]


@pytest.mark.parametrize("shape", LARGE_QUANTITY_BUYERS)
def test_large_quantity_buyer_is_not_a_tease(shape):
    result = triaged(*shape)
    assert "OFF_PLATFORM_FIRST_CONTACT" not in rules_of(result), result["reasons"]
    assert result["risk"] == 0 and not result["suspicious"], (result["risk"], result["reasons"])


def test_tease_tied_to_the_chat_app_still_scores():
    result = triaged("Paul King <pking.global@gmail.com>", "Business",
                     "Hello,\n\nWe will buy large quantities once you add me on WhatsApp +1 (415) 555-0188.\n\nPaul")
    assert "OFF_PLATFORM_FIRST_CONTACT" in rules_of(result), result["reasons"]


# A closeout buyer takes "everything you have in stock" of a named line, with a company and a site:
# not the seed's fake order (ORDER_WITHOUT_SPECIFICS).
CLOSEOUT_BUYER = ("Tomasz Nowak <tomasz.nowak@gmail.com>", "Closeout stock",
                  "Hello,\n\nWe are a discount retailer in Poland. We would like to buy everything you have in stock of "
                  "last season's garden chairs (closeout / overstock). Please send the stock list with quantities and "
                  "your best price.\n\nBest regards,\nTomasz Nowak\nNowak Outlet Sp. z o.o., Poznan\n"
                  "https://www.nowak-outlet.pl")


def test_closeout_buyer_is_not_scored():
    result = triaged(*CLOSEOUT_BUYER)
    assert "ORDER_WITHOUT_SPECIFICS" not in rules_of(result), result["reasons"]
    assert result["risk"] == 0 and not result["suspicious"], (result["risk"], result["reasons"])


def test_crypto_for_whatever_in_stock_still_scores():
    result = triaged("Dan Cole <dancole.buys@gmail.com>", "Order",
                     "Hi,\n\nI want to buy everything you have in stock. I will pay with USDT (TRC20).\n\nDan")
    assert {"CRYPTO_PAYMENT_WITHOUT_PRODUCT", "CRYPTO_FOR_WHATEVER_IN_STOCK"} <= rules_of(result), result["reasons"]


def test_store_suspended_lure_scores():
    result = triaged("Alibaba.com Seller Center <notice@alibaba-sellercenter-support.com>", "Store suspended",
                     "Dear seller,\n\nYour Alibaba.com store has been suspended and your listings will be removed "
                     "today. Verify your account here: https://alibaba-sellercenter-support.com/verify\n\nSeller Support")
    assert "ACCOUNT_PROBLEM" in rules_of(result), result["reasons"]
