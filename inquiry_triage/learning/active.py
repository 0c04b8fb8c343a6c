"""Which text model triage uses, and how its probability becomes points (bands as data).

The site model (trained here by `inquiry-triage learn` from the team's own mail and verdicts) is
used when its file exists; otherwise the model shipped in the package. Bands come from
`[model] shipped_bands` / `site_bands`: the first band whose bound the probability meets wins;
between bands there is no hit, nor when fewer than `[model] min_tokens` significant tokens were
found (two or three chance words of a language the model never saw are not evidence).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import PACKAGE_ROOT, Config
from ..errors import ConfigError
from .bayes import ModelError, Score, TokenModel

SHIPPED_MODEL = PACKAGE_ROOT / "data" / "text_model.json.gz"
SHIPPED_MANIFEST = PACKAGE_ROOT / "data" / "text_model.manifest.json"
DEFAULT_SITE_FILE = "inquiry-triage-model.json.gz"
DEFAULT_MIN_TOKENS = 5


@dataclass(frozen=True)
class Band:
    name: str
    points: float
    at_least: float | None = None  # p(spam) >= this
    at_most: float | None = None  # p(spam) <= this

    def matches(self, p: float) -> bool:
        return (self.at_least is not None and p >= self.at_least) or (self.at_most is not None and p <= self.at_most)


@dataclass(frozen=True)
class ActiveModel:
    model: TokenModel
    kind: str  # "shipped" or "site"
    path: Path
    bands: tuple[Band, ...]
    min_tokens: int = DEFAULT_MIN_TOKENS

    def band(self, score: Score) -> Band | None:
        return band_for(self.bands, score, self.min_tokens)


def band_for(bands: tuple[Band, ...], score: Score, min_tokens: int) -> Band | None:
    """The first band the probability meets, if enough significant tokens back it."""
    if score.used < min_tokens:
        return None
    for band in bands:
        if band.matches(score.probability):
            return band
    return None


def min_tokens(config: Config) -> int:
    value = config.get("model.min_tokens", DEFAULT_MIN_TOKENS)
    if not isinstance(value, int) or value < 1:
        raise ConfigError(f"[model] min_tokens must be a whole number >= 1, got {value!r}")
    return value


def parse_bands(raw: Any, where: str) -> tuple[Band, ...]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{where}: a list of {{ name, points, at_least | at_most }} tables")
    bands = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) \
                or not isinstance(entry.get("points"), (int, float)) \
                or (entry.get("at_least") is None) == (entry.get("at_most") is None):
            raise ConfigError(f"{where}: each band needs a name, points and one of at_least / at_most: {entry!r}")
        bound = entry.get("at_least", entry.get("at_most"))
        if not isinstance(bound, (int, float)) or not 0.0 <= bound <= 1.0:
            raise ConfigError(f"{where}: band {entry['name']}: the bound must be a probability 0..1")
        bands.append(Band(entry["name"], float(entry["points"]), entry.get("at_least"), entry.get("at_most")))
    return tuple(bands)


def site_model_path(config: Config) -> Path:
    """`[model] site_file`; relative paths are relative to the working directory (like the
    default SQLite database, which lives there too)."""
    return Path(str(config.get("model.site_file", "") or DEFAULT_SITE_FILE)).expanduser()


def load_active_model(config: Config, *, prefer_site: bool = True) -> ActiveModel | None:
    """The site model if its file exists, else the shipped one; None when `[model] enabled = false`."""
    if not config.get("model.enabled", True):
        return None
    site = site_model_path(config)
    if prefer_site and site.is_file():
        try:
            model = TokenModel.load(site)
        except ModelError as exc:
            raise ConfigError(f"[model] site_file: {exc} (retrain with `inquiry-triage learn` or remove it)") from None
        return ActiveModel(model, "site", site, parse_bands(config.get("model.site_bands"), "[model] site_bands"),
                           min_tokens(config))
    if not SHIPPED_MODEL.is_file():
        return None
    return ActiveModel(TokenModel.load(SHIPPED_MODEL), "shipped", SHIPPED_MODEL,
                       parse_bands(config.get("model.shipped_bands"), "[model] shipped_bands"), min_tokens(config))


def shipped_manifest() -> dict[str, Any]:
    try:
        return json.loads(SHIPPED_MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
