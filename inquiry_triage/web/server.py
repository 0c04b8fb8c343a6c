"""`inquiry-triage serve`: the web queue on uvicorn, one process (the database is the shared state)."""

from __future__ import annotations

import logging
import sys

from ..config import Config

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def serve(config: Config, url: str, *, host: str = "127.0.0.1", port: int = 8080) -> int:
    import uvicorn

    from ..store import open_store
    from .app import create_app

    _engine, sessions = open_store(url)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if host not in LOOPBACK:
        print(f"inquiry-triage serve: listening on {host}: put it behind an HTTPS proxy (passwords and session "
              "cookies travel in clear over plain http)", file=sys.stderr)
    print(f"inquiry-triage serve: http://{'[' + host + ']' if ':' in host else host}:{port}/ "
          "(add people with `inquiry-triage users add NAME`)", file=sys.stderr, flush=True)
    # proxy_headers off: a client could claim any address in X-Forwarded-For and dodge the login throttle.
    from .app import LOOPBACK_HOSTS

    hosts = LOOPBACK_HOSTS if host in LOOPBACK else None  # elsewhere the proxy in front decides the names
    uvicorn.run(create_app(config, sessions, hosts=hosts), host=host, port=port, log_level="info", proxy_headers=False,
                server_header=False, access_log=True)
    return 0
