"""A web form's notification (checks/webform.py): the site's mailer (a no-reply or role address, ours or a
form service's) sends what a visitor typed in. A newcomer's finding: it was filed "no-reply" with no reply
task, the draft greeted the robot ("Dear Website,"), and the buyer was not in buyer history or
`queue --search` by address. Now it is an inquiry from the form's buyer (Email field or Reply-To, greeted
by the Name field), the mailer kept as the transport and named in the verdict; ordinary mail and
phishing from no-reply addresses are judged as before.

The mails (tests/data/web_forms/) are written for this test in the shapes Wix, WordPress Contact Form 7,
Squarespace and HubSpot send, in English, Spanish and Chinese; none is taken from a corpus. They are not under
fixtures/: many tests triage that whole folder into a store and count its items and tasks."""

from __future__ import annotations

import contextlib
import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_triage.checks import webform
from inquiry_triage.checks.filing import filing_of
from inquiry_triage.cli import main
from inquiry_triage.config import load_config
from inquiry_triage.parsing import parse_email
from inquiry_triage.parsing.form_fields import field_values
from inquiry_triage.pipeline import build_context, triage
from inquiry_triage.store import open_store
from inquiry_triage.store.models import InquiryRow, TaskRow

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "tests" / "data" / "web_forms"
OWN = "ourcompany.example"
NOW = datetime(2026, 12, 2, 6, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The shipped defaults with our own domain ([seller] domains), offline, at NOW."""
    config = tmp_path_factory.mktemp("config") / "seller.toml"
    config.write_text(f'[seller]\ndomains = ["{OWN}"]\n')
    return build_context(load_config(config), offline=True, now=NOW)

# fixture: (the buyer's address, the mailer's address, the name greeted, the mailer's display name, greeting start)
CASES = {
    "webform_wix_en.eml": ("anna.keller@keller-lichttechnik.example", "noreply@wix-forms.example", "Anna Keller",
                           "Wix", "Dear Anna Keller,"),
    "webform_cf7_own_en.eml": ("d.mensah@mensah-builders.example", "wordpress@ourcompany.example", "David Mensah",
                               "Website", "Dear David Mensah,"),
    "webform_squarespace_es.eml": ("carlos.lopez@constructora-lopez.example", "form-submission@squarespace-mail.example",
                                   "Carlos López", "Squarespace", "Buenos días, Carlos López:"),
    "webform_hubspot_en.eml": ("priya.nair@nairelectricals.example", "noreply@notifications.hubspot.example", "Priya Nair",
                               "HubSpot", "Dear Priya Nair,"),
    "webform_own_noreply_zh.eml": ("wang.wei@huaxin-trading.example", "noreply-forms@ourcompany.example", "王伟",
                                   "网站", "尊敬的王伟："),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_form_notification_is_an_inquiry_from_the_forms_buyer(name: str, ctx) -> None:
    buyer, mailer, person, robot, greeting = CASES[name]
    result = triage((FORMS / name).read_bytes(), ctx, source=name)
    data = result.to_json()
    assert data["filing"] == "inquiry", data["filing"]
    assert data["from"] == buyer
    assert result.inquiry is not None and result.inquiry.from_name == person
    # The mailer stays the transport, and the verdict says where the buyer came from.
    [fact] = [r for r in data["reasons"] if r["rule"] == "WEB_FORM_NOTIFICATION"]
    assert fact["kind"] == "info" and fact["points"] == 0
    assert "web form notification: buyer from" in fact["detail"] and mailer in fact["detail"] and buyer in fact["detail"]
    first = result.draft.splitlines()[0]
    assert first == greeting and robot not in first, first


def test_the_buyer_from_reply_to_when_the_form_has_no_email_field(ctx) -> None:
    raw = (FORMS / "webform_wix_en.eml").read_bytes().replace(b"Email: anna.keller@keller-lichttechnik.example\r\n", b"")
    data = triage(raw, ctx, source="no-email-field").to_json()
    assert data["filing"] == "inquiry" and data["from"] == "anna.keller@keller-lichttechnik.example"
    [fact] = [r for r in data["reasons"] if r["rule"] == "WEB_FORM_NOTIFICATION"]
    assert "buyer from Reply-To " in fact["detail"]


def test_filing_knows_the_form_without_the_pipeline() -> None:
    for name in CASES:
        assert filing_of(parse_email((FORMS / name).read_bytes(), source=name), (OWN,)) == "inquiry", name


# --- the store: a reply task, the buyer's address in buyer history and in `queue --search` --------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[str, Path]:
    where = tmp_path_factory.mktemp("forms")
    config = where / "seller.toml"
    config.write_text(f'[seller]\ntimezone = "Asia/Shanghai"\ndomains = ["{OWN}"]\n')
    url = f"sqlite:///{where / 'q.db'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INQUIRY_TRIAGE_CONFIG", str(config))
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["triage", str(FORMS), "--db", url, "--offline", "--no-progress"]) == 0
    return url, config


def _queue(capsys, monkeypatch, store, *argv: str) -> str:  # type: ignore[no-untyped-def]
    url, config = store
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", str(config))
    capsys.readouterr()
    code = main(["queue", *argv, "--db", url, "--user", "lena"])
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def test_each_form_gets_a_reply_task_under_its_buyer(store) -> None:
    engine, sessions = open_store(store[0])
    try:
        with sessions() as s:
            rows = {Path(r.source).name: r for r in s.scalars(select(InquiryRow))}
            tasks = {t.inquiry_id: t.kind for t in s.scalars(select(TaskRow))}
    finally:
        engine.dispose()
    assert sorted(rows) == sorted(CASES)
    for name, row in rows.items():
        buyer, _mailer, person, robot, greeting = CASES[name]
        assert row.filing == "inquiry" and tasks.get(row.id) == "reply", (name, row.filing, tasks.get(row.id))
        assert (row.from_addr, row.buyer_key, row.from_name) == (buyer, buyer, person), name
        assert row.draft.startswith(greeting), (name, row.draft[:60])


@pytest.mark.parametrize("name", ["webform_wix_en.eml", "webform_squarespace_es.eml"])
def test_the_buyer_is_found_by_address(capsys, monkeypatch, store, name: str) -> None:
    buyer = CASES[name][0]
    history = _queue(capsys, monkeypatch, store, "buyer", buyer)
    assert " INQUIRY " in history and buyer in history, history
    found = _queue(capsys, monkeypatch, store, "--search", buyer.split("@")[0])
    assert buyer in found, found


# --- no hole: ordinary mail and phishing from no-reply addresses are judged as before ---------------------------

def _mail(sender: str, body: str, *headers: str, to: str = "sales@ourcompany.example") -> bytes:
    head = [f"From: {sender}", f"To: {to}", "Subject: Notification", "Date: Tue, 01 Dec 2026 08:00:00 +0000",
            "Message-ID: <n1@sender.example>", *headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(head) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


FORM_LINES = "Name: Anna Keller\nEmail: anna.keller@keller-lichttechnik.example\nMessage: Please quote 500 LED panels.\n"
PHISH_FORM = ("You have received a new message from your website contact form.\n\n"
              "Name: Billing Department\nEmail: billing.dept2291@gmail.com\n"
              "Message: Your mailbox storage is full. Verify your account within 24 hours or incoming mail "
              "will be deleted: http://198.51.100.9/owa/login.php\n")


@pytest.mark.parametrize("raw, filing, rule", [
    # An ordinary buyer whose Reply-To is another (free) mailbox: not a machine's mailbox, never switched, and
    # the Reply-To is still the fraud signal it was.
    (_mail("Tom Baker <purchasing@baker-supplies.example>", "Dear sir,\n" + FORM_LINES,
           "Reply-To: tom.baker1988@gmail.com"), "inquiry", "REPLY_TO_FREEMAIL"),
    # A sign-in alert from a no-reply address (country and address lines, nobody's name or words): no form.
    (_mail("Account Team <no-reply@access-accsecurity.example>",
           "Unusual sign-in activity\nCountry/region: Russia/Moscow\nIP address: 203.0.113.9\n"
           "Email: victim.user@ourcompany.example\nPlatform: Windows\n", "Reply-To: recovery.team03@gmail.com",
           to="undisclosed-recipients:;"), "no-reply", None),
    # The form's Email field is the address we received it at: our own details, not a buyer's.
    (_mail("Shop <noreply@shop.example>", "Name: Sales Team\nEmail: sales@ourcompany.example\nMessage: Your order shipped.\n"),
     "no-reply", None),
    # A shop's or service's own notice: the Email field and the Reply-To are the sender's own site (its
    # support desk), and the Name is ours: no visitor wrote it.
    (_mail("Shop <noreply@bigshop.example>", "Thank you for your order.\nName: Lena Wang\n"
           "Email: support@bigshop.example\nPhone: +1 800 555 0100\nMessage: Your order 12345 has shipped.\n"),
     "no-reply", None),
    (_mail("Shop <noreply@mail.bigshop.example>", "Name: Lena Wang\nPhone: +1 800 555 0100\n"
           "Message: Your order 12345 has shipped.\n", "Reply-To: Support <support@bigshop.example>"), "no-reply", None),
    # A no-reply notice without a form's fields.
    (_mail("Notifications <noreply@bank-alerts.example>", "Your statement is ready. Log in to view it.\n",
           "Reply-To: support.desk77@gmail.com"), "no-reply", None),
    # A newsletter's headers: a mass mailing, whatever its lines look like.
    (_mail("News <noreply@news.example>", FORM_LINES, "List-Unsubscribe: <https://news.example/u?x=1>"), "newsletter", None),
])
def test_no_buyer_is_switched_outside_a_form_notification(raw: bytes, filing: str, rule: str | None, ctx) -> None:
    inquiry = parse_email(raw, source="t")
    assert webform.form_buyer(inquiry) is None
    data = triage(raw, ctx, source="t").to_json()
    assert data["from"] == inquiry.from_addr and data["filing"] == filing
    rules = {r["rule"] for r in data["reasons"]}
    assert "WEB_FORM_NOTIFICATION" not in rules and (rule is None or rule in rules)


def test_phishing_shaped_as_a_form_is_judged_as_it_was(monkeypatch, ctx) -> None:
    """Recognised as a form (so it is filed an inquiry and reviewed, not hidden as no-reply), and flagged as
    before. Its sender is its "buyer's" address (a free mailbox with digits), and the Reply-To to that same
    address is no detour: what it loses is only the mailer's company mailbox and the Reply-To findings."""
    raw = _mail("Website <noreply@mail-host.example>", PHISH_FORM, "Reply-To: billing.dept2291@gmail.com")
    seen = triage(raw, ctx, source="t").to_json()
    assert "WEB_FORM_NOTIFICATION" in {r["rule"] for r in seen["reasons"]}
    monkeypatch.setattr(webform, "form_buyer", lambda inquiry, ctx=None: None)
    before = triage(raw, ctx, source="t").to_json()
    assert before["filing"] == "no-reply"
    for key in ("grade", "suspicious", "suspicion"):
        assert seen[key] == before[key], key
    rules = {r["rule"] for r in seen["reasons"]}
    assert seen["suspicious"] and {"FREE_MAILBOX", "DIGITS_IN_USERNAME"} <= rules
    lost = {r["rule"] for r in before["reasons"]} - rules
    assert lost <= {"COMPANY_MAILBOX", "DNS_UNKNOWN", "REPLY_TO_FREEMAIL", "SHORT_FIRST_CONTACT_REPLY_ELSEWHERE"}, lost


# --- the labels are data, in many languages --------------------------------------------------------------------

@pytest.mark.parametrize("text, field, value", [
    ("Nom : Claire Dubois\nE-mail : claire@dubois.example\n", "name", "Claire Dubois"),
    ("Nom : Claire Dubois\nE-mail : claire@dubois.example\n", "email", "claire@dubois.example"),
    ("Имя: Иван Петров\nЭлектронная почта: ivan@petrov.example\n", "name", "Иван Петров"),
    ("Имя: Иван Петров\nЭлектронная почта: ivan@petrov.example\n", "email", "ivan@petrov.example"),
    ("姓名：王伟\n邮箱：wang@huaxin.example\n", "email", "wang@huaxin.example"),
    ("Correo: ana@empresa.example\nNombre: Ana\n", "email", "ana@empresa.example"),
    ("| Your Name | Jan Novak |\n", "name", "Jan Novak"),
    ("Full name:\nMaria Rossi\nEmail:\nmaria@rossi.example\n", "name", "Maria Rossi"),
    ("Company name: ACME Ltd\n", "name", None),  # the company's name is not the person's
])
def test_form_labels_in_many_languages(text: str, field: str, value: str | None) -> None:
    found = field_values(text, field)
    assert (found[0] if found else None) == value


@pytest.mark.parametrize("lines, addr, name", [
    ("Namn: Erik Lindqvist\nE-post: erik@lindqvist-bygg.example\nTelefon: +46 70 123 45 67\n"
     "Meddelande: Hej, vi vill ha en offert på 500 st LED-paneler.\n", "erik@lindqvist-bygg.example", "Erik Lindqvist"),
    ("Név: Kovács Péter\nE-mail cím: kovacs.peter@kovacs-kft.example\nTelefonszám: +36 30 123 4567\n"
     "Üzenet: Árajánlatot kérünk 30 darab ventilátorra.\n", "kovacs.peter@kovacs-kft.example", "Kovács Péter"),
    ("Jméno: Jan Novák\nE-mail: jan.novak@novak-stavby.example\nZpráva: Prosím o nabídku na 200 ks ventilů.\n",
     "jan.novak@novak-stavby.example", "Jan Novák"),
    ("Nume: Andrei Popescu\nE-mail: andrei@popescu-constructii.example\nMesaj: Vă rog o ofertă.\n",
     "andrei@popescu-constructii.example", "Andrei Popescu"),
    ("Ονοματεπώνυμο: Νίκος Παπαδόπουλος\nEmail: nikos@papadopoulos.example\nΜήνυμα: Παρακαλώ στείλτε προσφορά.\n",
     "nikos@papadopoulos.example", "Νίκος Παπαδόπουλος"),
    ("ชื่อ: สมชาย ใจดี\nอีเมล: somchai@jaidee-trading.example\nข้อความ: กรุณาเสนอราคา\n",
     "somchai@jaidee-trading.example", "สมชาย ใจดี"),
    ("नाम: राहुल शर्मा\nईमेल: rahul@sharma-traders.example\nसंदेश: कृपया कोटेशन भेजें\n",
     "rahul@sharma-traders.example", "राहुल शर्मा"),
    ("نام: علی رضایی\nایمیل: ali@rezaei-co.example\nپیام: لطفا قیمت بدهید\n", "ali@rezaei-co.example", "علی رضایی"),
    ("Jina: Amina Juma\nBarua pepe: amina@juma-hardware.example\nUjumbe: Naomba bei ya pampu 20.\n",
     "amina@juma-hardware.example", "Amina Juma"),
    ("Pangalan: Maria Santos\nEmail: maria@santos-builders.example\nMensahe: Pakipadala ang presyo.\n",
     "maria@santos-builders.example", "Maria Santos"),
], ids=["sv", "hu", "cs", "ro", "el", "th", "hi", "fa", "sw", "tl"])
def test_a_form_in_the_configured_languages(lines: str, addr: str, name: str) -> None:
    """The languages drafts are written in (config/templates): a form in one of them names its fields in it
    (it stayed "no-reply" when only the phone or e-mail label was known)."""
    buyer = webform.form_buyer(parse_email(_mail("Website <noreply@ourcompany.example>", lines), source="t"))
    assert buyer is not None and (buyer.addr, buyer.name) == (addr, name)


def test_contact_form_7s_own_template_gives_the_name_and_address(ctx) -> None:
    """CF7's default mail ("De: Jorge Ramírez <jorge@...>" in a Spanish site's language; Reply-To the address):
    the genuine set's WordPress notification was greeted "Sunrise Tools Website"."""
    raw = (ROOT / "tests" / "data" / "genuine" / "web-form-wordpress-es.eml").read_bytes()
    result = triage(raw, ctx, source="cf7-es")
    assert result.to_json()["from"] == "jorge.ramirez1987@gmail.com"
    assert result.draft.splitlines()[0] == "Buenos días, Jorge Ramírez:"


# --- the form's buyer is checked like any sender (review finding) ----------------------------------------------
# The mailbox and sender checks judged the From only: the site mailer's no-reply address on its own (company)
# domain, so a disposable, free or look-alike address typed into the form went unseen, and every form buyer
# got COMPANY_MAILBOX for the mailer's domain (ours, for our own site's form).

WIX = (FORMS / "webform_wix_en.eml").read_bytes()
ANNA = b"anna.keller@keller-lichttechnik.example"


def _wix(addr: str) -> bytes:
    """The Wix notification with another address in its Email field and Reply-To."""
    return WIX.replace(ANNA, addr.encode())


def _judged(raw: bytes, ctx) -> tuple[dict, dict]:  # type: ignore[no-untyped-def,type-arg]
    data = triage(raw, ctx, source="t").to_json()
    return data, {r["rule"]: r for r in data["reasons"]}


@pytest.mark.parametrize("addr, rule, mailbox", [
    ("anna.keller@mailinator.com", "DISPOSABLE_MAILBOX", "disposable"),
    ("anna.keller@gmail.com", "FREE_MAILBOX", "free"),
    ("akeller48213@keller-lichttechnik.example", "DIGITS_IN_USERNAME", "company"),
    ("anna.keller@keller-lichttechnik.top", "ABUSED_TLD", "company"),
    ("anna.keller@siemens-procurement.example", "LOOKALIKE_COMPANY_DOMAIN", "company"),
])
def test_the_forms_buyer_address_is_checked_like_a_sender(addr: str, rule: str, mailbox: str, ctx) -> None:
    data, rules = _judged(_wix(addr), ctx)
    assert data["from"] == addr and data["mailbox"] == mailbox
    assert rule in rules, sorted(rules)
    # The explanation names the address and where it was read, not the mailer's From.
    assert "[Reply-To and the form's Email field]" in rules[rule]["detail"] and addr in rules[rule]["detail"]
    for name in ("COMPANY_MAILBOX", "FREE_MAILBOX", "DISPOSABLE_MAILBOX", "DNS_UNKNOWN"):
        assert "wix-forms" not in rules.get(name, {}).get("detail", ""), (name, rules[name])


def test_a_disposable_form_address_weighs_as_from_any_sender(ctx) -> None:
    """The same finding and points as a mail From that address (the score table's DISPOSABLE_MAILBOX)."""
    _, form = _judged(_wix("anna.keller@mailinator.com"), ctx)
    _, plain = _judged(_mail("Anna Keller <anna.keller@mailinator.com>", "Please quote 500 LED panels.\n"), ctx)
    assert form["DISPOSABLE_MAILBOX"]["kind"] == plain["DISPOSABLE_MAILBOX"]["kind"] == "scam"
    assert form["DISPOSABLE_MAILBOX"]["points"] == plain["DISPOSABLE_MAILBOX"]["points"]
    assert "COMPANY_MAILBOX" not in form


def test_a_company_form_address_is_not_flagged(ctx) -> None:
    data, rules = _judged(WIX, ctx)
    assert data["mailbox"] == "company" and not data["suspicious"]
    assert "anna.keller@keller-lichttechnik.example" in rules["COMPANY_MAILBOX"]["detail"]
    assert not {"DISPOSABLE_MAILBOX", "FREE_MAILBOX", "DIGITS_IN_USERNAME", "ABUSED_TLD", "INVALID_SENDER",
                "LOOKALIKE_COMPANY_DOMAIN", "MACHINE_MADE_SENDER"} & set(rules)


def test_a_free_mail_form_buyer_is_free_mail_and_its_own_address_no_other(ctx) -> None:
    """A free-mail buyer grades as free mail (the channel table puts a company mailbox above it), and the
    form's "Email: ...@gmail.com" line is the sender's own address, not "write to my other address"; a
    mailer named like a notice ("Website Notifications") with a free-mail visitor is no service desk on free mail."""
    raw = _wix("anna.keller@gmail.com").replace(b"From: Wix Forms <", b"From: Website Notifications <")
    result = triage(raw, ctx, source="t")
    data = result.to_json()
    rules = {r["rule"] for r in data["reasons"]}
    assert "FREE_MAILBOX" in rules and "COMPANY_MAILBOX" not in rules
    assert "__FREE_ADDRESS_IN_TEXT" not in {h.rule for h in result.hits}
    assert "SERVICE_NAME_FROM_FREEMAIL" not in rules and not data["suspicious"]


def test_ordinary_mail_is_still_judged_by_its_from(ctx) -> None:
    """A person's mail (not a machine's mailbox) with the same lines: its From is the sender, as before."""
    raw = _wix("anna.keller@mailinator.com").replace(b"From: Wix Forms <noreply@wix-forms.example>",
                                                     b"From: Peter Brandt <p.brandt@brandt-bau.example>")
    data, rules = _judged(raw, ctx)
    assert data["from"] == "p.brandt@brandt-bau.example" and data["mailbox"] == "company"
    assert "DISPOSABLE_MAILBOX" not in rules and "WEB_FORM_NOTIFICATION" not in rules
    assert rules["COMPANY_MAILBOX"]["detail"].endswith("[From]: 'brandt-bau.example'")
    assert "REPLY_TO_FREEMAIL" in rules  # the Reply-To to a throw-away mailbox stays the signal it was


# --- a form's Reply-To is its buyer: no detour ----------------------------------------------------------------
# Wix, Squarespace and HubSpot send From their own no-reply address with Reply-To the visitor: the Reply-To
# check read that as replies going elsewhere (REPLY_TO_MISMATCH for a company visitor, REPLY_TO_FREEMAIL for a
# free-mail one), and a short Wix form from a Gmail visitor was flagged (SHORT_FIRST_CONTACT_REPLY_ELSEWHERE).

SHORT = b"Message: Hello, please send me your price list and catalogue for LED panels."


def _short_wix(addr: str) -> bytes:
    raw = _wix(addr)
    start, end = raw.index(b"Message: "), raw.index(b"delivery time.") + len(b"delivery time.")
    return raw[:start] + SHORT + raw[end:]


@pytest.mark.parametrize("addr", ["anna.keller@gmail.com", "anna.keller@keller-lichttechnik.example"])
def test_a_forms_reply_to_its_own_buyer_is_no_detour(addr: str, ctx) -> None:
    data, rules = _judged(_short_wix(addr), ctx)
    assert data["from"] == addr
    assert not {"REPLY_TO_FREEMAIL", "REPLY_TO_MISMATCH", "SHORT_FIRST_CONTACT_REPLY_ELSEWHERE"} & set(rules), sorted(rules)
    assert not data["suspicious"], data["reasons"]


def test_a_forms_reply_to_elsewhere_is_judged_as_ever(ctx) -> None:
    """The form's Email field is the buyer; a Reply-To to another (free) mailbox is still the signal it was."""
    raw = WIX.replace(b"Reply-To: " + ANNA, b"Reply-To: keller.payments77@gmail.com")
    data, rules = _judged(raw, ctx)
    assert data["from"] == ANNA.decode() and "REPLY_TO_FREEMAIL" in rules


# --- a form's lines do not hide the mail's own sender (review finding) ------------------------------------------
# A mail counted as a form when its From's local part was a no-reply or role name on ANY domain and its body had
# "Name:"/"Email:" lines; the sender checks then judged only the typed address. Two body lines took
# DISPOSABLE_MAILBOX, FREE_MAILBOX, DIGITS_IN_USERNAME, ABUSED_TLD, MACHINE_MADE_SENDER, LOOKALIKE_COMPANY_DOMAIN
# (and the rules built on them) off the real sender: a look-alike From went from D suspicious to C, risk 0.

LURE = ("Please review our purchase order and confirm the quotation. The order documents are on our portal: "
        "http://po-docs.example-files.top/view?id=8812 sign in with your email password to download.\n")


@pytest.mark.parametrize("sender", [
    "Account Security Team <noreply.alerts@gmail.com>",  # free mail: anyone signs up for a "noreply" name
    "Purchasing <noreply.orders2291@gmail.com>",
    "Purchasing <noreply@mailinator.com>",  # disposable
    "Purchasing <noreply@a.b.c9.orders-portal.top>",  # an abused TLD (and a machine-made host)
    "Purchasing <no-reply@siemens-procurement.example>",  # a known company's name dressed up
    "Purchasing <noreply@bosch24.example>",
])
def test_a_form_needs_a_sites_mailer_not_any_noreply_name(sender: str, ctx) -> None:
    """A free-mail, disposable, abused-TLD or look-alike From is no site's form mailer: the same lure with a
    form's "Name:"/"Email:" lines is judged as without them, by its From."""
    plain, plain_rules = _judged(_mail(sender, LURE), ctx)
    form, form_rules = _judged(_mail(sender, "Name: Hans Weber\nEmail: h.weber@weber-industrietechnik.example\n"
                                             "Message: " + LURE), ctx)
    assert "WEB_FORM_NOTIFICATION" not in form_rules and form["from"] == plain["from"]
    assert set(form_rules) == set(plain_rules), sorted(set(form_rules) ^ set(plain_rules))
    for key in ("grade", "suspicious", "risk", "filing"):
        assert form[key] == plain[key], key
    assert webform.form_buyer(parse_email(_mail(sender, "Name: Hans Weber\nEmail: h@weber.example\n"), source="t"),
                              ctx) is None


@pytest.mark.parametrize("sender, rule", [
    ("Website <noreply2291@forms-mailer.example>", "DIGITS_IN_USERNAME"),
    ("Website <noreply@srv42a.mx.forms-mailer.example>", "MACHINE_MADE_SENDER"),
])
def test_a_forms_mailer_is_judged_as_well_as_its_buyer(sender: str, rule: str, ctx) -> None:
    """The scam-kind sender checks judge the From as before AND the form's buyer; only the mailbox's grade
    (free / company) is the buyer's. The explanation names the From."""
    data, rules = _judged(_mail(sender, FORM_LINES), ctx)
    assert "WEB_FORM_NOTIFICATION" in rules and data["from"] == "anna.keller@keller-lichttechnik.example"
    assert rule in rules and rules[rule]["detail"].split("[")[1].startswith("From]"), rules.get(rule)
    assert "keller-lichttechnik.example" in rules["COMPANY_MAILBOX"]["detail"]


def test_a_form_without_an_email_field_keeps_its_reply_to_detour(ctx) -> None:
    """Name: and Message: lines make the Reply-To the buyer; that Reply-To is no longer taken as the form's own
    address (the classic "reply to my Gmail" fake buyer was skipped: D risk 5.33 -> C risk 0). Only an address
    typed into the Email field that the Reply-To repeats is no detour."""
    raw = _mail("Sales Dept <noreply@weber-industrietechnik.example>",
                "Name: Michael Brown\nMessage: Kindly send me your price list and catalogue, I want to place an order "
                "urgently. Reply to my email.\n", "Reply-To: michael.brown.purchase@gmail.com")
    data, rules = _judged(raw, ctx)
    assert "WEB_FORM_NOTIFICATION" in rules and data["from"] == "michael.brown.purchase@gmail.com"
    assert "REPLY_TO_FREEMAIL" in rules and data["suspicious"], sorted(rules)
