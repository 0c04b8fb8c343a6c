"""Small builders for tests: an Inquiry with just the fields a test cares about."""

from __future__ import annotations

from datetime import datetime, timezone

from inquiry_triage.model import Attachment, Inquiry, Link


def make_inquiry(**fields) -> Inquiry:
    fields.setdefault("source", "test")
    fields.setdefault("message_id", "test-1")
    body = fields.get("body", "")
    fields.setdefault("own_text", body)
    return Inquiry(**fields)


def inquiry_for_rule_kind(kind: str, text: str, header: str = "") -> Inquiry:
    """An inquiry whose field for rule `kind` holds `text`."""
    if kind == "subject":
        return make_inquiry(subject=text)
    if kind in ("body", "thread", "own"):
        return make_inquiry(body=text)
    if kind == "header":
        return make_inquiry(headers=[(header, text)])
    if kind == "from":
        return make_inquiry(from_addr=text)
    if kind == "from_name":
        return make_inquiry(from_name=text)
    if kind == "reply_to":
        return make_inquiry(reply_to=[text])
    if kind == "attachment":
        name, _, ctype = text.partition("\t")
        return make_inquiry(attachments=[Attachment(name, ctype or "application/octet-stream", 100)])
    if kind == "link_text":
        return make_inquiry(links=[Link(text, "https://example.org/")])
    if kind == "link_href":
        return make_inquiry(links=[Link("link", text)])
    if kind == "url":
        return make_inquiry(body=f"see {text} now")
    if kind == "signature":
        return make_inquiry(signature=text)
    raise ValueError(kind)


UTC = timezone.utc


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
