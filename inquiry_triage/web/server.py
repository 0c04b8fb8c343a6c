"""`inquiry-triage serve`: the web queue on uvicorn, one process (the database is the shared state).

Behind a reverse proxy (docs/reverse-proxy.md): `--proxy` believes X-Forwarded-For/-Proto from
[web] trusted_proxies (or --forwarded-allow-ips) only, `--root-path` (or [web] root_path) serves the
app under a path prefix the proxy strips, and [web] allowed_hosts names the Host names answered.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from ..config import Config

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def answered_hosts(config: Config, host: str) -> tuple[str, ...] | None:
    """The Host names the app answers: [web] allowed_hosts when the operator names them; else loopback
    names when served on a loopback address (DNS rebinding); else any (None)."""
    from .app import LOOPBACK_HOSTS

    named = tuple(str(h).strip().lower() for h in (config.get("web.allowed_hosts", []) or []) if str(h).strip())
    if named:
        return named
    return LOOPBACK_HOSTS if host in LOOPBACK else None


def proxies(config: Config, forwarded_allow_ips: str | None) -> tuple[str, ...]:
    """The proxies whose forwarded headers are believed: --forwarded-allow-ips, else [web] trusted_proxies."""
    if forwarded_allow_ips:
        return tuple(p.strip() for p in forwarded_allow_ips.split(",") if p.strip())
    return tuple(str(p).strip() for p in (config.get("web.trusted_proxies", []) or []) if str(p).strip())


def clean_root_path(text: str) -> str:
    """'/inquiries' from 'inquiries/', '/inquiries', ...; '' for none. Refuses what is not a plain path."""
    path = "/" + text.strip().strip("/") if text.strip().strip("/") else ""
    if any(ch in path for ch in "?#\\ \"'<>") or "//" in path:
        raise ValueError(f"--root-path {text!r}: give a plain path such as /inquiries")
    return path


def announcement(host: str, port: int, *, prefix: str = "", trusted: tuple[str, ...] = (),
                 hosts: tuple[str, ...] | None = None, named_hosts: bool = False, people: int = 1) -> str:
    """The line `serve` starts with: the address that answers here, which is always the app's root
    (a proxy strips --root-path: http://HOST:PORT/inquiries/ would be a 404 opened directly), where
    the public one is, and a hint to add people only while nobody can log in."""
    direct = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    notes = []
    if prefix:
        notes.append(f"the app's direct address; the public one is the proxy's, under {prefix}/")
    if not people:
        notes.append("nobody can log in yet: add people with `inquiry-triage users add NAME`")
    return (f"inquiry-triage serve: {direct}" + (f" ({'; '.join(notes)})" if notes else "")
            + (f"; behind a proxy at {', '.join(trusted)}" if trusted else "")
            + (f"; answering {', '.join(hosts)}" if hosts and named_hosts else ""))


def enabled_people(sessions: Any) -> int:
    """How many people can log in (enabled users)."""
    from sqlalchemy import func, select

    from ..store.models import UserRow

    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(UserRow).where(UserRow.disabled.is_(False))) or 0)


def serve(config: Config, url: str, *, host: str = "127.0.0.1", port: int = 8080, proxy: bool = False,
          forwarded_allow_ips: str | None = None, root_path: str | None = None) -> int:
    import socket

    import uvicorn

    from ..store import open_store
    from .app import create_app

    try:
        prefix = clean_root_path(root_path if root_path is not None else str(config.get("web.root_path", "") or ""))
    except ValueError as exc:
        print(f"inquiry-triage serve: {exc}", file=sys.stderr)
        return 2
    trusted = proxies(config, forwarded_allow_ips) if proxy else ()
    if proxy and not trusted:
        print("inquiry-triage serve: --proxy needs the proxy's address ([web] trusted_proxies or "
              "--forwarded-allow-ips)", file=sys.stderr)
        return 2
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
    hosts = answered_hosts(config, host)
    print(announcement(host, port, prefix=prefix, trusted=trusted, hosts=hosts,
                       named_hosts=bool(config.get("web.allowed_hosts")), people=enabled_people(sessions)),
          file=sys.stderr, flush=True)
    # Forwarded headers are read by the app itself (create_app's trusted_proxies), from the named
    # proxies only: a client elsewhere could claim any address in X-Forwarded-For and dodge the
    # login throttle. uvicorn's own reading stays off.
    app = create_app(config, sessions, hosts=hosts, trusted_proxies=trusted or None)
    server = uvicorn.Server(uvicorn.Config(app, log_level="info", proxy_headers=False, server_header=False,
                                           access_log=True, root_path=prefix))
    server.run(sockets=[listener])
    return 0
