"""The `holidays` package's answers remembered per user (scheduling/holiday_facts.py): a warm process
gets the same calendars without importing the package; errors and warnings behave as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from inquiry_triage.scheduling import holiday_facts

ROOT = Path(__file__).resolve().parents[2]

# Everything the calendars ask the package, printed as JSON, plus whether `holidays` was imported.
_ASK = """
import json, sys
from datetime import date, datetime, time, timezone
from inquiry_triage.scheduling import deadlines as d
cal = d.BusinessCalendar("Asia/Shanghai", country="CN", breaks=((time(12), time(13)),))
start = datetime(2025, 9, 26, 10, tzinfo=timezone.utc)
out = {
    "due": cal.add_business_time(start, d.timedelta(hours=40)).isoformat(),
    "between": str(cal.business_time_between(start, datetime(2031, 2, 3, tzinfo=timezone.utc))),
    "cn": [sorted(map(str, part)) for part in d._official_days("CN", None, 2026)],
    "es_md": [sorted(map(str, part)) for part in d._official_days("ES", "MD", 2025)],
    "weekends": {c: sorted(d._country_weekend(c)) for c in ("AE", "IR", "US", "ZZ")},
    "names": {c: sorted((str(k), v) for k, v in d._holiday_names(c, 2026).items()) for c in ("ES", "CN", "ZZ")},
    "buyer": [d.BuyerDay("Asia/Dubai", c).why_closed(date(2026, 12, 2)) for c in ("AE", "ZZ")],
}
for country, sub in (("ZZ", None), ("ES", "XX")):
    try:
        d.BusinessCalendar("UTC", country=country, subdivision=sub)
    except ValueError as exc:
        out.setdefault("errors", []).append(str(exc))
print(json.dumps({"out": out, "imported": "holidays" in sys.modules}))
"""


def _ask(cache_home: Path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    proc = subprocess.run([sys.executable, "-c", _ASK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_warm_process_answers_alike_without_importing_holidays(tmp_path):
    cold = _ask(tmp_path)
    assert cold["imported"]
    assert len(cold["out"]["errors"]) == 2 and cold["out"]["errors"][1].startswith("subdivision:")
    assert cold["out"]["weekends"]["AE"] == [5, 6] and cold["out"]["weekends"]["ZZ"] == [5, 6]
    assert cold["out"]["buyer"] == ["public holiday: National Day", ""]  # 2026-12-02 a Wednesday
    assert list((tmp_path / "inquiry-triage").glob("holidays-*.marshal"))
    warm = _ask(tmp_path)
    assert not warm["imported"]
    assert warm["out"] == cold["out"]


def test_the_file_is_named_by_the_locale_the_names_come_in(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    plain = holiday_facts._cache_path()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert holiday_facts._cache_path() not in (None, plain)


def test_not_implemented_is_remembered_and_raised_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def ask():
        calls.append(1)
        raise NotImplementedError("Country XY is not available")

    for _ in range(2):
        with pytest.raises(NotImplementedError, match="^Country XY is not available$"):
            holiday_facts.remembered(("test-missing", "XY"), ask)
    holiday_facts._loaded.clear()  # a new process: read from the file
    with pytest.raises(NotImplementedError, match="^Country XY is not available$"):
        holiday_facts.remembered(("test-missing", "XY"), ask)
    assert len(calls) == 1


def test_an_answer_that_warned_warns_every_time_and_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def ask():
        calls.append(1)
        warnings.warn("only estimated", UserWarning)
        return [1, 2]

    for _ in range(2):
        with pytest.warns(UserWarning, match="only estimated"):
            assert holiday_facts.remembered(("test-warned",), ask) == [1, 2]
    assert len(calls) == 2


def test_a_damaged_cache_file_is_asked_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = holiday_facts._cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    path.chmod(0o600)
    holiday_facts._loaded.clear()
    assert holiday_facts.remembered(("test-damaged",), lambda: "fresh") == "fresh"


def test_the_file_stops_growing_at_the_bound(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(holiday_facts, "_MAX_ANSWERS", 3)
    holiday_facts._loaded.clear()
    for n in range(6):
        assert holiday_facts.remembered(("test-bound", n), lambda n=n: n * 2) == n * 2
    holiday_facts.flush()
    holiday_facts._loaded.clear()
    stored = holiday_facts._answers(holiday_facts._cache_path())
    assert len(stored) == 3


# --- the follow-up planner's greeting days (queue/followups._first_holiday) ---------------------

def _package_first_holiday(country, first, last):  # type: ignore[no-untyped-def]
    """What _first_holiday answered before issue 10 item 2: one call to the package for both years."""
    import holidays

    try:
        table = holidays.country_holidays(country, years=sorted({first.year, last.year}))
    except NotImplementedError:
        return None
    return next(((day, name) for day, name in sorted(table.items()) if first <= day <= last), None)


def test_greeting_days_match_one_package_call_for_every_country(tmp_path, monkeypatch):
    from datetime import date

    import holidays

    from inquiry_triage.queue import followups

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    followups._first_holiday.cache_clear()
    windows = [(date(2026, 12, 29), date(2027, 1, 3)), (date(2027, 12, 30), date(2028, 1, 2)),
               (date(2026, 12, 1), date(2026, 12, 4)), (date(2026, 5, 1), date(2026, 5, 31))]
    countries = sorted(holidays.list_supported_countries()) + ["ZZ"]
    found = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for country in countries:
            for first, last in windows:
                expected = _package_first_holiday(country, first, last)
                assert followups._first_holiday(country, first, last) == expected, (country, first)
                found += expected is not None
    assert found > len(countries)  # most countries have a holiday in one of these windows
    followups._first_holiday.cache_clear()


_GREET = """
import json, sys
from datetime import date
from inquiry_triage.queue.followups import _first_holiday
out = [_first_holiday(c, date(2026, 12, 1), date(2026, 12, 4)) for c in ("AE", "US", "ZZ")]
print(json.dumps({"out": [list(map(str, x)) if x else None for x in out], "imported": "holidays" in sys.modules}))
"""


def test_a_warm_process_finds_greeting_days_without_importing_holidays(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", _GREET], cwd=ROOT, env=env, capture_output=True,
                                      text=True, timeout=300, check=True).stdout.strip().splitlines()[-1])
            for _ in range(2)]
    assert runs[0]["imported"] and not runs[1]["imported"]
    assert runs[0]["out"] == runs[1]["out"] and runs[0]["out"][0] == ["2026-12-02", "National Day"]


def test_new_answers_are_written_in_few_writes_and_all_kept(tmp_path, monkeypatch):
    """A fresh cache's first run asks hundreds of new questions: writing the whole file per answer was
    quadratic. Answers in a burst are written at most every _WRITE_EVERY seconds; flush() (at exit, and
    at the end of a pool worker's chunk) writes the rest: nothing asked is lost."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(holiday_facts, "_loaded", {})
    monkeypatch.setattr(holiday_facts, "_unwritten", set())
    monkeypatch.setattr(holiday_facts, "_written_at", {})
    writes = []
    real_write = holiday_facts.user_cache.write
    monkeypatch.setattr(holiday_facts.user_cache, "write",
                        lambda path, value, *rest: (writes.append(len(value)), real_write(path, value, *rest)))
    for n in range(300):
        assert holiday_facts.remembered(("test-question", n), lambda n=n: n * 2) == n * 2
    assert 1 <= len(writes) <= 3  # the first at once, the others waiting (a burst takes well under 2 s)
    holiday_facts.flush()
    assert writes[-1] == 300
    path = holiday_facts._cache_path()
    stored = holiday_facts.user_cache.read(path)
    assert {stored[("test-question", n)][1] for n in range(300)} == {n * 2 for n in range(300)}
    holiday_facts.flush()  # nothing owed: no write
    assert writes[-1] == 300 and len(writes) <= 4


def test_answers_of_a_process_that_ends_normally_are_on_disk(tmp_path):
    """The atexit flush: a second process finds every answer the first one asked, however fast it asked."""
    code = ("from inquiry_triage.scheduling import holiday_facts as h\n"
            "for n in range(50): h.remembered(('exit-question', n), lambda n=n: n)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)
    check = ("from inquiry_triage.scheduling import holiday_facts as h\n"
             "a = h._answers(h._cache_path())\n"
             "print(sum(('exit-question', n) in a for n in range(50)))\n")
    out = subprocess.run([sys.executable, "-c", check], cwd=ROOT, env=env, check=True, timeout=120,
                         capture_output=True, text=True).stdout.strip()
    assert out == "50"
