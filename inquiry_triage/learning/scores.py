"""The score table: rule name -> points, like SpamAssassin's 50_scores.cf.

One mechanism for every rule: `run_checks` replaces a hit's points when the table names its rule,
whether the hit came from a TOML rule, a Python check (REPLY_TO_FREEMAIL) or the text model's
band. `inquiry-triage fit` writes the table; without a file, every rule keeps its own points.

    # fitted on ... at ...
    [scores]
    REPLY_TO_FREEMAIL = 2.4
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path

from ..config import Config, default_config_dir
from ..errors import ConfigError


def scores_path(config: Config) -> Path | None:
    """`[rules] scores`, relative to the file that set it; None when not configured."""
    value = config.get("rules.scores")
    if not value:
        return None
    base = config.base_dirs.get("rules.scores", default_config_dir())
    return (base / str(value)).resolve()


def load_scores(path: Path | None) -> dict[str, float]:
    """The table, or {} when there is no file (hand-set points stay)."""
    if path is None or not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the score table: {exc}") from None
    table = data.get("scores", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [scores] must be a table of RULE_NAME = points")
    scores: dict[str, float] = {}
    for name, points in table.items():
        if not isinstance(points, (int, float)) or isinstance(points, bool):
            raise ConfigError(f"{path}: score of {name} must be a number, got {points!r}")
        scores[str(name)] = float(points)
    return scores


def render_scores(scores: Mapping[str, float], header_lines: list[str]) -> str:
    """TOML text with a comment header (what it was fitted on, when)."""
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    lines = [f"# {line}" for line in header_lines] + [f"# written {stamp} by `inquiry-triage fit`", "", "[scores]"]
    for name in sorted(scores):
        lines.append(f"{name} = {scores[name]:.2f}")
    return "\n".join(lines) + "\n"
