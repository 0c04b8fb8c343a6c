"""The language of the HTML reports (`report sla|suspicious --format html`): the same two languages
and the same catalogue as the web queue (web/locale/zh.po), chosen the way the web chooses: the
person's stored language (`users language`, the web's 中文 · English switch) unless `--lang` or
$INQUIRY_TRIAGE_LANG (the command line's language, as `queue --lang` reads it) says otherwise; English when the one running it is not a stored user. The table
is in the command line's language (--lang, else $INQUIRY_TRIAGE_LANG, else English: not the stored one),
its words from the same catalogue; CSV and JSON stay English (programs read them)."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from ..sentences import Sentence
from ..web.i18n import LANGUAGES, localize, rule_words

REPORT_DEFAULT_LANGUAGE = "en"  # nobody stored to ask: the command line's language


LANGUAGE_VARIABLE = "INQUIRY_TRIAGE_LANG"  # the command line's language, as `queue --lang` reads it


def report_language(requested: str | None, sessions: sessionmaker[Session], user: str | None = None) -> str:
    """`requested` (--lang), else $INQUIRY_TRIAGE_LANG ('zh', 'zh_CN.UTF-8'), else the stored language of
    who runs it (--user, $INQUIRY_TRIAGE_USER, the login name), else English."""
    if requested in LANGUAGES:
        return requested
    given = (os.environ.get(LANGUAGE_VARIABLE) or "").strip().lower().split(".")[0].replace("-", "_").split("_")[0]
    if given in LANGUAGES:
        return given
    from ..queue.users import find_user

    name = user or os.environ.get("INQUIRY_TRIAGE_USER") or getpass.getuser()
    with sessions() as session:
        stored = find_user(session, name)
    return stored.language if stored is not None and stored.language in LANGUAGES else REPORT_DEFAULT_LANGUAGE


def html_lang(language: str) -> str:
    """The <html lang> of a page in `language`."""
    return "zh-CN" if language == "zh" else "en"


def words(language: str) -> Callable[[str | Sentence], str]:
    """A sentence (Sentence: its msgid and values) or a word of the catalogue, in `language`; other
    text (data) as it is."""
    def say(text: str | Sentence) -> str:
        return localize(language, text) if language != "en" else str(text)

    return say


def evidence(language: str, rule: str, detail: str) -> str:
    """A rule's explanation in `language` (web/locale/rules.zh.po), what it matched as it is."""
    return rule_words(language, rule, detail) if language != "en" else detail
