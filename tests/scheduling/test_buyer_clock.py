"""Golden cases for the buyer's clock: seller in Shanghai (Mon-Fri 09:00-18:00, lunch 12:00-13:00, CN
holidays), buyers in Moscow, Sao Paulo, Sydney, Los Angeles, Berlin and Riyadh, `now` fixed.

Every expected time below was worked out by hand (offsets in the comments), not by running the code.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from inquiry_triage.lookups import geo  # noqa: E402
from inquiry_triage.model import Inquiry  # noqa: E402
from inquiry_triage.pipeline import buyer_country, buyer_timezone  # noqa: E402
from inquiry_triage.queue.buyer_clock import effective_zone, set_buyer_timezone, task_clock_note  # noqa: E402
from inquiry_triage.queue.operations import Actor, QueueError  # noqa: E402
from inquiry_triage.scheduling.deadlines import BusinessCalendar, BuyerDay, reply_deadline  # noqa: E402
from inquiry_triage.store.db import open_store  # noqa: E402
from inquiry_triage.store.models import AuditRow, BuyerTimezoneRow, InquiryRow, TaskRow  # noqa: E402
from tests.servers.postgres import pg_url, postgres_server  # noqa: E402,F401  (fixtures are used by name)

SH = ZoneInfo("Asia/Shanghai")
SELLER = BusinessCalendar("Asia/Shanghai", breaks=((time(12), time(13)),), country="CN")


def sh(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def local(dt, zone):
    return dt.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


# -- golden deadlines on both clocks -----------------------------------------------------------------


def test_moscow_buyer_at_work_now_not_told_tuesday_0900():
    # The case: Mon 17:30 Shanghai = 09:30 UTC = 12:30 Moscow (UTC+3), a Monday at work.
    # 8 business hours: 17:30-18:00, Tue 09:00-12:00 and 13:00-17:30 -> Tue 17:30 Shanghai = 12:30 Moscow.
    d = reply_deadline(sh(2026, 3, 2, 17, 30), 8, SELLER, "Europe/Moscow", buyer_country="RU", now=sh(2026, 3, 2, 17, 30))
    assert d.due == sh(2026, 3, 3, 17, 30)
    assert local(d.due_buyer, "Europe/Moscow") == datetime(2026, 3, 3, 12, 30)
    assert d.buyer.at_work
    # 18:00 Moscow = 15:00 UTC = 23:00 Shanghai: the seller is closed then, and the note says so.
    assert d.note == ("reply by Tue 2026-03-03 17:30 Shanghai = Tue 2026-03-03 12:30 Moscow; Moscow is at work now "
                      "(Mon 2026-03-02 12:30 there, until 18:00 = 23:00 Shanghai (outside your business hours))")
    assert "Tue 09:00" not in d.note


def test_sao_paulo_buyer_overdue_reply_at_the_start_of_their_day():
    # Fri 10:00 Shanghai + 2 business hours = Fri 12:00 = 04:00 UTC = 01:00 Sao Paulo (UTC-3, no DST).
    # now Fri 20:00 Shanghai = 12:00 UTC = 09:00 Sao Paulo: their day has just begun.
    # Overdue: 12:00-20:00 Shanghai minus lunch and after 18:00 = 13:00-18:00 = 5.0 business hours.
    d = reply_deadline(sh(2026, 3, 6, 10), 2, SELLER, "America/Sao_Paulo", buyer_country="BR", now=sh(2026, 3, 6, 20))
    assert d.due == sh(2026, 3, 6, 12)
    assert d.note == ("reply by Fri 2026-03-06 12:00 Shanghai = Fri 2026-03-06 01:00 Sao Paulo; overdue by 5.0 business "
                      "hours, send now; Sao Paulo is at work now (Fri 2026-03-06 09:00 there, until 18:00 = "
                      "Sat 2026-03-07 05:00 Shanghai (outside your business hours))")


def test_sydney_buyer_after_hours_on_friday_next_day_is_monday():
    # Fri 15:00 Shanghai + 4 h: 15:00-18:00 (3 h), Mon 09:00-10:00 -> Mon 10:00 = 02:00 UTC = 13:00 Sydney
    # (AEDT, UTC+11 until 5 April). now Fri 15:00 Shanghai = 07:00 UTC = 18:00 Sydney: closing time, off.
    # Next: Mon 09:00 Sydney = Sun 22:00 UTC = Mon 06:00 Shanghai, before the seller opens.
    d = reply_deadline(sh(2026, 3, 6, 15), 4, SELLER, "Australia/Sydney", buyer_country="AU", now=sh(2026, 3, 6, 15))
    assert d.due == sh(2026, 3, 9, 10)
    assert d.buyer_window[0] == sh(2026, 3, 9, 6)
    assert d.note == ("reply by Mon 2026-03-09 10:00 Shanghai = Mon 2026-03-09 13:00 Sydney; Sydney is off now "
                      "(Fri 2026-03-06 18:00 there: after hours); their day starts Mon 2026-03-09 09:00 = "
                      "Mon 2026-03-09 06:00 Shanghai (outside your business hours)")


def test_los_angeles_buyer_across_the_us_dst_change():
    # Thu 09:00 Shanghai + 24 business hours = Thu, Fri, Mon (8 h each) -> Mon 18:00 Shanghai = 10:00 UTC
    # = 03:00 Los Angeles (PDT, UTC-7, since Sun 8 March). now Thu 09:00 Shanghai = 01:00 UTC =
    # Wed 17:00 Los Angeles (PST, UTC-8): at work until 18:00 PST = 02:00 UTC = 10:00 Shanghai, seller open.
    d = reply_deadline(sh(2026, 3, 5, 9), 24, SELLER, "America/Los_Angeles", buyer_country="US", now=sh(2026, 3, 5, 9))
    assert d.due == sh(2026, 3, 9, 18)
    assert d.note == ("reply by Mon 2026-03-09 18:00 Shanghai = Mon 2026-03-09 03:00 Los Angeles; Los Angeles is at "
                      "work now (Wed 2026-03-04 17:00 there, until 18:00 = 10:00 Shanghai)")


def test_berlin_buyer_on_a_public_holiday_then_easter_monday():
    # Thu 2 April 17:00 Shanghai + 2 h: 17:00-18:00, Fri 09:00-10:00 -> Fri 10:00 = 02:00 UTC = 04:00 Berlin
    # (CEST, UTC+2 since 29 March). now Fri 15:00 Shanghai = 07:00 UTC = 09:00 Berlin on Good Friday;
    # overdue 10:00-15:00 minus lunch = 4.0 h. Sat, Sun, Easter Monday off: Tue 09:00 Berlin = 07:00 UTC
    # = 15:00 Shanghai (China's Qingming break is Sat 4 - Mon 6 April, so the seller is open Tuesday).
    d = reply_deadline(sh(2026, 4, 2, 17), 2, SELLER, "Europe/Berlin", buyer_country="DE", now=sh(2026, 4, 3, 15))
    assert d.due == sh(2026, 4, 3, 10)
    assert d.buyer.why_off == "public holiday: Good Friday"
    assert d.note == ("reply by Fri 2026-04-03 10:00 Shanghai = Fri 2026-04-03 04:00 Berlin; overdue by 4.0 business "
                      "hours, send now; Berlin is off now (Fri 2026-04-03 09:00 there: public holiday: Good Friday); "
                      "their day starts Tue 2026-04-07 09:00 = Tue 2026-04-07 15:00 Shanghai")


def test_riyadh_buyer_keeps_a_friday_saturday_weekend():
    # Fri 15:00 Shanghai + 2 h = Fri 17:00 = 09:00 UTC = 12:00 Riyadh (UTC+3). now Fri 15:00 Shanghai =
    # 10:00 Riyadh: Friday is the weekend there; their week starts Sunday 09:00 = 06:00 UTC = Sun 14:00
    # Shanghai, a Sunday the seller does not work.
    d = reply_deadline(sh(2026, 3, 6, 15), 2, SELLER, "Asia/Riyadh", buyer_country="SA", now=sh(2026, 3, 6, 15))
    assert d.note == ("reply by Fri 2026-03-06 17:00 Shanghai = Fri 2026-03-06 12:00 Riyadh; Riyadh is off now "
                      "(Fri 2026-03-06 10:00 there: weekend); their day starts Sun 2026-03-08 09:00 = "
                      "Sun 2026-03-08 14:00 Shanghai (outside your business hours)")
    # The same Friday morning in Berlin is a working day: the weekend is the country's, not a constant.
    assert BuyerDay("Europe/Berlin", "DE").status(sh(2026, 3, 6, 17)).at_work


# -- principal zones --------------------------------------------------------------------------------


@pytest.mark.parametrize("country, zone", [
    ("BR", "America/Sao_Paulo"), ("UA", "Europe/Kyiv"), ("AU", "Australia/Sydney"), ("RU", "Europe/Moscow"),
    ("US", "America/New_York"), ("CA", "America/Toronto"), ("MX", "America/Mexico_City"), ("CN", "Asia/Shanghai"),
    ("ID", "Asia/Jakarta"), ("KZ", "Asia/Almaty"), ("AR", "America/Argentina/Buenos_Aires"), ("ES", "Europe/Madrid"),
    ("PT", "Europe/Lisbon"), ("DE", "Europe/Berlin"), ("FR", "Europe/Paris"), ("IN", "Asia/Kolkata"), ("ua", "Europe/Kyiv"),
])
def test_principal_zone_is_the_capital_or_most_populous_zone(country, zone):
    assert geo.principal_zone(country) == zone


def test_every_country_with_several_zones_has_a_principal_among_its_zones():
    import pytz
    import tzdata
    from importlib.resources import files

    several = {code for code, zones in pytz.country_timezones.items() if len(zones) > 1}
    shared: dict[str, set[str]] = {}
    for line in (files(tzdata) / "zoneinfo" / "zone1970.tab").read_text().splitlines():
        if line and not line.startswith("#"):
            codes, _coords, name = line.split("\t")[:3]
            for code in codes.split(","):
                shared.setdefault(code, set()).add(name)
    several |= {code for code, zones in shared.items() if len(zones) > 1}
    table = geo.principal_zones()
    assert several - set(table) == set(), "countries without a principal zone"
    for code, name in table.items():
        ZoneInfo(name)  # a real zone
        assert name in set(pytz.country_timezones.get(code, [])) | shared.get(code, set()), code


def test_empty_and_unknown_country():
    assert geo.principal_zone("") == "" and geo.principal_zone("ZZ") == ""


# -- evidence ---------------------------------------------------------------------------------------


def facts(ip_country=""):
    return SimpleNamespace(ip_country=ip_country)


def test_date_offset_matched_against_the_countrys_zones_principal_first():
    winter = datetime(2026, 1, 15, 12, tzinfo=ZoneInfo("UTC"))
    br = Inquiry(source="t", message_id="1", declared_country="BR", date=winter, date_offset_minutes=-180)
    assert buyer_timezone(br, facts()) == "America/Sao_Paulo"  # not Araguaina, Bahia, Belem ... (all -03)
    ru = Inquiry(source="t", message_id="2", date=winter, date_offset_minutes=180)
    assert buyer_timezone(ru, facts("RU")) == "Europe/Moscow"
    ru_east = Inquiry(source="t", message_id="3", date=winter, date_offset_minutes=7 * 60)
    assert buyer_timezone(ru_east, facts("RU")) in {"Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Barnaul",
                                                    "Asia/Tomsk", "Asia/Novokuznetsk"}
    us_west = Inquiry(source="t", message_id="4", declared_country="US", date=winter, date_offset_minutes=-480)
    assert buyer_timezone(us_west, facts()) == "America/Los_Angeles"


@pytest.mark.parametrize(("phone", "zone"), [
    ("+34 612 345 678", "Europe/Madrid"),  # a Spanish mobile: mainland and Canaries, listed Canary first
    ("+351 912 345 678", "Europe/Lisbon"),  # a Portuguese mobile: Azores first in the table
    ("+34 922 123 456", "Atlantic/Canary"),  # a Tenerife landline: the island's own clock
])
def test_a_mobile_range_over_mainland_and_islands_takes_the_countrys_principal_zone(phone, zone):
    """Newcomer 21: a Spanish mobile's buyer got the Canary Islands clock, an hour behind Madrid."""
    call = Inquiry(source="t", message_id="m", channel="phone", phone=phone)
    assert buyer_timezone(call, facts()) == zone
    winter = datetime(2026, 1, 15, 12, tzinfo=ZoneInfo("UTC"))  # a Date offset still tells them apart
    mail = Inquiry(source="t", message_id="n", phone="+34 612 345 678", date=winter, date_offset_minutes=0)
    assert buyer_timezone(mail, facts()) == "Atlantic/Canary"


def test_phone_number_region_is_evidence():
    winter = datetime(2026, 1, 15, 12, tzinfo=ZoneInfo("UTC"))
    # +7 383: Novosibirsk. No Date offset: the phone's zone, not Moscow.
    call = Inquiry(source="t", message_id="5", channel="phone", phone="+7 383 123 4567")
    assert buyer_timezone(call, facts()) == "Asia/Novosibirsk"
    assert buyer_country(call, facts()) == "RU"
    # +7 383 with a +07 offset: the phone decides among Russia's several +07 zones.
    mail = Inquiry(source="t", message_id="6", phone="+7 383 123 4567", date=winter, date_offset_minutes=420)
    assert buyer_timezone(mail, facts("RU")) == "Asia/Novosibirsk"
    # +55 92 (Manaus) with a declared Brazil: the area code, not Sao Paulo.
    manaus = Inquiry(source="t", message_id="7", phone="(92) 3234-5678", declared_country="BR")
    assert buyer_timezone(manaus, facts()) == "America/Manaus"
    # A toll-free number spans the continent: no evidence, the country's principal zone.
    toll = Inquiry(source="t", message_id="8", phone="+1 800 555 0100", declared_country="US")
    assert buyer_timezone(toll, facts()) == "America/New_York"
    assert buyer_timezone(Inquiry(source="t", message_id="9", phone="not a number"), facts()) == ""


def test_country_without_offset_gives_the_principal_zone_and_offset_alone_a_fixed_zone():
    assert buyer_timezone(Inquiry(source="t", message_id="a", declared_country="AU"), facts()) == "Australia/Sydney"
    assert buyer_timezone(Inquiry(source="t", message_id="b", declared_country="UA"), facts()) == "Europe/Kyiv"
    winter = datetime(2026, 1, 15, 12, tzinfo=ZoneInfo("UTC"))
    assert buyer_timezone(Inquiry(source="t", message_id="c", date=winter, date_offset_minutes=60), facts()) == "Etc/GMT-1"


# -- the per-buyer override, on both databases --------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def sessions(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'q.db'}"
    engine, made = open_store(url)
    try:
        yield made
    finally:
        engine.dispose()


def _reply_task(sessions, buyer: str, zone: str, due: datetime, n: int) -> int:
    due = due.astimezone(ZoneInfo("UTC"))  # the store writes UTC (SQLite keeps no offset)
    with sessions.begin() as s:
        inquiry = InquiryRow(message_id=f"<clock-{n}@example.com>", source="t", channel="email", status="triaged",
                             grade="B", result={}, triaged_at=due, buyer_key=buyer, from_addr=buyer,
                             buyer_timezone=zone, country="RU")
        inquiry.tasks.append(TaskRow(kind="reply", state="open", grade="B", due_at=due, created_at=due, due_note="old"))
        s.add(inquiry)
        s.flush()
        return inquiry.tasks[0].id


def test_buyer_timezone_override_is_stored_and_used_for_later_tasks(sessions):
    now = sh(2026, 3, 2, 17, 30)  # 12:30 Moscow, 16:30 Novosibirsk (UTC+7)
    first = _reply_task(sessions, "olga@example.ru", "Europe/Moscow", sh(2026, 3, 3, 17, 30), 1)
    with sessions.begin() as s:
        key, zone = set_buyer_timezone(s, Actor("alice"), now, first, "Asia/Novosibirsk", SELLER)
    assert (key, zone) == ("olga@example.ru", "Asia/Novosibirsk")
    # A task made later for the same buyer (the evidence still says Moscow) is read on her clock.
    later = _reply_task(sessions, "olga@example.ru", "Europe/Moscow", sh(2026, 3, 4, 11), 2)
    other = _reply_task(sessions, "ivan@example.ru", "Europe/Moscow", sh(2026, 3, 4, 11), 3)
    with sessions() as s:
        assert s.get_one(BuyerTimezoneRow, "olga@example.ru").set_by == "alice"
        # Rewritten at once: due Tue 17:30 Shanghai = 16:30 Novosibirsk; at work until 18:00 there = 19:00 Shanghai.
        assert s.get_one(TaskRow, first).due_note == (
            "reply by Tue 2026-03-03 17:30 Shanghai = Tue 2026-03-03 16:30 Novosibirsk; Novosibirsk is at work now "
            "(Mon 2026-03-02 16:30 there, until 18:00 = 19:00 Shanghai (outside your business hours))")
        later_task = s.get_one(TaskRow, later)
        assert effective_zone(s, later_task.inquiry) == "Asia/Novosibirsk"
        assert task_clock_note(s, later_task, SELLER, now).startswith(
            "reply by Wed 2026-03-04 11:00 Shanghai = Wed 2026-03-04 10:00 Novosibirsk;")
        assert "Moscow" in task_clock_note(s, s.get_one(TaskRow, other), SELLER, now)
        assert s.query(AuditRow).filter_by(action="buyer-timezone").count() == 1
    with sessions.begin() as s:
        with pytest.raises(QueueError, match="abbreviation"):
            set_buyer_timezone(s, Actor("alice"), now, first, "EST", SELLER)
        with pytest.raises(QueueError, match="unknown timezone"):
            set_buyer_timezone(s, Actor("alice"), now, first, "Mars/Olympus", SELLER)
    with sessions.begin() as s:
        assert set_buyer_timezone(s, Actor("alice"), now, first, "auto", SELLER) == ("olga@example.ru", None)
    with sessions() as s:
        assert s.get(BuyerTimezoneRow, "olga@example.ru") is None
        assert effective_zone(s, s.get_one(TaskRow, later).inquiry) == "Europe/Moscow"


def test_a_buyer_on_the_sellers_own_clock_is_told_each_time_once():
    # Due Tue 10:00 + 8 business hours (10-12, 13-18, Wed 09-10) = Wed 2026-03-04 10:00 Shanghai.
    received, now_at_work, now_off = sh(2026, 3, 3, 10), sh(2026, 3, 4, 10, 30), sh(2026, 3, 4, 20)
    same = reply_deadline(received, 8, SELLER, "Asia/Shanghai", buyer_country="CN", now=now_at_work)
    assert same.note == ("reply by Wed 2026-03-04 10:00 Shanghai; overdue by 0.5 business hours, send now; Shanghai is "
                         "at work now (Wed 2026-03-04 10:30 there, until 18:00 Shanghai (outside your business hours))")
    off = reply_deadline(received, 8, SELLER, "Asia/Shanghai", buyer_country="CN", now=now_off)
    assert off.note.endswith("their day starts Thu 2026-03-05 09:00 Shanghai")
    # Hong Kong keeps UTC+8 too: one time, and the buyer's city is still named.
    hk = reply_deadline(received, 8, SELLER, "Asia/Hong_Kong", buyer_country="HK", now=now_off)
    assert hk.note.startswith("reply by Wed 2026-03-04 10:00 Shanghai (same clock in Hong Kong); overdue by 7.0")
    assert "=" not in same.note + off.note + hk.note
    # Tokyo (UTC+9) is another clock: both times, as before.
    tokyo = reply_deadline(received, 8, SELLER, "Asia/Tokyo", buyer_country="JP", now=now_off)
    assert tokyo.note.startswith("reply by Wed 2026-03-04 10:00 Shanghai = Wed 2026-03-04 11:00 Tokyo;")
    assert tokyo.note.endswith("their day starts Thu 2026-03-05 09:00 = Thu 2026-03-05 08:00 Shanghai "
                               "(outside your business hours)")


def test_a_fixed_offset_zone_reads_as_people_write_it():
    # Etc/GMT-1 is UTC+1 in POSIX's inverted sign; a note must never say "GMT-1" for a +0100 buyer.
    from inquiry_triage.scheduling.deadlines import _city

    assert (_city("Etc/GMT-1"), _city("Etc/GMT+5"), _city("America/Sao_Paulo")) == ("UTC+1", "UTC-5", "Sao Paulo")
