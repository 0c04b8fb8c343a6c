"""One whole message triaged offline, as `triage` does, for the tests that judge a mail or a chat line
by the rules it scores: the mail as a sender writes it, the chat line as a record, the cached offline
context at a fixed clock, and the rule names of a result.

A test module makes one Kit with its clock (and, where its messages need them, its own Date, Message-ID,
source names and chat record fields) and uses its methods:

    KIT = Kit(NOW)
    result = KIT.mail(sender, subject, body)
    assert "SELLER_MUST_PAY_FEE" in rules_of(result), result["reasons"]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from inquiry_triage.config import load_config
from inquiry_triage.pipeline import build_context, triage_item
from inquiry_triage.sources import RawItem

TO = "sales@example-factory.cn"


@lru_cache(maxsize=None)
def offline_context(now: datetime | None = None):  # type: ignore[no-untyped-def]
    """The shipped configuration's context, offline (no DNS or network), at `now` (None: the clock's)."""
    return build_context(load_config(None), offline=True, now=now)


def rules_of(result: dict) -> set[str]:
    """The rule names a triaged result's reasons give."""
    return {reason.get("rule") for reason in result["reasons"]}


def raw_mail(sender: str, subject: str, body: str, *, date: str, message_id: str, headers: str = "",
             to: str = TO, ctype: str = "text/plain") -> bytes:
    """A one-part mail as bytes; `headers` (whole lines, e.g. Authentication-Results or Received) go first."""
    return (f"{headers}From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {message_id}\n"
            f"MIME-Version: 1.0\nContent-Type: {ctype}; charset=utf-8\n\n{body}\n").encode()


@dataclass(frozen=True)
class Kit:
    now: datetime | None
    date: str = "Mon, 30 Nov 2026 10:00:00 +0800"
    message_id: str = "<t-1@example.net>"
    mail_source: str = "t.eml"
    chat_source: str = "chat.jsonl:1"
    # A chat record's fields besides its body; a call's own fields override them.
    chat_fields: dict = field(default_factory=lambda: {"channel": "message",
                                                       "received_at": "2026-11-30T10:00:00+08:00", "name": ""})

    def context(self):  # type: ignore[no-untyped-def]
        return offline_context(self.now)

    def raw_mail(self, sender: str, subject: str, body: str, *, auth: str = "", **more) -> bytes:
        return raw_mail(sender, subject, body, date=self.date, message_id=self.message_id, headers=auth, **more)

    def raw(self, raw: bytes) -> dict:
        """A mail given as bytes, triaged; the result as `triage` writes it."""
        return triage_item(RawItem(source=self.mail_source, kind="email", raw=raw), self.context()).to_json()

    def mail(self, sender: str, subject: str, body: str, *, auth: str = "") -> dict:
        """A plain-text mail from `sender`, triaged; `auth` is header lines put before From."""
        return self.raw(self.raw_mail(sender, subject, body, auth=auth))

    def chat(self, body: str, **fields) -> dict:
        """A chat line (a record: this kit's chat fields, the body, then `fields`), triaged."""
        record = {**self.chat_fields, "body": body, **fields}
        return triage_item(RawItem(source=self.chat_source, kind="record", record=record), self.context()).to_json()
