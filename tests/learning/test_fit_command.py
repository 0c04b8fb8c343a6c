"""`inquiry-triage fit` end to end on a tiny labelled corpus written here (not the dev corpora)."""

from __future__ import annotations

import json
import tomllib

from inquiry_triage.cli import main
from inquiry_triage.config import load_config
from inquiry_triage.learning.scores import load_scores
from inquiry_triage.pipeline import build_context

SCAM = ("Hello dear, I am a bank manager with an unclaimed fund of USD 12,500,000. Reply to my private "
        "email with your full name, phone and bank details so the transfer can start. Keep it confidential.")
BUYER = ("Dear sales team, please quote 500 pcs of the stainless steel ball valve DN50, FOB Ningbo, with "
         "delivery time and payment terms. Best regards, Purchasing, Example Industrial Ltd")


def _eml(n: int, sender: str, reply_to: str, subject: str, body: str) -> bytes:
    extra = f"Reply-To: {reply_to}\r\n" if reply_to else ""
    return (f"From: Someone <{sender}>\r\n{extra}To: sales@seller.example\r\nSubject: {subject}\r\n"
            f"Message-ID: <fit{n}@example.org>\r\nDate: Tue, 03 Mar 2026 10:00:00 +0100\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def test_fit_writes_a_score_table_that_triage_then_uses(tmp_path, capsys):
    corpora = tmp_path / "corpora"
    for folder in ("fraud419", "ham"):
        (corpora / folder).mkdir(parents=True)
    for n in range(12):
        (corpora / "fraud419" / f"s{n}.eml").write_bytes(
            _eml(n, f"manager{n}@gmail.com", f"private{n}@gmail.com", "Confidential", SCAM))
        (corpora / "ham" / f"h{n}.eml").write_bytes(
            _eml(100 + n, f"buyer{n}@example-industrial.com", "", f"RFQ ball valves {n}", BUYER))
    out = tmp_path / "scores.toml"
    code = main(["fit", "--corpora", str(corpora), "--out", str(out), "--folds", "3", "--team-sizes", "",
                 "--genuine", str(tmp_path / "none"), "--format", "json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["per_corpus"] == {"fraud419": 12, "ham": 12}
    assert set(report["cross_validated"]) == {"fraud419", "ham"}
    assert report["cross_validated"]["ham"]["total"] == 12
    assert all(points >= 0 for points in report["scores"].values())
    assert report["scores"].get("REPLY_TO_FREEMAIL", 0) > 0  # fires on every scam here, never on the buyers
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Fitted by `inquiry-triage fit` on 24 labelled items")
    assert tomllib.loads(text)["scores"] == load_scores(out)
    # The table, named in a config, replaces points by rule name in the shipped path.
    config = tmp_path / "fitted.toml"
    config.write_text(f'[rules]\nscores = "{out.name}"\n', encoding="utf-8")
    ctx = build_context(load_config(config), offline=True)
    assert ctx.scores == load_scores(out)


def test_fit_on_an_empty_folder_says_so(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["fit", "--corpora", str(tmp_path / "empty"), "--genuine", str(tmp_path / "none")]) == 3
    assert "no labelled items" in capsys.readouterr().err


def test_the_feature_cache_is_reused_only_for_the_same_rules_and_configuration(tmp_path, capsys):
    corpora = tmp_path / "corpora"
    for folder in ("fraud419", "ham"):
        (corpora / folder).mkdir(parents=True)
    for n in range(4):
        (corpora / "fraud419" / f"s{n}.eml").write_bytes(
            _eml(n, f"manager{n}@gmail.com", f"private{n}@gmail.com", "Confidential", SCAM))
        (corpora / "ham" / f"h{n}.eml").write_bytes(
            _eml(100 + n, f"buyer{n}@example-industrial.com", "", f"RFQ {n}", BUYER))
    cache = tmp_path / "cache.json"
    args = ["fit", "--corpora", str(corpora), "--folds", "2", "--team-sizes", "", "--genuine", str(tmp_path / "none"),
            "--cache", str(cache), "--format", "json"]
    assert main(args) == 0
    first = json.loads(cache.read_text())
    assert len(first["samples"]) == 8 and first["fingerprint"]
    assert main(args) == 0
    assert json.loads(cache.read_text())["fingerprint"] == first["fingerprint"]
    config = tmp_path / "other.toml"
    config.write_text('[mailbox]\nextra_free = ["example-industrial.com"]\n', encoding="utf-8")
    assert main(args + ["--config", str(config)]) == 0
    assert json.loads(cache.read_text())["fingerprint"] != first["fingerprint"]
    capsys.readouterr()
