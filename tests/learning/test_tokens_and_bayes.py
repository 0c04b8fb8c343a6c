"""The text model's tokenizer and naive Bayes, on small hand-written examples."""

from __future__ import annotations

import gzip

import pytest

from inquiry_triage.learning.bayes import ModelError, TokenModel
from inquiry_triage.learning.tokens import header_tokens, inquiry_tokens, text_tokens
from inquiry_triage.model import Attachment
from tests.factories import make_inquiry


def test_words_are_lower_cased_and_unicode_aware():
    tokens = text_tokens("Guten Tag, wir BRAUCHEN 300 Stück. Здравствуйте! Merhaba, teşekkürler")
    assert {"guten", "tag", "brauchen", "stück", "здравствуйте", "merhaba", "teşekkürler"} <= tokens
    assert "BRAUCHEN" not in tokens


def test_urls_become_their_registered_domain_and_addresses_their_domain():
    tokens = text_tokens("log in at https://secure.login.example.co.uk/verify?id=77 or write to a.b@mail.example.org")
    assert "url:example.co.uk" in tokens
    assert "email:example.org" in tokens
    assert not any("verify" in t for t in tokens if t.startswith("url:"))
    assert "a.b" not in tokens and "77" not in tokens


def test_numbers_are_bucketed_and_codes_keep_their_letters():
    tokens = text_tokens("Order 4500 pieces, ref PO12345 and PO98765, pay 12000000")
    assert {"num:4", "num:8", "po#"} <= tokens
    assert "4500" not in tokens and "12000000" not in tokens


def test_scripts_without_spaces_get_character_ngrams():
    chinese = text_tokens("我们需要报价")
    assert {"我们", "需要", "报价", "需要报"} <= chinese
    thai = text_tokens("สวัสดีครับ")
    assert "ครับ" in thai and all(len(t) in (3, 4) for t in thai)


def test_header_features_are_few_and_generic():
    inquiry = make_inquiry(from_addr="buyer@gmail.com", reply_to=["other@yahoo.com"], subject="",
                           attachments=[Attachment("Order List.PDF", "application/pdf", 10)])
    classify = {"gmail.com": "free", "yahoo.com": "free"}.get
    tokens = header_tokens(inquiry, lambda d: classify(d, "company"))
    assert tokens == {"from:free", "replyto:differs", "replyto:free", "replyto:otherdomain", "attach:pdf", "subject:none"}
    assert "buyer" not in inquiry_tokens(inquiry)  # the address's local part is not a word of the text


SPAM = [
    "dear friend I am a bank manager with an unclaimed fund of 15 million dollars, send your bank details",
    "urgent business proposal: transfer of the fund to your account, you keep 30 percent, reply in confidence",
    "I am the widow of a late minister and need your assistance to transfer the inheritance fund abroad",
    "congratulations you won the lottery, send your bank details and a processing fee to claim the fund",
]
HAM = [
    "please quote 500 pieces of stainless steel valves, FOB Shanghai, delivery in March",
    "attached is our purchase order for 200 cartons, please confirm the delivery date and the price",
    "could you send samples and the price list for the LED panels, we need 300 units for a project",
    "thanks for the quotation, we would like to order 1000 pieces with our logo, payment by letter of credit",
    "the patch fixes the man page of open(2), please review the wording of the flags section",
]


def _model() -> TokenModel:
    return TokenModel.train([text_tokens(t) for t in SPAM], [text_tokens(t) for t in HAM])


def test_naive_bayes_separates_hand_written_examples():
    model = _model()
    scam = model.score(text_tokens("reply in confidence: the fund transfer to your bank account, dollars"))
    buyer = model.score(text_tokens("please send the price and delivery date for 300 pieces, FOB"))
    assert scam.probability > 0.9 > 0.1 > buyer.probability
    assert scam.used > 0 and scam.top
    assert "fund" in scam.explain() and "+" in scam.explain()
    assert model.score(text_tokens("zebra quantum xylophone")).probability == 0.5  # never seen: no opinion


def test_class_sizes_do_not_decide_the_verdict():
    """Robinson's f(w) compares rates, not counts: 4 spam against 40 ham messages."""
    model = TokenModel.train([text_tokens(t) for t in SPAM], [text_tokens(t) for t in HAM * 8])
    assert model.score(text_tokens("transfer the fund, bank details, dollars, in confidence")).probability > 0.9


def test_training_needs_both_classes():
    with pytest.raises(ModelError):
        TokenModel.train([text_tokens(t) for t in SPAM], [])


def test_save_load_round_trip_gives_the_same_scores(tmp_path):
    model = _model()
    path = tmp_path / "m.json.gz"
    size = model.save(path)
    assert size == path.stat().st_size > 0
    loaded = TokenModel.load(path)
    assert (loaded.n_spam, loaded.n_ham, loaded.counts) == (model.n_spam, model.n_ham, model.counts)
    text = text_tokens("send your bank details for the fund transfer")
    assert loaded.score(text) == model.score(text)
    assert model.save(tmp_path / "again.json.gz") and (tmp_path / "again.json.gz").read_bytes() == path.read_bytes()


def test_a_damaged_model_file_is_refused_with_its_name(tmp_path):
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelError, match="bad.json.gz"):
        TokenModel.load(bad)
    wrong = tmp_path / "wrong.json.gz"
    wrong.write_bytes(gzip.compress(b'{"format": 99}'))
    with pytest.raises(ModelError, match="format"):
        TokenModel.load(wrong)


def test_pruning_bounds_the_vocabulary_and_keeps_the_strongest_tokens():
    model = TokenModel.train([text_tokens(t) for t in SPAM * 2], [text_tokens(t) for t in HAM * 2])
    small = model.pruned(10)
    assert len(small.counts) == 10
    assert all(sum(c) >= 2 for c in small.counts.values())
    assert "fund" in small.counts  # in every spam example and no ham one
