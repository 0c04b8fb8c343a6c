"""Language identification: accuracy on the shared corpus, determinism, restriction, mixed texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inquiry_triage.language import UNDETERMINED, LanguageDetector, LanguageResult, evaluate_langid

LANGUAGES = ["en", "es", "pt", "ru", "fr", "de", "ar", "tr", "it", "pl", "ja", "ko", "vi", "th", "id",
             "zh", "nl", "uk", "fa", "he", "hi", "cs", "ro", "el"]
MINOR = [code for code in LANGUAGES if code not in ("en", "zh")]


def corpora_dir() -> Path:
    """/work/shared/corpora beside the project, or INQUIRY_TRIAGE_CORPORA."""
    configured = os.environ.get("INQUIRY_TRIAGE_CORPORA")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(LANGUAGES, MINOR, seed=0)


@pytest.fixture(scope="module")
def langid_report(detector: LanguageDetector) -> dict[str, dict[str, object]]:
    langid = corpora_dir() / "langid"
    if not langid.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"language corpus missing at {langid} (CI must measure accuracy)")
        pytest.skip(f"language corpus not found at {langid}")
    return evaluate_langid(corpora_dir(), detector)


# --- accuracy on the real corpus ---

def test_corpus_covers_all_configured_languages(langid_report: dict[str, dict[str, object]]) -> None:
    for granularity in ("sentences", "word-pairs"):
        assert set(langid_report[granularity]["accuracy"]) == set(LANGUAGES), granularity  # type: ignore[arg-type]


def test_sentence_accuracy_floor(langid_report: dict[str, dict[str, object]]) -> None:
    report = langid_report["sentences"]
    assert report["mean"] >= 0.99, report["accuracy"]


def test_word_pair_accuracy_floor(langid_report: dict[str, dict[str, object]]) -> None:
    report = langid_report["word-pairs"]
    assert report["mean"] >= 0.90, report["accuracy"]


def test_report_shape(langid_report: dict[str, dict[str, object]]) -> None:
    singles = langid_report["single-words"]  # informational only: no floor
    assert set(singles) >= {"accuracy", "lines", "mean", "confusions", "ms_per_call", "skipped"}
    assert 0.0 <= singles["mean"] <= 1.0  # type: ignore[operator]


def test_evaluate_accepts_langid_folder_and_skips_unconfigured(tmp_path: Path) -> None:
    folder = tmp_path / "langid" / "sentences"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text("We would like to order five hundred panels.\n\n", encoding="utf-8")
    (folder / "sv.txt").write_text("Vi vill beställa femhundra paneler.\n", encoding="utf-8")
    report = evaluate_langid(tmp_path / "langid", LanguageDetector(["en", "de"], ["de"]))
    assert report["sentences"]["accuracy"] == {"en": 1.0}
    assert report["sentences"]["lines"] == {"en": 1}
    assert report["sentences"]["skipped"] == ["sv"]


# --- determinism ---

SAMPLES = [
    "Necesitamos 500 piezas de paneles LED, por favor envíe su cotización.",
    "water parks",
    "Hola amigo,\n\nWe need 500 pcs of LED panels. Please quote FOB Ningbo.",
    "Нам нужно 500 штук, пришлите цену.",
    "Wij hebben 500 panelen nodig.",
    "manera profesional",
]


def test_repeated_calls_give_identical_results(detector: LanguageDetector) -> None:
    for text in SAMPLES:
        first = detector.detect(text)
        for _ in range(3):
            assert detector.detect(text) == first
            assert detector.detect_code(text) == first.language


def test_new_instances_and_seeds_give_identical_results(detector: LanguageDetector) -> None:
    others = [LanguageDetector(LANGUAGES, MINOR, seed=0), LanguageDetector(LANGUAGES, MINOR, seed=12345)]
    for text in SAMPLES:
        expected = detector.detect(text)
        for other in others:
            assert other.detect(text) == expected


# --- configuration ---

def test_restriction_never_answers_an_unconfigured_language() -> None:
    narrow = LanguageDetector(["en", "de"], ["de"])
    french = ["Nous avons besoin de 500 panneaux, merci de nous envoyer votre meilleur prix.",
              "Bonjour", "Je voudrais commander des échantillons.", "prix unitaire"]
    for text in french:
        assert narrow.detect_code(text) in {"en", "de", UNDETERMINED}
        assert {code for code, _ in narrow.detect(text).languages} <= {"en", "de"}
    # Text in a script no configured language writes is undetermined, not forced into one.
    assert narrow.detect_code("Здравствуйте, нам нужна цена") == UNDETERMINED


def test_chinese_variants_are_reported_as_zh() -> None:
    detector = LanguageDetector(["en", "zh-cn", "zh-TW"], [])
    assert detector.languages == ("en", "zh")
    assert detector.detect_code("我们需要五百个LED灯，请报价。") == "zh"
    assert detector.detect_code("我們需要五百個LED燈，請報價。") == "zh"


def test_invalid_configuration_is_rejected() -> None:
    with pytest.raises(ValueError):
        LanguageDetector(["en", "xx"], [])
    with pytest.raises(ValueError):
        LanguageDetector(["en", "es"], ["en"])
    with pytest.raises(ValueError):
        LanguageDetector(["en", "es"], ["fr"])


# --- texts ---

@pytest.mark.parametrize("text", ["", "   \n\t", "12345 678", "+86 138 0000 0000", "a", "ok", "!!!", "😀 👍", "$1,200.00"])
def test_empty_or_too_short_is_undetermined(detector: LanguageDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.language == UNDETERMINED
    assert result.languages == []
    assert not result.minor_language and not result.mixed_with_english
    assert detector.detect_code(text) == UNDETERMINED


@pytest.mark.parametrize(("text", "expected"), [
    ("We need 500 LED panels, please send your best price and delivery time.", "en"),
    ("Necesitamos 500 piezas de paneles LED, por favor envíe su mejor precio.", "es"),
    ("Precisamos de 500 peças de painéis LED, por favor envie sua cotação.", "pt"),
    ("Nous avons besoin de 500 panneaux LED, merci de nous envoyer votre offre.", "fr"),
    ("Wir benötigen 500 Stück LED-Panels, bitte senden Sie uns Ihr Angebot.", "de"),
    ("Abbiamo bisogno di 500 pannelli LED, inviateci la vostra migliore offerta.", "it"),
    ("Potrzebujemy 500 sztuk paneli LED, proszę o ofertę cenową.", "pl"),
    ("500 adet LED panel ihtiyacımız var, lütfen fiyat teklifi gönderin.", "tr"),
    ("Chúng tôi cần 500 tấm đèn LED, vui lòng gửi báo giá.", "vi"),
    ("Kami membutuhkan 500 panel LED, mohon kirimkan penawaran harga.", "id"),
    ("Wij hebben 500 LED-panelen nodig, graag uw beste prijsopgave.", "nl"),
    ("Potřebujeme 500 kusů LED panelů, prosím o cenovou nabídku.", "cs"),
    ("Avem nevoie de 500 de panouri LED, vă rugăm să ne trimiteți oferta.", "ro"),
    ("Нам нужно 500 светодиодных панелей, пришлите, пожалуйста, цену.", "ru"),
    ("Нам потрібно 500 світлодіодних панелей, надішліть, будь ласка, ціну.", "uk"),
    ("Χρειαζόμαστε 500 πάνελ LED, παρακαλώ στείλτε μας προσφορά.", "el"),
    ("نحن بحاجة إلى 500 لوحة LED، يرجى إرسال عرض السعر.", "ar"),
    ("ما به ۵۰۰ عدد پنل نیاز داریم، لطفا پیش فاکتور ارسال کنید.", "fa"),
    ("אנחנו צריכים 500 פאנלים, נא לשלוח הצעת מחיר.", "he"),
    ("हमें 500 एलईडी पैनल चाहिए, कृपया कीमत भेजें।", "hi"),
    ("เราต้องการแผง LED 500 ชิ้น กรุณาส่งใบเสนอราคา", "th"),
    ("LEDパネルを500枚必要としています。見積もりをお願いします。", "ja"),
    ("LED 패널 500개가 필요합니다. 견적을 보내주세요.", "ko"),
    ("我们需要500个LED面板，请报最优惠的价格。", "zh"),
])
def test_hand_written_sentences(detector: LanguageDetector, text: str, expected: str) -> None:
    result = detector.detect(text)
    assert result.language == expected
    assert result.languages[0][0] == expected
    assert result.minor_language == (expected not in ("en", "zh"))
    assert not result.mixed_with_english


def test_russian_is_minor(detector: LanguageDetector) -> None:
    result = detector.detect("Здравствуйте! Мы хотим заказать 500 штук. Какая у вас минимальная партия и цена?")
    assert result.language == "ru"
    assert result.minor_language
    assert not result.mixed_with_english


def test_capitals_and_acronyms_do_not_change_the_answer(detector: LanguageDetector) -> None:
    assert detector.detect_code("PLEASE SEND PRICE FOR 500 PCS LED PANEL, DELIVERY TO HAMBURG") == "en"
    assert detector.detect_code("Necesitamos precio FOB y CIF en USD para 500 PCS, MOQ y plazo de entrega.") == "es"


def test_latin_lookalikes_inside_cyrillic_words(detector: LanguageDetector) -> None:
    # "i" typed on a Latin layout inside Ukrainian words is read as the Ukrainian letter.
    assert detector.detect_code("Привiт, нам потрiбно 500 штук, надiшлiть цiну") == "uk"


# --- mixed with English ---

BODY = ("We need 500 pcs of LED panel lights, 600x600 mm, 40W. Please send your best FOB price,\n"
        "MOQ and delivery time. Also let us know the payment terms and whether samples are free.\n\n"
        "Best regards,\nCarlos Mendoza\nPurchasing Manager")


def test_spanish_greeting_over_english_body_is_mixed_spanish(detector: LanguageDetector) -> None:
    result = detector.detect("Hola amigo,\n\n" + BODY)
    assert result.language == "es"
    assert result.mixed_with_english
    assert result.minor_language
    assert {code for code, _ in result.languages} == {"en", "es"}
    assert [lang for lang, _ in result.segments][:2] == ["es", "en"]
    assert detector.detect_code("Hola amigo,\n\n" + BODY) == "es"


def test_greeting_below_subject_line_counts(detector: LanguageDetector) -> None:
    result = detector.detect("Inquiry for LED panels\nBuenos días,\n" + BODY)
    assert (result.language, result.mixed_with_english) == ("es", True)


@pytest.mark.parametrize(("greeting", "expected"), [
    ("Bonjour,", "fr"), ("Guten Tag,", "de"), ("Buongiorno,", "it"), ("Dzień dobry,", "pl"),
    ("Merhaba,", "tr"), ("Здравствуйте,", "ru"), ("Γεια σας,", "el"), ("こんにちは", "ja"),
])
def test_other_minor_greetings(detector: LanguageDetector, greeting: str, expected: str) -> None:
    result = detector.detect(greeting + "\n\n" + BODY)
    assert (result.language, result.mixed_with_english) == (expected, True)


@pytest.mark.parametrize("greeting", ["Dear Sir/Madam,", "Hi Maria,", "Dear Señor Pérez,", "Dear Supplier,",
                                      "Hello friend,", "Dear Giovanni,", "Attn: Sales Dept."])
def test_english_greetings_stay_english(detector: LanguageDetector, greeting: str) -> None:
    result = detector.detect(greeting + "\n\n" + BODY)
    assert result.language == "en"
    assert not result.mixed_with_english
    assert not result.minor_language


def test_russian_paragraph_plus_english_paragraph(detector: LanguageDetector) -> None:
    text = ("Здравствуйте! Нас интересуют ваши светодиодные панели. Пришлите, пожалуйста, прайс-лист "
            "и условия доставки в Москву.\n\n"
            "For our English-speaking colleagues: we need 500 pieces, please quote CIF Saint Petersburg "
            "and tell us the lead time.")
    result = detector.detect(text)
    assert result.language == "ru"
    assert result.mixed_with_english
    assert dict(result.languages).keys() == {"ru", "en"}
    assert abs(sum(share for _, share in result.languages) - 1.0) < 1e-3


def test_single_language_mail_with_english_signature_is_not_mixed(detector: LanguageDetector) -> None:
    text = ("Estimado proveedor:\n\nNecesitamos 500 paneles LED de 600x600 mm para un proyecto en Lima. "
            "Por favor envíenos su mejor precio FOB, el plazo de entrega y las condiciones de pago.\n\n"
            "Best regards,\nJuan Pérez")
    result = detector.detect(text)
    assert result.language == "es"
    assert not result.mixed_with_english


def test_quoted_reply_is_ignored(detector: LanguageDetector) -> None:
    text = ("Necesitamos el precio para 500 unidades, gracias.\n\n"
            "> On Monday you wrote:\n> Thank you for your inquiry, we will send the catalogue and the price list soon.\n"
            "> Please confirm the quantity and the destination port of your order.")
    result = detector.detect(text)
    assert result.language == "es"
    assert not result.mixed_with_english


def test_result_type(detector: LanguageDetector) -> None:
    result = detector.detect("Hola amigo,\n\n" + BODY)
    assert isinstance(result, LanguageResult)
    assert all(isinstance(code, str) and isinstance(p, float) for code, p in result.languages)
    assert all(isinstance(lang, str) and isinstance(excerpt, str) for lang, excerpt in result.segments)


# --- side effects ---  (speed is measured in bench/, never asserted in tests)

def test_global_langdetect_factory_is_untouched() -> None:
    from langdetect import detector_factory

    before = (detector_factory._factory, detector_factory.DetectorFactory.seed)
    LanguageDetector(["en", "fr"], ["fr"]).detect("Bonjour, nous voulons commander des panneaux.")
    assert (detector_factory._factory, detector_factory.DetectorFactory.seed) == before




# --- short messages: greetings, chat lines, abstention (issue 7 item 7) ---

GREETINGS = [
    ("Hola", "es"), ("Merci", "fr"), ("Obrigado", "pt"), ("Здравствуйте", "ru"), ("Merhaba", "tr"),
    ("Dzień dobry", "pl"), ("Xin chào", "vi"), ("Terima kasih", "id"), ("Goedemiddag", "nl"), ("Ciao", "it"),
    ("Olá", "pt"), ("Bonjour", "fr"), ("Hallo", "de"), ("Grazie", "it"), ("Dobrý den", "cs"),
    ("Bună ziua", "ro"), ("Γεια σας", "el"), ("שלום", "he"), ("سلام", "fa"), ("नमस्ते", "hi"),
    ("こんにちは", "ja"), ("안녕하세요", "ko"), ("你好", "zh"), ("สวัสดีครับ", "th"), ("Привіт", "uk"),
    ("Gracias", "es"), ("Danke", "de"), ("Спасибо", "ru"), ("Дякую", "uk"), ("مرحبا", "ar"), ("Teşekkürler", "tr"),
    ("Dziękuję", "pl"), ("Děkuji", "cs"), ("Mulțumesc", "ro"), ("Cảm ơn", "vi"), ("Bedankt", "nl"),
    ("Buongiorno", "it"), ("Buenos días", "es"), ("Bom dia", "pt"), ("Hello", "en"), ("Thank you", "en"),
]


@pytest.mark.parametrize(("text", "expected"), GREETINGS)
def test_one_word_greetings(detector: LanguageDetector, text: str, expected: str) -> None:
    for variant in (text, text + "!", text.upper() if text.isascii() else text):
        result = detector.detect(variant)
        assert result.language == expected, variant
        assert result.reason == ""


# Chat-length messages (2-8 words) as buyers type them: written for these tests, one or two per language.
CHAT = [
    ("Bom dia, preciso de 200 unidades", "pt"), ("Vocês fazem entrega no Brasil?", "pt"),
    ("Hola, quiero 500 piezas. ¿Precio FOB?", "es"), ("¿Tienen muestras gratis?", "es"),
    ("Guten Tag, wir brauchen 300 Stück", "de"), ("Was kostet der Versand?", "de"),
    ("Bonjour, quel est votre prix ?", "fr"), ("Je voudrais un échantillon", "fr"),
    ("Buongiorno, quanto costa la spedizione?", "it"), ("Vorrei un campione per favore", "it"),
    ("Dzień dobry, ile kosztuje wysyłka?", "pl"), ("Potrzebujemy 100 sztuk", "pl"),
    ("Dobrý den, kolik stojí doprava?", "cs"), ("Potřebujeme vzorek", "cs"),
    ("Bună ziua, cât costă transportul?", "ro"), ("Avem nevoie de o ofertă", "ro"),
    ("Goedemiddag, wat kost de verzending?", "nl"), ("Wij willen graag een offerte", "nl"),
    ("Merhaba, kargo ücreti ne kadar?", "tr"), ("Numune gönderebilir misiniz?", "tr"),
    ("Halo, berapa harga per unit?", "id"), ("Kami butuh 50 buah", "id"),
    ("Xin chào, giá bao nhiêu?", "vi"), ("Chúng tôi cần 100 cái", "vi"),
    ("Здравствуйте, сколько стоит доставка?", "ru"), ("Нам нужно 200 штук", "ru"),
    ("Добрий день, скільки коштує доставка?", "uk"), ("Нам потрібно 200 штук", "uk"),
    ("مرحبا، كم سعر الشحن؟", "ar"), ("نحتاج عينة من فضلك", "ar"),
    ("سلام، قیمت ارسال چقدر است؟", "fa"), ("ما به نمونه نیاز داریم", "fa"),
    ("Hello, what is the shipping cost?", "en"), ("We need 200 pieces", "en"),
    ("Γεια σας, πόσο κοστίζει η αποστολή;", "el"), ("שלום, כמה עולה המשלוח?", "he"),
    ("नमस्ते, शिपिंग की कीमत क्या है?", "hi"), ("สวัสดีครับ ค่าส่งเท่าไหร่", "th"),
    ("こんにちは、送料はいくらですか", "ja"), ("안녕하세요, 배송비는 얼마인가요?", "ko"), ("你好，运费多少？", "zh"),
]


@pytest.mark.parametrize(("text", "expected"), CHAT)
def test_chat_length_messages(detector: LanguageDetector, text: str, expected: str) -> None:
    assert detector.detect(text).language == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("ABC-1234", "code"), ("LED-600X600 40W", "code"), ("FOB USD", "code"),
    ("Carlos Mendoza", "name"), ("Chase Miller", "name"), ("Tan Wei Ming", "name"), ("Kowalczyk Trading", "name"),
    ("12345", "letters"), ("+86 138 0000 0000", "letters"),
])
def test_ambiguous_texts_abstain_with_a_reason(detector: LanguageDetector, text: str, reason: str) -> None:
    result = detector.detect(text)
    assert result.language == UNDETERMINED
    assert not result.minor_language
    assert reason in result.reason


def test_a_name_with_a_greeting_is_not_a_name(detector: LanguageDetector) -> None:
    assert detector.detect("Hola Carlos").language == "es"
    assert detector.detect("Bonjour Marie").language == "fr"


@pytest.mark.parametrize("text", ["Price list request", "Request for quotation", "Samples", "Quotation",
                                  "Urgent order", "garden furniture", "stainless steel", "Shipping cost to Lagos"])
def test_short_english_business_lines_stay_english(detector: LanguageDetector, text: str) -> None:
    # Latinate trade words score as French or Italian by n-grams alone; the lexicon knows them.
    assert detector.detect(text).language == "en"


def test_country_prior_breaks_a_tie_but_never_decides_alone(detector: LanguageDetector) -> None:
    # "Bedankt" is Dutch whatever the country; a Spanish sentence from Brazil stays Spanish.
    assert detector.detect("Bedankt", countries=["DE"], country_weight=2.0).language == "nl"
    assert detector.detect("Hola, quiero 500 piezas. ¿Precio FOB?", countries=["BR"], country_weight=2.0).language == "es"
    # The prior only moves languages the text leaves close.
    neutral = detector.detect("hotel restaurant")
    tipped = detector.detect("hotel restaurant", countries=["NL"], country_weight=2.0)
    assert dict(tipped.languages).get("nl", 0.0) >= dict(neutral.languages).get("nl", 0.0)


DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee "
              "and may contain confidential or privileged information. If you have received this message in "
              "error, please notify the sender and delete it; any unauthorized use is prohibited.")


def test_english_disclaimer_under_a_short_inquiry_does_not_decide(detector: LanguageDetector) -> None:
    for text, expected in [("Hola, quiero 500 piezas. ¿Precio FOB?", "es"), ("Guten Tag, wir brauchen 300 Stück", "de"),
                           ("Bom dia, preciso de 200 unidades", "pt")]:
        result = detector.detect(text + "\n\n" + DISCLAIMER)
        assert (result.language, result.mixed_with_english) == (expected, False)
    # A disclaimer alone is still a text in its language.
    assert detector.detect(DISCLAIMER).language == "en"


def test_quoted_english_reply_under_a_short_answer_does_not_decide(detector: LanguageDetector) -> None:
    text = ("Sim, 200 unidades.\n\n> Thank you for your inquiry. How many units do you need and to which port\n"
            "> should we ship them? We can also send the catalogue and the price list.")
    assert detector.detect(text).language == "pt"


# --- through the shipped path: a record through the pipeline, as `triage --format jsonl` emits it ---

@pytest.fixture(scope="module")
def triage_context():  # type: ignore[no-untyped-def]
    from inquiry_triage.config import load_config
    from inquiry_triage.pipeline import build_context

    return build_context(load_config(None), offline=True)


def _triage(ctx, body: str, **fields: str):  # type: ignore[no-untyped-def]
    from inquiry_triage.pipeline import triage_item
    from inquiry_triage.sources import RawItem

    return triage_item(RawItem(source="test", kind="record", record={"channel": "im", "body": body, **fields}), ctx)


@pytest.mark.parametrize(("text", "expected"), GREETINGS[:25] + CHAT[:6])
def test_pipeline_language_for_short_messages(triage_context, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    data = _triage(triage_context, text).to_json()
    assert data["language"] == expected
    assert data["minor_language"] == (expected not in ("en", "zh"))


def test_pipeline_quoted_reply_and_signature_do_not_decide(triage_context) -> None:  # type: ignore[no-untyped-def]
    body = ("Sim, 200 unidades.\n\nOn Mon, 3 Mar 2025 at 10:00, Sales <sales@example.com> wrote:\n"
            "Thank you for your inquiry. How many units do you need and to which port should we ship them?\n"
            "Best regards, Sales team")
    assert _triage(triage_context, body).to_json()["language"] == "pt"
    assert _triage(triage_context, "Preciso de 300 peças\n\nSent from my iPhone").to_json()["language"] == "pt"
    assert _triage(triage_context, "Hola, quiero 500 piezas.\n\n" + DISCLAIMER).to_json()["language"] == "es"


def test_pipeline_explains_an_undetermined_language(triage_context) -> None:  # type: ignore[no-untyped-def]
    result = _triage(triage_context, "ABC-1234")
    assert result.to_json()["language"] == UNDETERMINED
    hits = [h for h in result.hits if h.rule == "LANGUAGE_UNDETERMINED"]
    assert len(hits) == 1 and "code" in hits[0].detail
    assert not [h for h in _triage(triage_context, "Hola").hits if h.rule == "LANGUAGE_UNDETERMINED"]


def test_cjk_text_with_english_terms_keeps_its_script(detector: LanguageDetector) -> None:
    # One Han or Hangul character carries what several Latin letters do: English terms do not outvote it.
    text = ("询价：不锈钢水槽\n你好，我们是马来西亚的进口商，想了解你们的不锈钢水槽。\n\n"
            "Sizes 60x45 cm and 80x50 cm, 500 pcs each, SUS304, price CIF Port Klang please.\n\n谢谢")
    assert detector.detect(text).language == "zh"
    assert detector.detect("삼성전자(Samsung Electronics)와 LG전자(LG Electronics)가 새 제품을 발표했다.").language == "ko"


@pytest.mark.parametrize(("body", "language", "mixed"), [
    ("Hola amigo,\n\n" + BODY, "es", True),
    ("Bom dia,\n\n" + BODY, "pt", True),
    ("Здравствуйте! Нас интересуют ваши панели, пришлите прайс-лист и условия доставки.\n\n"
     "For our colleagues: we need 500 pieces, please quote CIF Saint Petersburg and the lead time.", "ru", True),
    ("Dear Sir,\n\nNecesitamos 500 paneles LED, por favor envíe su mejor precio y el plazo de entrega.", "es", False),
    (BODY, "en", False),
])
def test_pipeline_mixed_messages(triage_context, body: str, language: str, mixed: bool) -> None:  # type: ignore[no-untyped-def]
    data = _triage(triage_context, body).to_json()
    assert (data["language"], data["mixed_language"]) == (language, mixed)
