"""`inquiry-triage evaluate`: detection and language figures on real third-party corpora.

Mail sets are labelled by folder: phishing/ and fraud419/ should be suspicious, ham/ should not;
rfq/rfq.csv gives the suspicious rate and grade distribution on real buyer requests; langid/
gives per-language accuracy. Runs offline (no DNS): the figures must not depend on the network.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from .config import PACKAGE_ROOT, Config
from .pipeline import build_context, triage_item
from .sources import open_inputs

CORPORA_ENV = "INQUIRY_TRIAGE_CORPORA"
MAIL_SETS = (("phishing", True), ("fraud419", True), ("ham", False))


def default_corpora() -> Path:
    env = os.environ.get(CORPORA_ENV)
    if env:
        return Path(env)
    return (PACKAGE_ROOT.parent.parent / "shared" / "corpora").resolve()


def _mail_set(folder: Path, ctx, limit: int | None, progress: TextIO | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if limit:
        files = files[:limit]
    flagged = errors = 0
    rules: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    started = time.perf_counter()
    for index, item in enumerate(open_inputs([str(p) for p in files]), start=1):
        result = triage_item(item, ctx)
        if result.error:
            errors += 1
            continue
        assert result.verdict is not None
        if result.verdict.suspicious:
            flagged += 1
            kinds.update(result.verdict.suspicion)
        rules.update({h.rule for h in result.hits if h.kind in ("scam", "spy") and not h.rule.startswith("__")})
        if progress and index % 200 == 0:
            progress.write(f"\r{folder.name}: {index}/{len(files)} ")
            progress.flush()
    elapsed = time.perf_counter() - started
    total = len(files)
    return {"total": total, "suspicious": flagged, "rate": flagged / total if total else 0.0, "errors": errors,
            "kinds": dict(kinds), "top_rules": dict(rules.most_common(12)), "seconds": elapsed}


def _rfq(path: Path, ctx, config: Config, limit: int | None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    grades: Counter[str] = Counter()
    flagged = errors = total = 0
    languages: Counter[str] = Counter()
    started = time.perf_counter()
    for item in open_inputs([str(path)], config.get("csv.columns", {}), config.get("csv.defaults", {})):
        if limit and total >= limit:
            break
        total += 1
        result = triage_item(item, ctx)
        if result.error or result.verdict is None:
            errors += 1
            continue
        grades[result.verdict.grade] += 1
        flagged += result.verdict.suspicious
        languages[result.facts.language.language if result.facts else "und"] += 1
    return {"total": total, "suspicious": flagged, "rate": flagged / total if total else 0.0, "errors": errors,
            "grades": {g: grades.get(g, 0) for g in "ABCD"}, "languages": dict(languages.most_common(10)),
            "seconds": time.perf_counter() - started}


def run_evaluation(corpora: Path, config: Config, *, limit: int | None = None, progress: TextIO | None = None) -> dict[str, Any]:
    from .language import evaluate_langid

    ctx = build_context(config, offline=True)
    figures: dict[str, Any] = {"corpora": str(corpora)}
    messages = 0
    seconds = 0.0
    for name, _expected in MAIL_SETS:
        folder = corpora / name
        if folder.is_dir():
            figures[name] = _mail_set(folder, ctx, limit, progress)
            messages += figures[name]["total"]
            seconds += figures[name]["seconds"]
    rfq = corpora / "rfq" / "rfq.csv"
    if rfq.is_file():
        figures["rfq"] = _rfq(rfq, ctx, config, limit)
    bad = [figures[n] for n in ("phishing", "fraud419") if n in figures]
    if bad:
        caught = sum(s["suspicious"] for s in bad)
        total = sum(s["total"] for s in bad)
        figures["detection_rate"] = caught / total if total else 0.0
    if "ham" in figures:
        figures["false_positive_rate"] = figures["ham"]["rate"]
    langid = corpora / "langid"
    if langid.is_dir():
        figures["langid"] = evaluate_langid(langid, ctx.language)
    figures["throughput"] = {"messages": messages, "seconds": round(seconds, 2),
                             "per_second": round(messages / seconds, 1) if seconds else None}
    if progress:
        progress.write("\r")
    return figures


def _pct(value: float) -> str:
    return f"{100 * value:5.1f} %"


def render_text(f: dict[str, Any]) -> str:
    lines = [f"Evaluation on {f['corpora']} (offline)", ""]
    for name, label in (("phishing", "phishing (should be suspicious)"), ("fraud419", "fraud419 (should be suspicious)"),
                        ("ham", "ham (should not be suspicious)")):
        if name in f:
            s = f[name]
            lines.append(f"{label:34} {s['suspicious']:5}/{s['total']:<5} flagged = {_pct(s['rate'])}  errors {s['errors']}")
    if "detection_rate" in f:
        lines.append(f"{'detection rate (phishing+fraud419)':34} {_pct(f['detection_rate'])}")
    if "false_positive_rate" in f:
        lines.append(f"{'false-positive rate (ham)':34} {_pct(f['false_positive_rate'])}")
    if "rfq" in f:
        r = f["rfq"]
        dist = "  ".join(f"{g} {n} ({_pct(n / r['total']).strip()})" for g, n in r["grades"].items()) if r["total"] else ""
        lines += ["", f"{'RFQ set: suspicious':34} {r['suspicious']}/{r['total']} = {_pct(r['rate'])}  errors {r['errors']}",
                  f"{'RFQ grades':34} {dist}"]
    if "langid" in f:
        lines += ["", "Language accuracy (restricted to the configured languages):"]
        lid = f["langid"]
        for gran in ("sentences", "word-pairs", "single-words"):
            if gran in lid:
                g = lid[gran]
                per = "  ".join(f"{code} {100 * acc:.0f}" for code, acc in sorted(g["accuracy"].items()))
                lines.append(f"  {gran:13} mean {_pct(g['mean'])}   {per}")
    t = f.get("throughput", {})
    if t.get("per_second"):
        lines += ["", f"Triage throughput: {t['messages']} messages in {t['seconds']} s = {t['per_second']} msg/s "
                      "(one core, offline; bench/bench.py measures speed and memory against a baseline)"]
    for name in ("phishing", "fraud419", "ham"):
        if name in f and f[name]["top_rules"]:
            top = ", ".join(f"{k} {v}" for k, v in list(f[name]["top_rules"].items())[:8])
            lines.append(f"top risk rules on {name}: {top}")
    return "\n".join(lines) + "\n"
