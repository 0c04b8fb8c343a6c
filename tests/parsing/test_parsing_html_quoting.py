"""HTML to text and links; own words vs quotes vs signature."""

from __future__ import annotations

from inquiry_triage.model import Link
from inquiry_triage.parsing import parse_email
from inquiry_triage.parsing.html import html_to_text
from inquiry_triage.parsing.quoting import split_own_text

# --- HTML ------------------------------------------------------------------------------------


def test_html_blocks_links_and_dropped_parts():
    html = """<html><head><title>Secure</title><style>.x{display:none}</style>
    <script>document.location='http://x'</script></head><body>
    <div>Dear   customer,</div><div>Your account is <b>on hold</b>.<br>Verify now:</div>
    <p><a href=" https://login.micros0ft.example/verify?id=1 ">https://account.microsoft.com</a></p>
    <table><tr><td>Ref:</td><td>4471</td></tr><tr><td>Amount:</td><td>&euro;1,200</td></tr></table>
    <ul><li>one</li><li>two</li></ul>
    <p><a href="mailto:support@example.com"><img src="x.png"></a><a name="anchor">no href</a>
    <a href="https://t.co/abc">Click&nbsp;<b>h</b>e<i>re</i></a></p><noscript>enable js</noscript>
    </body></html>"""
    text, links = html_to_text(html)
    assert text == (
        "Dear customer,\nYour account is on hold.\nVerify now:\n\n"
        "https://account.microsoft.com\n\n"
        "Ref: 4471\nAmount: €1,200\n\n"
        "one\ntwo\n\n"
        "no href Click here"
    )
    assert links == [
        Link("https://account.microsoft.com", "https://login.micros0ft.example/verify?id=1"),
        Link("", "mailto:support@example.com"),
        Link("Click here", "https://t.co/abc"),
    ]


def test_html_degenerate_inputs():
    assert html_to_text("") == ("", [])
    assert html_to_text("   ") == ("", [])
    assert html_to_text("just <b>text</b> &amp; more") == ("just text & more", [])
    assert html_to_text("<p>a</p>\x00<p>b</p>") == ("a\n\nb", [])
    assert html_to_text("<a href='x'>unclosed <div>tags") == ("unclosed\ntags", [Link("unclosed tags", "x")])


def test_html_part_charset_from_meta_tag():
    body = '<html><head><meta charset="gbk"></head><body><p>您好，请报价。</p></body></html>'.encode("gbk")
    raw = b"From: a@b.cn\r\nContent-Type: text/html\r\n\r\n" + body
    inq = parse_email(raw, source="t")
    assert inq.body == "您好，请报价。"
    assert inq.defects == []


# --- quotes and signatures ---------------------------------------------------------------------


def test_english_reply_with_signature_and_quote():
    body = (
        "Hello,\n\nWe need 500 pcs of item A. Please quote FOB Ningbo.\n\n"
        "Best regards,\nJohn Smith\nPurchasing Manager\nACME GmbH\nTel: +49 30 1234567\n\n"
        "On Mon, 1 Jan 2024 at 10:00, Seller <s@x.cn> wrote:\n> Dear buyer,\n> our catalog attached.\n"
    )
    own, sig = split_own_text(body)
    assert own == "Hello,\n\nWe need 500 pcs of item A. Please quote FOB Ningbo."
    assert sig == "Best regards,\nJohn Smith\nPurchasing Manager\nACME GmbH\nTel: +49 30 1234567"


def test_attribution_over_two_lines_and_interleaved_quotes():
    body = (
        "> What quantity do you need?\n1000 units.\n> Which port?\nHamburg.\n\n"
        "On Tue, Jan 2, 2024 at 9:15 AM Sales Team <sales@factory.example>\nwrote:\n> earlier text\n"
    )
    own, sig = split_own_text(body)
    assert own == "1000 units.\nHamburg."
    assert sig == ""


def test_outlook_original_message_and_header_block():
    body = "Please send the invoice.\n\n-----Original Message-----\nFrom: Seller\nSent: Monday\nSubject: Re: PO\n\nold text"
    assert split_own_text(body) == ("Please send the invoice.", "")
    body = (
        "Confirmed, thanks.\n\n________________________________\n"
        "From: Seller <s@x.cn>\nSent: Monday, January 1, 2024 10:00 AM\nTo: me\nSubject: PO\n\nold"
    )
    assert split_own_text(body) == ("Confirmed, thanks.", "")
    body = "Bitte Angebot.\n\nVon: Verkäufer <v@x.de>\nGesendet: Montag, 1. Januar 2024 10:00\nAn: ich\n\nalt"
    assert split_own_text(body) == ("Bitte Angebot.", "")


def test_from_line_in_own_words_is_not_a_quote():
    body = "Shipping details:\nFrom: Ningbo\nTo: Hamburg\nQuantity: 2 x 40HQ"
    assert split_own_text(body) == (body, "")


def test_chinese_markers():
    body = (
        "您好，请报价。\n\n谢谢\n张三\n电话: 13800138000\n\n"
        "------------------ 原始邮件 ------------------\n发件人: \"卖家\"<s@x.cn>\n发送时间: 2024年1月1日\n主题: 报价\n\n旧内容"
    )
    assert split_own_text(body) == ("您好，请报价。", "谢谢\n张三\n电话: 13800138000")
    body = "好的，收到。\n\n发件人: seller@x.cn\n发送时间: 2024-01-01\n收件人: me\n\n以前的邮件"
    assert split_own_text(body) == ("好的，收到。", "")


def test_dash_dash_signature():
    body = "Please see the drawing attached.\n-- \nJo Miller\nwww.miller-trading.example\n"
    assert split_own_text(body) == ("Please see the drawing attached.", "Jo Miller\nwww.miller-trading.example")


def test_signature_detection_is_conservative():
    long_block = "Thanks,\n" + "\n".join(f"Item {i}: we need a long description of the specification number {i} here" * 2 for i in range(3))
    body = "Hello,\n\nPlease quote.\n\n" + long_block
    assert split_own_text(body) == (body.strip(), "")
    body = "Thanks"  # a bare sign-off with nothing before it is the message itself
    assert split_own_text(body) == ("Thanks", "")
    body = "Hi,\nPrice for 200 pcs?\n\nSent from my iPhone"
    assert split_own_text(body) == ("Hi,\nPrice for 200 pcs?", "Sent from my iPhone")


def test_parse_email_fills_own_text_and_signature():
    raw = (
        b"From: a@b.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"We want 20 tons.\r\n\r\nKind regards,\r\nAnna\r\n\r\n> old quoted\r\n"
    )
    inq = parse_email(raw, source="t")
    assert inq.body == "We want 20 tons.\n\nKind regards,\nAnna\n\n> old quoted"
    assert inq.own_text == "We want 20 tons."
    assert inq.signature == "Kind regards,\nAnna"


def test_bottom_posted_answers_after_an_attribution_are_kept():
    body = "On Thu, 22 Aug 2002, Joe <joe@example.com> wrote:\n> Why wait?\n\nBecause.\n\n> And this?\nYes.\n"
    assert split_own_text(body) == ("Because.\n\nYes.", "")
    body = "> On Thu, 22 Aug 2002, John wrote:\n> > reliable\n> ROFL.\n\nWell at least ours works."
    assert split_own_text(body) == ("Well at least ours works.", "")


def test_sign_off_just_above_the_delimiter_joins_the_signature():
    body = "Any advice welcome.\n\nThanks,\nDeclan\n-- \nIrish Linux Users' Group: ilug@linux.ie\n"
    assert split_own_text(body) == ("Any advice welcome.", "Thanks,\nDeclan\nIrish Linux Users' Group: ilug@linux.ie")
    body = "-- \nFROM: Dr. X\nURGENT BUSINESS PROPOSAL"  # a delimiter with nothing above is not a signature
    assert split_own_text(body) == ("--\nFROM: Dr. X\nURGENT BUSINESS PROPOSAL", "")
