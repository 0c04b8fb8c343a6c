"""`queue show` of a review task a lead has closed: its header said "REVIEW ... (done)", in Chinese
"待审核 ... 到达（已完成，lena）" (waiting for review and finished at once). A closed review says it
was reviewed and how: released as genuine, or dismissed. A waiting review is worded as before."""

from __future__ import annotations

import re

from tests.cli.queue_findings import fresh, run, task_of  # noqa: F401 (fresh: a fixture)


def _header(capsys, monkeypatch, store, task: int, *lang: str) -> str:
    code, out, err = run(capsys, monkeypatch, store, "queue", "show", str(task), *lang)
    assert code == 0, err
    return out.splitlines()[0]


def test_a_waiting_review_still_says_review(capsys, monkeypatch, fresh):
    review = task_of(fresh, "john_tom36_fake_order.eml")
    assert re.match(rf"Task {review}  grade \w  REVIEW  arrived .*  \(open\)$", _header(capsys, monkeypatch, fresh, review))
    assert "待审核  " in _header(capsys, monkeypatch, fresh, review, "--lang", "zh")


def test_a_released_review_says_reviewed_and_released_as_genuine(capsys, monkeypatch, fresh):
    review = task_of(fresh, "john_tom36_fake_order.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "release", str(review))[0] == 0
    english = _header(capsys, monkeypatch, fresh, review)
    assert re.search(r"  REVIEWED  arrived .*  \(released as genuine, lena\)$", english), english
    zh = _header(capsys, monkeypatch, fresh, review, "--lang", "zh")
    assert "待审核" not in zh and "已完成" not in zh, zh
    assert re.search(r"  已审核  .* 到达（已作为真实询盘放行，lena）$", zh), zh


def test_a_dismissed_review_says_reviewed_and_dismissed(capsys, monkeypatch, fresh):
    review = task_of(fresh, "john_tom36_fake_order.eml")
    assert run(capsys, monkeypatch, fresh, "queue", "dismiss", str(review), "--as", "spam")[0] == 0
    english = _header(capsys, monkeypatch, fresh, review)
    assert "  REVIEWED  arrived " in english and english.endswith("(dismissed)"), english
    zh = _header(capsys, monkeypatch, fresh, review, "--lang", "zh")
    assert "待审核" not in zh and "已审核  " in zh, zh
