"""Detection and false alarms per corpus, split into a tuning half and a held-out half.

    .venv/bin/python bench/split_eval.py [--corpora ../shared/corpora] [--save rows.jsonl | --load rows.jsonl]
                                         [--only phishing,ham] [--misses tune] [--hits RULE] [--refit]

Every item is scored on what `triage --format jsonl` prints (`evaluate.emitted`). The half an item
belongs to is a stable hash of its file name (RFQ rows: of their row number), so the halves are
the same on every machine and in every run: rules are designed by looking at the tuning half's
misses only (`--misses tune`); a change that helps the tuning half but not the held-out half is
overfitting. `--hits RULE` lists where a rule fires (to check a new rule on the genuine corpora).
`--refit` fits the score table on the tuning half's emitted hits (`learning.fit.fit`, with the
shipped `fit` command's genuine weight, FP limit and caps) and scores the held-out half with it:
the honest figure for fitted weights.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inquiry_triage.config import load_config  # noqa: E402
from inquiry_triage.evaluate import MAIL_SETS, _sample, default_corpora, default_genuine_set, emitted  # noqa: E402
from inquiry_triage.pipeline import build_context  # noqa: E402
from inquiry_triage.sources import item_limit, open_inputs  # noqa: E402

BAD = {name for name, bad in MAIL_SETS if bad}


def half(name: str) -> str:
    """'tune' or 'holdout', from a stable hash of the file name (not of its path or content)."""
    return "holdout" if hashlib.sha256(name.encode("utf-8")).digest()[0] & 1 else "tune"


def _row(corpus: str, name: str, row: dict) -> dict:
    return {"corpus": corpus, "name": name, "half": half(name), "suspicious": bool(row["suspicious"]),
            "error": row["error"], "language": row["language"], "subject": row.get("subject") or "",
            "reasons": [{"rule": r["rule"], "points": r["points"], "kind": r["kind"]} for r in row["reasons"]],
            "full": row}


def collect(corpora: Path, only: set[str] | None) -> list[dict]:
    config = load_config(None)
    ctx = build_context(config, offline=True)
    rows: list[dict] = []
    for corpus, _bad in MAIL_SETS:
        folder = corpora / corpus
        if (only and corpus not in only) or not folder.is_dir():
            continue
        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
        for path, item in zip(files, open_inputs([str(p) for p in files], max_item_bytes=item_limit(config))):
            rows.append(_row(corpus, path.name, emitted(item, ctx)))
        print(f"\r{corpus}: {len(files)}   ", end="", file=sys.stderr)
    rfq = corpora / "rfq" / "rfq.csv"
    if rfq.is_file() and (not only or "rfq" in only):
        items = open_inputs([str(rfq)], config.get("csv.columns", {}), config.get("csv.defaults", {}),
                            max_item_bytes=item_limit(config))
        for number, item in enumerate(items, start=1):
            rows.append(_row("rfq", f"rfq-{number}", emitted(item, ctx)))
    genuine = default_genuine_set()
    if genuine.is_dir() and (not only or "genuine" in only):
        for path in sorted(genuine.glob("*.eml")):
            item = next(open_inputs([str(path)], max_item_bytes=item_limit(config)))
            rows.append(_row("genuine", path.name, emitted(item, ctx)))
    print(file=sys.stderr)
    return rows


def report(rows: list[dict]) -> None:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["error"]:
            continue
        for h in (r["half"], "all"):
            c = counts[(r["corpus"], h)]
            c[0] += 1
            c[1] += r["suspicious"]
    print(f"{'corpus':13} {'tune':>20} {'holdout':>20} {'all':>20}")
    for corpus in dict.fromkeys(r["corpus"] for r in rows):
        cells = []
        for h in ("tune", "holdout", "all"):
            total, flagged = counts[(corpus, h)]
            cells.append(f"{flagged}/{total} {100 * flagged / total if total else 0:5.1f} %")
        print(f"{corpus:13} {cells[0]:>20} {cells[1]:>20} {cells[2]:>20}")
    for h in ("tune", "holdout", "all"):
        total = sum(counts[(c, h)][0] for c in ("phishing", "fraud419"))
        flagged = sum(counts[(c, h)][1] for c in ("phishing", "fraud419"))
        if total:
            print(f"phishing+fraud419 {h}: {flagged}/{total} = {100 * flagged / total:.1f} %")


def misses(rows: list[dict], which: str) -> None:
    for r in rows:
        if r["corpus"] in BAD and r["half"] == which and not r["suspicious"] and not r["error"]:
            risk = ", ".join(f"{x['rule']} {x['points']:+}" for x in r["reasons"] if x["kind"] == "scam")
            print(f"{r['corpus']}/{r['name']} [{r['language']}] {r['subject'][:60]!r}: {risk}")


def hits(rows: list[dict], rule: str) -> None:
    by: Counter[tuple[str, str]] = Counter()
    for r in rows:
        if any(x["rule"] == rule for x in r["reasons"]):
            by[(r["corpus"], r["half"])] += 1
            if r["corpus"] not in BAD:
                print(f"  genuine-side hit: {r['corpus']}/{r['name']} flagged={r['suspicious']} {r['subject'][:60]!r}")
    print(rule, " ".join(f"{c}/{h} {n}" for (c, h), n in sorted(by.items())))


def refit(rows: list[dict], genuine_weight: float, max_fp: float) -> None:
    """Fit the score table on the tuning half, score the held-out half with it. The options and
    caps are the shipped `fit` command's (the README's --genuine-weight / --max-fp, the text
    model's bands and each code check's single-hit cap): the held-out figure of the same procedure."""
    from inquiry_triage.checks import CHECK_HIT_NAMES
    from inquiry_triage.learning.fit import FitOptions, _bands, _decide, _negative_rules, _rates, fit

    config = load_config(None)
    thresholds = config.get("grading.suspicious_at")
    scam_at = float(thresholds["scam"])
    present = {x["rule"] for r in rows for x in r["reasons"]}
    caps = tuple((b.name, b.points) for b in _bands(config, "shipped") if b.points > 0)
    single = float(config.get("rules.fit_single_check_cap", scam_at - 0.5))
    caps += tuple((name, single) for name in CHECK_HIT_NAMES if name in present and name not in dict(caps))
    options = FitOptions(target_points=scam_at, genuine_weight=genuine_weight, max_fp=max_fp, caps=caps)
    good = [r for r in rows if not r["error"] and r["full"].get("grade") is not None]
    samples = [_sample(r["corpus"], r["corpus"] in BAD, r["full"]) for r in good]
    train = [i for i, r in enumerate(good) if r["half"] == "tune"]
    test = [i for i, r in enumerate(good) if r["half"] == "holdout"]
    fitted = fit([samples[i] for i in train], [samples[i].features for i in train], options, _negative_rules(config))
    flagged = [_decide(fitted, samples[i].features, samples[i], float(thresholds["spy"])) for i in test]
    print("fitted on the tuning half, scored on the held-out half (refitted / as shipped):")
    for corpus, e in _rates([samples[i] for i in test], flagged).items():
        print(f"  {corpus:13} {e['flagged']:5}/{e['total']:<5} {100 * e['rate']:5.1f} % / {100 * e['handset_rate']:5.1f} %")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path)
    parser.add_argument("--only", default="")
    parser.add_argument("--misses", choices=("tune", "holdout"))
    parser.add_argument("--hits", action="append", default=[])
    parser.add_argument("--refit", action="store_true")
    parser.add_argument("--genuine-weight", type=float, default=5.0, help="as the README's `fit` command")
    parser.add_argument("--max-fp", type=float, default=0.004, help="as the README's `fit` command")
    args = parser.parse_args()
    if args.load:
        rows = [json.loads(line) for line in args.load.read_text(encoding="utf-8").splitlines()]
    else:
        only = {c for c in args.only.split(",") if c} or None
        rows = collect(args.corpora or default_corpora(), only)
        if args.save:
            args.save.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report(rows)
    if args.misses:
        misses(rows, args.misses)
    for rule in args.hits:
        hits(rows, rule)
    if args.refit:
        refit(rows, args.genuine_weight, args.max_fp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
