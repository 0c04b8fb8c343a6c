"""A hostile IMAP server for tests: 127.0.0.1, a free port, one thread per connection.

    with HostileImap("endless_exists") as server:      # server.host, server.port
        ...                                             # point an ImapSession at it

It speaks just enough IMAP (greeting, LOGIN, CAPABILITY, SELECT/EXAMINE, UID SEARCH, UID FETCH,
NOOP, LOGOUT) to serve one small message at UID 1, and misbehaves in one way per ``mode``:

* ``normal``: behaves (a baseline);
* ``slow_greeting``: sends its greeting one byte every ``interval`` seconds;
* ``endless_exists``: answers SELECT with an endless stream of ``* 1 EXISTS``;
* ``garbage``: answers SELECT with lines that are not IMAP;
* ``huge_literal``: reports RFC822.SIZE 300, then announces a body literal of 1,000,000,000 bytes
  and trickles it;
* ``trickle_literal``: a body literal of the announced size, one byte every ``interval`` seconds;
* ``disconnect_mid_literal``: announces the body literal, sends part of it and hangs up.

Every loop is bounded (bytes, lines and ``max_seconds``) and stops when the client goes away or
the server is closed: nothing here can run on by itself.
"""

from __future__ import annotations

import re
import socket
import socketserver
import threading
import time
from typing import Any

MODES = ("normal", "slow_greeting", "endless_exists", "garbage", "huge_literal", "trickle_literal",
         "disconnect_mid_literal")
MESSAGE = (b"From: Buyer <buyer@example.com>\r\nTo: sales@example.com\r\nSubject: RFQ 1\r\n"
           b"Message-ID: <rfq-1@example.com>\r\n\r\nPlease quote 500 pcs.\r\n")
_COMMAND = re.compile(rb"^(?P<tag>[A-Za-z0-9.]+) (?P<name>(?:UID )?[A-Za-z]+)(?P<args>.*)$", re.IGNORECASE)


class HostileImap:
    def __init__(self, mode: str, *, interval: float = 2.0, max_seconds: float = 60.0) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode, self.interval, self.max_seconds = mode, interval, max_seconds
        self.host = "127.0.0.1"
        self.closing = threading.Event()
        self.sent_bytes = 0
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                owner._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server((self.host, 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        daemon=True, name=f"hostile-imap-{mode}")

    def __enter__(self) -> HostileImap:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def close(self) -> None:
        self.closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    # -- one connection -----------------------------------------------------------------------
    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(1.0)
        self._deadline = time.monotonic() + self.max_seconds
        try:
            greeting = b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hostile ready\r\n"
            if self.mode == "slow_greeting":
                self._trickle(sock, greeting)
                return
            self._send(sock, greeting)
            buffer = b""
            while not self._over():
                try:
                    data = sock.recv(4096)
                except socket.timeout:
                    continue
                if not data:
                    return
                buffer += data
                while b"\r\n" in buffer:
                    line, buffer = buffer.split(b"\r\n", 1)
                    if not self._answer(sock, line):
                        return
        except OSError:
            return  # the client hung up: that is what the misbehaviour is meant to cause

    def _over(self) -> bool:
        return self.closing.is_set() or time.monotonic() > self._deadline

    def _send(self, sock: socket.socket, data: bytes) -> None:
        sock.sendall(data)
        self.sent_bytes += len(data)

    def _trickle(self, sock: socket.socket, data: bytes) -> None:
        for i in range(len(data)):
            if self._over():
                return
            self._send(sock, data[i:i + 1])
            if self.closing.wait(self.interval):
                return

    def _answer(self, sock: socket.socket, line: bytes) -> bool:
        match = _COMMAND.match(line)
        if not match:
            self._send(sock, b"* BAD what?\r\n")
            return True
        tag, name, args = match.group("tag"), match.group("name").upper(), match.group("args").upper()
        ok = tag + b" OK done\r\n"
        if name in (b"LOGIN", b"AUTHENTICATE"):
            self._send(sock, tag + b" OK [CAPABILITY IMAP4rev1 UIDPLUS MOVE] logged in\r\n")
        elif name == b"CAPABILITY":
            self._send(sock, b"* CAPABILITY IMAP4rev1 UIDPLUS MOVE\r\n" + ok)
        elif name == b"LOGOUT":
            self._send(sock, b"* BYE bye\r\n" + ok)
            return False
        elif name in (b"SELECT", b"EXAMINE"):
            return self._select(sock, tag, ok)
        elif name == b"UID SEARCH":
            self._send(sock, b"* SEARCH 1\r\n" + ok)
        elif name == b"UID FETCH":
            return self._fetch(sock, args, ok)
        else:  # NOOP and the rest
            self._send(sock, ok)
        return True

    def _select(self, sock: socket.socket, tag: bytes, ok: bytes) -> bool:
        if self.mode == "endless_exists":
            line = b"* 1 EXISTS\r\n" * 1000
            for _ in range(100_000):  # at most 1.2 GB: far beyond any client cap
                if self._over():
                    return False
                self._send(sock, line)
            return False
        if self.mode == "garbage":
            self._send(sock, b"\x00\xff\xfe not imap at all\r\nHTTP/1.1 200 OK\r\n")
            return True
        self._send(sock, b"* 1 EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 7] v\r\n* OK [UIDNEXT 2] n\r\n"
                         b"* FLAGS (\\Seen)\r\n* OK [PERMANENTFLAGS ()] p\r\n" + tag + b" OK [READ-ONLY] done\r\n")
        return True

    def _fetch(self, sock: socket.socket, args: bytes, ok: bytes) -> bool:
        if b"BODY" not in args:  # the size query
            self._send(sock, b"* 1 FETCH (UID 1 RFC822.SIZE %d)\r\n" % len(MESSAGE) + ok)
            return True
        head = b'* 1 FETCH (UID 1 RFC822.SIZE %d INTERNALDATE "01-Jan-2026 10:00:00 +0000" BODY[] ' % len(MESSAGE)
        if self.mode == "huge_literal":
            self._send(sock, head + b"{1000000000}\r\n")
            self._trickle(sock, b"x" * 1000)
            return False
        if self.mode == "trickle_literal":
            self._send(sock, head + b"{%d}\r\n" % len(MESSAGE))
            self._trickle(sock, MESSAGE)
            return False
        if self.mode == "disconnect_mid_literal":
            self._send(sock, head + b"{%d}\r\n" % len(MESSAGE) + MESSAGE[:40])
            return False
        self._send(sock, head + b"{%d}\r\n" % len(MESSAGE) + MESSAGE + b")\r\n" + ok)
        return True
