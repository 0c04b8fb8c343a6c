"""TokenModel.score is written for speed (a memo, a str sort key, logs summed from the memo); it must give
what the plain algorithm gives: the same probability bit for bit, count and top tokens in order."""

from __future__ import annotations

import math
import random

from inquiry_triage.learning.bayes import MAX_TOKENS, MIN_STRENGTH, TokenModel, _chi2_combine

# Short alphabets, so that tokens share prefixes ("ab" < "abc") and many have the same counts (ties in
# strength, broken by the token's name), with characters outside latin-1 and outside the BMP.
_CHARS = list("ab") + ["é", "ÿ", "\u0100", "中", "\U0001d400", ":", "#", "\x00"]


def reference_score(model: TokenModel, tokens) -> tuple:  # type: ignore[no-untyped-def]
    items = []
    for token in tokens:
        f = model.token_probability(token)
        if f is not None and abs(f - 0.5) >= MIN_STRENGTH:
            items.append((-abs(f - 0.5), token, f))
    items.sort()
    chosen = items[:MAX_TOKENS]
    if not chosen:
        return (0.5).hex(), 0, ()
    probability = _chi2_combine([f for _strength, _token, f in chosen])
    return probability.hex(), len(chosen), tuple((token, math.log(f / (1 - f))) for _s, token, f in chosen[:12])


def _token(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 4)))


def test_the_same_score_as_the_plain_algorithm() -> None:
    rng = random.Random(1203)
    for _ in range(60):
        vocabulary = {_token(rng) for _ in range(rng.randint(1, 400))}
        counts = {token: (rng.choice((0, 1, 1, 2, 3, rng.randint(0, 500))), rng.choice((0, 1, 2, rng.randint(0, 500))))
                  for token in vocabulary}
        model = TokenModel(n_spam=rng.randint(1, 600), n_ham=rng.randint(1, 600), counts=counts)
        for _ in range(20):
            tokens = {_token(rng) for _ in range(rng.randint(0, 300))} | set(rng.sample(sorted(vocabulary),
                                                                                         min(len(vocabulary), 200)))
            for argument in (tokens, sorted(tokens) * 2, tokens):  # cold and warm memo, repeats in a list
                score = model.score(argument)
                assert (score.probability.hex(), score.used, score.top) == reference_score(model, argument)
