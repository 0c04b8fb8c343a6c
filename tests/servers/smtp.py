"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives, for the reminder mail
and the web's replies: `with smtp_inbox() as (controller, inbox): ... inbox.messages`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from aiosmtpd.controller import Controller

from tests.servers.dnsmasq import free_port


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@contextlib.contextmanager
def smtp_inbox() -> Iterator[tuple[Controller, Inbox]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()
