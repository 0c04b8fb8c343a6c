"""Configuration: the bundled `config/default.toml`, with a user's file merged over it.

The user's file comes from `--config FILE` or the INQUIRY_TRIAGE_CONFIG environment variable.
Relative paths inside a file are resolved against that file's folder.

Checked at load, so a mistake fails at start-up in one line (ConfigError), never deep in a run:
* every section and key of the user's file must be one the shipped default has (or one of the
  documented optional ones, OPTIONAL_KEYS); a misspelling names the nearest known one. Tables that
  are open maps (names a user chooses: mailboxes, team members, CSV columns ...) are listed in
  OPEN_TABLES and accept any key;
* every timezone (any key named `timezone`), the language codes and the paths (rule files, the
  scores file's folder, the templates folder) exist;
* one seller clock: `[business] timezone`. A file that sets only `[seller] timezone` sets both;
  a file that sets both to different zones is an error naming both;
* the numbers of [store] and [triage] (NUMBERS) are numbers of the right kind in their range; the
  error names the file that set the key, the key and the range.
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
    set_by: dict[str, Path] = field(default_factory=dict)  # "store.batch_size" -> the file that set it

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

    def seller_timezone(self) -> str:
        """The seller's one clock as an IANA name: [business] timezone, else its older name
        [seller] timezone (load_config makes the two agree), else "UTC" (a Config made by hand).
        Deadlines, record times and every time shown to the seller read it here."""
        return str(self.get("business.timezone") or self.get("seller.timezone") or "UTC")

    def _where(self) -> str:
        return ", ".join(str(p) for p in self.sources) or "configuration"


def _nearest(word: str, known: list[str], cutoff: float) -> list[str]:
    """difflib's closest match, [] if none: imported only when a name is wrong, not on every start."""
    import difflib

    return difflib.get_close_matches(word, known, n=1, cutoff=cutoff)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def _read_toml(path: Path, given_by: str = "") -> dict[str, Any]:
    """`given_by`: where the user named the file (--config, $INQUIRY_TRIAGE_CONFIG), said when it is not there."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}" + (f" (from {given_by})" if given_by else "")) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


# Tables whose keys the user names (any key accepted; their values are checked where they are read).
# "*" stands for one user-chosen name: mailboxes.* is each [mailboxes.NAME] table.
OPEN_TABLES = frozenset({
    "mailboxes", "mailboxes.*",             # [mailboxes.NAME]: IMAP settings, checked by sources/imap.py
    "team.members", "team.signatures",      # person -> role / signature
    "csv.columns", "csv.defaults",          # our field -> the export's column; default values (_unknown_csv_fields)
    "languages.country_prior",              # a number, or a table where a later version maps countries
    "origin.country_risk",                  # country code -> risk points
    "grading.grade_caps",                   # rule name -> the best grade it allows
    "deadlines.channel_hours",              # channel -> { grade = hours }
    "deadlines.channel_hours.*",
    "sender.platform_domains",              # platform name -> its domains
    "rfq.buyer_flags",                      # the platform's flag columns -> points
    "rfq.buyer_flags.*",
    "notifications.members",                # person -> address
    "notifications.smtp",                   # checked by notify.py
    "notifications.webhook",
})
# Keys the default leaves out (commented there, or a whole optional section) that are still known.
OPTIONAL_KEYS = frozenset({
    "dns.nameservers", "dns.port", "rules.fit_single_check_cap",
    "mailboxes", "notifications", "notifications.team_address", "notifications.members",
    "notifications.smtp", "notifications.webhook",
})


def _known_keys(default: dict[str, Any], prefix: str = "") -> set[str]:
    """Every dotted key of the default (tables and leaves) plus the optional ones."""
    known: set[str] = set()
    for key, value in default.items():
        dotted = f"{prefix}{key}"
        known.add(dotted)
        if isinstance(value, dict) and not _is_open(dotted):
            known |= _known_keys(value, dotted + ".")
    return known | OPTIONAL_KEYS


def _is_open(dotted: str) -> bool:
    parts = dotted.split(".")
    return any(".".join(parts[:i] + ["*"] + parts[i + 1:]) in OPEN_TABLES or ".".join(parts) in OPEN_TABLES
               for i in range(len(parts)))


def _unknown_keys(user: dict[str, Any], known: set[str], prefix: str = "") -> list[str]:
    """One message per unknown section or key of the user's file, with the nearest known name."""
    problems = []
    for key, value in user.items():
        dotted = f"{prefix}{key}"
        if prefix and _is_open(prefix[:-1]):
            continue  # an open table: any name
        if dotted not in known:
            siblings = sorted({k[len(prefix):].split(".")[0] for k in known if k.startswith(prefix)})
            near = _nearest(key, siblings, 0.55)
            if prefix:
                elsewhere = _table_elsewhere(prefix[:-1], key, known) if not near and isinstance(value, dict) else ""
                hint = (f": did you mean {near[0]}?" if near else f": did you mean [{elsewhere}]?" if elsewhere
                        else f" (known: {', '.join(siblings)})")
                problems.append(f"unknown key [{prefix[:-1]}] {key}{hint}")
            else:
                hint = f": did you mean [{near[0]}]?" if near else ""
                problems.append(f"unknown section [{key}]{hint}")
            continue
        if isinstance(value, dict):
            problems += _unknown_keys(value, known, dotted + ".")
    return problems


def _table_elsewhere(table: str, key: str, known: set[str]) -> str:
    """Where a table written under a near name belongs: [mailbox.sales] -> 'mailboxes.sales' (an open
    section that takes tables of any name, or a section that has this table); "" when none is near."""
    homes = sorted({t[:-2] for t in OPEN_TABLES if t.endswith(".*")}
                   | {k[:-len(key) - 1] for k in known if k.endswith(f".{key}")} - {table})
    near = _nearest(table, homes, 0.75)
    return f"{near[0]}.{key}" if near else ""


def _unknown_csv_fields(user: dict[str, Any], defaults: dict[str, Any]) -> list[str]:
    """[csv.columns] and [csv.defaults] keys that are none of our fields: a typo (`subjct`, `chanel`) was
    ignored, and the file then failed for the default's column ("title"), or every row took the wrong
    channel, without naming it. [csv.columns]: our field = the export's column; [csv.defaults]: our field =
    the value every row gets when its own is empty."""
    csv = user.get("csv") if isinstance(user.get("csv"), dict) else {}
    tables = {name: csv.get(name) for name in ("columns", "defaults")}
    if not any(isinstance(table, dict) and table for table in tables.values()):
        return []
    from .parsing.record import mappable_fields  # the record reader's own names; only when a file sets them

    flags = set()
    for data in (defaults, user):
        rfq = data.get("rfq") if isinstance(data.get("rfq"), dict) else {}
        flags |= set(rfq.get("buyer_flags") or {}) if isinstance(rfq.get("buyer_flags"), dict) else set()
    ours, aliases = mappable_fields()
    fields = [*ours, *sorted(flags)]
    problems = []
    for name, table in tables.items():
        for key in table if isinstance(table, dict) else ():
            if key in fields or key in aliases:
                continue
            near = _nearest(key, [*fields, *aliases], 0.6)
            meaning = "the export's column name" if name == "columns" else "the value a row gets when it has none"
            hint = f": did you mean {near[0]}?" if near else f" (our field = {meaning}; known fields: {', '.join(fields)})"
            problems.append(f"unknown key [csv.{name}] {key}{hint}")
    return problems


def _merge(base: dict[str, Any], over: dict[str, Any], folder: Path, base_dirs: dict[str, Path], prefix: str = "",
           set_by: dict[str, Path] | None = None, source: Path | None = None) -> None:
    for key, value in over.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value, folder, base_dirs, dotted + ".", set_by, source)
        else:
            base[key] = value
            base_dirs[dotted] = folder
            if set_by is not None and source is not None:
                set_by[dotted] = source


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """The defaults, with `path` (or $INQUIRY_TRIAGE_CONFIG) merged over them."""
    default = default_config_dir() / "default.toml"
    data: dict[str, Any] = {}
    base_dirs: dict[str, Path] = {}
    set_by: dict[str, Path] = {}
    sources = [default]
    defaults = _read_toml(default)
    _merge(data, defaults, default.parent, base_dirs, set_by=set_by, source=default)
    chosen = path if path is not None else os.environ.get(CONFIG_ENV) or None
    if chosen:
        user = Path(chosen).expanduser().resolve()
        user_data = _read_toml(user, "--config" if path is not None else f"${CONFIG_ENV}")
        problems = _unknown_keys(user_data, _known_keys(defaults)) + _unknown_csv_fields(user_data, defaults)
        if problems:
            more = f" (and {len(problems) - 1} more: {'; '.join(problems[1:4])})" if len(problems) > 1 else ""
            raise ConfigError(f"{user}: {problems[0]}{more}")
        _one_seller_clock(user_data, user)
        _merge(data, user_data, user.parent, base_dirs, set_by=set_by, source=user)
        sources.append(user)
    config = Config(data=data, sources=sources, base_dirs=base_dirs, set_by=set_by)
    _validate(config)
    return config


def _one_seller_clock(user: dict[str, Any], path: Path) -> None:
    """[business] timezone is the seller's clock; [seller] timezone is its older name. A file that
    sets one sets both (so the default of the other never disagrees); both, differently: an error."""
    business, seller = user.get("business"), user.get("seller")
    ours = business.get("timezone") if isinstance(business, dict) else None
    theirs = seller.get("timezone") if isinstance(seller, dict) else None
    if ours is not None and theirs is not None and ours != theirs:
        raise ConfigError(f"{path}: [business] timezone = {ours!r} and [seller] timezone = {theirs!r} disagree: "
                          "the seller has one clock; set [business] timezone only")
    zone = ours if ours is not None else theirs
    if zone is not None:
        # Checked here, under the key this file wrote: once copied, the error would name the other key.
        written = "business" if ours is not None else "seller"
        _check_timezones(Config(data={}, sources=[path]), {written: {"timezone": zone}})
        user.setdefault("business", {})["timezone"] = zone
        user.setdefault("seller", {})["timezone"] = zone


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
    if config.get("business.timezone") is not None:  # the one users set, named first
        _check_timezones(config, {"business": {"timezone": config.get("business.timezone")}})
    _check_timezones(config, config.data)
    _check_languages(config)
    _check_paths(config)
    for dotted in NUMBERS:
        number(config, dotted)


# Numbers checked at load: key -> (whole numbers only, lowest, highest, what it counts).
NUMBERS: dict[str, tuple[bool, float, float, str]] = {
    "store.batch_size": (True, 1, 100_000, "items per commit"),
    "store.batch_seconds": (False, 0, 3_600, "seconds"),
    "triage.jobs": (True, 0, 256, "worker processes (0 = one per CPU)"),
}


def number(config: Config, dotted: str) -> Any:
    """The value of one of NUMBERS (None when unset: a Config made by hand); ConfigError naming the
    file that set it, the key and the allowed range when it is not a number of the right kind in
    that range."""
    whole, low, high, what = NUMBERS[dotted]
    value = config.get(dotted)
    if value is None:
        return None
    kinds: tuple[type, ...] = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
        section, _, key = dotted.rpartition(".")
        where = config.set_by.get(dotted) or config._where()
        kind = "a whole number" if whole else "a number"
        raise ConfigError(f"{where}: [{section}] {key} = {value!r}: must be {kind} of {what} "
                          f"from {low:,g} to {high:,g}")
    return value


def _check_timezones(config: Config, node: Any, prefix: str = "") -> None:
    """Every `timezone` setting names an IANA zone ("Asia/Shanghai", "Europe/Berlin", "UTC")."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(node, dict):
        return
    for key, value in node.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            _check_timezones(config, value, dotted + ".")
        elif key == "timezone" or key.endswith("_timezone"):
            section, _, name = dotted.rpartition(".")
            try:
                if not isinstance(value, str) or not value.strip():
                    raise ValueError
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                where = config.set_by.get(dotted) or config._where()  # the file that set it
                raise ConfigError(f"{where}: [{section}] {name} = {value!r} is not a known timezone "
                                  "(an IANA name such as 'Asia/Shanghai' or 'Europe/Berlin')") from None


def _profile_languages() -> list[str]:
    """language.available_languages() without importing the detector (langdetect): every command
    loads the configuration, few of them detect languages."""
    import importlib.util

    spec = importlib.util.find_spec("langdetect")
    if spec is None or not spec.submodule_search_locations:
        from .language import available_languages  # let the detector's own import say what is wrong

        return available_languages()
    profiles = Path(next(iter(spec.submodule_search_locations))).resolve() / "profiles"
    names = {p.name for p in profiles.iterdir() if p.is_file() and not p.name.startswith(".")}
    return sorted({"zh" if n.startswith("zh-") else n for n in names})


def _check_languages(config: Config) -> None:
    """The detector's languages are codes it has a profile for; minor ones are among them."""
    available = set(_profile_languages())
    detect = config.require("languages.detect", list)
    minor = config.require("languages.minor", list)

    def canonical(code: Any) -> str:
        text = str(code).strip().lower().replace("_", "-")
        return "zh" if text.startswith("zh") else text

    for name, codes in (("detect", detect), ("minor", minor)):
        for code in codes:
            if not isinstance(code, str) or canonical(code) not in available:
                near = _nearest(canonical(code), sorted(available), 0.5)
                hint = f": did you mean {near[0]!r}?" if near else ""
                raise ConfigError(f"{config._where()}: [languages] {name}: {code!r} is not a language code "
                                  f"the detector knows (ISO 639-1, e.g. 'de'){hint}")
    if not detect:
        raise ConfigError(f"{config._where()}: [languages] detect is empty")
    extra = [c for c in minor if canonical(c) not in {canonical(d) for d in detect} or canonical(c) == "en"]
    if extra:
        raise ConfigError(f"{config._where()}: [languages] minor: {extra[0]!r} must be one of detect's languages "
                          "other than English")


def _check_paths(config: Config) -> None:
    """Files and folders named in the configuration exist (relative to the file that named them)."""
    scores = config.get("rules.scores")
    if scores:
        base = config.base_dirs.get("rules.scores", default_config_dir())
        folder = (base / Path(str(scores)).expanduser()).resolve().parent
        if not folder.is_dir():
            raise ConfigError(f"{config._where()}: [rules] scores: folder not found: {folder}")
    templates = config.get("drafts.templates_dir")
    if templates:
        base = config.base_dirs.get("drafts.templates_dir", default_config_dir())
        folder = (base / Path(str(templates)).expanduser()).resolve()
        if not folder.is_dir():
            raise ConfigError(f"{config._where()}: [drafts] templates_dir: folder not found: {folder}")
