"""`inquiry-triage learn`: train the text model from labelled mail and the team's verdicts.

Like sa-learn, but it retrains from everything given in one go (counts are cheap): the files and
folders the user labels (--spam / --ham), and with --from-store the verdicts in the queue. The
model and a manifest (what it learned from, when, under which licence) are written side by side.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .bayes import MAX_VOCABULARY, ModelError, TokenModel
from .corpus import Examples


# fewer examples than this of either class: `learn` warns, and will not replace the site model triage
# uses without --force (README: "dozens at least: a model from a handful moves grades")
MIN_EXAMPLES = 20


@dataclass(frozen=True)
class LearnSummary:
    path: Path
    size_bytes: int
    n_spam: int
    n_ham: int
    tokens_seen: int
    tokens_kept: int
    sources: dict[str, int]
    unreadable: int
    top_spam: tuple[str, ...]
    top_ham: tuple[str, ...]

    def to_json(self) -> dict:
        return {"path": str(self.path), "size_bytes": self.size_bytes, "spam": self.n_spam, "ham": self.n_ham,
                "tokens_seen": self.tokens_seen, "tokens_kept": self.tokens_kept, "sources": self.sources,
                "unreadable": self.unreadable, "top_spam_tokens": list(self.top_spam),
                "top_ham_tokens": list(self.top_ham)}

    def render(self) -> str:
        lines = [f"learned from {self.n_spam} spam and {self.n_ham} ham messages"
                 + (f" ({self.unreadable} unreadable, left out)" if self.unreadable else "")]
        lines += [f"  {count:6}  {origin}" for origin, count in sorted(self.sources.items())]
        lines += [f"tokens: {self.tokens_seen} seen, {self.tokens_kept} kept",
                  f"model written to {self.path} ({self.size_bytes / 1024:.0f} KiB)",
                  "most spam-like tokens: " + ", ".join(self.top_spam),
                  "most ham-like tokens:  " + ", ".join(self.top_ham)]
        return "\n".join(lines) + "\n"


def manifest_path(model_path: Path) -> Path:
    name = model_path.name.removesuffix(".gz").removesuffix(".json")
    return model_path.with_name(name + ".manifest.json")


def _extremes(model: TokenModel, n: int = 12) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens with the most evidence either way (probability far from 0.5, seen often)."""
    scored = []
    for token, (spam, ham) in model.counts.items():
        f = model.token_probability(token)
        if f is not None:
            scored.append((f, spam + ham, token))
    spammy = sorted((s for s in scored if s[0] > 0.5), key=lambda s: (-round(s[0], 2), -s[1], s[2]))
    hammy = sorted((s for s in scored if s[0] < 0.5), key=lambda s: (round(s[0], 2), -s[1], s[2]))
    return tuple(s[2] for s in spammy[:n]), tuple(s[2] for s in hammy[:n])


def train_and_save(examples: Examples, out: Path, *, source: str = "site", licence: str = "",
                   note: str = "", max_vocabulary: int = MAX_VOCABULARY,
                   progress: Callable[[str], None] | None = None) -> LearnSummary:
    """Train, prune, write model + manifest. Raises ModelError when a class has no examples."""
    if not examples.spam and not examples.ham:
        raise ModelError("nothing to learn: no labelled messages (give --spam/--ham folders, or use --from-store "
                         "after dismissing inquiries as spam/spy and marking some `queue genuine`)")
    if not examples.spam or not examples.ham:
        missing = "spam" if not examples.spam else "ham"
        raise ModelError(f"nothing to learn: no {missing} examples (the model compares the two classes); "
                         f"got {len(examples.spam)} spam, {len(examples.ham)} ham")
    full = TokenModel.train(examples.spam, examples.ham, source=source)
    model = full.pruned(max_vocabulary)
    size = model.save(out)
    manifest = {"model": out.name, "source": source, "trained_at": model.trained_at, "spam": model.n_spam,
                "ham": model.n_ham, "tokens": len(model.counts), "tokens_seen": len(full.counts),
                "examples": examples.sources, "licence": licence, "note": note,
                "written": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    manifest_path(out).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    top_spam, top_ham = _extremes(model)
    return LearnSummary(out, size, model.n_spam, model.n_ham, len(full.counts), len(model.counts),
                        dict(examples.sources), examples.unreadable, top_spam, top_ham)


def gather(spam_paths: Sequence[str], ham_paths: Sequence[str], *, sessions=None,  # type: ignore[no-untyped-def]
           classify: Callable[[str], str] | None = None, trusted_relays: Sequence[str] = (),
           csv_columns: dict | None = None, csv_defaults: dict | None = None, headers: bool = True) -> Examples:
    """Examples from labelled paths and (when `sessions` is given) the store's verdicts.

    headers=False leaves the header features out: for corpora whose envelopes do not look like
    the mail the model will judge (the shipped model learns from 2002 list mail, where free
    mailboxes were rare; buyers write from them every day). A model without them ignores them."""
    from .corpus import from_paths, from_store

    examples = Examples.empty()
    from_paths(examples, "spam", spam_paths, classify, trusted_relays=trusted_relays, csv_columns=csv_columns,
               csv_defaults=csv_defaults, headers=headers)
    from_paths(examples, "ham", ham_paths, classify, trusted_relays=trusted_relays, csv_columns=csv_columns,
               csv_defaults=csv_defaults, headers=headers)
    if sessions is not None:
        with sessions() as session:
            from_store(examples, session, classify, trusted_relays=trusted_relays, headers=headers)
    return examples
