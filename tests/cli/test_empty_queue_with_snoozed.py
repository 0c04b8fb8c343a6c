"""`queue` with nothing open but tasks snoozed says how many and when the next wakes (it said the queue was
empty): a newcomer's or reviewer's finding on the command-line queue."""

from __future__ import annotations

import json

from inquiry_triage.store import open_store
from tests.cli.queue_findings import ZONE, fresh, run  # noqa: F401 (fresh: a fixture)


# --- 5. the list says what sleeps instead of "the queue is empty" ---------------------------------

def test_an_empty_list_with_snoozed_tasks_says_how_many_and_when_the_next_wakes(capsys, monkeypatch, fresh):
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "--format", "json")
    ids = [t["id"] for t in json.loads(out)]
    for n, task in enumerate(ids):
        assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", f"{n + 2}d")[0] == 0
    code, out, _ = run(capsys, monkeypatch, fresh, "queue")
    assert code == 0 and "The queue is empty" not in out
    code, snoozed, _ = run(capsys, monkeypatch, fresh, "queue", "--snoozed", "--format", "json")
    first = json.loads(snoozed)[0]["wakes"]  # ISO on the seller's clock, the earliest (wake order)
    assert out.strip() == (f"No task to work now; {len(ids)} snoozed (next wakes {first[:10]} {first[11:16]}): "
                           "`queue --snoozed`")


def test_an_empty_store_still_says_the_queue_is_empty(capsys, monkeypatch, tmp_path):
    config = tmp_path / "seller.toml"
    config.write_text(f'[seller]\ntimezone = "{ZONE}"\n')
    open_store(f"sqlite:///{tmp_path / 'e.db'}")  # an empty store (queue itself creates no database)
    code, out, _ = run(capsys, monkeypatch, (f"sqlite:///{tmp_path / 'e.db'}", config), "queue")
    assert code == 0 and out.strip() == "The queue is empty: no open reply tasks."


# --- newcomer 17, finding 3: `queue claim` says the same, and how to have one now ------------------

def test_claim_with_only_snoozed_tasks_says_how_many_when_and_how_to_wake_one(capsys, monkeypatch, fresh):
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "--format", "json")
    ids = [t["id"] for t in json.loads(out)]
    for n, task in enumerate(ids):
        assert run(capsys, monkeypatch, fresh, "queue", "snooze", str(task), "--until", f"{n + 2}d")[0] == 0
    code, snoozed, _ = run(capsys, monkeypatch, fresh, "queue", "--snoozed", "--format", "json")
    first = json.loads(snoozed)[0]  # the earliest to wake
    at = f"{first['wakes'][:10]} {first['wakes'][11:16]}"
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "claim")
    assert code == 0 and out.strip() == (
        f"Nothing to claim now; {len(ids)} snoozed (next wakes {at}: task {first['id']}): "
        f"`queue wake {first['id']}` to work on it now, `queue --snoozed` lists them")
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "claim", "--lang", "zh")
    assert code == 0 and out.strip() == (
        f"现在没有可认领的任务；{len(ids)} 个已暂缓（最早 {at} 恢复：任务 {first['id']}）："
        f"`queue wake {first['id']}` 立即唤醒它，`queue --snoozed` 查看全部")
    assert run(capsys, monkeypatch, fresh, "queue", "wake", str(first["id"]))[0] == 0  # the hint works
    code, out, _ = run(capsys, monkeypatch, fresh, "queue", "claim")
    assert code == 0 and out.startswith(f"claimed task {first['id']} ")


def test_claim_on_an_empty_store_still_says_the_queue_is_empty(capsys, monkeypatch, tmp_path):
    config = tmp_path / "seller.toml"
    config.write_text(f'[seller]\ntimezone = "{ZONE}"\n')
    open_store(f"sqlite:///{tmp_path / 'e.db'}")
    store = (f"sqlite:///{tmp_path / 'e.db'}", config)
    assert run(capsys, monkeypatch, store, "queue", "claim")[:2] == (0, "Nothing to claim: the queue is empty.\n")
    assert run(capsys, monkeypatch, store, "queue", "claim", "--lang", "zh")[1].startswith("没有可认领的任务：队列为空")
