"""A path that is not there is said in one wording by every command, en and zh: 'inquiry-triage COMMAND:
error: PATH: no such file or folder' ('inquiry-triage COMMAND: 错误：PATH：没有这个文件或文件夹'). It was
'inquiry-triage: error: ...' for `triage` and `learn`, 'inquiry-triage triage: PATH: ...' for one of
several paths, 'inquiry-triage fit: corpora folder not found: PATH' for fit and evaluate (newcomer's
finding, session 20). Where it ends the command it is a usage error (exit 2, the usage line, see --help)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_kit import empty_store, run_cli, usage_error_line

ROOT = Path(__file__).resolve().parents[2]
WORDS = {"en": "inquiry-triage %(command)s: error: %(path)s: no such file or folder",
         "zh": "inquiry-triage %(command)s: 错误：%(path)s：没有这个文件或文件夹"}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("command, argv", [
    ("triage", ("triage", "{missing}", "--offline")),
    ("learn", ("learn", "--spam", "{missing}")),
    ("fit", ("fit", "--corpora", "{missing}")),
    ("evaluate", ("evaluate", "--corpora", "{missing}")),
])
def test_a_missing_path_that_ends_the_command(capsys, monkeypatch, tmp_path, lang, command, argv):
    url = empty_store(tmp_path, monkeypatch)
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
    missing = tmp_path / "nowhere"
    code, out, err = run_cli(capsys, *(a.format(missing=missing) for a in argv), "--db", url)
    assert (code, out) == (2, ""), err
    assert usage_error_line("\n".join(err), command, lang) == WORDS[lang] % {"command": command, "path": missing}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_missing_path_among_others_has_the_same_words(capsys, monkeypatch, tmp_path, lang):
    """The others are triaged; the missing one is said the same, marked skipped (no usage line: the run went on)."""
    url = empty_store(tmp_path, monkeypatch)
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
    missing = tmp_path / "nowhere"
    code, _, err = run_cli(capsys, "triage", str(missing), str(ROOT / "fixtures" / "emails" / "company_rfq_fob.eml"),
                           "--offline", "--no-progress", "--db", url)
    assert code == 2
    skipped = " (failed input: skipped)" if lang == "en" else "（输入失败：已跳过）"
    assert err[0] == WORDS[lang] % {"command": "triage", "path": missing} + skipped, err
