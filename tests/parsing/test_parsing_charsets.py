"""Charset decoding with lying, unknown and missing declarations."""

from __future__ import annotations

import pytest

from inquiry_triage.parsing import charsets, parse_email
from inquiry_triage.parsing.charsets import decode_bytes, normalize_charset, plausibility

ZH_SIMPLIFIED = "您好，我们需要报价，请发送不锈钢阀门的价格表和最小起订量。谢谢！朱镕基"
ZH_TRADITIONAL = "您好，我們是台灣的貿易公司，想詢問貴公司產品的價格與交貨時間。請提供報價單。"
RU = "Здравствуйте! Мы хотим купить пятьсот единиц вашего товара. Пришлите, пожалуйста, цену и сроки поставки."
FR = "Bonjour, nous souhaitons recevoir votre catalogue et vos prix départ usine. Très cordialement, Hélène"
KO = "안녕하세요. 귀사의 제품 가격표를 보내 주시기 바랍니다."
JA = "お見積りをお願いいたします。数量は五百個です。"


def message(body: bytes, charset: str | None, cte: str = "8bit") -> bytes:
    ctype = "text/plain" + (f"; charset={charset}" if charset else "")
    return f"From: b@example.com\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode() + body


def test_declared_latin1_but_really_utf8():
    inq = parse_email(message(FR.encode("utf-8"), "iso-8859-1"), source="t")
    assert inq.body == FR
    assert any("declared 'iso-8859-1' but text is utf-8" in d for d in inq.defects)


def test_gbk_body_declared_as_utf8():
    inq = parse_email(message(ZH_SIMPLIFIED.encode("gbk"), "utf-8"), source="t")
    assert inq.body == ZH_SIMPLIFIED
    assert any("declared 'utf-8' but text is gb18030" in d for d in inq.defects)


def test_gb2312_label_on_gbk_text_is_not_a_lie():
    inq = parse_email(message(ZH_SIMPLIFIED.encode("gbk"), "gb2312"), source="t")
    assert inq.body == ZH_SIMPLIFIED
    assert inq.defects == []


@pytest.mark.parametrize("declared", ["big5", None])
def test_big5(declared):
    inq = parse_email(message(ZH_TRADITIONAL.encode("big5"), declared), source="t")
    assert inq.body == ZH_TRADITIONAL
    assert bool(inq.defects) is (declared is None)


@pytest.mark.parametrize(("codec", "declared"), [("koi8_r", "koi8-r"), ("koi8_r", None), ("koi8_r", "windows-1251"), ("cp1251", None), ("cp1251", "koi8-r")])
def test_cyrillic(codec, declared):
    inq = parse_email(message(RU.encode(codec), declared), source="t")
    assert inq.body == RU


def test_windows_1251_without_charset_notes_the_guess():
    inq = parse_email(message(RU.encode("cp1251"), None), source="t")
    assert inq.body == RU
    assert inq.defects == ["charset: none declared, 8-bit text guessed as windows-1251 (text/plain)"]


def test_latin_8bit_without_charset_is_windows_1252():
    inq = parse_email(message(FR.encode("cp1252"), None), source="t")
    assert inq.body == FR
    assert inq.defects == ["charset: none declared, 8-bit text guessed as windows-1252 (text/plain)"]


def test_aliases():
    assert parse_email(message(KO.encode("euc_kr"), "ks_c_5601-1987"), source="t").body == KO
    assert parse_email(message(JA.encode("shift_jis"), "x-sjis"), source="t").body == JA
    assert normalize_charset("GBK") == "gb18030"
    assert normalize_charset('"utf-8"s') == "utf-8"
    assert normalize_charset("3Dutf-8") == "utf-8"
    assert normalize_charset("x-unknown") is None
    assert normalize_charset("base64") is None  # a codec, but not a text encoding


def test_undeclared_cjk_is_guessed():
    for text, codec in ((ZH_SIMPLIFIED, "gbk"), (KO, "euc_kr"), (JA, "shift_jis")):
        decoded, _charset, note = decode_bytes(text.encode(codec), None)
        assert decoded == text
        assert note and "guessed" in note


def test_unknown_charset_name():
    inq = parse_email(message("Grüße".encode(), "x-mac-foo"), source="t")
    assert inq.body == "Grüße"
    assert any("unknown charset 'x-mac-foo'" in d for d in inq.defects)


def test_iso_2022_jp_body_declared_and_undeclared():
    data = JA.encode("iso2022_jp")
    assert parse_email(message(data, "iso-2022-jp", "7bit"), source="t").body == JA
    assert decode_bytes(data, None)[:2] == (JA, "iso-2022-jp")


def test_utf8_cut_in_the_middle_of_a_character():
    data = ZH_SIMPLIFIED.encode("utf-8")[:-1]
    text, charset, _ = decode_bytes(data, "utf-8")
    assert charset == "utf-8"
    assert text == ZH_SIMPLIFIED[:-1] + "\ufffd"


def test_us_ascii_with_8bit_bytes():
    inq = parse_email(message("Côte d’Ivoire".encode("cp1252"), "us-ascii"), source="t")
    assert inq.body == "Côte d’Ivoire"
    assert any("declared 'us-ascii' but text has 8-bit bytes" in d for d in inq.defects)


def test_last_resort_latin1(monkeypatch):
    monkeypatch.setattr(charsets, "FALLBACK_CHARSETS", ("gb18030",))
    text, charset, note = decode_bytes(b"\xff\xfe\xff", None)
    assert (text, charset) == ("\xff\xfe\xff", "latin-1")
    assert "latin-1" in note


def test_plausibility_orders_right_above_wrong():
    data = ZH_SIMPLIFIED.encode("gbk")
    right = plausibility(data.decode("gb18030"))
    assert right > 1.5
    assert plausibility(data.decode("cp1252", "replace")) < 0
    assert plausibility(data.decode("big5hkscs", "replace")) < right - 1
    assert plausibility(RU.encode("koi8_r").decode("cp1251")) < plausibility(RU) - 1
