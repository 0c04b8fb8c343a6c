"""The command line's queue words in the user's language: `queue --lang zh` (or INQUIRY_TRIAGE_LANG=zh)
prints the sales commands in Chinese: the open list (`queue`), `--snoozed`, `review`, `--filed`,
`show`, `buyer` / `history`, every action's line (claim, release, assign, reply, note, snooze, wake,
done, dismiss, genuine, escalate, buyer-timezone), their refusals and usage errors, and each action's
own `--help` page (queue/actions_help.py). The same catalogue style as the web (gettext PO,
web/i18n.parse_po): the web's locale/zh.po where it already has the sentence, locale/cli.zh.po for
the command line's own; one table, read here. English is the default and is the msgid itself;
--format json is never translated. argparse's common usage errors (usage_error) and a history's reply
events (reply_event) are worded too. The option list of `--help` is worded by cli._worded
(every command's options have entries). Still English: argparse's rarest errors, the buyer's data (subjects, bodies, names), the reply draft (the buyer's language).
`status`, `tick` (round_line), `notify` and `queue templates` are worded too (the language from --lang where
the command has it, else $INQUIRY_TRIAGE_LANG, else the system locale: cli_language); `status`'s
attention lines too (Sentences)."""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from datetime import datetime
from typing import Any

from ..sentences import Sentence

LANGUAGES = ("en", "zh")
LANGUAGE_VARIABLE = "INQUIRY_TRIAGE_LANG"


def cli_language(given: str | None) -> str:
    """--lang, else $INQUIRY_TRIAGE_LANG ('zh', 'zh_CN.UTF-8' -> zh), else the system's locale as gettext
    reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: a Chinese desktop's zh_CN.UTF-8 gets Chinese without
    setting anything), else English. INQUIRY_TRIAGE_LANG=en keeps English on a Chinese system."""
    word = (given or os.environ.get(LANGUAGE_VARIABLE) or system_language()).strip().lower()
    word = word.split(".")[0].replace("-", "_").split("_")[0]
    return word if word in LANGUAGES else "en"


def system_language() -> str:
    """The messages' language of the POSIX locale: LANGUAGE's first entry (unless the locale is C), else
    LC_ALL, LC_MESSAGES, LANG, the first set; 'en' when none is or it is C/POSIX."""
    locale = next((os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)), "")
    if locale.split(".")[0] in ("C", "POSIX"):
        return "en"
    return (os.environ.get("LANGUAGE") or locale or "en").split(":")[0] or "en"


@lru_cache(maxsize=None)
def _table(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    from ..web.i18n import catalogue, named_catalogue  # stdlib only: the web's Starlette is not loaded

    return {**catalogue(language), **named_catalogue("cli", language)}


def say(language: str, msgid: str, **values: Any) -> str:
    """`msgid` (the English sentence, %(name)s for values) in `language`; English when it has no entry."""
    text = _table(language).get(msgid, msgid)
    return text % values if values else text


def word(language: str, text: str) -> str:
    """One catalogue word ('email' -> 邮件, 'WeChat' -> 微信, '(no name)'), else the text as it is (data)."""
    return _table(language).get(text, text) if text else text


def width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """`text` padded to `columns` terminal columns (str.format pads by characters: Chinese misaligns)."""
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill


def footer(language: str, shown: int, total: int, offset: int, more: bool = False) -> str:
    """store.queue.page_footer in `language`: 'showing 1-50 of 1,234' / '第 1-50 条，共 1,234 条'."""
    of = f"{total:,}+" if more else f"{total:,}"
    if not shown:
        return say(language, "nothing on this page (%(of)s match)", of=of) if total else say(language, "nothing matches")
    return say(language, "showing %(first)s-%(last)s of %(of)s", first=f"{offset + 1:,}", last=f"{offset + shown:,}", of=of)


ZH_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")  # web/dates.py's (that module loads markupsafe)


def day_time(language: str, at: datetime) -> str:
    """A time with its weekday as the command line prints it: 'Wed 2026-12-02 09:00' / '周三 2026-12-02 09:00'."""
    if language == "zh":
        return f"{ZH_WEEKDAYS[at.weekday()]} {at:%Y-%m-%d %H:%M}"
    return f"{at:%a %Y-%m-%d %H:%M}"


def reply_event(language: str, kind: str, channel: str, text: str) -> str:
    """A history line's reply event ('reply by email (RFQ: ...)', store/queue.buyer_history's text) in
    `language`: the kind and channel from the catalogue, the product in brackets as stored (data)."""
    made = f"{kind} by {channel}"
    if language == "en" or not text.startswith(made):
        return text
    product = text[len(made):].strip()
    product = product[1:-1] if product.startswith("(") and product.endswith(")") else product
    msgid = {"reply": "replied by %(channel)s", "quote": "quotation sent by %(channel)s"}.get(kind)
    if msgid is None:
        return text
    channel = word(language, {"rfq": "platform"}.get(channel, channel))
    return say(language, msgid, channel=channel) + (f"（{product}）" if product else "")


_ARGPARSE = (  # argparse's common usage errors (its English, 3.11-3.13) and their catalogue msgids
    (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.*)\)",
     "argument %(arg)s: invalid choice: %(value)s (choose from %(choices)s)"),
    (r"the following arguments are required: (?P<args>.+)", "the following arguments are required: %(args)s"),
    (r"unrecognized arguments: (?P<args>.+)", "unrecognized arguments: %(args)s"),
    (r"argument (?P<arg>\S+): expected one argument", "argument %(arg)s: expected one argument"),
    (r"argument (?P<arg>\S+): invalid int value: (?P<value>.+)", "argument %(arg)s: invalid int value: %(value)s"),
    (r"argument (?P<arg>\S+): invalid float value: (?P<value>.+)", "argument %(arg)s: invalid float value: %(value)s"),
    (r"argument (?P<arg>\S+): expected at least one argument", "argument %(arg)s: expected at least one argument"),
    (r"argument (?P<arg>\S+): expected at most one argument", "argument %(arg)s: expected at most one argument"),
    (r"argument (?P<arg>\S+): ignored explicit argument (?P<value>.+)",
     "argument %(arg)s: ignored explicit argument %(value)s"),
    (r"argument (?P<arg>\S+): not allowed with argument (?P<other>.+)", "argument %(arg)s: not allowed with argument %(other)s"),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", "ambiguous option: %(option)s could match %(matches)s"),
    (r"one of the arguments (?P<args>.+) is required", "one of the arguments %(args)s is required"),
    (r"argument (?P<arg>\S+): given twice \((?P<values>.+)\): one value only",
     "argument %(arg)s: given twice (%(values)s): one value only"),  # cli._Once
    (r"argument (?P<arg>\S+): invalid (?P<type>\S+) value: (?P<value>.+)", "argument %(arg)s: invalid value: %(value)s"),
    # the command line's own argument types (cli._date, cli._port_number)
    (r"argument (?P<arg>\S+): (?P<value>.+) is not a date like 2026-11-01",
     "argument %(arg)s: %(value)s is not a date like 2026-11-01"),
    (r"argument (?P<arg>\S+): expected a port number 0-65535 \(0: any free port\), got (?P<value>.+)",
     "argument %(arg)s: expected a port number 0-65535 (0: any free port), got %(value)s"),
)


_ROUND = (  # a scheduler round's lines (queue/rounds.RoundReport.lines, `tick`'s summary) and their msgids
    (r"scheduler round at (?P<at>.+?): (?P<woken>\d+) woken, (?P<planned>\d+) follow-up\(s\) planned, "
     r"(?P<reminded>\d+) reminded, (?P<escalated>\d+) escalated(?P<stopped> \(stopped early: shutdown\))?",
     "scheduler round at %(at)s: %(woken)s woken, %(planned)s follow-up(s) planned, %(reminded)s reminded, "
     "%(escalated)s escalated"),
    (r"  woke task (?P<task>\d+)", "  woke task %(task)s"),
    (r"  planned task (?P<task>\d+) \((?P<rule>.*)\)", "  planned task %(task)s (%(rule)s)"),
    (r"  due within the hour: task (?P<task>\d+)", "  due within the hour: task %(task)s"),
    (r"  overdue, escalated: task (?P<task>\d+) -> (?P<to>.*)", "  overdue, escalated: task %(task)s -> %(to)s"),
    (r"  escalated to: (?P<told>.*)", "  escalated to: %(told)s"),
    (r"  notifications: (?P<sent>.*)", "  notifications: %(sent)s"),
    (r"  \.\.\. and (?P<n>[\d,]+) more; --format json for all", "  ... and %(n)s more; --format json for all"),
)


def round_line(language: str, line: str) -> str:
    """A scheduler round's printed line (`tick`) in `language`: its counts, task numbers, rules and
    addresses as they are; a line it does not know, and English, as written."""
    if language == "en":
        return line
    import re

    for pattern, msgid in _ROUND:
        found = re.fullmatch(pattern, line)
        if found:
            values = {k: v for k, v in found.groupdict().items() if k != "stopped"}
            if "at" in values:
                values["at"] = values["at"].replace(" (seller's clock)", say(language, "(seller's clock)"))
            return say(language, msgid, **values) + (say(language, " (stopped early: shutdown)")
                                                     if found.groupdict().get("stopped") else "")
    return line


_ERRORS = (  # errors other modules raise as plain English (store/db, learning/learn, learning/fit), by pattern
    (r"no database at (?P<path>.+) \(from (?P<source>.+?)\): `inquiry-triage triage PATH` creates it; or name the one "
     r"to read with --db URL or \$INQUIRY_TRIAGE_DB",
     "no database at %(path)s (from %(source)s): `inquiry-triage triage PATH` creates it; or name the one to read "
     "with --db URL or $INQUIRY_TRIAGE_DB"),
    (r"nothing to learn: no (?P<missing>spam|ham) examples \(the model compares the two classes\); "
     r"got (?P<spam>\d+) spam, (?P<ham>\d+) ham",
     "nothing to learn: no %(missing)s examples (the model compares the two classes); got %(spam)s spam, %(ham)s ham"),
    (r"configuration file not found: (?P<path>.+) \(from (?P<source>--config|\$INQUIRY_TRIAGE_CONFIG)\)",
     "configuration file not found: %(path)s (from %(source)s)"),  # config.load_config
    (r"no labelled items found under (?P<path>.+)", "no labelled items found under %(path)s"),
    (r"(?P<path>[^;]+): no such file or folder", "%(path)s: no such file or folder"),
    # daemon.mailboxes_from_config: the [mailboxes] table as a whole, --mailbox NAME
    (r"\[mailboxes\] must be a table of \[mailboxes\.NAME\] tables",
     "[mailboxes] must be a table of [mailboxes.NAME] tables"),
    (r"no mailbox named (?P<name>'[^']*'|\"[^\"]*\") in the configuration \(known: none\)",
     "no mailbox named %(name)s in the configuration (none is configured)"),
    (r"no mailbox named (?P<name>'[^']*'|\"[^\"]*\") in the configuration \(known: (?P<known>.+)\)",
     "no mailbox named %(name)s in the configuration (known: %(known)s)"),
)


# What sources/imap.py raises (MailboxError: "mailbox 'NAME': PROBLEM"), by pattern: `poll` and `status` print
# them in the reader's language; the host, folder, user and the server's or system's own reason stay as they are.
_MAILBOX = r"mailbox (?P<name>'[^']*'|\"[^\"]*\"): (?P<problem>.+)"
_MAILBOX_ERRORS = (
    (r"cannot connect to (?P<where>.+?): timed out after (?P<seconds>[0-9.]+) s",
     "cannot connect to %(where)s: timed out after %(seconds)s s"),
    (r"cannot connect to (?P<where>.+?): (?P<reason>.+)", "cannot connect to %(where)s: %(reason)s"),
    (r"TLS with (?P<where>.+?) failed: (?P<reason>.+)", "TLS with %(where)s failed: %(reason)s"),
    (r"STARTTLS with (?P<where>.+?) failed: (?P<reason>.+)", "STARTTLS with %(where)s failed: %(reason)s"),
    (r"(?P<where>.+?) did not greet properly: (?P<reason>.+)", "%(where)s did not greet properly: %(reason)s"),
    (r'(?P<where>.+?) does not offer STARTTLS: use security = "tls" \(port 993\) if it speaks implicit TLS',
     '%(where)s does not offer STARTTLS: use security = "tls" (port 993) if it speaks implicit TLS'),
    (r"connection to (?P<where>.+?) lost during (?P<what>.+?): (?P<reason>.+)",
     "connection to %(where)s lost during %(what)s: %(reason)s"),
    (r"(?P<where>.+?) refused STARTTLS: (?P<reason>.+)", "%(where)s refused STARTTLS: %(reason)s"),
    (r'(?P<where>.+?) refuses to log in on this connection \(LOGINDISABLED\): use security = "tls" or "starttls"',
     '%(where)s refuses to log in on this connection (LOGINDISABLED): use security = "tls" or "starttls"'),
    (r"(?P<where>.+?) offers no AUTH=PLAIN, which non-ASCII user names or passwords need",
     "%(where)s offers no AUTH=PLAIN, which non-ASCII user names or passwords need"),
    (r"(?P<where>.+?) cannot log in (?P<user>'.*?'|\".*?\") right now: (?P<reason>.+)",
     "%(where)s cannot log in %(user)s right now: %(reason)s"),
    (r"login as (?P<user>'.*?'|\".*?\") at (?P<where>.+?) failed: (?P<reason>.+)",
     "login as %(user)s at %(where)s failed: %(reason)s"),
    (r"cannot open folder (?P<folder>'.*?'|\".*?\"): (?P<reason>.+)", "cannot open folder %(folder)s: %(reason)s"),
    (r"folder (?P<folder>'.*?'|\".*?\") was opened read-only", "folder %(folder)s was opened read-only"),
    (r"the connection was lost earlier \((?P<reason>.+)\): open a new session",
     "the connection was lost earlier (%(reason)s): open a new session"),
)


# What sources/imap.py's mailbox settings raise (ConfigError: "mailbox 'NAME': field 'F' PROBLEM", the
# password's variable or file, "mailbox url: ..." for --url): the field, variable, path and values as given.
_Q = r"'[^']*'|\"[^\"]*\""  # a repr()'d name or value
_FIELD = rf"field (?P<field>{_Q}) "
_MAILBOX_SETTINGS = (
    (_FIELD + r"is required", "field %(field)s is required"),
    (_FIELD + r"is required when after = \"move\"", "field %(field)s is required when after = \"move\""),
    (_FIELD + r"must be a string \(got (?P<got>.+)\)", "field %(field)s must be a string (got %(got)s)"),
    (_FIELD + r"must be a whole number \(got (?P<got>.+)\)", "field %(field)s must be a whole number (got %(got)s)"),
    (_FIELD + r"must be a number \(got (?P<got>.+)\)", "field %(field)s must be a number (got %(got)s)"),
    (_FIELD + r"must be a number of seconds \(got (?P<got>.+)\)",
     "field %(field)s must be a number of seconds (got %(got)s)"),
    (_FIELD + r"must be a number of seconds >= 5 \(got (?P<got>.+)\)",  # daemon.py's interval
     "field %(field)s must be a number of seconds >= 5 (got %(got)s)"),
    (_FIELD + r"must be a number of seconds > 0 and <= 3600 \(got (?P<got>.+)\)",
     "field %(field)s must be a number of seconds > 0 and <= 3600 (got %(got)s)"),
    (_FIELD + r"must be a whole number (?P<low>\d+)-(?P<high>\d+) \(got (?P<got>.+)\)",
     "field %(field)s must be a whole number %(low)s-%(high)s (got %(got)s)"),
    (_FIELD + r"must be a whole number of bytes >= 1024 \(got (?P<got>.+)\)",
     "field %(field)s must be a whole number of bytes >= 1024 (got %(got)s)"),
    (_FIELD + r"must be a port number 1-65535 \(got (?P<got>.+)\)",
     "field %(field)s must be a port number 1-65535 (got %(got)s)"),
    (_FIELD + r"must be a host name or address", "field %(field)s must be a host name or address"),
    (_FIELD + r"must be tls, starttls or plain \(got (?P<got>.+)\)",
     "field %(field)s must be tls, starttls or plain (got %(got)s)"),
    (_FIELD + r"must be tls for imaps:// \(got (?P<got>.+)\)",
     "field %(field)s must be tls for imaps:// (got %(got)s)"),
    (_FIELD + r"must be starttls or plain for imap:// \(got (?P<got>.+)\)",
     "field %(field)s must be starttls or plain for imap:// (got %(got)s)"),
    (_FIELD + r"may be plain only for a loopback host \(localhost, 127\.0\.0\.1, ::1\), not (?P<host>.+): "
     r"use tls or starttls",
     "field %(field)s may be plain only for a loopback host (localhost, 127.0.0.1, ::1), not %(host)s: "
     "use tls or starttls"),
    (_FIELD + r"must be a non-empty string", "field %(field)s must be a non-empty string"),
    (_FIELD + r"must not be empty", "field %(field)s must not be empty"),
    (_FIELD + r"must not contain NUL, CR or LF", "field %(field)s must not contain NUL, CR or LF"),
    (_FIELD + r"must be a non-empty list of folder names(?: \(got (?P<got>.+)\))?",
     "field %(field)s must be a non-empty list of folder names"),
    (_FIELD + r"must name folders with non-empty strings", "field %(field)s must name folders with non-empty strings"),
    (_FIELD + r"has a control character in folder name (?P<folder>.+)",
     "field %(field)s has a control character in folder name %(folder)s"),
    (_FIELD + r"lists a folder twice", "field %(field)s lists a folder twice"),
    (_FIELD + r"must be leave, flag or move \(got (?P<got>.+)\)",
     "field %(field)s must be leave, flag or move (got %(got)s)"),
    (_FIELD + r"must be a keyword like \$Triaged", "field %(field)s must be a keyword like $Triaged"),
    (_FIELD + r"may be a keyword or one of (?P<flags>.+) \(got (?P<got>.+)\)",
     "field %(field)s may be a keyword or one of %(flags)s (got %(got)s)"),
    (_FIELD + r"must be an IMAP keyword: letters, digits and \$ \. _ - etc\., no spaces \(got (?P<got>.+)\)",
     "field %(field)s must be an IMAP keyword: letters, digits and $ . _ - etc., no spaces (got %(got)s)"),
    (_FIELD + r"must not be one of the folders read \((?P<got>.+)\)",
     "field %(field)s must not be one of the folders read (%(got)s)"),
    (_FIELD + r"is not allowed: put the password in an environment variable \(password_env\) or a file "
     r"\(password_file\)",
     "field %(field)s is not allowed: put the password in an environment variable (password_env) or a file "
     "(password_file)"),
    (_FIELD + r"is not a known setting \(known: (?P<known>.+)\)",
     "field %(field)s is not a known setting (known: %(known)s)"),
    (_FIELD + r"is not a known URL setting \(known: (?P<known>.+)\)",
     "field %(field)s is not a known URL setting (known: %(known)s)"),
    (_FIELD + r"is missing \(imap://USER@HOST/FOLDER\)", "field %(field)s is missing (imap://USER@HOST/FOLDER)"),
    (_FIELD + r"given twice", "field %(field)s given twice"),
    (_FIELD + r"must name an environment variable", "field %(field)s must name an environment variable"),
    (_FIELD + r"must be a file's path", "field %(field)s must be a file's path"),
    (_FIELD + r"must not be in the URL: set the environment variable (?P<var>\S+) instead",
     "field %(field)s must not be in the URL: set the environment variable %(var)s instead"),
    (r"the name must be a non-empty string", "the name must be a non-empty string"),
    (r"must be a table of settings", "must be a table of settings"),
    (r"set exactly one of the fields 'password_env' \(an environment variable's name\) or 'password_file' "
     r"\(a file's path\)",
     "set exactly one of the fields 'password_env' (an environment variable's name) or 'password_file' "
     "(a file's path)"),
    (r"environment variable (?P<var>\S+) \(field 'password_env'\) is not set",
     "environment variable %(var)s (field 'password_env') is not set"),
    (r"environment variable (?P<var>\S+) \(field 'password_env'\) is empty",
     "environment variable %(var)s (field 'password_env') is empty"),
    (r"environment variable (?P<var>\S+) \(the password for (?P<scheme>imaps?):// URLs\) is not set",
     "environment variable %(var)s (the password for %(scheme)s:// URLs) is not set"),
    (r"password file (?P<path>.+) \(field 'password_file'\) cannot be read: (?P<reason>.+)",
     "password file %(path)s (field 'password_file') cannot be read: %(reason)s"),
    (r"password file (?P<path>.+) \(field 'password_file'\) is not UTF-8",
     "password file %(path)s (field 'password_file') is not UTF-8"),
    (r"password file (?P<path>.+) \(field 'password_file'\) is empty",
     "password file %(path)s (field 'password_file') is empty"),
    (r"not a valid imap:// or imaps:// URL \((?P<reason>.+)\)", "not a valid imap:// or imaps:// URL (%(reason)s)"),
    (r"scheme must be imap:// or imaps:// \(got (?P<got>.+)\)", "scheme must be imap:// or imaps:// (got %(got)s)"),
)


def mailbox_error_words(language: str, text: str) -> str | None:
    """A mailbox's error (sources/imap.MailboxError's text, or a ConfigError of its settings) in `language`;
    None when `text` is not one. A problem of a shape not listed keeps its English after the worded
    "mailbox 'NAME':"."""
    import re

    url = re.fullmatch(r"mailbox url: (?P<problem>.+)", text, re.DOTALL)
    found = url or re.fullmatch(_MAILBOX, text, re.DOTALL)
    if found is None:
        return None
    problem = found["problem"]
    for pattern, msgid in _MAILBOX_ERRORS + _MAILBOX_SETTINGS:
        shape = re.fullmatch(pattern, problem, re.DOTALL)
        if shape:
            problem = say(language, msgid, **{k: v for k, v in shape.groupdict().items() if v is not None})
            break
    if url:
        return say(language, "mailbox url: %(problem)s", problem=problem)
    return say(language, "mailbox %(name)s: %(problem)s", name=found["name"], problem=problem)


def error_words(language: str, exc: BaseException | str) -> str:
    """An error a command ends with, in `language`: a Sentence or a text the catalogue holds exactly
    (refusal), else one of the known English shapes (_ERRORS) with its paths and counts as they are,
    else as raised."""
    text = exc if isinstance(exc, str) else str(exc)
    if language == "en":
        return text
    import re

    worded = said(language, text) if isinstance(exc, str) else refusal(language, exc)
    if worded != text:
        return worded
    for pattern, msgid in _ERRORS:
        found = re.fullmatch(pattern, text)
        if found:
            return say(language, msgid, **found.groupdict())
    return mailbox_error_words(language, text) or text


def usage_error(language: str, message: str) -> str:
    """argparse's error message in `language` for the common ones (invalid choice, a required argument,
    unrecognized arguments, a missing or non-numeric value); the option names and values as typed.
    Any other message (and English) as argparse wrote it."""
    if language == "en":
        return message
    import re

    for pattern, msgid in _ARGPARSE:
        found = re.fullmatch(pattern, message.strip())
        if found:
            return say(language, msgid, **found.groupdict())
    return message


def said(language: str, text: Sentence | str) -> str:
    """A sentence of the queue layer (a Sentence: its msgid and values) in `language`, from the same table
    as `say`; values that are sentences or catalogue words are worded too, times stay as the command line
    writes them (a stored note's NoteTime: the seller's clock). Plain text only when the table holds it
    exactly (never read back from English); English: the text as it is."""
    if language == "en" or not text:
        return str(text)
    table = _table(language)
    if not isinstance(text, Sentence):
        return table.get(text, text)
    msgstr = table.get(text.msgid, text.msgid)
    return msgstr % {k: _value(language, v) for k, v in text.values.items()} if text.values else msgstr


def _value(language: str, value: Any) -> str:
    if isinstance(value, Sentence):
        return said(language, value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, (list, tuple)):
        return "；".join(_value(language, v) for v in value)
    text = str(value)
    return text if type(value) is not str else _table(language).get(text, text)


def refusal(language: str, exc: BaseException) -> str:
    """An exception's sentence (the queue layer's refusals, the snooze words' errors) in `language`."""
    if language == "en":
        return str(exc)
    from ..sentences import sentence_of

    return said(language, sentence_of(exc))


def label(language: str, text: str, columns: int = 10) -> str:
    """A `queue show` label ('From:' -> 'From:     ' / '发件人：  '), padded to `columns` terminal columns."""
    return pad(say(language, text), columns)


def counted(language: str, n: int, one: str, many: str) -> str:
    """'1 inquiry' / '3 replies' in English; '%(n)s inquiry(ies)' from the table in Chinese (no plural)."""
    if language == "en":
        return f"{n} {one if n == 1 else many}"
    return say(language, f"%(n)s {many}", n=n)


def span(language: str, left: Any) -> str:
    """Business time: '4h 55m' / '4小时55分' (the web's countdown in Chinese)."""
    from ..scheduling.deadlines import business_span

    return _units(language, business_span(left))


def duration(language: str, length: Any) -> str:
    """A wait or an age as people write it: '22d 17h' / '22天17小时', under a day '4h 55m' / '4小时55分'
    (scheduling/deadlines.elapsed_span)."""
    from ..scheduling.deadlines import elapsed_span

    return _units(language, elapsed_span(length))


def _units(language: str, text: str) -> str:
    """'22d 17h' / '4h 55m' / '35m' with Chinese units: '22天17小时', '4小时55分', '35分'."""
    if language != "zh":
        return text
    return re.sub(r"(\d+)([dhm])\s*", lambda m: m.group(1) + {"d": "天", "h": "小时", "m": "分"}[m.group(2)], text)


def clock_words(language: str, k: Any, snoozed: Any = "", due_note: Any = "") -> str:
    """`queue show`'s Deadline line in `language` from the web's clock parts (web/clock.TaskClock) and
    the web's sentences (templates/clock.html): the deadline on the seller's clock and the buyer's,
    overdue business time, the buyer at work or not. `snoozed`: the queue layer's snoozed sentence."""
    from zoneinfo import ZoneInfo

    from ..web.i18n import city_words

    seller = ZoneInfo(k.seller_zone)

    def ours(at: datetime) -> str:
        return f"{day_time(language, at.astimezone(seller))} {city_words(language, k.seller_zone)}"

    def theirs(at: datetime, short: bool = False) -> str:
        shown = at.astimezone(ZoneInfo(k.buyer_zone))
        return f"{ZH_WEEKDAYS[shown.weekday()]} {shown:%H:%M}" if short else day_time(language, shown)

    if k.kind == "closed":
        c = k.closing
        at = day_time(language, k.closed_at.astimezone(seller)) if k.closed_at else say(language, "(time not recorded)")
        who, channel = k.closed_by or "?", word(language, {"rfq": "platform"}.get(c.channel, c.channel))
        return {"reply": say(language, "closed: replied by %(channel)s %(at)s by %(who)s", channel=channel, at=at, who=who),
                "quote": say(language, "closed: quotation sent by %(channel)s %(at)s by %(who)s", channel=channel, at=at,
                             who=who),
                "done": say(language, "closed: done without reply %(at)s by %(who)s", at=at, who=who),
                "dismiss": say(language, "closed: dismissed as %(why)s %(at)s by %(who)s",
                               why=word(language, c.dismissed_as or "dismissed"), at=at, who=who),
                "release": say(language, "closed: released as genuine %(at)s by %(who)s", at=at, who=who)}.get(
            c.how, say(language, "%(state)s %(at)s by %(who)s: closed, nothing to send",
                       state=word(language, k.closed_state), at=at, who=who))
    if k.kind == "review":
        return say(language, "held for review since it arrived %(at)s: no reply deadline until a lead releases it "
                             "to the queue", at=ours(k.due))
    if k.kind == "snoozed":
        return said(language, snoozed)
    if k.kind == "note":
        return say(language, "due %(at)s", at=ours(k.due)) + (f" · {said(language, due_note)}" if due_note else "")
    parts = [say(language, "reply by %(at)s", at=ours(k.due))
             + (f" = {day_time(language, k.due.astimezone(ZoneInfo(k.buyer_zone)))} {city_words(language, k.buyer_zone)}"
                if k.buyer_zone else "")]
    if k.overdue_for is not None:
        parts.append(say(language, "overdue since %(at)s, send now", at=ours(k.due)) if k.overdue_for.total_seconds() < 60
                     else say(language, "overdue by %(time)s of business time, send now", time=span(language, k.overdue_for)))
    city = city_words(language, k.buyer_zone) if k.buyer_zone else ""
    if k.at_work:
        parts.append(say(language, "%(city)s is at work now (%(time)s there, until %(until)s)", city=city,
                         time=theirs(k.buyer_now, True), until=theirs(k.window_end, True)))
    elif k.at_work is not None:
        parts.append(say(language, "%(city)s is off now (%(time)s there: %(why)s); their day starts %(start)s = %(seller)s",
                         city=city, time=theirs(k.buyer_now, True), why=(say(language, "public holiday: %(name)s", name=k.holiday) if k.holiday
                              else word(language, k.why_off)),
                         start=theirs(k.window_start), seller=ours(k.window_start)))
    else:
        parts.append(say(language, "the buyer's time zone is not known"))
    return "；".join(parts)
