"""A platform shows RFQs translated into its own language (Alibaba's Chinese seller site: Chinese): the
text's language is the platform's, not the buyer's. A Chinese RFQ from a buyer who declared a country
where people do not read Chinese is answered in English; a Chinese buyer, and anyone who writes Chinese
himself (email), is answered in Chinese (drafts.reply_language)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.drafts import DraftSettings, reply_language, task_draft
from inquiry_triage.pipeline import build_context, triage

CTX = build_context(load_config(None), offline=True)
RFQ = {"channel": "rfq", "subject": "LED面板灯 询价", "product": "LED面板灯", "quantity": "2000", "unit": "个",
       "body": "我们需要LED面板灯600x600 40W，数量2000个，请报CIF汉堡价格。"}


@pytest.mark.parametrize("channel, language, country, expected", [
    ("rfq", "zh", "DE", "en"), ("rfq", "zh", "us", "en"), ("rfq", "zh-CN", "BR", "en"),
    ("rfq", "zh", "CN", "zh"), ("rfq", "zh", "TW", "zh"), ("rfq", "zh", "HK", "zh"), ("rfq", "zh", "MO", "zh"),
    ("rfq", "zh", "SG", "zh"), ("rfq", "zh", "", "zh"),   # no declared country: nothing says he cannot read it
    ("email", "zh", "DE", "zh"), ("im", "zh", "DE", "zh"),  # he wrote Chinese himself
    ("rfq", "de", "DE", "de"), ("rfq", "en", "DE", "en"), ("rfq", "es", "CN", "es")])
def test_reply_language(channel: str, language: str, country: str, expected: str) -> None:
    assert reply_language(channel, language, country) == expected


def test_german_buyer_of_a_chinese_rfq_gets_english_without_chinese_words() -> None:
    result = triage({**RFQ, "id": "de-1", "country": "德国"}, CTX)
    assert result.facts.language.language == "zh"  # the text's language, as stored and filtered on
    draft = result.draft
    assert draft.startswith("Dear") and "您好" not in draft and "感谢" not in draft
    assert "2000 pieces" in draft  # the export's unit said in English, not "2000个"
    assert "LED面板灯" not in draft  # the platform's Chinese title is not quoted to him
    assert "CIF." in draft and "汉堡" not in draft  # the term, without the platform's Chinese place name


@pytest.mark.parametrize("country", ["中国", "CN", "Taiwan", ""])
def test_chinese_or_unknown_buyer_of_a_chinese_rfq_stays_chinese(country: str) -> None:
    draft = triage({**RFQ, "id": f"cn-{country}", "country": country}, CTX).draft
    assert draft.startswith("您好") and "2000个" in draft and "CIF汉堡" in draft


def test_a_chinese_email_from_germany_stays_chinese() -> None:
    draft = triage({"channel": "email", "id": "mail-1", "country": "DE", "email": "wang@example.de",
                    "subject": "询价", "body": RFQ["body"]}, CTX).draft
    assert draft.startswith("您好") and "CIF汉堡" in draft


def _stored(country: str, evidence: str, language: str = "zh") -> SimpleNamespace:
    return SimpleNamespace(channel="rfq", from_name="", from_addr="", subject="LED面板灯 询价", body=RFQ["body"],
                           product="LED面板灯", language=language,
                           result={"language": language, "country": country, "country_from": evidence, "reasons": []})


def test_stored_task_draft_follows_the_declared_country_and_a_picked_template_wins() -> None:
    task = SimpleNamespace(kind="reply", rule="", attempt=0, due_note="")
    settings = DraftSettings()
    assert task_draft(task, _stored("DE", "declared"), settings).startswith("Dear")
    assert task_draft(task, _stored("CN", "declared"), settings).startswith("您好")
    assert task_draft(task, _stored("DE", "declared"), settings, language="zh").startswith("您好")  # the picker


def test_the_web_template_picker_starts_on_the_language_the_draft_is_written_in() -> None:
    pytest.importorskip("starlette")
    from inquiry_triage.web.app import draft_language_of

    languages = ["de", "en", "zh"]
    german = SimpleNamespace(channel="rfq", data={"language": "zh", "country": "DE", "country_from": "declared"})
    chinese = SimpleNamespace(channel="rfq", data={"language": "zh", "country": "CN", "country_from": "declared"})
    assert draft_language_of(german, languages) == "en"
    assert draft_language_of(chinese, languages) == "zh"


@pytest.mark.parametrize("title, quoted", [
    ("Toys儿童玩具 plush bear", "Toys plush bear"),  # the buyer's own words beside the platform's translation
    ("Solar panel太阳能板（单晶）", "Solar panel"),
])
def test_an_english_draft_keeps_the_latin_words_of_a_mixed_rfq_title(title: str, quoted: str) -> None:
    """Newcomer 20: the whole mixed title was dropped from the English draft; only its Chinese is."""
    draft = triage({**RFQ, "id": f"mixed-{quoted}", "country": "德国", "subject": title}, CTX).draft
    assert f"“{quoted}”" in draft, draft
    assert "儿童" not in draft and "太阳能" not in draft and "（" not in draft


@pytest.mark.parametrize("title", ["LED面板灯 500个", "儿童玩具"])
def test_a_title_with_no_word_left_is_not_quoted(title: str) -> None:
    draft = triage({**RFQ, "id": f"none-{title}", "country": "德国", "subject": title}, CTX).draft
    assert "regarding “" not in draft and "“LED”" not in draft, draft
