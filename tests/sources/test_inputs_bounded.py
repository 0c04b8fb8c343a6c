"""File sources under hostile input: every bad line, row, message, file or folder is ONE failed
item with a clear reason and the rest goes on; memory stays flat however big the file."""

from __future__ import annotations

import json
import mailbox
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.sources import HEAD_BYTES, open_inputs

CONFIG = load_config(None)
COLUMNS, DEFAULTS = CONFIG.get("csv.columns"), CONFIG.get("csv.defaults")
MSG = b"From: a@b.example\nSubject: hello %d\nMessage-ID: <m%d@b.example>\n\nbody %d\n"


def csv_items(path: Path, **kw):
    return list(open_inputs([path], COLUMNS, DEFAULTS, **kw))


def csv_header() -> str:
    names = [v for v in COLUMNS.values() if v]
    return ",".join(names)


def csv_row(title: str, n: int) -> str:
    values = []
    for ours, theirs in COLUMNS.items():
        if not theirs:
            continue
        values.append(f'"{title}"' if ours in ("subject", "title") else f"v{n}")
    return ",".join(values)


# --- JSONL -----------------------------------------------------------------------------------

def test_jsonl_poison_lines_are_one_failed_item_each(tmp_path: Path):
    path = tmp_path / "log.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"body": "first"}\n')
        fh.write(b'{"body": "x", "quantity": ' + b"7" * 5000 + b"}\n")
        fh.write(b"[" * 100_000 + b"]" * 100_000 + b"\n")
        fh.write(b'{"body": "caf\xe9"}\n')
        fh.write(b'{"body": "last"}\n')
    items = list(open_inputs([path]))
    assert [i.source.rsplit(":", 1)[1] for i in items] == ["1", "2", "3", "4", "5"]
    assert items[0].record == {"body": "first"} and items[4].record == {"body": "last"}
    assert "not valid JSON" in items[1].error and "digits" in items[1].error
    assert items[2].error == "not valid JSON: nested too deeply" and len(items[2].raw) <= HEAD_BYTES
    assert "not UTF-8" in items[3].error
    assert all(i.record is None for i in items[1:4])


def test_jsonl_over_size_line_keeps_its_start_and_the_next_line_is_read(tmp_path: Path):
    path = tmp_path / "log.jsonl"
    big = b'{"body": "' + b"a" * 300_000 + b'"}\n'
    path.write_bytes(b'{"body": "one"}\n' + big + b'{"body": "three"}\n')
    items = list(open_inputs([path], max_item_bytes=100_000))
    assert len(items) == 3
    assert items[1].error == f"too large: {len(big)} bytes (limit 100000)"
    assert items[1].raw == big[:HEAD_BYTES]
    assert items[2].record == {"body": "three"} and items[2].source.endswith(":3")


# --- CSV -------------------------------------------------------------------------------------

def test_csv_latin1_byte_fails_that_row_only(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    text = "\n".join([csv_header(), csv_row("tiles one", 1), csv_row("caf\x00", 2), csv_row("tiles three", 3)]) + "\n"
    path.write_bytes(text.encode("utf-8").replace(b"caf\x00", b"caf\xe9 tiles"))
    items = csv_items(path)
    assert len(items) == 3
    assert items[0].error is None and items[2].error is None
    assert items[1].error.startswith("not UTF-8: column") and b"caf\xe9" in items[1].raw
    assert items[1].source.endswith(":3") and items[2].source.endswith(":4")


def test_csv_131k_field_is_read_and_an_over_limit_row_fails_alone(tmp_path: Path):
    path = tmp_path / "rfq.csv"
    long_title = "t" * 131_073
    lines = [csv_header(), csv_row("short one", 1), csv_row(long_title, 2),
             csv_row("multi\nline\n" + "m" * 200_000, 3), csv_row("short four", 4)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = csv_items(path)  # the default limit (25 MB) is well above these
    assert [i.error for i in items] == [None, None, None, None]
    assert long_title in json.dumps(items[1].record)

    items = csv_items(path, max_item_bytes=100_000)
    assert len(items) == 4
    assert items[0].error is None and items[3].error is None
    assert "short four" in json.dumps(items[3].record)
    for failed in items[1:3]:
        assert failed.error.startswith("too large: ") and failed.error.endswith("bytes (limit 100000)")
        assert len(failed.raw) <= HEAD_BYTES


def test_csv_without_the_columns_inside_a_folder_is_a_failed_item(tmp_path: Path):
    (tmp_path / "a.eml").write_bytes(MSG % (1, 1, 1))
    (tmp_path / "b.csv").write_text("x,y\n1,2\n")
    (tmp_path / "c.eml").write_bytes(MSG % (3, 3, 3))
    items = list(open_inputs([tmp_path], COLUMNS, DEFAULTS))
    assert [Path(i.source).name for i in items] == ["a.eml", "b.csv", "c.eml"]
    assert "CSV has no column" in items[1].error and items[0].error is None and items[2].error is None


# --- mbox, eml, Maildir ------------------------------------------------------------------------

def test_over_size_message_in_an_mbox_keeps_its_headers(tmp_path: Path):
    box = mailbox.mbox(str(tmp_path / "in.mbox"))
    box.add(MSG % (1, 1, 1))
    box.add(MSG % (2, 2, 2) + (b"y" * 79 + b"\n") * 5000)
    box.add(MSG % (3, 3, 3))
    box.flush()
    items = list(open_inputs([tmp_path / "in.mbox"], max_item_bytes=100_000))
    assert [i.error is None for i in items] == [True, False, True]
    assert items[1].error.startswith("too large: ") and "(limit 100000)" in items[1].error
    assert items[1].raw.startswith(b"From: a@b.example\nSubject: hello 2") and len(items[1].raw) <= HEAD_BYTES
    assert items[2].raw == (MSG % (3, 3, 3))


def test_over_size_eml_and_maildir_message(tmp_path: Path):
    big = MSG % (9, 9, 9) + b"z" * 200_000
    (tmp_path / "big.eml").write_bytes(big)
    md = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    md.add(MSG % (1, 1, 1))
    md.add(big)
    for items in (list(open_inputs([tmp_path / "big.eml"], max_item_bytes=100_000)),
                  [i for i in open_inputs([tmp_path / "Maildir"], max_item_bytes=100_000) if i.error]):
        assert len(items) == 1
        assert items[0].error == f"too large: {len(big)} bytes (limit 100000)"
        assert items[0].raw == big[:HEAD_BYTES]


# --- unreadable paths ------------------------------------------------------------------------

def _tree_with_locked_parts(root: Path) -> None:
    (root / "a.eml").write_bytes(MSG % (1, 1, 1))
    (root / "locked").mkdir()
    (root / "locked" / "hidden.eml").write_bytes(MSG % (2, 2, 2))
    (root / "secret.eml").write_bytes(MSG % (3, 3, 3))
    (root / "z.eml").write_bytes(MSG % (4, 4, 4))
    os.chmod(root / "locked", 0o000)
    os.chmod(root / "secret.eml", 0o000)


_LIST_TREE = """
import json, sys
from inquiry_triage.sources import open_inputs
print(json.dumps([[i.source, i.error] for i in open_inputs([sys.argv[1]])]))
"""


def test_chmod_000_file_and_folder_are_reported_not_skipped():
    """Real permissions: as root (CI), the listing runs as `nobody` via setpriv, since root
    reads through chmod 000; as any other user it runs directly."""
    root = Path(tempfile.mkdtemp(prefix="it-perm-"))
    try:
        os.chmod(root, 0o755)
        _tree_with_locked_parts(root)
        command = [sys.executable, "-c", _LIST_TREE, str(root)]
        if os.geteuid() == 0:
            setpriv = shutil.which("setpriv")
            assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
            command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                                cwd=Path(__file__).resolve().parents[2])
        assert result.returncode == 0, result.stderr
        listed = {Path(source).name: error for source, error in json.loads(result.stdout)}
        assert listed["a.eml"] is None and listed["z.eml"] is None
        assert listed["locked"] == "cannot read folder: Permission denied"
        assert listed["secret.eml"] == "cannot read: Permission denied"
        assert "hidden.eml" not in listed
        assert "locked" in result.stderr  # a warning on stderr as well
    finally:
        for path in (root / "locked", root / "secret.eml"):
            os.chmod(path, 0o700)
        shutil.rmtree(root)


def test_unreadable_top_level_files_do_not_end_the_batch(tmp_path: Path, monkeypatch):
    """Emulated (monkeypatched open), so it also holds as root: each kind of file that cannot be
    opened is one failed item and the next path is still read."""
    names = ["x.jsonl", "x.csv", "x.mbox", "x.eml"]
    for name in names:
        (tmp_path / name).write_bytes(b"From x\n" if name.endswith("mbox") else b"")
    (tmp_path / "ok.eml").write_bytes(MSG % (1, 1, 1))
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name.startswith("x."):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    items = list(open_inputs([tmp_path / n for n in names] + [tmp_path / "ok.eml"], COLUMNS, DEFAULTS))
    assert [(Path(i.source).name, i.error) for i in items[:4]] == [(n, "cannot read: Permission denied") for n in names]
    assert items[4].error is None and items[4].raw == MSG % (1, 1, 1)


# --- memory ----------------------------------------------------------------------------------

_PEAK_RSS = """
import resource, sys
from inquiry_triage.config import load_config
from inquiry_triage.sources import open_inputs
config = load_config(None)
count = 0
for item in open_inputs(sys.argv[1:], config.get("csv.columns"), config.get("csv.defaults")):
    count += 1
from tests.peak_rss import own_peak_rss_kb  # the child's own peak, not the pytest worker's
print(count, own_peak_rss_kb() // 1024)
"""


def _peak_rss_mb(path: Path) -> tuple[int, int]:
    result = subprocess.run([sys.executable, "-c", _PEAK_RSS, str(path)], capture_output=True, text=True,
                            timeout=600, check=True)
    count, rss = result.stdout.split()
    return int(count), int(rss)


def _write_until(path: Path, unit: bytes, total: int, head: bytes = b"") -> None:
    with path.open("wb") as fh:
        fh.write(head)
        block = unit * max(1, (1 << 20) // len(unit))
        written = 0
        while written < total:
            fh.write(block)
            written += len(block)


@pytest.mark.parametrize("kind", ["jsonl", "csv", "mbox"])
def test_memory_stays_flat_on_a_large_file(tmp_path: Path, kind: str):
    size = (20 if kind == "csv" else 50) * 1024 * 1024  # CSV parses slowest: 20 MB keeps CI short
    small, large = tmp_path / f"small.{kind}", tmp_path / f"large.{kind}"
    if kind == "jsonl":
        unit, head = b'{"channel": "phone", "body": "need 500 pcs of tiles, FOB Hamburg"}\n', b""
    elif kind == "csv":
        unit, head = (csv_row("need 500 pcs of tiles", 1) + "\n").encode(), (csv_header() + "\n").encode()
    else:
        unit, head = b"From x Mon Jan  1 00:00:00 2024\n" + MSG % (1, 1, 1) + b"\n", b""
    small.write_bytes(head + unit * 10)
    _write_until(large, unit, size, head)
    count_small, rss_small = _peak_rss_mb(small)
    count_large, rss_large = _peak_rss_mb(large)
    assert count_small == 10 and count_large >= size // len(unit)
    assert rss_large - rss_small < 30, f"{kind}: peak RSS {rss_small} MB for 10 items, {rss_large} MB for {size >> 20} MB"
