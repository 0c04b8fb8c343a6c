"""The statistical text model as one explained hit (like SpamAssassin's BAYES_99 ... BAYES_00).

The model's probability falls in a band (data: `[model] shipped_bands` / `site_bands`); the band
is the hit, its points the band's, the detail says which model and how much data it learned
from, the excerpt the tokens that weighed most. No band (or too few significant tokens), no hit.
"""

from __future__ import annotations

from ..learning.tokens import inquiry_tokens
from ..model import Hit, Inquiry
from . import Context
from .facts import Facts


class TextModelCheck:
    name = "text-model"
    description = "A naive Bayes model of the words, trained on labelled mail (shipped, or on site by `learn`)"
    needs_network = False
    hit_names = ("TEXT_MODEL_99", "TEXT_MODEL_90", "SITE_MODEL_99", "SITE_MODEL_90", "SITE_MODEL_05")

    def run(self, inquiry: Inquiry, facts: Facts, ctx: Context) -> list[Hit]:
        active = getattr(ctx, "text_model", None)
        if active is None:
            return []
        score = active.model.score(inquiry_tokens(inquiry, ctx.lists.classify))
        band = active.band(score)
        if band is None:
            return []
        model = active.model
        detail = (f"text model: p(spam)={score.probability:.2f} (model: {active.kind}, trained on "
                  f"{model.n_spam} spam + {model.n_ham} ham messages)")
        return [Hit(band.name, band.points, detail, "scam", "text", score.explain())]
