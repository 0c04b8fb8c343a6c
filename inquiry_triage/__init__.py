"""inquiry_triage: grade, explain and queue export buyers' inquiries and RFQs.

    from inquiry_triage import load_config, build_context, triage
    ctx = build_context(load_config(None), offline=True)
    result = triage(raw_bytes, ctx)          # or a record dict (phone / IM / fax / web / RFQ)
    result.verdict.grade, result.verdict.reasons, result.to_json()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import load_config
from .errors import ConfigError, RecordError, SourceError, TriageError

if TYPE_CHECKING:
    from .pipeline import TriageResult, build_context, triage

__all__ = ["load_config", "build_context", "triage", "TriageResult", "TriageError", "ConfigError", "SourceError",
           "RecordError"]
__version__ = "0.1.0"

_FROM_PIPELINE = ("TriageResult", "build_context", "triage")


def __getattr__(name: str) -> Any:
    """The pipeline (checks, rules, language models) is imported on first use, not by every command
    that imports this package (`--help`, `queue`, `status` never triage)."""
    if name in _FROM_PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
