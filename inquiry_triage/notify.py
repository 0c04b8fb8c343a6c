"""Reminders that reach people: an email to the assignee (or the team address) and/or a JSON POST
to a webhook, for tasks that fall due or overdue. Configured in `[notifications]`:

    [notifications]
    team_address = "sales-team@example.com"
    members = { alice = "alice@example.com" }     # assignee -> address
    [notifications.smtp]
    host = "smtp.example.com"
    port = 587
    security = "starttls"          # starttls | tls | plain (plain: loopback only)
    sender = "inquiry-triage@example.com"
    user = "inquiry-triage"        # optional
    password_env = "SMTP_PASSWORD" # optional; never in the file
    [notifications.webhook]
    url = "https://chat.example.com/hooks/abc"

A failed send is logged and does not stop the daemon; secrets never appear in messages.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from .errors import ConfigError
from .safe_text import for_terminal
from .sentences import Sentence

log = logging.getLogger("inquiry_triage.notify")
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Reminder:
    task_id: int
    grade: str
    state: str  # "due" or "overdue"
    due: str  # ISO time on the seller's clock
    assignee: str | None
    subject: str
    sender: str
    note: str = ""

    def line(self) -> str:
        """One line for the email body and the webhook text; sender and subject come from the buyer, so
        escape sequences and bidi characters are dropped (they would spoof a mail client or chat too)."""
        who = for_terminal(self.assignee or "unassigned")
        return (f"[{self.state.upper()}] task {self.task_id} grade {self.grade}, due {self.due} ({who}): "
                f"{for_terminal(self.sender)} | {for_terminal(self.subject)}")


def _password(table: dict[str, Any]) -> str | None:
    var = table.get("password_env")
    if not var:
        return None
    value = os.environ.get(var)
    if value is None:
        raise ConfigError(Sentence("[notifications.smtp] password_env: environment variable %(var)s is not set", var=var))
    return value


def send_email(table: dict[str, Any], to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = table.get("sender"), to, subject
    message.set_content(body)
    send_message(table, message)


def send_message(table: dict[str, Any], message: EmailMessage) -> None:
    """Hand `message` to the `[notifications.smtp]` server: reminders and the web's replies both come
    here, so the rules (plain text only to a loopback host, the password from the environment) are
    one piece of code."""
    host, port = table.get("host"), int(table.get("port", 587))
    security = table.get("security", "starttls")
    if not host or not table.get("sender"):
        raise ConfigError(Sentence("[notifications.smtp] needs host and sender"))
    if security == "plain" and host not in _LOOPBACK:
        raise ConfigError(Sentence("[notifications.smtp] security = \"plain\" is only allowed for a loopback host"))
    password = _password(table)
    context = ssl.create_default_context()
    if security == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=15, context=context)
    else:
        client = smtplib.SMTP(host, port, timeout=15)
    with client:
        if security == "starttls":
            client.starttls(context=context)
        if table.get("user") and password is not None:
            client.login(table["user"], password)
        client.send_message(message)


def post_webhook(table: dict[str, Any], payload: dict[str, Any]) -> None:
    url = table.get("url")
    if not url or not str(url).startswith(("http://", "https://")):
        raise ConfigError(Sentence("[notifications.webhook] url must be an http(s) URL"))
    request = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (URL from the operator's config)
        response.read()


def deliver(reminders: list[Reminder], config: dict[str, Any]) -> dict[str, int]:
    """Send what is configured; returns counts of what went out and what failed."""
    sent = {"email": 0, "webhook": 0, "failed": 0}
    if not reminders or not config:
        return sent
    smtp, webhook = config.get("smtp"), config.get("webhook")
    members = config.get("members", {}) or {}
    if smtp:
        by_address: dict[str, list[Reminder]] = {}
        for reminder in reminders:
            address = members.get(reminder.assignee or "") or config.get("team_address")
            if address:
                by_address.setdefault(address, []).append(reminder)
        for address, items in by_address.items():
            overdue = sum(r.state == "overdue" for r in items)
            subject = f"inquiry-triage: {len(items)} task(s) due" + (f", {overdue} overdue" if overdue else "")
            try:
                send_email(smtp, address, subject, "\n".join(r.line() for r in items) + "\n")
                sent["email"] += 1
            except (OSError, smtplib.SMTPException, ConfigError) as exc:
                sent["failed"] += 1
                # one mapping argument: the message is its msgid (cli.zh.po), `tick` prints it in the asked language
                log.error("reminder email to %(address)s failed: %(error)s", {"address": address, "error": exc})
    if webhook:
        try:
            post_webhook(webhook, {"text": "\n".join(r.line() for r in reminders),
                                   "tasks": [r.__dict__ for r in reminders]})
            sent["webhook"] += 1
        except (OSError, ConfigError) as exc:
            sent["failed"] += 1
            log.error("reminder webhook failed: %(error)s", {"error": exc})
    return sent
