"""What the command-line tests share: an empty store and one call of the CLI in this process."""

from __future__ import annotations

from inquiry_triage.cli import main


def empty_store(tmp_path, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """The URL of an empty, migrated SQLite store; the defaults' configuration, user lena, English."""
    from inquiry_triage.store import open_store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url)[0].dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_USER", "lena")
    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C")
    return url


def run_cli(capsys, *argv: str) -> tuple[int, str, list[str]]:  # type: ignore[no-untyped-def]
    """(exit code, stdout, stderr's lines) of `inquiry-triage ARGV` (argparse's exits included)."""
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err.splitlines()


def usage_error_line(err: str, command: str, lang: str = "en") -> str:
    """The '<prog>: error: ...' line of a usage error's stderr ('inquiry-triage status: error: ...',
    'inquiry-triage queue show: 错误：...'), once it is checked that the command's usage line and where its
    help is come with it (README's exit codes: usage errors carry both)."""
    lines = err.splitlines()
    usage, see = ("usage: ", "see `") if lang == "en" else ("用法：", "详见 `")
    program = f"inquiry-triage {command}"
    assert any(line.startswith(f"{usage}{program.split()[0]} {program.split()[1]}") for line in lines), err
    assert any(line.startswith(f"{see}{program} --help`") for line in lines), err
    said = [line for line in lines if line.startswith(f"{program}: ")]
    assert len(said) == 1, err
    return said[0]
