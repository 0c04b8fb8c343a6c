"""`inquiry-triage fit`: points fitted to labelled mail, not set by hand (SpamAssassin's score
generation, with logistic regression instead of its perceptron).

1. Triage every labelled item offline through the shipped path (`pipeline.triage_item`, hand-set
   points, the shipped text model) and keep which "scam" rules fired: binary features.
   The text model's band is a feature too. Messages the shipped model was trained on (ham/ and
   the spamassassin__ files of fraud419/) get their band from a model trained without them
   (cross-fitting), or the band would look better than it is.
2. Fit L2-regularised logistic regression by coordinate descent (Newton step per weight); risk
   weights are kept >= 0 (a rule can only add suspicion); only rules whose hand-set points are
   negative may stay negative. Classes are balanced, and inside a class each corpus weighs by
   the square root of its size, so 2,500 phishing mails do not drown 48 advance-fee ones.
3. The threshold is the LR's decision point, raised until at most `max_fp` of each genuine corpus
   is flagged; points are rescaled so that threshold lands on `[grading] suspicious_at.scam`.
4. Reported: k-fold cross-validated detection / false positives per corpus at that threshold
   (beside the hand-set points), cross-corpus (fit on one group, report on the other), and a
   simulated team: a site model learned from N verdicts, triage on the rest.

Pure Python: ~12k items x ~150 features, sparse, collapse to a few thousand distinct patterns.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from ..config import Config
from .active import Band, band_for, load_active_model, min_tokens, parse_bands
from .bayes import TokenModel
from .tokens import HEADER_PREFIXES

SUSPICIOUS = ("phishing", "fraud419", "fraud_modern")
GENUINE = ("ham", "modern_ham", "rfq", "genuine")
CROSS_GROUPS = (("phishing", "fraud419", "ham"), ("fraud_modern", "modern_ham"))
SHARED_GENUINE = ("rfq", "genuine")  # always in training: they belong to neither cross group
TEAM_POOL = ("fraud_modern", "modern_ham")
MIN_SUPPORT = 5  # a rule seen fewer times than this in the labelled items keeps its own points
CONFIG_WEIGHTED = frozenset({"COUNTRY_RISK"})  # points set per country in [origin] country_risk


@dataclass(frozen=True)
class FitOptions:
    folds: int = 5
    l2: float = 0.0001
    max_fp: float = 0.005
    genuine_weight: float = 1.0  # > 1 makes a false alarm cost more than a miss in the fit
    target_points: float = 3.0  # where the threshold lands after rescaling ([grading] suspicious_at.scam)
    caps: tuple[tuple[str, float], ...] = ()  # rule -> most points it may get (the shipped model's bands)
    team_sizes: tuple[int, ...] = (25, 50, 100, 200)
    team_repeats: int = 3
    seed: int = 7
    limit: int | None = None
    genuine: tuple[str, ...] = ()
    cache: Path | None = None
    out: Path | None = None
    sweeps: int = 60
    cap_model: bool = True


@dataclass
class Sample:
    corpus: str
    suspicious: bool  # the label
    features: list[str]  # scam-kind rules that fired (text model bands excluded)
    scam_without_model: float  # hand-set scam points without the text model's band
    spy: float  # spy risk (not fitted: it keeps its own threshold)
    handset: bool  # what the shipped triage said
    licensed: bool = False  # part of the shipped text model's training data
    tokens: list[str] = field(default_factory=list)  # kept only where the model is retrained

    def to_json(self) -> dict[str, Any]:
        return self.__dict__


# --- 1. collecting features ------------------------------------------------------------------

def _corpus_items(corpora: Path, name: str, config: Config, extra_genuine: Sequence[str]):  # type: ignore[no-untyped-def]
    from ..sources import open_inputs

    if name == "rfq":
        path = corpora / "rfq" / "rfq.csv"
        return open_inputs([str(path)], config.get("csv.columns", {}), config.get("csv.defaults", {})) if path.is_file() else None
    if name == "genuine":
        folders = [p for p in extra_genuine if Path(p).exists()]
        if not extra_genuine:  # the project's own genuine-buyer set, in a checkout
            default = Path(__file__).resolve().parents[2] / "tests" / "data" / "genuine"
            folders = [str(default)] if default.is_dir() else []
        return open_inputs(folders) if folders else None
    folder = corpora / name
    return open_inputs([str(folder)]) if folder.is_dir() else None


def collect(corpora: Path, config: Config, options: FitOptions, progress: TextIO | None = None) -> list[Sample]:
    """Triage every labelled item (offline, hand-set points, shipped model) and keep its features."""
    from ..pipeline import build_context, triage_item
    from .tokens import inquiry_tokens

    ctx = build_context(config, offline=True)
    ctx.scores = None  # hand-set points: the baseline, and features do not depend on points
    ctx.text_model = load_active_model(config, prefer_site=False)  # the shipped model, never a site one
    band_names = {b.name for b in _bands(config, "shipped")}
    keep_tokens = set(TEAM_POOL) | {"ham", "fraud419"}
    samples: list[Sample] = []
    for name in SUSPICIOUS + GENUINE:
        items = _corpus_items(corpora, name, config, options.genuine)
        if items is None:
            continue
        for index, item in enumerate(items):
            if options.limit and index >= options.limit:
                break
            result = triage_item(item, ctx)
            if result.error or result.verdict is None or result.inquiry is None:
                continue
            scam = [h for h in result.hits if h.kind == "scam" and not h.rule.startswith("__")]
            licensed = name == "ham" or (name == "fraud419" and Path(item.source).name.startswith("spamassassin__"))
            tokens = sorted(inquiry_tokens(result.inquiry, ctx.lists.classify)) if name in keep_tokens else []
            samples.append(Sample(
                corpus=name, suspicious=name in SUSPICIOUS,
                features=sorted({h.rule for h in scam if h.rule not in band_names}),
                scam_without_model=round(sum(h.points for h in scam if h.rule not in band_names), 4),
                spy=result.verdict.risk_by_kind.get("spy", 0.0), handset=result.verdict.suspicious,
                licensed=licensed, tokens=tokens))
            if progress and len(samples) % 250 == 0:
                progress.write(f"\rfit: triaged {len(samples)} ({name}) ")
                progress.flush()
    if progress:
        progress.write("\n")
    return samples


def _bands(config: Config, kind: str) -> tuple[Band, ...]:
    return parse_bands(config.get(f"model.{kind}_bands"), f"[model] {kind}_bands")


def model_bands(samples: list[Sample], config: Config, folds: int, seed: int) -> list[str | None]:
    """The shipped text model's band per sample; cross-fitted for the model's own training data."""
    active = load_active_model(config, prefer_site=False)
    bands = _bands(config, "shipped")
    least = min_tokens(config)
    result: list[str | None] = [None] * len(samples)
    if active is None:
        return result

    def band_of(model: TokenModel, tokens: list[str]) -> str | None:
        band = band_for(bands, model.score(tokens), least)
        return band.name if band else None

    licensed = [i for i, s in enumerate(samples) if s.licensed and s.tokens]
    fold_of = {i: n % folds for n, i in enumerate(_shuffled(licensed, seed))}
    for fold in range(folds if licensed else 0):
        train = [samples[i] for i in licensed if fold_of[i] != fold]
        # The shipped model is built with `learn --text-only`: the same here.
        spam = [{t for t in s.tokens if not t.startswith(HEADER_PREFIXES)} for s in train if s.suspicious]
        ham = [{t for t in s.tokens if not t.startswith(HEADER_PREFIXES)} for s in train if not s.suspicious]
        if not spam or not ham:
            continue
        model = TokenModel.train(spam, ham, source="shipped")
        for i in licensed:
            if fold_of[i] == fold:
                result[i] = band_of(model, samples[i].tokens)
    for i, sample in enumerate(samples):
        if not sample.licensed:
            if sample.tokens:
                result[i] = band_of(active.model, sample.tokens)
    return result


def _shuffled(items: list[int], seed: int) -> list[int]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


# --- 2. non-negative logistic regression -------------------------------------------------------

@dataclass
class Fitted:
    weights: dict[str, float]
    intercept: float
    threshold: float  # on the raw weights' sum: suspicious when sum >= threshold

    def raw_score(self, features: Sequence[str]) -> float:
        return sum(self.weights.get(f, 0.0) for f in features)

    def points(self, target: float, caps: Sequence[tuple[str, float]] = ()) -> dict[str, float]:
        scale = target / self.threshold
        limit = dict(caps)
        return {name: round(min(w * scale, limit.get(name, math.inf)), 2) for name, w in self.weights.items()}


def fit_logistic(rows: Sequence[tuple[Sequence[str], bool, float]], *, l2: float, may_be_negative: set[str],
                 sweeps: int = 60, upper: dict[str, float] | None = None) -> tuple[dict[str, float], float]:
    """Weighted L2 logistic regression by cyclic coordinate descent; weights >= 0 unless allowed.

    rows: (features, label, sample weight). Returns (weights, intercept)."""
    patterns: Counter[tuple[tuple[str, ...], bool]] = Counter()
    for features, label, weight in rows:
        patterns[(tuple(sorted(set(features))), label)] += weight
    keys = list(patterns)
    counts = [patterns[k] for k in keys]
    labels = [1.0 if k[1] else 0.0 for k in keys]
    total = sum(counts) or 1.0
    columns: dict[str, list[int]] = defaultdict(list)
    for r, (features, _) in enumerate(keys):
        for f in features:
            columns[f].append(r)
    weights = {f: 0.0 for f in columns}
    intercept = 0.0
    margin = [0.0] * len(keys)

    def sigmoid(z: float) -> float:
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    order = sorted(columns)
    for _ in range(sweeps):
        biggest = 0.0
        # intercept (not regularised, not constrained)
        grad = hess = 0.0
        for r in range(len(keys)):
            p = sigmoid(margin[r] + intercept)
            grad += counts[r] * (p - labels[r])
            hess += counts[r] * p * (1 - p)
        step = grad / max(hess, 1e-9)
        intercept -= step
        biggest = max(biggest, abs(step))
        for f in order:
            grad = hess = 0.0
            for r in columns[f]:
                p = sigmoid(margin[r] + intercept)
                grad += counts[r] * (p - labels[r])
                hess += counts[r] * p * (1 - p)
            grad = grad / total + l2 * weights[f]
            hess = hess / total + l2
            new = weights[f] - grad / hess
            if f not in may_be_negative:
                new = max(0.0, new)
            new = max(-20.0, min(20.0, new, (upper or {}).get(f, 20.0)))
            delta = new - weights[f]
            if delta:
                weights[f] = new
                for r in columns[f]:
                    margin[r] += delta
                biggest = max(biggest, abs(delta))
        if biggest < 1e-5:
            break
    return weights, intercept


def _sample_weights(samples: Sequence[Sample], genuine_weight: float = 1.0) -> list[float]:
    """Balanced classes (genuine x `genuine_weight`); inside a class each corpus weighs by sqrt(its size)."""
    sizes = Counter(s.corpus for s in samples)
    label_of = {s.corpus: s.suspicious for s in samples}  # a corpus is one class (its folder is the label)
    by_class: dict[bool, float] = defaultdict(float)
    for corpus, n in sizes.items():
        by_class[label_of[corpus]] += math.sqrt(n)
    weights = []
    for s in samples:
        corpus_share = math.sqrt(sizes[s.corpus]) / by_class[s.suspicious]  # this corpus' part of its class
        weights.append(corpus_share / sizes[s.corpus] * (1.0 if s.suspicious else genuine_weight))
    return weights


def fit(samples: Sequence[Sample], features: Sequence[list[str]], options: FitOptions,
        may_be_negative: set[str]) -> Fitted:
    """Weights, then the threshold; with caps, refit with the caps as upper bounds (in raw units,
    which depend on the threshold: a few rounds settle it)."""
    rows = [(f, s.suspicious, w) for s, f, w in zip(samples, features, _sample_weights(samples, options.genuine_weight))]
    upper: dict[str, float] = {}
    for _ in range(4):
        weights, intercept = fit_logistic(rows, l2=options.l2, may_be_negative=may_be_negative, sweeps=options.sweeps,
                                          upper=upper)
        fitted = _with_threshold(samples, features, options, weights, intercept)
        scale = options.target_points / fitted.threshold
        over = [name for name, cap in options.caps if weights.get(name, 0.0) * scale > cap + 0.005]
        if not over:
            break
        upper = {name: cap / scale for name, cap in options.caps}
    return fitted


def _with_threshold(samples: Sequence[Sample], features: Sequence[list[str]], options: FitOptions,
                    weights: dict[str, float], intercept: float) -> Fitted:
    # Threshold: the LR's own decision point, raised until every genuine corpus stays under max_fp.
    threshold = -intercept
    negatives: dict[str, list[float]] = defaultdict(list)
    for s, f in zip(samples, features):
        if not s.suspicious:
            negatives[s.corpus].append(sum(weights.get(x, 0.0) for x in f))
    for scores in negatives.values():
        scores.sort(reverse=True)
        allowed = int(options.max_fp * len(scores))  # this many may score at or above the threshold
        if allowed < len(scores):
            threshold = max(threshold, scores[allowed] + 1e-6)
    positive = [w for w in weights.values() if w > 0]
    threshold = max(threshold, (min(positive) * 0.5) if positive else 1.0)  # an empty message is never flagged
    return Fitted(weights, intercept, threshold)


# --- 3. reports --------------------------------------------------------------------------------

def _rates(samples: Sequence[Sample], flagged: Sequence[bool]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for s, f in zip(samples, flagged):
        entry = out.setdefault(s.corpus, {"expected": "suspicious" if s.suspicious else "genuine", "total": 0,
                                          "flagged": 0, "handset_flagged": 0})
        entry["total"] += 1
        entry["flagged"] += bool(f)
        entry["handset_flagged"] += s.handset
    for entry in out.values():
        entry["rate"] = round(entry["flagged"] / entry["total"], 4)
        entry["handset_rate"] = round(entry["handset_flagged"] / entry["total"], 4)
    return out


def model_effect(samples: Sequence[Sample], scam_at: float, spy_at: float) -> dict[str, dict[str, Any]]:
    """The shipped triage per corpus with and without the shipped text model's band (hand-set points)."""
    out: dict[str, dict[str, Any]] = {}
    for s in samples:
        entry = out.setdefault(s.corpus, {"total": 0, "with_model": 0, "without_model": 0})
        entry["total"] += 1
        entry["with_model"] += s.handset
        entry["without_model"] += s.scam_without_model >= scam_at or s.spy >= spy_at
    for entry in out.values():
        entry["with_rate"] = round(entry["with_model"] / entry["total"], 4)
        entry["without_rate"] = round(entry["without_model"] / entry["total"], 4)
    return out


def _decide(fitted: Fitted, features: list[str], sample: Sample, spy_at: float) -> bool:
    return fitted.raw_score(features) >= fitted.threshold or sample.spy >= spy_at


def cross_validate(samples: list[Sample], features: list[list[str]], options: FitOptions,
                   may_be_negative: set[str], spy_at: float) -> dict[str, dict[str, Any]]:
    by_corpus: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(samples):
        by_corpus[s.corpus].append(i)
    fold_of: dict[int, int] = {}
    for corpus, indices in sorted(by_corpus.items()):
        for n, i in enumerate(_shuffled(indices, options.seed)):
            fold_of[i] = n % options.folds
    flagged = [False] * len(samples)
    for fold in range(options.folds):
        train = [i for i in range(len(samples)) if fold_of[i] != fold]
        fitted = fit([samples[i] for i in train], [features[i] for i in train], options, may_be_negative)
        for i in range(len(samples)):
            if fold_of[i] == fold:
                flagged[i] = _decide(fitted, features[i], samples[i], spy_at)
    return _rates(samples, flagged)


def cross_corpus(samples: list[Sample], features: list[list[str]], options: FitOptions,
                 may_be_negative: set[str], spy_at: float) -> list[dict[str, Any]]:
    runs = []
    for train_group, test_group in (CROSS_GROUPS, CROSS_GROUPS[::-1]):
        train = [i for i, s in enumerate(samples) if s.corpus in train_group or s.corpus in SHARED_GENUINE]
        test = [i for i, s in enumerate(samples) if s.corpus in test_group]
        if not train or not test:
            continue
        fitted = fit([samples[i] for i in train], [features[i] for i in train], options, may_be_negative)
        flagged = [_decide(fitted, features[i], samples[i], spy_at) for i in test]
        runs.append({"fit_on": list(train_group) + [c for c in SHARED_GENUINE if any(samples[i].corpus == c for i in train)],
                     "report_on": _rates([samples[i] for i in test], flagged)})
    return runs


def simulated_team(samples: list[Sample], config: Config, options: FitOptions, scam_at: float,
                   spy_at: float) -> list[dict[str, Any]]:
    """A site model learned from N verdicts drawn from the team pool; triage scores the rest."""
    pool = [s for s in samples if s.corpus in TEAM_POOL and s.tokens]
    bands = _bands(config, "site")
    least = min_tokens(config)
    runs = []
    for n in options.team_sizes:
        if n >= len(pool):
            continue
        totals: Counter[str] = Counter()
        repeats = 0
        for repeat in range(options.team_repeats):
            rng = random.Random(options.seed * 1000 + n * 10 + repeat)
            drawn = set(rng.sample(range(len(pool)), n))
            spam = [set(pool[i].tokens) for i in drawn if pool[i].suspicious]
            ham = [set(pool[i].tokens) for i in drawn if not pool[i].suspicious]
            if not spam or not ham:
                continue  # a draw with one class only teaches nothing
            repeats += 1
            model = TokenModel.train(spam, ham)
            for i, s in enumerate(pool):
                if i in drawn:
                    continue
                score = model.score(s.tokens)
                p = score.probability
                band = band_for(bands, score, least)
                risk = s.scam_without_model + (band.points if band else 0.0)
                side = "bad" if s.suspicious else "good"
                totals[f"{side}_total"] += 1
                totals[f"{side}_model"] += p >= 0.9
                totals[f"{side}_triage"] += risk >= scam_at or s.spy >= spy_at
                totals[f"{side}_shipped"] += s.handset
        if not repeats:
            continue
        bad, good = totals["bad_total"] or 1, totals["good_total"] or 1
        runs.append({"verdicts": n, "repeats": repeats, "scored": (totals["bad_total"] + totals["good_total"]) // repeats,
                     "model_detection": round(totals["bad_model"] / bad, 4),
                     "model_false_positives": round(totals["good_model"] / good, 4),
                     "triage_detection": round(totals["bad_triage"] / bad, 4),
                     "triage_false_positives": round(totals["good_triage"] / good, 4),
                     "shipped_detection": round(totals["bad_shipped"] / bad, 4),
                     "shipped_false_positives": round(totals["good_shipped"] / good, 4)})
    return runs


# --- the command ----------------------------------------------------------------------------------

def _fingerprint(corpora: Path, config: Config, options: FitOptions) -> str:
    """What the collected features depend on: the rule files, the checks' and parsers' code, the
    configuration and the shipped model. A cache made with other rules is not reused."""
    import hashlib

    from ..config import PACKAGE_ROOT

    digest = hashlib.sha256(json.dumps([str(corpora), options.limit, list(options.genuine), config.data],
                                       sort_keys=True, default=str).encode())
    files = sorted(config.path_list("rules.files")) + sorted(PACKAGE_ROOT.rglob("*.py")) + \
        sorted(PACKAGE_ROOT.rglob("*.toml")) + [PACKAGE_ROOT / "data" / "text_model.json.gz"]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _load_or_collect(corpora: Path, config: Config, options: FitOptions, progress: TextIO | None) -> list[Sample]:
    fingerprint = _fingerprint(corpora, config, options) if options.cache else ""
    if options.cache and options.cache.is_file():
        data = json.loads(options.cache.read_text(encoding="utf-8"))
        if data.get("fingerprint") == fingerprint:
            return [Sample(**row) for row in data["samples"]]
        if progress:
            progress.write("fit: rules, code or configuration changed since the cache was written: triaging again\n")
    samples = collect(corpora, config, options, progress)
    if options.cache:
        options.cache.write_text(json.dumps({"corpora": str(corpora), "fingerprint": fingerprint,
                                             "samples": [s.to_json() for s in samples]}), encoding="utf-8")
    return samples


def run_fit(corpora: Path, config: Config, options: FitOptions, progress: TextIO | None = None) -> dict[str, Any]:
    from .scores import render_scores

    started = time.perf_counter()
    samples = _load_or_collect(corpora, config, options, progress)
    if not samples:
        return {"error": f"no labelled items found under {corpora}"}
    bands = model_bands(samples, config, options.folds, options.seed)
    features = [s.features + ([b] if b else []) for s, b in zip(samples, bands)]
    scam_at = float(config.get("grading.suspicious_at")["scam"])
    spy_at = float(config.get("grading.suspicious_at")["spy"])
    may_be_negative = _negative_rules(config)
    if options.cap_model:
        # The shipped model learned spam from a few dozen messages: its bands keep at most their
        # configured (modest) points, whatever the fit would give them.
        caps = tuple((b.name, b.points) for b in _bands(config, "shipped") if b.points > 0)
    else:
        caps = ()
    # One fact about the envelope or the shape (a Reply-To elsewhere, an odd sender address) is
    # never a verdict on its own, however well it separates the dev corpora: genuine people do
    # each of these things. The code-backed checks' hits stay below the threshold alone.
    from ..checks import CHECK_HIT_NAMES

    single = float(config.get("rules.fit_single_check_cap", scam_at - 0.5))
    present = {f for row in features for f in row}
    caps += tuple((name, single) for name in CHECK_HIT_NAMES if name in present and name not in dict(caps))
    options = replace(options, target_points=scam_at, caps=caps)
    cv = cross_validate(samples, features, options, may_be_negative, spy_at)
    crossed = cross_corpus(samples, features, options, may_be_negative, spy_at)
    team = simulated_team(samples, config, options, scam_at, spy_at)
    final = fit(samples, features, options, may_be_negative)
    support = Counter(f for row in features for f in row)
    # Too little evidence to fit (rare exporter-aimed scams, say), weighted in the configuration
    # (country risk), or declared a verdict on its own by its author (a rule file score at the
    # threshold: a fund story from a stranger, say, in any language, whatever the mostly English
    # dev corpora say): such rules keep the points their rule file or config gives.
    decisive = _decisive_rules(config, scam_at)
    kept = sorted(name for name in final.weights
                  if support[name] < MIN_SUPPORT or name in CONFIG_WEIGHTED or name in decisive)
    points = {name: value for name, value in final.points(scam_at, options.caps).items() if name not in kept}
    report: dict[str, Any] = {
        "corpora": str(corpora), "items": len(samples), "per_corpus": dict(Counter(s.corpus for s in samples)),
        "features": len(final.weights), "folds": options.folds, "l2": options.l2, "max_fp": options.max_fp,
        "genuine_weight": options.genuine_weight,
        "threshold_points": scam_at, "model_effect": model_effect(samples, scam_at, spy_at), "cross_validated": cv, "cross_corpus": crossed, "simulated_team": team,
        "scores": dict(sorted(points.items(), key=lambda kv: (-kv[1], kv[0]))), "kept_from_rule_files": kept,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if options.out:
        header = [f"Fitted by `inquiry-triage fit` on {len(samples)} labelled items: "
                  + ", ".join(f"{k} {v}" for k, v in report["per_corpus"].items()),
                  f"non-negative L2 logistic regression (l2={options.l2}), threshold rescaled to suspicious_at.scam = "
                  f"{scam_at}, at most {options.max_fp:.1%} of each genuine corpus flagged",
                  f"rules seen fewer than {MIN_SUPPORT} times, config-weighted ones and verdicts by design keep their own points: "
                  + (", ".join(kept) or "none"),
                  "cross-validated ({} folds): ".format(options.folds)
                  + ", ".join(f"{c} {100 * e['rate']:.1f}%" for c, e in cv.items())]
        options.out.parent.mkdir(parents=True, exist_ok=True)
        options.out.write_text(render_scores(points, header), encoding="utf-8")
        report["written"] = str(options.out)
    return report


def _rule_files(config: Config):  # type: ignore[no-untyped-def]
    """The configured rules with their rule-file points (what the fit starts from)."""
    from ..checks import CHECK_HIT_NAMES
    from ..checks.rules import load_rules

    return load_rules(config.path_list("rules.files"), CHECK_HIT_NAMES).rules


def _decisive_rules(config: Config, scam_at: float) -> set[str]:
    """Rules whose own points reach the suspicious threshold: a verdict by design."""
    return {r.name for r in _rule_files(config) if r.counts == "scam" and r.score >= scam_at}


def _negative_rules(config: Config) -> set[str]:
    """Rules whose own (hand-set) points are negative may keep a negative weight: they are
    evidence of a genuine message. Bands with negative points likewise."""
    names = {r.name for r in _rule_files(config) if r.score < 0}
    for kind in ("shipped", "site"):
        names |= {b.name for b in _bands(config, kind) if b.points < 0}
    return names


def _pct(x: float) -> str:
    return f"{100 * x:5.1f} %"


def render_report(r: dict[str, Any]) -> str:
    if "error" in r:
        return r["error"] + "\n"
    lines = [f"fit on {r['corpora']}: {r['items']} items (" + ", ".join(f"{k} {v}" for k, v in r["per_corpus"].items())
             + f"), {r['features']} rule features, {r['folds']}-fold CV, l2={r['l2']}, max FP {r['max_fp']:.1%} per genuine corpus",
             "", "Cross-validated at the fitted threshold (hand-set points beside):",
             f"  {'corpus':12} {'expected':10} {'total':>6} {'fitted':>9} {'hand-set':>9}"]
    for corpus, e in r["cross_validated"].items():
        lines.append(f"  {corpus:12} {e['expected']:10} {e['total']:6} {_pct(e['rate']):>9} {_pct(e['handset_rate']):>9}")
    lines += ["", "The shipped text model's effect on the shipped triage (hand-set points), flagged "
                  "(ham/ and fraud419's spamassassin__ files are its training data: in-sample there):",
              f"  {'corpus':12} {'total':>6} {'without':>9} {'with':>9}"]
    for corpus, e in r["model_effect"].items():
        lines.append(f"  {corpus:12} {e['total']:6} {_pct(e['without_rate']):>9} {_pct(e['with_rate']):>9}")
    for run in r["cross_corpus"]:
        lines += ["", f"Cross-corpus: fitted on {' + '.join(run['fit_on'])}, reported on the others:"]
        for corpus, e in run["report_on"].items():
            lines.append(f"  {corpus:12} {e['expected']:10} {e['total']:6} {_pct(e['rate']):>9} {_pct(e['handset_rate']):>9}")
    if r["simulated_team"]:
        lines += ["", "Simulated team (site model learned from N verdicts drawn from fraud_modern + modern_ham; "
                      "the rest scored; mean of repeats):",
                  f"  {'N':>4} {'model p>=0.9: detect':>21} {'FP':>8}   {'triage + site model: detect':>28} {'FP':>8}"
                  f"   {'shipped triage: detect':>23} {'FP':>8}"]
        for t in r["simulated_team"]:
            lines.append(f"  {t['verdicts']:4} {_pct(t['model_detection']):>21} {_pct(t['model_false_positives']):>8}   "
                         f"{_pct(t['triage_detection']):>28} {_pct(t['triage_false_positives']):>8}   "
                         f"{_pct(t['shipped_detection']):>23} {_pct(t['shipped_false_positives']):>8}")
    lines += ["", "Fitted points (threshold = {}):".format(r["threshold_points"])]
    items = list(r["scores"].items())
    for start in range(0, len(items), 3):
        lines.append("  " + "   ".join(f"{k:30} {v:6.2f}" for k, v in items[start:start + 3]))
    if r.get("written"):
        lines += ["", f"score table written to {r['written']}"]
    lines.append(f"({r['seconds']} s)")
    return "\n".join(lines) + "\n"
