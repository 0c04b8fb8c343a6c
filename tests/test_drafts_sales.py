"""The sales team's findings on the reply drafts (a newcomer's run and a code review): a Russian or
Ukrainian place quoted in a case the draft's language can use, a quantity given after its label
without a unit, measurements that are neither models nor points, a visible blank where nobody has
signed, payment terms joined by a slash, and the drafts reading [rules] files through Config."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from inquiry_triage import drafts
from inquiry_triage.config import Config, load_config
from inquiry_triage.drafts import (SIGNATURE_PLACEHOLDER, SIGNATURE_PLACEHOLDERS, acknowledged, draft_reply,
                                  reply_context, task_draft)
from inquiry_triage.model import Hit, Inquiry

CONFIG = load_config(None)


def inquiry(body: str = "", **fields) -> Inquiry:
    base = {"source": "t", "message_id": "<t@t>", "from_name": "Ivan Petrov", "from_addr": "ivan@buyer.example",
            "subject": "", "body": body, "own_text": body}
    base.update(fields)
    return Inquiry(**base)


def rule_hits(item: Inquiry) -> list[Hit]:
    """The hits the shipped rule files give (excerpts as triage records them)."""
    from inquiry_triage.checks import CHECK_HIT_NAMES
    from inquiry_triage.checks.rules import evaluate, load_rules

    return evaluate(load_rules(CONFIG.path_list("rules.files"), CHECK_HIT_NAMES), item, [])


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- 1. the destination in a case the draft can use ------------------------------------------------

MOSCOW = "Пришлите цену на светильники с доставкой до Москвы, 300 штук."


@pytest.mark.parametrize("language, said", [("en", "delivery to Москва"), ("zh", "目的地：Москва")])
def test_a_russian_genitive_place_is_quoted_in_the_nominative_outside_russian(language, said):
    item = inquiry(MOSCOW)
    draft = draft_reply(item, rule_hits(item), language, signature="Li Wei")
    assert said in draft, draft
    assert "Москвы" not in draft, draft


def test_a_russian_draft_keeps_the_buyers_preposition_and_case():
    item = inquiry(MOSCOW)
    draft = draft_reply(item, rule_hits(item), "ru", signature="Li Wei")
    assert "доставка до Москвы" in draft, draft


@pytest.mark.parametrize("body, place", [
    ("Цена с доставкой до Санкт-Петербурга?", "Санкт-Петербург"),
    ("Нужна доставка до Минска, 200 штук", "Минск"),
    ("Отгрузка до Германии, 200 штук", "Германия"),
    ("Цена с доставкой в Москву", "Москва"),
    ("Доставка в Новороссийск", "Новороссийск"),
    ("Ціна з доставкою до Одеси, будь ласка", "Одеса"),  # Ukrainian
    ("Ціна з доставкою до Житомира, будь ласка", "Житомир"),
    ("Доставка до Алматы", "Алматы"),  # does not decline
])
def test_common_endings_get_their_nominative(body, place):
    assert acknowledged(inquiry(body), [], "en")["destination"] == place


@pytest.mark.parametrize("body, written", [
    ("Цена с доставкой до Казани", "Казани"),  # Казань? a Russian "-и" does not say
    ("Ціна з доставкою до Києва", "Києва"),  # Ukrainian Київ: the vowel changes
    ("Ціна з доставкою до Львова", "Львова"),
    ("Цена с доставкой до Нижнего Новгорода", "Нижнего Новгорода"),
    ("Отгрузка до Орла", "Орла"),  # Орёл: a dropped vowel
    ("Dostawa do Warszawy, 300 sztuk", "Warszawy"),  # Polish is inflected too
])
def test_an_unsure_place_is_left_out_and_not_asked_again(body, written):
    item = inquiry(body)
    assert acknowledged(item, [], "en")["destination"] == ""
    for language, asks in (("en", "Which port"), ("zh", "哪个港口")):
        draft = draft_reply(item, [], language, signature="Li Wei")
        assert written not in draft, draft
        assert asks not in draft, draft  # the buyer said where: it is a point we will answer, not a question
        assert "destination" in reply_context(item, [], language)["points"]


# --- 2. a quantity after its label, without a unit --------------------------------------------------


@pytest.mark.parametrize("language, body, said", [
    ("ru", "Добрый день. Светильники LED. Количество: 300.", "количество: 300"),
    ("en", "LED panels. Quantity: 300. Please quote.", "quantity 300"),
    ("en", "LED panels, qty 1,200", "quantity 1,200"),
    ("zh", "LED面板。数量：300。", "数量：300"),
    ("es", "Paneles LED. Cantidad: 300.", "300"),
    ("de", "LED-Panels. Menge: 250.", "250"),
])
def test_a_labelled_quantity_without_a_unit_is_a_quantity(language, body, said):
    item = inquiry(body)
    context = reply_context(item, [], language)
    assert "quantity" in context["points"] and "quantity" not in context["missing"], context
    assert said in draft_reply(item, [], language, signature="Li Wei")


def test_a_labelled_quantity_wins_over_a_measurement_in_the_same_sentence():
    item = inquiry("Нам нужны светильники 150 Вт, количество: 300.")
    assert acknowledged(item, rule_hits(item), "ru")["quantity"] == "300"
    assert acknowledged(item, [], "ru")["quantity"] == "300"


@pytest.mark.parametrize("body", [
    "Model No: 300, price: 300 USD",  # a model number and a price: no quantity label
    "quantity 300A lamps",  # a code after the label, not a count
    "Quantity: 30% of the order",
    "Quantity: 300 USD",
    "Quantity: 2 million pcs",  # "2" alone would be a wrong number: none rather than that
    "Teslimat: 300 adet 20 gün içinde",  # "adet" labels a count too, but "20 gün" is a time
])
def test_model_numbers_and_prices_are_no_labelled_quantity(body):
    assert acknowledged(inquiry(body), [], "en")["quantity"] == ""


# --- 3. measurements are neither models nor points -----------------------------------------------


@pytest.mark.parametrize("language, body, point", [
    ("ru", "Нужны светильники мощностью 150 Вт, 300 штук, доставка до Москвы.", "характеристики модели"),
    ("en", "We need 300 pcs of 220V motors delivered to Hamburg.", "model/specification"),
])
def test_a_measurement_is_not_a_point_raised(language, body, point):
    item = inquiry(body)
    hits = rule_hits(item)
    assert any(h.rule == "MODEL_SPEC" for h in hits)  # the rule scores the measurement as a specification
    context = reply_context(item, hits, language)
    assert "model" not in context["points"], context
    draft = draft_reply(item, hits, language, signature="Li Wei")
    assert point not in draft, draft


def test_a_named_model_is_still_a_point():
    item = inquiry("Please quote model No: XK-2050, 300 pcs, 220V, delivery to Hamburg.")
    draft = draft_reply(item, rule_hits(item), "en", signature="Li Wei")
    assert "model XK-2050" in draft, draft


@pytest.mark.parametrize("body", ["Нужны светильники 150 Вт", "We need lamps 60 W", "Нужно 5 кг образцов"])
def test_a_measurement_is_no_quantity(body):
    assert acknowledged(inquiry(body), [], "en")["quantity"] == ""


# --- 4. a draft nobody has signed ----------------------------------------------------------------


def stored(body: str = "Hola, necesitamos 300 sillas.") -> SimpleNamespace:
    return SimpleNamespace(channel="email", from_name="Carlos López", from_addr="carlos@buyer.example",
                           subject="Consulta", body=body, product="", language="es",
                           result={"language": "es", "reasons": []})


REPLY = SimpleNamespace(kind="reply", rule="", due_note="", attempt=0)
FOLLOW_UP = SimpleNamespace(kind="follow-up", rule="silent-buyer", due_note="no answer since 2026-11-02", attempt=1)


@pytest.mark.parametrize("task", [REPLY, FOLLOW_UP])
def test_an_unclaimed_draft_ends_with_a_blank_to_sign(task):
    unset = drafts.DraftSettings(company="", signature="")
    last = paragraphs(task_draft(task, stored(), unset, None))[-1]
    assert last.splitlines()[-1] == SIGNATURE_PLACEHOLDERS["es"], last  # the stored inquiry is Spanish
    assert len(last.splitlines()) == 2  # the closing, then the blank
    claimed = paragraphs(task_draft(task, stored(), unset, "Li Wei"))[-1]
    assert claimed.splitlines()[-1] == "Li Wei" and SIGNATURE_PLACEHOLDERS["es"] not in claimed


def test_an_unclaimed_draft_uses_the_teams_signature_when_configured(tmp_path):
    (tmp_path / "team.toml").write_text('[seller]\nsignature = "Best regards,\\nExport Team"\n'
                                        'company = "Ningbo Valve Co."\n', encoding="utf-8")
    settings = drafts.draft_settings(load_config(tmp_path / "team.toml"))
    draft = task_draft(REPLY, stored(), settings, None)
    assert paragraphs(draft)[-1] == "Saludos cordiales,\nExport Team\nNingbo Valve Co."
    assert SIGNATURE_PLACEHOLDERS["es"] not in draft


def test_the_draft_triage_writes_without_a_signature_has_the_blank_before_the_company(tmp_path):
    """What `triage` stores when [seller] signature is empty: the same blank (pipeline's DraftSource)."""
    from inquiry_triage.pipeline import build_context, triage_inquiry

    (tmp_path / "co.toml").write_text('[seller]\ncompany = "Ningbo Valve Co."\n', encoding="utf-8")
    ctx = build_context(load_config(tmp_path / "co.toml"), offline=True)
    result = triage_inquiry(inquiry("We need 300 chairs delivered to Marseille."), ctx)
    assert paragraphs(result.draft)[-1] == f"Best regards,\n{SIGNATURE_PLACEHOLDER}\nNingbo Valve Co."


# --- 5. payment terms joined by a slash ----------------------------------------------------------


@pytest.mark.parametrize("body, terms", [
    ("Payment: 30% deposit / 70% before shipment. Thanks", "30% deposit / 70% before shipment"),
    ("Payment: 30% deposit/70% before shipment", "30% deposit/70% before shipment"),
    ("Оплата: 30% предоплата / 70% перед отгрузкой", "30% предоплата / 70% перед отгрузкой"),
    ("Payment: 30% deposit / please advise", "30% deposit"),  # no balance after the slash
    # the clause ends at a comma: never cut mid-way at the quoting limit ("..., or L/C at sight for…")
    ("We work on 30% deposit / 70% against copy B/L, or L/C at sight for first orders.",
     "30% deposit / 70% against copy B/L"),
])
def test_payment_terms_joined_by_a_slash_are_one_phrase(body, terms):
    assert acknowledged(inquiry(body), [], "en")["payment_terms"] == terms


# --- 6. one reading of [rules] files -------------------------------------------------------------


def test_the_shipped_rule_files_are_resolved_by_config(monkeypatch):
    """default_rule_files() is a defaults-only Config's path_list, not a second reading of the rule."""
    calls = []
    original = Config.path_list

    def spy(self, dotted):
        calls.append((dotted, [str(p) for p in self.sources]))
        return original(self, dotted)

    monkeypatch.setattr(Config, "path_list", spy)
    files = drafts.default_rule_files.__wrapped__()
    assert calls and calls[0][0] == "rules.files"
    assert calls[0][1] == [str(CONFIG.sources[0])]  # the shipped default.toml alone
    assert files == tuple(CONFIG.path_list("rules.files"))
    assert not hasattr(drafts, "_default_rule_files")
