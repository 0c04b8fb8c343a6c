"""parse_email: MIME walk, attachments, broken MIME, degenerate input."""

from __future__ import annotations

import base64
import os

import pytest

from inquiry_triage.model import Attachment, Link
from inquiry_triage.parsing import ParseError, parse_email

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"  # 2,063 bytes


def b64(data: bytes) -> bytes:
    raw = base64.b64encode(data)
    return b"\r\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def multipart(ctype: str, boundary: str, parts: list[bytes], headers: str = "") -> bytes:
    out = f"{headers}Content-Type: {ctype}; boundary=\"{boundary}\"\r\n\r\nThis is a multi-part message.\r\n".encode()
    for part in parts:
        out += f"--{boundary}\r\n".encode() + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def part(ctype: str, body: bytes, *extra: str) -> bytes:
    head = [f"Content-Type: {ctype}", *extra]
    return "\r\n".join(head).encode() + b"\r\n\r\n" + body


TOP = "From: Buyer <buyer@example.com>\r\nSubject: RFQ\r\nMIME-Version: 1.0\r\n"


def test_alternative_prefers_plain_but_takes_links_from_html():
    plain = part("text/plain; charset=utf-8", "Please quote 500 pcs.\r\nSee www.example.com/specs".encode())
    html = part(
        "text/html; charset=utf-8",
        b'<html><body><p>Please quote <b>500 pcs</b>.</p>'
        b'<p><a href="http://evil.example.net/login">https://www.paypal.com</a></p></body></html>',
    )
    inq = parse_email(multipart("multipart/alternative", "ALT", [plain, html], TOP), source="t")
    assert inq.body == "Please quote 500 pcs.\nSee www.example.com/specs"  # plain URL kept in text
    assert inq.html is True
    assert inq.links == [Link(text="https://www.paypal.com", href="http://evil.example.net/login")]
    assert inq.attachments == []
    assert inq.defects == []


def test_alternative_with_empty_plain_uses_html():
    plain = part("text/plain; charset=utf-8", b"  \r\n")
    html = part("text/html; charset=utf-8", b"<div>Dear supplier,</div><div>we need a price.</div>")
    inq = parse_email(multipart("multipart/alternative", "ALT", [plain, html], TOP), source="t")
    assert inq.body == "Dear supplier,\nwe need a price."
    assert inq.html is True


def test_html_only_message():
    raw = (TOP + "Content-Type: text/html; charset=utf-8\r\n\r\n").encode() + (
        b"<html><head><title>T</title><style>p{color:red}</style><script>alert(1)</script></head>"
        b"<body><h1>Invoice</h1><p>Click <a href='https://bit.ly/x'>here</a> to pay.</p></body></html>"
    )
    inq = parse_email(raw, source="t")
    assert inq.body == "Invoice\n\nClick here to pay."
    assert inq.links == [Link("here", "https://bit.ly/x")]
    assert inq.html is True


def test_mixed_with_attachments_and_inline_images():
    body = part("text/plain; charset=us-ascii", b"Our PO is attached.")
    pdf = part(
        "application/pdf; name=\"ignored.pdf\"",
        b64(PDF),
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename=\"PO-2024-001.pdf\"",
    )
    cid_image = part("image/png", b64(b"\x89PNG fake"), "Content-Transfer-Encoding: base64", "Content-ID: <logo>")
    named_image = part(
        "image/jpeg; name=\"photo.jpg\"", b64(b"\xff\xd8\xff fake jpeg"), "Content-Transfer-Encoding: base64",
        "Content-Disposition: inline",
    )
    html_attachment = part(
        "text/html; charset=utf-8", b"<form action='https://phish.example/'>login</form>",
        "Content-Disposition: attachment; filename=\"PO#4471.html\"",
    )
    related = multipart("multipart/related", "REL", [cid_image, named_image])
    raw = multipart("multipart/mixed", "MIX", [body, pdf, related, html_attachment], TOP)
    inq = parse_email(raw, source="t")
    assert inq.body == "Our PO is attached."
    assert inq.attachments == [
        Attachment("PO-2024-001.pdf", "application/pdf", len(PDF)),
        Attachment("photo.jpg", "image/jpeg", len(b"\xff\xd8\xff fake jpeg")),
        Attachment("PO#4471.html", "text/html", len(b"<form action='https://phish.example/'>login</form>")),
    ]
    assert inq.html is False  # the HTML attachment is listed, never parsed
    assert inq.links == []


def test_rfc2231_and_rfc2047_file_names():
    body = part("text/plain", b"see files")
    a1 = part(
        "application/pdf",
        b64(b"x" * 10),
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf",
    )
    a2 = part(
        "application/vnd.ms-excel",
        b64(b"y" * 7),
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment;\r\n filename*0*=utf-8''Pre%C3%A7os%20;\r\n filename*1*=2024.xls",
    )
    a3 = part(
        'application/zip; name="=?gb2312?B?' + base64.b64encode("合同.zip".encode("gbk")).decode() + '?="',
        b64(b"z" * 3),
        "Content-Transfer-Encoding: base64",
    )
    inq = parse_email(multipart("multipart/mixed", "B", [body, a1, a2, a3], TOP), source="t")
    assert inq.attachments == [
        Attachment("报价单.pdf", "application/pdf", 10),
        Attachment("Preços 2024.xls", "application/vnd.ms-excel", 7),
        Attachment("合同.zip", "application/zip", 3),
    ]


def test_nested_message_rfc822():
    inner = (
        b"From: Old Supplier <old@supplier.cn>\r\nSubject: Catalog\r\nDate: Mon, 1 Jan 2024 10:00:00 +0800\r\n"
        b"Content-Type: multipart/mixed; boundary=IN\r\n\r\n--IN\r\nContent-Type: text/plain\r\n\r\nInner text here.\r\n"
        b"--IN\r\nContent-Type: application/pdf; name=cat.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b64(b"c" * 30)
        + b"\r\n--IN--\r\n"
    )
    outer = part("text/plain", b"Please check the mail below.")
    fwd = part("message/rfc822", inner, "Content-Disposition: attachment; filename=\"fwd.eml\"")
    inq = parse_email(multipart("multipart/mixed", "OUT", [outer, fwd], TOP), source="t")
    assert inq.body.startswith("Please check the mail below.\n\n---------- Forwarded message ----------\n")
    assert "From: Old Supplier <old@supplier.cn>" in inq.body
    assert "Subject: Catalog" in inq.body
    assert inq.body.endswith("Inner text here.")
    assert inq.own_text == "Please check the mail below."
    names = [(a.name, a.content_type) for a in inq.attachments]
    assert names == [("cat.pdf", "application/pdf"), ("fwd.eml", "message/rfc822")]
    assert inq.attachments[0].size == 30
    assert inq.attachments[1].size > 100


def test_missing_boundary_parameter_is_guessed():
    raw = (
        TOP + "Content-Type: multipart/mixed\r\n\r\n"
        "--XyZ123boundary\r\nContent-Type: text/plain\r\n\r\nFirst part.\r\n"
        "--XyZ123boundary\r\nContent-Type: application/octet-stream; name=a.bin\r\n\r\nabc\r\n"
        "--XyZ123boundary--\r\n"
    ).encode()
    inq = parse_email(raw, source="t")
    assert inq.body == "First part."
    assert inq.attachments == [Attachment("a.bin", "application/octet-stream", 3)]
    assert any("guessed 'XyZ123boundary'" in d for d in inq.defects)


def test_boundary_never_found_reads_payload_as_text():
    raw = (TOP + 'Content-Type: multipart/mixed; boundary="nope"\r\n\r\nJust some text, no parts.\r\n').encode()
    inq = parse_email(raw, source="t")
    assert inq.body == "Just some text, no parts."
    assert any("boundary never found" in d for d in inq.defects)


def test_truncated_message_keeps_what_arrived():
    raw = multipart(
        "multipart/mixed",
        "T",
        [part("text/plain", b"Hello buyer"), part("application/pdf; name=x.pdf", b64(PDF), "Content-Transfer-Encoding: base64")],
        TOP,
    )
    cut = raw[: len(raw) - 900]  # cut inside the base64, no closing boundary
    inq = parse_email(cut, source="t")
    assert inq.body == "Hello buyer"
    assert len(inq.attachments) == 1 and inq.attachments[0].name == "x.pdf"
    assert 0 < inq.attachments[0].size < len(PDF)
    assert any("closing boundary missing" in d for d in inq.defects)


def test_bad_base64_and_bad_quoted_printable():
    bad_b64 = part("text/plain; charset=utf-8", b"SGVsbG8g*** d29ybGQ", "Content-Transfer-Encoding: base64")
    inq = parse_email((TOP).encode() + bad_b64, source="t")
    assert inq.body == "Hello world"
    assert any("base64" in d for d in inq.defects)
    bad_qp = part("text/plain; charset=utf-8", b"Price =E2=82=AC5 =ZZ and soft=\r\nbreak=", "Content-Transfer-Encoding: quoted-printable")
    inq = parse_email(TOP.encode() + bad_qp, source="t")
    assert inq.body == "Price €5 =ZZ and softbreak"


def test_empty_body_and_header_only():
    inq = parse_email(b"Content-Type: text/plain\r\nMIME-Version: 1.0\r\n\r\n", source="t")
    assert (inq.body, inq.own_text, inq.signature, inq.links, inq.attachments) == ("", "", "", [], [])
    inq = parse_email(b"From: a@b.com\r\nSubject: only headers", source="t")
    assert inq.subject == "only headers"
    assert inq.body == ""
    assert inq.from_addr == "a@b.com"


def test_text_without_headers_is_a_body_only_message():
    inq = parse_email(b"Hi, we want 500 pcs of your valves. Price FOB?", source="t")
    assert inq.body == "Hi, we want 500 pcs of your valves. Price FOB?"
    assert inq.own_text == inq.body
    assert inq.headers == []
    assert inq.defects == ["no header block: whole input read as the body"]
    assert inq.message_id.startswith("sha256:")


def test_mbox_from_line_and_leading_blank_lines():
    inq = parse_email(b"From r  Tue Nov 12 11:08:15 2002\nFrom: x@y.com\nSubject: s\n\nbody\n", source="t")
    assert (inq.from_addr, inq.subject, inq.body) == ("x@y.com", "s", "body")
    inq = parse_email(b"\r\n\r\nFrom: x@y.com\r\nSubject: s\r\n\r\nbody", source="t")
    assert (inq.from_addr, inq.subject, inq.body) == ("x@y.com", "s", "body")
    assert any("leading blank lines" in d for d in inq.defects)


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", b"\x00" * 200, os.urandom(4096), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4])
def test_not_an_email_raises_parse_error(raw):
    with pytest.raises(ParseError):
        parse_email(raw, source="t")


def test_binary_body_after_real_headers_is_not_an_error():
    raw = b"From: a@b.com\r\nContent-Type: application/octet-stream; name=x.bin\r\n\r\n" + bytes(range(256)) * 4
    inq = parse_email(raw, source="t")
    assert inq.attachments == [Attachment("x.bin", "application/octet-stream", 1024)]


def test_body_truncated_to_max_body_chars():
    raw = TOP.encode() + b"\r\n" + b"word " * 10_000
    inq = parse_email(raw, source="t", max_body_chars=1000)
    assert len(inq.body) == 1000
    assert any("body cut to 1000 characters" in d for d in inq.defects)


def test_html_body_without_content_type_is_sniffed():
    inq = parse_email(b"From: a@b.com\r\n\r\n<html><body><p>Hi <a href='http://x.test/'>there</a></p></body></html>", source="t")
    assert inq.body == "Hi there"
    assert inq.html is True
    assert inq.links == [Link("there", "http://x.test/")]


def test_deep_nesting_does_not_blow_up():
    raw = b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n" + b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(60)
    ) + b"--b60\r\nContent-Type: text/plain\r\n\r\ndeep\r\n"
    inq = parse_email(raw, source="t")
    assert any("nesting deeper than" in d for d in inq.defects)


def test_bounce_report_and_unnamed_attachment_image():
    raw = (
        b"From: MAILER-DAEMON@x.com\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=R\r\n\r\n"
        b"--R\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
        b"--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x.com\r\n\r\nAction: failed\r\n"
        b"--R\r\nContent-Type: message/rfc822\r\n\r\nFrom: me@x.com\r\nSubject: hello\r\n\r\noriginal body\r\n"
        b"--R\r\nContent-Type: image/gif\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlh\r\n"
        b"--R--\r\n"
    )
    inq = parse_email(raw, source="t")
    assert inq.body == "Delivery failed.\n\n---------- Forwarded message ----------\nFrom: me@x.com\nSubject: hello\n\noriginal body"
    assert inq.own_text == "Delivery failed."
    assert inq.attachments == [Attachment("", "image/gif", 6)]


def test_parse_error_belongs_to_the_package_error_hierarchy():
    from inquiry_triage.errors import TriageError

    assert issubclass(ParseError, TriageError)
    with pytest.raises(TriageError, match="empty input"):
        parse_email(b"", source="t")



def test_text_part_charsets_are_read_once_per_content_type_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text part's charset is the stdlib's get_content_charset answer for its Content-Type value, and the
    stdlib's parameter parsing (pure Python, ~10 us a part) runs once per distinct value, not once per part."""
    from email.message import Message

    from inquiry_triage.parsing import mime

    asked: list[str] = []
    real = Message.get_content_charset

    def counted(self: Message, failobj: object = None) -> object:
        asked.append(self.get("content-type"))
        return real(self, failobj)

    monkeypatch.setattr(Message, "get_content_charset", counted)
    monkeypatch.setattr(mime, "_CHARSETS", {}, raising=False)
    ctype = 'text/plain; charset="ISO-8859-1"'
    bodies = []
    for n in range(3):
        raw = TOP.encode() + multipart("multipart/mixed", f"b{n}", [part(ctype, "caf\xe9 one".encode("latin-1")),
                                                                    part(ctype, "caf\xe9 two".encode("latin-1"))])
        bodies.append(parse_email(raw, source="t").body)
    assert bodies == ["caf\xe9 one\n\ncaf\xe9 two"] * 3
    assert asked == [ctype]

    # The same answers as the stdlib's for every form (quotes, case, RFC 2231, none, empty, 8-bit).
    values = ['text/plain; charset="UTF-8"', "text/plain; charset=gbk", "text/plain; CHARSET = 'koi8-r' ; x=1",
              "text/plain; charset*=utf-8''big5", "text/plain", 'text/plain; charset=""', "text/html; charset=\udce4"]
    for _round in range(2):
        for value in values:
            msg = Message()
            msg._headers = [("Content-Type", value)]
            assert mime._content_charset(msg, mime._first_raw_headers(msg).get("content-type")) == real(msg), value
