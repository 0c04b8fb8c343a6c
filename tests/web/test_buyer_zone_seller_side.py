"""A German buyer read on "UTC+8" (a newcomer's report): what our own side writes is never the buyer's
clock. The inquiries are triaged into a fresh SQLite store in the shapes they arrive in, and the web
queue, the task page, `queue` and `queue show` must all read the buyer on the same zone (one queue layer):

- a German company server handing the mail over, its Date stamped +0800 by our own system: Berlin, not UTC+8
  (a country known from the buyer's network outranks the seller's own offset);
- an inquiry relayed by Alibaba (From the platform's own domain, Date on the platform's +0800 clock):
  the buyer's clock is not known, never UTC+8;
- a mail forwarded by our own Chinese server (the hand-over IP is in China, the seller's country, while the
  Date keeps +0100): the network is not the buyer's; the signature's +49 number and the Date give Berlin,
  and the buyer keeps German, not Chinese, holidays;
- kept as they were: a web-form record with a +49 phone and no IP, a CSV RFQ row from "Germany", GMX mail
  from a German IP (Berlin), a Spanish buyer at the Canton Fair writing from Gmail on +0800 with only a
  signature phone (his clock really is UTC+8 then), a Chinese network with a +0800 Date (Shanghai)."""

from __future__ import annotations

import contextlib
import io
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from sqlalchemy import select  # noqa: E402

from inquiry_triage.cli import main  # noqa: E402
from inquiry_triage.queue.buyer_clock import clock_country, inquiry_day  # noqa: E402
from inquiry_triage.store import open_store  # noqa: E402
from inquiry_triage.store.models import InquiryRow, TaskRow  # noqa: E402
from tests.web.web_store import logged_in, triaged_store  # noqa: E402

NOW = "2026-11-17T10:00+08:00"  # Tuesday: Berlin is at 03:00, Shanghai at 10:00


def _mail(received: str, sender: str, date: str, subject: str, body: str, extra: str = "") -> str:
    return (f"{received}From: {sender}\n{extra}To: sales@our-factory.example\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: <{abs(hash(subject))}@test.example>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n")


TOP = "\tby mx.our-factory.example (Postfix) with ESMTPS id 4D5E\n\tfor <sales@our-factory.example>; Tue, 17 Nov 2026 09:02:30 +0800\n"
INPUTS = {
    # a German company's own server (Hetzner, DE), the Date on the seller's +0800 clock
    "own_date_de.eml": _mail(
        f"Received: from mail.rheinland-handel.de (mail.rheinland-handel.de [78.46.1.1])\n{TOP}",
        '"Thomas Weber" <t.weber@rheinland-handel.de>', "Tue, 17 Nov 2026 09:02:21 +0800", "Inquiry brass valves",
        "Hello, please quote 300 brass ball valves DN25, CIF Hamburg.\n\nRegards,\nThomas Weber"),
    # Alibaba's notice system relays the buyer's inquiry on its own clock
    "alibaba_relay_de.eml": _mail(
        "Received: from out30-100.freemail.mail.aliyun.com (out30-100.freemail.mail.aliyun.com [115.124.30.100])\n"
        + TOP, '"Markus Braun via Alibaba.com" <feedback@service.alibaba.com>', "Tue, 17 Nov 2026 09:02:21 +0800",
        "Markus Braun sent you an inquiry: stainless steel hinges",
        "Dear supplier,\n\nWe need 10000 pcs stainless steel hinges, please quote FOB Ningbo.\n\nMarkus Braun",
        extra="Reply-To: markus.braun@braun-werkzeuge.de\n"),
    # our own Chinese mail server forwards GMX mail (a CN hand-over IP), the Date is the buyer's +0100
    "own_relay_de.eml": _mail(
        f"Received: from mail.our-factory.cn (mail.our-factory.cn [218.2.110.5])\n{TOP}"
        "Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])\n\tby mail.our-factory.cn (Postfix) with ESMTPS id 1A2B\n"
        "\tfor <sales@our-factory.cn>; Tue, 17 Nov 2026 09:02:25 +0800\n",
        '"Klaus Becker" <k.becker2@gmx.de>', "Tue, 17 Nov 2026 02:02:21 +0100", "Anfrage Edelstahl Scharniere",
        "Guten Tag,\n\nbitte ein Angebot fuer 5000 Edelstahl Scharniere.\n\nGruss\nKlaus Becker\nTel. +49 89 1234567"),
    # kept: GMX from a German IP (the provider's submission line), a +0100 Date
    "gmx_de.eml": _mail(
        f"Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])\n{TOP}"
        "Received: from [192.168.1.20] ([84.150.12.34]) by web-mail.gmx.net\n\t(3c-app-gmx-bs12) with HTTP; "
        "Tue, 17 Nov 2026 02:02:21 +0100\n",
        '"Klaus Becker" <k.becker@gmx.de>', "Tue, 17 Nov 2026 02:02:21 +0100", "Anfrage LED Panels",
        "Guten Tag,\n\nwir interessieren uns fuer Ihre LED Panels 600x600. Bitte Preis und Katalog.\n\nKlaus Becker"),
    # kept: a Spanish buyer at the Canton Fair, Gmail, +0800, only a signature phone: UTC+8 is his clock
    "es_fair.eml": _mail(
        f"Received: from mail-yw1-f174.google.com (mail-yw1-f174.google.com [209.85.128.174])\n{TOP}",
        '"Joaquin Herrera" <joaquin.herrera.tools@gmail.com>', "Tue, 17 Nov 2026 09:02:21 +0800",
        "Visita a la fabrica", "Hola Lily, nos vimos en la feria de Canton ayer. Me gustaria visitar la fabrica el "
        "viernes. Me interesan las cajas de herramientas, unas 1.500 unidades.\n\nJoaquin Herrera\nMovil: +34 619 744 302"),
    # kept: a Chinese buyer's own network, +0800
    "cn_buyer.eml": _mail(
        f"Received: from mail.zhejiang-trade.cn (mail.zhejiang-trade.cn [218.2.110.77])\n{TOP}",
        '"Wang Lei" <wang.lei@zhejiang-trade.cn>', "Tue, 17 Nov 2026 09:02:21 +0800", "Inquiry for LED panels",
        "Hello, please quote 200 LED panels 600x600.\n\nWang Lei"),
    "form.jsonl": '{"id": "web-de-1", "channel": "message", "received_at": "2026-11-17T09:02:00+08:00", '
                  '"name": "Sabine Koch", "email": "s.koch@koch-bau.de", "phone": "+49 30 12345678", '
                  '"subject": "Website contact form", "body": "Hallo, bitte ein Angebot fuer 2000 Fliesen 60x60."}\n',
    "rfq.csv": "title,description,quantity,unit,country\nStainless steel hinges,We need stainless steel hinges "
               "100mm for furniture production. Please quote FOB.,10000,Pieces,Germany\n",
}
# source file -> the zone every view must read the buyer on ("" not known)
EXPECTED = {
    "own_date_de.eml": "Europe/Berlin",
    "alibaba_relay_de.eml": "",
    "own_relay_de.eml": "Europe/Berlin",
    "gmx_de.eml": "Europe/Berlin",
    "es_fair.eml": "Etc/GMT-8",
    "cn_buyer.eml": "Asia/Shanghai",
    "form.jsonl": "Europe/Berlin",
    "rfq.csv": "Europe/Berlin",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    where = tmp_path_factory.mktemp("seller_side")
    inbox = where / "in"
    inbox.mkdir()
    for name, text in INPUTS.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return triaged_store(where / "store.db", inbox, "--now", NOW, people={"lena": "lead"})


@pytest.fixture()
def sessions(store):
    engine, made = open_store(store)
    yield made
    engine.dispose()


def tasks(sessions) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Source file name -> its reply task."""
    with sessions() as s:
        rows = s.execute(select(InquiryRow.source, TaskRow.id).join(TaskRow, TaskRow.inquiry_id == InquiryRow.id)
                         .where(TaskRow.kind.in_(("reply", "review")))).all()
    return {Path(source.split(":")[0]).name: task_id for source, task_id in rows}


def app_of(sessions, monkeypatch):  # type: ignore[no-untyped-def]
    from inquiry_triage.config import load_config
    from inquiry_triage.web.app import create_app

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    return create_app(load_config(None), sessions)


def cli(url: str, *argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main([*argv, "--db", url, "--user", "lena"])
    assert code == 0, out.getvalue()
    return out.getvalue()


def test_the_triaged_buyer_zone_of_each_shape(sessions):
    with sessions() as s:
        zones = {Path(r.source.split(":")[0]).name: r.buyer_timezone or "" for r in s.scalars(select(InquiryRow))}
    assert zones == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_task_page_and_queue_show_read_the_buyer_on_the_same_zone(name, sessions, store, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    task_id = tasks(sessions)[name]
    page = logged_in(app_of(sessions, monkeypatch), "lena").get(f"/task/{task_id}").text
    buyer_zones = set(re.findall(r'data-zone="([^"]+)"', page)) - {"Asia/Shanghai"}  # the seller's own clock
    shown = cli(store, "queue", "show", str(task_id))
    deadline = next(line for line in shown.splitlines() if line.startswith("Deadline:"))
    want = EXPECTED[name]
    if want in ("", "Asia/Shanghai"):
        assert not buyer_zones, (name, buyer_zones)
    else:
        assert buyer_zones == {want}, (name, buyer_zones)
    if want == "Europe/Berlin":
        assert "UTC+" not in page and "UTC+" not in deadline, (name, deadline)
        assert "Berlin" in deadline, deadline
    if want == "":
        assert "UTC+8" not in page and " = " not in deadline, (name, deadline)  # one clock: the buyer's is unknown


def test_the_queue_page_and_the_queue_command_agree(sessions, store, monkeypatch):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    ids = tasks(sessions)
    page = logged_in(app_of(sessions, monkeypatch), "lena").get("/").text
    # the German buyers whose zone was wrong: no UTC+8 anywhere on the queue page for them
    for name in ("own_date_de.eml", "alibaba_relay_de.eml", "own_relay_de.eml"):
        assert f"/task/{ids[name]}" in page
    rows = re.findall(r'<tr[^>]*>.*?</tr>', page, flags=re.S)
    for name in ("own_date_de.eml", "alibaba_relay_de.eml", "own_relay_de.eml"):
        row = next(r for r in rows if f"/task/{ids[name]}\"" in r)
        assert "UTC+8" not in row and "UTC+1" not in row, (name, row)
        if EXPECTED[name]:
            assert EXPECTED[name] in row or "Berlin" in row, (name, row)


def test_a_network_that_was_our_own_relay_keeps_no_chinese_holidays(sessions):
    with sessions() as s:
        inquiry = next(r for r in s.scalars(select(InquiryRow)) if r.source.endswith("own_relay_de.eml"))
        day = inquiry_day(s, inquiry)
    assert day is not None and day.timezone == "Europe/Berlin" and day.country == "DE", day


def test_clock_country():
    assert clock_country("Europe/Berlin", "CN") == "DE"  # the clock moved out of the stored country
    assert clock_country("Europe/Berlin", "") == "DE"  # a phone-only record: the zone's country
    assert clock_country("Asia/Shanghai", "CN") == "CN"
    assert clock_country("America/Chicago", "US") == "US"
    assert clock_country("Etc/GMT-1", "CN") is None  # a fixed offset CN does not keep: no holidays
    assert clock_country("", "DE") == "DE"


def test_an_offset_alone_abroad_is_still_said_when_it_is_not_the_sellers(sessions):
    # A German network with a +0300 Date (not the seller's +0800): the buyer's own computer clock, as before.
    from inquiry_triage.queue.origin_words import buyer_clock_parts

    parts = buyer_clock_parts({"date_offset": "+0300", "ip_country": "DE"}, zone="Etc/GMT-3", override_by=None,
                              buyer_key="", country="DE", at=None)
    assert parts == ["the Date: header's offset +0300 alone, the sender's computer clock "
                     "(their network is in DE, which does not keep that offset)"]
    # our own relay's network (CN) is not named for a buyer read on Berlin
    parts = buyer_clock_parts({"date_offset": "+0100", "ip_country": "CN"}, zone="Europe/Berlin", override_by=None,
                              buyer_key="", country="CN", at=datetime(2026, 11, 17, tzinfo=timezone.utc))
    assert not any("CN" in p for p in parts), parts
