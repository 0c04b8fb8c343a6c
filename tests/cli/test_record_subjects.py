"""A phone, IM or fax record has no subject and no network country: the triage table and the queue
lists show its channel and the caller's number with the note's first words, and its declared
country, instead of empty cells."""

from __future__ import annotations

import re

import pytest

from inquiry_triage.cli import main
from inquiry_triage.queue.views import untitled_subject
from tests.web.web_store import ROOT, app, logged_in, sessions, store_url  # noqa: F401 (fixtures)

RECORDS = ROOT / "fixtures" / "records"


def test_untitled_subject():
    assert untitled_subject("phone", "+97145550199", "\n  Called about 40HQ container of ceramic floor tiles 60x60 cm.\n") == \
        "phone +971 4 555 0199 · Called about 40HQ container of ceramic floor tiles…"
    assert untitled_subject("im", "", "hi, price?") == "im · hi, price?"
    assert untitled_subject("fax", "", "") == "fax"


def test_the_triage_table_fills_a_phone_records_subject_and_country(capsys, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    assert main(["triage", str(RECORDS / "phone_log.jsonl"), "--offline", "--no-store", "--no-progress"]) == 0
    line = [row for row in capsys.readouterr().out.splitlines() if " phone " in row][0]
    assert re.search(r" AE \d{4}-\d\d-\d\d \d\d:\d\d  Ahmed Al Mansouri \| phone \+971 4 555 0199 · Called about 40HQ", line)


@pytest.mark.usefixtures("sessions")
def test_the_queue_lists_show_the_channel_and_the_callers_number(store_url, app, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    assert main(["queue", "--db", store_url, "--user", "lena"]) == 0
    line = [row for row in capsys.readouterr().out.splitlines() if " phone " in row][0]
    assert "Ahmed Al Mansouri | phone +971 4 555 0199 · Called about 40HQ container of" in line  # spaced as queue show
    page = logged_in(app, "lena").get("/").text
    cell = re.search(r'<td class="subject">(.*?)</td>', page[page.index("Ahmed Al Mansouri"):], re.S).group(1)
    assert ">phone +971 4 555 0199</a>" in cell and "Called about 40HQ" in cell and "(no subject)" not in cell  # spaced as the CLI row
