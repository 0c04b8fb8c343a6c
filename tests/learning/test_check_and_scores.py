"""The text model as one explained hit, and the score table that replaces points by rule name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from inquiry_triage.checks import run_checks
from inquiry_triage.checks.facts import measure
from inquiry_triage.checks.model import TextModelCheck
from inquiry_triage.config import load_config
from inquiry_triage.errors import ConfigError
from inquiry_triage.learning.active import SHIPPED_MODEL, ActiveModel, Band, load_active_model, shipped_manifest
from inquiry_triage.learning.bayes import TokenModel
from inquiry_triage.learning.scores import load_scores, render_scores, scores_path
from inquiry_triage.learning.tokens import inquiry_tokens, text_tokens
from inquiry_triage.pipeline import build_context
from tests.factories import make_inquiry

CONFIG = load_config(None)
BASE = build_context(CONFIG, offline=True)
BANDS = (Band("SITE_MODEL_99", 2.5, at_least=0.99), Band("SITE_MODEL_90", 1.5, at_least=0.9),
         Band("SITE_MODEL_05", -1.0, at_most=0.05))

SPAM = ["unclaimed fund transfer to your bank account, reply in confidence, dollars",
        "inheritance fund of the late minister, your assistance for the transfer, confidential",
        "lottery winner: send your bank details and the fee to claim the fund"]
HAM = ["please quote 500 valves FOB Shanghai with delivery date",
       "purchase order for 200 cartons, confirm price and delivery",
       "samples and price list for LED panels, 300 units"]


def _site_ctx(tmp_path: Path):
    # Each example seen five times: enough evidence for confident probabilities.
    model = TokenModel.train([text_tokens(t) for t in SPAM * 5], [text_tokens(t) for t in HAM * 5])
    return replace(BASE, text_model=ActiveModel(model, "site", tmp_path / "m.json.gz", BANDS))


def test_the_model_gives_one_explained_hit_with_band_points(tmp_path):
    ctx = _site_ctx(tmp_path)
    inquiry = make_inquiry(subject="Confidential", body="Your assistance with the fund transfer to your bank account.")
    hits = TextModelCheck().run(inquiry, measure(inquiry, ctx), ctx)
    assert len(hits) == 1
    [hit] = hits
    score = ctx.text_model.model.score(inquiry_tokens(inquiry, ctx.lists.classify))
    p = score.probability
    band = ctx.text_model.band(score)
    assert p >= 0.9 and band is not None
    assert (hit.rule, hit.points, hit.kind) == (band.name, band.points, "scam") and hit.points > 0
    assert f"p(spam)={p:.2f}" in hit.detail and "model: site" in hit.detail and "15 spam + 15 ham" in hit.detail
    assert "fund +" in hit.excerpt


def test_ham_band_gives_negative_points_and_the_middle_gives_no_hit(tmp_path):
    ctx = _site_ctx(tmp_path)
    buyer = make_inquiry(body="Please quote the price and delivery date for 500 valves, FOB.")
    [hit] = TextModelCheck().run(buyer, measure(buyer, ctx), ctx)
    assert hit.rule == "SITE_MODEL_05" and hit.points == -1.0
    unknown = make_inquiry(body="Zebra quantum xylophone.")
    assert TextModelCheck().run(unknown, measure(unknown, ctx), ctx) == []


def test_too_few_significant_tokens_give_no_hit(tmp_path):
    """Two strong words are not enough evidence with min_tokens = 5; the same words in a longer
    message that the model knows are."""
    ctx = _site_ctx(tmp_path)
    short = make_inquiry(body="fund transfer")
    score = ctx.text_model.model.score(inquiry_tokens(short, ctx.lists.classify))
    assert score.probability >= 0.9 and score.used < 5
    assert TextModelCheck().run(short, measure(short, ctx), ctx) == []
    longer = make_inquiry(body="unclaimed fund transfer to your bank account, reply in confidence")
    assert TextModelCheck().run(longer, measure(longer, ctx), ctx) != []


def test_the_shipped_model_is_package_data_with_a_licence_manifest():
    assert SHIPPED_MODEL.is_file() and SHIPPED_MODEL.stat().st_size < 3_000_000
    manifest = shipped_manifest()
    assert "PDDL" in manifest["licence"] and manifest["spam"] > 0 and manifest["ham"] > 0
    model = TokenModel.load(SHIPPED_MODEL)
    assert (model.n_spam, model.n_ham) == (manifest["spam"], manifest["ham"])


def test_a_site_model_file_replaces_the_shipped_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_active_model(CONFIG).kind == "shipped"
    TokenModel.train([text_tokens(t) for t in SPAM], [text_tokens(t) for t in HAM]).save(tmp_path / "site.json.gz")
    config = replace(CONFIG, data={**CONFIG.data, "model": {**CONFIG.data["model"], "site_file": "site.json.gz"}})
    active = load_active_model(config)
    assert active.kind == "site" and active.bands[0].name == "SITE_MODEL_99"
    (tmp_path / "site.json.gz").write_bytes(b"garbage")
    with pytest.raises(ConfigError, match="site_file"):
        load_active_model(config)


def test_score_table_replaces_a_python_checks_points_by_name(tmp_path):
    inquiry = make_inquiry(from_addr="sales@gmail.com", reply_to=["other.person@gmail.com"], body="Hello, can we talk?")
    facts = measure(inquiry, BASE)
    unscored = replace(BASE, scores=None)  # the check's own points, without the shipped table
    before = {h.rule: h.points for h in run_checks(inquiry, facts, unscored)}
    assert before["REPLY_TO_FREEMAIL"] == 2.0
    table = tmp_path / "scores.toml"
    table.write_text(render_scores({"REPLY_TO_FREEMAIL": 2.75}, ["test table"]), encoding="utf-8")
    ctx = replace(BASE, scores=load_scores(table))
    after = {h.rule: h.points for h in run_checks(inquiry, facts, ctx)}
    assert after["REPLY_TO_FREEMAIL"] == 2.75
    assert {k: v for k, v in after.items() if k != "REPLY_TO_FREEMAIL"} == \
           {k: v for k, v in before.items() if k != "REPLY_TO_FREEMAIL"}


def test_without_a_score_file_points_stay_hand_set(tmp_path):
    assert load_scores(tmp_path / "missing.toml") == {}
    assert scores_path(CONFIG) is not None and scores_path(CONFIG).name == "scores.toml"
    bad = tmp_path / "bad.toml"
    bad.write_text('[scores]\nREPLY_TO_FREEMAIL = "high"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="REPLY_TO_FREEMAIL"):
        load_scores(bad)
