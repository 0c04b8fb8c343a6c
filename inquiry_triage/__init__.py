"""inquiry_triage: grade, explain and queue export buyers' inquiries and RFQs.

    from inquiry_triage import load_config, build_context, triage
    ctx = build_context(load_config(None), offline=True)
    result = triage(raw_bytes, ctx)          # or a record dict (phone / IM / fax / web / RFQ)
    result.verdict.grade, result.verdict.reasons, result.to_json()
"""

from .config import load_config
from .errors import ConfigError, RecordError, SourceError, TriageError
from .pipeline import TriageResult, build_context, triage

__all__ = ["load_config", "build_context", "triage", "TriageResult", "TriageError", "ConfigError", "SourceError",
           "RecordError"]
__version__ = "0.1.0"
