"""`report suspicious` counts the inquiries a lead released as genuine (reviewed: a real buyer, sent back
to the reply queue) on their own: the default listing said nothing of them (it counted only the
dismissed ones it leaves out), and --all / --state dismissed lumped them with the dismissed. Each
verdict now has its own count, in English and Chinese, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from inquiry_triage.reports.suspicious import ALL, DISMISSED, WAITING, Paging, count_listing, render_suspicious, suspicious_rows
from tests.reports.test_suspicious_released import _flagged
from tests.servers.postgres import db_url, pg_url, postgres_server, store_on_both as store  # noqa: F401


def _fill(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions.begin() as s:
        _flagged(s, 1, 9.0)  # waiting
        _flagged(s, 2, 8.0, released=True, review_state="done")
        _flagged(s, 3, 7.0, released=True, review_state="done")
        _flagged(s, 4, 6.0, dismissed="spam", review_state="dismissed")


def _report(sessions, state: str, language: str = "en") -> str:  # type: ignore[no-untyped-def]
    with sessions() as s:
        counted = count_listing(s, None, state)
        return render_suspicious(list(suspicious_rows(s, None, state=state)), "table", Paging.of(counted, state=state),
                                 language)


def test_each_verdict_is_counted_on_its_own(store) -> None:
    _, sessions = store
    _fill(sessions)
    with sessions() as s:
        waiting, decided, every = (count_listing(s, None, state) for state in (WAITING, DISMISSED, ALL))
    assert (waiting.total, waiting.released, waiting.dismissed, waiting.left_out) == (1, 2, 1, 3)
    assert (decided.total, decided.released, decided.dismissed) == (3, 2, 1)
    assert (every.total, every.released, every.dismissed) == (4, 2, 1)


def test_the_tables_say_how_many_were_released(store) -> None:
    _, sessions = store
    _fill(sessions)
    lines = _report(sessions, WAITING).splitlines()
    assert lines[1] == "1 dismissed and 2 released as genuine not listed: --all lists them too (--state dismissed: only them)"
    assert _report(sessions, DISMISSED).splitlines()[1] == \
        "of them 1 dismissed, 2 released as genuine (back in the reply queue)"
    every = _report(sessions, ALL)
    assert every.splitlines()[1] == "of them 1 waiting for a verdict, 1 dismissed, 2 released as genuine (back in the reply queue)"
    assert every.count("released as genuine (reply task") == 2  # each released row says so in its state
    zh = _report(sessions, WAITING, "zh").splitlines()[1]
    assert zh.startswith("另有 1 条已驳回、2 条已作为真实询盘放行的未列出"), zh
    zh = _report(sessions, ALL, "zh").splitlines()[1]
    assert zh == "其中 1 条待判定，1 条已驳回，2 条已作为真实询盘放行（回到回复队列）", zh
    assert not re.search(r"[a-z]{4}", zh)


def test_without_releases_the_lines_are_as_before(store) -> None:
    _, sessions = store
    with sessions.begin() as s:
        _flagged(s, 1, 9.0)
        _flagged(s, 4, 6.0, dismissed="spam", review_state="dismissed")
    assert _report(sessions, WAITING).splitlines()[1] == \
        "1 dismissed not listed: --all lists them too (--state dismissed: only them)"
    assert "of them" not in _report(sessions, ALL)
