"""A buyer's reply quoting OUR quotation: our words below their "OK, please send PI" are not theirs.

The quote holds what a seller writes to a buyer: payment terms and bank details, "remit the deposit to the
following account only", "send us your full name and phone number for the PI", "strictly confidential",
our full price list, a WhatsApp number in our signature. Risk rules read the body without the quotes of
our own mail (checks/rules.written_body, parsing/quoting.without_quotes_of); buying signals still read the
whole thread. The reverse holds too: words the sender wrote are read wherever they stand (after a quote of
ours, between its lines), and quotes naming no one or someone else (a faked "> Dear customer" thread, a
forwarded scam) are read as before.

Before the fix the shapes below scored BANK_DETAILS_CHANGED, BANK_PRESSURE_FROM_FREEMAIL, STRESSES_TRUST,
ASKS_FULL_NAME_PHONE, OFF_PLATFORM and (where Outlook's "Enviado el:" / "Enviada em:" / Arabic header block
was not seen as a quote) ASKS_FULL_PRICE_LIST from our own quoted words; three were flagged suspicious.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from inquiry_triage.parsing.quoting import split_own_text, without_quotes_of
from tests.triage_kit import Kit, rules_of

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
KIT = Kit(NOW, date="Tue, 01 Dec 2026 09:14:03 +0100", message_id="<quoted-1@example.net>", mail_source="quoted.eml")
US = "Lily Chen <lily@brightway-lighting.cn>"


def triaged(sender: str, subject: str, body: str, to: str = US) -> dict:
    return KIT.raw(KIT.raw_mail(sender, subject, body, to=to))


def risk_reasons(result: dict) -> list[tuple[str, float]]:
    return [(r["rule"], r["points"]) for r in result["reasons"] if r["kind"] in ("scam", "spy")]


def quoted(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").split("\n"))


QUOTE_EN = """Dear Chidi,

Thank you for your inquiry. Our quotation:

Item: LED panel light 600x600 40W, model PL-6040
Quantity: 2,000 pcs
Unit price: USD 8.60 FOB Ningbo
Payment terms: 30% T/T deposit, 70% balance before shipment
Lead time: 25 days after deposit

Bank details:
Beneficiary: Ningbo Brightway Lighting Co., Ltd.
Bank: Bank of China, Ningbo Branch
Account No.: 3581 0011 2233 4455
SWIFT: BKCHCNBJ92A
Please remit the deposit to the following account only. Our bank details never change by email.

To prepare the PI, please send us your full name, address and phone number.
Please confirm the order and kindly arrange the deposit urgently so we can book the production line.
This quotation is strictly confidential. Our full price list is attached.

Best regards,
Lily Chen
Sales Manager, Ningbo Brightway Lighting Co., Ltd.
WhatsApp: +86 138 5742 1234
"""

QUOTE_ES = """Estimado Juan:

Precio unitario: USD 8,60 FOB Ningbo, 2.000 unidades del modelo PL-6040.
Forma de pago: 30% T/T por adelantado, 70% antes del embarque.
Datos bancarios: Bank of China, cuenta 3581 0011 2233 4455, SWIFT BKCHCNBJ92A.
Por favor, realice el pago únicamente a la cuenta indicada.
Para la factura proforma necesitamos su nombre completo y número de teléfono.
Adjuntamos nuestra lista de precios completa.

Saludos cordiales,
Lily Chen
WhatsApp: +86 138 5742 1234
"""

QUOTE_DE = """Sehr geehrter Herr Becker,

Angebot: 2.000 Stück LED-Panel PL-6040, USD 8,60 FOB Ningbo.
Zahlungsbedingungen: 30% Anzahlung, 70% vor Versand.
Bankverbindung: Bank of China, Konto 3581 0011 2233 4455, SWIFT BKCHCNBJ92A.
Für die Proforma-Rechnung benötigen wir Ihren vollständigen Namen und Ihre Telefonnummer.
Bitte bestätigen Sie die Bestellung.

Mit freundlichen Grüßen
Lily Chen
WhatsApp: +86 138 5742 1234
"""

QUOTE_PT = """Prezado Marcos,

Cotação: 2.000 peças PL-6040, USD 8,60 FOB Ningbo.
Condições de pagamento: 30% de sinal, 70% antes do embarque.
Dados bancários: Bank of China, conta 3581 0011 2233 4455, SWIFT BKCHCNBJ92A.
Pagamentos somente na conta abaixo indicada.
Para a PI, envie também o seu nome completo e telefone.

Atenciosamente,
Lily Chen
WhatsApp: +86 138 5742 1234
"""

QUOTE_FR = """Cher Monsieur Dubois,

Devis : 2 000 pièces PL-6040, USD 8,60 FOB Ningbo.
Conditions de paiement : 30 % d'acompte, 70 % avant expédition.
Coordonnées bancaires : Bank of China, compte 3581 0011 2233 4455, SWIFT BKCHCNBJ92A.
Merci d'effectuer le virement uniquement sur le compte ci-dessous.
Pour la facture proforma, merci d'indiquer votre nom complet et votre numéro de téléphone.

Cordialement,
Lily Chen
WhatsApp : +86 138 5742 1234
"""

QUOTE_RU = """Уважаемый Сергей,

Предложение: 2000 шт. PL-6040, 8,60 USD FOB Нинбо.
Условия оплаты: 30% предоплата, 70% перед отгрузкой.
Реквизиты: Bank of China, счёт 3581 0011 2233 4455, SWIFT BKCHCNBJ92A.
Пожалуйста, подтвердите заказ. Полный прайс-лист во вложении.

С уважением,
Лили Чен
WhatsApp: +86 138 5742 1234
"""

QUOTE_AR = """السيد أحمد المحترم،

عرض السعر: 2000 قطعة PL-6040 بسعر 8.60 دولار FOB Ningbo.
شروط الدفع: 30% دفعة مقدمة و70% قبل الشحن.
بيانات البنك: Bank of China، رقم الحساب 3581 0011 2233 4455، SWIFT BKCHCNBJ92A.
مرفق قائمة الأسعار الكاملة.

مع أطيب التحيات،
Lily Chen
WhatsApp: +86 138 5742 1234
"""

OUTLOOK_EN = ("-----Original Message-----\nFrom: Lily Chen <lily@brightway-lighting.cn>\n"
              "Sent: Monday, November 30, 2026 10:12 AM\nTo: Peter Hall <p.hall@hallbuild.co.uk>\n"
              "Subject: Quotation PL-6040\n\n")

# (name, sender, subject, body, To:) -- a buyer's short answer above our quotation, as mail clients quote it.
GENUINE = [
    ("en-gmail-free-mailbox", "Chidi Okafor <chidi.okafor.ng@gmail.com>", "Re: Quotation PL-6040",
     "OK, please send PI.\n\nOn Mon, 30 Nov 2026 at 10:12, Lily Chen <lily@brightway-lighting.cn> wrote:\n\n"
     + quoted(QUOTE_EN), US),
    ("en-outlook-original-message", "Peter Hall <p.hall@hallbuild.co.uk>", "RE: Quotation PL-6040",
     "Hi Lily,\n\nWe agree, proceed.\n\nPeter\n\n" + OUTLOOK_EN + QUOTE_EN, US),
    # Sent to the team's address; the quote is a colleague's at the same company domain.
    ("en-outlook-block-same-domain", "Peter Hall <p.hall@hallbuild.co.uk>", "RE: Quotation PL-6040",
     "Lily, confirmed, go ahead.\n\nPeter\n\n________________________________\n"
     "From: Lily Chen <lily@brightway-lighting.cn>\nSent: 30 November 2026 10:12\nTo: Peter Hall\n"
     "Subject: Quotation PL-6040\n\n" + QUOTE_EN, "sales@brightway-lighting.cn"),
    # Outlook showing only the display name on its From: line: the name we were written to by.
    ("en-outlook-block-name-only", "Peter Hall <p.hall@hallbuild.co.uk>", "RE: Quotation PL-6040",
     "We agree, proceed with the order.\n\nPeter\n\nFrom: Lily Chen\nSent: Monday, November 30, 2026 10:12 AM\n"
     "To: Peter Hall\nSubject: Quotation PL-6040\n\n" + QUOTE_EN, US),
    ("es-gmail-escribio", "Juan García <juangarcia.ilum@gmail.com>", "Re: Cotización PL-6040",
     "Hola Lily, de acuerdo, envíe la proforma por favor.\n\nEl lun, 30 nov 2026 a las 10:12, Lily Chen "
     "(<lily@brightway-lighting.cn>) escribió:\n\n" + quoted(QUOTE_ES), US),
    ("es-outlook-enviado-el", "Juan García <jgarcia@iluminacionandina.com.co>", "RE: Cotización PL-6040",
     "Aceptamos la oferta, procedan.\n\nJuan\n\nDe: Lily Chen <lily@brightway-lighting.cn>\n"
     "Enviado el: lunes, 30 de noviembre de 2026 10:12\nPara: Juan García\nAsunto: Cotización PL-6040\n\n"
     + QUOTE_ES, US),
    ("de-outlook-von-gesendet", "Thomas Becker <t.becker@becker-elektro.de>", "AW: Angebot PL-6040",
     "Einverstanden, bitte PI senden.\n\nGruß\nThomas Becker\n\nVon: Lily Chen <lily@brightway-lighting.cn>\n"
     "Gesendet: Montag, 30. November 2026 03:12\nAn: Thomas Becker\nBetreff: Angebot PL-6040\n\n" + QUOTE_DE, US),
    ("de-gmail-schrieb", "Thomas Becker <t.becker@becker-elektro.de>", "Re: Angebot PL-6040",
     "OK, bitte PI schicken.\n\nAm Mo., 30. Nov. 2026 um 03:12 Uhr schrieb Lily Chen <lily@brightway-lighting.cn>:\n"
     + quoted(QUOTE_DE), US),
    ("pt-gmail-escreveu", "Marcos Souza <marcos.souza.ilum@gmail.com>", "Re: Cotação PL-6040",
     "Ok, pode mandar a PI.\n\nEm seg., 30 de nov. de 2026 às 00:12, Lily Chen <lily@brightway-lighting.cn> "
     "escreveu:\n\n" + quoted(QUOTE_PT), US),
    ("pt-outlook-enviada-em", "Marcos Souza <marcos@souzailuminacao.com.br>", "RES: Cotação PL-6040",
     "De acordo, podem prosseguir.\n\nMarcos\n\nDe: Lily Chen <lily@brightway-lighting.cn>\n"
     "Enviada em: segunda-feira, 30 de novembro de 2026 00:12\nPara: Marcos Souza\nAssunto: Cotação PL-6040\n\n"
     + QUOTE_PT, US),
    ("fr-outlook-envoye", "Luc Dubois <l.dubois@dubois-eclairage.fr>", "RE: Devis PL-6040",
     "C'est bon pour nous, envoyez la proforma.\n\nLuc\n\nDe : Lily Chen <lily@brightway-lighting.cn>\n"
     "Envoyé : lundi 30 novembre 2026 03:12\nÀ : Luc Dubois\nObjet : Devis PL-6040\n\n" + QUOTE_FR, US),
    ("ru-gmail-no-verb", "Сергей Иванов <s.ivanov@svetotorg.ru>", "Re: Предложение PL-6040",
     "Согласны, пришлите инвойс.\n\nпн, 30 нояб. 2026 г. в 05:12, Lily Chen <lily@brightway-lighting.cn>:\n\n"
     + quoted(QUOTE_RU), US),
    ("ru-outlook-ot-otpravleno", "Сергей Иванов <s.ivanov@svetotorg.ru>", "RE: Предложение PL-6040",
     "Согласны, отправляйте счёт.\n\nОт: Lily Chen [mailto:lily@brightway-lighting.cn]\n"
     "Отправлено: 30 ноября 2026 г. 5:12\nКому: s.ivanov@svetotorg.ru\nТема: Предложение PL-6040\n\n" + QUOTE_RU, US),
    ("ar-outlook-min", "Ahmed Al-Mansouri <ahmed@mansouri-trading.ae>", "RE: عرض سعر PL-6040",
     "موافقون، يرجى إرسال الفاتورة المبدئية.\n\nأحمد\n\nمن: Lily Chen <lily@brightway-lighting.cn>\n"
     "تاريخ الإرسال: الاثنين، 30 نوفمبر 2026 6:12 ص\nإلى: Ahmed Al-Mansouri\nالموضوع: عرض سعر PL-6040\n\n" + QUOTE_AR, US),
    ("ar-gmail-kataba", "Ahmed Al-Mansouri <ahmed@mansouri-trading.ae>", "Re: عرض سعر PL-6040",
     "تمام، أرسلوا الفاتورة المبدئية.\n\nفي الاثنين، 30 نوفمبر 2026 في 6:12 ص، Lily Chen "
     "<lily@brightway-lighting.cn> كتب:\n\n" + quoted(QUOTE_AR), US),
]


@pytest.mark.parametrize(("name", "sender", "subject", "body", "to"), GENUINE, ids=[g[0] for g in GENUINE])
def test_our_quoted_quotation_scores_no_risk(name, sender, subject, body, to):
    result = triaged(sender, subject, body, to)
    assert not risk_reasons(result), (name, risk_reasons(result))
    assert not result["suspicious"], (name, result["risk"], risk_reasons(result))


def test_buying_signals_still_read_the_thread():
    """"OK, please send PI" over our quotation confirms its quantity and model: the grade keeps them."""
    result = triaged(*GENUINE[0][1:])
    assert {"QUANTITY", "MODEL_SPEC", "INCOTERMS"} <= rules_of(result), result["reasons"]


# --- the reverse: the sender's own words and quotes not of ours are read --------------------------------

FEE_RULES = {"SELLER_MUST_PAY_FEE", "SELLER_PAYS_RELEASE_FEE"}
FEE_LURE = ("We accept your offer. Before we can pay, our customs requires that the supplier must settle their "
            "documentation and export clearance fee of USD 680, refundable with the first payment. Please "
            "transfer the fee to the account below.")


def test_words_after_our_quote_are_read():
    body = ("Dear Lily,\n\nOn Mon, 30 Nov 2026 at 10:12, Lily Chen <lily@brightway-lighting.cn> wrote:\n"
            + quoted(QUOTE_EN) + "\n\n" + FEE_LURE + "\n\nMr. Daniel Obi")
    result = triaged("Daniel Obi <daniel.obi.procure@gmail.com>", "Re: Quotation PL-6040", body)
    assert FEE_RULES & rules_of(result), result["reasons"]
    assert result["suspicious"], risk_reasons(result)


def test_words_between_the_lines_of_our_quote_are_read():
    body = ("On Mon, 30 Nov 2026 at 10:12, Lily Chen <lily@brightway-lighting.cn> wrote:\n"
            "> Unit price: USD 8.60 FOB Ningbo\n\nAgreed.\n\n> Payment terms: 30% T/T deposit, 70% before shipment\n\n"
            + FEE_LURE + "\n\n> Please confirm the order.\n\nConfirmed.")
    result = triaged("Daniel Obi <daniel.obi.procure@gmail.com>", "Re: Quotation PL-6040", body)
    assert FEE_RULES & rules_of(result), result["reasons"]


PHISH_QUOTE = quoted("Dear customer,\n\nYour account has been suspended due to unusual activity. Verify your "
                     "account within 24 hours or it will be closed:\nhttp://bit.ly/acc-verify-2291\n\nAccount Team")


@pytest.mark.parametrize("intro", [
    "",  # a bare "quote" naming no one
    "On Mon, 30 Nov 2026 at 10:12, Account Service <service@account-notice.com> wrote:\n",  # someone else's
], ids=["unattributed", "attributed-to-another"])
def test_a_faked_quoted_thread_is_read(intro):
    body = "Hi,\n\nsee below.\n\n" + intro + PHISH_QUOTE
    result = triaged("Account Service <service@account-notice.com>", "Re: account notice", body)
    assert result["suspicious"], risk_reasons(result)


def test_a_mail_that_only_quotes_us_is_read_whole():
    """A "quote" of ours with no words of the sender's around it is the sender's text after all."""
    body = ("From: Lily Chen <lily@brightway-lighting.cn>\nSent: Monday, November 30, 2026 10:12 AM\n"
            "Subject: invoice\n\n" + FEE_LURE)
    assert without_quotes_of(body, frozenset({"lily@brightway-lighting.cn"})) is None
    result = triaged("Daniel Obi <daniel.obi.procure@gmail.com>", "RE: invoice", body)
    assert FEE_RULES & rules_of(result), result["reasons"]


def test_the_senders_own_address_is_never_us():
    """A sender who writes to itself (us in Bcc) cannot make its quoted lure ours."""
    body = ("Please see below.\n\nOn Mon, 30 Nov 2026 at 10:12, Daniel Obi <daniel.obi.procure@gmail.com> wrote:\n"
            + quoted(FEE_LURE))
    result = triaged("Daniel Obi <daniel.obi.procure@gmail.com>", "Fwd: fee", body,
                     to="Daniel Obi <daniel.obi.procure@gmail.com>")
    assert FEE_RULES & rules_of(result), result["reasons"]


def test_a_free_mailbox_domain_is_not_ours():
    """We on gmail.com: another gmail.com user's quote is not ours (only our exact address is)."""
    body = "OK.\n\nOn Mon, 30 Nov 2026 at 10:12, Tom Reed <tom.reed.trade@gmail.com> wrote:\n" + quoted(FEE_LURE)
    assert without_quotes_of(body, frozenset({"brightway.sales@gmail.com"})) is None
    cut = without_quotes_of(body.replace("tom.reed.trade", "brightway.sales"), frozenset({"brightway.sales@gmail.com"}))
    assert cut == "OK.\n"


# --- quoting.py: Outlook header blocks in Spanish, Portuguese and Arabic are quotes -----------------------

@pytest.mark.parametrize("block", [
    "De: Lily Chen <lily@brightway-lighting.cn>\nEnviado el: lunes, 30 de noviembre de 2026 10:12\nPara: Juan\n",
    "De: Lily Chen <lily@brightway-lighting.cn>\nEnviada em: segunda-feira, 30 de novembro de 2026 00:12\nPara: Marcos\n",
    "من: Lily Chen <lily@brightway-lighting.cn>\nتاريخ الإرسال: الاثنين، 30 نوفمبر 2026 6:12 ص\nإلى: Ahmed\n",
    "Od: Lily Chen <lily@brightway-lighting.cn>\nWysłano: poniedziałek, 30 listopada 2026 10:12\nDo: Tomasz\n",
], ids=["es", "pt-br", "ar", "pl"])
def test_localised_outlook_header_blocks_start_the_quote(block):
    own, _signature = split_own_text("OK, proceed.\n\n" + block + "\nPlease send us your full price list.")
    assert own == "OK, proceed."


def test_our_address_on_a_line_that_is_no_author_line_quotes_nothing():
    """Our address written above ">>" decoration (a lure naming its target) is not an attribution."""
    body = ("Congratulations!\n\nSelected account: lily@brightway-lighting.cn\n>> Claim your reward now: "
            "http://bit.ly/rw-7731\n>> Offer ends today")
    assert without_quotes_of(body, frozenset({"lily@brightway-lighting.cn"}), frozenset({"brightway-lighting.cn"})) is None


def test_a_quoted_mail_to_us_from_someone_else_is_read():
    """Only the From: line of a quoted header block says whose it is; its To: line naming us does not."""
    body = ("Please see my earlier mail below and reply today.\n\n-----Original Message-----\n"
            "From: Daniel Obi <daniel.obi.procure@gmail.com>\nSent: Monday, November 30, 2026 10:12 AM\n"
            "To: Lily Chen <lily@brightway-lighting.cn>\nSubject: order\n\n" + FEE_LURE)
    assert without_quotes_of(body, frozenset({"lily@brightway-lighting.cn"}), frozenset({"brightway-lighting.cn"}),
                             frozenset({"lily chen"})) is None
    result = triaged("Daniel Obi <daniel.obi.procure@gmail.com>", "RE: order", body)
    assert FEE_RULES & rules_of(result), result["reasons"]


def test_our_name_beside_another_address_is_not_us():
    """A header block "From: Lily Chen <someone else's address>" is not ours: the address decides."""
    body = ("Please pay as agreed below.\n\nFrom: Lily Chen <lily.chen.accounts@gmail.com>\n"
            "Sent: Monday, November 30, 2026 10:12 AM\nSubject: order\n\n" + FEE_LURE)
    assert without_quotes_of(body, frozenset({"lily@brightway-lighting.cn"}), frozenset({"brightway-lighting.cn"}),
                             frozenset({"lily chen"})) is None


def _bodies() -> list[str]:
    from pathlib import Path

    from inquiry_triage.parsing import ParseError, parse_email

    root = Path(__file__).resolve().parents[1]
    bodies = [body for _name, _sender, _subject, body, _to in GENUINE]
    for path in sorted(root.joinpath("fixtures").rglob("*.eml")) + sorted(root.joinpath("tests", "data", "genuine").rglob("*.eml")):
        try:
            bodies.append(parse_email(path.read_bytes(), source=str(path)).body)
        except ParseError:
            pass
    return bodies


def test_a_body_that_quotes_no_one_needs_no_us():
    """quoting.may_quote_anyone lets written_body skip working out who "we" are: when it says no, no
    "us" at all makes without_quotes_of leave anything out (every address, domain and two-word name the
    body holds taken as ours)."""
    import re

    from inquiry_triage.parsing.quoting import may_quote_anyone

    checked = skipped = 0
    for body in _bodies():
        variants = [body, body.replace("> ", ""), body.replace(">", "")]
        for text in variants:
            if may_quote_anyone(text):
                continue
            skipped += 1
            addresses = frozenset(a.lower() for a in re.findall(r"[\w.+-]+@[\w.-]+", text))
            domains = frozenset(a.rpartition("@")[2] for a in addresses)
            names = frozenset(" ".join(pair).lower() for pair in re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", text))
            assert without_quotes_of(text, addresses, domains, names) is None, text[:200]
            checked += 1
    assert checked == skipped and skipped > 50  # the shapes, with their quote marks removed, and most fixtures
