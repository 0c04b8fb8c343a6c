"""What newcomer run 9 found in drafts for chat and CSV RFQ records: the Chinese draft called a model the
buyer named ("型号 PL-6060") a point they raised and dropped the port written against the term
("FOB宁波" became "FOB"); the Vietnamese draft cut "CIF TP. Hồ Chí Minh" at the abbreviation and dropped
"đặt cọc" from "T/T 30% đặt cọc"; a CSV RFQ's zh draft quoted the export's unit column ("2000 Piece/Pieces")
where the buyer wrote "2000个". Hits come from the shipped rules, as the pipeline finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.drafts import acknowledged, draft_reply
from inquiry_triage.model import Hit, Inquiry

SIGNALS = Path(__file__).resolve().parents[1] / "config" / "rules" / "signals.toml"
WECHAT = "您好，我们需要不锈钢球阀，型号 PL-6060，数量：3000个，FOB宁波，请报价，交货期多久？"


@pytest.fixture(scope="module")
def rules():
    return load_rules([SIGNALS]).rules


def inquiry(body: str, **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "王强", "from_addr": "w@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


def hits_of(rules, item: Inquiry) -> list[Hit]:
    return [hit for rule in rules if (hit := match_text_rule(rule, item))]


# --- the model is named, in every script whose label has no blank after it -----------------------------

@pytest.mark.parametrize("body, model", [(WECHAT, "PL-6060"), ("型號：AB3020，數量500個", "AB3020"),
                                         ("型号PL-6060 3000个", "PL-6060"), ("品番：XK-2050 を500個", "XK-2050"),
                                         ("모델 VC-500 수량 200", "VC-500")])
def test_a_model_labelled_in_chinese_japanese_or_korean_is_named_without_its_label(rules, body, model):
    item = inquiry(body)
    assert acknowledged(item, hits_of(rules, item), "zh")["model"] == model


def test_the_zh_draft_names_the_model_and_keeps_the_port_written_against_the_term(rules):
    item = inquiry(WECHAT)
    draft = draft_reply(item, hits_of(rules, item), "zh")
    assert "型号：PL-6060" in draft
    assert "贸易术语：FOB宁波" in draft
    assert "您关心的型号规格" not in draft  # no longer a "point you raised"


@pytest.mark.parametrize("body, terms", [("请报FOB宁波价格", "FOB宁波"), ("CIF汉堡请报价", "CIF汉堡"),
                                         ("FOB宁波港，谢谢", "FOB宁波"), ("FOB价格，T/T付款", "FOB"),
                                         ("FOB上海、支払いはT/Tで", "FOB上海"), ("price FOB Ningbo please", "FOB Ningbo")])
def test_a_port_against_the_term_ends_at_the_request_words_or_punctuation(rules, body, terms):
    item = inquiry(body)
    assert acknowledged(item, hits_of(rules, item), "zh")["incoterms"] == terms


# --- an abbreviation inside a place does not end it ---------------------------------------------------

@pytest.mark.parametrize("body, terms", [("giao CIF TP. Hồ Chí Minh, thanh toán T/T", "CIF TP. Hồ Chí Minh"),
                                         ("báo giá CIF TP.HCM giúp tôi", "CIF TP.HCM"),
                                         ("quote CIF St. Petersburg, thanks", "CIF St. Petersburg"),
                                         ("quote CIF Ft. Lauderdale", "CIF Ft. Lauderdale"),
                                         ("quote FOB St. Please reply", "FOB St")])
def test_an_abbreviation_in_a_place_keeps_the_rest_of_its_name(rules, body, terms):
    item = inquiry(body)
    assert acknowledged(item, hits_of(rules, item), "vi")["incoterms"] == terms


def test_the_vietnamese_draft_keeps_the_city_and_the_deposit_word(rules):
    item = inquiry("Chào anh, chúng tôi cần 3000 cái van bi, giao CIF TP. Hồ Chí Minh, thanh toán T/T 30% đặt cọc.")
    draft = draft_reply(item, hits_of(rules, item), "vi")
    assert "CIF TP. Hồ Chí Minh" in draft
    assert "T/T 30% đặt cọc" in draft
    assert "CIF TP." + ";" not in draft and "CIF TP;" not in draft


def test_a_destination_phrase_keeps_an_abbreviated_city_and_stops_before_the_next_sentence(rules):
    item = inquiry("Please ship to St. Petersburg, Russia. We need 300 pcs.")
    assert acknowledged(item, hits_of(rules, item), "en")["destination"] == "St. Petersburg"
    item = inquiry("Please ship to Main St. Please quote 300 pcs.")
    assert acknowledged(item, hits_of(rules, item), "en")["destination"] == "Main St"


# --- a CSV RFQ quotes the buyer's own quantity, not the export's unit column -------------------------

def test_a_csv_rfq_quotes_the_quantity_as_the_buyer_wrote_it_when_the_number_agrees(rules):
    item = inquiry("您好，我们需要丁腈手套 2000个，请报价。", quantity="2000", unit="Piece/Pieces")
    hits = hits_of(rules, item)
    assert acknowledged(item, hits, "zh")["quantity"] == "2000个"
    assert "数量：2000个" in draft_reply(item, hits, "zh")


def test_a_csv_rfq_keeps_its_fields_when_the_text_gives_another_number(rules):
    item = inquiry("您好，我们需要丁腈手套 500个，请报价。", quantity="2000", unit="Piece/Pieces")
    assert acknowledged(item, hits_of(rules, item), "zh")["quantity"] == "2000个"  # the export's unit in the draft's words
