"""`inquiry-triage evaluate`: detection and language figures on real third-party corpora.

One measured path: every item goes through `pipeline.triage_item` and is scored on
`TriageResult.to_json()`, the very object `triage --format jsonl` prints. Nothing here calls a
check, the language detector or the grader on its own, so a gate added to the output is measured.

* Mail sets are labelled by folder: phishing/, fraud419/, fraud_modern/ should be suspicious;
  ham/, modern_ham/ should not. Each gets its flagged rate, errors, the rules that fired most and a
  per-language breakdown (by the language the output names).
* rfq/rfq.csv: the suspicious rate and grade distribution on real buyer requests.
* langid/<granularity>/<iso>.txt: each line is sent as an IM record; accuracy per language of the
  output's `language` field.
* The project's own genuine-buyer set (tests/data/genuine with its manifest), when present: none
  may be flagged; language and minor-language flag are checked against the manifest.
* Cross-corpus: the emitted rule hits of one group of corpora fit the weights (`learning.fit`),
  which are then scored on the other group (and the reverse), so a weight that only helps the data
  it was fitted on shows.

Runs offline (no DNS): the figures must not depend on the network.
"""

from __future__ import annotations

import os
import resource
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from .config import PACKAGE_ROOT, Config
from .pipeline import build_context, triage_item
from .sources import RawItem, item_limit, open_inputs

CORPORA_ENV = "INQUIRY_TRIAGE_CORPORA"
# (folder, should be suspicious). The cross-corpus groups are `learning.fit.CROSS_GROUPS`.
MAIL_SETS: tuple[tuple[str, bool], ...] = (
    ("phishing", True), ("fraud419", True), ("ham", False), ("fraud_modern", True), ("modern_ham", False),
)
LANGID_GRANULARITIES = ("sentences", "word-pairs", "single-words")
# Reasons that are bookkeeping, not evidence: never features for fitting.
_NOT_FEATURES = ("CHANNEL_", "RISK_PENALTY", "SUSPICIOUS_CAP", "GRADE_CAP")


def default_corpora() -> Path:
    env = os.environ.get(CORPORA_ENV)
    if env:
        return Path(env)
    return (PACKAGE_ROOT.parent.parent / "shared" / "corpora").resolve()


def default_genuine_set() -> Path:
    return PACKAGE_ROOT.parent / "tests" / "data" / "genuine"


def emitted(item: RawItem, ctx) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Exactly what `triage --format jsonl` prints for this item."""
    return triage_item(item, ctx).to_json()


def evidence_rules(row: dict[str, Any]) -> frozenset[str]:
    """The risk rules an emitted row names (its features for fitting and for the top-rules list)."""
    return frozenset(r["rule"] for r in row.get("reasons", ())
                     if r.get("kind") in ("scam", "spy") and not str(r["rule"]).startswith(_NOT_FEATURES))


def _files(folder: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return files[:limit] if limit else files


class _Progress:
    def __init__(self, out: TextIO | None, label: str, total: int) -> None:
        self.out, self.label, self.total, self.done = out, label, total, 0

    def tick(self) -> None:
        self.done += 1
        if self.out and (self.done % 200 == 0 or self.done == self.total):
            self.out.write(f"\r{self.label}: {self.done}/{self.total} ")
            self.out.flush()


def _mail_set(folder: Path, bad: bool, ctx, limit: int | None, progress: TextIO | None) -> tuple[dict[str, Any], list[Any]]:  # type: ignore[no-untyped-def]
    files = _files(folder, limit)
    flagged = errors = 0
    rules: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # language -> [total, flagged]
    samples: list[Any] = []
    tick = _Progress(progress, folder.name, len(files)).tick
    started = time.perf_counter()
    for item in open_inputs([str(p) for p in files], max_item_bytes=item_limit(ctx.config)):
        row = emitted(item, ctx)
        tick()
        if row["error"]:
            errors += 1
            continue
        names = evidence_rules(row)
        samples.append(_sample(folder.name, bad, row))
        counts = by_language[row["language"] or "und"]
        counts[0] += 1
        if row["suspicious"]:
            flagged += 1
            counts[1] += 1
            kinds.update(row["suspicion"])
        rules.update(names)
    elapsed = time.perf_counter() - started
    total = len(files)
    languages = {code: {"total": t, "suspicious": f, "rate": f / t}
                 for code, (t, f) in sorted(by_language.items(), key=lambda kv: -kv[1][0])}
    return ({"total": total, "suspicious": flagged, "rate": flagged / total if total else 0.0, "errors": errors,
             "kinds": dict(kinds), "top_rules": dict(rules.most_common(12)), "languages": languages,
             "seconds": round(elapsed, 2)}, samples)


def _rfq(path: Path, ctx, config: Config, limit: int | None, progress: TextIO | None) -> tuple[dict[str, Any], list[Any]]:  # type: ignore[no-untyped-def]
    grades: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    samples: list[Any] = []
    flagged = errors = total = 0
    started = time.perf_counter()
    for item in open_inputs([str(path)], config.get("csv.columns", {}), config.get("csv.defaults", {}),
                            max_item_bytes=item_limit(config)):
        if limit and total >= limit:
            break
        total += 1
        row = emitted(item, ctx)
        if progress and total % 500 == 0:
            progress.write(f"\rrfq: {total} ")
        if row["error"] or row["grade"] is None:
            errors += 1
            continue
        samples.append(_sample("rfq", False, row))
        rules.update(evidence_rules(row))
        grades[row["grade"]] += 1
        flagged += row["suspicious"]
        languages[row["language"] or "und"] += 1
    return ({"total": total, "suspicious": flagged, "rate": flagged / total if total else 0.0, "errors": errors,
             "grades": {g: grades.get(g, 0) for g in "ABCD"}, "languages": dict(languages.most_common(10)),
             "top_rules": dict(rules.most_common(8)), "seconds": round(time.perf_counter() - started, 2)}, samples)


def _langid_items(path: Path) -> Iterator[tuple[str, RawItem]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            yield line, RawItem(source=f"{path}:{number}", kind="record", record={"channel": "im", "body": line})


def _langid(folder: Path, ctx, limit: int | None, progress: TextIO | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Accuracy of the emitted `language` per granularity and language."""
    configured = set(ctx.language.languages)
    report: dict[str, Any] = {}
    for granularity in LANGID_GRANULARITIES:
        sub = folder / granularity
        if not sub.is_dir():
            continue
        accuracy: dict[str, float] = {}
        lines: dict[str, int] = {}
        confusions: dict[str, dict[str, int]] = {}
        skipped: list[str] = []
        started, calls = time.perf_counter(), 0
        for path in sorted(sub.glob("*.txt")):
            expected = path.stem.split("-")[0].lower()
            if expected not in configured:
                skipped.append(path.stem)
                continue
            wrong: Counter[str] = Counter()
            n = 0
            for _line, item in _langid_items(path):
                if limit and n >= limit:
                    break
                n += 1
                got = emitted(item, ctx)["language"] or "und"
                if got != expected:
                    wrong[got] += 1
            calls += n
            lines[expected] = n
            accuracy[expected] = 1.0 - sum(wrong.values()) / n if n else 0.0
            confusions[expected] = dict(wrong.most_common(4))
            if progress:
                progress.write(f"\rlangid {granularity}: {path.stem} ")
                progress.flush()
        report[granularity] = {
            "accuracy": accuracy, "lines": lines, "confusions": confusions, "skipped": skipped,
            "mean": sum(accuracy.values()) / len(accuracy) if accuracy else 0.0,
            "ms_per_item": round(1000.0 * (time.perf_counter() - started) / calls, 2) if calls else 0.0,
        }
    return report


def load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """tests/data/genuine/manifest.toml: file name -> expected language, minor flag, note."""
    path = folder / "manifest.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = data.get("message") or data.get("messages") or data.get("files") or data
    if isinstance(entries, list):
        return {str(e["file"]): e for e in entries}
    return {str(name): dict(value) for name, value in entries.items() if isinstance(value, dict)}


def genuine_set(folder: Path, ctx) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The project's own genuine buyers: none may be flagged; language and minor flag must be right."""
    manifest = load_manifest(folder)
    flagged: list[dict[str, Any]] = []
    wrong_language: list[dict[str, Any]] = []
    errors: list[str] = []
    languages: Counter[str] = Counter()
    for name, expected in sorted(manifest.items()):
        item = next(open_inputs([str(folder / name)], max_item_bytes=item_limit(ctx.config)))
        row = emitted(item, ctx)
        if row["error"]:
            errors.append(f"{name}: {row['error']}")
            continue
        languages[str(expected.get("language"))] += 1
        if row["suspicious"]:
            flagged.append({"file": name, "reasons": [r for r in row["reasons"] if r.get("kind") in ("scam", "spy")]})
        if row["language"] != expected.get("language") or bool(row["minor_language"]) != bool(expected.get("minor_language")):
            wrong_language.append({"file": name, "expected": expected.get("language"), "got": row["language"],
                                   "minor_expected": bool(expected.get("minor_language")), "minor_got": row["minor_language"]})
    total = len(manifest)
    return {"total": total, "suspicious": len(flagged), "language_right": total - len(wrong_language) - len(errors),
            "errors": errors, "flagged": flagged, "wrong_language": wrong_language, "languages": dict(languages)}


def _sample(corpus: str, bad: bool, row: dict[str, Any]):  # type: ignore[no-untyped-def]
    """An emitted row as a `learning.fit.Sample`: its risk rules (model bands included) and points."""
    from .learning.fit import Sample

    scam = [r for r in row["reasons"] if r.get("kind") == "scam" and not str(r["rule"]).startswith(_NOT_FEATURES)]
    spy = sum(float(r["points"]) for r in row["reasons"] if r.get("kind") == "spy")
    return Sample(corpus=corpus, suspicious=bad, features=sorted({r["rule"] for r in scam}),
                  scam_without_model=sum(float(r["points"]) for r in scam), spy=spy, handset=bool(row["suspicious"]))


def cross_corpus(samples: list[Any], config: Config) -> list[dict[str, Any]]:
    """Fit weights on one group's emitted hits, score the other group with them (both ways)."""
    from .learning.fit import FitOptions, _negative_rules
    from .learning.fit import cross_corpus as fit_and_score

    thresholds = config.get("grading.suspicious_at")
    options = FitOptions(target_points=float(thresholds["scam"]))
    return fit_and_score(samples, [s.features for s in samples], options, _negative_rules(config), float(thresholds["spy"]))


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_evaluation(corpora: Path, config: Config, *, limit: int | None = None, progress: TextIO | None = None,
                   genuine: Path | None = None, langid: bool = True, cross: bool = True) -> dict[str, Any]:
    ctx = build_context(config, offline=True)
    figures: dict[str, Any] = {"corpora": str(corpora)}
    samples: list[Any] = []
    messages, seconds = 0, 0.0
    for name, bad in MAIL_SETS:
        folder = corpora / name
        if folder.is_dir():
            figures[name], rows = _mail_set(folder, bad, ctx, limit, progress)
            samples += rows
            messages += figures[name]["total"]
            seconds += figures[name]["seconds"]
    rfq = corpora / "rfq" / "rfq.csv"
    if rfq.is_file():
        figures["rfq"], rows = _rfq(rfq, ctx, config, limit, progress)
        samples += rows
    classic = [figures[n] for n in ("phishing", "fraud419") if n in figures]
    if classic:
        figures["detection_rate"] = sum(s["suspicious"] for s in classic) / max(1, sum(s["total"] for s in classic))
    if "ham" in figures:
        figures["false_positive_rate"] = figures["ham"]["rate"]
    genuine = genuine if genuine is not None else default_genuine_set()
    if (genuine / "manifest.toml").is_file():
        figures["genuine"] = genuine_set(genuine, ctx)
    if langid and (corpora / "langid").is_dir():
        figures["langid"] = _langid(corpora / "langid", ctx, limit, progress)
    if cross:
        figures["cross_corpus"] = cross_corpus(samples, config)
    figures["throughput"] = {"messages": messages, "seconds": round(seconds, 2),
                             "per_second": round(messages / seconds, 1) if seconds else None,
                             "peak_rss_mb": _peak_rss_mb()}
    if progress:
        progress.write("\r" + " " * 40 + "\r")
    return figures


def _pct(value: float) -> str:
    return f"{100 * value:5.1f} %"


_LABELS = {"phishing": "phishing (should be suspicious)", "fraud419": "fraud419 (should be suspicious)",
           "fraud_modern": "fraud_modern (should be suspicious)", "ham": "ham (should not be)",
           "modern_ham": "modern_ham (should not be)"}


def render_text(f: dict[str, Any]) -> str:
    lines = [f"Evaluation on {f['corpora']} (offline; every figure scores what `triage --format jsonl` emits)", ""]
    for name, _bad in MAIL_SETS:
        if name in f:
            s = f[name]
            lines.append(f"{_LABELS[name]:36} {s['suspicious']:5}/{s['total']:<5} flagged = {_pct(s['rate'])}  errors {s['errors']}")
    if "detection_rate" in f:
        lines.append(f"{'detection (phishing+fraud419)':36} {_pct(f['detection_rate'])}")
    if "rfq" in f:
        r = f["rfq"]
        dist = "  ".join(f"{g} {n} ({_pct(n / r['total']).strip()})" for g, n in r["grades"].items()) if r["total"] else ""
        lines += [f"{'RFQ set: suspicious':36} {r['suspicious']:5}/{r['total']:<5} = {_pct(r['rate'])}  errors {r['errors']}",
                  f"{'RFQ grades':36} {dist}"]
    if "genuine" in f:
        g = f["genuine"]
        lines += ["", f"{'genuine-buyer set (project-written)':36} {g['suspicious']}/{g['total']} flagged, "
                      f"language and minor flag right {g['language_right']}/{g['total']}, {len(g['languages'])} languages"]
        for case in g["flagged"][:10]:
            why = ", ".join(f"{r['rule']} {r['points']:+}" for r in case["reasons"])
            lines.append(f"  flagged {case['file']}: {why}")
        for case in g["wrong_language"][:10]:
            lines.append(f"  language {case['file']}: expected {case['expected']} (minor {case['minor_expected']}), "
                         f"got {case['got']} (minor {case['minor_got']})")
    lines += ["", "Per language of the output (flagged/total):"]
    for name, _bad in MAIL_SETS:
        if name in f:
            langs = "  ".join(f"{code} {v['suspicious']}/{v['total']}" for code, v in list(f[name]["languages"].items())[:10])
            lines.append(f"  {name:13} {langs}")
    if "langid" in f:
        lines += ["", "Language in the triage output (each line sent as an IM record; mean over languages):"]
        for gran in LANGID_GRANULARITIES:
            if gran in f["langid"]:
                g = f["langid"][gran]
                per = "  ".join(f"{code} {100 * acc:.0f}" for code, acc in sorted(g["accuracy"].items()))
                lines.append(f"  {gran:13} mean {_pct(g['mean'])}   {per}")
    for run in f.get("cross_corpus", []):
        lines += ["", f"Cross-corpus: weights fitted on the emitted hits of {' + '.join(run['fit_on'])}, "
                      "scored on the others (flagged: refitted / as shipped):"]
        for corpus, e in run["report_on"].items():
            lines.append(f"  {corpus:13} {e['flagged']:5}/{e['total']:<5} {_pct(e['rate'])} / {_pct(e['handset_rate'])}")
    t = f.get("throughput", {})
    if t.get("per_second"):
        lines += ["", f"Triage throughput: {t['messages']} messages in {t['seconds']} s = {t['per_second']} msg/s "
                      f"(one core, offline), peak RSS {t['peak_rss_mb']} MB; bench/bench.py compares with a baseline"]
    for name, _bad in MAIL_SETS:
        if name in f and f[name]["top_rules"]:
            top = ", ".join(f"{k} {v}" for k, v in list(f[name]["top_rules"].items())[:8])
            lines.append(f"top risk rules on {name}: {top}")
    return "\n".join(lines) + "\n"
