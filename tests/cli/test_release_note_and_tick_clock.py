"""A release's note and `tick` print times on the seller's clock (they printed UTC); JSON keeps ISO 8601
with the offset: a newcomer's or reviewer's finding on the command-line queue."""

from __future__ import annotations

import json
import re

from tests.cli.queue_findings import fresh, run, task_of, _UTC_STAMP  # noqa: F401 (fresh: a fixture)


# --- 2. a release's note and `tick` on the seller's clock -----------------------------------------

def test_a_release_note_is_shown_on_the_sellers_clock(capsys, monkeypatch, fresh):
    review = task_of(fresh, "spy_price_list.eml")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "release", str(review))
    assert code == 0
    due = re.search(r"due (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) \(counted", out).group(1)
    reply = int(re.search(r"reply task (\d+)", out).group(1))
    for argv in (("queue", "show", str(reply)), ("queue", "history", str(reply))):
        code, out, _ = run(capsys, monkeypatch, fresh, *argv)
        assert code == 0
        note = [x for x in out.splitlines() if "reviewed: genuine" in x]
        assert note and f"due {due} (counted from arrival)" in note[0], out
        assert not _UTC_STAMP.search(out), out


def test_tick_prints_its_time_on_the_sellers_clock_and_json_keeps_the_offset(capsys, monkeypatch, fresh):
    code, out, _ = run(capsys, monkeypatch, fresh, "tick", "--now", "2026-12-01T12:00:00+00:00")
    assert code == 0
    assert out.startswith("scheduler round at 2026-12-01 09:00 (seller's clock): "), out
    code, out, _ = run(capsys, monkeypatch, fresh, "tick", "--now", "2026-12-01T12:05:00+00:00", "--format", "json")
    assert code == 0 and json.loads(out)["at"] == "2026-12-01T09:05:00-03:00"
