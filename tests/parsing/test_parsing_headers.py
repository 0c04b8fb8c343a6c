"""parse_email: header decoding, addresses, dates, ids, header caps."""

from __future__ import annotations

import base64
import binascii
import email.errors
import email.header
import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from inquiry_triage.parsing import parse_email
from inquiry_triage.parsing.headers import decode_rfc2047, parse_date


def eml(*headers: str, body: bytes | str = b"Hello.\r\n") -> bytes:
    head = "\r\n".join(headers).encode("utf-8", "surrogateescape")
    if isinstance(body, str):
        body = body.encode("utf-8")
    return head + b"\r\n\r\n" + body


def b64word(text: str, charset: str, codec: str | None = None) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(codec or charset)).decode()}?="


# --- RFC 2047 ---------------------------------------------------------------------------------


def test_subject_utf8_base64():
    subject = "Anfrage: Preisliste für Kugelhähne"
    inq = parse_email(eml(f"Subject: {b64word(subject, 'UTF-8', 'utf-8')}"), source="t")
    assert inq.subject == subject
    assert inq.header("subject") == subject


def test_subject_utf8_quoted_printable_with_plain_text_around():
    raw = eml("Subject: RFQ: =?utf-8?Q?Bestellung_f=C3=BCr_500_St=C3=BCck?= (urgent)")
    assert parse_email(raw, source="t").subject == "RFQ: Bestellung für 500 Stück (urgent)"


def test_subject_gb2312_is_read_as_gb18030_superset():
    # 镕 is a GBK character outside GB2312: mailers label GBK text "gb2312" all the time.
    subject = "询价：不锈钢阀门 朱镕基"
    inq = parse_email(eml(f"Subject: {b64word(subject, 'gb2312', 'gbk')}"), source="t")
    assert inq.subject == subject


def test_subject_iso_2022_jp():
    subject = "お見積りのお願い"
    inq = parse_email(eml(f"Subject: {b64word(subject, 'ISO-2022-JP', 'iso2022_jp')}"), source="t")
    assert inq.subject == subject


def test_adjacent_encoded_words_join_and_split_characters_survive():
    raw = "你好".encode()  # e4 bd a0 e5 a5 bd: split in the middle of the second character
    w1 = base64.b64encode(raw[:4]).decode()
    w2 = base64.b64encode(raw[4:]).decode()
    folded = f"Subject: =?utf-8?B?{w1}?=\r\n =?utf-8?B?{w2}?= and more"
    assert parse_email(eml(folded), source="t").subject == "你好 and more"


def test_broken_encoded_words_do_not_raise():
    assert decode_rfc2047("=?utf-8?B?5L2g5aW9?=") == "你好"
    assert decode_rfc2047("=?utf-8?B?5L2g5aW9") == "=?utf-8?B?5L2g5aW9"  # never closed: kept
    assert decode_rfc2047("=?utf-8?Q?What?_now?=") == "What? now"  # raw '?' inside
    assert decode_rfc2047("=?x-bogus?Q?caf=E9?=") == "café"  # unknown charset -> fallbacks
    assert decode_rfc2047("=?iso-8859-1?Q?caf=C3=A9?=") == "café"  # lying charset
    assert decode_rfc2047("=?utf-8?B?!!!?=") == "=?utf-8?B?!!!?="  # not base64: kept as written


# An invalid base64 encoded-word (a newcomer's finding) was read leniently into mojibake; it is kept as
# written, as the stdlib keeps a word it cannot decode, and the parse notes it. Words the stdlib decodes
# (without their padding too: many real mailers omit it) decode as before.
NOT_BASE64 = ["not*valid*base64",  # letters outside the alphabet (binascii skipped them: mojibake)
              "S",  # one letter over a whole group: no padding mends it
              "SGVs=bG8",  # padding inside the text
              "SGVsbA=x"]
UNPADDED = {"SGVsbG8": "Hello", "SGVsbA": "Hell", "SGVsbA=": "Hell", "SGVsbG8===": "Hello", "SGV sbG8=": "Hello",
            "5L2g5aW9": "你好", "": ""}


@pytest.mark.parametrize("text", NOT_BASE64)
def test_an_encoded_word_that_is_not_base64_is_kept_as_written(text):
    word = f"=?utf-8?B?{text}?="
    assert decode_rfc2047(f"Inquiry {word} LED") == f"Inquiry {word} LED"
    inq = parse_email(eml(f"Subject: {word}", "From: anna@example-buyer.de"), source="t")
    assert inq.subject == word
    assert inq.defects == [f"header 'Subject': encoded-word with invalid base64 kept as written: {word!r}"]
    # the stdlib's email.header refuses it too, or strict base64 does
    try:
        email.header.decode_header(word)
    except email.errors.HeaderParseError:
        return
    with pytest.raises(binascii.Error):
        binascii.a2b_base64(text, strict_mode=True)


@pytest.mark.parametrize("text, decoded", sorted(UNPADDED.items()))
def test_base64_words_the_stdlib_decodes_decode_as_before(text, decoded):
    word = f"=?utf-8?B?{text}?="
    assert [(raw.decode(), charset) for raw, charset in email.header.decode_header(word)] == [(decoded, "utf-8")]
    inq = parse_email(eml(f"Subject: Re: {word}", "From: anna@example-buyer.de"), source="t")
    assert inq.subject == f"Re: {decoded}".strip() and inq.defects == []


def test_a_word_kept_as_written_keeps_its_neighbours_and_spaces():
    good = b64word("询价", "utf-8")
    value = f"{good} =?utf-8?B?bad*word?= {good}"
    assert decode_rfc2047(value) == "询价 =?utf-8?B?bad*word?= 询价"
    run = good * 6 + "=?utf-8?B?b*d?=" + good * 6  # a long run of words (Exchange's chunks) too
    assert decode_rfc2047(run) == "询价" * 6 + "=?utf-8?B?b*d?=" + "询价" * 6
    assert decode_rfc2047(good * 12) == "询价" * 12


def test_raw_8bit_headers_utf8_and_body_charset_hint():
    raw = b"Subject: Gr\xc3\xbc\xc3\x9fe aus M\xc3\xbcnchen\r\n\r\nhi"
    assert parse_email(raw, source="t").subject == "Grüße aus München"
    gbk_subject = "询价单".encode("gbk")
    raw = (
        b"Subject: " + gbk_subject + b"\r\n"
        b"Content-Type: text/plain; charset=gbk\r\n\r\n" + "您好".encode("gbk")
    )
    inq = parse_email(raw, source="t")
    assert inq.subject == "询价单"
    assert inq.body == "您好"


# --- addresses -------------------------------------------------------------------------------


def test_from_reply_to_to():
    raw = eml(
        f'From: "{b64word("王伟", "utf-8")}" <Wang.Wei@Example.CN>',
        "Reply-To: buyer@gmail.com, Other <OTHER@Mail.ru>",
        'To: "Sales, Team" <sales@mycompany.de>, info@mycompany.de',
        "To: extra@mycompany.de",
    )
    inq = parse_email(raw, source="t")
    assert inq.from_name == "王伟"
    assert inq.from_addr == "wang.wei@example.cn"
    assert inq.from_domain == "example.cn"
    assert inq.reply_to == ["buyer@gmail.com", "other@mail.ru"]
    assert inq.to_addrs == ["sales@mycompany.de", "info@mycompany.de", "extra@mycompany.de"]
    assert inq.defects == []


def test_from_without_angle_brackets_and_unparseable_from():
    inq = parse_email(eml("From: John Smith john.smith@example.com"), source="t")
    assert inq.from_addr == "john.smith@example.com"
    assert inq.from_name == "John Smith"
    inq = parse_email(eml("From: Sara Hoppitt"), source="t")
    assert inq.from_addr == ""
    assert inq.from_name == "Sara Hoppitt"
    assert "From: no usable address" in inq.defects
    inq = parse_email(eml('From: "Reward" <reward@phishing@pot!>'), source="t")
    assert inq.from_addr == ""


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "utc", "offset"),
    [
        ("Tue, 19 Sep 2023 18:35:49 +0800", datetime(2023, 9, 19, 10, 35, 49, tzinfo=timezone.utc), 480),
        ("Tue, 19 Sep 2023 18:35:49 -0500", datetime(2023, 9, 19, 23, 35, 49, tzinfo=timezone.utc), -300),
        ("Mon, 1 Jan 2024 10:00:00 +0530 (IST)", datetime(2024, 1, 1, 4, 30, tzinfo=timezone.utc), 330),
        ("Tue, 19 Sep 2023 18:35:49 +0000 (UTC)", datetime(2023, 9, 19, 18, 35, 49, tzinfo=timezone.utc), 0),
        ("Tue, 19 Sep 2023 18:35:49 PDT", datetime(2023, 9, 20, 1, 35, 49, tzinfo=timezone.utc), -420),
        ("19 Sep 23 18:35 GMT+8", datetime(2023, 9, 19, 10, 35, tzinfo=timezone.utc), 480),
        ("Tue, 19 Sep 2023 18:35:49 -0000", datetime(2023, 9, 19, 18, 35, 49, tzinfo=timezone.utc), None),
    ],
)
def test_date_offsets(value, utc, offset):
    inq = parse_email(eml(f"Date: {value}"), source="t")
    assert inq.date == utc
    assert inq.date.tzinfo is not None
    assert inq.date_offset_minutes == offset
    assert not [d for d in inq.defects if d.startswith("Date")]


def test_date_keeps_local_offset():
    inq = parse_email(eml("Date: Tue, 19 Sep 2023 18:35:49 +0800"), source="t")
    assert inq.date.utcoffset() == timedelta(hours=8)
    assert (inq.date.hour, inq.date.minute) == (18, 35)


@pytest.mark.parametrize("value", ["yesterday", "12-01-2023", "_smtpDate . 286071244", "Mon, 31 Feb 2023 10:00:00 +0100"])
def test_bad_dates_become_defects(value):
    inq = parse_email(eml(f"Date: {value}"), source="t")
    assert inq.date is None
    assert inq.date_offset_minutes is None
    assert any(d.startswith("Date:") for d in inq.defects)


def test_date_without_zone_and_impossible_offset():
    dt, offset, defect = parse_date("Tue, 19 Sep 2023 18:35:49")
    assert dt == datetime(2023, 9, 19, 18, 35, 49, tzinfo=timezone.utc)
    assert offset is None and "no time zone" in defect
    dt, offset, defect = parse_date("Mon, 1 Jan 2024 10:00:00 +9900")
    assert dt == datetime(2024, 1, 1, 10, 0, tzinfo=timezone.utc)
    assert offset is None and "impossible" in defect


def test_no_date_header():
    inq = parse_email(eml("Subject: x"), source="t")
    assert inq.date is None and inq.date_offset_minutes is None
    assert inq.defects == []


def test_received_at_from_top_received():
    raw = eml(
        "Received: from mx1.mycompany.de (mx1.mycompany.de [10.0.0.5]) by mail.mycompany.de; Wed, 20 Sep 2023 08:00:05 +0200",
        "Received: from sender.example (sender.example [41.58.10.20]) by mx1.mycompany.de; Wed, 20 Sep 2023 08:00:01 +0200",
        "Date: Wed, 20 Sep 2023 06:59:00 +0100",
    )
    inq = parse_email(raw, source="t")
    assert inq.received_at == datetime(2023, 9, 20, 6, 0, 5, tzinfo=timezone.utc)


# --- ids, hashes, header list -----------------------------------------------------------------


def test_message_id_and_hashes():
    raw = eml("Message-ID:  <20230919.ABC123@mail.example.com> ", "Subject: x")
    inq = parse_email(raw, source="inbox/1.eml")
    assert inq.message_id == "20230919.ABC123@mail.example.com"
    assert inq.content_hash == hashlib.sha256(raw).hexdigest()
    assert inq.raw_size == len(raw)
    assert inq.source == "inbox/1.eml"
    assert inq.channel == "email"


def test_message_id_falls_back_to_content_hash():
    raw = eml("Subject: no id")
    inq = parse_email(raw, source="t")
    assert inq.message_id == "sha256:" + hashlib.sha256(raw).hexdigest()[:32]


def test_headers_in_order_and_decoded():
    raw = eml(
        "Received: from a by b; Mon, 1 Jan 2024 00:00:00 +0000",
        "Subject: =?utf-8?Q?Gr=C3=BC=C3=9Fe?=",
        "X-Mailer: Foxmail 7.2",
        "Subject: second",
    )
    inq = parse_email(raw, source="t")
    assert inq.headers == [
        ("Received", "from a by b; Mon, 1 Jan 2024 00:00:00 +0000"),
        ("Subject", "Grüße"),
        ("X-Mailer", "Foxmail 7.2"),
        ("Subject", "second"),
    ]
    assert inq.subject == "Grüße"
    assert inq.header_all("subject") == ["Grüße", "second"]


def test_folded_header_is_unfolded():
    inq = parse_email(eml("Subject: a very\r\n long\r\n\tsubject"), source="t")
    assert inq.subject == "a very long\tsubject"


def test_giant_subject_is_capped_with_defect():
    raw = b"Subject: " + b"A" * 1_000_000 + b"\r\nFrom: a@b.com\r\n\r\nhello"
    inq = parse_email(raw, source="t")
    assert inq.subject == "A" * 4096
    assert inq.header("Subject") == "A" * 4096
    assert inq.from_addr == "a@b.com"
    assert inq.body == "hello"
    assert any("'Subject' cut to 4096" in d for d in inq.defects)


def test_giant_encoded_subject_still_decodes_its_start():
    raw = b"Subject: =?utf-8?B?" + b"5L2g" * 300_000 + b"?=\r\n\r\nhello"
    inq = parse_email(raw, source="t")
    assert inq.subject.startswith("你你你你")
    assert set(inq.subject) == {"你"}
    assert len(inq.subject) <= 4096


def test_too_many_headers_are_capped():
    raw = b"".join(b"X-H%d: v%d\r\n" % (i, i) for i in range(2000)) + b"From: z@y.com\r\n\r\nbody"
    inq = parse_email(raw, source="t")
    assert len(inq.headers) == 500
    assert inq.headers[0] == ("X-H0", "v0")
    assert inq.from_addr == "z@y.com"  # lookups still see every header
    assert any("2001 headers, only the first 500 kept" in d for d in inq.defects)
