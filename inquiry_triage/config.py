"""Configuration: the bundled `config/default.toml`, with a user's file merged over it.

The user's file comes from `--config FILE` or the INQUIRY_TRIAGE_CONFIG environment variable.
Relative paths inside a file are resolved against that file's folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

CONFIG_ENV = "INQUIRY_TRIAGE_CONFIG"
DB_ENV = "INQUIRY_TRIAGE_DB"
PACKAGE_ROOT = Path(__file__).resolve().parent


def default_config_dir() -> Path:
    """The copy inside an installed wheel (`_config/`, put there by setup.py's build hook), else
    `config/` beside the package in a checkout (an editable install)."""
    for candidate in (PACKAGE_ROOT / "_config", PACKAGE_ROOT.parent / "config"):
        if (candidate / "default.toml").is_file():
            return candidate
    raise ConfigError(f"default configuration not found beside {PACKAGE_ROOT}")


@dataclass
class Config:
    data: dict[str, Any]
    sources: list[Path] = field(default_factory=list)  # files merged, in order
    base_dirs: dict[str, Path] = field(default_factory=dict)  # "rules.files" -> folder of the file that set it

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def require(self, dotted: str, kind: type | tuple[type, ...]) -> Any:
        value = self.get(dotted)
        if value is None:
            raise ConfigError(f"{self._where()}: missing setting [{dotted}]")
        if not isinstance(value, kind):
            raise ConfigError(f"{self._where()}: [{dotted}] should be {_kind_name(kind)}, got {value!r}")
        return value

    def path_list(self, dotted: str) -> list[Path]:
        base = self.base_dirs.get(dotted, default_config_dir())
        return [(base / p).resolve() for p in self.require(dotted, list)]

    def _where(self) -> str:
        return ", ".join(str(p) for p in self.sources) or "configuration"


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _merge(base: dict[str, Any], over: dict[str, Any], folder: Path, base_dirs: dict[str, Path], prefix: str = "") -> None:
    for key, value in over.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value, folder, base_dirs, dotted + ".")
        else:
            base[key] = value
            base_dirs[dotted] = folder


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """The defaults, with `path` (or $INQUIRY_TRIAGE_CONFIG) merged over them."""
    default = default_config_dir() / "default.toml"
    data: dict[str, Any] = {}
    base_dirs: dict[str, Path] = {}
    sources = [default]
    _merge(data, _read_toml(default), default.parent, base_dirs)
    chosen = path if path is not None else os.environ.get(CONFIG_ENV) or None
    if chosen:
        user = Path(chosen).expanduser().resolve()
        _merge(data, _read_toml(user), user.parent, base_dirs)
        sources.append(user)
    config = Config(data=data, sources=sources, base_dirs=base_dirs)
    _validate(config)
    return config


def _validate(config: Config) -> None:
    """Fail at start-up with the key that is wrong, not deep inside a run."""
    thresholds = config.require("grading.thresholds", dict)
    for grade in ("A", "B", "C"):
        if not isinstance(thresholds.get(grade), (int, float)):
            raise ConfigError(f"{config._where()}: [grading.thresholds] needs a number for {grade}")
    if not thresholds["A"] >= thresholds["B"] >= thresholds["C"]:
        raise ConfigError(f"{config._where()}: [grading.thresholds] must have A >= B >= C")
    base = config.require("grading.channel_base", dict)
    for channel in ("phone", "im", "fax", "email", "message", "rfq"):
        if not isinstance(base.get(channel), (int, float)):
            raise ConfigError(f"{config._where()}: [grading.channel_base] needs a number for {channel}")
    hours = config.require("deadlines.hours", dict)
    for grade in "ABCD":
        if not isinstance(hours.get(grade), (int, float)) or hours[grade] <= 0:
            raise ConfigError(f"{config._where()}: [deadlines.hours] needs a positive number for {grade}")
    if config.require("grading.suspicious_max_grade", str) not in ("A", "B", "C", "D"):
        raise ConfigError(f"{config._where()}: [grading.suspicious_max_grade] must be A, B, C or D")
    for path in config.path_list("rules.files"):
        if not path.is_file():
            raise ConfigError(f"{config._where()}: rule file not found: {path}")
    config.require("languages.detect", list)
    config.require("languages.minor", list)
