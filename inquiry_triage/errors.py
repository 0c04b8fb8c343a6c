"""One exception hierarchy whose messages a person can read (email-validator's lesson)."""


class TriageError(Exception):
    """Base of every error this package raises on purpose."""


class ConfigError(TriageError):
    """The configuration is missing, unreadable or wrong; the message names the file and key."""


class SourceError(TriageError):
    """An input path is missing, unreadable, or of a kind we do not read."""


class RecordError(TriageError):
    """A structured record (JSONL / CSV row) cannot become an inquiry."""


class StoreError(TriageError):
    """The database itself failed (cannot connect, locked, full, read-only): the run stops. The
    message is one line with no customer data and no password."""
