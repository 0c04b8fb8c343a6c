"""`learn` from the team's verdicts in the store, the `queue genuine` verdict, and migration 0002."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import create_engine, inspect, select, text

from inquiry_triage.cli import main
from inquiry_triage.config import load_config
from inquiry_triage.learning.bayes import TokenModel
from inquiry_triage.learning.corpus import Examples, from_store
from inquiry_triage.learning.tokens import text_tokens
from inquiry_triage.pipeline import build_context, triage
from inquiry_triage.queue.operations import Actor, NotAllowed, dismiss, genuine, record_reply
from inquiry_triage.store.db import MIGRATIONS, open_store
from inquiry_triage.store.models import AuditRow, InquiryRow, TaskRow
from inquiry_triage.store.queue import save_result

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
LEAD = Actor("lena", "lead")
AGENT = Actor("alice", "agent")
CTX = build_context(load_config(None), offline=True)

SCAMS = [("Confidential proposal", "I am a bank manager. An unclaimed fund of 12 million dollars awaits transfer to "
          "your account. Reply in confidence with your bank details."),
         ("Inheritance", "The late minister left a fund. I need your assistance to transfer it to your bank account "
          "abroad; you keep 30 percent. Reply in confidence.")]
BUYERS = [("Quotation request", "Please quote 500 stainless steel valves FOB Shanghai, delivery in March."),
          ("Order", "We want to order 200 cartons; please confirm the price and delivery date."),
          ("Samples", "Could you send samples and the price list for LED panels? We need 300 units.")]


def _raw(n: int, subject: str, body: str) -> bytes:
    return (f"From: Sender {n} <sender{n}@example{n}.com>\r\nTo: sales@seller.example\r\nSubject: {subject}\r\n"
            f"Message-ID: <m{n}@example{n}.com>\r\nDate: Mon, 02 Mar 2026 08:00:00 +0100\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


@pytest.fixture
def store(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'learn.db'}"
    engine, sessions = open_store(url)
    yield url, sessions
    engine.dispose()


def _fill(sessions) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Two scams, three buyers and one untouched inquiry; returns task ids by role."""
    tasks: dict[str, int] = {}
    messages = [("scam0", *SCAMS[0]), ("scam1", *SCAMS[1]), ("buyer0", *BUYERS[0]), ("buyer1", *BUYERS[1]),
                ("buyer2", *BUYERS[2]), ("untouched", "Hello", "Just saying hello, nothing else.")]
    with sessions.begin() as s:
        for n, (key, subject, body) in enumerate(messages):
            row = save_result(s, triage(_raw(n, subject, body), CTX), now=NOW)
            assert row is not None and row.tasks
            tasks[key] = row.tasks[0].id
    return tasks


def test_verdicts_in_the_store_become_examples(store):
    _, sessions = store
    tasks = _fill(sessions)
    with sessions.begin() as s:
        dismiss(s, LEAD, NOW, tasks["scam0"], "spam")
        dismiss(s, LEAD, NOW, tasks["scam1"], "spy")
        genuine(s, LEAD, NOW, tasks["buyer0"])
        record_reply(s, LEAD, NOW, tasks["buyer1"])
        record_reply(s, LEAD, NOW, tasks["buyer2"])
        dismiss(s, LEAD, NOW, tasks["buyer2"], "duplicate")  # replied, then dismissed: not an example
    examples = Examples.empty()
    with sessions() as s:
        from_store(examples, s, CTX.lists.classify)
    assert len(examples.spam) == 2 and len(examples.ham) == 2
    assert examples.sources == {"spam: store, dismissed as spam": 1, "spam: store, dismissed as spy": 1,
                                "ham: store, marked genuine": 1, "ham: store, replied to": 1}
    assert "fund" in examples.spam[0] and "valves" in examples.ham[0]


def test_learn_command_trains_from_the_store_and_triage_uses_the_site_model(store, tmp_path, capsys, monkeypatch):
    url, sessions = store
    tasks = _fill(sessions)
    out = tmp_path / "site-model.json.gz"
    assert main(["learn", "--from-store", "--db", url, "--out", str(out)]) == 3
    assert "nothing to learn" in capsys.readouterr().err
    assert not out.exists()
    with sessions.begin() as s:
        dismiss(s, LEAD, NOW, tasks["scam0"], "spam")
        genuine(s, LEAD, NOW, tasks["buyer0"])
    assert main(["learn", "--from-store", "--db", url, "--out", str(out), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["spam"], summary["ham"]) == (1, 1) and summary["tokens_kept"] <= summary["tokens_seen"]
    model = TokenModel.load(out)
    assert (model.n_spam, model.n_ham, model.source) == (1, 1, "site")
    manifest = json.loads((tmp_path / "site-model.manifest.json").read_text())
    assert manifest["examples"] == {"spam: store, dismissed as spam": 1, "ham: store, marked genuine": 1}
    # [model] site_file pointing at it: triage says which model it used.
    config = tmp_path / "site.toml"
    config.write_text(f'[model]\nsite_file = "{out}"\n', encoding="utf-8")
    ctx = build_context(load_config(config), offline=True)
    assert ctx.text_model.kind == "site"


def test_learn_from_folders_and_a_clear_error_for_one_class(tmp_path, capsys):
    spam, ham = tmp_path / "spam", tmp_path / "ham"
    spam.mkdir()
    ham.mkdir()
    for n, (subject, body) in enumerate(SCAMS):
        (spam / f"{n}.eml").write_bytes(_raw(n, subject, body))
    for n, (subject, body) in enumerate(BUYERS):
        (ham / f"{n}.eml").write_bytes(_raw(10 + n, subject, body))
    out = tmp_path / "m.json.gz"
    assert main(["learn", "--spam", str(spam), "--out", str(out)]) == 3
    assert "no ham examples" in capsys.readouterr().err
    assert main(["learn", "--spam", str(spam), "--ham", str(ham), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "learned from 2 spam and 3 ham messages" in printed and "tokens:" in printed
    assert TokenModel.load(out).score(text_tokens("transfer the fund to your bank account")).probability > 0.5
    assert main(["learn", "--out", str(out)]) == 2  # no source at all: a usage error


def test_queue_genuine_needs_a_lead_and_is_audited(store):
    _, sessions = store
    tasks = _fill(sessions)
    with sessions.begin() as s:
        dismiss(s, LEAD, NOW, tasks["scam0"], "spam")
        s.get_one(InquiryRow, s.get_one(TaskRow, tasks["scam0"]).inquiry_id).suspicious = True
    with pytest.raises(NotAllowed, match=r"alice \(agent\) may not genuine"):
        with sessions.begin() as s:
            genuine(s, AGENT, NOW, tasks["scam0"])
    with sessions.begin() as s:
        genuine(s, LEAD, NOW, tasks["scam0"])
    with sessions() as s:
        inquiry = s.get_one(InquiryRow, s.get_one(TaskRow, tasks["scam0"]).inquiry_id)
        assert (inquiry.verdict, inquiry.dismissed_as, inquiry.suspicious) == ("genuine", None, False)
        row = s.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
        assert (row.action, row.actor, row.task_id) == ("genuine", "lena", tasks["scam0"])
        assert row.detail == {"previous_verdict": None, "previous_dismissed_as": "spam", "was_suspicious": True}
    with sessions.begin() as s:  # the team changes its mind again: the latest word counts
        dismiss(s, LEAD, NOW, tasks["scam0"], "spam")
    with sessions() as s:
        inquiry = s.get_one(InquiryRow, s.get_one(TaskRow, tasks["scam0"]).inquiry_id)
        assert (inquiry.verdict, inquiry.dismissed_as) == (None, "spam")


def test_queue_genuine_on_the_command_line(store, capsys, monkeypatch):
    url, sessions = store
    tasks = _fill(sessions)
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    assert main(["queue", "genuine", str(tasks["buyer0"]), "--db", url, "--user", "lena"]) == 0
    assert "marked genuine" in capsys.readouterr().out
    with sessions() as s:
        assert s.get_one(InquiryRow, s.get_one(TaskRow, tasks["buyer0"]).inquiry_id).verdict == "genuine"


def test_migration_0002_adds_the_verdict_column_and_keeps_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
    with engine.begin() as connection:
        assert "verdict" not in {c["name"] for c in inspect(connection).get_columns("inquiries")}
        connection.execute(text("INSERT INTO inquiries (message_id, content_hash, source, channel, status, suspicious, "
                                "risk, from_addr, from_name, subject, body, country, triaged_at, result, draft, "
                                "buyer_key, buyer_timezone, product, raw, dismissed_as) VALUES ('<a@b>', '', 's', "
                                "'email', 'triaged', 1, 3.5, '', '', 'x', 'y', '', '2026-03-02 09:00:00', '{}', '', "
                                "'', '', '', x'', 'spam')"))
    engine.dispose()
    engine, sessions = open_store(url)  # upgrades to head
    with sessions() as s:
        row = s.scalars(select(InquiryRow)).one()
        assert (row.message_id, row.dismissed_as, row.verdict) == ("<a@b>", "spam", None)
    with engine.connect() as connection:
        assert "verdict" in {c["name"] for c in inspect(connection).get_columns("inquiries")}
    engine.dispose()


def test_learn_from_a_handful_warns_and_keeps_the_site_model_unless_forced(tmp_path, capsys, monkeypatch):
    """README: "learn from enough verdicts of both kinds, dozens at least": a handful (2 spam, 3 ham) warns
    on stderr in the asked language; without --out it does not replace [model] site_file unless --force."""
    spam, ham = tmp_path / "spam", tmp_path / "ham"
    spam.mkdir()
    ham.mkdir()
    for n, (subject, body) in enumerate(SCAMS):
        (spam / f"{n}.eml").write_bytes(_raw(n, subject, body))
    for n, (subject, body) in enumerate(BUYERS):
        (ham / f"{n}.eml").write_bytes(_raw(10 + n, subject, body))
    site = tmp_path / "site-model.json.gz"
    config = tmp_path / "site.toml"
    config.write_text(f'[model]\nsite_file = "{site}"\n', encoding="utf-8")
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "en")
    argv = ["learn", "--spam", str(spam), "--ham", str(ham), "--config", str(config)]
    assert main(argv) == 3 and not site.exists()
    err = capsys.readouterr().err
    assert "only 2 spam and 3 ham examples (fewer than 20 of either)" in err and "--force" in err, err
    out = tmp_path / "elsewhere.json.gz"
    assert main([*argv, "--out", str(out)]) == 0 and out.exists()  # written elsewhere: warned, not refused
    assert "fewer than 20" in capsys.readouterr().err
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    assert main([*argv, "--force"]) == 0 and site.exists()
    assert "警告：只有 2 个垃圾样本和 3 个正常样本" in capsys.readouterr().err
