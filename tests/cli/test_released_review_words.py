"""A review released as genuine: `queue show` says by whom and when (it still said SUSPICIOUS), `report
suspicious --all` / `--state dismissed` list it with its verdict (it vanished): a newcomer's or
reviewer's finding on the command-line queue."""

from __future__ import annotations

import json
import re

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


# --- 7. a released review: queue show and report suspicious say so ------------------------------

def test_a_released_inquiry_says_who_released_it_and_stays_in_the_report(capsys, monkeypatch, fresh):
    review = task_of(fresh, "spy_price_list.eml")
    out = run(capsys, monkeypatch, fresh, "queue", "release", str(review))[1]
    reply = int(re.search(r"reply task (\d+)", out).group(1))
    for task in (review, reply):
        code, out, _ = run(capsys, monkeypatch, fresh, "queue", "show", str(task))
        verdict = [x for x in out.splitlines() if x.startswith("Verdict:")][0]
        assert "SUSPICIOUS" not in verdict, verdict
        assert re.search(r"flagged spy at triage; released as genuine by lena \d{4}-\d{2}-\d{2} \d{2}:\d{2}$", verdict)
    data = json.loads(run(capsys, monkeypatch, fresh, "queue", "show", str(reply), "--format", "json")[1])
    assert data["released"]["by"] == "lena" and data["released"]["at"].endswith("-03:00")

    for argv in (("--all",), ("--state", "dismissed")):
        code, out, _ = run(capsys, monkeypatch, fresh, "report", "suspicious", *argv)
        assert code == 0 and f"released as genuine (reply task {reply})" in out, out
        rows = json.loads(run(capsys, monkeypatch, fresh, "report", "suspicious", *argv, "--format", "json")[1])
        released = [r for r in rows if r["state"] == "released"]
        assert len(released) == 1 and released[0]["verdict"] == "genuine" and released[0]["task_id"] == reply
    code, out, _ = run(capsys, monkeypatch, fresh, "report", "suspicious")  # waiting only: left out, counted
    assert code == 0 and f"reply task {reply}" not in out
    assert "\n0 dismissed and 1 released as genuine not listed: --all lists them too" in out, out
    code, out, _ = run(capsys, monkeypatch, fresh, "report", "suspicious", "--state", "dismissed")
    assert out.startswith("1 suspicious inquiry dismissed or released, highest risk first"), out
    csv_out = run(capsys, monkeypatch, fresh, "report", "suspicious", "--all", "--format", "csv")[1]
    assert csv_out.splitlines()[0].endswith(",verdict") and any(x.endswith(",genuine") for x in csv_out.splitlines())
