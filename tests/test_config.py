from pathlib import Path

import pytest

from inquiry_triage.config import CONFIG_ENV, load_config
from inquiry_triage.errors import ConfigError


def test_defaults_load():
    config = load_config(None)
    assert config.get("grading.thresholds")["A"] > config.get("grading.thresholds")["C"]
    files = config.path_list("rules.files")
    assert {p.name for p in files} == {"scam.toml", "spy.toml", "phishing.toml", "signals.toml", "fraud.toml"}
    assert all(p.is_file() for p in files)


def test_user_file_merges_over_defaults_and_env_var_works(tmp_path: Path, monkeypatch):
    user = tmp_path / "mine.toml"
    user.write_text('[deadlines]\nhours = { A = 1, B = 4, C = 12, D = 48 }\n[mailbox]\ncompany_overrides = ["bigbuyer.com"]\n')
    config = load_config(user)
    assert config.get("deadlines.hours")["A"] == 1
    assert config.get("grading.channel_base")["phone"] == 7.0  # untouched default
    monkeypatch.setenv(CONFIG_ENV, str(user))
    assert load_config(None).get("mailbox.company_overrides") == ["bigbuyer.com"]


def test_rule_paths_are_relative_to_the_file_that_sets_them(tmp_path: Path):
    (tmp_path / "rules").mkdir()
    src = Path(load_config(None).path_list("rules.files")[0])
    (tmp_path / "rules" / "only.toml").write_text(src.read_text())
    user = tmp_path / "c.toml"
    user.write_text('[rules]\nfiles = ["rules/only.toml"]\n')
    assert load_config(user).path_list("rules.files") == [(tmp_path / "rules" / "only.toml").resolve()]


@pytest.mark.parametrize("text, message", [
    ("[grading]\nthresholds = { A = 1, B = 5, C = 0 }\n", "A >= B >= C"),
    ("[deadlines]\nhours = { A = 0, B = 1, C = 1, D = 1 }\n", "positive number for A"),
    ("[rules]\nfiles = [\"nope.toml\"]\n", "rule file not found"),
    ("not toml at all [", "not valid TOML"),
])
def test_bad_config_names_the_file_and_key(tmp_path: Path, text, message):
    user = tmp_path / "bad.toml"
    user.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(user)
    assert message in str(err.value) and "bad.toml" in str(err.value)


def test_missing_config_file():
    with pytest.raises(ConfigError, match="not found"):
        load_config("/nonexistent/x.toml")


def test_default_config_dir_prefers_the_packaged_copy_then_the_checkout(tmp_path: Path, monkeypatch):
    import inquiry_triage.config as config_module

    package = tmp_path / "site" / "inquiry_triage"
    package.mkdir(parents=True)
    monkeypatch.setattr(config_module, "PACKAGE_ROOT", package)
    with pytest.raises(ConfigError, match="default configuration not found"):
        config_module.default_config_dir()
    checkout = tmp_path / "site" / "config"
    checkout.mkdir()
    (checkout / "default.toml").write_text("")
    assert config_module.default_config_dir() == checkout  # a checkout (editable install)
    packaged = package / "_config"
    packaged.mkdir()
    (packaged / "default.toml").write_text("")
    assert config_module.default_config_dir() == packaged  # an installed wheel (setup.py's build hook)
