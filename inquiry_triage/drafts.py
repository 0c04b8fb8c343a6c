"""Reply drafts (DOMAIN.md 2.2-2.4): greet in the buyer's language with a polite title and name,
thank them for the inquiry, acknowledge the points they raised, answer a sample request with the
seed's options, and end with a question; the seller's signature comes last.

The text lives in Jinja2 templates, one per language: ``config/templates/reply.<lang>.j2``. A
language without a template gets the English template with the buyer's own greeting. Templates are
plain text (no HTML escaping), strict about unknown variables, and loaded once per folder.

Shape of every draft (the golden tests rely on it): paragraphs separated by one blank line, the
closing question is the last paragraph before the signature, the signature is the last paragraph.

The context a template receives (see `reply_context`):

``greeting``       the full greeting line in the buyer's language, e.g. "Estimado/a Carlos López:";
                   the polite no-name form ("Dear Sir or Madam,") when there is no usable name.
``name``           the buyer's display name, cleaned; "" when unknown or generic ("Sales", "Info").
``title``          the polite title the greeting puts with the name ("Dear", "Estimado/a", "様").
``subject``        the subject line cleaned of "Re:"/"Fwd:" and labels such as "RFQ:"; "" when it
                   says nothing ("Order Inquiry", "Website contact form").
``product``        the product the buyer named (an RFQ's product field); "" when not given.
``points``         keys of the points the buyer raised, in this order: product, quantity, model,
                   target_price, incoterms, destination, payment_terms, delivery_time.
``missing``        what the closing question should ask for: "quantity" and "destination" while
                   they are missing, "delivery_time" once the quantity is known; [] when all given.
``asks_samples``   the buyer asked for samples (hit ``__ASKS_SAMPLES``).
``signature``      the seller's signature, blank lines removed ("" when none is configured).
``seller_company`` the seller's company name, "" when not given.

Filters available to templates: ``join_and(sep, last_sep)`` joins a list ("a, b and c");
``labelled(mapping)`` maps point keys to labels, dropping keys the mapping lacks;
``sign_off(closing, company)`` turns the signature into the closing block: the template's native
valediction replaces an English one ("Best regards,") or goes on top, and the company is added when
the signature does not name it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .errors import ConfigError
from .model import Hit, Inquiry

# Greeting with a name ({name}) and without, for every language the detector may return. The
# greeting is always the buyer's own, even when the body falls back to English.
GREETINGS: dict[str, tuple[str, str]] = {
    "en": ("Dear {name},", "Dear Sir or Madam,"),
    "es": ("Estimado/a {name}:", "Estimado cliente:"),
    "pt": ("Prezado(a) {name},", "Prezado cliente,"),
    "ru": ("Уважаемый(ая) {name}!", "Здравствуйте!"),
    "fr": ("Bonjour {name},", "Madame, Monsieur,"),
    "de": ("Sehr geehrte(r) {name},", "Sehr geehrte Damen und Herren,"),
    "it": ("Gentile {name},", "Gentile cliente,"),
    "ar": ("السيد/السيدة {name} المحترم،", "السادة الأفاضل،"),
    "tr": ("Sayın {name},", "Sayın Yetkili,"),
    "ja": ("{name}様", "ご担当者様"),
    "ko": ("{name}님께,", "담당자님께,"),
    "pl": ("Szanowny Panie / Szanowna Pani {name},", "Szanowni Państwo,"),
    "nl": ("Geachte {name},", "Geachte heer/mevrouw,"),
    "vi": ("Kính gửi {name},", "Kính gửi Quý khách,"),
    "th": ("เรียน คุณ{name}", "เรียน ลูกค้าที่เคารพ"),
    "id": ("Yth. Bapak/Ibu {name},", "Yth. Bapak/Ibu,"),
    "uk": ("Шановний(а) {name}!", "Доброго дня!"),
    "fa": ("{name} گرامی،", "با سلام و احترام،"),
    "he": ("{name} היקר/ה,", "שלום רב,"),
    "hi": ("आदरणीय {name},", "आदरणीय महोदय/महोदया,"),
    "cs": ("Vážený/á {name},", "Dobrý den,"),
    "ro": ("Stimate/Stimată {name},", "Stimate client,"),
    "el": ("Αγαπητέ/ή {name},", "Αξιότιμε κύριε/κυρία,"),
    "zh": ("尊敬的{name}：", "您好！"),
}

FALLBACK_LANGUAGE = "en"

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

TEMPLATE_NAME = re.compile(r"^reply\.([a-z]{2,3})\.j2$")

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
_COMPANY_SCRIPT = re.compile(r"有限公司|株式会社|有限会社|㈱|주식회사|\(주\)|集团|工厂")
_HONORIFIC = re.compile(
    r"(?i)^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|sr|sra|srta|herr|frau|mme|mlle|sig|sig\.ra|"
    r"г-н|г-жа|господин|госпожа)\.?|m\.)\s+(?=\S)"
)
_EMAIL = re.compile(r"\S+@\S+")


def buyer_name(inquiry: Inquiry) -> str:
    """A name to greet: the sender's display name, cleaned; "" when there is no person's name.

    Never the mailbox's user part: addresses, names with digits ("tom36"), a one-word name equal
    to the user part ("a.keller"), roles ("Sales", "Purchase Department") and companies give "".
    """
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
    name = _HONORIFIC.sub("", name).strip()
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


_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|rv|tr|sv|vs|odp|ynt|回复|答复|转发|回覆|轉寄)\s*(?:\[\d+\])?\s*[:：]\s*)+",
    re.I,
)
_SUBJECT_LEAD_IN = re.compile(
    r"^\s*(?:urgent\s+|new\s+)?(?:price\s+)?(?:rfq|inquiry|enquiry|request\s+for\s+(?:quotation|quote|price)|"
    r"quotation\s+request|request|quotation|quote)\s+(?:for|about|of|on|regarding|re)\s+",
    re.I,
)
_GENERIC_SUBJECT_WORDS = frozenset("""
inquiry inquiries enquiry enquiries rfq rfqs request requests for quotation quotations quote quotes
price prices pricing offer offers order orders purchase new urgent product products information
info contact form website web site message messages hello hi dear sir madam question questions
business cooperation partnership catalog catalogue catalogues about of on and the a an from your
our please reply regarding re fw fwd sample samples
consulta consultas cotización cotizacion solicitud pedido presupuesto información informacion
pedido cotação cotacao orçamento orcamento informação informacao
запрос запроса цены цена предложение заказ информация
anfrage angebot preisanfrage bestellung information
demande devis prix commande renseignements
richiesta offerta preventivo ordine informazioni
talep teklif fiyat sipariş bilgi
문의 견적 お問い合わせ 問い合わせ 見積 見積もり 見積依頼 استفسار طلب عرض سعر
""".split())


def clean_subject(subject: str) -> str:
    """The subject without reply/forward prefixes and generic labels; "" when nothing is left."""
    text = " ".join((subject or "").split())
    text = _SUBJECT_PREFIX.sub("", text)
    label, sep, rest = text.partition(":")
    if not sep:
        label, sep, rest = text.partition("：")
    if sep and rest.strip() and all(w in _GENERIC_SUBJECT_WORDS for w in re.findall(r"\w+", label.lower())):
        text = rest.strip()
    text = _SUBJECT_LEAD_IN.sub("", text).strip(" -–—:|")
    words = re.findall(r"\w+", text.lower())
    if not words or all(w in _GENERIC_SUBJECT_WORDS for w in words):
        return ""
    return _shorten(text, 80)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:-") + "…"


# ---------------------------------------------------------------------------------------------
# Context


def base_language(language: str) -> str:
    """ "pt-BR" -> "pt", "zh_Hans" -> "zh", "" -> "und"."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code or "und"


def greeting_for(language: str, name: str) -> tuple[str, str]:
    """(greeting line, title) in the buyer's language; English for unknown codes and "und"."""
    with_name, without = GREETINGS.get(base_language(language), GREETINGS[FALLBACK_LANGUAGE])
    title = " ".join(with_name.replace("{name}", " ").split()).strip(" ,:!،：")
    return (with_name.format(name=name) if name else without), title


def reply_context(inquiry: Inquiry, hits: Iterable[Hit], language: str, *, signature: str = "",
                  seller_company: str = "") -> dict[str, Any]:
    """The variables a reply template sees (documented in the module docstring)."""
    name = buyer_name(inquiry)
    greeting, title = greeting_for(language, name)
    fired = {h.rule for h in hits}
    points = [key for key in POINT_KEYS if any(POINT_RULES[r] == key for r in fired if r in POINT_RULES)]
    missing: list[str] = []
    if "quantity" not in points:
        missing.append("quantity")
    if "destination" not in points:
        missing.append("destination")
    if "quantity" in points and "delivery_time" not in points:
        missing.append("delivery_time")
    lines = [" ".join(line.split()) for line in (signature or "").splitlines()]
    return {
        "greeting": greeting,
        "name": name,
        "title": title,
        "subject": clean_subject(inquiry.subject),
        "product": _shorten(inquiry.product, 80) if inquiry.product.strip() else "",
        "points": points,
        "missing": missing,
        "asks_samples": SAMPLES_RULE in fired,
        "signature": "\n".join(line for line in lines if line),
        "seller_company": " ".join((seller_company or "").split()),
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


_ENGLISH_VALEDICTIONS = frozenset("""
regards|best regards|kind regards|warm regards|warmest regards|best wishes|kindest regards|
with best regards|with kind regards|with regards|sincerely|yours sincerely|sincerely yours|
yours faithfully|faithfully|yours truly|truly yours|thanks and regards|thanks & regards|
thanks and best regards|thanks|thank you|many thanks|cheers|respectfully|best|all the best
""".replace("\n", "").split("|"))


def _is_english_valediction(line: str) -> bool:
    return " ".join(line.lower().strip().rstrip(",.!").split()) in _ENGLISH_VALEDICTIONS


def _sign_off(signature: str, closing: str, company: str = "") -> str:
    """The closing block: the native valediction, then the seller's lines (no blank lines)."""
    lines = [line.strip() for line in (signature or "").splitlines() if line.strip()]
    closing = closing.strip()
    if lines and _is_english_valediction(lines[0]):
        if not _is_english_valediction(closing):
            lines[0] = closing  # "Best regards," -> "Saludos cordiales,"
    elif closing:
        lines.insert(0, closing)
    company = " ".join((company or "").split())
    if company and company.lower() not in "\n".join(lines).lower():
        lines.append(company)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Templates


@lru_cache(maxsize=1)
def default_templates_dir() -> Path:
    """`templates/` in the default configuration folder (`config/` beside the package)."""
    from .config import default_config_dir

    return (default_config_dir() / "templates").resolve()


def _environment(folder: Path) -> jinja2.Environment:
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
    env.filters["sign_off"] = _sign_off
    return env


# Contexts every template is rendered with once at load, so a typo fails at start-up, not on mail.
_PROBES: tuple[dict[str, Any], ...] = tuple(
    {
        "greeting": "Dear Probe,", "name": "Probe", "title": "Dear", "subject": subject, "product": product,
        "points": list(points), "missing": list(missing), "asks_samples": samples,
        "signature": signature, "seller_company": company,
    }
    for subject, product, points, missing, samples, signature, company in (
        ("", "", (), ("quantity", "destination"), False, "", ""),
        ("probe subject", "", ("destination",), ("quantity",), True, "Best regards,\nProbe", "Probe Co"),
        ("", "probe product", ("product", "quantity"), ("destination", "delivery_time"), False, "Probe", ""),
        ("s", "p", ("quantity", "delivery_time"), ("destination",), True, "Probe", ""),
        ("s", "", ("quantity", "destination"), ("delivery_time",), False, "Probe", ""),
        ("s", "p", POINT_KEYS, (), True, "Kind regards,\nProbe", "Probe Co"),
        ("s", "p", POINT_KEYS, (), False, "Probe", ""),
    )
)


@lru_cache(maxsize=8)
def _load(folder: Path) -> dict[str, jinja2.Template]:
    if not folder.is_dir():
        raise ConfigError(f"reply templates folder not found: {folder} (it should hold reply.<lang>.j2 files, "
                          f"at least reply.{FALLBACK_LANGUAGE}.j2)")
    env = _environment(folder)
    templates: dict[str, jinja2.Template] = {}
    for path in sorted(folder.iterdir()):
        match = TEMPLATE_NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            template = env.get_template(path.name)
            for probe in _PROBES:
                template.render(probe)
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigError(f"{path}:{exc.lineno}: template syntax error: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"{path}: template uses an unknown variable: {exc.message}") from None
        except (jinja2.TemplateError, UnicodeDecodeError, OSError) as exc:
            raise ConfigError(f"{path}: cannot load the reply template: {exc}") from None
        templates[match.group(1)] = template
    if FALLBACK_LANGUAGE not in templates:
        raise ConfigError(f"{folder}: reply.{FALLBACK_LANGUAGE}.j2 is missing (the fallback for every language "
                          f"without its own template)")
    return templates


def load_templates(templates_dir: str | Path | None = None) -> Mapping[str, jinja2.Template]:
    """The reply templates of a folder by language code, loaded and checked once per folder.

    Raises ConfigError when the folder or reply.en.j2 is missing, or a template is broken.
    """
    if templates_dir is None:
        return _load(default_templates_dir())
    return _load(Path(templates_dir).expanduser().resolve())


def template_languages(templates_dir: str | Path | None = None) -> list[str]:
    """Languages that have their own template (others get English text with a native greeting)."""
    return sorted(load_templates(templates_dir))


def _tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line between paragraphs, no blank edges."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# ---------------------------------------------------------------------------------------------
# The draft


def draft_reply(inquiry: Inquiry, hits: list[Hit], language: str, *, signature: str = "Best regards,\nSales Team",
                templates_dir: str | Path | None = None, seller_company: str = "") -> str:
    """A reply draft in the buyer's language (English text with a native greeting when the
    language has no template)."""
    templates = load_templates(templates_dir)
    lang = base_language(language)
    template = templates.get(lang) or templates[FALLBACK_LANGUAGE]
    context = reply_context(inquiry, hits, lang, signature=signature, seller_company=seller_company)
    try:
        return _tidy(template.render(context))
    except jinja2.TemplateError as exc:
        raise ConfigError(f"{template.filename}: cannot render the reply: {exc}") from None
