"""Replies sent by email from the task page, through the SMTP server of `[notifications.smtp]` (the
one reminders use: host, port, security starttls|tls|plain (plain: loopback only), sender, user,
password_env). The mail goes To the buyer (the inquiry's From address), From the configured
sender, as a reply in the buyer's thread: In-Reply-To and References name the inquiry's
Message-ID, the subject gets one "Re: ".

The send happens inside the transaction that records the reply (queue/operations.record_reply):
a refused or failed send rolls the record back, so the queue never says "replied" for a mail that
did not leave."""

from __future__ import annotations

import re
import smtplib
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

from ..parsing.headers import without_undecoded_words
from ..sentences import Sentence

ADDRESS = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")  # one plain address: nothing to inject
MESSAGE_ID = re.compile(r"^<?([^<>\s]+@[^<>\s]+)>?$")


class SendFailed(Exception):
    """The mail could not be handed to the SMTP server (said in words fit for the page)."""


def smtp_settings(config: Any) -> dict[str, Any] | None:
    """[notifications.smtp] when a host and sender are set, else None (sending is then not offered)."""
    table = dict((config.get("notifications", {}) or {}).get("smtp", {}) or {})
    return table if table.get("host") and table.get("sender") else None


def reply_subject(subject: str) -> str:
    # No folded header lines from the buyer's subject, and no encoded-word the parser could not decode: sent
    # again as written, the buyer's mail program would try (and fail) to decode it once more.
    subject = " ".join(without_undecoded_words(subject or "").split())
    return subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()


def reply_message(*, sender: str, to: str, to_name: str, subject: str, body: str, inquiry_message_id: str) -> EmailMessage:
    if not ADDRESS.match(to or ""):
        raise SendFailed(Sentence("the buyer's address %(to)s cannot take an email reply", to=repr(to)))
    message = EmailMessage()
    message["From"] = sender
    message["To"] = formataddr((" ".join((to_name or "").split()), to))
    message["Subject"] = reply_subject(subject)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip(">") if "@" in sender else None)
    found = MESSAGE_ID.match(inquiry_message_id or "")
    if found:  # a channel's synthetic ID (no @) is no mail's ID: then the reply starts a thread
        message["In-Reply-To"] = f"<{found.group(1)}>"
        message["References"] = f"<{found.group(1)}>"
    message.set_content(body)
    return message


def send(table: dict[str, Any], message: EmailMessage) -> None:
    """Hand `message` to the configured server (notify.send_message: the reminders' own rules)."""
    from ..notify import send_message

    try:
        send_message(table, message)
    except (OSError, smtplib.SMTPException) as exc:
        where = f"{table.get('host')}:{int(table.get('port', 587))}"
        raise SendFailed(Sentence("the mail server %(where)s did not take the reply: %(why)s", where=where,
                                  why=f"{exc.__class__.__name__}: {exc}")) from None
