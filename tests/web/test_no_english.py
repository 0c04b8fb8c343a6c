"""No English in the Chinese interface. Every message the web uses (the templates' _("...") and
t("..."), every said("...") sentence of web/*.py, the words shown through _(value): states, roles,
channels, kinds, rules, note actions, suspicion kinds, menu labels) has a Chinese msgstr in
locale/zh.po with the same placeholders; the queue layer's refusals carry their msgid and are
worded from the catalogue (no English read back); and the zh pages of a seeded store, through a day of actions and refusals,
show none of the catalogue's English sentences."""

from __future__ import annotations

import ast
import html as htmllib
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from sqlalchemy import select

pytest.importorskip("starlette")

from starlette.testclient import TestClient  # noqa: E402

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.grading import RISK_KINDS  # noqa: E402
from inquiry_triage.model import CHANNELS  # noqa: E402
from inquiry_triage.queue import operations as ops  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.queue.followups import most_per_rule  # noqa: E402
from inquiry_triage.queue.rounds import collect_reminders, escalation_recipients  # noqa: E402
from inquiry_triage.sentences import Sentence  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from inquiry_triage.web import app as web_app  # noqa: E402
from inquiry_triage.web.clock import OFF_REASONS  # noqa: E402
from inquiry_triage.web.dashboard import WEEKDAYS  # noqa: E402
from inquiry_triage.web.i18n import catalogue, localize, parse_po  # noqa: E402
from tests.web.web_store import BASE, PASSWORD, SAME, triaged_store  # noqa: E402

WEB = Path(web_app.__file__).resolve().parent
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
HAN = re.compile(r"[\u4e00-\u9fff]")


def template_messages() -> set[str]:
    found: set[str] = set()
    for path in (WEB / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        found |= {m.group(2) for m in re.finditer(r"""\b_\((["'])(.*?)\1\)""", text)}
        found |= {m.group(2) for m in re.finditer(r"""\bt\((["'])(.*?)\1""", text)}
    return found


def said_messages() -> set[str]:
    found: set[str] = set()
    for path in WEB.glob("*.py"):
        for m in re.finditer(r"""\bsaid\(\s*(["'])((?:\\.|(?!\1).)*)\1""", path.read_text(encoding="utf-8")):
            found.add(m.group(2).encode().decode("unicode_escape") if "\\" in m.group(2) else m.group(2))
    return found


def shown_words() -> set[str]:
    """Values the templates show through _(value)."""
    words = {"open", "claimed", "snoozed", "done", "dismissed", *ops.ROLES, *CHANNELS, *ops.REPLY_CHANNELS,
             "reply", "review", "follow-up", *most_per_rule(None), "holiday-greeting", "closure-notice",
             "price-change", "note", "sent", "escalate", "release", *RISK_KINDS, *ops.DISMISS_KINDS,
             *OFF_REASONS, "public holiday", "quote"}
    words |= set(web_app.SORTS.values()) | set(web_app.BUYER_KIND_LABELS.values())
    words |= set(web_app.DASHBOARD_BY_LABELS.values()) | set(web_app.DASHBOARD_FIELD_LABELS.values())
    words |= {" or ".join(roles) for roles in ops.PERMISSIONS.values()}
    words |= {action.replace("_", " ") for action in ops.PERMISSIONS}
    words |= {*WEEKDAYS, *web_app.DASHBOARD_OWN_GROUPS, escalation_recipients(None, None),
              escalation_recipients(None, {"webhook": "https://hooks.example/x"})}
    return words


def test_every_message_used_has_a_chinese_msgstr_with_the_same_placeholders():
    used = template_messages() | said_messages() | shown_words()
    assert len(template_messages()) > 80 and len(said_messages()) > 20
    zh = catalogue("zh")
    missing = sorted(m for m in used if not zh.get(m))
    assert missing == []
    assert [m for m in used if not HAN.search(zh[m])] == []
    assert [m for m in zh if sorted(PLACEHOLDER.findall(m)) != sorted(PLACEHOLDER.findall(zh[m]))] == []


def test_a_message_not_in_the_catalogue_is_caught():
    """The check above can fail: a made-up template message is reported missing."""
    zh = parse_po((WEB / "locale" / "zh.po").read_text(encoding="utf-8"))
    assert "Frobnicate the widget" not in zh and zh["Claim"] == "认领"


def test_english_text_is_not_read_back_only_exact_catalogue_text_is_worded():
    """The queue layer says its refusals with a msgid and values; English text is never matched back
    against the catalogue's patterns (a sentence that merely looks like one stays as it is)."""
    assert localize("zh", "task 7 is done") == "task 7 is done"
    assert localize("zh", "no task with ID 42") == "no task with ID 42"
    assert localize("zh", "a note needs some text") == "备注不能为空"  # the catalogue's own text, no values
    assert localize("zh", "claimed") == "已认领"


def test_the_queue_layers_refusals_carry_their_msgid_and_are_worded_from_the_catalogue(zh_app):
    _, sessions = zh_app
    now = datetime.now(timezone.utc)
    bob, alice = ops.Actor("bob", "agent"), ops.Actor("alice", "agent")
    with sessions() as s:
        task_id = s.scalar(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False)).order_by(TaskRow.id.desc()))
        ops.claim(s, bob, now, task_id)
        refusals = []
        for attempt in (lambda: ops.claim(s, alice, now, task_id), lambda: ops.get_task(s, 987654),
                        lambda: ops.add_note(s, alice, now, task_id, " "), lambda: ops.reply_channel("pigeon"),
                        lambda: ops.check_access(alice, s.get(TaskRow, task_id), owner_only=True)):
            with pytest.raises(ops.QueueError) as caught:
                attempt()
            refusals.append(caught.value)
        s.rollback()
    worded = [(str(exc), localize("zh", exc.said), localize("en", exc.said)) for exc in refusals]
    assert worded == [
        (f"task {task_id} is claimed by bob", f"任务 {task_id} 当前状态：已认领（负责人：bob）",
         f"task {task_id} is claimed by bob"),
        ("no task with ID 987654", "没有编号为 987654 的任务", "no task with ID 987654"),
        ("a note needs some text", "备注不能为空", "a note needs some text"),
        ("reply channel must be one of phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im (got 'pigeon')",
         "回复渠道必须是以下之一：phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im（收到的是 'pigeon'）",
         "reply channel must be one of phone, im, fax, email, message, rfq; platform = rfq; whatsapp, wechat, telegram ... = im (got 'pigeon')"),
        ("alice (agent) may not work on tasks of others: ask a lead or supervisor",
         "alice（业务员）无权处理他人认领的任务：请联系组长或主管",
         "alice (agent) may not work on tasks of others: ask a lead or supervisor"),
    ]


PACKAGE = WEB.parent
SAYING = {"QueueError", "NotAllowed", "Refused", "TaskNotFound", "UserError", "UnknownUser", "StaleForm", "SendFailed",
          "PastTime", "Sentence", "said"}
SAYING_MODULES = sorted([*(PACKAGE / "queue").glob("*.py"), *WEB.glob("*.py"), PACKAGE / "scheduling" / "when.py"])


def literal_text(node: ast.AST, constants: dict[str, str]) -> str | None:
    """A msgid written as a literal, a module's str constant, or their sum ("..." + BY_HAND); else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal_text(node.left, constants), literal_text(node.right, constants)
        return left + right if left is not None and right is not None else None
    return None


def raised_messages() -> set[str]:
    """The msgids the queue layer and the web raise or say (the pages can show them): the literal first
    argument of every QueueError(...), Refused(...), Sentence(...) ... call in every module of
    inquiry_triage/queue/ and inquiry_triage/web/ (and scheduling/when.py, whose PastTime the web shows)."""
    found: set[str] = set()
    for path in SAYING_MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args \
                    and getattr(node.func, "attr", getattr(node.func, "id", "")) in SAYING:
                text = literal_text(node.args[0], constants)
                if text is not None:
                    found.add(text)
    return found


def test_every_refusal_the_pages_can_show_has_its_chinese_text():
    messages = raised_messages()
    assert len(messages) > 25 and "task %(task)s is %(state)s by %(who)s" in messages
    assert {path.name for path in SAYING_MODULES} >= {"buyer_clock.py", "users.py", "operations.py", "app.py"}
    assert "a user name needs 1-%(most)s characters" in messages  # queue/users.py
    assert "%(at)s by %(who)s" + " (by hand: marked ESC in the queue for leads, no one notified)" in messages
    zh = catalogue("zh")
    assert sorted(m for m in messages if not zh.get(m)) == []


TASK_STATES = ("open", "claimed", "snoozed", "done", "dismissed")  # store/models.TaskRow.state


def test_a_state_word_reads_naturally_in_every_sentence_that_carries_it():
    """The state words say themselves (已认领, 已完成, 待处理): a sentence that carries one adds no
    已 of its own in the same clause ('任务 7 已被 bob 已认领' read twice 'already')."""
    carrying = sorted(m for m in raised_messages() | template_messages() if "%(state)s" in m)
    assert "task %(task)s is %(state)s by %(who)s" in carrying and len(carrying) >= 5
    clumsy = []
    for msgid in carrying:
        for state in TASK_STATES:
            values = {name: "7" for name in PLACEHOLDER.findall(msgid)} | {"state": state, "who": "bob"}
            worded = localize("zh", Sentence(msgid, **values))
            assert catalogue("zh")[state] in worded
            if any(clause.count("已") > 1 for clause in re.split(r"[：，（）；、。:,()]", worded)):
                clumsy.append(worded)
    assert clumsy == []
    assert [w for w in ("任务 7 已被 bob 已认领",) if any(c.count("已") > 1 for c in re.split(r"[：，（）]", w))]


def test_the_schedulers_stored_notes_are_read_as_sentences_of_the_catalogue():
    from inquiry_triage.queue.views import STORED_NOTES, stored_note

    zh = catalogue("zh")
    assert [msgid for _, msgid in STORED_NOTES if not zh.get(msgid) and not zh.get("%(at)s " + msgid)] == []
    note = stored_note("no answer to our quotation since 2026-11-20: follow-up 1 of 2")
    assert note == "no answer to our quotation since 2026-11-20: follow-up 1 of 2"
    assert localize("zh", note) == "自 2026年11月20日 周五 起我方报价未获答复：第 1 次跟进（共 2 次）"
    assert localize("zh", stored_note("Buyer wants 2 colours")) == "Buyer wants 2 colours"


# --- the zh pages of a seeded store ----------------------------------------------------------------

@pytest.fixture(scope="module")
def zh_app(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", "")
        url = triaged_store(tmp_path_factory.mktemp("zh") / "zh.db")
        engine, sessions = open_store(url)
        with sessions.begin() as s:
            for name, role in (("wei", "agent"), ("fang", "agent"), ("mei", "lead")):
                users.add_user(s, name, role, PASSWORD, datetime.now(timezone.utc), language="zh")
        yield create(sessions), sessions
        engine.dispose()


def create(sessions):
    return web_app.create_app(load_config(None), sessions)


def zh_client(app, name: str) -> TestClient:
    c = TestClient(app, base_url=BASE, follow_redirects=True)
    r = c.post("/login", data={"name": name, "password": PASSWORD}, headers=SAME)
    assert r.status_code == 200 and '<html lang="zh-CN">' in r.text
    return c


def english_sentences() -> list[str]:
    """The catalogue's English: each msgid's literal parts of two words or more."""
    out = set()
    for msgid in catalogue("zh"):
        for part in PLACEHOLDER.split(msgid)[::2]:
            part = part.strip(" .,:;()·-#[]")
            if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2:
                out.add(part)
    return sorted(out, key=len, reverse=True)


DATA = re.compile(r"<(pre|textarea|h1|title)\b.*?</\1>|<table class=\"evidence\".*?</table>|"
                  r"<p id=\"from\">.*?</p>|<td class=\"(subject|buyer|who)\">.*?</td>|<small class=\"first-line\">.*?</small>|"
                  r"<li><small>.*?</li>|<span class=\"(zone|data)\">.*?</span>|<small class=\"zone\">.*?</small>|"
                  r"<option value=\"[a-z]{2}\"[^>]*>[a-z]{2}</option>|"
                  r"<form [^>]*id=\"language-switch\".*?</form>", re.S)  # each language named in itself: 中文 · English


def visible(page: str) -> str:
    """The interface's text: tags, scripts' attributes and the inquiries' own words (data) left out."""
    text = re.sub(r"<[^>]+>", " ", DATA.sub(" ", page))
    return " ".join(htmllib.unescape(text).split())


def english_in(page: str) -> list[str]:
    text = visible(page)
    return [s for s in english_sentences() if re.search(r"(?<![A-Za-z])" + re.escape(s) + r"(?![A-Za-z])", text)]


# Latin-letter words a Chinese page may show: names of things that are not words of the interface.
COMMANDS = {"inquiry", "triage", "report", "sla", "Enter", "RFQ", "ID", "UTC", "GMT", "p90"}  # the product, commands, keys
ZONE_WORDS = {w for zone in available_timezones() for w in re.findall(r"[A-Za-z]+", zone)}  # a buyer's city, the seller's zone


def english_words_in(page: str, allowed: set[str]) -> list[str]:
    """Every Latin-letter word of the page's interface text that is not data: a single English word
    ("Mon", "email", "scam", "(unreplied)") is caught too, which the catalogue's sentences do not
    catch. Allowed: `allowed` (user names, language codes), codes in capitals (grades, countries),
    config sections in [brackets], zone and city names, a public holiday's name, the product's and commands' names."""
    text = re.sub(r"\[[a-z_.]+\]|\b\w*\d\w*\b", " ", visible(page))  # [sections], 4w, 2d, p90
    text = re.sub(r"公共假日：[^）]*", "公共假日：", text)  # a holiday's name as the holidays package gives it: data
    words = re.findall(r"[A-Za-z]+", text)
    return sorted({w for w in words if w not in allowed and w not in COMMANDS and w not in ZONE_WORDS
                   and len(w) > 1 and not re.fullmatch(r"[A-Z]{2,3}", w)})  # one letter: keys (j, k), grades


def fields(page: str, action: str) -> dict[str, str]:
    block = page[page.index(f'action="{action}"'):]
    return {"version": re.search(r'name="version" value="(\d+)"', block).group(1),
            "mark": re.search(r'name="mark" value="(\d+)"', block).group(1)}


def line_of(page: str, what: str) -> str:
    found = re.search(rf'id="{what}"[^>]*>(.*?)</p>', page, re.S)
    return htmllib.unescape(found.group(1)) if found else ""


def test_the_zh_pages_of_a_day_show_no_english(zh_app):
    app, sessions = zh_app
    wei, fang, mei = zh_client(app, "wei"), zh_client(app, "fang"), zh_client(app, "mei")
    with sessions() as s:
        replies = list(s.scalars(select(TaskRow.id).join(InquiryRow).where(
            TaskRow.kind == "reply", TaskRow.state == "open", InquiryRow.suspicious.is_(False)).order_by(TaskRow.id)))
        review = s.scalar(select(TaskRow.id).where(TaskRow.kind == "review", TaskRow.state == "open").limit(1))
    assert len(replies) >= 5 and review is not None
    pages: dict[str, str] = {}
    pages["queue"] = wei.get("/").text
    for sort in web_app.SORTS:
        pages[f"queue {sort}"] = wei.get(f"/?sort={sort}&channel=email").text
    pages["empty queue"] = wei.get("/?country=ZZ").text
    first, second, third, fourth, fifth = replies[:5]
    page = wei.get(f"/task/{first}").text
    stale = fields(fang.get(f"/task/{first}").text, f"/task/{first}/claim")
    pages["claimed"] = wei.post(f"/task/{first}/claim", data=fields(page, f"/task/{first}/claim"), headers=SAME).text
    pages["stale form"] = fang.post(f"/task/{first}/claim", data=stale, headers=SAME).text
    assert "已被 wei 于" in line_of(pages["stale form"], "error")
    pages["empty note"] = wei.post(f"/task/{first}/note", data={"text": " ", **fields(pages["claimed"], f"/task/{first}/note")},
                                   headers=SAME).text
    pages["note"] = wei.post(f"/task/{first}/note", data={"text": "客户要样品", **fields(pages["claimed"], f"/task/{first}/note")},
                             headers=SAME).text
    page = wei.get(f"/task/{first}").text
    pages["bad snooze"] = wei.post(f"/task/{first}/snooze", data={"until": "someday maybe", **fields(page, f"/task/{first}/snooze")},
                                   headers=SAME).text
    pages["snooze"] = wei.post(f"/task/{first}/snooze", data={"until": "2d", **fields(page, f"/task/{first}/snooze")},
                               headers=SAME).text
    page = wei.get(f"/task/{second}").text
    pages["escalate"] = wei.post(f"/task/{second}/escalate", data={"text": "大单", **fields(page, f"/task/{second}/escalate")},
                                 headers=SAME).text
    page = wei.get(f"/task/{second}").text
    pages["quote"] = wei.post(f"/task/{second}/quote", data={"channel": "im", **fields(page, f"/task/{second}/reply")},
                              headers=SAME).text
    pages["done task"] = wei.get(f"/task/{second}").text
    page = wei.get(f"/task/{third}").text
    pages["reply"] = wei.post(f"/task/{third}/reply", data={"channel": "email", **fields(page, f"/task/{third}/reply")},
                              headers=SAME).text
    page = wei.get(f"/task/{fourth}").text
    pages["done"] = wei.post(f"/task/{fourth}/done", data=fields(page, f"/task/{fourth}/done"), headers=SAME).text
    page = wei.get(f"/task/{fifth}").text
    pages["bad channel"] = wei.post(f"/task/{fifth}/reply", data={"channel": "pigeon", **fields(page, f"/task/{fifth}/reply")},
                                    headers=SAME).text
    pages["claim next"] = wei.post("/claim", headers=SAME).text
    pages["buyer"] = wei.get(f"/buyer?inquiry={first}").text
    pages["no buyer"] = wei.get("/buyer?inquiry=987654").text
    pages["unknown buyer"] = wei.get("/buyer?key=nobody@nowhere.example").text
    pages["agent on review task"] = wei.get(f"/task/{review}").text
    pages["agent on review page"] = wei.get("/review").text
    pages["agent on dashboard"] = wei.get("/dashboard").text
    pages["no such task"] = wei.get("/task/987654").text
    pages["agent assigns"] = wei.post(f"/task/{fifth}/assign", data={"to": "fang", **fields(page, f"/task/{fifth}/release")}
                                      if f'action="/task/{fifth}/release"' in page else {"to": "fang", "version": "0", "mark": "0"},
                                      headers=SAME).text
    pages["review"] = mei.get("/review").text
    pages["bulk nothing"] = mei.post("/review", data={"verdict": "spam"}, headers=SAME).text
    pages["bulk dismiss"] = mei.post("/review", data={"verdict": "spy", "task": str(review)}, headers=SAME).text
    pages["bulk again"] = mei.post("/review", data={"verdict": "spam", "task": str(review)}, headers=SAME).text
    pages["dashboard"] = mei.get("/dashboard").text
    pages["dashboard all"] = mei.get("/dashboard?period=all").text
    pages["lead on a claimed task"] = mei.get(f"/task/{first}").text
    with sessions.begin() as s:  # the scheduler escalates what is overdue (no [notifications]: nobody told)
        assert collect_reminders(s, datetime.now(timezone.utc) + timedelta(days=3650), None)
    pages["escalated by the scheduler"] = mei.get(f"/task/{fifth}").text
    assert "escalate" in pages["escalated by the scheduler"]
    # The check can fail: an English user's pages are full of the sentences it looks for.
    english = TestClient(app, base_url=BASE, follow_redirects=True)
    english.post("/login", data={"name": "alice", "password": PASSWORD}, headers=SAME)
    assert len(english_in(english.get("/").text)) >= 5 and len(english_in(english.get(f"/task/{fifth}").text)) >= 10
    found = {name: english_in(page) for name, page in pages.items()}
    assert {name: words for name, words in found.items() if words} == {}
    allowed = {"wei", "fang", "mei", "alice", "bob", "lena", *load_config(None).get("languages.detect", []), "und"}
    assert "Mon" in english_words_in(english.get("/").text.replace("</main>", "<p>Mon email</p></main>"), allowed)
    typed = ("bad channel", "bad snooze")  # refusals list what may be typed (email, tomorrow, mon) and echo the input
    found = {name: english_words_in(page, allowed) for name, page in pages.items() if name not in typed}
    assert {name: words for name, words in found.items() if words} == {}
    # Every flash line and refusal came out in Chinese (and one of each was there to check).
    lines = {name: line_of(page, "message") + line_of(page, "error") for name, page in pages.items()}
    assert [(name, lines[name]) for name in ("claimed", "stale form", "empty note", "note", "bad snooze",
                                                     "snooze", "escalate", "quote", "reply", "done", "bad channel",
                                                     "claim next", "no buyer", "agent on review task",
                                                     "agent on review page", "agent on dashboard", "no such task",
                                                     "bulk nothing", "bulk dismiss", "bulk again")
            if not HAN.search(lines[name])] == []
    english_words = re.compile(r"\b(task|the|is|by|to|and|of|not|changed|reload|may|ask|added|until|claimed|done|"
                               r"snoozed|recorded|escalated|released|dismissed|nothing|queue|must|one)\b")
    assert {name: line for name, line in lines.items() if english_words.search(line)} == {}


def test_a_buyer_off_for_a_public_holiday_is_named_on_the_zh_page(tmp_path, monkeypatch):
    """The holiday's name as the English page names it (not only 公共假日), on a clock fixed at the Dubai caller's
    National Day (2 December): the day test above once looked for it on the wall clock's day, and passed only
    while a fixture buyer happened to be on holiday."""
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    engine, sessions = open_store(triaged_store(tmp_path / "holiday.db"))
    try:
        with sessions.begin() as s:
            users.add_user(s, "wei", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
        with sessions() as s:
            task = s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.endswith("phone_log.jsonl:1"))
                            .order_by(TaskRow.id).limit(1))
        on_holiday = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)  # 12:00 in Dubai, a Wednesday
        page = zh_client(web_app.create_app(load_config(None), sessions, lambda: on_holiday), "wei").get(f"/task/{task}").text
        assert re.search(r"公共假日：National Day", page), page[:2000]
        ordinary = datetime(2026, 12, 9, 8, 0, tzinfo=timezone.utc)
        page = zh_client(web_app.create_app(load_config(None), sessions, lambda: ordinary), "wei").get(f"/task/{task}").text
        assert "公共假日" not in page  # the check can fail: a working day names no holiday
    finally:
        engine.dispose()
