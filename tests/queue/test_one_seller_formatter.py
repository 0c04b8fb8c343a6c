"""One formatter for the seller's clock (queue/views.seller_time): the CLI and the web call it, and
it reads the one accessor (Config.seller_timezone), so a configuration that sets only [business]
timezone shows its times on that clock, not in UTC."""

from __future__ import annotations

import copy
import re
from datetime import datetime, timezone
from pathlib import Path

from inquiry_triage.config import Config, load_config
from inquiry_triage.queue.views import seller_time

ROOT = Path(__file__).resolve().parents[2] / "inquiry_triage"


def business_only(zone: str) -> Config:
    data = copy.deepcopy(load_config(None).data)
    data["seller"].pop("timezone", None)
    data["business"]["timezone"] = zone
    return Config(data=data)


def test_only_business_timezone_is_the_sellers_clock():
    at = datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc)
    assert seller_time(at, business_only("Europe/Berlin")) == "2026-11-30 09:00"


def test_a_naive_stored_time_is_utc():
    """SQLite gives times back without their zone: they are UTC, whatever the machine's zone."""
    assert seller_time(datetime(2026, 11, 30, 8, 0), business_only("Asia/Shanghai")) == "2026-11-30 16:00"


def test_no_second_formatter_and_no_direct_reads_of_the_old_key():
    cli = (ROOT / "cli.py").read_text(encoding="utf-8")
    assert "def _local(" not in cli
    for path in (ROOT / "cli.py", ROOT / "queue" / "views.py", ROOT / "web" / "app.py"):
        assert not re.search(r"""get\(["']seller\.timezone""", path.read_text(encoding="utf-8")), path
