"""One accessor for the seller's clock (Config.seller_timezone): the queue's times, the pipeline's
deadlines and record times read the same zone, whichever of [business] / [seller] timezone a
configuration (or a Config made by hand) sets."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from inquiry_triage.config import Config, load_config
from inquiry_triage.model import Inquiry
from inquiry_triage.queue.views import seller_calendar, seller_zone

DEFAULTS = load_config(None)


def only(section: str, zone: str) -> Config:
    """The shipped settings with the seller's clock set under `section` alone (as a Config made by hand)."""
    data = copy.deepcopy(DEFAULTS.data)
    data["business"].pop("timezone")
    data["seller"].pop("timezone")
    data[section]["timezone"] = zone
    return Config(data=data)


@pytest.mark.parametrize("section", ["business", "seller"])
def test_either_key_is_the_one_clock(section):
    config = only(section, "Europe/Berlin")
    assert config.seller_timezone() == "Europe/Berlin"
    assert seller_zone(config) == ZoneInfo("Europe/Berlin")


def test_no_clock_is_utc():
    config = Config(data={})
    assert config.seller_timezone() == "UTC"
    assert seller_zone(config) == ZoneInfo("UTC")


def test_a_users_business_timezone_reaches_the_queue_and_the_deadlines(tmp_path):
    (tmp_path / "berlin.toml").write_text('[business]\ntimezone = "Europe/Berlin"\n', encoding="utf-8")
    config = load_config(tmp_path / "berlin.toml")
    assert seller_zone(config) == ZoneInfo("Europe/Berlin") == seller_calendar(config).zone


@pytest.mark.parametrize("section", ["business", "seller"])
def test_the_pipeline_reads_the_same_clock(section):
    """A Context made by hand (no business calendar): the deadline is on the seller's clock."""
    from inquiry_triage.checks.facts import measure
    from inquiry_triage.pipeline import build_context, reply_due

    now = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
    ctx = replace(build_context(DEFAULTS, offline=True, now=now), calendar=None, config=only(section, "Europe/Berlin"))
    item = Inquiry(source="t", message_id="<t@t>", from_addr="anna@buyer.example", subject="RFQ",
                   body="We need 300 chairs.", own_text="We need 300 chairs.", date=now)
    due, _note, _zone = reply_due(item, measure(item, ctx), "B", ctx)
    assert due.tzinfo == ZoneInfo("Europe/Berlin")
