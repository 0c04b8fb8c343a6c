"""Reply drafts from the per-language templates (DOMAIN.md 2.2-2.4)."""

from __future__ import annotations

import itertools

import pytest

from inquiry_triage.drafts import (
    GREETINGS,
    all_templates,
    base_language,
    buyer_name,
    clean_subject,
    draft_reply,
    load_templates,
    reply_context,
    template_languages,
)
from inquiry_triage.errors import ConfigError
from inquiry_triage.model import Hit, Inquiry

TEMPLATE_LANGUAGES = ["en", "es", "pt", "ru", "fr", "de", "ar", "tr", "it", "ja", "ko", "zh", "pl", "nl", "vi", "th",
                      "id", "uk", "cs", "ro", "el", "he", "fa", "hi", "sw", "tl", "bn", "sv", "hu"]
ALL_LANGUAGES = ["en", "es", "pt", "ru", "fr", "de", "ar", "tr", "it", "pl", "ja", "ko", "vi", "th", "id",
                 "zh", "nl", "uk", "fa", "he", "hi", "cs", "ro", "el", "sw", "tl", "bn", "sv", "hu"]
# The question mark each language writes (Arabic "؟", Japanese full-width "？").
QUESTION_MARK = {"ar": "؟", "ja": "？", "zh": "？", "fa": "؟", "el": ";"}  # Greek writes ";"
SIGNATURE = "Best regards,\nSales Team"

# What every language's sample paragraph must offer (DOMAIN.md 2.3): a cheap courier, freight
# collect, the cost deducted from the first order, an electronic catalogue instead.
SAMPLE_MARKERS = {
    "en": ["economical courier", "freight collect", "deducted from your first order", "electronic catalogue"],
    "es": ["mensajería económico", "flete por cobrar", "primer pedido", "catálogo electrónico"],
    "pt": ["courier econômico", "frete a cobrar", "primeiro pedido", "catálogo eletrônico"],
    "ru": ["экономичной курьерской", "оплатой доставки получателем", "первого заказа", "электронный каталог"],
    "fr": ["messagerie économique", "port dû", "première commande", "catalogue électronique"],
    "de": ["kostengünstigen Kurierdienst", "unfrei", "ersten Bestellung", "elektronischen Katalog"],
    "ar": ["شحن سريع اقتصادية", "عند الاستلام", "طلبكم الأول", "الكتالوج الإلكتروني"],
    "tr": ["ekonomik bir kurye", "alıcı ödemeli", "ilk siparişinizden", "elektronik kataloğumuzu"],
    "it": ["corriere economico", "porto assegnato", "primo ordine", "catalogo elettronico"],
    "ja": ["安価な国際宅配便", "着払い", "初回ご注文", "電子カタログ"],
    "ko": ["경제적인 국제 특송", "착불", "첫 주문", "전자 카탈로그"],
    "zh": ["经济型国际快递", "运费到付", "首笔订单", "电子版产品目录"],
    "pl": ["ekonomiczną usługą kurierską", "na koszt odbiorcy", "pierwszego zamówienia", "katalog elektroniczny"],
    "nl": ["voordelige koeriersdienst", "op kosten van de ontvanger", "eerste bestelling", "elektronische catalogus"],
    "vi": ["chuyển phát nhanh tiết kiệm", "người nhận thanh toán", "đơn hàng đầu tiên", "catalogue điện tử"],
    "th": ["ขนส่งด่วนแบบประหยัด", "ชำระค่าขนส่งปลายทาง", "คำสั่งซื้อแรก", "แคตตาล็อกอิเล็กทรอนิกส์"],
    "id": ["kurir ekonomis", "ditanggung penerima", "pesanan pertama", "katalog elektronik"],
    "uk": ["економною кур'єрською", "оплатою доставки одержувачем", "першого замовлення", "електронний каталог"],
    "cs": ["cenově výhodnou kurýrní", "na náklady příjemce", "první objednávky", "elektronický katalog"],
    "ro": ["curierat economic", "plata transportului la destinatar", "prima dumneavoastră comandă", "catalogul nostru electronic"],
    "el": ["οικονομική υπηρεσία ταχυμεταφοράς", "με χρέωση του παραλήπτη", "πρώτη σας παραγγελία", "ηλεκτρονικό μας κατάλογο"],
    "he": ["שליחויות חסכוני", "בתשלום על ידי המקבל", "מהזמנתכם הראשונה", "הקטלוג האלקטרוני"],
    "fa": ["پست سریع اقتصادی", "توسط گیرنده", "نخستین سفارش", "کاتالوگ الکترونیکی"],
    "hi": ["किफ़ायती कूरियर", "प्राप्तकर्ता द्वारा देय", "पहले ऑर्डर", "इलेक्ट्रॉनिक कैटलॉग"],
    "sw": ["usafirishaji wa haraka yenye gharama nafuu", "ikilipwa na mpokeaji", "oda yako ya kwanza",
           "katalogi yetu ya kielektroniki"],
    "tl": ["murang courier", "freight collect", "inyong unang order", "electronic catalogue"],
    "bn": ["সাশ্রয়ী কুরিয়ারে", "প্রাপক পরিশোধ করবেন", "প্রথম অর্ডার", "ইলেকট্রনিক ক্যাটালগ"],
    "sv": ["prisvärd kurirtjänst", "mottagarfrakt", "första order", "elektroniska katalog"],
    "hu": ["gazdaságos futárszolgálattal", "a címzett fizeti", "első megrendelése", "elektronikus katalógusunkat"],
}


def make_inquiry(**fields) -> Inquiry:
    base = {"source": "test", "message_id": "<t@test>", "from_name": "Anna Keller",
            "from_addr": "a.keller@acme.example", "subject": "RFQ: ball valves DN50"}
    base.update(fields)
    return Inquiry(**base)


def hits(*rules: str) -> list[Hit]:
    return [Hit(rule, 1.0, "test") for rule in rules]


def paragraphs(draft: str) -> list[str]:
    return draft.split("\n\n")


def ends_with_question(text: str, language: str) -> bool:
    return text.endswith(QUESTION_MARK.get(language, "?"))


def no_template_syntax(text: str) -> bool:
    return not any(mark in text for mark in ("{{", "}}", "{%", "%}", "{#", "#}"))


# The combinations of points that pick each closing question.
QUESTION_CASES = {
    "ask_quantity_and_port": [],
    "ask_quantity": ["DESTINATION"],
    "ask_port_and_date": ["QUANTITY"],
    "ask_port": ["QUANTITY", "DELIVERY_TIME"],
    "ask_date": ["RFQ_QUANTITY", "DESTINATION"],
    "offer_samples": ["QUANTITY", "DESTINATION", "DELIVERY_TIME"],
    "choose_sample_option": ["QUANTITY", "DESTINATION", "DELIVERY_TIME", "__ASKS_SAMPLES"],
}


# --- every template language ---------------------------------------------------------------------


def test_every_expected_language_has_a_template():
    assert set(TEMPLATE_LANGUAGES) <= set(template_languages())


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_template_renders_greeting_subject_question_signature(language):
    inquiry = make_inquiry(product="ball valves DN50")
    draft = draft_reply(inquiry, hits("QUANTITY", "MODEL_SPEC", "TARGET_PRICE"), language, signature=SIGNATURE)
    assert draft.startswith(GREETINGS[language][0].format(name="Anna Keller")), draft
    assert "ball valves DN50" in draft
    parts = paragraphs(draft)
    assert len(parts) >= 4  # greeting, thanks, question, signature
    assert ends_with_question(parts[-2], language), parts[-2]
    assert parts[-1].endswith("Sales Team")
    assert no_template_syntax(draft)
    assert "\n\n\n" not in draft and draft == draft.strip()


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_template_uses_the_subject_when_there_is_no_product(language):
    # A forward's prefix is cleaned off ("Re:" makes a chase-up: tests/test_buyer_wrote_again.py)
    draft = draft_reply(make_inquiry(subject="Fwd: RFQ: stainless steel ball valves"), [], language, signature=SIGNATURE)
    assert "stainless steel ball valves" in draft
    assert "RFQ:" not in draft and "Fwd:" not in draft


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_template_without_subject_or_product(language):
    draft = draft_reply(make_inquiry(subject="Order Inquiry"), [], language, signature=SIGNATURE)
    assert "Order Inquiry" not in draft
    assert ends_with_question(paragraphs(draft)[-2], language)


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_template_is_in_its_own_language(language):
    """Non-English templates do not fall back to English body text."""
    if language == "en":
        return
    english = draft_reply(make_inquiry(), hits("QUANTITY"), "en", signature=SIGNATURE)
    draft = draft_reply(make_inquiry(), hits("QUANTITY"), language, signature=SIGNATURE)
    for english_part, part in zip(paragraphs(english)[1:], paragraphs(draft)[1:]):
        assert english_part != part


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_points_raised_are_acknowledged(language):
    without = draft_reply(make_inquiry(), [], language, signature=SIGNATURE)
    with_points = draft_reply(make_inquiry(), hits("TARGET_PRICE", "PAYMENT_TERMS", "INCOTERMS"), language,
                              signature=SIGNATURE)
    assert len(paragraphs(with_points)[1]) > len(paragraphs(without)[1])
    assert "Incoterms" in with_points or "インコタームズ" in with_points


# --- fallback languages --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ms", "fi"])  # codes without a template of their own (sw, hu have one now)
def test_other_languages_get_english_text_with_a_native_greeting(language):
    inquiry = make_inquiry(product="ball valves DN50")
    draft = draft_reply(inquiry, hits("QUANTITY"), language, signature=SIGNATURE)
    english = draft_reply(inquiry, hits("QUANTITY"), "en", signature=SIGNATURE)
    assert draft == english  # no greeting of its own either: all English
    assert language not in GREETINGS


def test_undetermined_language_is_english():
    draft = draft_reply(make_inquiry(), [], "und", signature=SIGNATURE)
    assert draft.startswith("Dear Anna Keller,")
    assert draft_reply(make_inquiry(from_name=""), [], "und").startswith("Dear Sir or Madam,")
    assert draft_reply(make_inquiry(), [], "").startswith("Dear Anna Keller,")


def test_region_subtags_use_the_base_language():
    assert base_language("pt-BR") == "pt" and base_language("zh_Hans") == "zh" and base_language("") == "und"
    assert draft_reply(make_inquiry(), [], "pt-BR").startswith("Bom dia, Anna Keller,")


@pytest.mark.parametrize("language", ALL_LANGUAGES + ["und"])
def test_every_language_keeps_the_draft_shape(language):
    for name in ("Anna Keller", ""):
        draft = draft_reply(make_inquiry(from_name=name), hits("QUANTITY"), language, signature=SIGNATURE)
        greeting = GREETINGS.get(language, GREETINGS["en"])
        assert draft.startswith(greeting[0].format(name=name) if name else greeting[1])
        assert ends_with_question(paragraphs(draft)[-2], language)
        assert paragraphs(draft)[-1] in ("Best regards,\nSales Team",) or paragraphs(draft)[-1].endswith("Sales Team")


def test_greetings_cover_all_detector_languages():
    assert set(ALL_LANGUAGES) == set(GREETINGS)
    for with_name, without in GREETINGS.values():
        assert "{name}" in with_name and "{name}" not in without


# --- the golden fixtures' greetings --------------------------------------------------------------


@pytest.mark.parametrize("language, name, start", [
    ("es", "Carlos López", "Buenos días, Carlos López:"),
    ("ru", "Иван Петров", "Здравствуйте, Иван Петров!"),
    ("en", "Anna Keller", "Dear Anna Keller,"),
    ("ja", "田中太郎", "田中太郎様"),
    ("ko", "김민수", "김민수님께,"),
])
def test_golden_greetings(language, name, start):
    draft = draft_reply(make_inquiry(from_name=name, from_addr="buyer@example.com"), hits("QUANTITY"), language,
                        signature=SIGNATURE)
    assert draft.startswith(start)
    assert draft.split("\n\n")[-2].endswith(QUESTION_MARK.get(language, "?"))


# --- samples ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_sample_request_gets_the_sample_options(language):
    asked = draft_reply(make_inquiry(), hits("QUANTITY", "__ASKS_SAMPLES"), language, signature=SIGNATURE)
    for marker in SAMPLE_MARKERS[language]:
        assert marker in asked, marker
    not_asked = draft_reply(make_inquiry(), hits("QUANTITY"), language, signature=SIGNATURE)
    assert not any(marker in not_asked for marker in SAMPLE_MARKERS[language])
    assert len(paragraphs(asked)) == len(paragraphs(not_asked)) + 1
    assert ends_with_question(paragraphs(asked)[-2], language)


def test_fallback_language_gets_english_sample_options():
    draft = draft_reply(make_inquiry(), hits("__ASKS_SAMPLES"), "ms", signature=SIGNATURE)  # Malay: no template
    assert all(marker in draft for marker in SAMPLE_MARKERS["en"])


# --- the closing question ------------------------------------------------------------------------


@pytest.mark.parametrize("case, rules, missing", [
    ("ask_quantity_and_port", [], ["quantity", "destination"]),
    ("ask_quantity", ["DESTINATION"], ["quantity"]),
    ("ask_port_and_date", ["QUANTITY"], ["destination", "delivery_time"]),
    ("ask_port", ["QUANTITY", "DELIVERY_TIME"], ["destination"]),
    ("ask_date", ["RFQ_QUANTITY", "DESTINATION"], ["delivery_time"]),
    ("offer_samples", ["QUANTITY", "DESTINATION", "DELIVERY_TIME"], []),
])
def test_missing_points(case, rules, missing):
    assert reply_context(make_inquiry(), hits(*rules), "en")["missing"] == missing


@pytest.mark.parametrize("case, expected", [
    ("ask_quantity_and_port", "Could you let us know the quantity you need and your destination port"),
    ("ask_quantity", "Could you let us know the quantity you need, so that"),
    ("ask_port_and_date", "Which port should we quote delivery to, and what is your target delivery date?"),
    ("ask_port", "Which port should we quote delivery to?"),
    ("ask_date", "What is your target delivery date"),
    ("offer_samples", "Would you like us to include samples or an inspection report"),
    ("choose_sample_option", "Which of these sample options would suit you best?"),
])
def test_english_question_follows_what_is_missing(case, expected):
    draft = draft_reply(make_inquiry(), hits(*QUESTION_CASES[case]), "en", signature=SIGNATURE)
    assert paragraphs(draft)[-2].startswith(expected), paragraphs(draft)[-2]


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_each_case_has_its_own_question(language):
    questions = {}
    for case, rules in QUESTION_CASES.items():
        draft = draft_reply(make_inquiry(), hits(*rules), language, signature=SIGNATURE)
        question = paragraphs(draft)[-2]
        assert ends_with_question(question, language), (case, question)
        assert no_template_syntax(draft)
        questions[case] = question
    assert len(set(questions.values())) == len(questions), questions


def test_points_keys_are_normalised_and_ordered():
    context = reply_context(make_inquiry(), hits("DELIVERY_TIME", "RFQ_QUANTITY", "QUANTITY", "RFQ_PRODUCT",
                                                 "MODEL_SPEC", "SOMETHING_ELSE"), "en")
    assert context["points"] == ["product", "quantity", "model", "delivery_time"]
    assert set(context) == {"greeting", "name", "title", "subject", "product", "points", "missing", "asked",
                            "asks_samples", "chase_up", "signature", "seller_company", "ack"}


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("from_name, from_addr", [
    ("Sales", "sales@buyer.example"),
    ("info", "info@buyer.example"),
    ("Purchase Department", "purchase@buyer.example"),
    ("ACME Sales Team", "team@buyer.example"),
    ("ACME Trading Co., Ltd.", "office@buyer.example"),
    ("", "anna.keller@buyer.example"),
    ("anna.keller", "anna.keller@buyer.example"),
    ("john_tom36", "john_tom36@gmail.com"),
    ("anna.keller@buyer.example", "anna.keller@buyer.example"),
])
@pytest.mark.parametrize("language", ["en", "es", "ja", "ko", "de"])
def test_generic_or_mailbox_names_are_not_used(from_name, from_addr, language):
    inquiry = make_inquiry(from_name=from_name, from_addr=from_addr)
    assert buyer_name(inquiry) == ""
    draft = draft_reply(inquiry, [], language, signature=SIGNATURE)
    assert draft.startswith(GREETINGS[language][1])
    assert "anna" not in draft.lower() and "sales@" not in draft.lower()


@pytest.mark.parametrize("from_name, expected", [
    ('"Anna Keller"', "Anna Keller"),
    ("Keller, Anna", "Anna Keller"),
    ("Anna Keller, Purchasing Manager", "Anna Keller"),
    ("Mr. John Smith", "John Smith"),
    ("ANNA KELLER", "Anna Keller"),
    ("Anna Keller via LinkedIn", "Anna Keller"),
    ("Priya Nair", "Priya Nair"),
    ("Иван Петров", "Иван Петров"),
    ("田中太郎", "田中太郎"),
])
def test_display_names_are_cleaned(from_name, expected):
    assert buyer_name(make_inquiry(from_name=from_name, from_addr="priya.nair@gmail.com")) == expected


# --- subject, signature, safety ------------------------------------------------------------------


@pytest.mark.parametrize("subject, expected", [
    ("Re: RFQ: stainless steel ball valves DN50, 2,000 pcs", "stainless steel ball valves DN50, 2,000 pcs"),
    ("Inquiry for LED panels", "LED panels"),
    ("Consulta: sillas de oficina", "sillas de oficina"),
    ("Order Inquiry", ""),
    ("Website contact form", ""),
    ("FW: AW: Anfrage: Kugelhähne", "Kugelhähne"),
    ("", ""),
])
def test_clean_subject(subject, expected):
    assert clean_subject(subject) == expected


@pytest.mark.parametrize("language, closing", [
    ("en", "Best regards,"), ("es", "Saludos cordiales,"), ("de", "Mit freundlichen Grüßen"), ("ru", "С уважением,"),
    ("ja", "何卒よろしくお願い申し上げます。"), ("ko", "감사합니다."),
])
def test_signature_gets_a_native_closing(language, closing):
    draft = draft_reply(make_inquiry(), [], language, signature="Best regards,\n\nLi Wei\nSales Manager",
                        seller_company="Ningbo Valve Co., Ltd.")
    assert paragraphs(draft)[-1] == f"{closing}\nLi Wei\nSales Manager\nNingbo Valve Co., Ltd."
    assert ends_with_question(paragraphs(draft)[-2], language)


def test_signature_edge_cases():
    kind = draft_reply(make_inquiry(), [], "en", signature="Kind regards,\nLi Wei")
    assert paragraphs(kind)[-1] == "Kind regards,\nLi Wei"  # the seller's own English valediction stays
    bare = draft_reply(make_inquiry(), [], "fr", signature="Li Wei\nOur Company")
    assert paragraphs(bare)[-1] == "Bien cordialement,\nLi Wei\nOur Company"
    empty = draft_reply(make_inquiry(), [], "es", signature="")
    assert paragraphs(empty)[-1] == "Saludos cordiales,\n[su nombre]"  # a visible blank to sign, in Spanish
    assert paragraphs(empty)[-2].endswith("?")
    named = draft_reply(make_inquiry(), [], "en", signature="Best regards,\nOur Company", seller_company="our company")
    assert paragraphs(named)[-1] == "Best regards,\nOur Company"  # the company is not repeated


def test_buyer_text_is_not_template_code_and_cannot_break_paragraphs():
    inquiry = make_inquiry(subject="{{ signature }} {% if true %}x{% endif %}", product="valves\n\n\nDN50 {{ 7*7 }}",
                           from_name="Anna {{ name }}")
    for language in TEMPLATE_LANGUAGES:
        draft = draft_reply(inquiry, [], language, signature=SIGNATURE)
        assert "valves DN50 {{ 7*7 }}" in draft and "49" not in draft
        assert ends_with_question(paragraphs(draft)[-2], language)


def test_no_template_syntax_in_any_combination():
    names = ["Anna Keller", ""]
    rule_sets = [[], ["QUANTITY"], ["QUANTITY", "DESTINATION", "DELIVERY_TIME", "__ASKS_SAMPLES"],
                 ["RFQ_PRODUCT", "MODEL_SPEC", "TARGET_PRICE", "INCOTERMS", "PAYMENT_TERMS"]]
    products = ["", "ball valves"]
    for language, name, rules, product in itertools.product(ALL_LANGUAGES, names, rule_sets, products):
        draft = draft_reply(make_inquiry(from_name=name, product=product), hits(*rules), language,
                            signature=SIGNATURE, seller_company="Ningbo Valve Co.")
        assert no_template_syntax(draft), draft
        assert all("  " not in line and line == line.strip() for line in draft.split("\n")), draft


# --- loading -------------------------------------------------------------------------------------


def test_templates_are_loaded_once_per_folder():
    assert all_templates() is all_templates()


def test_missing_template_folder_is_a_clear_error(tmp_path):
    missing = tmp_path / "no-such-templates"
    with pytest.raises(ConfigError, match="reply templates folder not found.*no-such-templates"):
        load_templates(missing)
    with pytest.raises(ConfigError, match="not found"):
        draft_reply(make_inquiry(), [], "en", templates_dir=missing)


def test_team_folder_without_english_template_falls_back_to_the_shipped_one(tmp_path):
    (tmp_path / "reply.es.j2").write_text("{{ greeting }}\n\n¿Pregunta?\n\n{{ signature }}\n", encoding="utf-8")
    assert draft_reply(make_inquiry(), [], "es", templates_dir=tmp_path, signature="Li") == \
        "Buenos días, Anna Keller:\n\n¿Pregunta?\n\nLi"
    assert draft_reply(make_inquiry(), [], "en", templates_dir=tmp_path) == draft_reply(make_inquiry(), [], "en")


def test_broken_templates_fail_at_load(tmp_path):
    syntax = tmp_path / "syntax"
    syntax.mkdir()
    (syntax / "reply.en.j2").write_text("{{ greeting }}\n\n{% if name %}\nQuestion?\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"reply\.en\.j2:\d+: template syntax error"):
        load_templates(syntax)
    typo = tmp_path / "typo"
    typo.mkdir()
    (typo / "reply.en.j2").write_text("{{ greting }}\n\nQuestion?\n\n{{ signature }}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown variable.*greting"):
        load_templates(typo)


def test_custom_template_folder(tmp_path):
    (tmp_path / "reply.en.j2").write_text(
        "{{ greeting }}\n\n{% if points %}{{ points | join_and(', ', ' and ') }}{% endif %} noted.\n\n"
        "Anything else?\n\n{{ signature | sign_off('Regards,', seller_company) }}\n", encoding="utf-8")
    draft = draft_reply(make_inquiry(), hits("QUANTITY", "INCOTERMS"), "ms", signature="Li Wei",
                        templates_dir=tmp_path)  # no Malay template anywhere: the team's English one
    assert draft == "Dear Anna Keller,\n\nquantity and incoterms noted.\n\nAnything else?\n\nRegards,\nLi Wei"
