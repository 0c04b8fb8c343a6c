"""The reply draft is written when first read (the JSONL output never shows it), is the same text
`draft_reply` writes from the triage's own inputs, and a pickled result (a `--jobs` worker's) keeps
it unwritten unless the worker was told the results are stored (then the worker writes it)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from inquiry_triage.config import load_config
from inquiry_triage.drafts import draft_reply, draft_settings
from inquiry_triage.pipeline import build_context, triage_item
from inquiry_triage.sources import open_inputs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "emails"
CONFIG = load_config(None)
CTX = build_context(CONFIG, offline=True)


def _triaged(name: str):  # type: ignore[no-untyped-def]
    [item] = list(open_inputs([FIXTURES / name]))
    result = triage_item(item, CTX)
    assert result.error is None
    return result


def _eager_draft(result) -> str:  # type: ignore[no-untyped-def]
    signing = draft_settings(CONFIG)
    return draft_reply(result.inquiry, result.hits, result.facts.language.language, signature=signing.signature,
                       templates_dir=signing.templates_dir, seller_company=signing.company)


@pytest.mark.parametrize("name", ["company_rfq_fob.eml", "spanish_greeting_english_body.eml", "russian_mailru.eml"])
def test_draft_is_written_on_first_read_and_equals_the_eager_one(name: str) -> None:
    result = _triaged(name)
    assert result.draft_source is not None  # not written yet
    result.to_json()
    assert result.draft_source is not None  # the output does not need it
    text = result.draft
    assert text and text == _eager_draft(result)
    assert result.draft_source is None and result.draft == text  # written once


def test_a_pickled_result_keeps_its_draft_unwritten_and_writes_the_same_text_where_read() -> None:
    result = _triaged("company_rfq_fob.eml")
    copy = pickle.loads(pickle.dumps(result))
    assert copy.draft_source is not None  # --no-store: nobody pays for a draft nobody reads
    assert copy.to_json() == result.to_json()
    assert copy.draft == _eager_draft(result) != ""


@pytest.mark.parametrize("drafts", [True, False])
def test_a_worker_writes_the_draft_only_when_results_are_stored(drafts: bool) -> None:
    import signal
    from datetime import datetime, timezone

    from inquiry_triage import parallel

    [item] = list(open_inputs([FIXTURES / "company_rfq_fob.eml"]))
    ctrl_c = signal.getsignal(signal.SIGINT)  # a worker ignores Ctrl-C: this process must not
    parallel._start_worker(CONFIG, True, datetime(2026, 6, 1, tzinfo=timezone.utc), drafts=drafts)
    try:
        result = parallel._triage_one(item)
    finally:
        parallel._CONTEXT, parallel._WRITE_DRAFTS = None, True
        signal.signal(signal.SIGINT, ctrl_c)
    copy = pickle.loads(pickle.dumps(result))
    assert (copy.draft_source is None) is drafts
    assert copy.draft == _eager_draft(result) != ""


def test_setting_a_draft_replaces_the_pending_one() -> None:
    result = _triaged("company_rfq_fob.eml")
    result.draft = "hand-written"
    assert result.draft == "hand-written" and result.draft_source is None


def test_triage_without_reading_a_draft_does_not_import_jinja2() -> None:
    """Start-up: the template engine is imported when a draft is written, not for `triage --no-store`."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from inquiry_triage.config import load_config\n"
            "from inquiry_triage.pipeline import build_context, triage\n"
            f"raw = open({str(FIXTURES / 'company_rfq_fob.eml')!r}, 'rb').read()\n"
            "result = triage(raw, build_context(load_config(None), offline=True))\n"
            "result.to_json()\n"
            "print('jinja2' in sys.modules)\n"
            "assert result.draft\n"
            "print('jinja2' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
