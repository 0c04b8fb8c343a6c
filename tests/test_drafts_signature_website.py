"""A seller's signature with a website (or a phone, an address) in it. The draft put the [seller]
company under the whole signature, after the website: "Best regards, / Alice Wang / www.acme.com /
Acme Co" (顺祝商祺！/ Alice Wang / www.acme.com / Acme Co), which no one writes; and a signature of
contact lines alone ("www.acme.com") counted as signed, so the draft ended "Best regards, /
www.acme.com" with no one to sign it and no blank to fill in. Now the company goes above the contact
lines (name, company, website), and contact lines alone get the blank to sign in the draft's language
above them. A signature without contact lines is signed as before."""

from __future__ import annotations

import pytest

from inquiry_triage.drafts import draft_reply
from inquiry_triage.model import Inquiry

ZH = Inquiry(source="t", message_id="<zh@t>", channel="email", from_name="王伟", from_addr="wangwei@hzmetal.cn",
             subject="询价：不锈钢球阀", body="您好！我们需要不锈钢球阀，数量：2000个。", own_text="您好！我们需要不锈钢球阀，数量：2000个。")
EN = Inquiry(source="t", message_id="<en@t>", channel="email", from_name="Anna Keller", from_addr="anna@keller.de",
             subject="Inquiry: ball valves", body="Hello, we need 2,000 pcs ball valves DN50.",
             own_text="Hello, we need 2,000 pcs ball valves DN50.")


def _closing(inquiry: Inquiry, language: str, signature: str, company: str = "Acme Co") -> list[str]:
    draft = draft_reply(inquiry, [], language, signature=signature, seller_company=company)
    return draft.rstrip("\n").split("\n\n")[-1].splitlines()


@pytest.mark.parametrize(("inquiry", "language", "closing", "blank"),
                         [(EN, "en", "Best regards,", "[your name]"), (ZH, "zh", "顺祝商祺！", "[您的姓名]")])
def test_the_company_goes_above_the_website(inquiry, language, closing, blank) -> None:
    assert _closing(inquiry, language, "Alice Wang\nwww.acme.com") == [closing, "Alice Wang", "Acme Co", "www.acme.com"]
    assert _closing(inquiry, language, "Best regards,\nAlice Wang\nTel: +86 574 8765 4321\nhttps://acme.com") == [
        closing, "Alice Wang", "Acme Co", "Tel: +86 574 8765 4321", "https://acme.com"]
    # a website alone signs for no one: the blank to sign, in the draft's language, then the company
    assert _closing(inquiry, language, "www.acme.com") == [closing, blank, "Acme Co", "www.acme.com"]
    assert _closing(inquiry, language, "网址：www.acme.com", company="") == [closing, blank, "网址：www.acme.com"]


@pytest.mark.parametrize(("inquiry", "language", "closing", "blank"),
                         [(EN, "en", "Best regards,", "[your name]"), (ZH, "zh", "顺祝商祺！", "[您的姓名]")])
def test_a_signature_without_contact_lines_is_signed_as_before(inquiry, language, closing, blank) -> None:
    assert _closing(inquiry, language, "Best regards,\nSales Team") == [closing, "Sales Team", "Acme Co"]
    assert _closing(inquiry, language, "") == [closing, blank, "Acme Co"]
    assert _closing(inquiry, language, "Acme Co\nwww.acme.com") == [closing, "Acme Co", "www.acme.com"]
