"""The store: a SQLAlchemy database (SQLite by default) holding inquiries, failures and tasks."""

from .db import open_store, resolve_url
from .models import Base, InquiryRow, TaskRow
from .queue import is_known, save_result

__all__ = ["Base", "InquiryRow", "TaskRow", "open_store", "resolve_url", "is_known", "save_result"]
