"""The buyer's facts the drafts quote, from newcomer run 15: a destination written without a preposition
(Spanish "entrega Manzanillo", Turkish "Teslimat İstanbul" / "İstanbul'a teslimat") or inflected (Hungarian
"szállítás Debrecenbe") was not read; a size written WxH ("600x600") was no specification; a designation the
buyer gave ("DN50") was called "the points you raised"; "LC payment, 30% deposit, balance against B/L copy" was
quoted as "LC"; a place ran into the next clause of a title-case subject ("Hamburg And Please Send"); the German
draft said "Lieferung an Hamburg" (and the Romance drafts "entrega al Valencia": the port words were dropped
from the preposition they contract with); Swedish and Hungarian subjects kept their request word
("Förfrågan om ..."). Hits come from the shipped rules, as the pipeline finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from inquiry_triage.checks.rules import load_rules, match_text_rule
from inquiry_triage.drafts import acknowledged, clean_subject, draft_reply
from inquiry_triage.model import Hit, Inquiry

SIGNALS = Path(__file__).resolve().parents[1] / "config" / "rules" / "signals.toml"


@pytest.fixture(scope="module")
def rules():
    return load_rules([SIGNALS]).rules


def inquiry(body: str, subject: str = "") -> Inquiry:
    return Inquiry(source="t", message_id="<t@t>", from_name="Carlos Ruiz", from_addr="c@buyer.example",
                   subject=subject, body=body, own_text=body)


def hits_of(rules, item: Inquiry) -> list[Hit]:
    return [hit for rule in rules if (hit := match_text_rule(rule, item))]


def rule_hit(rules, name: str, body: str) -> Hit | None:
    item = inquiry(body)
    return next((hit for hit in hits_of(rules, item) if hit.rule == name), None)


# --- a delivery word and a place name, without a preposition --------------------------------------------

@pytest.mark.parametrize("language, body, place", [
    ("es", "Necesitamos 500 sillas, entrega Manzanillo, pago T/T.", "Manzanillo"),
    ("es", "Cotización de 300 mesas, entrega Valparaíso.", "Valparaíso"),
    ("pt", "Precisamos de 400 cadeiras, entrega Santos.", "Santos"),
    ("tr", "500 adet sandalye istiyoruz. Teslimat İstanbul.", "İstanbul"),
    ("tr", "500 adet sandalye istiyoruz, İstanbul'a teslimat.", "İstanbul"),
    ("tr", "300 adet masa, Mersin'e sevkiyat lütfen.", "Mersin"),
    ("hu", "Szükségünk van 500 darab székre, szállítás Debrecenbe.", "Debrecen"),
    ("hu", "200 darab asztal, Budapestre szállítva.", "Budapest"),
    ("hu", "Kérjük a kiszállítás Győrbe legyen.", "Győr"),
    ("hu", "300 darab, Tatabányára szállítás.", "Tatabánya"),
])
def test_a_place_beside_a_delivery_word_is_the_destination(rules, language, body, place):
    item = inquiry(body)
    hits = hits_of(rules, item)
    assert any(hit.rule == "DESTINATION" for hit in hits), [(h.rule, h.excerpt) for h in hits]
    assert acknowledged(item, hits, language)["destination"] == place


@pytest.mark.parametrize("body", ["Entrega Inmediata, por favor", "Entrega Marzo 2027", "entrega inmediata",
                                  "Teslimat Süresi: 30 gün", "teslimat hemen", "Mikorra szállítják?",
                                  "szállítás 30 napon belül", "Ali'ye teslim edildi mi?"])
def test_a_word_of_time_or_manner_after_the_delivery_word_is_no_place(rules, body):
    item = inquiry(body)
    hits = hits_of(rules, item)
    assert not any(hit.rule == "DESTINATION" for hit in hits), [(h.rule, h.excerpt) for h in hits]
    language = {"E": "es", "e": "es", "T": "tr", "t": "tr", "A": "tr"}.get(body[0], "hu")
    assert acknowledged(item, hits, language)["destination"] == ""


@pytest.mark.parametrize("language, body, said", [
    ("es", "Necesitamos 500 sillas, entrega Manzanillo.", "entrega en Manzanillo"),
    ("tr", "500 adet sandalye istiyoruz, İstanbul'a teslimat.", "teslimat yeri: İstanbul"),
    ("hu", "Szükségünk van 500 darab székre, szállítás Debrecenbe.", "rendeltetési hely: Debrecen"),
])
def test_the_draft_states_the_destination_back(rules, language, body, said):
    item = inquiry(body)
    draft = draft_reply(item, hits_of(rules, item), language)
    assert said in draft, draft


# --- the preposition the draft repeats ---------------------------------------------------------------

@pytest.mark.parametrize("language, body, said, wrong", [
    ("de", "Wir benötigen 500 Stück, Lieferung an Hamburg.", "Lieferung nach Hamburg", "Lieferung an Hamburg"),
    ("de", "Wir benötigen 500 Stück, Lieferung an den Hafen Hamburg.", "Lieferung an den Hafen Hamburg",
     "Lieferung an Hamburg"),
    ("es", "Necesitamos 500 sillas, entrega al puerto de Valencia.", "entrega al puerto de Valencia",
     "entrega al Valencia"),
    ("fr", "Nous avons besoin de 500 chaises, livraison au port de Marseille.", "livraison au port de Marseille",
     "livraison au Marseille"),
    ("pt", "Precisamos de 500 cadeiras, entrega no porto de Santos.", "entrega no porto de Santos",
     "entrega no Santos"),
    ("it", "Abbiamo bisogno di 500 sedie, consegna al porto di Genova.", "consegna al porto di Genova",
     "consegna al Genova"),
])
def test_the_destination_phrase_is_grammatical(rules, language, body, said, wrong):
    item = inquiry(body)
    draft = draft_reply(item, hits_of(rules, item), language)
    assert said in draft, draft
    assert wrong not in draft, draft


@pytest.mark.parametrize("body, subject", [
    ("Hi, we need 500 chairs.", "Delivery To Hamburg And Please Send Price"),
    ("Hi, we need 500 chairs, delivery to Hamburg Please send price.", ""),
    ("Hi, we need 500 chairs, delivery to Hamburg Thanks", ""),
])
def test_a_place_ends_where_the_next_clause_starts(rules, body, subject):
    item = inquiry(body, subject)
    ack = acknowledged(item, hits_of(rules, item), "en")
    assert ack["destination"] == "Hamburg"


def test_a_place_of_several_words_is_kept(rules):
    item = inquiry("We need 500 chairs, delivery to Ho Chi Minh City and please send price.")
    assert acknowledged(item, hits_of(rules, item), "en")["destination"] == "Ho Chi Minh City"


# --- sizes and designations -------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["LED panel lights 600x600, please quote", "porcelain tiles 600 x 1200 mm",
                                  "gypsum board 1200*600", "towels 70×140 cm"])
def test_a_size_written_width_by_height_is_a_specification(rules, body):
    assert rule_hit(rules, "MODEL_SPEC", body) is not None


@pytest.mark.parametrize("body", ["call (617) 547-2206 x132", "ext 2206 x132", "24x7 support", "2 x 40HQ containers",
                                  "1x20GP"])
def test_a_phone_extension_or_a_container_count_is_no_size(rules, body):
    assert rule_hit(rules, "MODEL_SPEC", body) is None


def test_a_size_is_no_point_raised_and_no_model(rules):
    item = inquiry("We are interested in your LED panel lights 600x600. Please send us your price.")
    hits = hits_of(rules, item)
    assert acknowledged(item, hits, "en")["model"] == ""
    draft = draft_reply(item, hits, "en")
    assert "model 600x600" not in draft and "points you raised: model" not in draft, draft


@pytest.mark.parametrize("body, model", [
    ("We need 500 pcs flanges DN50, please quote.", "DN50"),
    ("Please quote seamless pipe SCH40, 300 m.", "SCH40"),
    ("Need 2,000 hex bolts M8x20.", "M8x20"),
    ("Quote 5 tons of sheet AISI 316L please.", "AISI 316L"),
    ("Q235B steel plate, 20 tons.", "Q235B"),
    ("Please quote 300 chairs XK-2050.", "XK-2050"),
])
def test_a_designation_the_buyer_gave_is_named(rules, body, model):
    item = inquiry(body)
    hits = hits_of(rules, item)
    assert acknowledged(item, hits, "en")["model"] == model
    draft = draft_reply(item, hits, "en")
    assert f"model {model}" in draft, draft
    assert "points you raised: model" not in draft, draft


def test_a_specification_label_alone_is_still_a_point_raised(rules):
    hit = Hit("MODEL_SPEC", 1.0, "", "grade", "body", "specification: 304 stainless, 2mm")
    assert acknowledged(inquiry("specification: 304 stainless, 2mm"), [hit], "en")["model"] == ""


# --- the whole payment clause -------------------------------------------------------------------------

@pytest.mark.parametrize("body, terms", [
    ("We need 500 pcs, LC payment, 30% deposit, balance against B/L copy.", "LC, 30% deposit, balance against B/L copy"),
    ("Payment: T/T 30% deposit, 70% before shipment, balance against B/L copy, thanks",
     "T/T 30% deposit, 70% before shipment, balance against B/L copy"),
    ("TT payment, or L/C at sight", "TT"),
])
def test_the_whole_payment_clause_is_quoted(rules, body, terms):
    item = inquiry(body)
    hits = hits_of(rules, item)
    assert acknowledged(item, hits, "en")["payment_terms"] == terms
    assert f"payment {terms}" in draft_reply(item, hits, "en")


def test_the_payment_clause_is_bounded(rules):
    body = "LC payment, 30% deposit, " + ", ".join(f"{n}% before step {n}" for n in range(10, 90, 10)) + "."
    item = inquiry(body)
    terms = acknowledged(item, hits_of(rules, item), "en")["payment_terms"]
    assert terms.startswith("LC, 30% deposit, 10% before step 10") and len(terms) <= 91


# --- the request word in Swedish and Hungarian subjects ----------------------------------------------

@pytest.mark.parametrize("subject, cleaned", [
    ("Förfrågan om LED-paneler", "LED-paneler"),
    ("Offertförfrågan: kulventiler DN50", "kulventiler DN50"),
    ("Prisförfrågan", ""),
    ("Ajánlatkérés: LED panelek", "LED panelek"),
    ("Árajánlatkérés LED panelekre", "LED panelekre"),
    ("LED panelek árajánlatkérés", "LED panelek"),
])
def test_swedish_and_hungarian_subjects_lose_the_request_word(subject, cleaned):
    assert clean_subject(subject) == cleaned


def test_the_swedish_draft_does_not_quote_the_request_word(rules):
    item = inquiry("Hej, vi behöver 500 st.", subject="Förfrågan om LED-paneler")
    draft = draft_reply(item, hits_of(rules, item), "sv")
    assert "”LED-paneler”" in draft and "Förfrågan om" not in draft, draft


# --- Finnish is not a configured language: no Swedish (or Dutch, German) greeting ------------------------

@pytest.fixture(scope="module")
def detector():
    import tomllib

    from inquiry_triage.language import LanguageDetector

    config = Path(__file__).resolve().parents[1] / "config" / "default.toml"
    languages = tomllib.loads(config.read_text("utf-8"))["languages"]
    assert "fi" not in languages["detect"]  # the premise: when Finnish is configured, it is read as such
    return LanguageDetector(languages["detect"], languages["minor"], seed=languages.get("seed", 0))


@pytest.mark.parametrize("text", [
    "Hei, tarvitsemme 500 kpl tuoleja. Toimitus Helsinkiin.",
    "Hyvää päivää, pyydämme tarjousta 300 kappaleesta LED-paneeleja.",
    "Kiitos, lähettäkää hinta.",
    "Tarvitsemme näytteitä. Kiitos!",
    "Moi, paljonko maksaa 1000 kpl?",
    "Hyvä herra, olemme kiinnostuneita tuotteistanne.",
])
def test_a_short_finnish_text_is_no_configured_language(detector, text):
    result = detector.detect(text)
    assert result.language == "und" and "not configured (fi" in result.reason, (result.language, result.reason)


@pytest.mark.parametrize("text, language", [
    ("Hej, vi behöver 500 stolar till Göteborg.", "sv"),
    ("Hej! Kan ni skicka en offert på 200 st?", "sv"),
    ("Hello, we need 500 chairs delivered to Helsinki. Please quote.\n\nYstävällisin terveisin,\nMatti Virtanen", "en"),
    ("Guten Tag, wir brauchen 500 Stühle. Kiitos!", "de"),
])
def test_finnish_words_beside_a_configured_language_leave_it(detector, text, language):
    assert detector.detect(text).language == language


def test_the_finnish_buyer_gets_the_english_draft(rules, detector):
    item = inquiry("Hei, tarvitsemme 500 kpl tuoleja. Toimitus Helsinkiin.")
    draft = draft_reply(item, hits_of(rules, item), detector.detect(item.body).language)
    assert draft.startswith("Dear Carlos Ruiz,") and "Hej" not in draft, draft
