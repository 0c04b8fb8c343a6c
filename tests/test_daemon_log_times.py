"""The daemon's log lines said times in UTC without saying so ('2026-12-01 08:05:01,123 INFO ...', a
round 'at 2026-12-01T08:05:00+00:00' beside it): both are now on the seller's clock with the offset
written, the same form in the line's stamp and in its text."""

from __future__ import annotations

import logging
import re
import threading
from datetime import datetime, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from inquiry_triage import daemon

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 12, 1, 8, 5, 1, tzinfo=timezone.utc)  # 16:05:01 in Shanghai


def test_a_log_line_stamp_is_the_seller_clock_with_its_offset():
    record = logging.LogRecord("inquiry_triage.daemon", logging.INFO, __file__, 1, "daemon started", None, None)
    record.created = AT.timestamp()
    line = daemon.LogTimes("%(asctime)s %(levelname)s %(name)s: %(message)s", SHANGHAI).format(record)
    assert line == "2026-12-01 16:05:01+08:00 INFO inquiry_triage.daemon: daemon started"
    utc = daemon.LogTimes("%(asctime)s %(message)s", timezone.utc).format(record)
    assert utc == "2026-12-01 08:05:01+00:00 daemon started"  # a UTC seller says so too


def test_the_round_line_says_its_time_as_the_stamp_does(monkeypatch, caplog):
    from inquiry_triage.queue.rounds import RoundReport

    report = RoundReport(at=AT, by="daemon", woken=[7])
    monkeypatch.setattr(daemon, "scheduler_round", lambda *a, **k: report)
    config = SimpleNamespace(seller_timezone=lambda: "Asia/Shanghai")  # queue/views.seller_zone reads this
    monkeypatch.setattr(daemon, "_RUNTIME", SimpleNamespace(config=config, sessions=None, ctx=SimpleNamespace(calendar=None),
                                                            stop=threading.Event()))
    with caplog.at_level(logging.INFO, logger="inquiry_triage.daemon"):
        daemon.reminder_job()
    said = [r.getMessage() for r in caplog.records if "scheduler round" in r.getMessage()]
    assert said and said[0].startswith("scheduler round at 2026-12-01 16:05:01+08:00: 1 woken"), said
    assert not re.search(r"\+00:00|T08:05", said[0])
