"""The two interface languages: every message of the templates has its Chinese text, a user's pages
come in that user's language, the login page in the browser's."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.web.app import create_app  # noqa: E402
from inquiry_triage.web.i18n import catalogue, parse_po, translator  # noqa: E402
from tests.web.web_store import BASE, PASSWORD, triaged_store  # noqa: E402

TEMPLATES = Path(__file__).resolve().parents[2] / "inquiry_triage" / "web" / "templates"


def template_messages() -> set[str]:
    found = set()
    for path in TEMPLATES.glob("*.html"):
        found |= {m.group(2) for m in re.finditer(r"""_\((["'])(.*?)\1\)""", path.read_text(encoding="utf-8"))}
    return found


def test_every_template_message_has_its_chinese_text():
    messages = template_messages()
    assert len(messages) > 50
    zh = catalogue("zh")
    assert sorted(messages - set(zh)) == []
    assert all(re.search(r"[\u4e00-\u9fff]", zh[m]) for m in messages)


def test_the_po_reader_joins_continuations_and_reads_escapes():
    text = 'msgid ""\nmsgstr "Header: x\\n"\n\n# c\nmsgid "a \\"b\\""\nmsgstr ""\n"line 1\\n"\n"line 2"\n\nmsgid "empty"\nmsgstr ""\n'
    assert parse_po(text) == {'a "b"': "line 1\nline 2"}
    assert translator("en")("Claim") == "Claim" and translator("zh")("Claim") == "认领"
    assert translator("xx")("Claim") == "Claim" and translator("zh")("not in the catalogue") == "not in the catalogue"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")  # the shipped defaults
        url = triaged_store(tmp_path_factory.mktemp("i18n") / "i18n.db")
        engine, sessions = open_store(url)
        with sessions.begin() as s:
            users.add_user(s, "wei", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
        yield create_app(load_config(None), sessions)
        engine.dispose()


def test_a_chinese_users_pages_are_in_chinese_and_an_english_users_in_english(app):
    zh = TestClient(app, base_url=BASE, follow_redirects=False)
    zh.post("/login", data={"name": "wei", "password": PASSWORD}, headers={"origin": BASE})
    page = zh.get("/").text
    assert '<html lang="zh-CN">' in page and "认领最优先的任务" in page and "退出登录" in page
    assert "Claim the top task" not in page
    en = TestClient(app, base_url=BASE, follow_redirects=False)
    en.post("/login", data={"name": "alice", "password": PASSWORD}, headers={"origin": BASE})
    page = en.get("/").text
    assert '<html lang="en">' in page and "Claim the top task" in page and "认领" not in page


def test_the_login_page_follows_the_browser_until_someone_logs_in(app):
    c = TestClient(app, base_url=BASE, follow_redirects=False)
    assert "密码" in c.get("/login", headers={"accept-language": "zh-CN,zh;q=0.9,en;q=0.8"}).text
    assert "Password" in c.get("/login", headers={"accept-language": "en-GB,en;q=0.9"}).text
    r = c.post("/login", data={"name": "wei", "password": "wrong password!!"},
               headers={"origin": BASE, "accept-language": "zh-CN"})
    assert r.status_code == 401 and "用户名或密码错误" in r.text


@pytest.fixture(scope="module")
def empty_app(tmp_path_factory):
    """The app over a new, empty store (the login page needs nothing more)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        engine, sessions = open_store(f"sqlite:///{tmp_path_factory.mktemp('login') / 'login.db'}")
        yield create_app(load_config(None), sessions)
        engine.dispose()


@pytest.mark.parametrize("header, language", [
    (None, "zh"), ("", "zh"), ("*", "zh"), ("fr-FR,fr;q=0.9", "zh"), ("en-GB,en;q=0.9", "en"),
    ("fr, en;q=0.8, zh;q=0.5", "en"), ("de, zh-TW;q=0.7, en;q=0.3", "zh"), ("en;q=0, zh;q=0.1", "zh"),
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"), ("EN-us", "en"), ("en;q=bogus, zh", "zh"),
])
def test_the_login_page_s_language_is_the_browser_s_first_of_ours_else_chinese(empty_app, header, language):
    """README: Chinese is the default; a browser that sends no Accept-Language (curl, some kiosks)
    or none of our languages gets the Chinese login page."""
    c = TestClient(empty_app, base_url=BASE, follow_redirects=False)
    page = c.get("/login", headers={"accept-language": header} if header is not None else {}).text
    assert ('<html lang="zh-CN">' in page and "密码" in page) == (language == "zh")
    assert ('<html lang="en">' in page and "Password" in page) == (language == "en")
