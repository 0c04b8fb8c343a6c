"""The 中文 · English switch in every page's header: the pages render in the language chosen, the
choice is the signed-in user's (stored, so it follows them to another browser) and this browser's
(the login page after logout), it wins over Accept-Language, and the browser goes back to the page
it was on, never to another site."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("starlette")

from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.web.switch import LANG_COOKIE  # noqa: E402
from tests.web.web_store import BASE, PASSWORD, SAME, app, client, logged_in, open_reply_task, sessions, store_url  # noqa: E402,F401

ZH_BROWSER = {"accept-language": "zh-CN,zh;q=0.9"}
EN_BROWSER = {"accept-language": "en-GB,en;q=0.9"}


def switch_buttons(page: str) -> dict[str, str]:
    """The switch's buttons: language code -> 'on' (pressed, the page's language) or 'off'."""
    form = re.search(r'<form [^>]*id="language-switch".*?</form>', page, re.S)
    assert form, "no language switch on the page"
    return {m.group(1): "on" if 'aria-pressed="true"' in m.group(0) else "off"
            for m in re.finditer(r'<button [^>]*value="(zh|en)"[^>]*>', form.group(0))}


def switch(c, lang: str, referer: str):  # type: ignore[no-untyped-def]
    return c.post("/language", data={"lang": lang}, headers={**SAME, "referer": BASE + referer})


def stored_language(sessions, name: str) -> str:  # noqa: F811
    with sessions() as s:
        return users.find_user(s, name).language


def test_the_login_page_shows_the_switch_and_the_choice_beats_the_browser(app):  # noqa: F811
    c = client(app)
    page = c.get("/login", headers=ZH_BROWSER).text
    assert '<html lang="zh-CN">' in page and switch_buttons(page) == {"zh": "on", "en": "off"}
    r = switch(c, "en", "/login")
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert f"{LANG_COOKIE}=en" in r.headers["set-cookie"]
    page = c.get("/login", headers=ZH_BROWSER).text  # a Chinese browser, English chosen: English
    assert '<html lang="en">' in page and "Password" in page and "密码" not in page
    assert switch_buttons(page) == {"zh": "off", "en": "on"}
    switch(c, "zh", "/login")
    page = c.get("/login", headers=EN_BROWSER).text
    assert '<html lang="zh-CN">' in page and "密码" in page


def test_a_signed_in_switch_changes_every_page_and_follows_the_user_to_another_browser(app, sessions):  # noqa: F811
    task = open_reply_task(sessions)
    c = logged_in(app, "bob")  # stored in English
    assert stored_language(sessions, "bob") == "en"
    assert "Claim the top task" in c.get("/").text
    r = switch(c, "zh", f"/task/{task}")
    assert r.status_code == 303 and r.headers["location"] == f"/task/{task}"  # back where it was pressed
    assert stored_language(sessions, "bob") == "zh"
    queue = c.get("/", headers=EN_BROWSER).text  # the user's choice beats the browser's language
    assert '<html lang="zh-CN">' in queue and "认领最优先的任务" in queue and "Claim the top task" not in queue
    assert switch_buttons(queue) == {"zh": "on", "en": "off"}
    page = c.get(f"/task/{task}", headers=EN_BROWSER).text
    assert '<html lang="zh-CN">' in page and "该买家的全部往来" in page and "Add note" not in page
    other = client(app)  # another browser, English, no cookie: bob's pages are Chinese there too
    r = other.post("/login", data={"name": "bob", "password": PASSWORD}, headers={**SAME, **EN_BROWSER})
    assert r.status_code == 303 and f"{LANG_COOKIE}=zh" in r.headers["set-cookie"]
    assert "认领最优先的任务" in other.get("/", headers=EN_BROWSER).text
    r = switch(other, "en", "/?grade=A&sort=deadline")
    assert r.headers["location"] == "/?grade=A&sort=deadline"  # the queue's filters kept
    assert "Claim the top task" in c.get("/").text and stored_language(sessions, "bob") == "en"
    other.post("/logout", headers=SAME)
    assert "Password" in other.get("/login", headers=ZH_BROWSER).text  # logged out: this browser's last choice
    c.post("/logout", headers=SAME)
    assert "密码" in c.get("/login", headers=EN_BROWSER).text  # (this one's was Chinese)


def test_a_switch_from_another_site_or_to_an_unknown_language_changes_nothing(app, sessions):  # noqa: F811
    c = logged_in(app, "lena")
    assert stored_language(sessions, "lena") == "en"
    r = c.post("/language", data={"lang": "zh"}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403 and stored_language(sessions, "lena") == "en"
    assert switch(c, "fr", "/").status_code == 400 and stored_language(sessions, "lena") == "en"


@pytest.mark.parametrize("referer, back", [
    ("/review", "/review"), ("/dashboard?period=4w", "/dashboard?period=4w"), ("/buyer?inquiry=3", "/buyer?inquiry=3"),
    ("/task/7/draft?lang=de", "/task/7/draft?lang=de"), ("/task/7/claim", "/task/7"), ("/claim", "/"),
    ("/static/queue.css", "/"), ("//evil.example/x", "/"),
])
def test_the_switch_goes_back_to_our_page_it_was_pressed_on(app, referer, back):  # noqa: F811
    assert switch(client(app), "en", referer).headers["location"] == back
    r = client(app).post("/language", data={"lang": "en"}, headers={**SAME, "referer": "https://evil.example/"})
    assert r.headers["location"] == "/"
