"""A subject's RFC 2047 word that could not be decoded is kept as written for the record (parsing/headers:
`=?utf-8?B?not*valid*base64?=`), but the reply draft quoted it to the buyer: "La ringraziamo per la Sua
richiesta relativa a «=?utf-8?B?not*valid*base64?=»." (a newcomer's finding, session 20). The draft now
leaves such words out: a subject of nothing else is no subject for the draft (its wording without one),
the rest of a subject that says something is quoted without them. `queue show` keeps the subject as
received."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.drafts import acknowledged, clean_subject
from inquiry_triage.model import Inquiry
from tests.cli_kit import empty_store, run_cli

BODY = ("Buongiorno,\n\nabbiamo bisogno di 500 pannelli LED 60x60, consegna a Milano entro marzo.\n"
        "Potete inviarci il prezzo?\n\nCordiali saluti\nMarco Rossi\n")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?")


def _shown(tmp_path, monkeypatch, capsys, subject: str) -> str:
    """`queue show` of the one task a mail with this Subject line makes, through triage."""
    url = empty_store(tmp_path, monkeypatch)
    mail = tmp_path / "buyer.eml"
    mail.write_bytes((f"From: Marco Rossi <marco.rossi@example-buyer.it>\nTo: sales@example-factory.cn\n"
                      f"Subject: {subject}\nDate: Mon, 30 Nov 2026 10:00:00 +0100\nMessage-ID: <rawsubj-1@x>\n"
                      f"Content-Type: text/plain; charset=utf-8\n\n{BODY}").encode())
    code, out, err = run_cli(capsys, "triage", "--db", url, "--offline", "--no-progress", str(mail))
    assert code == 0, err
    code, out, err = run_cli(capsys, "queue", "show", "1", "--db", url)
    assert code == 0, err
    return out


@pytest.mark.parametrize("subject", ["=?utf-8?B?not*valid*base64?=", "Re: =?utf-8?B?not*valid*base64?=",
                                     "Richiesta di offerta: =?utf-8?B?not*valid*base64?="])
def test_a_subject_of_undecoded_words_is_no_subject_for_the_draft(tmp_path, monkeypatch, capsys, subject):
    out = _shown(tmp_path, monkeypatch, capsys, subject)
    head, _, draft = out.partition("Reply draft:")
    assert "=?utf-8?B?not*valid*base64?=" in head, out  # the record shows the subject as received
    assert draft.strip() and not _ENCODED_WORD.search(draft), draft
    assert "«»" not in draft and "relativa a «" not in draft, draft  # the wording without a subject


def test_the_rest_of_a_subject_is_quoted_without_the_undecoded_word(tmp_path, monkeypatch, capsys):
    out = _shown(tmp_path, monkeypatch, capsys, "Pannelli LED =?utf-8?B?not*valid*base64?= 60x60")
    draft = out.partition("Reply draft:")[2]
    assert "«Pannelli LED 60x60»" in draft and not _ENCODED_WORD.search(draft), draft


def test_clean_subject_drops_undecoded_words_and_keeps_the_rest():
    assert clean_subject("=?utf-8?B?not*valid*base64?=") == ""
    assert clean_subject("Fwd: =?iso-8859-1?Q?caf=E9?= =?utf-8?B?not*valid*base64?=") == ""
    assert clean_subject("RFQ: =?utf-8?B?not*valid*base64?= ball valves") == "ball valves"
    assert clean_subject("Ball valves DN50") == "Ball valves DN50"  # a subject without such words: as before
    assert clean_subject("Price = ? for 2 pcs") == "Price = ? for 2 pcs"  # '=?' alone is no encoded word


def test_an_undecoded_word_is_not_read_for_what_the_buyer_told():
    """The draft's "you asked for ... FOB" reads the subject too: letters of a word left undecoded are no
    words of the buyer."""
    inquiry = Inquiry(source="", message_id="", channel="email", body="Hello, please send your price for LED panels.",
                      subject="=?utf-8?B?need*5000*pcs*FOB*Shanghai*to*Hamburg?=")
    told = acknowledged(inquiry, [])
    assert not told["incoterms"] and not told["destination"] and not told["quantity"], told
    said = Inquiry(source="", message_id="", channel="email", body=inquiry.body, subject="LED panels FOB Shanghai")
    assert acknowledged(said, [])["incoterms"] == "FOB Shanghai"  # a subject's own words are read as before
