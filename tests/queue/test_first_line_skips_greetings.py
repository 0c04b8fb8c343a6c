"""The web queue's first line is what the buyer asks, not his greeting (newcomer 15, finding 12): the list
showed "Buenos días,", "Merhaba,", "Xin chào," for most mails. A line that is only a salutation, in any
language (the greetings of data/language_words.toml, the detector's own list; CJK openers), is passed over;
a greeting with a sentence after it is kept. The CLI list's title of a subject-less chat does the same."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from inquiry_triage.cli import main
from inquiry_triage.config import load_config
from inquiry_triage.queue.names import first_line, first_words
from inquiry_triage.queue.operations import Actor
from inquiry_triage.queue.views import queue_list, seller_calendar
from inquiry_triage.store import open_store
from inquiry_triage.store.queue import QueueFilter


@pytest.mark.parametrize("body, shown", [
    ("Buenos días,\n\nNecesitamos 1.200 válvulas de bola DN50.", "Necesitamos 1.200 válvulas de bola DN50."),
    ("Merhaba,\nDN25 küresel vana için fiyat rica ediyoruz.", "DN25 küresel vana için fiyat rica ediyoruz."),
    ("Xin chào,\nChúng tôi cần báo giá van bi inox DN40.", "Chúng tôi cần báo giá van bi inox DN40."),
    ("Dear Sir or Madam,\n\nPlease quote 500 pcs DN50 PN16.", "Please quote 500 pcs DN50 PN16."),
    ("Dear Mr. Wang,\nPlease quote 500 pcs.", "Please quote 500 pcs."),
    ("Hello,\nWe need gate valves.", "We need gate valves."),
    ("Estimado Sr. López:\nLe escribo por las válvulas.", "Le escribo por las válvulas."),
    ("Здравствуйте!\nПросим цену на шаровые краны DN50.", "Просим цену на шаровые краны DN50."),
    ("السلام عليكم،\nنرجو عرض سعر لصمامات DN50", "نرجو عرض سعر لصمامات DN50"),
    ("您好！\n我们需要采购一批球阀，请报价。", "我们需要采购一批球阀，请报价。"),
    ("尊敬的王经理：\n请报DN50球阀的价格。", "请报DN50球阀的价格。"),
    ("Guten Tag Herr Müller,\n\nbitte bieten Sie 200 Stück an.", "bitte bieten Sie 200 Stück an."),
    # A greeting with something after it says something: kept.
    ("Hello, I need 500 valves.\nThanks", "Hello, I need 500 valves."),
    ("hello dear, can we talk? i have big order for you", "hello dear, can we talk? i have big order for you"),
    ("Dear Sir, please quote DN50 valves.", "Dear Sir, please quote DN50 valves."),
    ("Dear valued supplier, we are interested in your products", "Dear valued supplier, we are interested in your products"),
    ("Please quote 500 pcs\nDear Sir,", "Please quote 500 pcs"),
    ("Dear Sir,", "Dear Sir,"),  # nothing else: the greeting rather than nothing
])
def test_the_first_line_with_content(body, shown):
    assert first_line(body) == shown


def test_a_chats_title_skips_the_greeting():
    assert first_words("Hello,\nNeed 40HQ container of ceramic floor tiles, price?") == \
        "Need 40HQ container of ceramic floor tiles, price?"


def _mail(path: Path, n: int, greeting: str, ask: str) -> None:
    path.write_text(f"From: Buyer {n} <buyer{n}@example-buyer{n}.com>\nTo: sales@example-factory.cn\n"
                    f"Subject: valves {n}\nMessage-ID: <g-{n}@example-buyer{n}.com>\n\n{greeting}\n\n{ask}\n",
                    encoding="utf-8")


def test_the_web_queue_shows_the_request(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    folder = tmp_path / "mail"
    folder.mkdir()
    _mail(folder / "1.eml", 1, "Buenos días,", "Necesitamos cotización de 1.200 válvulas de bola DN50, FOB Ningbo.")
    _mail(folder / "2.eml", 2, "Merhaba,", "DN25 küresel vana için 800 adet fiyat rica ediyoruz, CIF Mersin.")
    url = f"sqlite:///{tmp_path / 'q.db'}"
    assert main(["triage", str(folder), "--db", url, "--offline", "--no-progress"]) == 0
    engine, sessions = open_store(url)
    try:
        with sessions() as s:
            listing = queue_list(s, Actor("lena", "lead"), QueueFilter(), datetime.now(timezone.utc),
                                 seller_calendar(load_config(None)))
    finally:
        engine.dispose()
    assert sorted(r.first_line for r in listing.rows) == [
        "DN25 küresel vana için 800 adet fiyat rica ediyoruz, CIF Mersin.",
        "Necesitamos cotización de 1.200 válvulas de bola DN50, FOB Ningbo."]


# A greeting counts as the whole line only when the words after it are a name or a title (no digits, each
# word capitalised or a form of address: Sir, Madam, Mr, Sr., Herr, Frau): a short request after a greeting
# is the request (review 16). A sign-off line is never shown over a request.
@pytest.mark.parametrize("body, shown", [
    ("Hi, need catalogue\nJohn Smith\nACME Ltd", "Hi, need catalogue"),
    ("Hi, price please\nSent from my iPhone", "Hi, price please"),
    ("Hola, necesito cotización\nJuan", "Hola, necesito cotización"),
    ("Hello 500 valves\nTom", "Hello 500 valves"),
    ("Merhaba, fiyat listesi\nAhmet", "Merhaba, fiyat listesi"),
    ("Здравствуйте, нужна цена\nИван", "Здравствуйте, нужна цена"),
    ("您好，请报价\n王", "您好，请报价"),  # a script without case: kept unless the greeting is all
    ("Hi,\nSent from my iPhone\nPlease quote 500 pcs", "Please quote 500 pcs"),
    ("Hello,\nBest regards,\nWe need 500 valves.", "We need 500 valves."),
    # Names and titles after the greeting are still the salutation.
    ("Hello, John,\nWe need 500 valves.", "We need 500 valves."),
    ("Hi there,\nWe need 500 valves.", "We need 500 valves."),
    ("Dear sir,\nWe need 500 valves.", "We need 500 valves."),
    ("Уважаемый Иван Петрович,\nПросим цену.", "Просим цену."),
    ("Sehr geehrte Damen und Herren,\nbitte um ein Angebot.", "bitte um ein Angebot."),
])
def test_a_short_request_after_a_greeting_is_the_request(body, shown):
    assert first_line(body) == shown
