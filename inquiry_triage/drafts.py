"""Reply drafts (DOMAIN.md 2.2-2.4): greet in the buyer's language with a polite title and name,
thank them for the inquiry, acknowledge the points they raised, answer a sample request with the
seed's options, and end with a question; the seller's signature comes last.

The text lives in Jinja2 templates, one per language: ``config/templates/reply.<lang>.j2``. A
language without a template gets the English template with the buyer's own greeting; so does a buyer
who writes his language in Latin letters (romanised Hindi: "Namaste,", ROMANISED_GREETINGS). Templates are
plain text (no HTML escaping), strict about unknown variables, and loaded once per folder.

Shape of every draft (the golden tests rely on it): paragraphs separated by one blank line, the
closing question is the last paragraph before the signature, the signature is the last paragraph.

The context a template receives (see `reply_context`):

``greeting``       the full greeting line in the buyer's language, e.g. "Buenos días, Carlos López:";
                   the polite no-name form ("Dear Sir or Madam,") when there is no usable name.
``name``           the buyer's display name, cleaned; "" when unknown or generic ("Sales", "Info").
``title``          the polite title the greeting puts with the name ("Dear", "Buenos días", "様").
``subject``        the subject line cleaned of reply/forward prefixes ("Re:", "AW:", "RV:", "回复:"),
                   labels such as "RFQ:" and the request's own name in any language ("Consulta sobre
                   válvulas" -> "válvulas": the template names the request itself); "" when it says
                   nothing ("Order Inquiry", "Website contact form", "Preis?", "Hola").
``product``        the product the buyer named (an RFQ's product field); "" when not given.
``points``         keys of the points the buyer raised, in this order: product, quantity, model,
                   target_price, incoterms, destination, payment_terms, delivery_time.
``missing``        what the closing question should ask for: "quantity" and "destination" while
                   they are missing, "delivery_time" once the quantity is known; [] when all given.
``asked``          points the buyer asked about without giving a value (ASKED_POINTS: "delivery_time"
                   for "what is your lead time?"): the template answers them with a blank to fill.
``asks_samples``   the buyer asked for samples (hit ``__ASKS_SAMPLES``).
``chase_up``       the buyer writes again in a thread (a "Re:" subject: ``writes_again``): the draft
                   thanks them for writing again, not for an inquiry, and ``missing`` is [] (the
                   thread's earlier mail may hold what this one lacks).
``signature``      the seller's signature, blank lines removed ("" when none is configured).
``seller_company`` the seller's company name, "" when not given.

Filters available to templates: ``join_and(sep, last_sep)`` joins a list ("a, b and c");
``labelled(mapping)`` maps point keys to labels, dropping keys the mapping lacks;
``sign_off(closing, company)`` turns the signature into the closing block: the template's native
valediction replaces the signature's own closing in another language ("Best regards,"; VALEDICTIONS)
or goes on top, so a closing appears once, and the company is added when the signature does not name
it; a signature naming nobody ends with a blank to sign in the template's language ("[Ihr Name]",
SIGNATURE_PLACEHOLDERS); ``acknowledge(labels)`` quotes the buyer's details (``ack``) in ACK_ORDER with
the template's labels ("quantity {}", "delivery time: {}"); ``without_values(ack, labels)`` keeps the
points raised that those labels did not quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2  # imported where a template is compiled or rendered: triage without drafts never needs it

from .errors import ConfigError
from .model import Hit, Inquiry
from .parsing.headers import without_undecoded_words
from .programs import Programs

# This module's ~70 patterns (many languages' phrases) rebuilt from the per-user cache, not compiled
# in every process (~80 ms of each start: programs.py); _PROGRAMS.save() at the end of the module.
_PROGRAMS = Programs("drafts")
_rx = _PROGRAMS.compile

# Greeting with a name ({name}) and without, for every language the detector may return. The
# greeting is always the buyer's own, even when the body falls back to English. The buyer's gender is
# not known: a name is greeted with a neutral business greeting ("Guten Tag Klaus Müller,",
# "Здравствуйте, Иван Петров!", "Buenos días, Carlos López:"), never a slash form a person would not
# write ("Sehr geehrte(r)", "Estimado/a", "Уважаемый(ая)"). Kept: Indonesian "Bapak/Ibu" and Dutch
# "heer/mevrouw", the standard written forms of those languages.
GREETINGS: dict[str, tuple[str, str]] = {
    "en": ("Dear {name},", "Dear Sir or Madam,"),
    "es": ("Buenos días, {name}:", "Estimado cliente:"),
    "pt": ("Bom dia, {name},", "Prezado cliente,"),
    "ru": ("Здравствуйте, {name}!", "Здравствуйте!"),
    "fr": ("Bonjour {name},", "Madame, Monsieur,"),
    "de": ("Guten Tag {name},", "Sehr geehrte Damen und Herren,"),
    "it": ("Gentile {name},", "Gentile cliente,"),
    "ar": ("مرحباً {name}،", "السادة الأفاضل،"),
    "tr": ("Sayın {name},", "Sayın Yetkili,"),
    "ja": ("{name}様", "ご担当者様"),
    "ko": ("{name}님께,", "담당자님께,"),
    "pl": ("Dzień dobry, {name},", "Szanowni Państwo,"),
    "nl": ("Geachte {name},", "Geachte heer/mevrouw,"),
    "vi": ("Kính gửi {name},", "Kính gửi Quý khách,"),
    "th": ("เรียน คุณ{name}", "เรียน ลูกค้าที่เคารพ"),
    "id": ("Yth. Bapak/Ibu {name},", "Yth. Bapak/Ibu,"),
    "uk": ("Доброго дня, {name}!", "Доброго дня!"),
    "fa": ("{name} گرامی،", "با سلام و احترام،"),
    "he": ("שלום {name},", "שלום רב,"),
    "hi": ("आदरणीय {name},", "नमस्ते,"),
    "cs": ("Dobrý den, {name},", "Dobrý den,"),
    "ro": ("Bună ziua, {name},", "Stimate client,"),
    "el": ("Χαίρετε, {name},", "Αξιότιμοι κύριοι,"),
    "zh": ("尊敬的{name}：", "您好！"),
    "sw": ("Habari {name},", "Habari,"),
    "tl": ("Magandang araw po, {name}!", "Magandang araw po!"),
    "bn": ("প্রিয় {name},", "প্রিয় গ্রাহক,"),
    "sv": ("Hej {name},", "Hej,"),
    "hu": ("Tisztelt {name}!", "Tisztelt Partnerünk!"),
}

FALLBACK_LANGUAGE = "en"

# A buyer who writes a language in Latin letters instead of its own script (romanised Hindi, "bhai
# price kitna hai for 500 pcs?") gets what a language without a template gets: the English text,
# greeted the way he greets ("Namaste"), never a letter in a script he did not use. The language
# stays his ("hi"); a buyer who writes the script gets the language's own template.
# Language -> (a letter of its own script, (greeting with a name, without)).
ROMANISED_GREETINGS: dict[str, tuple[re.Pattern[str], tuple[str, str]]] = {
    "hi": (_rx(r"[\u0900-\u097F\uA8E0-\uA8FF]"), ("Namaste {name} ji,", "Namaste,")),
}
_LATIN_LETTER = _rx(r"[A-Za-z\u00C0-\u024F]")

# Hit rule -> point key (the order of this table is the order of `points`).
POINT_RULES: dict[str, str] = {
    "RFQ_PRODUCT": "product",
    "QUANTITY": "quantity",
    "RFQ_QUANTITY": "quantity",
    "MODEL_SPEC": "model",
    "TARGET_PRICE": "target_price",
    "INCOTERMS": "incoterms",
    "DESTINATION": "destination",
    "PAYMENT_TERMS": "payment_terms",
    "DELIVERY_TIME": "delivery_time",
}
POINT_KEYS: tuple[str, ...] = tuple(dict.fromkeys(POINT_RULES.values()))
SAMPLES_RULE = "__ASKS_SAMPLES"


# ---------------------------------------------------------------------------------------------
# Names and subjects


# Words that make a display name a mailbox, a role or a company rather than a person.
_GENERIC_NAME_WORDS = frozenset("""
sales sale info information admin administrator service services support purchase purchases
purchasing purchaser procurement buyer buyers buying customer customers client clients contact
contacts office noreply no-reply donotreply do-not-reply team department dept manager management import
imports export exports trading trade enquiry enquiries inquiry inquiries marketing hr mail email
e-mail webmaster postmaster reception order orders account accounts billing hello hi the our your
company user unknown general desk center centre mailbox
ventas compras vendas comercial atención atencion cliente clientes
отдел продаж закупок снабжения einkauf vertrieb verkauf achats ventes acquisti vendite ufficio
satış satın alma
営業部 購買部 お客様窓口 영업부 구매팀 销售部 采购部 销售 采购
""".split())
# A name that contains one of these is a company, not a person.
_COMPANY_WORDS = frozenset("""
ltd ltda llc inc corp corporation co gmbh ag sa sl srl spa sas sarl bv nv oy ab as plc pty pte
limited company group holding holdings industries industry enterprise enterprises factory
ооо оао зао пао ип
""".split())
_COMPANY_SCRIPT = _rx(r"有限公司|株式会社|有限会社|㈱|주식회사|\(주\)|集团|工厂")
LEXICON_FILE = Path(__file__).resolve().parent / "data" / "language_words.toml"


@lru_cache(maxsize=1)
def name_titles() -> frozenset[str]:
    """The titles a display name may open with, data/language_words.toml [titles] (the forms of address
    queue/names passes over read them too): one table, not a list here beside it."""
    import tomllib

    with LEXICON_FILE.open("rb") as fh:
        table = tomllib.load(fh)["titles"]
    return frozenset(word.lower() for words in table.values() for word in words)


@lru_cache(maxsize=1)
def _title_before_name() -> re.Pattern[str]:
    """A title opening a name and the spaces after it ("Mr. ", "Sig.ra ", "M. "): a final "." optional,
    required where the table's entry ends with one ("m.": "M Dupont" keeps its M)."""
    loose = sorted((re.escape(t) for t in name_titles() if not t.endswith(".")), key=lambda t: (-len(t), t))
    strict = sorted((re.escape(t) for t in name_titles() if t.endswith(".")), key=lambda t: (-len(t), t))
    return re.compile(rf"(?i)^(?:(?:{'|'.join(loose)})\.?" + "".join(f"|{t}" for t in strict) + r")\s+(?=\S)")
_EMAIL = _rx(r"(?<![^\s@])[^\s@]+@\S+")  # starts only at a token's start: linear on long runs


def buyer_name(inquiry: Inquiry) -> str:
    """A name to greet: the sender's display name, cleaned; "" when there is no person's name.

    Never the mailbox's user part: addresses, names with digits ("tom36"), a one-word name equal
    to the user part ("a.keller"), roles ("Sales", "Purchase Department") and companies give "".
    Nor an email's From without an address: what it holds ("From: broken") is a display name at best.
    """
    if inquiry.from_without_address:
        return ""
    raw = inquiry.from_name or ""
    raw = _EMAIL.sub(" ", re.sub(r"<[^>]*>|\([^)]*\)|\[[^\]]*\]", " ", raw))
    raw = re.split(r"\s+(?:via|on behalf of|через)\s+", raw, maxsplit=1, flags=re.I)[0]
    name = " ".join(raw.replace('"', " ").replace("“", " ").replace("”", " ").split()).strip(" '`,;:-|/")
    if not name or any(ch.isdigit() for ch in name) or "@" in name:
        return ""
    # "Keller, Anna" -> "Anna Keller" (directory order).
    parts = [p.strip() for p in name.split(",")]
    if len(parts) > 1:
        given = parts[1].lower().split()
        if (len(parts) == 2 and len(parts[0].split()) == 1 and 1 <= len(given) <= 2
                and not any(w.strip(".") in _GENERIC_NAME_WORDS for w in given)):
            name = f"{parts[1]} {parts[0]}"
        else:
            name = parts[0]  # "Anna Keller, Purchasing Manager"
    name = _title_before_name().sub("", name).strip()
    words = [w for w in re.findall(r"[\w'’.-]+", name.lower()) if w.strip(".-'’")]
    bare = [w.strip(".-'’") for w in words]
    if not bare:
        return ""
    # The mailbox's user part copied into the display name ("a.keller", "ivan_petrov"); a name
    # written as a name ("Priya Nair" <priya.nair@...>, "Carlos" <carlos@...>) is kept.
    local = inquiry.from_local.lower()
    written_as_name = bool(re.fullmatch(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*", name)) and name[0].isupper()
    if local and not written_as_name and (name.lower() == local or re.sub(r"[\s._\-+]", "", name.lower())
                                          == re.sub(r"[._\-+]", "", local)):
        return ""
    if " " not in name and "_" in name:
        return ""
    if all(w in _GENERIC_NAME_WORDS for w in bare):
        return ""
    if bare[-1] in _GENERIC_NAME_WORDS:
        return ""  # "ACME Sales", "Import Team"
    if any(w in _COMPANY_WORDS for w in bare) or _COMPANY_SCRIPT.search(name):
        return ""
    if sum(ch.isalpha() for ch in name) < 2:
        return ""
    if len(name) > 3 and name.isupper():
        name = name.title()  # "ANNA KELLER" -> "Anna Keller"
    return name[:60].strip()


# Reply and forward prefixes of the mail programs buyers use: Re/Fwd, AW/WG (German), RV/RE (Spanish),
# RES/ENC (Portuguese), TR (French), R/I (Italian), SV/VS (Nordic), Odp (Polish), YNT/İLT (Turkish),
# Antw/Doorst (Dutch), Ответ/Отв/Пересл (Russian), 回复/转发 (Chinese), 返信/転送 (Japanese),
# 회신/전달/답장 (Korean); a counter "Re[2]:" too.
_SUBJECT_PREFIX = _rx(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|rv|res|enc|tr|r|i|sv|vs|vl|odp|ynt|i̇lt|ilt|antw|antwort|doorst|ответ|отв|пересл|"
    r"回复|答复|转发|回覆|轉寄|轉發|返信|転送|회신|전달|답장)\s*(?:\[\d+\]\s*)?[:：]\s*)+",
    re.I,
)
# The reply prefixes among _SUBJECT_PREFIX's (the rest forward a mail): a subject that starts with one
# is the buyer writing again in a thread (a chase-up, an answer to our reply), not a first inquiry.
_REPLY_WORDS = frozenset("re aw sv vs r res odp ynt antw antwort ответ отв 回复 答复 回覆 返信 회신 답장".split())


def writes_again(subject: str) -> bool:
    """The subject says the buyer answers in a thread ("Re:", "AW:", "回复:"...; "Fwd: Re:" too)."""
    chain = _SUBJECT_PREFIX.match((subject or "")[:_SUBJECT_CHARS])
    return bool(chain) and any(word in _REPLY_WORDS for word in re.findall(r"[^\W\d_]+", chain.group(0).lower()))


# The words a subject starts with when it names the request itself, in every draft language: the
# drafts say "your inquiry regarding ..." themselves ("consulta sobre", "Anfrage zu", "запрос"), so
# a subject "Consulta sobre válvulas" is quoted as "válvulas", never "consulta sobre «Consulta sobre
# válvulas»". Each entry: the request nouns (with what may qualify them) and the words that link
# them to the goods; a noun alone ("Anfrage Kugelhähne") is dropped as well.
_SUBJECT_LEADS: dict[str, tuple[str, str]] = {
    "en": (r"(?:(?:urgent|new|price|product|purchase|sales)\s+)?(?:inquiry|inquiries|enquiry|enquiries|rfq|rfi|"
           r"request(?:\s+for\s+(?:a\s+)?(?:quotation|quote|prices?|information|offer))?|(?:quotation|quote|price)"
           r"\s+request|quotation|quote|requirements?|(?:need|want|require)(?:\s+(?:a|your))?\s+(?:quotation|quote|"
           r"prices?|offer))",
           r"for|about|of|on|regarding|re|concerning"),
    "es": (r"(?:consultas?|solicitud|pedido|petición)(?:\s+(?:de|del)\s+(?:cotización|cotizacion|precios?|"
           r"presupuesto|información|informacion|oferta))?|cotización|cotizacion|presupuesto",
           r"sobre|acerca\s+de|respecto\s+a|referente\s+a|para|por|del|de\s+la|de\s+los|de\s+las|de"),
    "pt": (r"(?:consultas?|solicitação|solicitacao|pedido)(?:\s+de\s+(?:cotação|cotacao|preços?|precos?|orçamento|"
           r"orcamento|informações|informacoes))?|cotação|cotacao|orçamento|orcamento",
           r"sobre|referente\s+a|para|do|da|dos|das|de"),
    "de": (r"(?:preis|angebots|offert|produkt|kauf)?anfragen?|angebot",
           r"zum|zur|zu|für|nach|über|bezüglich|betreffend|betr\.|von"),
    "fr": (r"demandes?(?:\s+(?:de\s+prix|de\s+devis|de\s+cotation|d['’]offre|d['’]informations?|"
           r"de\s+renseignements))?|devis|consultation",
           r"pour|concernant|au\s+sujet\s+de|relative\s+à|sur|du|des|de\s+la|d['’]|de"),
    "it": (r"richiest[ae](?:\s+(?:di\s+|d['’])?(?:offerta|preventivo|prezzo|quotazione|informazioni))?|preventivo|"
           r"offerta",
           r"per|relativa\s+a|riguardo\s+a|su|del|della|dei|delle|di"),
    "ru": (r"запрос(?:ы)?(?:\s+(?:цены|цен|стоимости|коммерческого\s+предложения|кп|предложения|информации))?",
           r"на|по\s+поводу|по|относительно|об|о|для"),
    "uk": (r"запит(?:и)?(?:\s+(?:ціни|цін|вартості|комерційної\s+пропозиції|пропозиції))?", r"на|щодо|про|для"),
    "nl": (r"(?:offerte|prijs)?aanvraag|offerte", r"voor|betreffende|over|van"),
    "pl": (r"zapytanie(?:\s+ofertowe)?", r"w\s+sprawie|dotyczące|o|na"),
    "ro": (r"cerere(?:\s+(?:de\s+)?(?:ofertă|oferta|preț|pret))?|ofertă|oferta", r"pentru|privind"),
    "tr": (r"(?:fiyat\s+)?teklif(?:i|\s+talebi)?|talebi|talep", r"için|hakkında"),
    "th": (r"ขอใบเสนอราคา|สอบถามราคา|ขอราคา", r"สำหรับ|เรื่อง"),
    "cs": (r"poptávka|(?:cenová\s+)?nabídka", r"na|po"),
    "el": (r"(?:αίτημα|αίτηση|ζήτηση)\s+(?:προσφοράς|τιμής)|προσφορά", r"για|σχετικά\s+με"),
    "ar": (r"(?:طلب\s+)?(?:عرض\s+(?:سعر|أسعار)|تسعيرة?)|استفسار|طلب\s+سعر", r"عن|بخصوص|حول|على"),
    "fa": (r"درخواست\s+(?:قیمت|استعلام)|استعلام(?:\s+قیمت)?", r"برای|در\s+مورد|درباره"),
    "he": (r"בקשה\s+להצעת\s+מחיר|הצעת\s+מחיר", r"עבור|בנושא"),
    "id": (r"permintaan(?:\s+(?:penawaran|harga))?", r"untuk|tentang|mengenai"),
    "vi": (r"yêu\s+cầu\s+báo\s+giá|báo\s+giá", r"cho|về"),
    "sv": (r"(?:offert|pris)?förfrågan|(?:offert|pris)?förfrågningar|offertbegäran|begäran\s+om\s+offert|offert",
           r"om|angående|gällande|avseende|för|på"),
    "hu": (r"(?:ár)?ajánlat\s*kérés|(?:ár)?ajánlatkérés|árajánlat|érdeklődés|megkeresés", r"kapcsán|ügyében|tárgyában"),
}
# Chinese, Japanese and Korean name the request after the goods ("LED灯的询价", "LEDパネルのお見積り依頼",
# "LED 패널 견적 문의"), and the drafts do as well ("就“...”发来询价", "「...」の件でお問い合わせ").
_CJK_LEADS = r"询价单?|询盘|求购|报价请求|お問い合わせ|お問合せ|問い合わせ|お?見積(?:もり|り)?依頼|견적\s*(?:문의|요청)|구매\s*문의|문의"
_LEAD_WORDS = "|".join(f"(?:{nouns})" for nouns, _ in _SUBJECT_LEADS.values())
_LINK_WORDS = "|".join(f"(?:{links})" for _, links in _SUBJECT_LEADS.values())
# "Consulta sobre X", "Anfrage: X", "URGENTE - Richiesta X", "RFQ - X", "Inquiry X" -> X. The noun
# ends at a blank, a colon or a dash and a blank ("RFQ-2026-118" is a reference number); the linking
# word at a word's end (or at an apostrophe: "demande d'échantillons").
_SUBJECT_LEAD_IN = _rx(
    rf"^(?:(?:{_LEAD_WORDS})(?=[\s:：|]|[-–—]+\s|$)|(?:{_CJK_LEADS})(?!\w))(?:\s*[-–—:|#]+)?(?:\s*(?:{_LINK_WORDS})(?:(?!\w)|(?<=['’])))?\s*",
    re.I)
# "Kugelhähne Anfrage", "LED panels - inquiry", "LED灯的询价" -> the goods ("Kugelhahnanfrage" stays whole).
# One optional blank on each side (the subject's blanks are squeezed first): a run of them would be
# tried again from every position, quadratic on a long one.
_SUBJECT_LEAD_AFTER = _rx(rf"(?:[ ]?[-–—:|]?[ ]?(?<!\w)(?:{_LEAD_WORDS})|"
                                 rf"[ ]?[-–—:|]?[ ]?(?:(?:的|の|에[ ]?대한|관련)[ ]?)?(?:{_CJK_LEADS}))\Z", re.I)
_SUBJECT_URGENT = _rx(r"^(?:urgent|urgente|dringend|eilig|срочно)(?!\w)[ !:|–—-]*", re.I)  # "URGENTE - X"
_SUBJECT_ABOUT = _rx(r"^(?:关于|關於)\s*|[ ]?(?:について|に関して)\Z")  # "关于LED灯", "サンプルについて"
_SUBJECT_BRACKETED = _rx(r"[（(【\[]([^（）()【】\[\]]+)[）)】\]]")
_SUBJECT_CHARS = 300  # a longer subject is not a subject: what is cleaned (the draft quotes 80 at most)
_GENERIC_SUBJECT_WORDS = frozenset("""
inquiry inquiries enquiry enquiries rfq rfqs rfi request requests for quotation quotations quote quotes
price prices pricing offer offers order orders purchase new urgent product products information
info contact form website web site message messages hello hi dear sir madam question questions
business cooperation partnership catalog catalogue catalogues about of on and the a an from your
our please reply regarding re fw fwd sample samples
consulta consultas cotización cotizacion solicitud pedido presupuesto información informacion urgente
pedido cotação cotacao orçamento orcamento informação informacao
запрос запроса цены цена предложение заказ информация срочно срочный
anfrage angebot preisanfrage bestellung information dringend eilig
demande devis prix commande renseignements
richiesta offerta preventivo ordine informazioni
talep teklif fiyat sipariş bilgi
문의 견적 お問い合わせ 問い合わせ 見積 見積もり 見積依頼 استفسار طلب عرض سعر 询价 询盘 报价 求购 采购
need quick moq this item requirement requirements hola precio precios preço preco preços muestra muestras
échantillon échantillons preis preise muster prezzo campione campioni prijs vraag vraagje cena próbki
katalog dotaz τιμή τιμές προσφορά harga halo tanya कीमत नमूना 가격 샘플 価格 サンプル قیمت הצעת מחיר
förfrågan offertförfrågan prisförfrågan offert offertbegäran ajánlatkérés árajánlatkérés árajánlat érdeklődés megkeresés
formu mostre formulario formulário formulaire kontaktformular kontakt contacto contato contatto submission de del добрый день здравствуйте привет вопрос ціна питання merhaba numune xin chào hỏi giá ขั้นต่ำ สอบถามราคา
""".split())


def clean_subject(subject: str) -> str:
    """The subject without reply/forward prefixes, generic labels and the request's own name
    ("Consulta sobre ...", "Anfrage zu ...", "... inquiry"), and without encoded-words left undecoded;
    "" when nothing is left."""
    text = " ".join(without_undecoded_words((subject or "")[:_SUBJECT_CHARS]).split())
    text = _SUBJECT_PREFIX.sub("", text)
    label, sep, rest = text.partition(":")
    if not sep:
        label, sep, rest = text.partition("：")
    if sep and rest.strip() and all(w in _GENERIC_SUBJECT_WORDS for w in re.findall(r"\w+", label.lower())):
        text = _SUBJECT_PREFIX.sub("", rest.strip())
    text = _SUBJECT_URGENT.sub("", text)
    for _ in range(2):  # "RFQ - Inquiry for X"
        text = _SUBJECT_LEAD_IN.sub("", text, count=1).strip(" -–—:|")
    text = _SUBJECT_ABOUT.sub("", _SUBJECT_LEAD_AFTER.sub("", text).strip(" -–—:|"))
    bracketed = _SUBJECT_BRACKETED.fullmatch(text)  # "見積依頼（ラチェットレンチ）" -> "ラチェットレンチ"
    text = bracketed.group(1).strip() if bracketed else text
    words = re.findall(r"\w+", text.lower())
    if not words or all(w in _GENERIC_SUBJECT_WORDS for w in words):
        return ""
    return _shorten(text, 80)


# A web form names the product in a field of its own: a record's column ("product_name", "Product",
# "Produkt": the record keeps columns it does not know in `extra`) or a line of the form's notification
# mail ("Product: Bamboo cutting board", "产品：保温杯"), and its "Subject:" line when the mail's own
# subject is the form's ("Website contact form"). A buyer who only writes "the price of your bamboo
# cutting boards" names it in a sentence: the words after such a request, up to the end of the clause.
_PRODUCT_KEYS = frozenset("""product productname products item itemname goods product_of_interest productofinterest
producto produto produit produkt prodotto товар продукт ürün urun 产品 產品 商品 製品 제품 상품 sảnphẩm produk""".split())
_PRODUCT_LABELS = (r"product(?:[ \t]+name)?|products?[ \t]+of[ \t]+interest|interested[ \t]+(?:in|product)|item(?:[ \t]+name)?|"
                   r"producto|produto|produit|produkt|prodotto|товар|продукт|продукция|ürün(?:[ \t]+adı)?|المنتج|منتج|"
                   r"产品(?:名称)?|產品(?:名稱)?|商品(?:名)?|製品(?:名)?|제품(?:명)?|상품(?:명)?|sản[ \t]+phẩm|produk|produs|výrobek")
_FORM_PRODUCT = _rx(rf"(?im)^[ \t]*(?:{_PRODUCT_LABELS})[ \t]*[:：][ \t]*([^\n]{{2,120}}?)[ \t]*$")
_FORM_SUBJECT = _rx(r"(?im)^[ \t]*(?:subject|betreff|asunto|assunto|objet|oggetto|onderwerp|тема|konu|主题|主題|件名|제목|"
                           r"temat|předmět)[ \t]*[:：][ \t]*([^\n]{2,200}?)[ \t]*$")
_NO_PRODUCT = frozenset({"n/a", "na", "none", "-", "--", "other", "others", "select", "please select", "choose", "tbd",
                        "[product]", "[product name]"})
_PRODUCT_IN_SENTENCE = _rx(
    r"(?i)(?<![^\W\d_])(?:price|prices|pricing|quotation|quote|offer)[ \t]+(?:of|for|on)[ \t]+(?:your|the|these|this|those)[ \t]+"
    r"|(?<![^\W\d_])interested[ \t]+in[ \t]+(?:your|the)[ \t]+"
    r"|(?<![^\W\d_])(?:precio|precios|cotización|cotizacion)[ \t]+(?:de|para)[ \t]+(?:sus|su|los|las|el|la)[ \t]+"
    r"|(?<![^\W\d_])(?:preço|preços|cotação)[ \t]+(?:de|para|d[oa]s?)[ \t]+(?:seus|suas|seu|sua|os|as)?[ \t]*"
    r"|(?<![^\W\d_])(?:prix|tarif)[ \t]+(?:de[ \t]+vos|des|du|de[ \t]+la)[ \t]+"
    r"|(?<![^\W\d_])(?:preis|preise|angebot)[ \t]+(?:für|fuer)[ \t]+(?:ihre|ihren|ihr|die|den|das)[ \t]+")
_SENTENCE_PRODUCT = _rx(r"([^\W\d_][\w'’-]*(?:[ \t]+(?!(?:please|pls|and|with|in|at|to|from|for|if|as|by|on|or|y|con|en|et|avec|"
                               r"und|mit|e|com|por|favor|bitte|svp|s'il)\b)[\w'’-]+){0,4})", re.I)


def _form_field(inquiry: Inquiry) -> str:
    """The product a web form's own field names ("" when none)."""
    for key, value in inquiry.extra.items():
        if re.sub(r"[\s_-]+", "", key.lower()) in _PRODUCT_KEYS and _product_value(value):
            return _product_value(value)
    found = _FORM_PRODUCT.search((inquiry.own_text or inquiry.body or "")[:_SCAN_CHARS])
    return _product_value(found.group(1)) if found else ""


def _product_value(text: str) -> str:
    value = " ".join(str(text).split()).strip(" ,;:.-")
    if not value or value.lower() in _NO_PRODUCT or not re.search(r"[^\W_]", value):
        return ""
    return value


def _product_in_sentence(text: str) -> str:
    """The goods named right after a request for their price ("the price of your bamboo cutting boards"): at
    most five words, to the end of the clause; "" when none."""
    found = _PRODUCT_IN_SENTENCE.search(text)
    if not found:
        return ""
    words = _SENTENCE_PRODUCT.match(text, found.end())
    if not words:
        return ""
    value = words.group(1).strip()
    return "" if value.lower() in _GENERIC_SUBJECT_WORDS else value


_WRITES_HAN = ("zh", "ja", "ko")  # draft languages whose readers read Chinese characters (kanji, hanja)
_HAN_CHARACTER = _rx(r"[\u3400-\u9fff\uf900-\ufaff]")


def product_in_draft(inquiry: Inquiry, language: str) -> str:
    """`buyer_product`, but "" for a record's product cell in Chinese characters ("LED面板灯", a Chinese
    export's translation, not the buyer's words) when the draft is in a language that does not write them."""
    product = buyer_product(inquiry)
    if (base_language(language) not in _WRITES_HAN and product == inquiry.product.strip()
            and _HAN_CHARACTER.search(product)):
        return ""
    return product


# Chinese characters with the CJK punctuation and full-width forms written among them (（）、，：).
_HAN_RUN = _rx(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]+")
_LATIN_WORD = _rx(r"[A-Za-z\u00c0-\u024f]{2,}")


def subject_in_draft(inquiry: Inquiry, language: str) -> str:
    """The subject a reply quotes; an RFQ's title without its Chinese characters (the platform's translation,
    as product_in_draft) when the draft is in a language that does not write them: "Toys儿童玩具 plush bear"
    -> "Toys plush bear", the buyer's own words. "" when no word is left ("LED面板灯 500个" -> "" : "LED" alone
    is no title, nor are numbers)."""
    subject = clean_subject(inquiry.subject) or form_subject(inquiry)
    if inquiry.channel == "rfq" and base_language(language) not in _WRITES_HAN and _HAN_CHARACTER.search(subject):
        kept = " ".join(_HAN_RUN.sub(" ", subject).split()).strip(" -,;:/|")
        return kept if len(_LATIN_WORD.findall(kept)) >= 2 or (
            len(_LATIN_WORD.findall(kept)) == 1 and not kept.replace(" ", "").isupper()) else ""
    return subject


def buyer_product(inquiry: Inquiry) -> str:
    """The product the buyer named: the record's product field, a web form's product field or line, else
    the goods a request for their price names when the subject names nothing ("" when none)."""
    if inquiry.product.strip():
        return inquiry.product.strip()
    field = _form_field(inquiry)
    if field:
        return field
    if clean_subject(inquiry.subject) or form_subject(inquiry):
        return ""
    return _product_in_sentence((inquiry.own_text or inquiry.body or "")[:_SCAN_CHARS])


def form_subject(inquiry: Inquiry) -> str:
    """A web form's own "Subject:" line, cleaned, when the mail's subject names nothing ("" otherwise)."""
    if clean_subject(inquiry.subject):
        return ""
    found = _FORM_SUBJECT.search((inquiry.own_text or inquiry.body or "")[:_SCAN_CHARS])
    return clean_subject(found.group(1)) if found else ""


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:-") + "…"


# ---------------------------------------------------------------------------------------------
# What the buyer already gave (acknowledged in the draft, never asked again)

_SCAN_CHARS = 8_000  # the buyer's own words read for details (they come first in real mail); bounds the cost
_VALUE_CHARS = 60  # longest value quoted back

# A sentence that buys: a quantity written as "300 sillas" counts only next to one of these cues
# (a bare "300 employees" or "20 years" is not an order). Lower-case stems, every supported language.
_BUY_CUE = _rx(
    r"(?i)need|require|order|buy|purchase|quot|looking for|interested|want|"
    r"necesit|queremos|compr|pedid|cotiz|besoin|command|achet|souhait|brauch|benötig|bestell|kauf|"
    r"нуж|куп|заказ|требу|потрібн|замов|precis|quer|نحتاج|نريد|نرغب|طلب|أريد|ihtiyac|istiyor|sipariş|"
    r"需要|采购|订购|购买|求购|要|必要|注文|購入|필요|주문|구매|potrzeb|zamów|kupi|nodig|bestel|willen|"
    r"cần|mua|đặt|ต้องการ|สั่ง|butuh|perlu|pesan|membeli|potřeb|objedn|koupit|avem nevoie|comand|cumpăr|"
    r"χρειαζ|παραγγ|αγορ|צריכ|הזמנ|לרכוש|نیاز|خرید|سفارش|चाहिए|आवश्यकता|खरीद|ऑर्डर|ordinare|acquist|serve"
)
# "1.200 Stühle" is one sentence. Means (?<!\d)[.!?](?!\d)|[。！？\n;؛], written to start with one
# character set, which re can scan for (2x faster).
_SENTENCE_END = _rx(r"[.!?。！？\n;؛](?:(?<=[.!?])(?<!\d[.!?])(?!\d)|(?<=[。！？\n;؛]))")
# "300 sillas", "1.200 Stühle", "5 000 стульев": a number, then one word (the thing counted).
_COUNT_NOUN = _rx(r"(?<![\w.,/%$€£¥-])(\d{1,3}(?:[.,\u00a0 ]\d{3}){1,3}|\d{1,7})(?![\d.,%])[ \u00a0]?([^\W\d_]{2,24})")
# Units of measurement: "150 Вт", "220V", "2 mm", "1.5 kW" say what the goods are like, never how many
# (no quantity) nor which model (MODEL_SPEC finds them as a specification; the draft lists no point).
_MEASURE_UNITS = frozenset("""
mm cm m km kg g t l ml inch inches v vac vdc w kw kwh kva hp hz khz mhz a ma mah rpm bar psi gsm lm lux ohm
watt watts volt volts amp amps
вт квт квтч ква мм см м км кг г т л мл в а ма мач гц лм ватт вольт
""".split())
_MEASUREMENT = _rx(r"(?i)(?<![\d.,])\d{1,9}(?:[.,]\d{1,9})?(?:[ \t]{0,3}[x×*][ \t]{0,3}\d{1,9}(?:[.,]\d{1,9})?){0,3}[ \t]{0,3}"
                          r"(?:" + "|".join(sorted(_MEASURE_UNITS, key=len, reverse=True)) + r")\.?")
_MONEY_WORDS = frozenset("usd eur gbp rmb cny dollars euros yuan руб рублей долларов евро".split())
_UNITS_THAT_ARE_GOODS = frozenset("bar hp gsm amp amps lm lux ohm".split())  # "300 bar stools", "300 HP laptops"
# Words after a number that are not the goods: time, money, percentages, sizes, years.
_NOT_GOODS = (_MEASURE_UNITS - _UNITS_THAT_ARE_GOODS) | _MONEY_WORDS | frozenset("""
day days week weeks month months year years hour hours minute minutes time times percent usd eur
gbp rmb cny dollars euros mm cm m km kg g inch inches v kw w hz years old employees staff people
días dias semanas meses años anos horas jours semaines mois ans heures tage wochen monate jahre stunden
дней дня день недель недели месяцев месяца лет года час часов days giorni settimane mesi anni ore
gün hafta ay yıl saat dni tygodni miesięcy lat dagen weken maanden jaar uur ngày tuần tháng năm
hari minggu bulan tahun dnů týdnů měsíců let zile săptămâni luni ani ημέρες εβδομάδες μήνες χρόνια
يوم أيام أسبوع أسابيع شهر أشهر سنة سنوات ימים שבועות חודשים שנים روز هفته ماه سال दिन सप्ताह महीने साल
st nd rd th de of to and the for or x million millions millones milhões mio mln млн тыс миллиона миллионов in oz lb lbs ft inches pulgadas polegadas pouces pollici zoll дюймов дюйма بوصة
""".split())
# Where the goods go, as the buyer wrote it: (cue, preposition, place). One pattern per language
# group so the preposition can be reused in that language's sentence.
# An abbreviation inside a place does not end it: "TP. Hồ Chí Minh", "TP.HCM", "St. Petersburg", "Mt. Vernon".
# A capital after "St." may start the next sentence ("Main St. Please quote"): those words end the place.
def _latin_capitals() -> str:
    """A character class body of every capital of the Latin script (Basic Latin to Latin Extended-B,
    Latin Extended Additional): a place name starts with one, whatever its diacritics ("Đà Nẵng",
    "İzmir", "Łódź", "Ōsaka"); "A-ZÀ-ÖØ-Þ" stopped at Latin-1 and lost "FOB Đà Nẵng"'s port."""
    letters = [code for code in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if chr(code).isupper()]
    runs: list[list[int]] = []
    for code in letters:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


_CAPITAL = f"[{_latin_capitals()}]"
_PLACE_ABBREVIATION = (r"(?:(?:TP|Tp|St|Ste|Mt|Ft|Pt)\.[ ]?(?=" + _CAPITAL + ")"
                       r"(?!(?:Please|Pls|Thanks|Thank|Regards|Best|Kind|Dear|We|I|Our|The|Price|Payment|Delivery)\b))")
# A place ends where the next clause starts: a capitalised word of a request, a closing or a term after it
# is no part of its name ("delivery to Hamburg Please send price", a title-case subject "Delivery To Hamburg
# And Please Send Price"), as DESTINATION's own place stops there.
_NOT_PLACE_WORD = (r"(?!(?:Please|Pls|Plz|Price|Prices|Pricing|Term|Terms|Basis|Quote|Quotation|Offer|Thanks|Thank|"
                   r"Regards|Best|Kind|ASAP|MOQ|Qty|QTY|Target|Lead|Samples?|Model|Item|Need|Total|Also|Dear|Hello|Hi|"
                   r"And|Or|With|For|By|Via|We|I|Our|Your|The|Payment|Quantity|Delivery|Shipping|Shipment|Sea|Air|"
                   r"FOB|CIF|CFR|EXW|DDP|DAP|DPU|FCA|CPT|CIP|DDU|FAS|Send|Kindly|Can|Could|Would|Will|Is|Are)\b)")
_PLACE_LATIN = (r"(" + _PLACE_ABBREVIATION + r"?" + _CAPITAL + r"[\w'’-]{1,30}(?:[ -](?:de |do |da |del |am |an |sur )?"
                + _NOT_PLACE_WORD + _PLACE_ABBREVIATION + r"?" + _CAPITAL + r"[\w'’-]{1,30}){0,3})")
_PLACE_CYR = r"([А-ЯЁІЇЄ][\w'’-]{1,30}(?:[ -][А-ЯЁІЇЄ][\w'’-]{1,30}){0,2})"
_PLACE_ARABIC = r"([\u0621-\u064a]{2,20}(?: [\u0621-\u064a]{2,20})?)"
# A port named after its word ("port of Jebel Ali", "puerto de Callao", "Hafen Hamburg", "порт Находка") is
# where the goods go, unless a term or word before it says they leave from there (FOB, EXW, from, loading).
_NOT_ORIGIN = (r"(?<![A-Za-z])(?<!FOB )(?<!EXW )(?<!FCA )(?<!FAS )(?<!from )(?<!From )(?<!desde )(?<!depuis )"
               r"(?<!da )(?<!ab )(?<!из )(?<!loading )")
# "delivery Nhava Sheva": the place right after "delivery" with no preposition, when the capitalised word
# is no part of a heading or a time ("delivery Time", "delivery March 15", "Delivery Notification").
_AFTER_BARE_DELIVERY = (r"(?=(?!(?:Time|Times|Date|Dates|Schedule|Period|Lead|Address|Cost|Costs|Charges?|Fees?|Method|"
                        r"Mode|Options?|Status|Notes?|Details?|Days?|Weeks?|Months?|Within|In|On|At|By|From|Is|Are|Will|"
                        r"Should|Must|Required|Requirements?|Needed|Notification|Notifications|Failure|Failed|Attempt|"
                        r"Confirmation|Receipt|Report|Problem|Issue|Update|Information|Info|Service|Services|Team|"
                        r"Department|Center|Centre|Agent|Partner|Company|Label|Order|Package|Parcel|Shipment|Request|Form|"
                        r"Plan|Location|Place|Point|Policy|Immediately|Urgent|Soon|Next|This|That|Before|After|Via|Door|"
                        r"Free|Express|Courier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                        r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                        r"Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z])")
# "entrega Manzanillo" (Spanish, Portuguese: no preposition, as "delivery Nhava Sheva"): the capitalised word
# after it is a place unless it is a word of time, manner or heading ("Entrega Inmediata", "entrega Marzo").
_AFTER_BARE_ENTREGA = (r"(?=(?!(?:Inmediata|Inmediato|Imediata|Urgente|Rápida|Rapida|Express|Gratis|Gratuita|Parcial|Total|"
                       r"Estimada|Prevista|Aproximada|Dentro|En|Em|A|Al|De|Del|Do|Da|No|Na|Antes|Después|Despues|Depois|"
                       r"Para|Por|Desde|Hasta|Até|El|La|Los|Las|O|Os|As|Un|Una|Fecha|Data|Plazo|Prazo|Tiempo|Lugar|Local|"
                       r"Dirección|Direccion|Endereço|Puerto|Porto|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|"
                       r"Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Janeiro|Fevereiro|Março|Maio|Junho|Julho|"
                       r"Setembro|Outubro|Novembro|Dezembro|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|"
                       r"FOB|CIF|CFR|EXW|DDP|DAP)\b)" + _CAPITAL + r"[a-zà-ÿ])")
# "Teslimat İstanbul": likewise in Turkish, unless the word says what about delivery ("Teslimat Süresi").
_AFTER_BARE_TESLIMAT = (r"(?=(?!(?:Süresi|Tarihi|Adresi|Şekli|Yeri|Zamanı|Koşulları|Bilgileri|Ücreti|Bedeli|Masrafı|"
                        r"Durumu|Planı|Hemen|Acil|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|"
                        r"Aralık)\b)[A-ZÇĞİÖŞÜ][a-zçğıöşü])")
# Words that end like a town in the illative or sublative and start a sentence: "Mikorra szállítják?" (by when).
_NOT_HUNGARIAN_TOWN = r"(?!(?:Mire|Mikorra|Meddig|Erre|Arra|Ide|Oda|Hova|Hová|Kérésre|Rendelésre)(?![^\W\d_]))"
_DESTINATION_PHRASES: dict[str, re.Pattern[str]] = {
    "en": _rx(r"(?:(?i:ship(?:ped|ping|ment)?|deliver(?:y|ed)?|send|sent|destination|port of (?:destination|discharge))"
                     r"(?i:[ \t]{1,3}(to|at)[ \t]{1,3}(?:(?:the[ \t]{1,3})?port[ \t]{1,3}of[ \t]{1,3})?|[ \t]{0,3}[:：][ \t]{0,3})"
                     r"|" + _NOT_ORIGIN + r"(?i:port)[ \t]{1,3}of[ \t]{1,3}|(?<![A-Za-z])delivery[ \t]{1,3}" + _AFTER_BARE_DELIVERY
                     + r")" + _PLACE_LATIN),
    "fr": _rx(r"(?:(?i:livraison|livrer|livrée?s?|expédition|expédier|envoi|destination|port de destination)"
                     r"(?i:[ \t]{1,3}((?:à|au|aux|en|vers|jusqu'à)(?:[ \t]{1,3}(?:le[ \t]{1,3})?port[ \t]{1,3}de)?)[ \t]{1,3}"
                     r"|[ \t]{0,3}[:：][ \t]{0,3})|" + _NOT_ORIGIN + r"(?i:port)[ \t]{1,3}de[ \t]{1,3})" + _PLACE_LATIN),
    "es": _rx(r"(?:(?i:entrega|entregar|envío|envio|enviar|embarque|destino|puerto de destino)"
                     r"(?i:[ \t]{1,3}((?:a|al|en|hasta|hacia)(?:[ \t]{1,3}(?:el[ \t]{1,3})?puerto[ \t]{1,3}de)?)[ \t]{1,3}"
                     r"|[ \t]{0,3}[:：][ \t]{0,3})|" + _NOT_ORIGIN + r"(?i:puerto)[ \t]{1,3}de[ \t]{1,3}"
                     r"|(?<![^\W\d_])(?i:entrega|embarque)[ \t]{1,3}" + _AFTER_BARE_ENTREGA + r")" + _PLACE_LATIN),
    "pt": _rx(r"(?:(?i:entrega|entregar|envio|enviar|embarque|destino|porto de destino)"
                     r"(?i:[ \t]{1,3}((?:em|no|na|para|até)(?:[ \t]{1,3}(?:o[ \t]{1,3})?porto[ \t]{1,3}de)?)[ \t]{1,3}"
                     r"|[ \t]{0,3}[:：][ \t]{0,3})|" + _NOT_ORIGIN + r"(?i:porto)[ \t]{1,3}de[ \t]{1,3}"
                     r"|(?<![^\W\d_])(?i:entrega|embarque)[ \t]{1,3}" + _AFTER_BARE_ENTREGA + r")" + _PLACE_LATIN),
    "de": _rx(r"(?:(?i:lieferung|liefern|geliefert|versand|versenden|zielhafen|bestimmungshafen|lieferort)"
                     r"(?i:[ \t]{1,3}((?:nach|in|an)(?:[ \t]{1,3}(?:den[ \t]{1,3})?hafen)?)[ \t]{1,3}|[ \t]{1,3}(?:an|in)[ \t]{1,3}den[ \t]{1,3}hafen[ \t]{1,3}"
                     r"|[ \t]{0,3}[:：][ \t]{0,3})|" + _NOT_ORIGIN + r"(?<!\w)(?i:hafen)[ \t]{1,3})" + _PLACE_LATIN),
    "it": _rx(r"(?:(?i:consegna|consegnare|spedizione|spedire|destinazione|porto di destinazione)"
                     r"(?i:[ \t]{1,3}((?:a|ad|in|al|verso)(?:[ \t]{1,3}porto[ \t]{1,3}di)?)[ \t]{1,3}"
                     r"|[ \t]{0,3}[:：][ \t]{0,3})|" + _NOT_ORIGIN + r"(?i:porto)[ \t]{1,3}di[ \t]{1,3})" + _PLACE_LATIN),
    "nl": _rx(r"(?i:levering|leveren|verzending|verzenden|bestemming)"
                     r"(?i:[ \t]{1,3}(naar|in)[ \t]{1,3}|[ \t]{0,3}[:：][ \t]{0,3})" + _PLACE_LATIN),
    "sv": _rx(r"(?:(?i:leverans|leverera[ds]?|frakt|skicka[ds]?|destination|destinationshamn)"
                     r"(?i:[ \t]{1,3}(till)[ \t]{1,3}(?:hamnen[ \t]{1,3}i[ \t]{1,3})?|[ \t]{0,3}[:：][ \t]{0,3}))" + _PLACE_LATIN),
    # Hungarian names the port before its word, in the nominative: "Koper kikötőbe" (to the port of Koper).
    "hu": _rx(r"()([A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]{2,20})[ \t]+kikötő(?:be|ig|jébe|jéig)?(?![^\W\d_])"
                     # a town in the illative or sublative next to a word of delivery: "szállítás Debrecenbe",
                     # "Budapestre szállítva" (the draft quotes the stem, in the nominative: see _prep_and_place)
                     r"|(?<![^\W\d_])(?i:(?:ki|le)?szállít(?:ás|ást|ása|va|ani|juk))[ \t]{1,3}()" + _NOT_HUNGARIAN_TOWN +
                     r"([A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]{1,20}?)(?:ba|be|ra|re)(?![^\W\d_])"
                     r"|()" + _NOT_HUNGARIAN_TOWN + r"([A-ZÁÉÍÓÖŐÚÜŰ][^\W\d_]{1,20}?)(?:ba|be|ra|re)[ \t]{1,3}(?i:(?:ki|le)?szállít)"),  # lower case, as written mid-sentence: a literal prefilter
    "pl": _rx(r"(?i:dostawa|dostawy|dostawę|wysyłka|wysyłki|miejsce docelowe)"
                     r"(?i:[ \t]{1,3}(do|na)[ \t]{1,3}|[ \t]{0,3}[:：][ \t]{0,3})" + _PLACE_LATIN),
    "ro": _rx(r"(?i:livrare|livrarea|transport|destinație|destinatie)"
                     r"(?i:[ \t]{1,3}(la|în|in|spre)[ \t]{1,3}|[ \t]{0,3}[:：][ \t]{0,3})" + _PLACE_LATIN),
    "cs": _rx(r"(?i:dodání|dodávka|doprava|místo určení)"
                     r"(?i:[ \t]{1,3}(do|na)[ \t]{1,3}|[ \t]{0,3}[:：][ \t]{0,3})" + _PLACE_LATIN),
    "ru": _rx(r"(?:(?i:(?:доставк|отгрузк|поставк|отправк)(?:ой|ою|[аиуе])|пункт назначения|порт назначения)"
                     r"(?i:[ \t]{1,3}(в|во|до|на)[ \t]{1,3}(?:порт[аеу]?[ \t]{1,3})?|[ \t]{0,3}[:：—-][ \t]{0,3})"
                     r"|" + _NOT_ORIGIN + r"(?<!\w)(?i:порт[аеу]?)[ \t]{1,3})" + _PLACE_CYR),
    "uk": _rx(r"(?i:(?:доставк|поставк|відправк)(?:ою|[аиуі])|відвантаженн(?:ям|[яю])|пункт призначення)"
                     r"(?i:[ \t]{1,3}(в|у|до|на)[ \t]{1,3}|[ \t]{0,3}[:：—-][ \t]{0,3})" + _PLACE_CYR),
    "ar": _rx(r"(?:الشحن|شحن|التوصيل|توصيل|التسليم|تسليم|ميناء الوصول|ميناء الوجهة|الوجهة)"
                     # "إلى ميناء جبل علي": the port's word is not part of its name (was quoted "ميناء جبل")
                     r"(?:[ \t]{1,3}(إلى|الى|في)[ \t]{1,3}(?:ميناء[ \t]{1,3})?|[ \t]{0,3}[:：][ \t]{0,3})" + _PLACE_ARABIC),
    # "Teslimat yeri: İzmir", "Teslimat İstanbul" (the place right after the word), and the place before it in
    # the dative, as Turkish writes the direction: "İstanbul'a teslimat", "Mersin'e sevkiyat" (quoted "İstanbul").
    "tr": _rx(r"(?:(?i:teslim yeri|teslimat yeri|varış limanı)[ \t]{0,3}[:：][ \t]{0,3}|(?i:varış limanı)[ \t]{1,3}"
                     r"|(?<![^\W\d_])(?i:teslimat|sevkiyat)(?:[ \t]{0,3}[:：][ \t]{0,3}|[ \t]{1,3}" + _AFTER_BARE_TESLIMAT + r"))"
                     r"()(?!(?:FOB|EXW|FCA|FAS)(?![\w’-]))([A-ZÇĞİÖŞÜ][\w’-]{1,30}(?: [A-ZÇĞİÖŞÜ][\w’-]{1,30}){0,2})"
                     r"|()([A-ZÇĞİÖŞÜ][^\W\d_]{1,30}(?: [A-ZÇĞİÖŞÜ][^\W\d_]{1,30}){0,2})['’](?:y?[ae]|n[ae])[ \t]{1,3}"
                     r"(?i:teslimat|sevkiyat)(?![^\W\d_])"),  # not a bare "teslim": "Ali'ye teslim edildi" is a person
    # "giao Hồ Chí Minh" (deliver + a capitalised place, as "entrega Manzanillo"); "giao hàng" (goods) is no place
    "vi": _rx(r"(?:(?i:giao hàng|vận chuyển|chuyển hàng|gửi hàng|cảng đích|cảng đến|nơi nhận hàng|điểm đến)"
                     r"(?i:[ \t]{1,3}(đến|tới|về|tại)[ \t]{1,3}|[ \t]{0,3}[:：][ \t]{0,3})"
                     r")" + _PLACE_LATIN + r"|(?<![^\W\d_])(?i:giao)[ \t]{1,3}()(?!(?:Hàng|Hang|Ngay|Ngày|Nhanh|FOB|CIF|CFR|EXW|DDP|DAP)\b)"
                     + _PLACE_LATIN),
    "zh": _rx(r"(?:运到|运至|发到|发往|送到|送至|目的港|目的地)()[:：]?[ \t]{0,2}([\u4e00-\u9fff]{2,8}?)(?=港|[，,。.；;\s]|$)"),
}
# The named place may be several words ("FOB Ho Chi Minh City", "CIF Rio de Janeiro"), up to a keyword.
# The place may be on the next line of a hard-wrapped mail ("best price CIF\nValencia"); a closing
# or the next sentence there is no place ("CIF\nThanks", "FOB\nPlease").
_NOT_PLACE = r"(?!(?:Please|Port|Prices?|Pricing|Terms?|term|price|Thanks|Thank|Regards|Best|Kind|Dear|Hello|Hi|And|Or|For|The|Our|We|I|Payment|Delivery)\b)"
# Not \b: Chinese and Japanese write the term against their own letters ("请报FOB宁波价格", "方式T/T，").
# Chinese writes the port against the term ("FOB宁波，", "CIF汉堡请报价", "FOB宁波港"): the place is the
# shortest run of 2-6 characters that a word of the request (价格, 港, 请报价, 付款...) or punctuation ends;
# when none ends it within 6, no place is read (never a wrong one).
_CJK_PLACE_END = "港价價报報请請的条條贸貿术術付交和及或要需"
_CJK_PLACE = rf"(?![{_CJK_PLACE_END}])[\u4e00-\u9fff]{{2,6}}?(?=[{_CJK_PLACE_END}]|[^\u4e00-\u9fff]|$)"
# "CIF الدمام": Arabic has no capitals, so a word of the sentence after the term (a preposition, "port",
# "price") is no place; the place is one or two words (INCOTERMS reads it the same way).
_ARABIC_TERM_PLACE = (r"(?!(?:من|في|إلى|الى|مع|على|عن|لو|أو|او|و|ميناء|سعر|السعر|بسعر|شروط|الأسعار)(?![\u0621-\u064a]))"
                      r"[\u0621-\u064a]{2,20}(?:[ \t](?!(?:من|في|إلى|الى|مع|على|عن|لو|أو|او|و)(?![\u0621-\u064a]))"
                      r"[\u0621-\u064a]{2,20})?")
_INCOTERM = _rx(r"(?<![A-Za-z0-9])(FOB|CIF|CFR|C&F|EXW|DDP|DAP|DPU|FCA|CPT|CIP|DDU|FAS)(?![A-Za-z0-9])"
                       r"(?:(?:[ \t]{1,3}|[ \t]{0,2}\n[ \t]{0,2}|(?=[\u4e00-\u9fff]))"
                       + _NOT_PLACE + r"(" + _PLACE_ABBREVIATION + r"?" + _CAPITAL + r"[\w'’-]{1,30}(?: (?:de |do |da |del |am |an |sur )?"
                       + _NOT_PLACE + _PLACE_ABBREVIATION + r"?" + _CAPITAL + r"[\w'’-]{1,30}){0,3}|" + _CJK_PLACE
                       + r"|[А-ЯЁІЇЄҐ][\w-]{1,30}|" + _ARABIC_TERM_PLACE + r"))?")
# What a share paid before production is called ("30% deposit", "30%定金", "30%前金", "30% 선금").
# The words that name the payment ("Pagamento 30% antecipado") and when a share of it is paid: PAYMENT_TERMS's
# "payment word + share + condition" (config/rules/signals.toml) in the drafts' languages.
_PAYMENT_WORDS = (r"payments?|pago|pagamento|paiement|zahlung|оплата|ödeme|płatność|betaling|betalning|pembayaran|"
                  r"thanh toán|plat[aă]|platba|fizetés|πληρωμή")
_SHARE_WHEN = (r"antecipad[oa]|vooraf|vooruit|di muka|dimuka|sebelum|setelah|předem|[îi]n avans|i förskott|előre|"
               r"προκαταβολικά|peşin|anticipad[oa]|anticipat[oa]|adelantad[oa]|por adelantado|anticip[ée]e?|d['’]avance|"
               r"im voraus|vorab|in advance|upfront|авансом|по факту|по получени\w{1,2}|при получени\w{1,2}|перед|"
               r"после|против|contra|antes|após|apos|depois|después|despues|against|before|after|upon|"
               r"on (?:delivery|receipt|arrival|shipment)|avant|après|contre|vor|nach|bei|gegen|z góry|przed|trước|sau")
_DEPOSIT_WORDS = (r"deposit|advance|down payment|anticipo|adelanto|acompte|anzahlung|предоплат\w{0,3}|аванс\w{0,3}|"
                  r"depósito|sinal|entrada|caparra|peşinat|zaliczk\w{0,2}|aanbetaling|دفعة مقدمة|مقدم|预付款?|定金|订金|"
                  r"首付款?|передоплат\w{0,3}|acconto|前金|前払い?金?|手付金|着手金|선금|선급금|계약금|선수금|착수금|"
                  r"đặt cọc|tiền cọc|trả trước")
_PAYMENT = _rx(
    # "T/T 30%定金": the share keeps its name; cut after the "%" it read as if we misread the terms
    # Bare "TT"/"LC" only where a payment word says they are terms ("payment LC", "LC payment", "TT in advance"),
    # as PAYMENT_TERMS reads them: the draft notes no term the grade did not count ("LC filter").
    r"(?i)(?<![A-Za-z0-9])(?:T/T|L/C|D/P|D/A|letter of credit|trade assurance|carta de cr[ée]dito|lettre de cr[ée]dit"
    r"|cr[ée]dit documentaire|akkreditiv|lettera di credito|аккредитив\w{0,2}|akreditif|akredytyw\w{0,2}|ب?خطاب اعتماد|اعتماد مستندي|akkreditív\w{0,4}|remburs\w{0,3}"
    # the term first, then what must stand before it (the prefilter reads "TT"/"LC" as what a match needs)
    r"|(?:TT|LC)(?:(?<=payment \w\w)|(?<=payments \w\w)|(?<=payment: \w\w)|(?<=payment:\w\w)"
    r"|(?<=payment by \w\w)|(?<=payment via \w\w)|(?<=payment in \w\w)|(?<=pay by \w\w)"
    r"|(?<=paid by \w\w)|(?<=pago \w\w)|(?<=pago con \w\w)|(?<=pago por \w\w)"
    r"|(?<=pagamento \w\w)|(?<=paiement \w\w)|(?<=paiement par \w\w)|(?<=zahlung \w\w)"
    r"|(?<=zahlung per \w\w)|(?<=оплата \w\w))"
    r"|(?:TT|LC)(?=[ \t]{1,3}(?:payments?|pago|pagamento|paiement|zahlung|оплата|in advance|advance|at sight)(?![A-Za-z])))(?![A-Za-z0-9])"
    r"(?:[ \t]{0,3}(?:in advance|at sight|à vue|a la vista|à vista|"
    rf"\d{{1,3}}[ \t]?%(?:[ \t]{{0,3}}(?:de[ \t]|d')?(?:{_DEPOSIT_WORDS}))?)){{0,2}}"
    rf"|(?<![\d.])\d{{1,3}}[ \t]?%[ \t]{{0,3}}(?:de[ \t]|d')?(?:{_DEPOSIT_WORDS})"
    r"|(?:acompte|anticipo|anzahlung|предоплат\w{0,3})[ \t]{1,3}(?:de[ \t]|von[ \t]|di[ \t])?\d{1,3}[ \t]?%"
    r"|%[ \t]?\d{1,3}[ \t]{0,3}(?:peşin\w{0,3}|ön ödeme)"  # Turkish writes the sign first: %30 peşin
    # a payment word, a share and when it is paid ("Pagamento 30% antecipado", "Оплата 100% по факту поставки"),
    # as PAYMENT_TERMS reads them: the draft quotes them without the payment word (see _payment_terms)
    rf"|(?<![^\W\d_])(?:{_PAYMENT_WORDS})[ \t]{{0,3}}[:：]?[ \t]{{0,3}}\d{{1,3}}[ \t]?%[ \t]{{0,3}}(?:de[ \t]{{1,3}})?"
    rf"(?:{_SHARE_WHEN})(?![^\W\d_])"
)
# The rest of the terms after a deposit ("30% deposit, balance against B/L copy", "30% deposit / 70%
# before shipment"): quoting only the deposit reads as if we misread the terms. Bounded: to the end
# of the clause, at most 60 characters.
# A clause wrapped onto the next line goes on there after its comma or conjunction ("30% de anticipo por T/T,\n70%
# contra ..."; "... por T/T y\n70% ..." where the clause's tail took the "y"); one line break only: a blank line
# starts another paragraph.
_PAYMENT_REST = _rx(r"(?i)[ \t]{0,3}(?:(?:,|;|and|y|et|und|e|и)(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})|[，、；][ \t]{0,3}|/[ \t]{0,3}"
                           r"|(?:(?<= and)|(?<= y)|(?<= et)|(?<= und)|(?<= e)|(?<= и))\r?\n[ \t]{0,3})(?:the[ \t])?"
                           r"(?:balance|rest|remaining|saldo|solde|restzahlung|kalan\w{0,2}|остаток|остальн\w{0,3}|решт\w{0,2}|"
                           r"余款|尾款|余额|残金|残額|残り|잔금|잔액|\d{1,3}[ \t]?%|%[ \t]?\d{1,3})"
                           r"[^\n.;,。；，]{0,60}")  # a comma starts another clause ("..., or L/C at sight")
_PRICE = _rx(r"(?i)(?:usd|us\$|eur|gbp|cny|rmb|€|\$|£|¥)[ \t]?\d{1,7}(?:[.,]\d{1,3})?"
                    r"(?:[ \t]?(?:/|per)[ \t]?[^\W\d_]{1,10})?")
# The words that label a quantity in the languages the drafts speak (QUANTITY's own label list and more):
# written before the number, "Quantity: 300", "кол-во 300", "数量：300".
_QUANTITY_LABELS = (r"quantity|qty|q'ty|количество|кол-во|кількість|cantidad|cant\.|quantidade|qtde?|menge|stückzahl|"
                    r"anzahl|quantité|qté|quantità|miktar|adet|ilość|aantal|množství|cantitate|ποσότητα|الكمية|"
                    r"العدد|تعداد|כמות|मात्रा|số lượng|jumlah")
_QUANTITY_LABELS_UNSPACED = r"数量|数目|수량|จำนวน"  # scripts without blanks: no word boundary to require
_LABEL = _rx(rf"(?i)^(?:{_QUANTITY_LABELS}|{_QUANTITY_LABELS_UNSPACED})[ \t]*[:：]?[ \t]*")
_COUNT = r"\d{1,3}(?:[.,\u00a0 ]\d{3}){1,3}|\d{1,7}"
# A count right after a quantity label, with or without the goods ("количество: 300", "Qty 1,200 pcs",
# "Quantity: 300-500"): the label says it is a quantity, so no unit is needed. Not a model number
# or a price: letters, "-X", "/", "%" or a currency sign right after the number end it ("Qty: 2x40HQ",
# "quantity 300A") and the number is then no labelled count.
_LABELLED_COUNT = _rx(
    rf"(?i)(?:(?<![^\W\d_])(?:{_QUANTITY_LABELS})(?![^\W\d_])|(?:{_QUANTITY_LABELS_UNSPACED}))"
    rf"[ \t]{{0,3}}[:：=]?[ \t]{{0,3}}((?:{_COUNT})(?:[ \t]?[-–~][ \t]?(?:{_COUNT}))?)"
    r"(?![\d%€$£¥]|[.,]\d|[-/.]?(?![\u4e00-\u9fff\uac00-\ud7af])[^\W\d_])"
    r"(?:[ \u00a0]([^\W\d_]{2,24})(?![\w/])|([\u4e00-\u9fff\uac00-\ud7af]))?")  # "300 pcs", "300个"


# The model is named in the draft's own language ("modelo BV-304" must not become "modelo Model No:
# BV-304"), so MODEL_SPEC's label is stripped from its excerpt. The label words are the rule's own:
# read from its pattern in the rule files in use (config/rules/signals.toml ships it), so a word
# added there reaches the drafts too. The pattern's shape is the contract (a comment there says so):
# its first alternative starts with a group of label words, then a group of number words ("No.",
# "№"); its second alternative ends with a group of labels written after the code (Turkish "modeli").
MODEL_RULE = "MODEL_SPEC"


@dataclass(frozen=True)
class ModelLabels:
    """MODEL_SPEC's label words as patterns that strip them from an excerpt."""

    before: re.Pattern[str]  # "Model No.: ", "Artikel-Nr. ", "réf. " before the code
    after: re.Pattern[str] | None  # " modeli" after the code
    # The pattern's labelled alternatives alone ("Model No: BV-304", "BV-304 modeli", "型号 PL-6060"): a model
    # the buyer labelled is named even when the rule's first match was a designation ("DN50" in the subject).
    labelled: re.Pattern[str] | None = None


def _top_level(source: str) -> list[tuple[str, list[str]]]:
    """The pattern's top-level alternatives, each as written and as the inner texts of its top-level
    groups ("(?:a|b)" gives "a|b"); inline flag groups ("(?i)") are left out of both."""
    source = re.sub(r"^\(\?[aiLmsux]+\)", "", source)
    alternatives: list[tuple[str, list[str]]] = []
    groups: list[str] = []
    depth, opened, start, i = 0, 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its unescaped "]" ("]" right after "[" or "[^" is a member)
            i += 2 if source[i + 1:i + 2] == "^" else 1
            i += 1 if source[i:i + 1] == "]" else 0
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                inner = source[opened + 1:i]
                if not re.fullmatch(r"\?[aiLmsux]+", inner):  # not an inline flag group
                    groups.append(re.sub(r"^\?(?::|P<\w+>)", "", inner))
        elif ch == "|" and depth == 0:
            alternatives.append((source[start:i], groups))
            groups, start = [], i + 1
        i += 1
    alternatives.append((source[start:], groups))
    return alternatives


_PLAIN_WORDS = _rx(r"[^\W\d_]+(?:\|[^\W\d_]+)*")  # "型号|型號|品番": words only, no pattern syntax


def model_labels_of(pattern: str) -> ModelLabels | None:
    """The label strippers read from MODEL_SPEC's pattern; None when it does not have the shape
    described above (then the excerpt is quoted as it is)."""
    scanned = _top_level(pattern)
    alternatives = [groups for _, groups in scanned]
    if len(alternatives[0]) < 2:
        return None
    words, numbers = alternatives[0][0], alternatives[0][1]
    after = alternatives[1][-1] if len(alternatives) > 1 and alternatives[1] else ""
    try:
        # One run of blanks per step (an excerpt is one line): no two quantifiers share a blank to backtrack over.
        before = _rx(rf"(?i)^(?:{words})(?!\w)[ \t-]*(?:(?:{numbers})(?!\w)[ \t]*)?(?:[:#：][ \t]*)?(?=\S)")
        after_label = _rx(rf"(?i)(?<!\s)\s+(?:{after})$") if after else None
    except re.error:
        return None
    if re.fullmatch(f"(?:{words})", "", re.I) is not None:
        return None  # the first group is not label words (it would strip anything)
    # Scripts without blanks label the code in an alternative of their own ("型号 PL-6060", "品番：AB-1"):
    # any later alternative that opens with a group of plain words is such a label, stripped the same way
    # but with no word boundary after it ("型号PL-6060").
    unspaced = [group[0] for group in alternatives[1:] if group and _PLAIN_WORDS.fullmatch(group[0])]
    if unspaced:
        try:
            before = _rx(rf"{before.pattern}|^(?:{'|'.join(unspaced)})[ \t]*(?:[:#：][ \t]*)?(?=\S)")
        except re.error:
            pass
    labelled_sources = [source for k, (source, groups) in enumerate(scanned)
                        if k < 2 or (groups and _PLAIN_WORDS.fullmatch(groups[0]))]
    flags = "(?i)" if pattern.startswith("(?i)") else ""
    try:
        labelled = _rx(flags + "|".join(labelled_sources))
    except re.error:
        labelled = None
    return ModelLabels(before, after_label, labelled)


@lru_cache(maxsize=1)
def default_rule_files() -> tuple[Path, ...]:
    """The rule files the shipped configuration names ([rules] files in config/default.toml),
    resolved as Config.path_list resolves them: one reading of the defaults per process (the
    shipped file does not change under a running program)."""
    from .config import Config, _read_toml, default_config_dir

    default = default_config_dir() / "default.toml"
    return tuple(Config(data=_read_toml(default), sources=[default]).path_list("rules.files"))


def model_labels(rule_files: Iterable[Path] | None = None) -> ModelLabels | None:
    """MODEL_SPEC's label strippers from `rule_files` (the shipped ones when None); read again
    when a file changes."""
    files = tuple(Path(f) for f in rule_files) if rule_files is not None else default_rule_files()
    stamps = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue  # the rule engine reports a missing rule file; the draft quotes the excerpt as it is
        stamps.append((path, stat.st_mtime_ns, stat.st_size))
    return _model_labels_from(tuple(stamps))


@lru_cache(maxsize=8)
def _model_labels_from(stamps: tuple[tuple[Path, int, int], ...]) -> ModelLabels | None:
    import tomllib

    for path, _mtime, _size in stamps:
        try:
            rules = tomllib.loads(path.read_text(encoding="utf-8")).get("rule", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # the rule engine reports a broken rule file
        for rule in rules:
            if isinstance(rule, dict) and rule.get("name") == MODEL_RULE and isinstance(rule.get("pattern"), str):
                return model_labels_of(rule["pattern"])
    return None


def _model_value(excerpt: str, labels: ModelLabels | None) -> str:
    """The model as MODEL_SPEC found it, without its label ("Model No: BV-304" -> "BV-304"); "" when
    the excerpt is not a labelled model: a measurement ("150 Вт", "220V") or "specification: ..." is
    no model to quote back as "модель 150 Вт" (the draft names the point instead)."""
    if not any(ch.isdigit() for ch in excerpt):
        return ""
    if labels is None:
        return _value(excerpt)
    bare = labels.before.sub("", excerpt)
    bare = labels.after.sub("", bare) if labels.after is not None else bare
    return _value(bare) if bare != excerpt else ""


# A size written width x height ("600x600", "1200*600"), with or without its unit: what the goods are like,
# as a measurement is (no point of its own; the rule counts it as a specification).
_SIZE = _rx(r"(?i)\d{2,4}(?:[.,]\d{1,2})?(?:[ \t]{0,3}[x×*][ \t]{0,3}\d{2,4}(?:[.,]\d{1,2})?){1,2}"
                   r"(?:[ \t]{0,3}(?:mm|cm|m|inch|inches|in|ft|\"|″))?\.?")
_SPECIFICATION_LABEL = _rx(r"(?i)specifications?\s*[:：]")
# A count in MODEL_SPEC's excerpt ("300 pcs XK-2050", "300 chairs XK-2050", "XK-2050 x 300 pcs") is the quantity:
# the model quoted is the code beside it.
_EXCERPT_COUNT = _rx(r"(?i)^\d[\d,.]{0,9}\s*[^\W\d_]{2,}\.?\s+(?:[^\W\d_]{2,}\s+){0,3}(?=[a-z]{1,5}-\d)"
                            r"|\s?[:x×]?\s?\d[\d,.]{0,9}\s*[^\W\d_]{2,}$")
_CODE = _rx(r"(?i)(?<![\w-])[a-z]{1,5}-\d{1,5}[a-z]?(?![\w-])")
# The shapes of MODEL_SPEC's designations (pipe sizes and pressures, schedules, thread sizes, steel and alloy
# grades, material numbers): an excerpt of one of them is quoted whole.
_ALLOY = r"\d{3,4}[lhf]?(?:-?[th]\d{1,3})?"
_DESIGNATION = _rx(
    rf"(?i)(?:(?:[dp]n|[др]у)\s?\d{{1,4}}|sch(?:edule)?\s?(?:\d{{2,3}}s?|xx?s|std)|m\d{{1,2}}\s?[x×]\s?\d{{1,3}}"
    rf"|(?:aisi|sus|ss|astm|grade)[ \t-]?{_ALLOY}|{_ALLOY}[\s-]+[^\W\d_]{{2,16}}|[^\W\d_]{{2,16}}[ \t]+{_ALLOY}"
    rf"|q\d{{3}}[a-e]?|s\d{{3}}(?:jr|j0|j2|nl|n|mc)|(?:werkstoff\w{{0,8}}|edelstahl)\s*1\.4\d{{3}}"
    rf"|{_ALLOY}(?:不锈钢|不銹鋼|ステンレス)|(?:不锈钢|不銹鋼){_ALLOY})")


def _is_measurement(excerpt: str) -> bool:
    """ "150 Вт", "220V", "600 x 1200 mm", "600x600": a measurement or a size, not a model."""
    excerpt = excerpt.rstrip("…").strip()
    return bool(_MEASUREMENT.fullmatch(excerpt) or _SIZE.fullmatch(excerpt))


def _designation(excerpt: str) -> str:
    """A designation MODEL_SPEC found without a label ("DN50", "SCH40", "M8x20", "AISI 316L", "Q235B",
    "304 stainless"), or the code counted in it ("300 pcs XK-2050" -> "XK-2050"): the buyer named what
    they want, and the draft says so rather than calling it a point they raised. "" for a measurement,
    a size or a "specification: ..." label (those are no model to quote)."""
    excerpt = excerpt.rstrip("…").strip()
    if (not any(ch.isdigit() for ch in excerpt) or _is_measurement(excerpt)
            or _SPECIFICATION_LABEL.match(excerpt)):
        return ""
    if _DESIGNATION.fullmatch(excerpt):
        return _value(excerpt)
    code = _CODE.search(excerpt) if _EXCERPT_COUNT.search(excerpt) else None
    return _value(code.group(0)) if code else ""


def _model(excerpt: str, labels: ModelLabels | None, text: str) -> str:
    """The model MODEL_SPEC's excerpt names, else the first one the buyer labelled in `text` (the rule's first
    match may be a designation such as "DN50" before "Model No: BV-304-DN50"), else the designation the
    excerpt is ("DN50"); "" when there is none (a measurement, a size)."""
    value = _model_value(excerpt, labels)
    if value:
        return value
    if labels is not None and labels.labelled is not None:
        found = labels.labelled.search(text)
        value = _model_value(found.group(0), labels) if found else ""
    return value or _designation(excerpt)


def _incoterm_as_written(found: re.Match[str], han_place: bool = True) -> str:
    """ "FOB Ningbo", and "FOB宁波" as Chinese writes it (no blank put between them); "CIF" alone for
    "CIF汉堡" when not `han_place` (a platform-translated RFQ answered in a language without Han)."""
    term, place = found.group(1), found.group(2) or ""
    if not han_place and _HAN_CHARACTER.search(place):
        place = ""
    return f"{term}{place}" if place and found.end(1) == found.start(2) else " ".join(filter(None, (term, place)))


# "LC payment, 30% deposit, ...": the word that made a bare "LC"/"TT" terms is not repeated (the template
# says "payment"), but the clauses after it belong to the same terms.
_PAYMENT_WORD_AFTER = _rx(r"(?i)[ \t]{1,3}(?:payments?|pago|pagamento|paiement|zahlung|оплата)(?![^\W\d_])")
_PAYMENT_WORD_BEFORE = _rx(rf"(?i)(?:{_PAYMENT_WORDS})[ \t]{{0,3}}[:：]?[ \t]{{0,3}}(?=\d)")
# The rest of a clause ("... por T/T" before ", 70% contra ..."; "по факту" + " поставки"): bounded, to a comma.
_CLAUSE_TAIL = _rx(r"[^\n.;,。；，:：]{0,30}")
# A clause hard-wrapped where it ends no sentence ("70% balance against\nthe B/L copy."): plain-text mail is wrapped
# at ~72 columns, so a line at least this long that ends in no stop was broken by the wrap and its clause goes on
# at the next line's start, unless that line is blank or a closing ("Best regards").
_WRAPPED_LINE = 60
_WRAP_GOES_ON = _rx(r"\r?\n[ \t]{0,3}([^\n.;,。；，:：]{1,60})")
_SENTENCE_STOPS = ".!?;:。！？；："
_PAYMENT_CLAUSES = 3  # "T/T, 30% deposit, 70% before shipment, balance ..." is quoted up to here (and _PAYMENT_CHARS)
_PAYMENT_CHARS = 90


def _wrapped_on(text: str, end: int) -> re.Match[str] | None:
    """The clause's rest on the next line when the line `end` closes was hard-wrapped mid-clause."""
    if not text.startswith(("\n", "\r\n"), end):
        return None
    line = text[text.rfind("\n", 0, end) + 1:end].rstrip()
    if len(line) < _WRAPPED_LINE or line.endswith(tuple(_SENTENCE_STOPS)):
        return None
    goes_on = _WRAP_GOES_ON.match(text, end)
    if not goes_on or not goes_on.group(1).strip() or valediction_languages(goes_on.group(1)):
        return None
    next_line = text[goes_on.start(1):].split("\n", 1)[0]
    return None if valediction_languages(next_line) else goes_on


def _payment_terms(found: re.Match[str], text: str) -> str:
    """The payment terms found, with the rest of their clauses when they go on to the deposit or the balance
    ("LC payment, 30% deposit, balance against B/L copy" -> "LC, 30% deposit, balance against B/L copy")."""
    quoted, end = found.group(0), found.end()
    word = _PAYMENT_WORD_AFTER.match(text, end) if found.group(0).upper() in ("LC", "TT") else None
    if word:
        end = word.end()
    share = _PAYMENT_WORD_BEFORE.match(quoted)
    if share:  # "Оплата 100% по факту поставки": the template says "payment"; the condition goes on to its clause's end
        quoted = quoted[share.end():]
        tail = _CLAUSE_TAIL.match(text, end)
        quoted, end = quoted + tail.group(0), tail.end()
    for _ in range(_PAYMENT_CLAUSES):
        rest = _PAYMENT_REST.match(text, end)
        if not rest:
            # "30% de anticipo por T/T, 70% contra copia del B/L": the balance after the rest of the clause
            tail = _CLAUSE_TAIL.match(text, end)
            rest = _PAYMENT_REST.match(text, tail.end())
            if rest:
                quoted, end = quoted + tail.group(0), tail.end()
        if not rest:
            break
        quoted, end = quoted + rest.group(0), rest.end()
        wrapped = _wrapped_on(text, end)
        if wrapped:
            quoted, end = quoted + " " + wrapped.group(1), wrapped.end()
    return quoted


def _value(text: str, limit: int = _VALUE_CHARS) -> str:
    return _shorten(" ".join(text.split()).strip(" ,;:.-"), limit)


def _hit_excerpt(hits: Iterable[Hit], *rules: str) -> str:
    for hit in hits:
        if hit.rule in rules and hit.excerpt:
            return hit.excerpt.rstrip("…")
    return ""


# Most texts contain none of the words these patterns start from, and Python's re tries every
# alternative of a case-insensitive alternation at every position (1-2 ms a text for _BUY_CUE):
# each pattern is searched only when the text contains one of the literal strings one of which
# every match must contain, read from the pattern's own parse tree (so they cannot drift apart).


def _fold_table() -> dict[int, int] | None:
    """Letters re's IGNORECASE treats as one besides lower case (ſ/s, ı/i, ς/σ, ...) mapped to one of
    them; None when this Python does not say (then nothing case-insensitive is prefiltered)."""
    try:
        from re._casefix import _EXTRA_CASES  # the table re compiles IGNORECASE literals with
    except ImportError:  # pragma: no cover (another Python)
        return None
    table: dict[int, int] = {}
    for lower, others in _EXTRA_CASES.items():
        group = sorted({lower, *others})
        for code in group:
            table[code] = table.get(group[0], group[0])
    return table


_FOLD = _fold_table()


@lru_cache(maxsize=16)
def _folded(text: str) -> str:
    """`text` lower-cased one character for one character the way re compares under IGNORECASE
    (simple lower case: U+0130 is "i", not "i" plus a dot)."""
    return text.replace("\u0130", "i").lower().translate(_FOLD or {})


@dataclass(frozen=True)
class _Needs:
    """Strings one of which every match of a pattern contains (`folded` ones compared case-folded)."""

    plain: tuple[str, ...]
    folded: tuple[str, ...]

    def met(self, text: str) -> bool:
        # Plain loops, not any(generator): ~20 of these run per draft over ~250 strings, and a
        # generator's own cost was a tenth of the draft.
        for needed in self.plain:
            if needed in text:
                return True
        if self.folded:
            folded = _folded(text)
            for needed in self.folded:
                if needed in folded:
                    return True
        return False


def _literal_runs(items: Any, ignore_case: bool) -> list[tuple[str, bool]] | None:
    """For a sequence of the parse tree: [its longest run of plain characters] or the runs of a group it
    must match (one per alternative), whichever's shortest run is longest; None when there is nothing to
    require. Every item of a sequence must match, so a group after an empty one or a character class is
    required as well ("()([A-Z]\\w+)'a (?i:teslimat|sevkiyat)": the place comes before the word)."""
    from re import _parser as sre  # noqa: PLC0415

    items = list(items)
    best, current = "", ""
    for op, arg in items:
        current = current + chr(arg) if op is sre.LITERAL else ""
        best = max(best, current, key=len)
    chosen: list[tuple[str, bool]] | None = [(best, ignore_case)] if best else None
    for op, arg in items:
        found: list[tuple[str, bool]] | None = None
        if op is sre.BRANCH:  # (?:a|b) without flags is inlined: one run per alternative
            runs: list[tuple[str, bool]] | None = []
            for alternative in arg[1]:
                each = _literal_runs(alternative, ignore_case)
                if each is None:
                    runs = None
                    break
                runs += each  # type: ignore[operator]
            found = runs
        elif op is sre.SUBPATTERN:
            _group, add, delete, inner = arg
            flags_ignore = (ignore_case or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            found = _literal_runs(inner, flags_ignore)
        # the group whose shortest run is longest: "e" + (ntrega|mbarque) (re's parser factors the common
        # start of "entrega|embarque" out) requires "ntrega" or "mbarque", a better filter than "e"
        if found and (chosen is None or min(len(r) for r, _ in found) > min(len(r) for r, _ in chosen)):
            chosen = found
    return chosen


def _needs(pattern: re.Pattern[str]) -> _Needs | None:
    """What every match of `pattern` contains, or None (then the pattern is always searched)."""
    from re import _parser as sre  # noqa: PLC0415

    try:
        runs = _literal_runs(sre.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 (a parser this code does not know: no prefilter, same results)
        return None
    if not runs or (_FOLD is None and any(ignore for _, ignore in runs)):
        return None
    return _Needs(tuple(dict.fromkeys(run for run, ignore in runs if not ignore)),
                  tuple(dict.fromkeys(_folded(run) for run, ignore in runs if ignore)))


def _search(pattern: re.Pattern[str], needs: _Needs | None, text: str) -> re.Match[str] | None:
    """pattern.search(text), skipped when the text lacks what every match needs."""
    if needs is not None and not needs.met(text):
        return None
    return pattern.search(text)


_BUY_CUE_NEEDS = _needs(_BUY_CUE)
_DESTINATION_NEEDS = {lang: _needs(pattern) for lang, pattern in _DESTINATION_PHRASES.items()}
_INCOTERM_NEEDS = _needs(_INCOTERM)
_PAYMENT_NEEDS = _needs(_PAYMENT)
_PRICE_NEEDS = _needs(_PRICE)
_LABELLED_COUNT_NEEDS = _needs(_LABELLED_COUNT)


def _cue_sentences(text: str) -> Iterator[str]:
    """The sentences of `text` (as `_SENTENCE_END.split` cuts them) in which `_BUY_CUE` finds a
    buying cue. Only a sentence that holds one of the cue's literal strings is searched: their
    places are found once in the whole text instead of trying ~90 words in every sentence."""
    needs = _BUY_CUE_NEEDS
    folded = _folded(text)
    if needs is None or needs.plain or len(folded) != len(text):  # no places to go by: search each
        yield from (sentence for sentence in _SENTENCE_END.split(text) if _BUY_CUE.search(sentence))
        return
    places: list[tuple[int, int]] = []  # (start, end) of every occurrence of a literal
    for needed in needs.folded:
        at = folded.find(needed)
        while at >= 0:
            places.append((at, at + len(needed)))
            at = folded.find(needed, at + 1)
    if not places:
        return
    places.sort()
    bounds = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)] + [(len(text), len(text))]
    start = 0
    for end, next_start in bounds:
        i = bisect_left(places, (start, -1))
        while i < len(places) and places[i][0] < end:
            if places[i][1] <= end:
                sentence = text[start:end]
                if _BUY_CUE.search(sentence):
                    yield sentence
                break
            i += 1
        start = next_start


_BARE_COUNT = _rx(rf"(?:{_COUNT})")


# An RFQ export's unit column is English ("Pieces", "Piece/Pieces", "Set/Sets"): the draft says it in its own
# language where this table has the word (else as exported).
_RFQ_UNITS: dict[str, dict[str, str]] = {
    "piece": {"es": "piezas", "pt": "peças", "fr": "pièces", "de": "Stück", "it": "pezzi", "nl": "stuks",
              "pl": "szt.", "cs": "ks", "ro": "bucăți", "ru": "шт.", "uk": "шт.", "tr": "adet", "vi": "cái",
              "id": "buah", "sv": "st", "hu": "darab", "zh": "个", "ja": "個", "ko": "개"},
    "set": {"es": "juegos", "pt": "jogos", "fr": "jeux", "de": "Sätze", "it": "set", "ru": "компл.", "uk": "компл.",
            "tr": "takım", "pl": "kpl.", "vi": "bộ", "zh": "套", "ja": "セット", "ko": "세트"},
    "unit": {"es": "unidades", "pt": "unidades", "fr": "unités", "de": "Einheiten", "it": "unità", "ru": "ед.",
             "tr": "adet", "pl": "szt.", "vi": "chiếc", "zh": "台", "ja": "台", "ko": "대"},
    "pair": {"es": "pares", "pt": "pares", "fr": "paires", "de": "Paar", "it": "paia", "ru": "пар", "tr": "çift",
             "pl": "par", "vi": "đôi", "zh": "双", "ja": "組", "ko": "켤레"},
}
_RFQ_UNIT = _rx(r"(?i)(piece|set|unit|pair)s?(?:[ \t]?/[ \t]?\1s?)?\.?")
# A Chinese platform's or Excel export's unit cell (件, 台, 套, 双): the same words, and English ones for a draft
# in English, which would otherwise show the buyer a Chinese character (an English cell stays as exported).
_CHINESE_UNITS = {"件": "piece", "个": "piece", "個": "piece", "只": "piece", "支": "piece", "片": "piece",
                  "张": "piece", "張": "piece", "台": "unit", "套": "set", "双": "pair", "雙": "pair", "对": "pair",
                  "對": "pair"}
_ENGLISH_UNITS = {"piece": "pieces", "set": "sets", "unit": "units", "pair": "pairs"}


def _rfq_unit(unit: str, lang: str) -> str:
    """ "Piece/Pieces" in a Spanish draft: "piezas"; as exported when the table has no word for it."""
    cell = unit.strip()
    if cell in _CHINESE_UNITS:
        if lang == "zh":
            return cell
        word = _CHINESE_UNITS[cell]
        return _RFQ_UNITS[word].get(lang) or _ENGLISH_UNITS[word]
    found = _RFQ_UNIT.fullmatch(cell)
    return _RFQ_UNITS[found.group(1).lower()].get(lang, unit) if found else unit


def _record_count(quantity: str, unit: str, lang: str) -> str:
    """An RFQ record's quantity and unit fields as the draft says them ("2000 Pieces" -> es "2000 piezas")."""
    said = _rfq_unit(unit, lang)
    joined = "" if lang in _WRITES_HAN and (said != unit or said in _CHINESE_UNITS) else " "  # "2000个"
    return f"{quantity}{joined}{said}".strip()


def _quantity(inquiry: Inquiry, hits: list[Hit], text: str, lang: str = "en") -> str:
    if inquiry.quantity.strip():  # an RFQ record's own fields
        # The buyer's own words when they give the same number ("2000个", not the export's unit column
        # "2000 Piece/Pieces" in a Chinese draft); the fields otherwise, the unit in the draft's language.
        written = _LABEL.sub("", _hit_excerpt(hits, "QUANTITY"))
        readable = lang in _WRITES_HAN or not _HAN_CHARACTER.search(written)  # "2000个" is not, in English
        if written and readable and re.sub(r"\D", "", written) == re.sub(r"\D", "", inquiry.quantity):
            return _value(written)
        return _value(_record_count(inquiry.quantity, inquiry.unit, lang))
    excerpt = _LABEL.sub("", _hit_excerpt(hits, "QUANTITY", "RFQ_QUANTITY"))
    if excerpt and not _hit_excerpt(hits, "QUANTITY"):  # RFQ_QUANTITY's excerpt is the record's fields (a stored task)
        count, _, unit = excerpt.partition(" ")
        excerpt = _record_count(count, unit, lang)
    if excerpt and not _BARE_COUNT.fullmatch(excerpt):  # "Cantidad: 1.200" is a count without its unit yet
        return _value(excerpt)
    labelled = _search(_LABELLED_COUNT, _LABELLED_COUNT_NEEDS, text)
    # The buyer's own "Quantity: 300" beats a number guessed from a buying sentence; not when a word
    # after it says it is no count of goods ("adet 20 gün", "Quantity: 2 million"): never a wrong number.
    word = (labelled.group(2) or "").lower() if labelled else ""
    if labelled and (word not in _NOT_GOODS or word in _MEASURE_UNITS or word in _GOODS_END):
        number, word, measure_word = labelled.groups()
        if measure_word:
            return _value(number + measure_word)  # "300个"
        return _value(f"{number} {word if word and word.lower() not in _GOODS_END else ''}")
    for sentence in _cue_sentences(text):
        for found in _COUNT_NOUN.finditer(sentence):
            number, word = found.groups()
            if sentence[found.end():found.end() + 1] == "/":
                continue  # "60 LED/m" is a density, not the goods
            if word.lower() not in _NOT_GOODS and not (len(number) == 4 and number[:2] in ("19", "20")):
                return _value(f"{number} {_counted(word, sentence, found.end())}")
    return _value(excerpt)


# The goods may be several words: "5,000 brass padlocks", "200 rattan pendant lights" (not "5,000
# brass"). They end at punctuation, a number or one of these words.
_MORE_GOODS = _rx(r"[ \u00a0]([^\W\d_][\w-]{1,23})(?![\w/])")
_GOODS_END = frozenset("""
with for of in at per and or to from each please by on as that which who we i you is are be our your the a an
de del para con por en y o que un una para com em e ou da do für mit und oder von zu zum zur im in pro je bitte
pour avec et ou du des en au aux par chaque per con e o di del della al ogni da для с и или в на по из от к за
voor met en van dla z i w ve ile için για με και σε cho và với của untuk dan dengan dari
من في إلى الى على و مع عن از با برای در به که را
""".split())


def _counted(word: str, sentence: str, at: int) -> str:
    """The counted goods from `word` on: up to four words, to the first that ends the phrase."""
    words = [word]
    while len(words) < 4:
        more = _MORE_GOODS.match(sentence, at)
        if more is None or more.group(1).lower() in _GOODS_END or more.group(1).lower() in _NOT_GOODS:
            break
        words.append(more.group(1))
        at = more.end()
    return " ".join(words)


# A place after a preposition is inflected in Russian and Ukrainian ("до Москвы", "в Москву"), Polish and
# Czech ("do Warszawy", "do Prahy"). A draft that keeps the buyer's preposition keeps the place as
# written ("доставка до Москвы" is right in Russian); any other draft quotes the place alone, so it
# needs the nominative ("delivery to Москвы" reads as a mistake). Russian and Ukrainian get it back
# for their common endings; a place these rules cannot be sure of is left out (the draft then names
# the destination as a point, never asks for it again): no case is ever guessed.
_CYRILLIC_CASED = frozenset({"ru", "uk"})
_CASED_ELSEWHERE = frozenset({"pl", "cs"})  # inflected too; no rules here: left out when after a preposition
_GENITIVE_PREPS = frozenset({"до"})
_ACCUSATIVE_PREPS = frozenset({"в", "во", "у", "на"})
_VOWELS = "аеёиоуыэюяіїє"
# Names that do not decline ("до Алматы", "в Сочи"): quoted as written.
_INDECLINABLE = frozenset("алматы сочи тбилиси баку осло токио киото чикаго монако перу".split())
# Consonant pairs before a genitive "-а" that are the nominative's own ending ("Минска" -> "Минск");
# any other pair may hide a dropped vowel ("Орла" -> "Орёл", "Ельца" -> "Елец"): unsure.
_STEM_CLUSTERS = frozenset("ск цк рг рк рд нд нт ст".split())


def _with_ending(word: str, cut: int, ending: str) -> str:
    """`word` with its last `cut` letters replaced by `ending`, in capitals when the word is."""
    return word[:len(word) - cut] + (ending.upper() if word.isupper() else ending)


def _nominative_word(word: str, prep: str, grammar: str) -> str | None:
    """One word of a place in the nominative, from the case `prep` governs in `grammar` ("ru" or
    "uk"); None when the ending does not say for sure."""
    low = word.lower()
    if low in _INDECLINABLE:
        return word
    last, before = low[-1:], low[-2:-1]
    if not before:
        return None
    if prep in _ACCUSATIVE_PREPS:  # accusative: "-у"/"-ю" of a feminine; a masculine is as written
        if last == "у" and before not in _VOWELS:
            return _with_ending(word, 1, "а")  # Москву -> Москва, Одесу -> Одеса
        if last == "ю" and before in "иі":
            return _with_ending(word, 1, "я")  # Германию -> Германия, Італію -> Італія
        if last not in _VOWELS or (grammar == "ru" and last in "аоы"):
            return word  # "в Минск", "у Київ", "в Кемерово", "в Чебоксары": already the nominative
        return None  # "-е", "-і", "-и": a locative ("в Москве", "у Києві") or a word we cannot tell
    if prep not in _GENITIVE_PREPS:
        return None
    if low.endswith(("ии", "ії")):
        return _with_ending(word, 1, "я")  # Германии -> Германия, Італії -> Італія
    if last == "ы" and grammar == "ru" and before not in _VOWELS:
        return _with_ending(word, 1, "а")  # Москвы -> Москва
    if last == "и" and before not in _VOWELS + "ь" and (grammar == "uk" or before in "гкх"):
        return _with_ending(word, 1, "а")  # Риги -> Рига; Ukrainian Москви, Одеси (Russian Казани: unsure)
    if last == "я" and before in _VOWELS:
        return _with_ending(word, 1, "й")  # Шанхая -> Шанхай
    if low.endswith("ля") and len(low) > 3:
        return _with_ending(word, 1, "ь")  # Ярославля -> Ярославль, Маріуполя -> Маріуполь
    if last == "а" and len(low) > 3:
        stem = low[:-1]
        if stem.endswith(("ськ", "цьк")) or stem[-2:] in _STEM_CLUSTERS:
            return word[:-1]  # Минска -> Минск, Петербурга -> Петербург, Донецька -> Донецьк
        if stem[-1] not in _VOWELS + "ьй" and stem[-2] in _VOWELS:
            if grammar == "uk" and stem[-2] in "оеє":
                return None  # Києва, Львова, Харкова: the nominative changes its vowel (Київ, Львів, Харків)
            return word[:-1]  # Лондона -> Лондон, Киева -> Киев, Житомира -> Житомир
    return None


def _cyrillic_grammar(text: str) -> str:
    """ "ru", "uk", or "" when the text has no letter only one of them writes."""
    ukrainian = sum(text.count(ch) for ch in "іїєґІЇЄҐ")
    russian = sum(text.count(ch) for ch in "ыэъёЫЭЪЁ")
    return "uk" if ukrainian > russian else "ru" if russian > ukrainian else ""


def _nominative(place: str, prep: str, text: str) -> str:
    """The place in the nominative (Russian or Ukrainian, as `text` is written), "" when unsure."""
    grammar = _cyrillic_grammar(text)
    readings = set()
    for rules in ((grammar,) if grammar else ("ru", "uk")):
        words = [_nominative_word(word, prep.lower(), rules) for word in place.split(" ")]
        readings.add(" ".join(words) if all(w is not None for w in words) else "")  # type: ignore[arg-type]
    return readings.pop() if len(readings) == 1 else ""  # both readings must agree


# A preposition the buyer wrote that the draft must not repeat before a bare town or country: German
# "Lieferung an Hamburg" (an + a town: "nach"); "an den Hafen Hamburg" is kept whole (see the port words).
_PREP_SLIPS: dict[str, frozenset[str]] = {"de": frozenset({"an"})}
_HUNGARIAN_CASE = _rx(r"(?:ba|be|ra|re)(?![^\W\d_])")


_TERM_BEFORE_PLACE = _rx(r"(FOB|CIF|CFR|EXW|DDP|DAP|DPU|FCA|CPT|CIP|DDU|FAS)[ \t]{1,3}(?=\w)")
_ORIGIN_TERMS = frozenset({"FOB", "EXW", "FCA", "FAS"})


def _prep_and_place(match: re.Match[str], lang: str) -> tuple[str, str]:
    """(preposition, place) of a destination phrase: a pattern's groups come in pairs, one pair per way
    of writing it ("entrega en X", "X'e teslimat"); the pair whose place matched. A Hungarian town read
    from its illative or sublative ("Debrecenbe", "Tatabányára") is given in the nominative."""
    groups = match.groups()
    for at in range(0, len(groups) - 1, 2):
        if groups[at + 1] is None:
            continue
        prep, place = " ".join((groups[at] or "").split()), groups[at + 1]
        term = _TERM_BEFORE_PLACE.match(place)
        if term:  # "Giao hàng: CIF Hải Phòng": the place is after the term; "Teslimat: FOB Ningbo" is where it leaves
            if term.group(1).upper() in _ORIGIN_TERMS:
                return "", ""
            place = place[term.end():]
        if lang == "hu" and _HUNGARIAN_CASE.match(match.string, match.end(at + 2)):
            place = place[:-1] + {"á": "a", "é": "e"}.get(place[-1], place[-1])
        if prep.lower() in _PREP_SLIPS.get(lang, ()):
            prep = ""
        return prep, _value(place)
    return "", ""


def _destination(language: str, text: str, hits: list[Hit]) -> tuple[str, str, str]:
    """(place as the draft can quote it, the buyer's preposition when written in the draft's language
    else "", the place as the buyer wrote it). The quotable place is "" when it is inflected and the
    draft cannot say it in the case written (see _nominative)."""
    found: list[tuple[int, bool, str, re.Match[str]]] = []
    for lang, pattern in _DESTINATION_PHRASES.items():
        match = _search(pattern, _DESTINATION_NEEDS[lang], text)
        if match:
            found.append((match.start(), lang != language, lang, match))
    if found:
        _, other, lang, match = min(found, key=lambda f: f[:3])  # the first phrase; the draft's language wins a tie
        prep, place = _prep_and_place(match, lang)
        if not other:
            return place, prep, place
        if prep and lang in _CYRILLIC_CASED:
            return _nominative(place, prep, text), "", place
        if prep and lang in _CASED_ELSEWHERE:
            return "", "", place
        return place, "", place
    if _INCOTERM_NEEDS is None or _INCOTERM_NEEDS.met(text):
        for incoterm in _INCOTERM.finditer(text):  # "FOB Ningbo and CIF Hamburg": the CIF place
            if incoterm.group(1) not in ("FOB", "EXW", "FCA", "FAS") and incoterm.group(2):
                place = _value(incoterm.group(2))
                return place, "", place  # CIF Jebel Ali: the named place is the destination
    return "", "", ""


# A delivery time the buyer SET, not asked for: a duration ("within 30 days", "3 Wochen", "30天内", "4週間以内",
# "30일 이내") or a date ("by March 15", "before end of March", "15/03/2027", "3月底") in the sentence that raised
# DELIVERY_TIME, or right after a word of delivery the rule does not need ("need delivery within 30 days").
# A duration's unit is a whole time word: a number before a word that only starts like one is a count
# or a price ("300 RFID tags", "300 mesitas", "300 ayakkabı", "300日元", "300周转箱", "300일회용 컵").
# Words in spaced scripts end at the unit; CJK units have no space after them, so the characters that
# make them another word follow as data (日元/日本: Japan's yen and Japan; 天然: natural; 周转: turnover;
# 周年: an anniversary; 일회용: disposable; 주문: an order).
_TIME_WORDS = (
    "days?|weeks?|months?|días|dias|semanas?|meses|jours|semaines|mois|tage?n?|wochen|monate?n?|giorni|settimane|"
    "werktage?n?|arbeitstage?n?|mesi|дн(?:я|ей|и)|недел[ьяию]\\w?|месяц(?:а|ев)?|gün(?:de|lük)?|hafta(?:da|lık)?|"
    "ay(?:da|lık)?|dni|tygodni\\w{0,2}|dagen|weken|dní|týdn\\w{0,2}|"
    "zile|săptămâni|ημέρες|εβδομάδες|hari|minggu|ngày|tuần"
)
_TIME_WORDS_JOINED = "يوم|أيام|أسابيع|روز|วัน|สัปดาห์"  # Arabic, Persian, Thai: endings attach or no spaces
_CJK_TIME_UNITS: dict[str, str] = {
    "天": "然线線窗花平津猫貓鹅鵝气氣", "日": "元圆圓円本币幣语語文式系产産用常企资資商货貨期",
    "周": "转轉边邊长長期围圍年末", "週間": "", "週": "末年", "个月": "", "個月": "", "か月": "", "ヶ月": "",
    "일": "본반괄회용제", "주": "문식년", "개월": "",
}
_CJK_TIME = "|".join(f"{unit}(?![{not_after}])" if not_after else unit
                     for unit, not_after in sorted(_CJK_TIME_UNITS.items(), key=lambda item: -len(item[0])))
# A duration is quoted with the word that bounds it, as the buyer wrote it: "within 30 days" is a limit,
# "30 days" alone may be an estimate ("innerhalb von 3 Wochen", "en 45 días", "30天内", "4週間以内", "30일 이내").
_WITHIN = (r"within|in|inside|innerhalb(?:[ \t]+von)?|binnen|en|dentro[ \t]+de|sous|dans|em|entro|в[ \t]+течение|за|"
           r"через|w[ \t]+ciągu|trong[ \t]+vòng|dalam|no[ \t]+more[ \t]+than|max(?:imum)?\.?")
_WITHIN_AFTER = r"之内|之內|以内|以內|内|內|이내"
# A date: day and month ("15 March 2027", "15. März", "15 de marzo", "15 марта"), month and day ("March 15,
# 2027"), or numbers ("15/03/2027"), after the word that makes it a deadline ("by", "bis", "avant", "до"),
# or a part of the month ("before end of March", "vor Ende März", "antes de finales de mayo", "entro fine marzo").
_MONTH_NAMES = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz mai juni juli oktober dezember okt dez
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janvier février mars avril juin juillet août septembre octobre novembre décembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
januari februari maart mei augustus
января февраля марта апреля мая июня июля августа сентября октября ноября декабря
""".split()
_MONTH = "(?:" + "|".join(sorted(set(_MONTH_NAMES), key=lambda m: (-len(m), m))) + r")(?![^\W\d_])\.?"
# A date in numbers: day, month and year ("15/03/2027", "2027-03-15", "15.03.27"), or a day and a month that
# can be one ("15/03", "3/15"; not "4-6" ... "45/60"). What follows two numbers can make them a size, a range
# or an amount instead: a unit or a symbol ("bis 2.5 mm", "до 10-12 шт", "3/4\"", "12.5€", "2.5×3 m").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_DAY_MONTH_YEAR = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
_DAY_MONTH = rf"(?:{_DAY}[/.-]{_MONTH_NUMBER}|{_MONTH_NUMBER}[/.-]{_DAY})"
_NUMERIC_DATE = rf"(?<![\d.,/-])(?:{_DAY_MONTH_YEAR}|{_DAY_MONTH})(?![-/.,]?\d)"
_UNITS_AFTER_NUMBERS = ("mm|cm|m|km|kg|g|t|tons?|tonnes?|lbs?|pcs|pc|pieces?|units?|sets?|inch(?:es)?|in|ft|"
                        r"meters?|metres?|kw|w|v|mpa|bar|l|ml|шт|кг|мм|см|м|т|тонн\w*|штук\w*")
_SIZE_AFTER = rf"\s*(?:[%\"'″”×*€$£¥(]|(?:{_UNITS_AFTER_NUMBERS})(?![^\W\d_]))"
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH}(?:[ \t]+(?:de[ \t]+)?\d{{4}})?"
         rf"|{_MONTH}(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?[ \t]+\d{{4}}(?!\d))?"
         rf"|{_NUMERIC_DATE}(?!{_SIZE_AFTER}))")
_DUE = (r"by|before|until|till|no[ \t]+later[ \t]+than|not[ \t]+later[ \t]+than|bis(?:[ \t]+(?:zum|spätestens))?|"
        r"spätestens|vor|avant(?:[ \t]+le)?|antes[ \t]+del?|hasta(?:[ \t]+el)?|para(?:[ \t]+el)?|entro(?:[ \t]+il)?|até|до")
_PART_OF_MONTH = (r"(?:(?:the[ \t]+)?(?:end|beginning|start|middle)[ \t]+of[ \t]+|(?:early|mid|late)[ \t-]|ende[ \t]+|"
                  r"anfang[ \t]+|mitte[ \t]+|(?:la[ \t]+)?fin[ \t]+(?:de[ \t]+)?|finales[ \t]+de[ \t]+|principios[ \t]+de[ \t]+|"
                  r"fine[ \t]+|inizio[ \t]+|конца[ \t]+|начала[ \t]+|середины[ \t]+)?")
_CJK_DURATION = (rf"\d{{1,3}}(?:[-~～]\d{{1,3}})?[ \t]?(?:{_CJK_TIME})(?:[ \t]?(?:{_WITHIN_AFTER}))?")
_CJK_DATE = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号號]|底|初|末|中旬|上旬|下旬)?(?:之前|以前|前|まで)?"
# A date in numbers with no word that makes it a deadline ("Delivery: 15/03/2027"): two numbers alone are
# a date only where no word follows but a polite one ("Delivery: 15/03.", "ETA 15/3 please"): "need 4-6
# units", "Need 10/12 sets", "Shipment 1.5 tons", "4-6 (four to six) units" set no date.
_POLITE_AFTER = r"(?:please|pls|plz|at[ \t]+the[ \t]+latest|latest|bitte|spätestens|por[ \t]+favor|svp)(?![^\W\d_])"
_BARE_DATE = (rf"(?<![\d.,/-])(?:{_DAY_MONTH_YEAR}(?![-/.,]?\d)(?!{_SIZE_AFTER})"
              rf"|{_DAY_MONTH}(?![-/.,]?\d)(?!{_SIZE_AFTER})(?!\s*(?!{_POLITE_AFTER})[^\W\d_]))")
# A calendar week the buyer sets ("Liefertermin: KW 10/2027", "CW 12", "semana 10/2027"): a date, not a lead time.
_CALENDAR_WEEK = (r"(?<![^\W\d_])(?:(?-i:KW|CW)|kalenderwoche|calendar[ \t]week|semana|semaine|settimana)\.?[ \t]?"
                  r"\d{1,2}(?:[ \t]?[/.-][ \t]?(?:20)?\d{2})?(?!\d|[.,]\d)")
_DELIVERY_GIVEN = _rx(
    rf"(?i)(?:(?<![^\W\d_])(?:{_WITHIN})[ \t]+)?(?<![\d.,])\d{{1,3}}(?:[ \t]?[-–~～][ \t]?\d{{1,3}})?[ \t]?"
    rf"(?:working[ \t]|business[ \t]|calendar[ \t])?(?:(?:{_TIME_WORDS})(?!\w)(?:[ \t]+i[çc]inde(?!\w))?|{_TIME_WORDS_JOINED})"
    rf"|(?<![\d.,]){_CJK_DURATION}"
    rf"|(?<![^\W\d_])(?:{_DUE})[ \t]+{_PART_OF_MONTH}{_DATE}"
    rf"|{_BARE_DATE}|{_CJK_DATE}|{_CALENDAR_WEEK}"
)
# A value read after a delivery word, with other words between them, must say it bounds the delivery ("we
# need 300 chairs within 30 days", "by March 15"): "we need 300 chairs 30 days" sets no deadline. Right after
# the word ("Delivery: 30 days", "delivery 30 days") the word says so itself.
_BOUNDED = _rx(rf"(?i)(?:{_WITHIN}|{_DUE})[ \t]")
# Words of delivery in the languages the drafts speak (lower case; a word starting with one counts, "deliver"
# -> "delivered"): where no DELIVERY_TIME wording is ("we need delivery within 30 days", "ship before end of
# March", "necesitamos las sillas antes del 15 de marzo"). "need" too: "we need 300 chairs by March 15".
_DELIVERY_WORDS = tuple("""
deliver ship dispatch arriv need require
entreg enví envi embarque necesit
livr expédi expedi besoin
liefer versand versend brauch benötig
consegn spedi
поставк доставк отгрузк нужн
teslim dostaw lever nodig
giao pengiriman dodání livrare
etd eta
""".split())
# Abbreviations read as whole words only: "ETA 15/03", never "etapa 2" (a stage).
_WHOLE_DELIVERY_WORDS = frozenset({"etd", "eta"})
# A label between the word and its value says what the value is ("delivery date: 15/03/2027", "Liefertermin:
# 15.03.2027", "fecha de entrega: 15/03/2027"): read as if nothing stood between them.
_VALUE_LABEL = _rx(r"(?i)[ \t]*(?:(?:date|deadline|termin|datum|fecha|data|date[ \t]+de[ \t]+livraison)"
                          r"[ \t]*)?[:：\-–]?[ \t]*")
_DELIVERY_WORD_LETTERS = 14  # longest word read from a stem ("delivered", "entregarlas", "benötigen")
# Between the word and the date nothing may say the date is about something else: a quotation, a price,
# samples, a payment, a reply ("we need your quotation by March 5", "delivery to Hamburg, payment within
# 30 days").
_NOT_DELIVERY_GAP = _rx(r"(?i)[,;:，；、]|quot|price|offer|repl|answer|respon|sample|pay|catalog|katalog|document|"
                               r"invoice|proforma|contract|info|angebot|preis|muster|cotiz|precio|muestra|devis|prix|"
                               r"échantillon|offert|prezz|campion|предлож|цен|образ|оплат|каталог")
_DELIVERY_GAP_CHARS = 40
_DELIVERY_VALUE_CHARS = 60  # "no later than the end of September 30th, 2027" fits


def _trie(words: Iterable[str]) -> str:
    """An alternation of `words` factored by their first letters ("ma(?:rch|y)"): re tries one branch
    where a flat list of ~90 words was tried word by word at every letter (2 µs, not 8, on a window)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        longer = sorted({rest for rest in rests if rest}, key=lambda rest: (-len(rest), rest))
        if not longer:
            parts.append(re.escape(first))
        elif len(longer) == 1 and "" not in rests:
            parts.append(re.escape(first + longer[0]))
        else:
            parts.append(re.escape(first) + "(?:" + _trie(longer) + ")" + ("?" if "" in rests else ""))
    return "|".join(parts)


# What every value contains near its start, searched in the lower-cased text: a digit, or a month's name
# ("before end of March"). Trying _DELIVERY_GIVEN's ~80 words at every position costs ~20 µs a window.
_VALUE_START = _rx(r"\d|(?:" + _trie(set(_MONTH_NAMES)) + r")(?![^\W\d_])")
_WORD_REST = _rx(r"[^\W\d_]{0,%d}" % _DELIVERY_WORD_LETTERS)  # the rest of a delivery word ("deliver" -> "delivered")
# Chinese, Japanese and Korean write the time before the delivery word: "30天内交货", "3月底前发货", "4週間以内に納品".
_CJK_DELIVERY_WORDS = "交货|交貨|发货|發貨|出货|出貨|交付|到货|到貨|納品|出荷|納入|납품|배송|출고"
_CJK_DELIVERY_SET = _rx(rf"({_CJK_DURATION}|{_CJK_DATE})[ \t]?(?:に|で|까지|에)?[ \t]?(?:{_CJK_DELIVERY_WORDS})")
_CJK_DELIVERY_NEEDS = _Needs(tuple(_CJK_DELIVERY_WORDS.split("|")), ())
DELIVERY_RULE = "DELIVERY_TIME"


def _delivery_in_hit_sentence(hits: list[Hit], text: str) -> str:
    """A duration or date in the sentence whose words raised DELIVERY_TIME ("Lieferzeit: 4 Wochen")."""
    excerpt = _hit_excerpt(hits, DELIVERY_RULE)
    if not excerpt:
        return ""
    at = text.find(excerpt)
    if at < 0:
        return ""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, at + len(excerpt))
    found = _DELIVERY_GIVEN.search(text, start, end.start() if end else len(text))
    return _value(found.group(0)) if found else ""


def _delivery_after_word(text: str) -> str:
    """A bounded duration or date right after a word of delivery ("need delivery within 30 days",
    "ship before end of March"), or before a CJK one ("30天内交货"); "" when none."""
    folded = _folded(text)
    if len(folded) != len(text):  # a letter lower-cased to two would shift every place after it: kept as written
        folded = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    present = [stem for stem in _DELIVERY_WORDS if stem in folded]  # most mail has one or none: "in" is the cheap test
    places = sorted((at, stem) for stem in present for at in _occurrences(folded, stem))
    for at, stem in places:
        if at and folded[at - 1].isalpha():
            continue  # inside a word ("unshipped" is not "ship")
        end = _WORD_REST.match(text, at).end()
        if stem in _WHOLE_DELIVERY_WORDS and end != at + len(stem):
            continue
        # Read only as far as a value may start and end (a run of "need need ..." is not read to its
        # end from every word: linear in the text).
        reach = min(len(text), end + _DELIVERY_GAP_CHARS + _DELIVERY_VALUE_CHARS)
        if not _VALUE_START.search(folded, end, min(reach, end + _DELIVERY_GAP_CHARS + 20)):
            continue  # no digit nor month name where a value could start: the full pattern is not tried
        stop = _SENTENCE_END.search(text, end, reach)
        found = _DELIVERY_GIVEN.search(text, end, stop.start() if stop else reach)
        if found is None or found.start() - end > _DELIVERY_GAP_CHARS:
            continue
        gap = text[end:found.start()]
        if _VALUE_LABEL.fullmatch(gap):
            return _value(found.group(0))
        if _NOT_DELIVERY_GAP.search(gap) and gap.strip(" \t:：-–"):
            continue
        if gap.strip(" \t:：-–") and not _BOUNDED.match(found.group(0)):
            continue  # "we need 300 chairs 30 days" says no deadline
        return _value(found.group(0))
    if _CJK_DELIVERY_NEEDS.met(text):
        cjk = _CJK_DELIVERY_SET.search(text)
        if cjk:
            return _value(cjk.group(1))
    return ""


def _occurrences(text: str, needed: str) -> Iterator[int]:
    at = text.find(needed)
    while at >= 0:
        yield at
        at = text.find(needed, at + 1)


def _delivery_time(hits: list[Hit], text: str) -> str:
    """The delivery time the buyer set ("30 days", "within 30 days", "by March 15"), "" when they
    only raised or asked it."""
    return _delivery_in_hit_sentence(hits, text) or _delivery_after_word(text)


def acknowledged(inquiry: Inquiry, hits: Iterable[Hit], language: str = "en", *,
                 rule_files: Iterable[Path] | None = None) -> dict[str, str]:
    """What the buyer already told us, in their own words ("" when not given): product, quantity,
    model, target_price, incoterms, destination (+ destination_prep, the buyer's own preposition
    when they wrote in `language`; destination_written, the place as written, set also when an
    inflected place cannot be quoted in the draft's language), payment_terms, delivery_time (a lead
    time or date the buyer set, with its bound: "within 30 days", "before end of March"). Reads the inquiry
    text and the hits, and MODEL_SPEC's label words from `rule_files` (the shipped ones when None)."""
    hits = list(hits)
    lang = base_language(language)
    text = (inquiry.own_text or inquiry.body or "")[:_SCAN_CHARS]
    subject = without_undecoded_words(inquiry.subject or "")  # what the parser could not decode says nothing
    text = f"{subject}\n{text}" if subject else text
    place, prep, written = _destination(lang, text, hits)
    han_ok = inquiry.channel != "rfq" or lang in _WRITES_HAN  # a platform's Chinese words, for a reader of them
    if not han_ok and _HAN_CHARACTER.search(written):
        place, prep, written = "", "", ""
    incoterm = _search(_INCOTERM, _INCOTERM_NEEDS, text)
    payment = _search(_PAYMENT, _PAYMENT_NEEDS, text)
    price = _search(_PRICE, _PRICE_NEEDS, text)
    model = _hit_excerpt(hits, "MODEL_SPEC")
    return {
        "product": _value(product_in_draft(inquiry, lang)),
        "quantity": _quantity(inquiry, hits, text, lang),
        "model": _model(model, model_labels(rule_files), text) if model else "",
        "target_price": _value(price.group(0)) if price else "",
        "incoterms": _value(_incoterm_as_written(incoterm, han_ok))
        if incoterm else "",
        "destination": place,
        "destination_prep": prep,
        "destination_written": written,
        "payment_terms": _value(_payment_terms(payment, text), _PAYMENT_CHARS) if payment else "",
        "delivery_time": _delivery_time(hits, text),
    }


# ---------------------------------------------------------------------------------------------
# Context


def base_language(language: str) -> str:
    """ "pt-BR" -> "pt", "zh_Hans" -> "zh", "" -> "und"."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code or "und"


# A platform shows buyers' RFQs translated into its own language (Alibaba's Chinese seller site: Chinese),
# so an RFQ's text language is the platform's, not the buyer's. A Chinese RFQ from a buyer who declared a
# country where people do not read Chinese is answered in English, the trade's common language (the
# buyer's own language is not guessed from his country: Switzerland, India and Belgium have several).
# An RFQ with no declared country, and every buyer who writes Chinese himself (email, chat), keep Chinese.
CHINESE_READING_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG"})
_PLATFORM_TRANSLATED = {"zh": CHINESE_READING_COUNTRIES}  # text language -> countries whose buyers read it


def reply_language(channel: str, language: str, declared_country: str) -> str:
    """The language to answer in: `language` (the text's), or English for an RFQ whose text is in the
    platform's language while the buyer declared a country that does not read it (_PLATFORM_TRANSLATED)."""
    readers = _PLATFORM_TRANSLATED.get(base_language(language))
    country = (declared_country or "").strip().upper()
    if channel == "rfq" and readers is not None and country and country not in readers:
        return FALLBACK_LANGUAGE
    return language


def greeting_for(language: str, name: str) -> tuple[str, str]:
    """(greeting line, title) in the buyer's language; English for unknown codes and "und"."""
    return _greeting(GREETINGS.get(base_language(language), GREETINGS[FALLBACK_LANGUAGE]), name)


def _greeting(forms: tuple[str, str], name: str) -> tuple[str, str]:
    with_name, without = forms
    title = " ".join(with_name.replace("{name}", " ").split()).strip(" ,:!،：")
    return (with_name.format(name=name) if name else without), title


def romanised_greeting(inquiry: Inquiry, language: str) -> tuple[str, str] | None:
    """The buyer's greeting (with a name, without) when he writes `language` in Latin letters: his
    own words (`own_text`, else the body) hold Latin letters and none of the language's script
    (ROMANISED_GREETINGS); None otherwise, and for an empty text (the language's own template then)."""
    entry = ROMANISED_GREETINGS.get(base_language(language))
    if entry is None:
        return None
    script, forms = entry
    text = (inquiry.own_text or inquiry.body or "")[:_SCAN_CHARS]
    return forms if _LATIN_LETTER.search(text) and not script.search(text) else None


def _points(hits: list[Hit], ack: Mapping[str, str]) -> list[str]:
    """The points the buyer raised (a rule fired) or gave (a value read), in POINT_KEYS order. A
    MODEL_SPEC hit on a measurement alone ("150 Вт", "220V") raises no point: it describes the goods,
    it asks nothing about a model. A destination the draft cannot quote (an inflected place) is given."""
    raised = {POINT_RULES[h.rule] for h in hits if h.rule in POINT_RULES
              and not (h.rule == MODEL_RULE and _is_measurement(h.excerpt))}
    given = {key for key in POINT_KEYS if ack.get(key)}
    if ack.get("destination_written"):
        given.add("destination")
    return [key for key in POINT_KEYS if key in raised or key in given]


def reply_context(inquiry: Inquiry, hits: Iterable[Hit], language: str, *, signature: str = "",
                  seller_company: str = "", rule_files: Iterable[Path] | None = None) -> dict[str, Any]:
    """The variables a reply template sees (documented in the module docstring)."""
    hits = list(hits)
    name = buyer_name(inquiry)
    greeting, title = greeting_for(language, name)
    ack = acknowledged(inquiry, hits, language, rule_files=rule_files)
    fired = {h.rule for h in hits}
    points = _points(hits, ack)
    missing: list[str] = []
    if "quantity" not in points:
        missing.append("quantity")
    if "destination" not in points:
        missing.append("destination")
    if "quantity" in points and "delivery_time" not in points:
        missing.append("delivery_time")
    asked = [key for key in ASKED_POINTS if key in points and not ack.get(key)]
    chase_up = writes_again(inquiry.subject)
    if chase_up:
        missing = []  # their earlier mail in the thread may hold them: the draft does not ask for them again
    lines = [" ".join(line.split()) for line in (signature or "").splitlines()]
    return {
        "greeting": greeting,
        "name": name,
        "title": title,
        "subject": subject_in_draft(inquiry, language),
        "product": _shorten(product, 80) if (product := product_in_draft(inquiry, language)) else "",
        "points": points,
        "missing": missing,
        "asked": asked,
        "asks_samples": SAMPLES_RULE in fired,
        "chase_up": chase_up,
        "signature": "\n".join(line for line in lines if line),
        "seller_company": " ".join((seller_company or "").split()),
        "ack": ack,
    }


# ---------------------------------------------------------------------------------------------
# Filters


def _join_and(items: Iterable[str], sep: str = ", ", last_sep: str = " and ") -> str:
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return sep.join(items[:-1]) + last_sep + items[-1]


def _labelled(keys: Iterable[str], mapping: Mapping[str, str]) -> list[str]:
    return [mapping[k] for k in keys if k in mapping]


# Closings a letter ends with, by language: each template's own closing (config/templates/*.j2, its
# sign_off) and the common ones a seller may already have at the top of a configured signature
# ("Mit freundlichen Grüßen\nHans Weber"). A signature's closing in the draft's language stays as the
# seller wrote it; one in another language gives way to the template's; either way it appears once.
# Compared case-folded, spaces collapsed, without end punctuation (",", "!", "。", "！").
VALEDICTIONS: dict[str, tuple[str, ...]] = {
    "en": ("best regards", "regards", "kind regards", "warm regards", "warmest regards", "best wishes",
           "kindest regards", "with best regards", "with kind regards", "with regards", "sincerely",
           "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "yours truly", "truly yours",
           "thanks and regards", "thanks & regards", "thanks and best regards", "thanks", "thank you",
           "many thanks", "cheers", "respectfully", "best", "all the best"),
    "de": ("mit freundlichen grüßen", "freundliche grüße", "mit besten grüßen", "beste grüße", "viele grüße",
           "herzliche grüße", "liebe grüße", "schöne grüße", "mfg", "hochachtungsvoll", "vielen dank"),
    "es": ("saludos cordiales", "saludos", "un saludo", "un cordial saludo", "atentamente", "cordialmente",
           "gracias", "muchas gracias"),
    "fr": ("bien cordialement", "cordialement", "meilleures salutations", "sincères salutations",
           "salutations distinguées", "bien à vous", "merci"),
    "pt": ("atenciosamente", "cordialmente", "saudações", "abraços", "obrigado", "obrigada"),
    "it": ("cordiali saluti", "distinti saluti", "saluti", "cordialmente", "grazie"),
    "nl": ("met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "hartelijke groet", "groeten"),
    "ru": ("с уважением", "с наилучшими пожеланиями", "всего доброго", "спасибо"),
    "uk": ("з повагою", "з найкращими побажаннями", "дякую"),
    "pl": ("z wyrazami szacunku", "z poważaniem", "pozdrawiam", "dziękuję"),
    "cs": ("s pozdravem", "s přátelským pozdravem", "děkuji"),
    "ro": ("cu stimă", "cu respect", "mulțumesc"),
    "el": ("με εκτίμηση", "με φιλικούς χαιρετισμούς", "ευχαριστώ"),
    "tr": ("saygılarımızla", "saygılarımla", "iyi çalışmalar", "teşekkürler"),
    "zh": ("顺祝商祺", "順祝商祺", "顺颂商祺", "順頌商祺", "此致", "敬礼", "敬禮", "此致敬礼", "祝好", "谢谢", "謝謝"),
    "ja": ("何卒よろしくお願い申し上げます", "よろしくお願い申し上げます", "よろしくお願いいたします",
           "よろしくお願い致します", "よろしくお願いします", "敬具"),
    "ko": ("감사합니다", "감사드립니다", "고맙습니다"),
    "ar": ("مع خالص التحيات", "مع خالص التحية والتقدير", "مع التحية", "تحياتي", "شكرا"),
    "fa": ("با احترام", "با سپاس"),
    "he": ("בברכה", "תודה"),
    "hi": ("सादर", "धन्यवाद"),
    "id": ("hormat kami", "hormat saya", "terima kasih"),
    "vi": ("trân trọng", "xin cảm ơn", "cảm ơn"),
    "th": ("ขอแสดงความนับถือ", "ขอบคุณ"),
    "sw": ("asante", "asante sana", "kwa heshima", "wako mwaminifu", "wako", "shukrani", "kila la heri"),
    "tl": ("maraming salamat po", "maraming salamat", "salamat po", "salamat", "lubos na gumagalang", "gumagalang"),
    "bn": ("ধন্যবাদান্তে", "ধন্যবাদ", "শুভেচ্ছান্তে", "শুভেচ্ছাসহ", "বিনীত"),
    "sv": ("med vänliga hälsningar", "med vänlig hälsning", "vänliga hälsningar", "vänlig hälsning", "bästa hälsningar",
           "hälsningar", "mvh", "tack på förhand", "tack"),
    "hu": ("üdvözlettel", "tisztelettel", "baráti üdvözlettel", "szívélyes üdvözlettel", "köszönettel", "köszönöm", "üdv"),
}
_VALEDICTION_END = ",.!;:，。！；：、،؛ \t"


def _closing_key(line: str) -> str:
    return " ".join(line.casefold().split()).rstrip(_VALEDICTION_END)


_VALEDICTION_LANGUAGES: dict[str, frozenset[str]] = {}
for _language, _closings in VALEDICTIONS.items():
    for _closing in _closings:
        _key = _closing_key(_closing)
        _VALEDICTION_LANGUAGES[_key] = _VALEDICTION_LANGUAGES.get(_key, frozenset()) | {_language}


def valediction_languages(line: str) -> frozenset[str]:
    """The languages `line` is a closing of ("Mit freundlichen Grüßen" -> {"de"}); empty when it is none."""
    return _VALEDICTION_LANGUAGES.get(_closing_key(line), frozenset())


# Where the sales person signs a draft nobody has claimed yet when no signature is configured ([seller]
# signature, [team] signatures): a bare closing reads as finished and could go out unsigned; this is
# plainly there to be replaced (never a made-up name a buyer could take for real, such as "Sales Team").
# In the draft's own language: a blank left unfilled reads as part of the letter, not as English.
SIGNATURE_PLACEHOLDERS: dict[str, str] = {
    "en": "[your name]", "zh": "[您的姓名]", "de": "[Ihr Name]", "es": "[su nombre]", "fr": "[votre nom]",
    "ru": "[ваше имя]", "pt": "[seu nome]", "it": "[il suo nome]", "ja": "[氏名]", "ko": "[성명]",
    "ar": "[اسمك]", "tr": "[adınız]", "pl": "[imię i nazwisko]", "nl": "[uw naam]", "vi": "[họ tên của bạn]",
    "th": "[ชื่อของคุณ]", "id": "[nama Anda]", "uk": "[ваше ім'я]", "fa": "[نام شما]", "he": "[שמך]",
    "hi": "[आपका नाम]", "cs": "[vaše jméno]", "ro": "[numele dvs.]", "el": "[το όνομά σας]",
    "sw": "[jina lako]", "tl": "[inyong pangalan]", "bn": "[আপনার নাম]", "sv": "[ditt namn]", "hu": "[az Ön neve]",
}
SIGNATURE_PLACEHOLDER = SIGNATURE_PLACEHOLDERS[FALLBACK_LANGUAGE]


def _template_language(context: Any) -> str:
    """The language of the template being rendered, from its name (`reply.de.j2` -> "de")."""
    found = TEMPLATE_NAME.match(Path(getattr(context, "name", None) or "").name)
    return found.group(2) if found else FALLBACK_LANGUAGE


def _sign_off_in_template(context: Any, signature: str, closing: str, company: str = "") -> str:
    """`sign_off` as templates call it: the blank to sign in the template's own language."""
    language = _template_language(context)
    return _sign_off(signature, closing, company, SIGNATURE_PLACEHOLDERS.get(language, SIGNATURE_PLACEHOLDER))


# A line of a signature that is a way to reach the seller, not who they are: a website, a mail address or
# a phone number, alone or after a short label ("Tel: +86 574 ...", "Web: www.acme.com", "网址：www.acme.com").
_CONTACT_LINE = re.compile(
    r"(?i)^(?:[^\W\d_][^\W\d_ .-]*(?:[ .-][^\W\d_]+){0,2}\.?\s*[:：]\s*)?"
    r"(?:(?:https?://|www\.)\S+|[^\s@]+@[^\s@]+\.\w+|\+?\d[\d ().-]{5,}\d)$"
)


def _contact_line(line: str) -> bool:
    return len(line) <= 100 and _CONTACT_LINE.match(line) is not None


def _sign_off(signature: str, closing: str, company: str = "", placeholder: str = SIGNATURE_PLACEHOLDER) -> str:
    """The closing block: the native valediction, then the seller's lines (no blank lines); a
    signature that names nobody (empty, a valediction alone, or only a website, mail address or phone)
    gets `placeholder`. The blank and the company go above the signature's contact lines (name,
    company, website: as people sign), under it when it has none."""
    lines = [line.strip() for line in (signature or "").splitlines() if line.strip()]
    signed = not all(valediction_languages(line) or _contact_line(line) for line in lines)
    closing = closing.strip()
    own = 0  # the signature's own closing lines ("此致" / "敬礼！" are two)
    while own < len(lines) and valediction_languages(lines[own]):
        own += 1
    if own and closing:
        if not valediction_languages(lines[0]) & valediction_languages(closing):
            lines[:own] = [closing]  # "Best regards," -> "Saludos cordiales,"; never both
    elif closing:
        lines.insert(0, closing)
    def above_contacts() -> int:
        """Where the contact lines at the end start (len(lines) when there are none)."""
        at = len(lines)
        while at > 0 and _contact_line(lines[at - 1]) and not valediction_languages(lines[at - 1]):
            at -= 1
        return at

    if not signed:
        lines.insert(above_contacts(), placeholder)  # nobody signs: the person who sends it fills it in
    company = " ".join((company or "").split())
    if company and company.lower() not in "\n".join(lines).lower():
        lines.insert(above_contacts(), company)
    return "\n".join(lines)


ACK_ORDER = ("quantity", "model", "destination", "incoterms", "payment_terms", "target_price", "delivery_time")


def _acknowledge(ack: Mapping[str, str], labels: Mapping[str, str]) -> list[str]:
    """The buyer's details as phrases of the template's language: labels map a key to a phrase with
    "{}" for the value ("quantity: {}", "delivery to {}"); "destination_as_written" ("delivery {}")
    is used with the buyer's own preposition ("à Marseille") when they wrote in this language."""
    out = []
    for key in ACK_ORDER:
        value = ack.get(key, "")
        if not value or key not in labels:
            continue
        if key == "destination" and value in ack.get("incoterms", ""):
            continue  # "CIF Jebel Ali" already says where
        if key == "destination" and ack.get("destination_prep") and "destination_as_written" in labels:
            out.append(labels["destination_as_written"].replace("{}", f"{ack['destination_prep']} {value}"))
        else:
            out.append(labels[key].replace("{}", value))
    return out


# Points a buyer raises as a question when they give no value ("what is your lead time?"): the draft
# answers them (a line with a blank for the seller: `asked`), it does not thank for "your details" on them.
ASKED_POINTS = ("delivery_time",)


def _without_values(points: Iterable[str], ack: Mapping[str, str], quoted: Mapping[str, str] | None = None) -> list[str]:
    """Points the buyer raised whose value we could not quote back (still worth a mention). A delivery
    time they set is quoted where `quoted` (the labels the template gives `acknowledge`) has a label for
    it, and named here otherwise (a team's template written before delivery times were quoted passes no
    labels: its buyer is still told their lead time was noted); one they only asked is `asked`, not here."""
    return [p for p in points
            if (bool(ack.get(p)) and (quoted is None or p not in quoted) if p in ASKED_POINTS else not ack.get(p))]


# ---------------------------------------------------------------------------------------------
# Templates
#
# A folder holds `reply.<lang>.j2` (the answer to an inquiry) and `notice.<lang>.j2` (follow-ups,
# greetings and notices, one template per language for every notice kind). A team's own folder
# ([drafts] templates_dir) needs only the languages it changes: the shipped template answers for the
# rest, and English for a language neither has.

TEMPLATE_NAME = _rx(r"^(reply|notice)\.([a-z]{2,3})\.j2$")
NOTICE_KINDS = ("silent_buyer", "rfq_followup", "holiday_greeting", "closure_notice", "price_change")


@lru_cache(maxsize=1)
def default_templates_dir() -> Path:
    """`templates/` in the default configuration folder (`config/` beside the package)."""
    from .config import default_config_dir

    return (default_config_dir() / "templates").resolve()


def _environment(folder: Path) -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder), encoding="utf-8"),
        autoescape=False,  # plain-text email
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    env.filters["join_and"] = _join_and
    env.filters["labelled"] = _labelled
    env.filters["sign_off"] = jinja2.pass_context(_sign_off_in_template)
    env.filters["acknowledge"] = _acknowledge
    env.filters["without_values"] = _without_values
    return env


_FULL_ACK = {"product": "probe product", "quantity": "300 sillas", "model": "XK-2050", "target_price": "USD 2.35/pc",
             "incoterms": "FOB Ningbo", "destination": "Marseille", "destination_prep": "à", "payment_terms": "T/T 30%",
             "delivery_time": "30 days"}
_NO_ACK = {key: "" for key in _FULL_ACK}

# Contexts every template is rendered with once at load, so a typo fails at start-up, not on mail.
_PROBES: tuple[dict[str, Any], ...] = tuple(
    {
        "greeting": "Dear Probe,", "name": "Probe", "title": "Dear", "subject": subject, "product": product,
        "points": list(points), "missing": list(missing), "asks_samples": samples, "chase_up": samples,
        "asked": [key for key in ASKED_POINTS if key in points and not ack.get(key)],
        "signature": signature, "seller_company": company, "ack": ack,
    }
    for subject, product, points, missing, samples, signature, company, ack in (
        ("", "", (), ("quantity", "destination"), False, "", "", _NO_ACK),
        ("probe subject", "", ("destination",), ("quantity",), True, "Best regards,\nProbe", "Probe Co", _NO_ACK),
        ("", "probe product", ("product", "quantity"), ("destination", "delivery_time"), False, "Probe", "", _NO_ACK),
        ("s", "p", ("quantity", "delivery_time"), ("destination",), True, "Probe", "", _FULL_ACK),
        ("s", "", ("quantity", "destination"), ("delivery_time",), False, "Probe", "", _FULL_ACK),
        ("s", "p", POINT_KEYS, (), True, "Kind regards,\nProbe", "Probe Co", _FULL_ACK),
        ("s", "p", POINT_KEYS, (), False, "Probe", "", _NO_ACK),
    )
)
_NOTICE_PROBES: tuple[dict[str, Any], ...] = tuple(
    {"greeting": "Dear Probe,", "name": name, "title": "Dear", "kind": kind, "subject": subject,
     "product": product, "attempt": 2, "holiday": "Probe Day", "date": "2027-01-01",
     "closed_from": "2027-02-10", "closed_to": "2027-02-17", "signature": "Probe", "seller_company": "Probe Co"}
    for kind in ("silent_buyer", "rfq_followup", "holiday_greeting", "closure_notice", "price_change")
    for name, subject, product in (("Probe", "probe subject", "probe product"), ("", "", ""))
)


@lru_cache(maxsize=8)
def _load(folder: Path) -> dict[tuple[str, str], jinja2.Template]:
    """(kind, language) -> template of one folder, each rendered once with the probes."""
    if not folder.is_dir():
        raise ConfigError(f"reply templates folder not found: {folder} (it should hold reply.<lang>.j2 and "
                          f"notice.<lang>.j2 files)")
    templates: dict[tuple[str, str], jinja2.Template] = {}
    for path in sorted(folder.iterdir()):
        match = TEMPLATE_NAME.match(path.name)
        if not match or not path.is_file():
            continue
        templates[(match.group(1), match.group(2))] = _compiled(folder, path.name)
    return templates


@lru_cache(maxsize=None)
def _folder_environment(folder: Path) -> jinja2.Environment:
    return _environment(folder)


@lru_cache(maxsize=256)
def _compiled(folder: Path, name: str) -> jinja2.Template:
    """One template file, compiled and rendered once with the probes (a broken one is a ConfigError)."""
    import jinja2

    path = folder / name
    kind = TEMPLATE_NAME.match(name).group(1)  # type: ignore[union-attr]
    try:
        template = _folder_environment(folder).get_template(name)
        for probe in (_PROBES if kind == "reply" else _NOTICE_PROBES):
            template.render(probe)
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"{path}: template uses an unknown variable: {exc.message}") from None
    except (jinja2.TemplateError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path}: cannot load the reply template: {exc}") from None
    return template


@lru_cache(maxsize=256)
def _template_for(templates_dir: Path | None, kind: str, lang: str) -> jinja2.Template:
    """The template `all_templates(templates_dir)` holds for (kind, lang), else for English: a team's
    file over the shipped one. Compiles only that file: all ~30 cost more than triaging a message."""
    shipped = default_templates_dir()
    team = None
    if templates_dir is not None:
        folder = Path(templates_dir).expanduser().resolve()
        if folder != shipped:
            if not folder.is_dir():
                _load(folder)  # raises the "folder not found" ConfigError
            team = folder
    for folder, language in ((team, lang), (shipped, lang), (team, FALLBACK_LANGUAGE), (shipped, FALLBACK_LANGUAGE)):
        name = f"{kind}.{language}.j2"
        if folder is not None and TEMPLATE_NAME.match(name) and (folder / name).is_file():
            return _compiled(folder, name)
    raise ConfigError(f"{shipped}: {kind}.{FALLBACK_LANGUAGE}.j2 is missing (the fallback for every language "
                      f"without its own template)")


def _shipped() -> dict[tuple[str, str], jinja2.Template]:
    templates = _load(default_templates_dir())
    for kind in ("reply", "notice"):
        if (kind, FALLBACK_LANGUAGE) not in templates:
            raise ConfigError(f"{default_templates_dir()}: {kind}.{FALLBACK_LANGUAGE}.j2 is missing (the fallback "
                              f"for every language without its own template)")
    return templates


def all_templates(templates_dir: str | Path | None = None) -> dict[tuple[str, str], jinja2.Template]:
    """(kind, language) -> template: a team's folder over the shipped one."""
    shipped = _shipped()
    if templates_dir is None:
        return shipped
    folder = Path(templates_dir).expanduser().resolve()
    if folder == default_templates_dir():
        return shipped
    return {**shipped, **_load(folder)}


def load_templates(templates_dir: str | Path | None = None) -> Mapping[str, jinja2.Template]:
    """The reply templates by language code (a team's folder over the shipped one), loaded and
    checked once per folder. Raises ConfigError when the folder is missing or a template is broken."""
    return {lang: t for (kind, lang), t in all_templates(templates_dir).items() if kind == "reply"}


def template_languages(templates_dir: str | Path | None = None) -> list[str]:
    """Languages that have their own reply template (others get English text with a native greeting)."""
    return sorted(load_templates(templates_dir))


def list_templates(templates_dir: str | Path | None = None) -> list[tuple[str, str, str]]:
    """(kind, language, file) of every template in use (a team's file where it has one): for a
    `queue templates` listing."""
    return sorted((kind, lang, str(t.filename)) for (kind, lang), t in all_templates(templates_dir).items())


def _tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line between paragraphs, no blank edges."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _render(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    import jinja2

    try:
        return _tidy(template.render(context))
    except jinja2.TemplateError as exc:
        raise ConfigError(f"{template.filename}: cannot render the draft: {exc}") from None


# ---------------------------------------------------------------------------------------------
# Who signs: the seller's company and each person's own signature


@dataclass(frozen=True)
class DraftSettings:
    """[drafts] templates_dir, [seller] company and signature, [team] signatures, and [rules] files
    (MODEL_SPEC's label words; None: the shipped rule files)."""

    templates_dir: Path | None = None
    company: str = ""
    signature: str = "Best regards,\nSales Team"
    signatures: Mapping[str, str] = field(default_factory=dict)
    rule_files: tuple[Path, ...] | None = None

    def signature_for(self, person: str | None) -> str:
        """The person's own signature when [team] signatures has one, else the team's, else the
        person's name under the template's own closing: never a made-up name a buyer could receive
        ("Our Company" once went out in drafts of teams that had not set [seller])."""
        own = self.signatures.get(person or "", "") if person else ""
        if own.strip():
            return own
        if self.signature.strip():
            return self.signature
        return f"Best regards,\n{person}" if person else "Best regards,"


def draft_settings(config: Any) -> DraftSettings:
    """From a loaded Config (a relative templates_dir is relative to the file that set it)."""
    folder = config.get("drafts.templates_dir", "") or ""
    templates_dir = None
    if folder:
        base = config.base_dirs.get("drafts.templates_dir") or default_templates_dir().parent
        templates_dir = (Path(base) / Path(folder).expanduser()).resolve()
    signatures = config.get("team.signatures", {}) or {}
    if not isinstance(signatures, Mapping) or not all(isinstance(v, str) for v in signatures.values()):
        raise ConfigError('[team] signatures must map a person to a signature text, e.g. { alice = "Alice Wang" }')
    return DraftSettings(templates_dir=templates_dir, company=str(config.get("seller.company", "") or ""),
                         signature=str(config.get("seller.signature", "") or ""), signatures=dict(signatures),
                         rule_files=tuple(config.path_list("rules.files")))


# ---------------------------------------------------------------------------------------------
# The drafts


def draft_reply(inquiry: Inquiry, hits: list[Hit], language: str, *, signature: str = "Best regards,\nSales Team",
                templates_dir: str | Path | None = None, seller_company: str = "",
                rule_files: Iterable[Path] | None = None) -> str:
    """A reply draft in the buyer's language (English text with a native greeting when the
    language has no template, or when the buyer writes it in Latin letters: ROMANISED_GREETINGS). `signature`: the person's own when the draft is made for them;
    `rule_files`: the rule files in use ([rules] files; None: the shipped ones)."""
    lang = base_language(language)
    romanised = romanised_greeting(inquiry, lang)
    if romanised is not None:
        lang = FALLBACK_LANGUAGE  # the English text, as for a language without a template
    template = _template_for(Path(templates_dir) if templates_dir is not None else None, "reply", lang)
    context = reply_context(inquiry, hits, lang, signature=signature, seller_company=seller_company,
                            rule_files=rule_files)
    if romanised is not None:
        context["greeting"], context["title"] = _greeting(romanised, context["name"])
    return _render(template, context)


def notice_kind(task_kind: str, rule: str) -> str | None:
    """The notice template kind of a queue task from its rule name; None for a reply task."""
    head = (rule or "").split(":", 1)[0]
    return {"silent-buyer": "silent_buyer", "rfq-quote": "rfq_followup", "holiday-greeting": "holiday_greeting",
            "closure-notice": "closure_notice", "price-change": "price_change"}.get(head)


_ISO_DATE = _rx(r"\d{4}-\d{2}-\d{2}")


def _holiday_name(rule_parts: list[str], language: str, note: str) -> str:
    """The holiday's name in the buyer's language (the `holidays` package's own translations);
    "" when it has none for that language, so a letter never says "anlässlich Christmas Day"."""
    english = note.split(" (")[0].strip() if " (" in note else ""
    if len(rule_parts) < 3 or not _ISO_DATE.fullmatch(rule_parts[2]):
        return _value(english) if language == FALLBACK_LANGUAGE else ""
    import holidays  # noqa: PLC0415 (only notices need it)

    country, day = rule_parts[1], date.fromisoformat(rule_parts[2])
    try:
        supported = getattr(holidays.country_holidays(country), "supported_languages", ()) or ()
        chosen = next((code for code in supported if code.split("_")[0] == language), None)
        if chosen is None:
            return _value(english) if language == FALLBACK_LANGUAGE else ""
        return _value(holidays.country_holidays(country, years=[day.year], language=chosen).get(day) or "")
    except (NotImplementedError, KeyError, ValueError):
        return _value(english) if language == FALLBACK_LANGUAGE else ""


def _typed_product(matched: str, note: str) -> str:
    """A price-change notice's product as the lead typed it ('LED面板灯'): the task's rule keeps it
    lower-cased for matching and for once a day ('price-change:led面板灯:...'), its note as typed
    ('price change for LED面板灯: tell the buyer'); the rule's when the note names another."""
    typed = note.partition("price change for ")[2].rpartition(": tell the buyer")[0].strip()
    return typed if typed and typed.lower() == matched else matched


def notice_context(kind: str, inquiry: Inquiry, language: str, *, rule: str = "", attempt: int = 0,
                   note: str = "", signature: str = "", seller_company: str = "") -> dict[str, Any]:
    """What a notice template sees: greeting, name, title, kind, subject, product, attempt, holiday
    and date (holiday greeting), closed_from and closed_to (closure), signature, seller_company.
    Dates come from the task's rule ("holiday-greeting:BR:2026-12-25") and note ("closed A to B")."""
    name = buyer_name(inquiry)
    greeting, title = greeting_for(language, name)
    parts = (rule or "").split(":")
    rule_dates = [p for p in parts if _ISO_DATE.fullmatch(p)]
    note_dates = _ISO_DATE.findall(note or "")
    product = _value(product_in_draft(inquiry, language))  # a web form's product too, as the reply names it
    if kind == "price_change" and len(parts) > 2:
        product = _value(_typed_product(parts[1], note)) or product  # the product the notice is about
    lines = [" ".join(line.split()) for line in (signature or "").splitlines()]
    return {
        "greeting": greeting, "name": name, "title": title, "kind": kind,
        "subject": clean_subject(inquiry.subject) or form_subject(inquiry), "product": product, "attempt": attempt,
        "holiday": _holiday_name(parts, language, note) if kind == "holiday_greeting" else "",
        "date": rule_dates[0] if rule_dates and kind == "holiday_greeting" else "",
        "closed_from": note_dates[0] if kind == "closure_notice" and note_dates else "",
        "closed_to": note_dates[1] if kind == "closure_notice" and len(note_dates) > 1 else "",
        "signature": "\n".join(line for line in lines if line),
        "seller_company": " ".join((seller_company or "").split()),
    }


def draft_notice(kind: str, inquiry: Inquiry, language: str, *, rule: str = "", attempt: int = 0, note: str = "",
                 signature: str = "Best regards,\nSales Team", templates_dir: str | Path | None = None,
                 seller_company: str = "") -> str:
    """A follow-up, greeting or notice in the buyer's language from `notice.<lang>.j2` (English
    when the language has none). `note` is the task's note (holiday name, closure dates)."""
    if kind not in NOTICE_KINDS:
        raise ValueError(f"unknown notice kind {kind!r} (known: {', '.join(NOTICE_KINDS)})")
    lang = base_language(language)
    romanised = romanised_greeting(inquiry, lang)
    if romanised is not None:
        lang = FALLBACK_LANGUAGE  # English text (and the holiday's English name), the buyer's greeting
    template = _template_for(Path(templates_dir) if templates_dir is not None else None, "notice", lang)
    context = notice_context(kind, inquiry, lang, rule=rule, attempt=attempt, note=note, signature=signature,
                             seller_company=seller_company)
    if romanised is not None:
        context["greeting"], context["title"] = _greeting(romanised, context["name"])
    return _render(template, context)


_EXCERPT_IN_DETAIL = _rx(r": '([^'\n]{0,200})'$")


def stored_reply_language(row: Any) -> str:
    """reply_language of a stored inquiry (an InquiryRow, or anything with its channel, language and
    result): its country counts when the buyer declared it (an RFQ's country column)."""
    result = dict(getattr(row, "result", None) or {})
    language = getattr(row, "language", None) or result.get("language") or FALLBACK_LANGUAGE
    declared = str(result.get("country") or "") if result.get("country_from") == "declared" else ""
    return reply_language(getattr(row, "channel", None) or result.get("channel") or "email", language, declared)


def task_draft(task: Any, row: Any, settings: DraftSettings, person: str | None = None, *,
               language: str | None = None) -> str:
    """The draft to show for a stored task (a TaskRow and its InquiryRow, or anything with their
    fields): a notice for a follow-up task, the reply otherwise, signed by `person` (the claimer)
    with their own signature when they have one. Made again from the stored inquiry, in `language`
    (a template a person picked), else in stored_reply_language(row)."""
    result = dict(getattr(row, "result", None) or {})
    inquiry = Inquiry(source="", message_id="", channel=row.channel or "email", from_name=row.from_name or "",
                      from_addr=row.from_addr or "", subject=row.subject or "", body=row.body or "",
                      own_text=row.body or "", product=row.product if row.product != row.subject else "")  # stored: product or subject
    language = language or stored_reply_language(row)
    signature = settings.signature_for(person)
    kind = notice_kind(task.kind, task.rule)
    if kind is not None:
        return draft_notice(kind, inquiry, language, rule=task.rule, attempt=task.attempt or 0,
                            note=task.due_note or "", signature=signature, templates_dir=settings.templates_dir,
                            seller_company=settings.company)
    hits = []
    for reason in result.get("reasons", []) or []:
        found = _EXCERPT_IN_DETAIL.search(str(reason.get("detail", "")))
        hits.append(Hit(str(reason.get("rule", "")), float(reason.get("points", 0) or 0), "",
                        excerpt=found.group(1) if found else ""))
    return draft_reply(inquiry, hits, language, signature=signature, templates_dir=settings.templates_dir,
                       seller_company=settings.company, rule_files=settings.rule_files)


_PROGRAMS.save()  # the programs compiled at import, for the next process (only when one was new)
