"""Chinese and Japanese inquiries write the Incoterm and the payment terms against their own letters
("请报FOB宁波价格，付款方式T/T"): there is no word boundary there, and the zh draft used to drop both."""

from __future__ import annotations

import pytest

from inquiry_triage.drafts import acknowledged, draft_reply
from inquiry_triage.model import Hit, Inquiry

HITS = [Hit("QUANTITY", 1.0, "x", excerpt="3000个"), Hit("INCOTERMS", 1.0, "x", excerpt="FOB"),
        Hit("PAYMENT_TERMS", 0.75, "x", excerpt="T/T")]


def inquiry(body: str) -> Inquiry:
    return Inquiry(source="t", message_id="<t@t>", from_name="王强", from_addr="w@163.com", subject="询价", body=body)


# The port written against the term is kept with it ("FOB宁波", newcomer run 9); "FOB价格" names none.
@pytest.mark.parametrize("body, terms", [("您好，请报FOB宁波价格，付款方式T/T，数量3000个。", "FOB宁波"),
                                         ("FOB价格，T/T付款，数量3000个", "FOB"),
                                         ("見積もりをお願いします。FOB上海、支払いはT/Tで、3000個です。", "FOB上海")])
def test_fob_and_tt_are_kept(body: str, terms: str) -> None:
    ack = acknowledged(inquiry(body), HITS, "zh")
    assert ack["incoterms"] == terms
    assert ack["payment_terms"] == "T/T"
    draft = draft_reply(inquiry(body), HITS, "zh")
    assert "T/T" in draft and "FOB" in draft


@pytest.mark.parametrize("body", ["BUTTON cells, LCD screens", "we use TTL logic", "LCD-TV 500个"])
def test_letters_around_do_not_make_terms(body: str) -> None:
    ack = acknowledged(inquiry(body), HITS, "zh")
    assert ack["payment_terms"] == ""
