"""A SpamAssassin-style Bayes text model (Paul Graham / Gary Robinson / SpamBayes).

Training counts, per token, in how many spam and how many ham messages it occurs. Scoring:
* each token's spam probability is Robinson's f(w): the ratio of its spam and ham document
  frequencies (so the classes' sizes do not matter), pulled towards 0.5 when it was seen rarely;
* only the `max_tokens` most significant tokens (|f - 0.5| >= `min_strength`) count;
* they are combined with Fisher's chi-square method (SpamBayes' chi2 combining), which gives a
  probability that is near 0 or 1 only when the evidence agrees, and near 0.5 when it conflicts.

The saved model is gzip JSON: {"format", "source", "n_spam", "n_ham", "trained_at", "tokens":
{token: [spam_docs, ham_docs]}}, pruned to `max_vocabulary` tokens (the most informative).
Counts, not weights, so a reader can see what the model learned from.

Reading a model (gunzip, JSON, checks) takes ~20 ms, so every process that triages would pay it: a
checked model is also kept in the per-user cache ($XDG_CACHE_HOME or ~/.cache, inquiry-triage/
text-model-*.marshal, ~4 ms to read), named by a hash of the model file's bytes and the Python
version. The cache is never needed: when it cannot be read or written the file is parsed as before.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import operator
import struct
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .. import user_cache

FORMAT = 1
ROBINSON_S = 1.0  # strength of the 0.5 prior for rarely seen tokens
ROBINSON_X = 0.5
MIN_STRENGTH = 0.1  # tokens with |f - 0.5| below this say nothing
MAX_TOKENS = 150  # most significant tokens used per message (SpamAssassin's N_SIGNIFICANT_TOKENS)
MAX_VOCABULARY = 80_000  # tokens kept when saving: the saved file stays ~1-2 MB


_SPAM_LOG, _HAM_LOG = operator.itemgetter(3), operator.itemgetter(4)  # of a significance tuple (see score)
_ORDER = operator.itemgetter(0)
_INSIGNIFICANT = ()  # a known token that says nothing, in TokenModel._significance (falsy, not None)


class ModelError(ValueError):
    """A model file that cannot be read, or nothing to learn from."""


@dataclass(frozen=True)
class Score:
    """A message's spam probability and the tokens that weighed most (token, log-odds)."""

    probability: float
    used: int  # significant tokens combined
    top: tuple[tuple[str, float], ...]

    def explain(self, n: int = 6) -> str:
        """"wire +2.1, beneficiary +1.9, ..." towards the verdict's side."""
        side = [t for t in self.top if (t[1] > 0) == (self.probability >= 0.5)] or list(self.top)
        return ", ".join(f"{token} {weight:+.1f}" for token, weight in side[:n])


@dataclass
class TokenModel:
    n_spam: int = 0
    n_ham: int = 0
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # token -> (spam docs, ham docs)
    source: str = "site"  # "shipped" or "site"
    trained_at: str = ""
    # token -> (order, token, f, log(1 - f), log(f), log(f / (1 - f))) (f clipped for the two logs
    # that are summed, not for the explanation's log-odds) for a significant token, () for one that
    # says nothing; tokens the model does not know are never in it: a model is read by every message,
    # and these are pure functions of the counts, which are never changed. `order` is a str that
    # sorts as (-|f - 0.5|, token) does (_order_key).
    _significance: dict[str, tuple[str, str, float, float, float, float] | tuple[()]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    # --- training ---------------------------------------------------------------------------

    @classmethod
    def train(cls, spam: Iterable[set[str]], ham: Iterable[set[str]], *, source: str = "site") -> TokenModel:
        """Document counts from token sets of spam and ham messages."""
        spam_counts: Counter[str] = Counter()
        ham_counts: Counter[str] = Counter()
        n_spam = n_ham = 0
        for tokens in spam:
            spam_counts.update(tokens)
            n_spam += 1
        for tokens in ham:
            ham_counts.update(tokens)
            n_ham += 1
        if not n_spam or not n_ham:
            raise ModelError(f"need examples of both classes (got {n_spam} spam, {n_ham} ham)")
        counts = {token: (spam_counts.get(token, 0), ham_counts.get(token, 0))
                  for token in spam_counts.keys() | ham_counts.keys()}
        return cls(n_spam=n_spam, n_ham=n_ham, counts=counts, source=source,
                   trained_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))

    # --- scoring ----------------------------------------------------------------------------

    def token_probability(self, token: str) -> float | None:
        """Robinson's f(w), or None for a token never seen."""
        found = self.counts.get(token)
        if found is None:
            return None
        spam, ham = found
        spam_ratio = spam / self.n_spam
        ham_ratio = ham / self.n_ham
        if spam_ratio + ham_ratio == 0:
            return None
        p = spam_ratio / (spam_ratio + ham_ratio)
        n = spam + ham
        return (ROBINSON_S * ROBINSON_X + n * p) / (ROBINSON_S + n)

    def score(self, tokens: Iterable[str]) -> Score:
        memo = self._significance
        significant: list[tuple[str, str, float, float, float, float]]
        if isinstance(tokens, (set, frozenset)):
            # One lookup per token in the memo (C level); only the tokens it does not hold yet (new ones, and
            # the ~15 % of a message's words the model has never seen) are looked up in the counts.
            found = list(map(memo.get, tokens))
            significant = list(filter(None, found))
            if None in found:
                counts = self.counts
                known: Iterable[str] = [token for token in tokens.difference(memo) if token in counts]
            else:
                known = ()
        else:  # a sequence counts a repeated token each time, as it always did
            counts = self.counts
            known = [token for token in tokens if token in counts]
            significant = []
        for token in known:
            item = memo.get(token)
            if item is None:
                f = self.token_probability(token)
                item = _INSIGNIFICANT
                if f is not None and abs(f - 0.5) >= MIN_STRENGTH:
                    clipped = _clip(f)
                    item = (_order_key(abs(f - 0.5), token), token, f, math.log(1 - clipped), math.log(clipped),
                            math.log(f / (1 - f)))
                memo[token] = item
            if item:
                significant.append(item)
        if not significant:
            return Score(0.5, 0, ())
        # Strongest first, ties by name (tokens are unique): the same answer every run. One str a token
        # compared at C speed (~2x faster than the tuples (-|f - 0.5|, token, ...)).
        significant.sort(key=_ORDER)
        chosen = significant[:MAX_TOKENS]
        # The logs summed in the same order as _chi2_combine sums them: the same floats.
        probability = _chi2_from_logs(len(chosen), sum(map(_SPAM_LOG, chosen)), sum(map(_HAM_LOG, chosen)))
        top = tuple([(item[1], item[5]) for item in chosen[:12]])
        return Score(probability, len(chosen), top)

    # --- size and storage -------------------------------------------------------------------

    def pruned(self, max_vocabulary: int = MAX_VOCABULARY) -> TokenModel:
        """The most useful tokens: seen at least twice and far from 0.5, weighted by how often seen."""
        def usefulness(item: tuple[str, tuple[int, int]]) -> float:
            f = self.token_probability(item[0])
            return abs((f or 0.5) - 0.5) * math.log1p(sum(item[1]))

        kept = [item for item in self.counts.items() if sum(item[1]) >= 2]
        kept.sort(key=lambda item: (-usefulness(item), item[0]))
        return TokenModel(self.n_spam, self.n_ham, dict(kept[:max_vocabulary]), self.source, self.trained_at)

    def to_json(self) -> dict:
        return {"format": FORMAT, "source": self.source, "trained_at": self.trained_at, "n_spam": self.n_spam,
                "n_ham": self.n_ham, "tokens": {t: list(c) for t, c in sorted(self.counts.items())}}

    def save(self, path: Path) -> int:
        """Write gzip JSON; returns the file's size in bytes."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        tmp = path.with_name(path.name + ".tmp")
        # mtime=0: the same model gives the same bytes (a reproducible package file).
        with open(tmp, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
            fh.write(data)
        tmp.replace(path)
        return path.stat().st_size

    @classmethod
    def load(cls, path: Path) -> TokenModel:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ModelError(f"{path}: not a text model file: {exc}") from None
        cache = _cache_path(raw)
        cached = _read_cache(cache) if cache is not None else None
        if cached is not None:
            return cls(*cached)
        model = cls._parse(raw, path)
        if cache is not None:
            _write_cache(cache, (model.n_spam, model.n_ham, model.counts, model.source, model.trained_at))
        return model

    @classmethod
    def _parse(cls, raw: bytes, path: Path) -> TokenModel:
        try:
            data = json.loads(gzip.decompress(raw).decode("utf-8"))
        except (OSError, ValueError, EOFError) as exc:
            raise ModelError(f"{path}: not a text model file: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{path}: unknown text model format {data.get('format') if isinstance(data, dict) else '?'}")
        try:
            counts = {str(t): (int(c[0]), int(c[1])) for t, c in data["tokens"].items()}
            model = cls(n_spam=int(data["n_spam"]), n_ham=int(data["n_ham"]), counts=counts,
                        source=str(data.get("source", "site")), trained_at=str(data.get("trained_at", "")))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ModelError(f"{path}: damaged text model: {exc}") from None
        if model.n_spam <= 0 or model.n_ham <= 0:
            raise ModelError(f"{path}: model has no examples of one class")
        return model


# --- per-user cache of checked models ---------------------------------------------------------

_CACHE_FORMAT = b"text-model-1"  # bump when the cached tuple's layout changes
_CACHE_KEEP = 4  # text-model cache files kept (shipped + site models, and the previous ones)
_CachedModel = tuple[int, int, dict[str, tuple[int, int]], str, str]  # n_spam, n_ham, counts, source, trained_at


def _cache_path(raw: bytes) -> Path | None:
    """The cache file of a model file's bytes; None when there is no home directory for ~/.cache."""
    digest = hashlib.sha256(_CACHE_FORMAT + b"\0" + sys.version.encode() + b"\0" + raw).hexdigest()
    try:  # the same directory as the language tables' cache (language.py)
        return user_cache.cache_dir() / f"text-model-{digest[:32]}.marshal"
    except RuntimeError:
        return None


def _read_cache(path: Path) -> _CachedModel | None:
    """A cached, already checked model, or None when missing, unreadable or of another shape."""
    cached = user_cache.read(path)
    shape_ok = (isinstance(cached, tuple) and len(cached) == 5 and isinstance(cached[0], int)
                and isinstance(cached[1], int) and isinstance(cached[2], dict) and isinstance(cached[3], str)
                and isinstance(cached[4], str))
    return cached if shape_ok and cached[0] > 0 and cached[1] > 0 else None  # type: ignore[index,return-value]


def _write_cache(path: Path, model: _CachedModel) -> None:
    user_cache.write(path, model, "text-model-*.marshal", _CACHE_KEEP)


_HALF_ULP = 2.0 ** -54  # x * this is below half of x's unit in the last place, for every float x


def _chi2q(x2: float, v: int) -> float:
    """P(chisq >= x2) with v (even) degrees of freedom (SpamBayes' chi2Q)."""
    m = x2 / 2.0
    total = term = math.exp(-m)
    for i in range(1, v // 2):
        term *= m / i
        if i > m and term < total * _HALF_ULP:
            # Past the peak every later term is smaller still and below half a unit in the last place
            # of the total: adding them changes no bit of it (the same float as the whole loop).
            break
        total += term
    return min(total, 1.0)


def _chi2_combine(probabilities: list[float]) -> float:
    """Fisher/Robinson combining: (1 + S - H) / 2 from the spam and ham chi-square evidence."""
    clipped = [_clip(f) for f in probabilities]
    return _chi2_from_logs(len(clipped), sum(math.log(1 - f) for f in clipped), sum(math.log(f) for f in clipped))


def _order_key(strength: float, token: str) -> str:
    """A str that sorts as (-strength, token): the strength's IEEE bytes, big-endian (for a positive
    float they sort as its value) with every bit flipped (largest first), as 8 latin-1 characters,
    then the token. Python compares str by code point, as the tuple compared the token."""
    flipped = (0xFFFF_FFFF_FFFF_FFFF - int.from_bytes(struct.pack(">d", strength), "big")).to_bytes(8, "big")
    return flipped.decode("latin-1") + token


def _clip(f: float) -> float:
    return min(max(f, 1e-6), 1 - 1e-6)


def _chi2_from_logs(n: int, spam_log: float, ham_log: float) -> float:
    """_chi2_combine from the sums of log(1 - f) and log(f) over the n clipped probabilities."""
    spam = 1.0 - _chi2q(-2.0 * spam_log, 2 * n)
    ham = 1.0 - _chi2q(-2.0 * ham_log, 2 * n)
    return (1.0 + spam - ham) / 2.0
