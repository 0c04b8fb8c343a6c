"""Chat logs come from every messenger buyers use (Telegram, Viber, LINE, Zalo, KakaoTalk ...) and
exports spell channels their own way ("Web Form", "WhatsApp_Business"): each is read as its
channel, never refused as unknown; a word that names no channel is still refused, naming the
choices."""

from __future__ import annotations

import pytest

from inquiry_triage.model import CHANNELS, channel_word
from inquiry_triage.parsing.record import RecordError, parse_record
from inquiry_triage.queue import operations as ops


@pytest.mark.parametrize("word", ["telegram", "Viber", "LINE", "zalo", "KakaoTalk", "Kakao_Talk", "WhatsApp Business",
                                  "WeChat", "skype", "MS Teams", "Facebook Messenger", "SMS", "QQ", "TradeManager"])
def test_a_messenger_record_is_an_im_inquiry(word):
    inquiry = parse_record({"channel": word, "body": "Hello, price for 200 pcs?"}, source="log.jsonl")
    assert inquiry.channel == "im"


@pytest.mark.parametrize(("word", "channel"), [("Web Form", "message"), ("web-form", "message"), ("contact form", "message"),
                                               ("E-Mail", "email"), ("Telephone", "phone"), ("Tel.", "phone"),
                                               ("telefax", "fax"), ("RFQ", "rfq"), ("", "message")])
def test_export_spellings_name_their_channel(word, channel):
    assert parse_record({"channel": word, "body": "Hello"}, source="log.jsonl").channel == channel


def test_a_word_that_names_no_channel_is_refused_naming_the_choices():
    with pytest.raises(RecordError, match="unknown channel 'pigeon'; expected one of " + ", ".join(CHANNELS)):
        parse_record({"channel": "pigeon", "body": "Hello"}, source="log.jsonl")
    assert channel_word("Carrier Pigeon") == "carrierpigeon" and ops.inquiry_channel("pigeon") is None


def test_the_queue_takes_the_same_words():
    assert ops.inquiry_channel("Telegram") == "im" and ops.reply_channel("viber") == "im"
    assert ops.reply_channel("Web Form") == "message" and ops.inquiry_channel("platform") == "rfq"
