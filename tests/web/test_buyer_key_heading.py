"""The web's buyer page named a phone buyer by its stored key ('Buyer tel:+97145550199'), as `queue buyer`
did (newcomer 17, finding 8): its heading says 'phone +971 4 555 0199' / '电话 +971 4 555 0199' with the
CLI's words (queue/names.buyer_key_words); the key stays in data-key, an address is shown as it is."""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone
from urllib.parse import quote

import pytest

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.web.app import create_app  # noqa: E402
from tests.web.web_store import BASE, PASSWORD, triaged_store  # noqa: E402


def heading(page: str) -> tuple[str, str]:
    found = re.search(r'<span id="buyer-key" data-key="([^"]*)">(.*?)</span>', page)
    assert found, page[:2000]
    return html.unescape(found.group(1)), html.unescape(found.group(2))


def test_the_buyer_heading_words_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = triaged_store(tmp_path / "q.db")
    engine, sessions = open_store(url)
    with sessions.begin() as s:
        users.add_user(s, "wei", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
    app = create_app(load_config(None), sessions)
    try:
        pages = {}
        for name in ("alice", "wei"):
            c = TestClient(app, base_url=BASE, follow_redirects=False)
            assert c.post("/login", data={"name": name, "password": PASSWORD}, headers={"origin": BASE}).status_code == 303
            pages[name] = c
        phone = f"/buyer?key={quote('tel:+97145550199')}"
        assert heading(pages["alice"].get(phone).text) == ("tel:+97145550199", "phone +971 4 555 0199")
        assert heading(pages["wei"].get(phone).text) == ("tel:+97145550199", "电话 +971 4 555 0199")
        mail = f"/buyer?key={quote('ivan.petrov@mail.ru')}"
        assert heading(pages["wei"].get(mail).text) == ("ivan.petrov@mail.ru", "ivan.petrov@mail.ru")
    finally:
        engine.dispose()
