"""Chinese pages explain the evidence in Chinese (locale/rules.zh.po, keyed by rule name, the English
as fallback) and name the buyer's clock by a Chinese city (locale/cities.zh.po, keyed by IANA zone).
Every shipped rule that can show on a page has an entry, and every country's principal zone a city."""

from __future__ import annotations

import ast
import re
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import pytest
import pytz
from sqlalchemy import select

pytest.importorskip("starlette")

from inquiry_triage.checks.rfq import CLOSED, flag_rule  # noqa: E402
from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.model import CHANNELS  # noqa: E402
from inquiry_triage.queue import users  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from inquiry_triage.web.i18n import city_words, named_catalogue, rule_words  # noqa: E402
from tests.web.web_store import PASSWORD, app, logged_in, sessions, store_url  # noqa: E402,F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "inquiry_triage"
HAN = re.compile(r"[\u4e00-\u9fff]")
# Hit(...) calls whose rule name is not a literal: each one's names are collected below by hand. A new
# one fails the test until its names are collected too.
DYNAMIC_HITS = {("checks/model.py", "band.name"), ("checks/rules.py", "rule.name"),
                ("checks/rfq.py", "flag_rule(flag, answer)"), ("checks/rfq.py", "CLOSED"),
                ("drafts.py", "str(reason.get('rule', ''))"),
                ("checks/__init__.py", "h.rule")}  # a hit rescored: the name of a hit already made


def hit_names() -> tuple[set[str], set[tuple[str, str]]]:
    literal, dynamic = set(), set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "Hit" and node.args:
                name = node.args[0]
                if isinstance(name, ast.Constant):
                    literal.add(name.value)
                else:
                    dynamic.add((str(path.relative_to(PACKAGE)), ast.unparse(name)))
    return literal, dynamic


def shown_rules() -> set[str]:
    """Every rule name a page can show: the checks' hits, the rule files', the text model's bands, the
    RFQ buyer flags' answers, the channel bases and grading's own lines. '__' sub-rules are never shown."""
    literal, dynamic = hit_names()
    assert dynamic <= DYNAMIC_HITS
    names = set(literal)
    for path in (ROOT / "config" / "rules").glob("*.toml"):
        names |= {rule["name"] for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", [])}
    config = load_config(None)
    names |= {band["name"] for key in ("shipped_bands", "site_bands") for band in config.get(f"model.{key}", [])}
    names |= {flag_rule(flag, answer) for flag in config.get("rfq.buyer_flags", {}) for answer in (True, False)}
    names |= {CLOSED, "RISK_PENALTY", "SUSPICIOUS_CAP", "GRADE_CAP"} | {f"CHANNEL_{channel.upper()}" for channel in CHANNELS}
    return {name for name in names if not name.startswith("__")}


def test_every_shipped_rule_that_can_show_has_a_chinese_explanation(monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    shown, zh = shown_rules(), named_catalogue("rules", "zh")
    assert len(shown) > 150 and {"TEXT_MODEL_99", "RFQ_NOT_EMAIL_CONFIRMED", "CHANNEL_PHONE", "ASKS_CARD_TYPES"} <= shown
    assert sorted(shown - set(zh)) == []
    assert sorted({name.split(": ")[0] for name in zh} - shown) == []  # no entry for a rule that no longer exists
    # (an entry "RULE: text" words what RULE matched, by its shape: DNS_UNKNOWN's resolver texts)
    assert [name for name, text in zh.items() if not HAN.search(text)] == []


def test_every_countrys_principal_zone_has_a_chinese_city():
    principal = tomllib.loads((PACKAGE / "data" / "principal_zones.toml").read_text(encoding="utf-8"))["principal"]
    zones = {principal.get(cc, listed[0]) for cc, listed in pytz.country_timezones.items()}
    cities = named_catalogue("cities", "zh")
    assert len(zones) > 200 and sorted(zones - set(cities)) == []
    assert city_words("zh", "Europe/Madrid") == "马德里" and city_words("en", "Europe/Madrid") == "Madrid"
    assert city_words("zh", "America/Argentina/Cordoba") == "Cordoba"  # no entry: the English name


def test_the_explanation_keeps_what_matched():
    detail = "sender network's country [Received]: '78.46.1.1 -> DE Germany'"
    assert rule_words("zh", "ORIGIN_COUNTRY", detail) == "发件网络所在国家 [Received]: '78.46.1.1 -> DE Germany'"
    assert rule_words("en", "ORIGIN_COUNTRY", detail) == detail
    assert rule_words("zh", "NOT_A_RULE", "some words [body]") == "some words [body]"
    assert rule_words("zh", "RISK_PENALTY", "risk 2.00 x 0.5 lowers the grade") == "风险分按比例降低等级"


def test_a_chinese_task_page_explains_the_evidence_and_names_the_buyers_city_in_chinese(sessions, app):  # noqa: F811
    with sessions() as s:
        task = s.scalar(select(TaskRow.id).join(InquiryRow).where(InquiryRow.source.contains("company_rfq_fob"))
                        .order_by(TaskRow.id).limit(1))
    with sessions.begin() as s:
        users.add_user(s, "wei", "agent", PASSWORD, datetime.now(timezone.utc), language="zh")
    page = logged_in(app, "wei").get(f"/task/{task}").text
    evidence = page[page.index('id="evidence"'):page.index("</table>", page.index('id="evidence"'))]
    assert "邮件询盘：按渠道表给出基础分</td>" in evidence
    assert re.search(r"<td title=\"sender network&#39;s country \[Received\]: [^\"]*\">发件网络所在国家 \[Received\]: ", evidence)
    assert "柏林" in page  # the buyer's clock
    assert "柏林" in logged_in(app, "wei").get("/").text  # the queue's buyer clock column
    english = logged_in(app, "alice").get(f"/task/{task}").text
    assert "email inquiry: base from the channel table</td>" in english and "柏林" not in english
