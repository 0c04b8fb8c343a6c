"""The chat app of each chat row a queue page shows (WhatsApp, 微信 ...), beside its channel word.

One read by primary key of the page's "im" rows only (at most a page, 50): the stored column
(0013 _chat_app); a row stored before 0013 has NULL there, and its record's raw bytes are read
instead, as the task page does (queue/views.chat_app_of, the one reader of both)."""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..queue.views import CHAT_RECORD_BYTES, chat_app_of
from ..store.models import InquiryRow


def chat_apps(session: Session, entries: Iterable[Any]) -> dict[int, str]:
    """{inquiry id: app} of the listed chat entries whose app is known."""
    ids = [e.inquiry_id for e in entries if e.channel == "im"]
    if not ids:
        return {}
    raw_when_unnamed = case((and_(InquiryRow.chat_app.is_(None), func.length(InquiryRow.raw) <= CHAT_RECORD_BYTES),
                             InquiryRow.raw), else_=None)
    found = {}
    for inquiry_id, app, raw in session.execute(select(InquiryRow.id, InquiryRow.chat_app, raw_when_unnamed)
                                                .where(InquiryRow.id.in_(ids))):
        app = chat_app_of(SimpleNamespace(channel="im", chat_app=app, raw=raw))  # type: ignore[arg-type]
        if app:
            found[inquiry_id] = app
    return found
