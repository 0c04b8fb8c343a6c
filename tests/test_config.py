import re
from pathlib import Path

import pytest

from inquiry_triage.config import CONFIG_ENV, load_config
from inquiry_triage.errors import ConfigError
from tests.cli_kit import usage_error_line


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


# --- issue 9: unknown keys, timezones, languages, paths, one seller clock -----------------------

def _load(tmp_path: Path, text: str):
    user = tmp_path / "mine.toml"
    user.write_text(text, encoding="utf-8")
    return load_config(user)


@pytest.mark.parametrize("text, message", [
    ("[grading]\nsuspicous_at = { scam = 3.0, spy = 4.0 }\n", "unknown key [grading] suspicous_at: did you mean suspicious_at?"),
    ("[sellr]\ncompany = \"Acme\"\n", "unknown section [sellr]: did you mean [seller]?"),
    ("[business]\nwork_days = [\"mon\"]\n", "unknown key [business] work_days: did you mean workdays?"),
    ("[followups.silent_buyer]\ndays = 3\nmaks = 2\n", "unknown key [followups.silent_buyer] maks: did you mean max?"),
    ("[grading.thresholds]\nE = 1.0\n", "unknown key [grading.thresholds] E"),
    ("[frobnicate]\nx = 1\n", "unknown section [frobnicate]"),
    # [csv.columns] names our fields: a typo was ignored, and the file then failed for the default's "title"
    ('[csv.columns]\nsubjct = "标题"\n', "unknown key [csv.columns] subjct: did you mean subject?"),
    ('[csv.columns]\nquotes_lft = "剩余报价"\n', "unknown key [csv.columns] quotes_lft: did you mean quotes_left?"),
    ('[csv.columns]\n"标题" = "subject"\n', "unknown key [csv.columns] 标题 (our field = the export's column"),
    # [csv.defaults] too: `chanel = "rfq"` was ignored, and every row of the export was read as a web message
    ('[csv.defaults]\nchanel = "rfq"\n', "unknown key [csv.defaults] chanel: did you mean channel?"),
    ('[csv.defaults]\n"平台" = "Alibaba"\n', "unknown key [csv.defaults] 平台 (our field = the value a row gets"),
    # a table of an open section written under a near name
    ('[mailbox.sales]\nurl = "imaps://sales@mail.example.com/INBOX"\n',
     "unknown key [mailbox] sales: did you mean [mailboxes.sales]?"),
])
def test_a_misspelt_key_or_section_fails_with_the_nearest_known_name(tmp_path: Path, text: str, message: str):
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, text)
    assert message in str(caught.value) and str(tmp_path / "mine.toml") in str(caught.value)


def test_open_tables_accept_names_the_user_chooses(tmp_path: Path):
    config = _load(tmp_path, "\n".join([
        "[mailboxes.sales]", 'url = "imaps://sales@mail.example.com/INBOX"', "interval = 60",
        "[mailboxes.rfq-desk]", 'host = "imap.example.com"',
        "[team]", 'default_role = "agent"', 'members = { alice = "agent", bob = "lead" }',
        'signatures = { alice = "Alice Wang" }',
        "[csv.columns]", 'body = "Requirement"', 'phone = "Tel"', 'posted = "Age"', 'verified_supplier_buyer = "V"',
        "[origin.country_risk]", "XX = 2.0",
        "[deadlines.channel_hours]", "phone = { A = 1, B = 2 }",
        "[rfq.buyer_flags]", "verified_supplier_buyer = { yes = 1.0, no = -1.0 }",
        "[notifications]", 'team_address = "sales@example.com"', 'members = { alice = "a@example.com" }',
        "[notifications.smtp]", 'host = "smtp.example.com"',
        "[dns]", 'nameservers = ["127.0.0.1"]', "port = 5353",
        "[rules]", "fit_single_check_cap = 2.0",
    ]) + "\n")
    assert config.get("mailboxes.rfq-desk.host") == "imap.example.com"
    assert config.get("rfq.buyer_flags.verified_supplier_buyer") == {"yes": 1.0, "no": -1.0}
    assert config.get("rfq.buyer_flags.email_confirmed")["yes"] > 0      # the shipped flags stay
    assert config.get("team.members")["bob"] == "lead"


@pytest.mark.parametrize("text, message", [
    ('[business]\ntimezone = "Mars/Olympus"\n', "[business] timezone = 'Mars/Olympus' is not a known timezone"),
    ('[business]\ntimezone = ""\n', "is not a known timezone"),
    ('[seller]\ntimezone = "Europe/Berlinn"\n', "[seller] timezone = 'Europe/Berlinn' is not a known timezone"),
    ('[languages]\ndetect = ["en", "dee"]\nminor = []\n', "'dee' is not a language code the detector knows"),
    ('[languages]\ndetect = ["en", "de"]\nminor = ["fr"]\n', "minor: 'fr' must be one of detect's languages"),
    ('[languages]\nminor = ["en"]\n', "minor: 'en' must be one of detect's languages other than English"),
    ('[drafts]\ntemplates_dir = "no-such-folder"\n', "templates_dir: folder not found"),
    ('[rules]\nscores = "no-such-folder/scores.toml"\n', "scores: folder not found"),
])
def test_timezones_languages_and_paths_are_checked_at_load(tmp_path: Path, text: str, message: str):
    with pytest.raises(ConfigError, match=re.escape(message)):
        _load(tmp_path, text)


def test_a_templates_folder_relative_to_the_config_file_is_found(tmp_path: Path):
    (tmp_path / "quick-replies").mkdir()
    config = _load(tmp_path, '[drafts]\ntemplates_dir = "quick-replies"\n[languages]\ndetect = ["en", "zh_CN", "de"]\n'
                             'minor = ["de"]\n')
    assert config.get("drafts.templates_dir") == "quick-replies"


def test_one_seller_clock(tmp_path: Path):
    both = '[business]\ntimezone = "Europe/Berlin"\n[seller]\ntimezone = "Asia/Shanghai"\n'
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, both)
    assert "[business] timezone = 'Europe/Berlin'" in str(caught.value)
    assert "[seller] timezone = 'Asia/Shanghai'" in str(caught.value)
    # Setting one moves both: the other's default never disagrees with it.
    for section in ("business", "seller"):
        config = _load(tmp_path, f'[{section}]\ntimezone = "America/Sao_Paulo"\n')
        assert config.get("business.timezone") == config.get("seller.timezone") == "America/Sao_Paulo"
    same = _load(tmp_path, '[business]\ntimezone = "Europe/Berlin"\n[seller]\ntimezone = "Europe/Berlin"\n')
    assert same.get("business.timezone") == "Europe/Berlin"


def test_a_bad_timezone_is_one_line_and_exit_2_in_queue(tmp_path: Path):
    import os
    import subprocess
    import sys

    user = tmp_path / "bad.toml"
    user.write_text('[business]\ntimezone = "Asia/Shanghia"\n')
    env = {**os.environ, CONFIG_ENV: str(user), "INQUIRY_TRIAGE_USER": "alice"}
    for args in (["queue"], ["queue", "show", "1"], ["status"], ["tick"]):
        done = subprocess.run([sys.executable, "-m", "inquiry_triage", *args, "--db", f"sqlite:///{tmp_path / 'q.db'}"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 2, (args, done.stderr)
        # one error line, with the command's usage line and where its help is (a usage error), no traceback
        assert "Traceback" not in done.stderr
        assert "'Asia/Shanghia' is not a known timezone" in usage_error_line(done.stderr, " ".join(args[:2]))


@pytest.mark.parametrize("text, message", [
    ("[store]\nbatch_size = 0\n", "[store] batch_size = 0: must be a whole number of items per commit from 1 to 100,000"),
    ("[store]\nbatch_size = 2.5\n", "[store] batch_size = 2.5: must be a whole number"),
    ("[store]\nbatch_size = \"200\"\n", "[store] batch_size = '200': must be a whole number"),
    ("[store]\nbatch_size = true\n", "[store] batch_size = True: must be a whole number"),
    ("[store]\nbatch_size = 1_000_000\n", "from 1 to 100,000"),
    ("[store]\nbatch_seconds = -1\n", "[store] batch_seconds = -1: must be a number of seconds from 0 to 3,600"),
    ("[store]\nbatch_seconds = 86400\n", "[store] batch_seconds = 86400"),
    ("[triage]\njobs = -1\n", "[triage] jobs = -1: must be a whole number of worker processes (0 = one per CPU) from 0 to 256"),
    ("[triage]\njobs = 1.5\n", "[triage] jobs = 1.5"),
])
def test_store_and_triage_numbers_are_checked_at_load_naming_file_key_and_range(tmp_path: Path, text, message):
    user = tmp_path / "numbers.toml"
    user.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(user)
    assert str(err.value).startswith(f"{user.resolve()}: ")  # the file that set it, not the default's
    assert message in str(err.value)


def test_store_and_triage_numbers_in_range_load(tmp_path: Path):
    user = tmp_path / "ok.toml"
    user.write_text("[store]\nbatch_size = 1\nbatch_seconds = 0\n[triage]\njobs = 0\n")
    config = load_config(user)
    assert (config.get("store.batch_size"), config.get("store.batch_seconds"), config.get("triage.jobs")) == (1, 0, 0)
    from inquiry_triage.store.guard import batch_limits

    assert batch_limits(config) == (1, 0.0)


def test_a_bad_store_number_is_one_line_and_exit_2_before_anything_runs(tmp_path: Path):
    import os
    import subprocess
    import sys

    user = tmp_path / "bad.toml"
    user.write_text("[store]\nbatch_seconds = \"2s\"\n")
    db = tmp_path / "q.db"
    env = {**os.environ, CONFIG_ENV: str(user), "INQUIRY_TRIAGE_DB": ""}
    mail = tmp_path / "1.eml"
    mail.write_bytes(b"From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\n")
    for args in (["triage", str(mail), "--offline", "--db", f"sqlite:///{db}"], ["status", "--db", f"sqlite:///{db}"]):
        done = subprocess.run([sys.executable, "-m", "inquiry_triage", *args], capture_output=True, text=True, env=env,
                              timeout=120)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr  # one error line, with the usage line and where help is
        assert (f"{user.resolve()}: [store] batch_seconds = '2s': must be a number of seconds from 0 to 3,600"
                in usage_error_line(done.stderr, args[0]))
    assert not db.exists()  # refused at load: nothing was stored (or created)


def test_csv_columns_take_every_field_a_record_reads(tmp_path: Path):
    """Our fields, other logs' names for them, the RFQ fields and the buyer flags (shipped and the file's own)."""
    config = _load(tmp_path, "\n".join([
        "[csv.columns]", 'id = "No."', 'subject = "Title"', 'website = "Site"', 'reply_to = "Reply"', 'title = "T2"',
        'sender = "Who"', 'app = "App"', 'exported_at = "Exported"', 'quotes_left = "Left"', 'email_confirmed = "E"',
        'my_flag = "M"', 'system = "Platform"', "[rfq.buyer_flags]", "my_flag = { yes = 1.0, no = 0 }",
        "[csv.defaults]", 'channel = "rfq"', 'system = "alibaba-rfq"', 'source = "export"', 'country = "DE"', 'my_flag = "no"',
    ]) + "\n")
    assert config.get("csv.columns")["my_flag"] == "M"
    assert config.get("csv.defaults")["system"] == "alibaba-rfq"


@pytest.mark.parametrize("name", ["csv_zh_excel.toml"])
def test_the_shipped_csv_examples_load(name: str):
    load_config(Path(__file__).resolve().parents[1] / "config" / "examples" / name)
