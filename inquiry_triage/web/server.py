"""`inquiry-triage serve`: the web queue on uvicorn, one process (the database is the shared state)."""

from __future__ import annotations

import logging
import sys

from ..config import Config

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def serve(config: Config, url: str, *, host: str = "127.0.0.1", port: int = 8080) -> int:
    import socket

    import uvicorn

    from ..store import open_store
    from .app import LOOPBACK_HOSTS, create_app

    _engine, sessions = open_store(url)
    # The socket is bound here, before anything is announced: a port in use is one clear line and
    # exit 1 (not a "started" banner followed by uvicorn's error), and --port 0 prints the real port.
    try:
        listener = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    except OSError as exc:
        print(f"inquiry-triage serve: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    port = listener.getsockname()[1]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if host not in LOOPBACK:
        print(f"inquiry-triage serve: listening on {host}: put it behind an HTTPS proxy (passwords and session "
              "cookies travel in clear over plain http)", file=sys.stderr)
    print(f"inquiry-triage serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ "
          "(add people with `inquiry-triage users add NAME`)", file=sys.stderr, flush=True)
    # proxy_headers off: a client could claim any address in X-Forwarded-For and dodge the login throttle.
    hosts = LOOPBACK_HOSTS if host in LOOPBACK else None  # elsewhere the proxy in front decides the names
    server = uvicorn.Server(uvicorn.Config(create_app(config, sessions, hosts=hosts), log_level="info",
                                           proxy_headers=False, server_header=False, access_log=True))
    server.run(sockets=[listener])
    return 0
