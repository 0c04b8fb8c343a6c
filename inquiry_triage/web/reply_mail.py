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
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

from ..errors import ConfigError
from ..notify import _LOOPBACK

ADDRESS = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")  # one plain address: nothing to inject
MESSAGE_ID = re.compile(r"^<?([^<>\s]+@[^<>\s]+)>?$")
TIMEOUT = 15  # seconds for the SMTP conversation (as reminders)


class SendFailed(Exception):
    """The mail could not be handed to the SMTP server (said in words fit for the page)."""


def smtp_settings(config: Any) -> dict[str, Any] | None:
    """[notifications.smtp] when a host and sender are set, else None (sending is then not offered)."""
    table = dict((config.get("notifications", {}) or {}).get("smtp", {}) or {})
    return table if table.get("host") and table.get("sender") else None


def reply_subject(subject: str) -> str:
    subject = " ".join((subject or "").split())  # no folded header lines from the buyer's subject
    return subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()


def reply_message(*, sender: str, to: str, to_name: str, subject: str, body: str, inquiry_message_id: str) -> EmailMessage:
    if not ADDRESS.match(to or ""):
        raise SendFailed(f"the buyer's address {to!r} cannot take an email reply")
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
    """Hand `message` to the configured server (the same rules as notify.send_email)."""
    import os

    host, port = str(table["host"]), int(table.get("port", 587))
    security = table.get("security", "starttls")
    if security == "plain" and host not in _LOOPBACK:
        raise ConfigError('[notifications.smtp] security = "plain" is only allowed for a loopback host')
    password = None
    if table.get("password_env"):
        password = os.environ.get(str(table["password_env"]))
        if password is None:
            raise ConfigError(f"[notifications.smtp] password_env: environment variable {table['password_env']} is not set")
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP = (smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=context) if security == "tls"
                                else smtplib.SMTP(host, port, timeout=TIMEOUT))
        with client:
            if security == "starttls":
                client.starttls(context=context)
            if table.get("user") and password is not None:
                client.login(str(table["user"]), password)
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise SendFailed(f"the mail server {host}:{port} did not take the reply: {exc.__class__.__name__}: {exc}") from None
