"""Errors raised by the parsing package."""

from ..errors import TriageError


class ParseError(TriageError):
    """The input is not an email at all (empty, or binary data without a header line).

    Everything else, however broken, is parsed, repaired and noted in `Inquiry.defects`.
    """
