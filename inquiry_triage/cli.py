"""The command line: a thin shell over the pipeline, the store and the reports.

Exit codes: 0 the run completed (even if some inputs were bad: they are reported and stored as
failed); 1 an unexpected internal error; 2 a usage error (bad option, missing path, bad config).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from .config import Config, load_config
from .errors import ConfigError, SourceError, TriageError
from .safe_text import for_terminal, mask_secrets
from .sources.files import NOT_MAIL_SUFFIXES
from .filings import NOT_AN_INQUIRY
from .model import CHANNEL_CHOICES

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  inquiry-triage triage fixtures/                       grade every inquiry under fixtures/, store them
  inquiry-triage triage inbox.mbox --format jsonl --no-store --offline
  inquiry-triage triage calls.jsonl rfq-export.csv      phone/IM/fax/web records and RFQ exports
  inquiry-triage queue                                  open reply tasks, best grade and nearest deadline first
  inquiry-triage queue show 12                          one task: the inquiry, its evidence, a reply draft
  inquiry-triage report suspicious --since 7d --format csv
  inquiry-triage evaluate --corpora ../shared/corpora   detection and language figures on real data
  inquiry-triage learn --from-store                     retrain the text model on the team's verdicts (like sa-learn)
  inquiry-triage fit --corpora ../shared/corpora        fit rule points (cross-validated), --out a score table

environment:
  INQUIRY_TRIAGE_CONFIG   a TOML file merged over config/default.toml (or --config)
  INQUIRY_TRIAGE_DB       database URL, e.g. sqlite:///triage.db or postgresql+psycopg://... (or --db)
  INQUIRY_TRIAGE_LANG     zh: every command's --help, usage errors and refusals, queue, users, report tables,
                          status, tick, notify in Chinese (or --lang zh); default:
                          the system locale (LANG=zh_CN.UTF-8 is zh); en keeps English on a Chinese system
"""


# --format of the commands that print a table or a text report (cli.zh.po has both)
FORMAT_TABLE_HELP = "table: for people (default, in the asked language); json: for scripts, every field, never translated"
FORMAT_TEXT_HELP = "text: for people (default); json: for scripts, every figure, never translated"
QUEUE_ACTIONS = ("list", "show", "claim", "release", "assign", "reply", "note", "snooze", "wake", "done", "dismiss", "escalate",
                 "genuine", "buyer", "history", "review", "templates", "buyer-timezone")
QUEUE_EPILOG = """\
a salesperson's day:
  inquiry-triage queue --mine                      my tasks
  inquiry-triage queue claim                       take the top open task (two people never get the same one)
  inquiry-triage queue show 12                     the inquiry, its evidence, the deadline on both clocks, a draft
  inquiry-triage queue reply 12 --channel email    the reply went out: closes the task, follow-ups are planned
  inquiry-triage queue reply 12 --quote            ... it was a quotation
  inquiry-triage queue note 12 "Buyer wants 2 colours, asked for CIF Valencia"
  inquiry-triage queue snooze 12 --until 2d        or tomorrow, "mon 10:00", 14:30, an ISO time (lands in business
                                                   hours); --until-reply: until the buyer writes again
  inquiry-triage queue --snoozed --mine            my snoozed tasks and when each wakes (not in --mine until then)
  inquiry-triage queue wake 12                     back to work before its time: mine again (claim 12 does too)
  inquiry-triage queue --search valves --country DE   also --buyer, --product; --limit 20 --page 2
  inquiry-triage queue buyer ivan@mail.ru          a buyer's inquiries, replies and notes across channels (or: history 12)
  inquiry-triage queue buyer "Mr. Rossi"           ... by the sender's name (several buyers of that name are listed)
  inquiry-triage queue buyer-timezone 12 Asia/Novosibirsk   this buyer's clock, for all their tasks ('auto' undoes)
  inquiry-triage queue release 12 | done 12 | escalate 12 "needs the factory's price"
leads and supervisors:
  inquiry-triage queue assign 12 --to alice        inquiry-triage queue dismiss 12 --as spam|spy|duplicate
  inquiry-triage queue review                      suspicious inquiries waiting for review (or: queue --review)
  inquiry-triage queue release 12                  a review task is a real buyer: a reply task due from arrival,
                                                   with a draft (`genuine 12` does the same); the text model learns it
  inquiry-triage queue dismiss 12 --as spam|spy    a review task is fraud / a competitor: closed, learned
                                                   (a reply task too: the rules missed it, said so; a second
                                                   verdict says which one it replaces, the same one is refused)
  inquiry-triage queue --filed all                 stored mail that is not an inquiry, so has no task, and how many
                                                   of each filing; one filing: --filed list (mailing-list mail),
                                                   newsletter, auto-reply, bounce, no-reply, own (our own), closed-rfq
"""


def _worded(formatter_class: type, lang: str) -> type:
    """`formatter_class` whose --help page says its section headings, the usage prefix and each option's
    help in `lang` from the command line's catalogue (an option without an entry keeps its English)."""
    if lang == "en":
        return formatter_class
    from .queue.cli_words import say, width as columns, word

    class Worded(formatter_class):  # type: ignore[misc, valid-type]
        def start_section(self, heading):  # type: ignore[no-untyped-def]
            super().start_section(word(lang, heading) if heading else heading)

        def format_help(self):  # type: ignore[no-untyped-def]
            """argparse writes 'heading:' with an ASCII colon; a Chinese heading takes the full-width one (选项：)."""
            return re.sub(r"(?m)^( *)([^\s:][^\n:]*[\u4e00-\u9fff]):$", r"\1\2：", super().format_help())

        def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
            super().add_usage(usage, actions, groups, prefix if prefix is not None else say(lang, "usage: %(usage)s", usage=""))

        def _get_help_string(self, action):  # type: ignore[no-untyped-def]
            text = super()._get_help_string(action)
            return word(lang, text) if text else text

        def add_text(self, text):  # type: ignore[no-untyped-def]
            """A command's description (and epilog) from the catalogue where it has an entry."""
            super().add_text(word(lang, text) if text and text != argparse.SUPPRESS else text)

        def _split_lines(self, text, width):  # type: ignore[no-untyped-def]
            return wrap_columns(self._whitespace_matcher.sub(" ", text).strip(), width)

        def _fill_text(self, text, width, indent):  # type: ignore[no-untyped-def]
            if issubclass(formatter_class, argparse.RawDescriptionHelpFormatter):  # lines as written, but a
                return "\n".join(  # long line of prose (not an indented example) is wrapped to the terminal
                    "\n".join(indent + part for part in wrap_columns(line, width - len(indent)))
                    if line and not line[0].isspace() and columns(line) > width - len(indent) else indent + line
                    for line in text.splitlines())
            return "\n".join(indent + line for line in wrap_columns(self._whitespace_matcher.sub(" ", text).strip(),
                                                                     width - len(indent)))

    return Worded


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f"
_TOKENS = re.compile(rf"\s+|[{_WIDE}]|[^\s{_WIDE}]+")  # spaces, one wide character, or a run of others
_NO_LINE_START = set("）」』】〉》，。；：、！？,.;:)")  # closing marks stay with the word before them
_NO_LINE_END = set("（「『【〈《(")


def wrap_columns(text: str, width: int) -> list[str]:
    """`text` wrapped to `width` terminal columns (a Chinese character takes two): argparse's textwrap
    counts characters, so a Chinese help line ran to twice the terminal's width. Breaks between words
    and between Chinese characters, never before a closing mark nor after an opening one; a word wider
    than the line is cut."""
    from .queue.cli_words import width as columns

    width = max(width, 11)
    lines: list[list[str]] = [[]]
    used = 0
    for token in _TOKENS.findall(text):
        if token.isspace():
            if lines[-1]:
                lines[-1].append(" ")
                used += 1
            continue
        size = columns(token)
        while size > width:  # a word wider than a line: cut it
            cut, taken = 0, 0
            while cut < len(token) and taken + columns(token[cut]) <= width - used:
                taken += columns(token[cut])
                cut += 1
            if cut:
                lines[-1].append(token[:cut])
                token, size = token[cut:], columns(token[cut:])
            lines.append([])
            used = 0
        if used + size > width and lines[-1]:
            carried: list[str] = []
            spaced = lines[-1][-1] == " "  # a space before the token: kept if words are carried with it
            while lines[-1] and lines[-1][-1] == " ":
                lines[-1].pop()
            while lines[-1] and (carried[0] if carried else token)[0] in _NO_LINE_START:  # a closing mark stays
                carried.insert(0, lines[-1].pop())                                         # with what it closes
            while lines[-1] and lines[-1][-1][-1] in _NO_LINE_END:  # an opening mark goes with what it opens
                carried.insert(0, lines[-1].pop())
            if not carried and columns(token) == len(token):  # a short run of Latin words after Chinese (a
                run = len(lines[-1])                           # command, 'email, phone') is not split
                while run and columns(lines[-1][run - 1]) == len(lines[-1][run - 1]):
                    run -= 1
                while run < len(lines[-1]) and lines[-1][run] == " ":
                    run += 1
                latin = lines[-1][run:]
                if run and latin and columns("".join(latin)) + size <= width // 2:
                    carried, lines[-1] = latin, lines[-1][:run]
                    while lines[-1] and lines[-1][-1] == " ":
                        lines[-1].pop()
            if carried and spaced:
                carried.append(" ")
            if not lines[-1]:  # nothing would be left: overflow rather than loop
                lines[-1] = carried
                carried = []
            else:
                lines.append(carried)
            used = sum(columns(t) for t in lines[-1])
        lines[-1].append(token)
        used += size
    return ["".join(line).rstrip() for line in lines if "".join(line).strip()]


class _Parser(argparse.ArgumentParser):
    argv: list[str] = []  # the words main() parses: a queue usage error names the action they were for

    def _get_formatter(self):  # type: ignore[no-untyped-def]
        """--help in the asked language (--lang, else $INQUIRY_TRIAGE_LANG, else the locale): headings and option help."""
        return _worded(self.formatter_class, _asked_language())(prog=self.prog)

    def error(self, message: str) -> None:  # argparse's own exit code is 2 too; keep the message short
        if self.prog == QUEUE_PROG:  # one option list serves every action: print the one usage line meant
            from .queue.actions_help import action_named, help_hint, usage_line
            from .queue.cli_words import say

            words = _Parser.argv[_Parser.argv.index("queue") + 1:] if "queue" in _Parser.argv else []
            action, lang = action_named(words), _asked_language()
            self.exit(EXIT_USAGE, f"{QUEUE_PROG}{' ' + action if action else ''}: {say(lang, 'error:')} "
                                  f"{_short(message, lang)}\n{usage_line(action, lang)}\n{help_hint(action, lang)}\n")
        self.print_usage(sys.stderr)
        lang = _asked_language()
        if lang != "en":  # the usage line's prefix is worded by the formatter; argparse's message here
            from .queue.cli_words import say, usage_error

            self.exit(EXIT_USAGE, f"{self.prog}: {say(lang, 'error:')}{usage_error(lang, message)}\n"
                                  f"{say(lang, 'see `%(prog)s --help`', prog=self.prog)}\n")
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\nsee `{self.prog} --help`\n")


QUEUE_PROG = "inquiry-triage queue"


def _queue_usage(action: str | None, message: str, lang: str = "en") -> int:
    """A `queue` usage error found after parsing (an unknown --channel, --page with --offset, no task ID),
    said as argparse's are (_Parser.error): what is wrong, the action's one usage line and where its help
    is; exit 2 (README: usage errors carry both)."""
    from .queue.actions_help import ACTIONS, help_hint, usage_line
    from .queue.cli_words import say

    named = action if action in ACTIONS and action != "list" else None
    print(f"{QUEUE_PROG}{' ' + action if named else ''}: {say(lang, 'error:')} {message}\n{usage_line(named, lang)}\n"
          f"{help_hint(named, lang)}", file=sys.stderr)
    return EXIT_USAGE


def _command_usage(command: str, message: str, lang: str = "en", action: str = "") -> int:
    """A usage error another command finds after parsing (`users role` without --role, `report --since
    soon`), said as _Parser.error says argparse's: the command's usage line, '<prog>: error: <what>' and
    where its help is; exit 2 (README: usage errors carry both)."""
    from .queue.cli_words import say

    subs = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    parser = subs.choices[command]
    error = "error: " if lang == "en" else say(lang, "error:")
    print(f"{parser.format_usage().rstrip()}\n{parser.prog}{' ' + action if action else ''}: {error}{message}\n"
          f"{say(lang, 'see `%(prog)s --help`', prog=parser.prog)}", file=sys.stderr)
    return EXIT_USAGE


def _usage_error_of(command: str, message: str) -> int:
    """A bad configuration (its file and key in `message`) or a missing path, found once the command runs:
    said as every usage error is (README's exit codes: the error, the command's usage line, where its
    help is; exit 2), `queue`'s by the action its words name."""
    lang = _asked_language()
    if command == "queue":
        from .queue.actions_help import action_named

        words = _Parser.argv[_Parser.argv.index("queue") + 1:] if "queue" in _Parser.argv else []
        return _queue_usage(action_named(words), message, lang)
    return _command_usage(command, message, lang)


def _missing_folder(command: str, folder: Path, give_corpora: bool = False) -> int:
    """A --corpora folder that is not there: a path that does not exist in the words every command uses
    for one (sources.NO_SUCH_PATH, as `triage` and `learn` say it), else 'corpora folder not found'."""
    from .sentences import Sentence
    from .sources import NO_SUCH_PATH

    if not folder.exists():
        return _usage_error_of(command, _error_words(SourceError(Sentence(NO_SUCH_PATH, path=str(folder))), prefix=False))
    return _usage_error_of(command, _say("corpora folder not found: %(path)s (give --corpora DIR)" if give_corpora
                                         else "corpora folder not found: %(path)s",
                                         path=for_terminal(str(folder))))


def _asked_language() -> str:
    """The queue's language while argparse still reads the words (a usage error, a --help page): --lang
    among them, else $INQUIRY_TRIAGE_LANG, else the system locale (queue/cli_words.cli_language)."""
    from .queue.cli_words import cli_language

    argv = _Parser.argv
    given = next((argv[i + 1] for i, w in enumerate(argv[:-1]) if w == "--lang"), None)
    given = given or next((w.split("=", 1)[1] for w in argv if w.startswith("--lang=")), None)
    return cli_language(given)


def _short(message: str, lang: str = "en") -> str:
    """argparse's words for a mistyped action, with the nearest action: 'unknown action 'shw' (did you mean show?)'."""
    import difflib

    from .queue.cli_words import say

    prefix = "argument ACTION: invalid choice: "
    if not message.startswith(prefix):
        from .queue.cli_words import usage_error

        return usage_error(lang, message)  # argparse's common errors from the catalogue (invalid choice ...)
    word = message[len(prefix):].split(" (choose from")[0].strip("'")
    near = difflib.get_close_matches(word, QUEUE_ACTIONS, n=1)
    return (say(lang, "unknown action %(word)s", word=repr(word))
            + (say(lang, " (did you mean %(action)s?)", action=near[0]) if near else "")
            + say(lang, "; one of: %(actions)s", actions=", ".join(QUEUE_ACTIONS)))


class _Once(argparse.Action):
    """An option given at most once: a second value would silently replace the first (`--channel phone
    --channel im` listed only chats)."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        if getattr(namespace, self.dest, None) is not None:
            parser.error(f"argument {option_string}: given twice ({getattr(namespace, self.dest)}, {values}): "
                         "one value only")
        setattr(namespace, self.dest, values)


class _QueueHelp(argparse.Action):
    """`queue ACTION --help`: that action's own page (its usage, options and an example); `queue --help`
    (or `queue list --help`): the whole queue's."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # type: ignore[no-untyped-def]
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        action = getattr(namespace, "action", None)
        if action and action != "list":
            sys.stdout.write(_action_help(parser, action))
        else:
            parser.print_help()
        parser.exit()


def _action_help(queue: argparse.ArgumentParser, action: str) -> str:
    """The action's page; its own words (what it is for, examples), its headings and its options' help
    (cli.zh.po) in the queue's language."""
    from .queue.actions_help import ACTIONS, examples_text, what_text
    from .queue.cli_words import say

    words, lang = ACTIONS[action], _asked_language()

    page = argparse.ArgumentParser(prog=f"{QUEUE_PROG} {action}", usage=f"{QUEUE_PROG} {words.usage}",
                                   description=what_text(action, lang), add_help=False,
                                   epilog=examples_text(action, lang) + "\n\n"
                                          + say(lang, "every command also takes --config FILE, --db URL and --lang en|zh; all queue actions: inquiry-triage queue --help"),
                                   formatter_class=_worded(argparse.RawDescriptionHelpFormatter, lang))
    for option in queue._actions:  # the queue's own option objects, so the words are the same
        if set(option.option_strings) & set(words.options):
            page._add_action(option)
    return page.format_help()


TRIAGE_EPILOG = ("exit status: 0 every PATH was read (an item that cannot be triaged is reported and stored as "
                 "failed); 2 a PATH does not exist or has nothing to read (an empty folder, a file of no records: "
                 "the other paths are triaged first) or a usage error; 1 the database failed; 130 interrupted.")
# --channel of `queue` (list) and `queue reply`: the words from the channel table (model.CHANNEL_CHOICES)
CHANNEL_HELP = (f"reply: how the reply went out; list: only inquiries that came by it. Both take {CHANNEL_CHOICES} "
                "(rfq, or platform: a B2B platform's message box). Reply default: the way the buyer came (email for "
                "mail and web forms)")
VERSION_HELP = "print the installed version and exit"


def installed_version() -> str:
    """The version pip installed (the package's metadata), else the source tree's own (run from a checkout
    that is not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("inquiry-triage")
    except PackageNotFoundError:
        from . import __version__

        return __version__


class _Version(argparse.Action):
    """`inquiry-triage --version`: 'inquiry-triage 0.1.0' on stdout, exit 0. The metadata is read only
    when asked (every command builds this parser)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # type: ignore[no-untyped-def]
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        sys.stdout.write(f"inquiry-triage {installed_version()}\n")
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="inquiry-triage", description=(
        "Grade, explain and queue buyers' inquiries and RFQs: free/company/disposable mailbox, the "
        "sender's country and local send hour, scam and spy markers, language; grade A-D from the "
        "channel (phone A, IM/fax B, email C, web message D) moved by buying signals and risk."),
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    # --config and --db work before the command name or after it (`inquiry-triage --config F queue`
    # and `inquiry-triage queue --config F`): the command's copies do not overwrite the first.
    config_help = "configuration TOML merged over the defaults"
    db_help = "database URL (default: $INQUIRY_TRIAGE_DB, else [store] url of the config, else sqlite:///inquiry-triage.db)"
    parser.add_argument("--config", metavar="FILE", help=config_help)
    parser.add_argument("--db", metavar="URL", help=db_help)
    # --lang too, for every command (the same as $INQUIRY_TRIAGE_LANG; cli_language reads it first).
    lang_help = ("this command's words, tables, refusals and --help in this language (default "
                 "$INQUIRY_TRIAGE_LANG, else the system locale's: LANG=zh_CN.UTF-8 is zh; else en); json and csv stay as they are")
    parser.add_argument("--lang", choices=("en", "zh"), help=lang_help)
    parser.add_argument("-V", "--version", action=_Version, help=VERSION_HELP)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS, help=config_help)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("--lang", choices=("en", "zh"), default=argparse.SUPPRESS, help=lang_help)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    triage = sub.add_parser("triage", parents=[common], help="read inquiries from files and grade them",
                            description="Read .eml files, folders of them, Maildirs, mboxes, JSONL records "
                                        "(phone/im/fax/email/message/rfq) and CSV RFQ exports (UTF-8, or GBK/GB18030 as "
                                        "Chinese Excel saves them; separated by commas, semicolons or tabs); grade each, "
                                        "explain why, and queue a reply task.")
    triage.epilog = TRIAGE_EPILOG
    triage.add_argument("paths", nargs="+", metavar="PATH")
    triage.add_argument("--format", choices=("table", "jsonl", "json"), default="table",
                        help="table for people; jsonl for scripts: one JSON object per inquiry and line (JSON "
                             "Lines), streamed; json writes the same lines, not one array as queue --format json "
                             "does (jq reads both; in Python, json.loads each line)")
    triage.add_argument("--offline", action="store_true", help="no DNS lookups: DNS evidence is reported as unknown")
    triage.add_argument("--no-store", action="store_true", help="print only; write nothing to the database")
    triage.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    triage.add_argument("--now", metavar="ISO", help="judge as if it were this time, e.g. 2026-03-09T09:00+08:00 "
                                                     "(deadlines and 'overdue' notes; mail dated more than a day "
                                                     "after it counts from it; default: the clock)")
    triage.add_argument("--jobs", type=int, metavar="N", help="triage in N worker processes (0 = one per CPU; "
                                                             "default [triage] jobs, 1); output order is kept")

    queue = sub.add_parser("queue", parents=[common], help="the graded queue: list, show, claim, reply, note, snooze...",
                           formatter_class=argparse.RawDescriptionHelpFormatter, epilog=QUEUE_EPILOG, add_help=False,
                           description="Without an action: open tasks, best grade first, then nearest deadline. "
                                       "Each action has its own page: inquiry-triage queue ACTION --help.")
    queue.add_argument("-h", "--help", action=_QueueHelp, help="this page; after an action, that action's own page")
    queue.add_argument("action", nargs="?", choices=QUEUE_ACTIONS, metavar="ACTION",
                       help="one of: " + ", ".join(QUEUE_ACTIONS))
    queue.add_argument("task_id", nargs="?", type=_task_ref, metavar="ID",
                       help="a task ID (for `buyer`: the buyer's address, phone or name, or a task ID)")
    queue.add_argument("text", nargs="*", help="note text (for `note`) or an optional reason (for `escalate`)")
    queue.add_argument("--format", choices=("table", "json"), default="table", help=FORMAT_TABLE_HELP)
    queue.add_argument("--user", metavar="NAME", help="who you are (default: $INQUIRY_TRIAGE_USER, else $USER)")
    queue.add_argument("--hide-suspicious", action="store_true", help="leave suspicious inquiries out of the list")
    queue.add_argument("--grade", action="append", choices=list("ABCD"), help="only these grades (repeatable)")
    queue.add_argument("--language", metavar="ISO", help="only inquiries in this language, e.g. es")
    queue.add_argument("--country", metavar="CC", help="only buyers from this country, e.g. DE")
    queue.add_argument("--suspicious", action="store_true", help="only suspicious inquiries")
    queue.add_argument("--assignee", metavar="NAME", help="only tasks assigned to NAME")
    queue.add_argument("--mine", action="store_true", help="only my tasks")
    queue.add_argument("--snoozed", action="store_true", help="list snoozed tasks (with --mine: mine) and when they wake")
    queue.add_argument("--due", metavar="HOURS", type=float, help="only tasks due within HOURS")
    queue.add_argument("--overdue", action="store_true", help="only overdue tasks")
    queue.add_argument("--search", metavar="TEXT", help="only tasks whose subject, text or sender has every word of "
                                                        "TEXT, as a whole word (\"valve\" does not find \"valves\"; "
                                                        "a Chinese word is found anywhere)")
    queue.add_argument("--buyer", metavar="WHO", help="only this buyer's tasks (address, phone or name, or part of it)")
    queue.add_argument("--product", metavar="TEXT", help="only inquiries about this product: part of its product "
                                                         "name, or a whole word or phrase of the subject or text "
                                                         "(\"LED\" does not find \"called\")")
    queue.add_argument("--limit", metavar="N", type=int, help=f"list: N tasks a page (default {LIST_LIMIT}; "
                                                             "with --format json: all unless given)")
    queue.add_argument("--page", metavar="N", type=int, help="list: page N (1 = the first)")
    queue.add_argument("--offset", metavar="N", type=int, help="list: skip the first N tasks (instead of --page)")
    queue.add_argument("--to", metavar="NAME", help="assign: the person to assign to")
    queue.add_argument("--channel", action=_Once, help=CHANNEL_HELP)
    queue.add_argument("--sort", choices=("grade", "deadline", "newest", "oldest"), default="grade",
                       help="list: grade then deadline (default), deadline, or the inquiry's receipt newest/oldest first")
    queue.add_argument("--quote", action="store_true", help="reply: it was a quotation (RFQ follow-ups count from it)")
    queue.add_argument("--until", metavar="TIME", help="snooze: 2d, 4h, tomorrow, \"mon 10:00\", 14:30 or 2026-11-24T09:00 "
                                                        "(seller's clock), or in Chinese: 3天, 2小时, 明天, 后天, 下周一, "
                                                        "明天上午9点; lands in business hours; a past time is refused")
    queue.add_argument("--until-reply", action="store_true", help="snooze: until the buyer writes again")
    queue.add_argument("--as", dest="dismiss_as", choices=("spam", "scam", "spy", "duplicate"),
                       help="dismiss: why (scam is spam: fraud, phishing, junk)")
    queue.add_argument("--review", action="store_true",
                       help="leads: suspicious inquiries waiting for review (release or dismiss them)")
    queue.add_argument("--filed", metavar="FILING", choices=("all", *NOT_AN_INQUIRY),
                       help="leads: stored mail that is not an inquiry (no task), by why it was filed: "
                            + ", ".join(NOT_AN_INQUIRY) + " (list = mailing-list mail, own = our own mail), "
                            "or all of them; first a count of each")

    notify = sub.add_parser("notify", parents=[common], help="create notice tasks, e.g. a price change")
    notify.add_argument("kind", choices=("price-change",))
    notify.add_argument("--product", required=True, help="product name as quoted (matched case-insensitively); one notice a day per buyer and product")
    notify.add_argument("--user", metavar="NAME", help="who you are (a lead or supervisor)")

    report = sub.add_parser("report", parents=[common], help="reports for supervisors: suspicious, sla",
                            description="suspicious: what looks like a scam or a spy inquiry, with the rules that "
                                        "fired. sla: first-response time (median, p90, wall clock and business hours), "
                                        "breaches, backlog and overdue, by grade, agent or week.")
    report.add_argument("kind", choices=("suspicious", "sla"))
    report.add_argument("--user", metavar="NAME", help="who you are (suspicious: a lead or supervisor; html: your language)")
    report.add_argument("--since", metavar="DURATION", help="e.g. 24h, 7d, 2w, all (default: suspicious everything; "
                                                            "sla the last 4 weeks, 'all' for everything); by the time "
                                                            "each inquiry was received")
    report.add_argument("--limit", metavar="N", type=int, help=f"suspicious: N a page (default {LIST_LIMIT} as a "
                                                               "table, all in csv/json/html)")
    report.add_argument("--page", metavar="N", type=int, help="suspicious: page N (1 = the first)")
    report.add_argument("--offset", metavar="N", type=int, help="suspicious: skip the first N (instead of --page)")
    report.add_argument("--state", choices=("waiting", "dismissed", "all"), default="waiting",
                        help="suspicious: waiting for a verdict (default: held for review, open, or closed without "
                             "one), dismissed (those with a lead's verdict: dismissed as spam, spy or duplicate, or released "
                             "as genuine), or all")
    report.add_argument("--all", dest="state", action="store_const", const="all",
                        help="suspicious: those with a lead's verdict too, dismissed or released as genuine (--state all)")
    report.add_argument("--by", choices=("grade", "agent", "week"), default="grade", help="sla: how to group")
    report.add_argument("--format", choices=("table", "csv", "json", "html"), default="table",
                        help="html escapes everything that came from an inquiry")
    report.add_argument("--output", "-o", metavar="FILE",
                        help="write the report to FILE (UTF-8; csv with a BOM, so Excel reads Chinese right); "
                             "stdout redirected to a file (> FILE) gets the BOM too, a pipe never")

    mail = argparse.ArgumentParser(add_help=False)
    mail.add_argument("--mailbox", metavar="NAME", help="only this configured mailbox")
    mail.add_argument("--url", metavar="URL", help="imap://USER@HOST:PORT/FOLDER (imaps:// for TLS) instead of the "
                                                   "configuration; password in INQUIRY_TRIAGE_IMAP_PASSWORD")
    mail.add_argument("--since", metavar="YYYY-MM-DD", type=_date, help="first back-fill: only mail since this day")
    mail.add_argument("--offline", action="store_true", help="no DNS lookups")
    poll = sub.add_parser("poll", parents=[common, mail], help="poll the configured IMAP mailboxes once",
                          description="Fetch new mail (BODY.PEEK: nothing is marked seen), triage it, commit, "
                                      "then flag or move it on the server as configured.")
    poll.add_argument("--once", action="store_true", required=True, help="poll once and exit (the daemon polls on a schedule)")
    poll.add_argument("--format", choices=("table", "json"), default="table", help=FORMAT_TABLE_HELP)
    sub.add_parser("daemon", parents=[common, mail], help="poll mailboxes on a schedule, remind and escalate",
                   description="Runs in the foreground, logs to stderr; SIGTERM/SIGINT stop within seconds (a message "
                               "in hand is left for the next run). One poll job per [mailboxes.NAME] (interval in seconds), a reminder job "
                               "every 5 minutes and daily housekeeping, kept in the database. Each reminder round makes at most "
                               "1,000 holiday greetings and closure notices; a larger backlog drains over the next rounds, "
                               "1,000 a round.")
    tick = sub.add_parser("tick", parents=[common], help="one scheduler round (for cron): snoozes, follow-ups, reminders",
                          description="What the daemon does every [scheduler] interval_minutes, once: wake snoozed "
                                      "tasks, plan follow-ups, remind tasks due within the hour, escalate overdue ones "
                                      "(and send the reminders configured in [notifications]). No mailbox needed. A round makes at "
                                      "most 1,000 holiday greetings and closure notices, the soonest due first; the rest "
                                      "follow in the next rounds.")
    tick.add_argument("--now", metavar="ISO", help="the time to run the round at (default: the clock). The round "
                                                  "really acts as of that time: a future time escalates and "
                                                  "plans follow-ups in the database; try it on a copy")
    tick.add_argument("--format", choices=("table", "json"), default="table", help=FORMAT_TABLE_HELP)
    status = sub.add_parser("status", parents=[common], help="is the daemon healthy? mailboxes, queue, overdue",
                            description="Exit 0 when healthy, 3 when something needs attention: a mailbox not polled "
                                        "for [scheduler] stale_after_intervals of its own interval, or failing; the "
                                        "scheduler (daemon or cron `tick`) without a round for as many of its "
                                        "interval_minutes. 1: the database failed.")
    status.add_argument("--format", choices=("table", "json"), default="table", help=FORMAT_TABLE_HELP)

    evaluate = sub.add_parser("evaluate", parents=[common], help="measure detection and language accuracy on real corpora")
    evaluate.add_argument("--corpora", metavar="DIR", default=None,
                          help="folder with phishing/ fraud419/ ham/ rfq/ langid/ (default: ../shared/corpora)")
    evaluate.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT_TEXT_HELP)
    evaluate.add_argument("--limit", type=int, default=None, metavar="N",
                          help="at most N files per mail set and N lines per language file (quick look)")
    evaluate.add_argument("--genuine", metavar="DIR", default=None,
                          help="a genuine-buyer set with manifest.toml (default: tests/data/genuine when present)")
    evaluate.add_argument("--no-langid", action="store_true", help="skip the language-identification corpus")
    evaluate.add_argument("--no-cross", action="store_true", help="skip the cross-corpus fit-and-score report")
    _add_learning_parsers(sub, common)
    _add_web_parsers(sub, common)
    return parser


USER_ACTIONS = ("add", "passwd", "disable", "enable", "role", "language", "list")


def _add_web_parsers(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    users = sub.add_parser("users", parents=[common], help="web queue users: add, passwd, disable, enable, role, list",
                           description="People who log in to the web queue (`serve`). Passwords are read from a "
                                       "prompt that does not echo, or with --password-stdin from the first line of "
                                       "standard input; only an argon2 hash is stored. passwd and disable end the "
                                       "user's sessions at once.")
    users.add_argument("action", choices=USER_ACTIONS, metavar="ACTION", help="one of: " + ", ".join(USER_ACTIONS))
    users.add_argument("name", nargs="?", metavar="NAME")
    users.add_argument("--role", choices=("agent", "lead", "supervisor"),
                       help="add / role: agent, lead or supervisor (add: default the [team] members role, else agent)")
    users.add_argument("--language", choices=("zh", "en"),
                       help="add / language: the language stored for the user: their web pages and their "
                            "`report --format html` (default zh). Not --lang, which is this command's own output language")
    users.add_argument("--password-stdin", action="store_true", help="read the password from standard input's first line")
    users.add_argument("--format", choices=("table", "json"), default="table", help=FORMAT_TABLE_HELP)
    serve = sub.add_parser("serve", parents=[common], help="the web queue: log in, claim, note, snooze in a browser",
                           description="Serve the web queue (same database, configuration and queue rules as the "
                                       "command line). Add people first with `inquiry-triage users add NAME`.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=_port_number, default=8080, help="port 0-65535 (default 8080; 0: any free port)")
    serve.add_argument("--proxy", action="store_true", help="behind a reverse proxy: believe X-Forwarded-For/-Proto "
                                                            "from [web] trusted_proxies (docs/reverse-proxy.md)")
    serve.add_argument("--forwarded-allow-ips", metavar="IPS", help="with --proxy: the proxies' addresses or networks, "
                                                                   "comma-separated (instead of [web] trusted_proxies)")
    serve.add_argument("--root-path", metavar="PATH", help="the path prefix the proxy serves the app under, e.g. "
                                                          "/inquiries (default [web] root_path)")


def _add_learning_parsers(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    learn = sub.add_parser("learn", parents=[common], help="train the text model on your own mail and the team's verdicts",
                           description="Like sa-learn: train the naive Bayes text model from folders/files of .eml or "
                                       "mbox you label, and (--from-store) from the queue: inquiries dismissed as "
                                       "spam/spy are spam, inquiries marked genuine or replied to are ham. Writes "
                                       "[model] site_file (or --out); triage then uses it instead of the shipped model.")
    learn.add_argument("--spam", action="append", default=[], metavar="PATH", help="spam/scam examples (repeatable)")
    learn.add_argument("--ham", action="append", default=[], metavar="PATH", help="genuine examples (repeatable)")
    learn.add_argument("--from-store", action="store_true", help="also learn from the team's verdicts in the database")
    learn.add_argument("--out", metavar="PATH", help="where to write the model (default: [model] site_file)")
    learn.add_argument("--force", action="store_true",
                       help="write [model] site_file even from fewer than 20 spam or ham examples (a model from a "
                            "handful moves grades)")
    learn.add_argument("--source", choices=("site", "shipped"), default="site", help=argparse.SUPPRESS)
    learn.add_argument("--licence", default="", help="licence of the training data, recorded in the manifest")
    learn.add_argument("--text-only", action="store_true",
                       help="leave out the header features (mailbox kind, Reply-To, attachment types): for corpora "
                            "whose envelopes do not look like your mail")
    learn.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT_TEXT_HELP)

    fit = sub.add_parser("fit", parents=[common], help="fit rule and model points on labelled corpora",
                         description="Triage labelled corpora offline (the shipped path), fit non-negative "
                                     "regularised logistic regression over the rules that fired, cross-validate, "
                                     "rescale so the decision threshold is [grading] suspicious_at.scam, and write "
                                     "a score table (rule name -> points). Prints cross-validated, cross-corpus and "
                                     "simulated-team figures.")
    fit.add_argument("--corpora", metavar="DIR", required=True,
                     help="folder with phishing/ fraud419/ fraud_modern/ (suspicious), ham/ modern_ham/ rfq/ (genuine)")
    fit.add_argument("--genuine", action="append", default=[], metavar="DIR",
                     help="more genuine folders (default: tests/data/genuine when present)")
    fit.add_argument("--out", metavar="FILE", help="write the fitted score table here (default: print only)")
    fit.add_argument("--limit", type=int, default=None, metavar="N", help="at most N items per corpus (quick look)")
    fit.add_argument("--folds", type=int, default=5, metavar="N", help="cross-validation folds (default 5)")
    fit.add_argument("--l2", type=float, default=0.0001, help="L2 regularisation strength")
    fit.add_argument("--max-fp", type=float, default=0.005, help="false-positive rate the threshold may allow on genuine mail")
    fit.add_argument("--uncapped-model", action="store_true",
                     help="let the fit give the shipped text model's bands more than their configured points")
    fit.add_argument("--genuine-weight", type=float, default=1.0,
                     help="class weight of genuine mail in the fit (> 1: a false alarm costs more than a miss)")
    fit.add_argument("--team-sizes", default="25,50,100,200", help="simulated team: numbers of verdicts")
    fit.add_argument("--seed", type=int, default=7, metavar="N", help="random seed of the folds and the simulated team (default 7)")
    fit.add_argument("--cache", metavar="FILE", help="reuse/save the triaged features (JSON) between runs")
    fit.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT_TEXT_HELP)


def cmd_learn(args: argparse.Namespace, config: Config) -> int:
    from .learning.active import site_model_path
    from .learning.bayes import ModelError
    from .learning.learn import MIN_EXAMPLES, gather, train_and_save
    from .lookups.lists import DomainLists

    lists = DomainLists.load(config.get("mailbox.extra_free", []), config.get("mailbox.extra_disposable", []),
                             config.get("mailbox.company_overrides", []))
    sessions = _sessions(args, config) if args.from_store else None
    if not (args.spam or args.ham or sessions):
        print(f"inquiry-triage learn: {_say('nothing to learn from: give --spam PATH / --ham PATH, or --from-store')}",
              file=sys.stderr)
        return EXIT_USAGE
    examples = gather(args.spam, args.ham, sessions=sessions, classify=lists.classify,
                      trusted_relays=config.get("origin.trusted_relays", []),
                      csv_columns=config.get("csv.columns", {}), csv_defaults=config.get("csv.defaults", {}),
                      headers=not args.text_only)
    out = Path(args.out) if args.out else site_model_path(config)
    few = min(len(examples.spam), len(examples.ham))
    if 0 < few < MIN_EXAMPLES:
        warning = _say("warning: only %(spam)s spam and %(ham)s ham examples (fewer than %(min)s of either): a model "
                       "from a handful moves grades; learn from dozens of each",
                       spam=len(examples.spam), ham=len(examples.ham), min=MIN_EXAMPLES)
        print(f"inquiry-triage learn: {warning}", file=sys.stderr)
        if not args.out and not args.force:
            refusal = _say("the site model triage uses (%(path)s) is not written from so few: add more verdicts, "
                           "write elsewhere with --out FILE, or give --force", path=for_terminal(str(out)))
            print(f"inquiry-triage learn: {refusal}", file=sys.stderr)
            return 3
    try:
        summary = train_and_save(examples, out, source=args.source, licence=args.licence)
    except ModelError as exc:
        from .queue.cli_words import error_words

        print(f"inquiry-triage learn: {error_words(_asked_language(), exc)}", file=sys.stderr)
        return 3
    if args.format == "json":
        json.dump(summary.to_json(), sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary.render())
    return EXIT_OK


def cmd_fit(args: argparse.Namespace, config: Config) -> int:
    from .learning.fit import FitOptions, render_report, run_fit

    corpora = Path(args.corpora)
    if not corpora.is_dir():
        return _missing_folder("fit", corpora)
    try:
        sizes = tuple(int(n) for n in args.team_sizes.split(",") if n.strip())
    except ValueError:
        print(f"inquiry-triage fit: {_say('--team-sizes must be numbers like 25,50,100')}", file=sys.stderr)
        return EXIT_USAGE
    options = FitOptions(folds=args.folds, l2=args.l2, max_fp=args.max_fp, genuine_weight=args.genuine_weight,
                         cap_model=not args.uncapped_model,
                         team_sizes=sizes, seed=args.seed,
                         limit=args.limit, genuine=tuple(args.genuine), cache=Path(args.cache) if args.cache else None,
                         out=Path(args.out) if args.out else None)
    report = run_fit(corpora, config, options, progress=sys.stderr if sys.stderr.isatty() else None)
    if "error" in report:
        from .queue.cli_words import error_words

        print(f"inquiry-triage fit: {error_words(_asked_language(), report['error'])}", file=sys.stderr)
        return 3
    if args.format == "json":
        json.dump(report, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_report(report))
    return EXIT_OK


def _command_first(argv: list[str], commands: Iterable[str]) -> list[str]:
    """Options written before the command (`inquiry-triage --format json queue`, `--offline triage x.eml`) moved
    after it: every option belongs to a command, and argparse read the first option's value as the command
    ("invalid choice: 'json'") or refused the option the command takes ("unrecognized arguments: --offline").
    Only when the words before the first command word start with an option; --help and --version stay."""
    if not argv or not argv[0].startswith("-") or argv[0] in ("-h", "--help", "--version"):
        return argv
    known = set(commands)
    at = next((i for i, word in enumerate(argv) if word in known), None)
    if at is None or "--" in argv[:at]:
        return argv
    return [argv[at], *argv[:at], *argv[at + 1:]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    argv = _command_first(list(sys.argv[1:] if argv is None else argv), commands.choices)
    _Parser.argv = argv
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # said by the command's own parser: its usage line, not the top level's
        commands.choices[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        config = load_config(args.config)
        handler = {"triage": cmd_triage, "queue": cmd_queue, "report": cmd_report, "evaluate": cmd_evaluate,
                   "poll": cmd_poll, "daemon": cmd_daemon, "status": cmd_status, "notify": cmd_notify, "tick": cmd_tick,
                   "learn": cmd_learn, "fit": cmd_fit, "users": cmd_users, "serve": cmd_serve}[args.command]
        return handler(args, config)
    except (ConfigError, SourceError) as exc:  # usage errors (README's exit codes); may quote a file name: printed cleaned
        return _usage_error_of(args.command, _error_words(exc, prefix=False))
    except TriageError as exc:
        print(f"inquiry-triage: {_error_words(exc)}", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        print(f"inquiry-triage: {_say('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        # A database failure outside the guarded writes: one line, no statement or parameters
        # (SQLAlchemy's text quotes them, i.e. customer data), no traceback.
        from .store.guard import describe

        print(f"inquiry-triage: {_say('error: the database failed: %(what)s', what=describe(exc))}", file=sys.stderr)
        return EXIT_INTERNAL


def _say(msgid: str, **values: object) -> str:
    """`msgid` in the asked language (--lang, $INQUIRY_TRIAGE_LANG, the locale): the commands without a
    --lang of their own (learn, fit, evaluate, poll, users) and the errors any command ends with."""
    from .queue.cli_words import say

    return say(_asked_language(), msgid, **values)


def _error_words(exc: Exception, prefix: bool = True) -> str:
    """'error: ...' for a configuration, input or store error, cleaned for the terminal; in Chinese the
    prefix, and the message where the catalogue has it (raised as a Sentence or its exact text), else
    the message as raised (it names files, keys and values)."""
    from .queue.cli_words import error_words, say

    lang = _asked_language()
    said = for_terminal(mask_secrets(error_words(lang, exc)))
    return f"{say(lang, 'error:')}{'' if lang != 'en' else ' '}{said}" if prefix else said


def _date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-01") from None


# --- triage ------------------------------------------------------------------------------------

class Progress:
    """A one-line progress display on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, stream: TextIO, enabled: bool, total: int | None = None) -> None:
        self.stream, self.enabled, self.total = stream, enabled and stream.isatty(), total
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._last = 0.0
        self._shown = False  # a progress line is on the screen now

    def tick(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.1):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.started, 1e-6)
        of = f"/{self.total}" if self.total else ""
        self.stream.write(f"\rtriaged {self.done}{of}  failed {self.failed}  {rate:,.0f}/s ")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Wipe the progress line before output goes to the same terminal (the next tick redraws it)."""
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")


def _count_files(paths: Iterable[str]) -> int | None:
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                         and p.suffix.lower() not in NOT_MAIL_SUFFIXES)
        elif path.suffix.lower() in (".eml", ""):
            total += 1
        else:
            return None  # mbox / jsonl / csv: item count unknown without reading them
    return total


def _now_option(text: str | None, command: str) -> datetime | None:
    """--now ISO (with an offset) or the clock; None (after one line on stderr) when unusable."""
    if not text:
        return datetime.now(timezone.utc)
    try:
        now = datetime.fromisoformat(text)
    except ValueError:
        print(f"inquiry-triage {command}: {_say('--now %(value)s is not an ISO date-time', value=repr(text))}",
              file=sys.stderr)
        return None
    if now.tzinfo is None:
        print(f"inquiry-triage {command}: {_say('--now needs an offset, e.g. 2026-03-09T09:00+08:00')}", file=sys.stderr)
        return None
    return now


def cmd_triage(args: argparse.Namespace, config: Config) -> int:
    lang = _asked_language()
    with _warnings_worded(lang, _source_warning_words(lang), "inquiry_triage.sources"):
        return _triage(args, config)


def _triage(args: argparse.Namespace, config: Config) -> int:
    now = _now_option(args.now, "triage")
    if now is None:
        return EXIT_USAGE
    from .parallel import jobs_from, sigterm_as_interrupt, triage_results

    try:
        jobs = jobs_from(getattr(args, "jobs", None), config)
    except ValueError as exc:
        print(f"inquiry-triage triage: --jobs / [triage] {exc}", file=sys.stderr)
        return EXIT_USAGE
    from .sources import item_limit, open_inputs

    paths, missing = _existing_paths(args.paths)
    if not paths:  # nothing to do: a usage error before anything starts, as for one missing path
        raise SourceError(missing[0] if len(missing) == 1 else ("; " if _asked_language() == "en" else "；").join(
            _error_words(SourceError(problem), prefix=False) for problem in missing))
    for problem in missing:  # the others are triaged; these are failed inputs, counted in the summary
        print(f"inquiry-triage triage: {_error_words(SourceError(problem))}{_say(' (failed input: skipped)')}",
              file=sys.stderr)
    empty: list[str] = []  # the paths that gave nothing to triage (an empty folder, a file of no records)
    items = _each_path(paths, lambda path: open_inputs([path], config.get("csv.columns", {}),
                                                       config.get("csv.defaults", {}), max_item_bytes=item_limit(config)),
                       empty)
    first = next(items, None)  # raises SourceError for a bad path before anything is stored
    writer = None
    if not args.no_store:
        from .store import open_store, resolve_url
        from .store.guard import BatchedWrites, batch_limits
        from .store.queue import DEFAULT_RAW_LIMIT, failed_sources, save_result, save_unstorable, supersede_failures

        size, seconds = batch_limits(config)
        _, sessions = open_store(resolve_url(args.db, config))
        raw_limit = int(config.get("limits.stored_raw_bytes", DEFAULT_RAW_LIMIT))
        with sessions() as session:  # what earlier runs failed: a source triaged now supersedes its failure
            earlier_failures = failed_sources(session)
        # Commits in batches (one fsync each); each item is reported only once its batch committed.
        writer = BatchedWrites(sessions, size, seconds)

        def store(result, report) -> None:  # type: ignore[no-untyped-def]
            """Queue the result's write; `report(stored)` runs after the commit (False: already stored)."""
            def unstorable(session, reason: str) -> bool:  # type: ignore[no-untyped-def]
                row, new = save_unstorable(session, result, reason, raw_limit=raw_limit)
                result.error = row.error
                return new

            def work(session) -> bool:  # type: ignore[no-untyped-def]
                row = save_result(session, result, raw_limit=raw_limit)
                if row is not None and earlier_failures:  # in the same transaction as the row that fixes it
                    supersede_failures(session, row, earlier_failures)
                return row is not None

            writer.add(work, unstorable, report, len(result.raw))
    out = sys.stdout
    progress = Progress(sys.stderr, not args.no_progress, _count_files(paths) if sys.stderr.isatty() else None)
    shared_screen = out.isatty()  # output lines and the progress line on one terminal
    table_lang = _asked_language()
    if args.format == "table":
        out.write(_table_head(table_lang) + "\n")
    stats = {"triaged": 0, "failed": 0, "duplicates": 0, "suspicious": 0}

    def reported(result):  # type: ignore[no-untyped-def]
        def report(stored: bool) -> None:
            if not stored:  # already in the queue from an earlier run: counted once, as known
                stats["duplicates"] += 1
            else:
                stats["failed" if result.error else "triaged"] += 1
                stats["suspicious"] += bool(result.verdict and result.verdict.suspicious)
            if shared_screen:
                progress.clear()
            progress.tick(result.error is not None)
            if args.format in ("jsonl", "json"):  # complete, earlier ones too: scripts read every item
                out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
            elif stored:  # the table shows what is new; one line at the end counts the rest
                out.write(_table_line(result, table_lang) + "\n")
        return report

    pending = [first] if first else []
    # While the workers are busy, a batch whose batch_seconds are up is committed (and printed).
    try:
        with sigterm_as_interrupt(), triage_results(_chain(pending, items), config, jobs, offline=args.offline, now=now,
                                                     idle=writer.flush_if_due if writer else None,
                                                     drafts=writer is not None) as results:
            for result in results:  # bad items come back failed, with the reason; never raised
                if writer is None:
                    reported(result)(True)
                else:
                    store(result, reported(result))
            if writer is not None:
                writer.flush()
    except KeyboardInterrupt:
        progress.close()  # the last counts, and a line of its own for "interrupted"
        raise
    progress.close()
    if args.format == "table" and stats["duplicates"]:
        out.write(_say("%(n)s already triaged (use --format jsonl or queue to see them)", n=f"{stats['duplicates']:,}")
                  + "\n")
    for path in empty:  # said after the table: what it reads, as a newcomer pointing at the wrong folder needs
        print(f"inquiry-triage triage: {_nothing_to_read(path)}", file=sys.stderr)
    summary = (_say("%(triaged)s triaged, %(suspicious)s suspicious, %(failed)s failed", triaged=stats["triaged"],
                    suspicious=stats["suspicious"], failed=stats["failed"])
               # the same count as the table's "N already triaged" line: stored by an earlier run, not again
               + (_say(", %(n)s already triaged, not stored again", n=stats["duplicates"]) if writer
                  else _say(" (not stored)"))
               + (_say("; %(n)s input(s) not found (failed)", n=len(missing)) if missing else "")
               + (_say("; %(n)s input(s) with nothing to read", n=len(empty)) if empty else ""))
    print(summary, file=sys.stderr)
    # A missing path, or one with nothing to read, is a usage error (exit 2; TRIAGE_EPILOG), after the rest ran.
    return EXIT_USAGE if missing or empty else EXIT_OK


def _each_path(paths: Sequence[str], read, empty: list[str]) -> Iterator:  # type: ignore[no-untyped-def]
    """The items of every path in turn (`read(path)`), lazily; a path that gave none is added to `empty`."""
    for path in paths:
        given = 0
        for item in read(path):
            given += 1
            yield item
        if not given:
            empty.append(path)


def _nothing_to_read(path: str) -> str:
    """Why a path gave nothing, and what triage reads: a folder may hold none of the kinds it reads."""
    shown = for_terminal(path)
    if Path(path).is_dir():
        return _say("nothing to read in %(path)s: triage reads .eml files, Maildir folders, mbox files, .jsonl records "
                    "and .csv RFQ exports, or a folder of them (hidden files and .pdf, .json, .html ... are skipped)",
                    path=shown)
    return _say("nothing to read in %(path)s: the file holds no message or record", path=shown)


def _existing_paths(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(the paths that exist, a problem line for each that does not): a typo in one of several paths
    does not stop the others from being triaged."""
    from .sentences import sentence_of
    from .sources.files import sniff_kind

    found, missing = [], []
    for path in paths:
        try:
            sniff_kind(Path(path))
        except SourceError as exc:
            missing.append(sentence_of(exc))  # its msgid kept: worded in the asked language where printed
            continue
        found.append(path)
    return found, missing


def _chain(first: list, rest: Iterable) -> Iterable:
    yield from first
    yield from rest


TABLE_HEAD = ("GRADE", "SUSP", "CHANNEL", "LANG", "MAILBOX", "CC", "DUE")
TABLE_WIDTHS = {"en": (5, 5, 7, 4, 10, 2, 16), "zh": (5, 5, 8, 4, 10, 4, 16)}  # terminal columns (a Chinese character: 2)


def _table_head(lang: str = "en") -> str:
    """triage's table heading: 'GRADE SUSP  CHANNEL ...' / '等级  可疑  渠道 ...' (cli.zh.po)."""
    from .queue.cli_words import pad, say

    widths = TABLE_WIDTHS.get(lang, TABLE_WIDTHS["en"])
    return " ".join(pad(say(lang, head), w) for head, w in zip(TABLE_HEAD, widths)) + "  " + say(lang, "FROM / SUBJECT")


def _table_line(result, lang: str = "en") -> str:  # type: ignore[no-untyped-def]
    """One triage table row; in `lang` the channel, mailbox kind, suspicion kinds, filing and a failure's
    reason (cli.zh.po), the buyer's words, addresses, codes and times as they are."""
    from .queue.cli_words import pad, say, word
    from .safe_text import for_terminal as shown  # everything below came from an inquiry or its file name

    w_grade, w_susp, w_channel, w_lang, w_mailbox, w_cc, w_due = TABLE_WIDTHS.get(lang, TABLE_WIDTHS["en"])
    cell = (lambda text, columns: f"{text:{columns}}") if lang == "en" else pad  # English: as it always was
    data = result.to_json()
    channel = shown(data["channel"])[:w_channel]
    if lang != "en":  # 'im WhatsApp' -> '即时通讯 WhatsApp'
        first, _, app = shown(data["channel"]).partition(" ")
        channel = " ".join(part for part in (word(lang, first), app) if part)
    inquiry = result.inquiry
    if result.error:
        return (f"{'-':{w_grade}} {'':{w_susp}} {cell(channel, w_channel)} {'':{w_lang}} {'':{w_mailbox}} {'':{w_cc}} "
                f"{'':{w_due}}  {say(lang, 'FAILED')} {shown(result.source)}{': ' if lang == 'en' else '：'}"
                f"{shown(_reason_words(lang, result.error))}")
    due = (data["reply_due"] or "")[:16].replace("T", " ")
    if (data["filing"] or "inquiry") != "inquiry" and not data["suspicious"]:
        due = (f"({data['filing']})"[:16] if lang == "en"  # filed, no task (a closed RFQ, a list ...): nothing is due
               else f"（{_filing_word(lang, data['filing'])}）")
    susp = ("," if lang == "en" else "、").join(word(lang, kind) for kind in data["suspicion"]) or ""
    from .queue.names import buyer_named  # not views: the table needs no store

    who = shown(word(lang, buyer_named(data["from"] or (inquiry.from_name if inquiry else ""),
                                       inquiry.company if inquiry else "")))  # '(no name)' in the reader's language
    subject = data["subject"]
    if not subject.strip() and inquiry is not None:  # a phone/IM/fax record: its channel, number and first words
        from .queue.names import untitled_subject

        subject = untitled_subject(word(lang, data["channel"]), inquiry.phone or "", inquiry.body or "")
    subject = " ".join(shown(subject).split())[:60]
    country = data["ip_country"] or (result.facts.country if result.facts else "") or "-"  # a record: its declared one
    mailbox = shown(data["mailbox"])[:10] if lang == "en" else word(lang, shown(data["mailbox"]))
    if _no_reply_address(data["reasons"]):
        mailbox = say(lang, "no address")  # not "unknown": there is nothing to answer
    return (f"{cell(data['grade'], w_grade)} {cell(susp, w_susp)} {cell(channel, w_channel)} "
            f"{shown(data['language'])[:4]:{w_lang}} {cell(mailbox, w_mailbox)} {shown(country)[:2]:{w_cc}} "
            f"{cell(due, w_due)}  {who[:40]} | {subject}")


# An email with no address to answer (checks/headers.NoReplyAddressCheck): the table's MAILBOX cell and
# `queue show`'s From line say so beside the evidence line.
NO_REPLY_ADDRESS_WORDS = "(no address to reply to)"


def _no_reply_address(reasons: Iterable[dict]) -> bool:
    return any(reason.get("rule") == "NO_REPLY_ADDRESS" for reason in reasons or ())


def _filing_word(lang: str, filing: str) -> str:
    """A filing ('auto-reply') as a salesperson reads it: its meaning in `lang` ('自动回复、外出通知'),
    queue/names.FILING_WORDS' English through the catalogue; English: the filing word itself."""
    from .queue.cli_words import say
    from .queue.names import FILING_WORDS

    return filing if lang == "en" or filing not in FILING_WORDS else say(lang, FILING_WORDS[filing])


# A failed item's reasons given by the parsers and the pipeline (parsing/, pipeline.py, budget.py), by
# their English shape; the sources' own are sources.SOURCE_REASONS.
PIPELINE_REASONS = ("RecordError: %(reason)s", "ParseError: %(reason)s", "internal error while parsing: %(reason)s",
                    "internal error: %(reason)s", "took too long: %(used)s s (the limit is %(limit)s s per message)",
                    "empty input", "truncated: the input ends inside its headers: the %(header)s line has no line end, "
                    "no blank line follows, no body", "not an email: binary data (%(nul)s NUL, %(control)s control bytes in the first %(n)s)",
                    "a record needs at least a body or a subject", "field %(key)s should be text, got %(type)s",
                    "unknown channel %(channel)s; expected one of %(choices)s",
                    "unknown timezone %(name)s for naive record times",
                    "%(field)s %(value)s is not an ISO 8601 or RFC 2822 time",
                    "%(reason)s: line %(line)s column %(column)s (char %(char)s)")  # json's own (its words: cli.zh.po)


def _reason_words(lang: str, reason: str) -> str:
    """A failed item's or a path's reason (a source's, a parser's or the pipeline's English text) in
    `lang`: its known shapes (sources.SOURCE_REASONS, PIPELINE_REASONS) with their paths, sizes, values and
    the system's own error text as they are (an OS error's own words where the catalogue has them); any
    other reason as stored."""
    if lang == "en" or not reason:
        return reason
    from .queue.cli_words import error_words, say
    from .sources import SOURCE_REASONS, msgid_pattern

    worded = error_words(lang, reason)
    if worded != reason:
        return worded
    for pattern, msgid in (*SOURCE_REASONS, *((msgid_pattern(m), m) for m in PIPELINE_REASONS)):
        found = re.fullmatch(pattern, reason, flags=re.S)
        if found:
            return say(lang, msgid, **{k: _reason_words(lang, v) if k == "reason" else v
                                       for k, v in found.groupdict().items()})
    return reason


@contextmanager
def _warnings_worded(lang: str, words, *loggers: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """While a command runs (triage, tick): the warnings its modules log to the terminal (a CSV without
    the configured columns, a failed reminder email) printed on stderr, as Python's last-resort handler
    prints them, but in `lang`: `words(record)`, a message of unknown shape as logged. English: logging
    as it always was (nothing installed)."""
    import logging

    if lang == "en":
        yield
        return

    class Worded(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            try:
                message = words(record)
            except Exception:  # noqa: BLE001  (a wording problem never hides the warning)
                message = record.getMessage()
            print(for_terminal(message), file=sys.stderr)

    handler, saved = Worded(logging.WARNING), []
    for name in loggers:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate))
        logger.addHandler(handler)
        logger.propagate = False
    try:
        yield
    finally:
        for logger, propagate in saved:
            logger.removeHandler(handler)
            logger.propagate = propagate


def _source_warning_words(lang: str):  # type: ignore[no-untyped-def]
    """A source's logged warning ('PATH: REASON', or a reason that names its path) in `lang`."""
    def words(record) -> str:  # type: ignore[no-untyped-def]
        message = record.getMessage()
        worded = _reason_words(lang, message)
        where, sep, reason = message.partition(": ")
        if worded == message and sep and _reason_words(lang, reason) != reason:
            return f"{where}：{_reason_words(lang, reason)}"
        return worded
    return words


# --- queue -------------------------------------------------------------------------------------

def _sessions(args: argparse.Namespace, config: Config):  # type: ignore[no-untyped-def]
    from .store import open_store, resolve_url

    return open_store(resolve_url(args.db, config))[1]


def _existing_sessions(args: argparse.Namespace, config: Config):  # type: ignore[no-untyped-def]
    """The store for a command that reads it (queue, report, status): a missing SQLite file is an error
    that names it (exit 2), never a new empty database that makes the queue look empty."""
    from .store import resolve_url
    from .store.db import open_existing_store, url_source

    return open_existing_store(resolve_url(args.db, config), url_source(args.db, config))[1]


def _actor(args: argparse.Namespace, config: Config, sessions):  # type: ignore[no-untyped-def]
    """--user, else $INQUIRY_TRIAGE_USER, else the login name; the role from the stored users once
    there are any, else from [team] (queue/users.command_line_actor)."""
    import getpass
    import os

    from .queue.operations import NotAllowed
    from .queue.users import UnknownUser, command_line_actor

    given = getattr(args, "user", None) or os.environ.get("INQUIRY_TRIAGE_USER")
    name = given or getpass.getuser()
    try:
        with sessions() as session:
            return command_line_actor(session, name, config.get("team", {}))
    except NotAllowed as exc:
        from .queue.cli_words import cli_language, refusal, say

        lang = cli_language(getattr(args, "lang", None))
        login = say(lang, " (neither --user nor INQUIRY_TRIAGE_USER was given: the login name)") if (
            isinstance(exc, UnknownUser) and not given) else ""
        print(f"inquiry-triage: {for_terminal(refusal(lang, exc))}{login}", file=sys.stderr)
        raise SystemExit(4) from None


LIST_LIMIT = 50  # tasks a page in `queue` (a screenful people can work through)


def _task_ref(text: str) -> int | str:
    """A task ID, or (for `queue buyer`) an address, phone number or name."""
    return int(text) if text.strip().isdigit() else text


def cmd_queue(args: argparse.Namespace, config: Config) -> int:
    from .queue import operations as ops
    from .queue.views import chat_apps, phones_of, untitled_subjects
    from .store.queue import QueueFilter, queue_page

    sessions = _existing_sessions(args, config)
    action = args.action or "list"
    from .queue.cli_words import cli_language, day_time, refusal, say, usage_error, word

    lang = cli_language(getattr(args, "lang", None))  # the list and the common actions' lines (queue/cli_words.py)
    if action in ("buyer", "history"):
        return _queue_history(sessions, args, config, _actor(args, config, sessions), lang)
    if action == "templates":
        return _queue_templates(config, args.format, lang)
    if isinstance(args.task_id, str):  # a usage error like argparse's: the action's usage line and where help is
        return _queue_usage(action, say(lang, '%(ref)s is not a task ID', ref=repr(args.task_id)), lang)
    if action == "show":
        if args.task_id is None:
            return _queue_usage("show", say(lang, 'which task? give its ID (see `inquiry-triage queue`)'), lang)
        return _queue_show(sessions, args.task_id, args.format, config, _actor(args, config, sessions), lang)
    actor = _actor(args, config, sessions)
    if action not in ("list", "review"):
        if args.task_id is None and action != "claim":
            return _queue_usage(action, say(lang, 'which task? give its ID'), lang)
        missing = _missing_input(action, args)  # what the action cannot go without, said before any lookup
        if missing:
            return _queue_usage(action, _bad_channel(args.channel, lang) if missing == BAD_CHANNEL else
                                say(lang, missing), lang)
        now = datetime.now(timezone.utc)
        text = " ".join(args.text).strip()
        try:
            with sessions.begin() as session:
                if action == "claim":
                    task = ops.claim(session, actor, now, args.task_id)
                    if task is None:
                        print(_nothing_to_claim(sessions, actor, now, config, lang))
                        return EXIT_OK
                    message = say(lang, "claimed task %(task)s (grade %(grade)s) for %(name)s", task=task.id,
                                  grade=task.grade, name=actor.name)
                elif action in ("release", "genuine") and _is_review(session, args.task_id):
                    from .queue.review import lazy_planner
                    from .queue.views import seller_time

                    reply = ops.release_review(session, actor, now, args.task_id, lazy_planner(config, now))
                    message = say(lang, "review task %(task)s: genuine; reply task %(reply)s due %(at)s (counted from arrival), with a draft",
                                  task=args.task_id, reply=reply.id,
                                  at=seller_time(reply.due_at, config))
                elif action == "release":
                    ops.release(session, actor, now, args.task_id)
                    message = say(lang, "released task %(task)s", task=args.task_id)
                elif action == "assign":
                    ops.assign(session, actor, now, args.task_id, args.to)
                    message = say(lang, "assigned task %(task)s to %(name)s", task=args.task_id, name=args.to)
                elif action == "reply":
                    ops.record_reply(session, actor, now, args.task_id, channel=args.channel,
                                     kind="quote" if args.quote else "reply", calendar=_seller_calendar(config))
                    message = say(lang, "recorded the quotation for task %(task)s; task done" if args.quote else
                                  "recorded the reply for task %(task)s; task done", task=args.task_id)
                elif action == "note":
                    ops.add_note(session, actor, now, args.task_id, text)
                    message = say(lang, "note added to task %(task)s", task=args.task_id)
                elif action == "snooze":
                    from .queue.snooze_words import snooze_until
                    from .scheduling.when import PastTime

                    try:  # English or Chinese words (3天, 明天上午9点): the queue layer reads them
                        until = snooze_until(args.until, now, _seller_calendar(config)) if args.until else None
                    except PastTime as exc:
                        print(f"inquiry-triage queue snooze: {refusal(lang, exc)}", file=sys.stderr)
                        return EXIT_USAGE
                    except ValueError as exc:  # words it cannot read: a bad option value, said as argparse's are
                        return _queue_usage("snooze", refusal(lang, exc), lang)
                    snoozed = ops.snooze(session, actor, now, args.task_id, until=until.at if until else None,
                                         until_buyer_writes=args.until_reply)
                    from .store.models import as_utc

                    due = as_utc(snoozed.due_at) if snoozed.due_at else None
                    due = due.astimezone(until.at.tzinfo) if due is not None and until else due  # the snooze's clock
                    message = (say(lang, "snoozed task %(task)s until %(at)s (seller's clock)", task=args.task_id,
                                   at=day_time(lang, until.at)) if until else
                               say(lang, "snoozed task %(task)s until the buyer writes again", task=args.task_id)) + (
                        say(lang, "; %(asked)s is outside business hours: moved to the next opening",
                            asked=day_time(lang, until.asked)) if until and until.moved else "") + (
                        # Snoozing puts the task away, not its deadline: say so when it wakes after it.
                        say(lang, "; it wakes after its reply deadline %(due)s, which is not moved",
                            due=day_time(lang, due)) if until and due is not None and until.at > due else "")
                elif action == "wake":
                    task = ops.wake(session, actor, now, args.task_id)
                    message = (say(lang, "woke task %(task)s: claimed by %(name)s", task=args.task_id, name=task.assignee)
                               if task.assignee else
                               say(lang, "woke task %(task)s: back in the queue (open)", task=args.task_id))
                elif action == "done":
                    ops.done(session, actor, now, args.task_id)
                    message = say(lang, "task %(task)s done", task=args.task_id)
                elif action == "dismiss":
                    args.dismiss_as = "spam" if args.dismiss_as == "scam" else args.dismiss_as  # one reason, two words
                    done_ = ops.dismissal(session, actor, now, args.task_id, args.dismiss_as)
                    message = say(lang, "task %(task)s dismissed as %(kind)s", task=args.task_id,
                                  kind=word(lang, done_.kind)) + (
                        say(lang, REPLY_TASK_DISMISSED) if done_.missed_by_rules else "") + (
                        say(lang, "; this replaces the earlier verdict %(previous)s", previous=word(lang, done_.previous))
                        if done_.previous else "")
                elif action == "genuine":
                    ops.genuine(session, actor, now, args.task_id)
                    message = say(lang, "task %(task)s: inquiry marked genuine (a ham example for `inquiry-triage learn`)",
                                  task=args.task_id)
                elif action == "buyer-timezone":
                    from .queue.buyer_clock import set_buyer_timezone

                    from .queue.cli_words import said
                    from .queue.names import buyer_key_words

                    key, zone = set_buyer_timezone(session, actor, now, args.task_id, text,
                                                   _seller_calendar(config))
                    key = said(lang, buyer_key_words(key))  # 'phone +971 4 555 0199', not 'tel:+97145550199'
                    message = (say(lang, "buyer %(key)s: timezone %(zone)s (this task and later ones)", key=key,
                                   zone=zone) if zone else
                               say(lang, "buyer %(key)s: timezone from the evidence again", key=key))
                else:  # escalate
                    ops.escalate(session, actor, now, args.task_id, text)
                    message = say(lang, "task %(task)s escalated", task=args.task_id)
        except ops.QueueError as exc:
            print(f"inquiry-triage queue {action}: {_refusal_words(exc, lang)}", file=sys.stderr)
            return 4 if isinstance(exc, (ops.NotAllowed, ops.Refused)) else EXIT_USAGE
        except ValueError as exc:  # the snooze words' (a Sentence), worded in the list's language
            print(f"inquiry-triage queue {action}: {refusal(lang, exc)}", file=sys.stderr)
            return EXIT_USAGE
        print(message)
        return EXIT_OK
    if args.filed or args.review or action == "review":
        return _queue_review_or_filed(args, actor, sessions, config, lang)
    channel = ops.inquiry_channel(args.channel) if args.channel is not None else None
    if args.channel is not None and channel is None:  # a filter that matches nothing is a typo
        return _queue_usage(None, _bad_channel(args.channel, lang), lang)
    filters = QueueFilter(grades=tuple(args.grade or ()), language=args.language, country=args.country,
                          suspicious=True if args.suspicious else None,
                          assignee=actor.name if args.mine else args.assignee, due_within_hours=args.due,
                          overdue=args.overdue, search=args.search, buyer=args.buyer, product=args.product,
                          channel=channel, sort=args.sort)
    see_suspicious = actor.may("see_suspicious")
    if args.suspicious and not see_suspicious:
        print("inquiry-triage queue: " + say(lang, "%(name)s (%(role)s) may not see suspicious inquiries", name=actor.name,
                                             role=word(lang, actor.role)), file=sys.stderr)
        return 4
    limit = args.limit if args.limit is not None else (None if args.format == "json" else LIST_LIMIT)
    if args.offset is not None and args.page is not None:
        return _queue_usage(None, say(lang, "give --page or --offset, not both"), lang)
    if args.page is not None and (args.page < 1 or limit is None):
        return _queue_usage(None, say(lang, "--page counts from 1 (and needs --limit with --format json)"), lang)
    offset = args.offset if args.offset is not None else ((args.page - 1) * limit if args.page else 0)
    now = datetime.now(timezone.utc)
    include = see_suspicious and not args.hide_suspicious
    if args.snoozed:
        return _queue_snoozed(sessions, args, config, actor, filters, include, limit, offset, now, lang)
    if args.format == "json" and limit is None:  # every task: streamed, memory flat however long the queue
        from itertools import islice

        from .store.queue import iter_open_tasks

        with sessions() as session:
            _dump_json_list(_entries_json(session, islice(
                iter_open_tasks(session, include_suspicious=include, filters=filters, now=now), offset, None), config))
        return EXIT_OK
    try:
        with sessions() as session:
            page = queue_page(session, include_suspicious=include, filters=filters, now=now, limit=limit, offset=offset)
            phones = phones_of(session, page.entries) if args.format == "json" else {}
            titles = untitled_subjects(session, page.entries) if args.format == "json" else {}
            apps = chat_apps(session, page.entries) if args.format == "json" else {}
    except ValueError as exc:
        print(f"inquiry-triage queue: {exc}", file=sys.stderr)
        return EXIT_USAGE
    entries = page.entries
    if args.format == "json":
        json.dump([_entry_json(e, config, phones.get(e.inquiry_id), titles.get(e.inquiry_id, ""), apps.get(e.inquiry_id, ""))
                   for e in entries],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    if not page.total:
        print(_nothing_to_work(sessions, actor, filters, include, now, config, lang) if not any(
            (args.search, args.buyer, args.product, args.country, args.language, args.grade, args.mine, args.assignee,
             args.due, args.overdue, args.suspicious, args.channel)) else say(lang, "No open task matches.")
              + _snoozed_hint(sessions, actor, filters, now, lang))
        return EXIT_OK
    from .safe_text import for_terminal as shown

    from .queue.cli_words import footer, pad, word
    from .queue.views import (RELEASED_MARK, buyer_named, channel_cells, chat_apps, released_among, seller_time,
                              short_buyer, untitled_subjects)

    def channel_word(channel: str) -> str:  # 'im WhatsApp' -> '即时通讯 WhatsApp' with --lang zh
        first, _, app = channel.partition(" ")
        return " ".join(w for w in (word(lang, first), word(lang, app)) if w)

    with sessions() as session:
        untitled = untitled_subjects(session, entries, channel_word)
        channels, _ = channel_cells(entries, chat_apps(session, entries))  # a chat's app: 'im WhatsApp'
        released = released_among(session, entries)  # flagged, reviewed, released as genuine: "rel"
    channels = {i: channel_word(c) for i, c in channels.items()}
    cw = max([7, *(len(c) if lang == "en" else _columns(c) for c in channels.values())])
    marks = {"ESC": say(lang, "ESC"), "OVERDUE": say(lang, "OVERDUE"), "yes": say(lang, "yes"),
             RELEASED_MARK: say(lang, RELEASED_MARK)}
    mw = max(11, _columns(f"{marks['ESC']} {marks['OVERDUE']}"))  # 'ESC OVERDUE' / '已上报 已逾期'
    print(f"{pad(say(lang, 'ID'), 5, right=True)} {pad(say(lang, 'GRADE'), 5)} {pad(say(lang, 'DUE'), 16)} {'':{mw}} "
          f"{pad(say(lang, 'CHANNEL'), cw)} {pad(say(lang, 'LANG'), 4)} {pad(say(lang, 'SUSP'), 4)}  "
          f"{say(lang, 'FROM / SUBJECT')}")
    for e in entries:
        # ESC: escalated (`queue show ID` says to whom); OVERDUE: past its reply-by time.
        overdue = " ".join(marks[m] for m, on in (("ESC", e.escalated), ("OVERDUE", e.due_at < now)) if on)
        who = f" [{shown(e.assignee)}]" if e.assignee else ""
        kind = "" if e.kind == "reply" else f"({word(lang, e.kind)}) "
        # SUSP: 'yes' suspicious (leads see it); 'rel' flagged at triage, reviewed and released as genuine.
        flag = marks["yes"] if e.suspicious else marks[RELEASED_MARK] if e.inquiry_id in released else ""
        print(f"{e.task_id:>5} {e.grade:5} {seller_time(e.due_at, config):16} {pad(overdue, mw)} "
              f"{pad(shown(channels[e.inquiry_id]), cw)} "
              f"{shown(e.language)[:4]:4} {pad(flag, 4)}  "
              f"{kind}{short_buyer(shown(word(lang, buyer_named(e.sender))))}{who} | "
              f"{' '.join(shown(e.subject or untitled.get(e.inquiry_id, '')).split())[:60]}")
    print(f"\n{footer(lang, len(page.entries), page.total, page.offset, page.more)}{_next_page_hint(page, lang)}"
          f"{_snoozed_hint(sessions, actor, filters, now, lang)}")
    return EXIT_OK


BAD_CHANNEL = "--channel"  # _missing_input's word for a --channel no channel has (said by _bad_channel)


def _bad_channel(given: str, lang: str) -> str:
    """argparse's words for a --channel that names no channel, with the channel table's words (one text
    for the list's filter and the reply)."""
    from .queue.cli_words import usage_error

    return usage_error(lang, f"argument --channel: invalid choice: {given!r} (choose from {CHANNEL_CHOICES})")


def _missing_input(action: str, args: argparse.Namespace) -> str | None:
    """The usage error of a queue action called without what it needs (its usage line names it), or
    with a --channel no channel has (BAD_CHANNEL): the msgid, or None. Said as argparse says a missing argument (_queue_usage: the usage line and the help
    hint, exit 2), before the task is looked up."""
    from .queue.operations import QueueError, reply_channel

    text = " ".join(args.text).strip()
    if action == "assign" and not args.to:
        return "--to NAME is required"
    if action == "dismiss" and not args.dismiss_as:
        return "--as spam|spy|duplicate is required"
    if action == "reply" and args.channel is not None:
        try:
            reply_channel(args.channel)
        except QueueError:
            return BAD_CHANNEL
    if action == "snooze" and not (args.until or "").strip() and not args.until_reply:
        return "--until TIME or --until-reply is required"
    if action == "snooze" and args.until is not None and args.until_reply:  # its usage: one or the other
        return "give --until TIME or --until-reply, not both"
    if action == "note" and not text:
        return "the note's TEXT is required"
    if action == "buyer-timezone" and not text:
        return "ZONE is required: an IANA name such as Europe/Moscow, or auto"
    return None


def _columns(text: str) -> int:
    from .queue.cli_words import width

    return width(text)


def _refusal_words(exc: Exception, lang: str) -> str:
    """The queue layer's refusal (a Sentence of the web's catalogue) in `lang`; English: as raised."""
    if lang == "en":
        return str(exc)
    from .sentences import sentence_of
    from .web.i18n import localize

    return localize(lang, sentence_of(exc))


def _nothing_to_work(sessions, actor, filters, include: bool, now: datetime, config: Config,  # type: ignore[no-untyped-def]
                     lang: str = "en") -> str:
    """The unfiltered list is empty: 'the queue is empty' only when nothing sleeps either; else how
    many are snoozed and when the first wakes (the snoozed list is in wake order)."""
    from .queue.cli_words import say

    snoozed = _first_snoozed(sessions, actor, filters, include, now, config, lang)
    if snoozed is None:
        return say(lang, "The queue is empty: no open reply tasks.")
    n, nxt, _ = snoozed
    return say(lang, "No task to work now; %(n)s snoozed (%(next)s): `queue --snoozed`", n=n, next=nxt)


def _nothing_to_claim(sessions, actor, now: datetime, config: Config, lang: str = "en") -> str:  # type: ignore[no-untyped-def]
    """`queue claim` found no open task: 'the queue is empty' only when nothing sleeps either; else how
    many are snoozed, when the first wakes and how to have it now (`queue wake ID`)."""
    from .queue.cli_words import say
    from .store.queue import QueueFilter

    snoozed = _first_snoozed(sessions, actor, QueueFilter(), actor.may("see_suspicious"), now, config, lang)
    if snoozed is None:
        return say(lang, "Nothing to claim: the queue is empty.")
    n, nxt, task_id = snoozed
    return say(lang, "Nothing to claim now; %(n)s snoozed (%(next)s: task %(task)s): `queue wake %(task)s` to work on it now, `queue --snoozed` lists them",  # noqa: E501
               n=n, next=nxt, task=task_id)


def _first_snoozed(sessions, actor, filters, include: bool, now: datetime, config: Config,  # type: ignore[no-untyped-def]
                   lang: str = "en") -> tuple[str, str, int] | None:
    """(how many are snoozed, '1,000+' past the count cap; when the first wakes, in words; its task ID),
    or None when nothing is snoozed: what an empty list or a claim with nothing open says."""
    from .queue.cli_words import say
    from .queue.views import seller_time, snoozed_list

    with sessions() as session:
        first = snoozed_list(session, actor, filters, now, limit=1, include_suspicious=include)
    if not first.page.total:
        return None
    task_id = first.page.entries[0].task_id
    wake = first.wakes[task_id]
    nxt = (say(lang, "next wakes %(at)s", at=seller_time(wake.at, config)) if wake.at
           else say(lang, "next: when the buyer writes"))
    return f"{first.page.total:,}{'+' if first.page.more else ''}", nxt, task_id


def _snoozed_hint(sessions, actor, filters, now: datetime, lang: str = "en") -> str:  # type: ignore[no-untyped-def]
    """Under one person's list: their snoozed tasks are not in it, so say how many wait (--snoozed)."""
    from .queue.cli_words import say
    from .queue.views import snoozed_count

    if not filters.assignee:
        return ""
    with sessions() as session:
        n, more = snoozed_count(session, actor, filters, now)
    import shlex

    also = "--mine" if filters.assignee == actor.name else f"--assignee {shlex.quote(filters.assignee)}"
    return "\n" + say(lang, "%(n)s snoozed (not shown): `queue --snoozed %(also)s`",
                      n=f"{n:,}{'+' if more else ''}", also=also) if n else ""


def _queue_snoozed(sessions, args: argparse.Namespace, config: Config, actor, filters, include: bool,  # type: ignore[no-untyped-def]
                   limit: int | None, offset: int, now: datetime, lang: str = "en") -> int:
    """`queue --snoozed`: snoozed tasks (the list's filters: --mine, --assignee, --grade ...) and when
    each wakes, paged in SQL like the open list (queue/views.snoozed_list)."""
    from .queue.cli_words import footer, pad, say, word
    from .queue.views import (buyer_named, channel_cells, chat_apps, phones_of, seller_time, short_buyer, snoozed_list,
                              untitled_subjects)
    from .safe_text import for_terminal as shown

    def channel_word(channel: str) -> str:  # 'im WhatsApp' -> '即时通讯 WhatsApp' with --lang zh
        first, _, app = channel.partition(" ")
        return " ".join(w for w in (word(lang, first), word(lang, app)) if w)

    try:
        with sessions() as session:
            listing = snoozed_list(session, actor, filters, now, limit=limit, offset=offset, include_suspicious=include)
            untitled = untitled_subjects(session, listing.page.entries, channel_word if args.format != "json" else None)
            apps = chat_apps(session, listing.page.entries)  # the table's CHANNEL column and the JSON's chat_app
            phones = phones_of(session, listing.page.entries) if args.format == "json" else {}
    except ValueError as exc:
        print(f"inquiry-triage queue --snoozed: {exc}", file=sys.stderr)
        return EXIT_USAGE
    page, wakes = listing.page, listing.wakes
    if args.format == "json":
        _dump_json_list({**_entry_json(e, config, phones.get(e.inquiry_id), untitled.get(e.inquiry_id, ""),
                                       apps.get(e.inquiry_id, "")),
                         "wakes": _iso(wakes[e.task_id].at, config)
                         if wakes[e.task_id].at else None, "wakes_on_buyer_reply": wakes[e.task_id].on_buyer_reply}
                        for e in page.entries)
        return EXIT_OK
    if not page.total:
        print(say(lang, "No snoozed task matches."))
        return EXIT_OK
    channels, width = channel_cells(page.entries, apps)
    channels = {i: channel_word(c) for i, c in channels.items()}
    width = max([width, *(_columns(c) for c in channels.values())])
    print(f"{pad(say(lang, 'ID'), 5, right=True)} {pad(say(lang, 'GRADE'), 5)} {pad(say(lang, 'WAKES'), 26)} "
          f"{pad(say(lang, 'DUE'), 16)} {pad(say(lang, 'CHANNEL'), width)}  {say(lang, 'FROM / SUBJECT')}")
    for e in page.entries:
        wake = wakes[e.task_id]
        woken = seller_time(wake.at, config) if wake.at else say(lang, "when the buyer writes")
        who = f" [{shown(e.assignee)}]" if e.assignee else ""
        print(f"{e.task_id:>5} {e.grade:5} {pad(woken, 26)} {seller_time(e.due_at, config):16} {pad(shown(channels[e.inquiry_id]), width)}  "
              f"{short_buyer(shown(word(lang, buyer_named(e.sender))))}{who} | {' '.join(shown(e.subject or untitled.get(e.inquiry_id, '')).split())[:60]}")
    print(f"\n{footer(lang, len(page.entries), page.total, page.offset, page.more)}{_next_page_hint(page, lang)}")
    return EXIT_OK


def _dump_json_list(items: Iterable[dict]) -> None:
    """`json.dump(list(items), sys.stdout, ensure_ascii=False, indent=1)` and a newline, the same
    text, written one item at a time (a long list is never held in memory)."""
    first = True
    for item in items:
        body = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")
        sys.stdout.write(("[\n " if first else ",\n ") + body)
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


WHO_CHARS = 48  # `queue history`'s sender column at most
NO_BUYER_FOUND = ("no buyer found for %(who)s: no inquiry from that address or phone, nor a sender named so among the "
                  "newest %(rows)s inquiries; give an address, phone number or task ID")


def _queue_history(sessions, args: argparse.Namespace, config: Config, actor, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """`queue buyer WHO` / `queue history ID`: the buyer's inquiries, our replies and notes, in time order
    (the text's own words in `lang`; --format json as it is)."""
    from .queue.cli_words import counted, pad, reply_event, said, say, word
    from .safe_text import for_terminal as shown
    from .queue.names import buyer_key_words
    from .queue.views import buyer_named, note_on_seller_clock, seller_time, short_buyer
    from .store.queue import NAME_SEARCH_ROWS, buyer_history, buyers_named, resolve_buyer

    if args.task_id is None:
        return _queue_usage(args.action, say(lang, 'whose? give an address, phone, name or a task ID'), lang)
    asked = str(args.task_id).strip()
    with sessions() as session:
        key = resolve_buyer(session, args.task_id)
        if not isinstance(args.task_id, int) and (not key or key.startswith("name:")) and "@" not in asked:
            # A name ("Ahmed", "Mr. Rossi"): every buyer whose sender name holds it; one is shown, several listed.
            named = buyers_named(session, asked, include_suspicious=actor.may("see_suspicious"))
            if len(named) > 1:
                return _ambiguous_buyer(args.action, asked, named, config, lang)
            key = named[0].key if named else key
        events = buyer_history(session, key, include_suspicious=actor.may("see_suspicious"))
    if not events:
        print(f"inquiry-triage queue {args.action}: " + say(lang, NO_BUYER_FOUND, who=repr(shown(asked)),
                                                               rows=f"{NAME_SEARCH_ROWS:,}"), file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        json.dump({"buyer": key, "events": [{"at": _iso(e.at, config), "kind": e.kind,
                                             "action": e.action, "inquiry_id": e.inquiry_id, "task_id": e.task_id,
                                             "channel": e.channel, "who": e.who, "text": e.text,
                                             "suspicious": e.suspicious, "inquiry_task_id": e.inquiry_task_id}
                                            for e in events]},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    channels = sorted({e.channel for e in events if e.kind == "inquiry"})
    inquiries, replies, notes = (sum(e.kind == kind for e in events) for kind in ("inquiry", "reply", "note"))
    print(say(lang, "Buyer %(key)s: %(inquiries)s by %(channels)s, %(replies)s, %(notes)s",
              key=shown(said(lang, buyer_key_words(key))),  # 'phone +971 4 555 0199', not 'tel:+97145550199'
              inquiries=counted(lang, inquiries, "inquiry", "inquiries"),
              channels=(", " if lang == "en" else "、").join(word(lang, c) for c in channels),
              replies=counted(lang, replies, "reply", "replies"), notes=counted(lang, notes, "note", "notes"))
          + (say(lang, "  (act with the task ID: `queue show TASK`)") if any(e.inquiry_task_id for e in events) else ""))
    # The whole address where it fits (the domain says who the buyer is): the column is as wide as
    # the longest sender up to WHO_CHARS; beyond, the local part is cut in its middle, never the domain.
    width = min(max([30, *(len(e.who or "") for e in events)]), WHO_CHARS)
    for e in events:
        label = {"inquiry": "INQUIRY", "reply": "REPLY"}.get(e.kind, (e.action or "note").upper())
        label = (label if lang == "en" else say(lang, label) if e.kind in ("inquiry", "reply", "action")
                 else word(lang, e.action or "note"))  # an audited action: CLAIM, RELEASE, ASSIGN, DISMISS
        text = note_on_seller_clock(e.who, e.text, config, e.action) if e.kind == "note" else e.text  # the scheduler's UTC times
        text = said(lang, text) if e.kind in ("note", "action") else text  # a Sentence; a person's note as written
        text = reply_event(lang, e.action, e.channel, text) if e.kind == "reply" else text  # 'reply by email (...)'
        flag = f" {say(lang, 'SUSPICIOUS')}" if e.suspicious else ""
        # "inquiry N" and "task N", never a bare "#N": the two numberings differ and people mix them up.
        # An inquiry's line names its reply (or review) task: the ID every other queue command takes.
        task = e.task_id or (e.inquiry_task_id if e.kind == "inquiry" else None)
        ids = say(lang, "inquiry %(inquiry)s", inquiry=e.inquiry_id) + (
            say(lang, ", task %(task)s", task=task) if task else say(lang, ", no task") if e.kind == "inquiry" else "")
        sender = buyer_named(e.who) if e.kind == "inquiry" else e.who  # a buyer without name or address: said so
        sender = word(lang, sender) if e.kind == "inquiry" else sender  # '(no name)'
        print(f"  {seller_time(e.at, config)}  {pad(label, 8)} {pad(ids, 24)} {pad(shown(word(lang, e.channel))[:7], 7)} "
              f"{short_buyer(shown(sender), width):{width}}{flag}  {' '.join(shown(text).split())[:80]}")
    return EXIT_OK


def _ambiguous_buyer(action: str, asked: str, named, config: Config, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """Several buyers have that name: list them (newest first) so the person can pick one by its key."""
    from .queue.cli_words import say
    from .queue.views import seller_time, short_buyer
    from .safe_text import for_terminal as shown
    from .store.queue import NAME_SEARCH_LISTED

    listed = named[:NAME_SEARCH_LISTED]
    more = say(lang, " (the newest shown; narrow the name)") if len(named) > NAME_SEARCH_LISTED else ""
    print(say(lang, "%(n)s buyers are named %(name)s%(more)s: say which, e.g. `%(example)s`",
              n=f"{len(listed)}{'+' if more else ''}", name=repr(shown(asked)), more=more,
              example=f"inquiry-triage queue {action} {shown(listed[0].key)}"))
    for b in listed:
        last = seller_time(b.last_at, config) if b.last_at else "-"
        many = (f"{b.inquiries:>4} inquir{'y' if b.inquiries == 1 else 'ies'}" if lang == "en"
                else say(lang, "%(n)s inquiries", n=f"{b.inquiries:>4}"))
        print(f"  {short_buyer(shown(b.key), 60):60} {shown(b.name)[:40]:40} {many}" + say(lang, ", last %(at)s", at=last))
    return EXIT_USAGE


def cmd_notify(args: argparse.Namespace, config: Config) -> int:
    from .queue import operations as ops
    from .queue.followups import price_change

    from .queue.cli_words import cli_language, say, word

    lang = cli_language(getattr(args, "lang", None))
    sessions = _sessions(args, config)
    actor = _actor(args, config, sessions)
    if not actor.may("price_change"):
        print("inquiry-triage notify: " + say(lang, "%(name)s (%(role)s) may not send price-change notices",
                                              name=actor.name, role=word(lang, actor.role)), file=sys.stderr)
        return 4
    now = datetime.now(timezone.utc)
    with sessions.begin() as session:
        made = price_change(session, now, args.product, config.get("followups", {}), calendar=_seller_calendar(config))
        for task in made:
            ops.audit(session, actor, "notify", now, task=task, product=args.product)
    print(say(lang, "%(n)s price-change notice task(s) created for buyers quoted %(product)s", n=len(made),
              product=repr(args.product)))
    return EXIT_OK


def _is_review(session, task_id: int) -> bool:  # type: ignore[no-untyped-def]
    from .store.models import TaskRow

    task = session.get(TaskRow, task_id)
    return task is not None and task.kind == "review"


def _list_paging(args: argparse.Namespace, what: str) -> tuple[int | None, int] | None:
    """(limit, offset) from --limit/--page/--offset as the main list reads them (a screenful, all
    with --format json unless --limit); None (and a message) when they do not fit together."""
    limit = args.limit if args.limit is not None else (None if args.format == "json" else LIST_LIMIT)
    if args.offset is not None and args.page is not None:
        print(f"inquiry-triage queue {what}: give --page or --offset, not both", file=sys.stderr)
        return None
    if args.page is not None and (args.page < 1 or limit is None):
        print(f"inquiry-triage queue {what}: --page counts from 1 (and needs --limit with --format json)", file=sys.stderr)
        return None
    return limit, args.offset if args.offset is not None else ((args.page - 1) * limit if args.page and limit else 0)


def _next_page_hint(page, lang: str = "en") -> str:  # type: ignore[no-untyped-def]
    from .queue.cli_words import say

    shown = len(page.items if hasattr(page, "items") else page.entries)
    later = page.offset + shown < page.total or (page.more and shown == page.limit)  # the count may stop at its cap
    return say(lang, "; next: --page %(page)s", page=page.offset // page.limit + 2) if page.limit and later else ""


def _queue_review_or_filed(args: argparse.Namespace, actor, sessions, config: Config, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """Leads' views: review tasks (suspicious inquiries, oldest arrival first), or stored mail that
    is not an inquiry (`--filed`). Both are listings only, paged in SQL as the main list is; the
    queue layer (queue/views.py) reads them."""
    from .queue.views import (buyer_named, channel_cells, chat_apps, filed_list, phones_of, review_list, seller_time, short_buyer,
                              untitled_lines)
    from .queue.cli_words import footer, pad, say, word
    from .safe_text import for_terminal as shown

    if not actor.may("review"):
        print("inquiry-triage queue: " + say(lang, "%(name)s (%(role)s) may not see review tasks or filed mail: ask a lead or supervisor",
                                             name=actor.name, role=word(lang, actor.role)), file=sys.stderr)
        return 4
    what = "--filed" if args.filed else "review"
    paging = _list_paging(args, what)
    if paging is None:
        return EXIT_USAGE
    limit, offset = paging
    try:
        with sessions() as session:
            if args.filed:
                filed = filed_list(session, None if args.filed == "all" else args.filed, limit=limit, offset=offset)
            else:
                review = review_list(session, datetime.now(timezone.utc), limit=limit, offset=offset)
                apps = chat_apps(session, review.page.entries)  # the table's CHANNEL column and the JSON's chat_app
                phones = phones_of(session, review.page.entries) if args.format == "json" else {}
    except ValueError as exc:
        print(f"inquiry-triage queue {what}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.filed:
        items = [{"inquiry_id": r.id, "filing": r.filing, "suspicious": r.suspicious, "from": r.from_addr,
                  "subject": r.subject, "received": _iso(r.received_at or r.triaged_at, config)}
                 for r in filed.items]
        if args.format == "json":
            json.dump({"counts": filed.counts, "total": filed.page.total, "offset": offset, "items": items}, sys.stdout,
                      ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return EXIT_OK
        from .queue.names import FILING_WORDS
        from .queue.names import filing_named as named

        def filing_named(filing: str, count: int | None = None) -> str:  # 'list (mailing-list mail)' / '邮件列表（--filed list）'
            if lang == "en" or filing not in FILING_WORDS:
                return named(filing, count)
            shown_as = _filing_word(lang, filing) + ("" if count is None else f" {count:,}")
            return shown_as if filing == "inquiry" else f"{shown_as}（--filed {filing}）"

        print(say(lang, "Stored mail that is not an inquiry, so has no task: every filing") if args.filed == "all"
              else say(lang, "Stored mail filed as %(filing)s: not an inquiry, so it has no task",
                        filing=named(args.filed) if lang == "en" else _filing_word(lang, args.filed)))
        print(say(lang, "All stored items by filing: %(counts)s",
                  counts=(", " if lang == "en" else "，").join(filing_named(k, v) for k, v in filed.counts.items())))
        kinds = {item["filing"]: _filing_word(lang, item["filing"]) for item in items}  # English: the filing word
        kind_columns = max([10, *map(_columns, kinds.values())])
        for item in items:
            print(f"{pad(say(lang, 'inquiry %(inquiry)s', inquiry=item['inquiry_id']), 15)} "
                  f"{pad(kinds[item['filing']], kind_columns)} "
                  f"{pad(say(lang, 'SUSP') if item['suspicious'] else '', 4)} "
                  f"{shown(item['from'])[:40]} | {' '.join(shown(item['subject']).split())[:60]}")
        if not filed.page.total:
            print(say(lang, "No stored mail is filed as anything but an inquiry.") if args.filed == "all"
                  else say(lang, "No stored mail is filed as %(filing)s.",
                           filing=named(args.filed) if lang == "en" else _filing_word(lang, args.filed)))
            return EXIT_OK
        print(f"\n{footer(lang, len(filed.page.items), filed.page.total, filed.page.offset, filed.page.more)}"
              f"{_next_page_hint(filed.page, lang)}")
        return EXIT_OK
    if args.format == "json":
        titles = untitled_lines(review.page.entries, review.untitled)  # English channel words, as JSON stays
        json.dump([{**_entry_json(r.entry, config, phones.get(r.entry.inquiry_id), titles.get(r.entry.inquiry_id, ""),
                                  apps.get(r.entry.inquiry_id, "")),
                    "arrived": _iso(r.entry.due_at, config), "due": None,
                    "risk": r.risk, "suspicion": r.suspicion} for r in review.rows],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    if not review.page.total:
        print(say(lang, "Nothing to review: no suspicious inquiry is waiting."))
        return EXIT_OK

    def channel_word(channel: str) -> str:  # 'im WhatsApp' -> '即时通讯 WhatsApp' with --lang zh
        first, _, app = channel.partition(" ")
        return " ".join(w for w in (word(lang, first), word(lang, app)) if w)

    channels, width = channel_cells(review.page.entries, apps)
    channels = {i: channel_word(c) for i, c in channels.items()}
    width = max([width, *(_columns(c) for c in channels.values())])
    print(f"{pad(say(lang, 'TASK'), 5, right=True)} {pad(say(lang, 'ARRIVED'), 16)} {pad(say(lang, 'RISK'), 5, right=True)} "
          f"{pad(say(lang, 'WHY'), 14)} {pad(say(lang, 'CHANNEL'), width)}  {say(lang, 'FROM / SUBJECT')}   "
          + say(lang, "(release TASK | dismiss TASK --as spam|spy)"))
    untitled = untitled_lines(review.page.entries, review.untitled, channel_word)  # a record without a subject: channel, caller, words
    for r in review.rows:
        e = r.entry
        why = ",".join(r.suspicion) if lang == "en" else "、".join(word(lang, k) for k in r.suspicion)
        print(f"{e.task_id:>5} {seller_time(e.due_at, config):16} {r.risk or 0:5.2f} {pad(shown(why)[:14], 14)} "
              f"{pad(shown(channels[e.inquiry_id]), width)}  {short_buyer(shown(word(lang, buyer_named(e.sender))))} | "
              f"{' '.join(shown(e.subject or untitled.get(e.inquiry_id, '')).split())[:60]}")
    print(f"\n{footer(lang, len(review.page.entries), review.page.total, review.page.offset, review.page.more)}"
          f"{_next_page_hint(review.page, lang)}")
    return EXIT_OK


def _iso(value: datetime, config: Config) -> str:
    """A stored time in JSON: ISO 8601 on the seller's clock ([seller] timezone), with its offset."""
    from .queue.views import on_seller_zone, seller_zone

    return on_seller_zone(value, seller_zone(config)).isoformat(timespec="minutes")


def _entry_json(e, config: Config, phone: str | None = None, untitled: str = "", chat_app: str = "") -> dict:  # type: ignore[no-untyped-def]
    """A list entry's JSON; `phone`: the buyer's number (queue/views.phones_of), null for a buyer known by
    address or name, as `queue show`'s. A key means what it means in `queue show` and `triage`'s JSONL:
    `from` the address alone ("" when none), `name` the person's name, `subject` the stored one, `country`
    null when unknown;
    `from_shown` and `subject_shown` the words the table's FROM / SUBJECT column shows, in English:
    the buyer, else "(no name)"; the subject, else `untitled` (queue/views.untitled_subjects: a phone or
    chat record's channel, number and first words); `chat_app` the app a chat came by ("WhatsApp", queue/views.chat_apps),
    null when not known or not a chat, as the table's CHANNEL column shows it ("im WhatsApp")."""
    from .queue.names import buyer_named

    return {"id": e.task_id, "inquiry_id": e.inquiry_id, "grade": e.grade, "due": _iso(e.due_at, config),
            "state": e.state, "assignee": e.assignee, "suspicious": e.suspicious, "language": e.language,
            "channel": e.channel, "from": e.from_addr, "name": e.from_name, "subject": e.subject, "kind": e.kind,
            "country": e.country or None,
            "escalated": e.escalated, "phone": phone or None, "chat_app": chat_app or None,
            "from_shown": buyer_named(e.sender), "subject_shown": " ".join((e.subject or "").split()) or untitled}


def _entries_json(session, entries: Iterable, config: Config, chunk: int = 500) -> Iterator[dict]:  # type: ignore[no-untyped-def]
    """Streamed entries' JSON, their phones and untitled subjects read a chunk at a time (memory flat
    however long the queue)."""
    from itertools import islice

    from .queue.views import chat_apps, phones_of, untitled_subjects

    entries = iter(entries)
    while batch := list(islice(entries, chunk)):
        phones, untitled, apps = phones_of(session, batch), untitled_subjects(session, batch), chat_apps(session, batch)
        yield from (_entry_json(e, config, phones.get(e.inquiry_id), untitled.get(e.inquiry_id, ""), apps.get(e.inquiry_id, ""))
                    for e in batch)


CLOCK_FROM, FIRST_WORDS = "Buyer's clock from:", "(none: the buyer's first words)"  # `queue show`'s words
# `queue show`'s "Received:" line: what gave the time of receipt (scheduling/receipt.py).
RECEIVED_WORDS = {
    "received-header": "our mail server's Received: line",
    "imap-internaldate": "the mail server's arrival time, IMAP's INTERNALDATE",
    "record": "the record's own time",
    "rfq-posted": "the RFQ's posted column in the export; an age is counted back from the export time, as precise as "
                  "the platform prints it",
    "mbox-from-line": "the date on the mbox \"From \" line; no Received: line",
    "date-header": "the sender's Date: header; no Received: line",
    "file-mtime": "the file's modification time; no Received: line, no usable Date:",
    "triage-time": "the triage time; nothing in it said when it arrived",
}
REVIEW_NO_DRAFT = ("Review:   no reply draft until it is released: `queue release ID` (genuine: a reply task due from "
                   "arrival, with a draft) or `queue dismiss ID --as spam|spy`")
REPLY_TASK_DISMISSED = (" (a reply task: triage did not flag this inquiry; the verdict is kept for `learn` as one the "
                        "rules missed)")


# The same when a candidate time was passed over as implausible (receipt.Rejected): what gave the time,
# whether the message had no Received: at all, then each rejected time and why.
RECEIVED_BASE = {
    "received-header": "our mail server's Received: line",
    "imap-internaldate": "the mail server's arrival time, IMAP's INTERNALDATE",
    "record": "the record's own time",
    "rfq-posted": "the RFQ's posting time in the export",
    "mbox-from-line": "the date on the mbox \"From \" line",
    "date-header": "the sender's Date: header",
    "file-mtime": "the file's modification time",
    "triage-time": "the triage time",
}
REJECTED_WHAT = {
    "received-header": "the Received: time %(at)s",
    "imap-internaldate": "the IMAP arrival time %(at)s",
    "record": "the record's time %(at)s",
    "rfq-posted": "the RFQ's posting time %(at)s",
    "mbox-from-line": "the mbox \"From \" line's date %(at)s",
    "date-header": "the Date: %(at)s",
    "file-mtime": "the file's modification time %(at)s",
}
REJECTED_WHY = {
    "future": "%(what)s was rejected: it is after the triage",
    "early": "%(what)s was rejected: it is before 1990",
    "old": "%(what)s was rejected: it is more than ten years old",
}
# Our side's times may be up to a day ahead (scheduling/receipt.SKEW): past that they are rejected.
REJECTED_AHEAD = "%(what)s was rejected: it is more than a day after the triage"
NOT_RECORDED = "not recorded (stored before the time of receipt was kept); triaged %(at)s"


def _received_words(lang: str, received_from: str, rejected: object = None, config: Config | None = None) -> str:
    """"  (the sender's Date: header ...)" after `queue show`'s receipt time; "" for a row stored before.
    `rejected`: the stored result's receipt_rejected ([{"from", "at", "why"}])."""
    from .queue.cli_words import say
    from .queue.views import seller_time
    from .scheduling.receipt import EVIDENCE

    if received_from not in RECEIVED_WORDS:
        return ""
    passed = [r for r in rejected if isinstance(r, dict) and r.get("from") in REJECTED_WHAT
              and r.get("why") in REJECTED_WHY] if isinstance(rejected, list) else []
    if not passed:
        words = say(lang, RECEIVED_WORDS[received_from])
    else:
        parts = [say(lang, RECEIVED_BASE[received_from])]
        if (received_from in ("mbox-from-line", "date-header", "file-mtime")
                and not any(r["from"] == "received-header" for r in passed)):
            parts.append(say(lang, "no Received: line"))
        for r in passed:
            try:
                at = seller_time(datetime.fromisoformat(r.get("at") or ""), config) if config else r.get("at")
            except ValueError:
                at = r.get("at") or "?"
            what = say(lang, REJECTED_WHAT[r["from"]], at=at)
            why = REJECTED_AHEAD if r["why"] == "future" and r["from"] in EVIDENCE else REJECTED_WHY[r["why"]]
            parts.append(say(lang, why, what=what))
        words = ("; " if lang == "en" else "；").join(parts)
    return f"  ({words})" if lang == "en" else f"（{words}）"


def _queue_show(sessions, task_id: int, fmt: str, config: Config, actor, lang: str = "en") -> int:  # type: ignore[no-untyped-def]
    """`queue show ID`: the task view (queue/views.py) as text or JSON (never translated); the text's own
    words in `lang` (queue/cli_words.py), the buyer's message and the reply draft as they are."""
    from .queue.operations import NotAllowed
    from .queue.views import INFO, RISK_KINDS, RISK_TAG, TaskNotFound, buyer_named, points_figure, seller_time, task_view
    from .queue.cli_words import clock_words, label, pad, refusal, say, said, word
    from .safe_text import for_terminal as shown

    now = datetime.now(timezone.utc)
    with sessions() as session:
        try:
            view = task_view(session, task_id, config, actor, now)
        except TaskNotFound:
            print(f"inquiry-triage queue show: {say(lang, 'no task with ID %(task)s', task=task_id)}", file=sys.stderr)
            return EXIT_USAGE
        except NotAllowed as exc:
            print(f"inquiry-triage queue show: {refusal(lang, exc)}", file=sys.stderr)
            return 4
        if lang != "en" and fmt != "json":  # the web's clock parts, worded as the task page words them
            from .web.clock import task_clock

            clock = clock_words(lang, task_clock(session, task_id, _seller_calendar(config), now), view.clock,
                                view.due_note)
        else:
            clock = view.clock
    data = dict(view.data)
    if fmt == "json":
        # A review task has no reply draft: the evidence is what a lead reads.
        data.update(task_id=view.task_id, state=view.state, assignee=view.assignee, due_note=view.due_note,
                    clock_note=view.clock, kind=view.kind, body=view.body, draft=None if view.review else view.draft,
                    escalations=view.escalations, origin_words=", ".join(view.origin),
                    buyer_clock_from="; ".join(view.buyer_clock) or None, phone=view.phone or None,
                    chat_app=view.chat_app or None, name=view.from_name,
                    received_at=_iso(view.received_at, config)
                    if view.received_at and view.received_from != "not-recorded" else None,
                    received_from=view.received_from if view.received_from in RECEIVED_WORDS else None,
                    wakes=_iso(view.wake.at, config) if view.wake and view.wake.at else None,
                    wakes_when_buyer_writes=bool(view.wake and view.wake.on_buyer_reply),
                    released={"by": view.released.by, "at": _iso(view.released.at, config) if view.released.at else None}
                    if view.released else None,
                    notes=[{"author": n.author, "action": n.action, "content": n.content,
                            "at": _iso(n.at, config)} for n in view.notes])
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    # Every value below may come from the buyer (or a file name, a note): shown() strips escape
    # sequences, control and bidi characters so nothing can rewrite the terminal.
    en = lang == "en"
    sep, comma = ("; ", ", ") if en else ("；", "，")
    kinds = sep.join(word(lang, k) for k in data.get("suspicion", []))
    kinds = ", ".join(data.get("suspicion", [])) if en else kinds
    # A review task a lead has closed is no longer waiting for review: "REVIEWED ... (released as genuine, lena)",
    # never "REVIEW ... (done)" (read in Chinese as 待审核…（已完成）: waiting and finished at once).
    # Done without a release (closed before `queue done` refused review tasks): no verdict, as report suspicious
    # says, and not REVIEWED either (已审核…（未判定即关闭）: reviewed and not judged at once); the web says the same.
    unjudged = view.review and view.state == "done" and not view.released
    reviewed = view.review and view.state in ("done", "dismissed") and not unjudged
    state = say(lang, "closed without a verdict") if unjudged else \
        say(lang, "released as genuine") if reviewed and view.state == "done" else word(lang, view.state)
    lines = [
        say(lang, "Task %(task)s  grade %(grade)s  ", task=view.task_id, grade=view.grade)
        + (say(lang, "REVIEWED  arrived %(at)s", at=seller_time(view.due_at, config)) if reviewed else
           say(lang, "arrived %(at)s", at=seller_time(view.due_at, config)) if unjudged else
           say(lang, "REVIEW  arrived %(at)s", at=seller_time(view.due_at, config)) if view.review else
           say(lang, "due %(at)s", at=seller_time(view.due_at, config))) + ("  (" if en else "（")
        + (state + (f", {shown(view.assignee)}" if view.assignee else "")
           + (f", {view.wake.text(config)}" if view.wake else "") if en else
           comma.join([state, *([shown(view.assignee)] if view.assignee else []),
                       *([say(lang, "wakes %(at)s", at=seller_time(view.wake.at, config)) if view.wake.at
                          else say(lang, "wakes when the buyer writes")] if view.wake else [])])) + (")" if en else "）"),
        *([f"{label(lang, 'Deadline:')}{shown(clock)}"] if clock else []),
        *([f"{say(lang, CLOCK_FROM)} {shown(sep.join(said(lang, p) for p in view.buyer_clock))}"]
          if view.buyer_clock else []),
        f"{label(lang, 'From:')}{shown(view.from_name)} <{shown(view.from_addr)}>" if view.from_addr
        else f"{label(lang, 'From:')}{shown(word(lang, buyer_named(view.from_name)))}"
        + (f"  {say(lang, NO_REPLY_ADDRESS_WORDS)}" if _no_reply_address(view.reasons) else ""),
        *([f"{label(lang, 'Phone:')}{shown(view.phone)}"] if view.phone else []),
        f"{label(lang, 'Subject:')}{shown(view.subject)}" if view.subject.strip() else
        f"{label(lang, 'Subject:')}{shown(view.title)}  {say(lang, FIRST_WORDS)}"
        if view.title else f"{label(lang, 'Subject:')}{say(lang, '(no subject)')}",
        f"{label(lang, 'Channel:')}{shown(word(lang, view.channel))}" + (f" ({shown(view.chat_app)})" if view.chat_app else "")
        + f"   {say(lang, 'language:')} {shown(data.get('language'))}   {say(lang, 'mailbox:')} "
          f"{shown(word(lang, data.get('mailbox') or '') if not en else data.get('mailbox'))}",
        f"{label(lang, 'Origin:')}{shown(comma.join(said(lang, p) for p in view.origin))}",
        say(lang, "Verdict:  score %(score)s, risk %(risk)s", score=data.get("score"), risk=data.get("risk"))
        + ("" if not data.get("suspicious") else
           say(lang, ", flagged %(kinds)s at triage; ", kinds=kinds) + said(lang, view.released.words(config))
           if view.released else say(lang, ", SUSPICIOUS (%(kinds)s)", kinds=kinds)),
        f"{label(lang, 'Source:')}{shown(view.source)}",
        *([f"{label(lang, 'Received:')}{say(lang, NOT_RECORDED, at=seller_time(view.received_at, config))}"
           if view.received_from == "not-recorded" else
           f"{label(lang, 'Received:')}{seller_time(view.received_at, config)}"
           + _received_words(lang, view.received_from, data.get("receipt_rejected"), config)]
          if view.received_at else []),
        "",
        say(lang, "Evidence:"),
    ]
    from .reports.words import evidence

    for reason in view.reasons:
        figure = points_figure(reason["points"])
        risk = (say(lang, RISK_TAG, kind=word(lang, reason["kind"])) + " "
                if reason.get("kind") in RISK_KINDS and figure != INFO else "")
        lines.append(f"  {pad(figure if en or figure != 'info' else say(lang, 'info'), 6, right=True)}  {shown(reason['rule']):<26} "
                     f"{risk}{shown(evidence(lang, reason['rule'], reason['detail']))}")
    if view.escalations:
        lines[1:1] = [say(lang, "Escalated:")] + [f"  {shown(said(lang, line))}" for line in view.escalations]
    if view.notes:
        lines += ["", say(lang, "Notes:")] + [
            f"  {seller_time(n.at, config)} {shown(n.author)} [{word(lang, n.action)}]: {shown(said(lang, n.content))}"
            for n in view.notes]
    lines += ["", say(lang, "Message:"), _indent(shown(view.body[:3000], multiline=True)), ""]
    if view.review:
        lines += [say(lang, REVIEW_NO_DRAFT)]
    else:
        lines += [say(lang, "Reply draft:"), _indent(shown(view.draft, multiline=True))]
    print("\n".join(lines))
    return EXIT_OK


def _queue_templates(config: Config, fmt: str, lang: str = "en") -> int:
    """Which reply/notice templates are in use per language: the team's folder, else shipped (the
    kinds and the closing line in `lang`; file names and --format json as they are)."""
    from .drafts import draft_settings, list_templates
    from .queue.cli_words import pad, say, word

    rows = list_templates(draft_settings(config).templates_dir)
    if fmt == "json":
        json.dump([{"kind": k, "language": language, "file": f} for k, language, f in rows], sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        for kind, language, file in rows:
            print(f"{pad(word(lang, kind), 7)} {language:<4} {file}")
        print(say(lang, "(a language without its own template gets the English one with a greeting in its language)"))
    return EXIT_OK


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


# --- reports -----------------------------------------------------------------------------------

def cmd_report(args: argparse.Namespace, config: Config) -> int:
    """The report on stdout, or in --output FILE (left out when the report is refused or fails)."""
    if not args.output:
        if args.format == "csv" and _is_utf8_file(sys.stdout):
            sys.stdout.write(UTF8_BOM)  # `> report.csv`: a file someone opens in Excel
        return _report(args, config, sys.stdout)
    target = Path(args.output)
    try:  # csv: newline="" (the csv module writes its own line ends); utf-8-sig writes the BOM
        out = target.open("w", encoding="utf-8-sig" if args.format == "csv" else "utf-8",
                          newline="" if args.format == "csv" else None)
    except OSError as exc:
        print(f"inquiry-triage report: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    code = 1
    try:
        with out:
            code = _report(args, config, out)
    finally:
        if code != EXIT_OK:
            target.unlink(missing_ok=True)
    return code


# Excel (Chinese Windows above all) reads a CSV file without a BOM in the ANSI code page (GBK): mojibake.
UTF8_BOM = "\ufeff"


def _is_utf8_file(stream) -> bool:  # type: ignore[no-untyped-def]
    """stdout is a regular file written as UTF-8 (`> report.csv`); not a terminal or a pipe, where a
    program reads the CSV and a BOM would stick to its first column name."""
    import codecs
    import os
    import stat

    try:
        regular = stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):
        return False  # no file behind it (a test's capture, a StringIO)
    return regular and codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"


SINCE_WORDS = "--since %(text)s: use a number and a unit, e.g. 90m, 24h, 7d, 2w"  # reports.suspicious.parse_duration's


def _report(args: argparse.Namespace, config: Config, out) -> int:  # type: ignore[no-untyped-def]
    from .reports.suspicious import parse_duration

    since = None
    if args.since and args.since != "all":  # "all": every report's whole history
        try:
            since = datetime.now(timezone.utc) - parse_duration(args.since)
        except ValueError:
            from .queue.cli_words import cli_language, say

            lang = cli_language(getattr(args, "lang", None))
            return _command_usage("report", say(lang, SINCE_WORDS, text=repr(args.since)), lang)
    elif args.kind == "sla" and not args.since:  # the default period: the whole history is --since all
        since = datetime.now(timezone.utc) - parse_duration(SLA_SINCE)
    sessions = _existing_sessions(args, config)
    if args.kind == "suspicious":  # leads and supervisors, as on the web (PERMISSIONS["see_suspicious"])
        actor = _actor(args, config, sessions)
        if not actor.may("see_suspicious"):
            from .queue.cli_words import cli_language, say, word

            lang = cli_language(getattr(args, "lang", None))
            print("inquiry-triage report suspicious: " + say(
                lang, "%(name)s (%(role)s) may not see suspicious inquiries: ask a lead or supervisor",
                name=actor.name, role=word(lang, actor.role)), file=sys.stderr)
            return 4
    if args.kind == "sla":
        _actor(args, config, sessions)  # once users are stored, an unknown or disabled name is refused (exit 4)
        from .reports.sla import collect_sla, render_sla
        from .scheduling.deadlines import calendar_from_config

        try:
            calendar = calendar_from_config(dict(config.get("business", {})))
        except ValueError as exc:
            raise ConfigError(f"[business] {exc}") from None
        # A transaction: response times the store lacks (older replies) are kept once computed.
        with sessions.begin() as session:
            data = collect_sla(session, now=datetime.now(timezone.utc), since=since, by=args.by, calendar=calendar)
        from .queue.views import data_on_seller_clock, seller_zone

        from .reports.words import report_language

        out.write(render_sla(data_on_seller_clock(data, seller_zone(config)), args.format,
                             report_language(getattr(args, "lang", None), sessions, args.user) if args.format == "html" else
                             _table_language(args)))
        return EXIT_OK
    return _report_suspicious(args, sessions, since, config, out)


def _table_language(args: argparse.Namespace) -> str:
    """A report's table in the command line's language (--lang, $INQUIRY_TRIAGE_LANG), as `queue`'s;
    csv and json are read by programs and stay English."""
    from .queue.cli_words import cli_language

    return cli_language(getattr(args, "lang", None)) if args.format == "table" else "en"


SLA_SINCE = "4w"  # `report sla` without --since: the last four weeks (--since all: everything)


def _report_suspicious(args: argparse.Namespace, sessions, since: datetime | None,  # type: ignore[no-untyped-def]
                       config: Config | None = None, out=None) -> int:
    """A screenful (LIST_LIMIT) as a table, everything in csv/json/html, unless --limit/--page/--offset:
    counted and paged in SQL, written as it is read."""
    from .reports.suspicious import Paging, count_listing, suspicious_rows, write_suspicious

    limit = args.limit if args.limit is not None else (LIST_LIMIT if args.format == "table" else None)
    if (args.offset is not None and args.page is not None) or (args.page is not None and (args.page < 1 or limit is None)) \
            or (limit is not None and limit < 1) or (args.offset is not None and args.offset < 0):
        print("inquiry-triage report suspicious: give --page N (from 1, with --limit outside the table) or --offset N "
              "(from 0), not both; --limit from 1", file=sys.stderr)
        return EXIT_USAGE
    offset = args.offset if args.offset is not None else ((args.page - 1) * limit if args.page and limit else 0)
    with sessions() as session:
        counted = count_listing(session, since, args.state)  # this state's and the others', one statement
        page = (offset // limit + 2) if limit else 0
        hint = f"; next: --page {page}" if limit else ""
        from .queue.views import seller_zone

        # the times on the seller's clock, with its offset (stored UTC, naive on SQLite)
        zone = seller_zone(config) if config is not None else None
        rows = suspicious_rows(session, since, limit=limit, offset=offset, state=args.state, zone=zone)
        from .reports.words import report_language

        write_suspicious(out or sys.stdout, rows, args.format, Paging.of(counted, offset, limit, hint, state=args.state,
                                                                  clock=str(getattr(zone, "key", "") or "")),
                         report_language(getattr(args, "lang", None), sessions, getattr(args, "user", None))
                         if args.format == "html" else _table_language(args))
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace, config: Config) -> int:
    from .evaluate import default_corpora, render_text, run_evaluation

    corpora = Path(args.corpora) if args.corpora else default_corpora()
    if not corpora.is_dir():
        return _missing_folder("evaluate", corpora, give_corpora=True)
    figures = run_evaluation(corpora, config, limit=args.limit, progress=sys.stderr if sys.stderr.isatty() else None,
                             genuine=Path(args.genuine) if args.genuine else None, langid=not args.no_langid,
                             cross=not args.no_cross)
    if args.format == "json":
        json.dump(figures, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(figures))
    return EXIT_OK



# --- mailboxes: poll, daemon, status -----------------------------------------------------------

def _mail_setup(args: argparse.Namespace, config: Config):  # type: ignore[no-untyped-def]
    from .daemon import mailboxes_from_config
    from .pipeline import build_context
    from .store import open_store, resolve_url

    mailboxes = mailboxes_from_config(config, url=args.url, only=args.mailbox)
    if not mailboxes:
        from .sentences import Sentence

        raise ConfigError(Sentence("no mailboxes: add [mailboxes.NAME] tables to the configuration or give --url"))
    url = resolve_url(args.db, config)
    _, sessions = open_store(url)
    return mailboxes, build_context(config, offline=args.offline), sessions, url


def cmd_poll(args: argparse.Namespace, config: Config) -> int:
    from .daemon import poll_once

    mailboxes, ctx, sessions, _ = _mail_setup(args, config)
    progress = None
    if sys.stderr.isatty():
        def progress(folder: str, done: int, total: int) -> None:
            sys.stderr.write(f"\r{folder}: {done}/{total} ")
            sys.stderr.flush()
    results = poll_once(config, ctx, sessions, mailboxes, since=args.since, progress=progress)
    if progress:
        sys.stderr.write("\n")
    if args.format == "json":
        json.dump(results, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        for r in results:
            if r["ok"]:
                print(_say("%(mailbox)s: %(seen)s new, %(triaged)s triaged, %(failed)s failed, %(duplicates)s already known",
                           **{k: r[k] for k in ("mailbox", "seen", "triaged", "failed", "duplicates")}))
            else:  # the text may come from the server
                from .queue.cli_words import error_words

                print(_say("%(mailbox)s: ERROR %(error)s", mailbox=r["mailbox"],
                           error=for_terminal(error_words(_asked_language(), r["error"]))))
    # A mailbox that could not be polled is reported; exit 3 tells scripts something needs a look.
    return EXIT_OK if all(r["ok"] for r in results) else 3


def cmd_daemon(args: argparse.Namespace, config: Config) -> int:
    import logging

    from .daemon import LogTimes, run_daemon
    from .queue.views import seller_zone

    class CleanFormatter(LogTimes):
        """Log lines carry server replies and buyers' subjects: no escape or bidi characters reach the terminal.
        Their time on the seller's clock with its offset (daemon.log_time)."""

        def format(self, record: logging.LogRecord) -> str:
            return for_terminal(mask_secrets(super().format(record)), multiline=True)

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(CleanFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", seller_zone(config)))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    from .daemon import mailboxes_from_config, scheduler_interval
    from .pipeline import build_context
    from .store import open_store, resolve_url

    # No mailbox is fine: the scheduler (snoozes, follow-ups, reminders) runs for teams that import files.
    mailboxes = mailboxes_from_config(config, url=args.url, only=args.mailbox)
    scheduler_interval(config)  # a bad [scheduler] value fails here, before anything starts
    url = resolve_url(args.db, config)
    _, sessions = open_store(url)
    return run_daemon(config, build_context(config, offline=args.offline), sessions, url, mailboxes, since=args.since)


def cmd_tick(args: argparse.Namespace, config: Config) -> int:
    """One scheduler round, the daemon's own (daemon.scheduler_round), printed."""
    from .daemon import scheduler_round

    now = _now_option(args.now, "tick")
    if now is None:
        return EXIT_USAGE
    import logging

    # The round's own log lines repeat what is printed below; other warnings (a failed send) still show.
    logging.getLogger("inquiry_triage.scheduler").addHandler(logging.NullHandler())
    from .queue.cli_words import cli_language

    lang = cli_language(getattr(args, "lang", None))
    with _warnings_worded(lang, _notify_warning_words(lang), "inquiry_triage.notify"):
        report = scheduler_round(config, _sessions(args, config), now, _seller_calendar(config), by="tick")
    from .queue.views import data_on_seller_clock, seller_time, seller_zone

    if args.format == "json":  # ISO 8601 with the seller's offset, as every queue JSON
        json.dump(data_on_seller_clock(report.to_json(), seller_zone(config)), sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        from .queue.cli_words import round_line

        print("\n".join(_told_words(lang, round_line(lang, line), report)
                        for line in _tick_summary(report, at=f"{seller_time(report.at, config)} (seller's clock)")))
    return EXIT_OK


def _told_words(lang: str, line: str, report) -> str:  # type: ignore[no-untyped-def]
    """A round's worded line (cli_words.round_line) with who was told and what was sent in `lang` too:
    'nobody notified ([notifications] not set up): shown in the queue', 'the team webhook' and the sent
    counts ('email 1, webhook 0, failed 1') from the catalogue; addresses as they are."""
    if lang == "en":
        return line
    from .queue.cli_words import say, word

    for told in sorted({to for _, to in report.escalated}, key=len, reverse=True):
        line = line.replace(told, word(lang, told) if word(lang, told) != told
                            else "、".join(word(lang, part) for part in told.split(", ")))
    line = re.sub(r" \((\d[\d,]*)\)(?=; |$)", r"（\1）", line)  # the escalations each was told of: （6）
    sent = ", ".join(f"{k} {v}" for k, v in report.sent.items())
    if sent and line.endswith(sent):
        line = line[:-len(sent)] + "，".join(f"{say(lang, k)} {v}" for k, v in report.sent.items())
    return line


def _notify_warning_words(lang: str):  # type: ignore[no-untyped-def]
    """notify's logged failure ('reminder email to ADDRESS failed: ERROR', one mapping argument: its msgid
    and values) in `lang`: the error a Sentence of its own, an OS error's words from the catalogue where
    it has them, else as raised."""
    def words(record) -> str:  # type: ignore[no-untyped-def]
        from .queue.cli_words import error_words, say

        if not isinstance(record.args, dict):
            return record.getMessage()

        def shown(value):  # type: ignore[no-untyped-def]
            if isinstance(getattr(value, "reason", None), OSError):  # urllib's URLError: the socket's own error
                value = value.reason
            if isinstance(value, OSError) and value.strerror:
                return say(lang, value.strerror)
            return error_words(lang, value) if isinstance(value, BaseException) else value
        return say(lang, record.msg, **{k: shown(v) for k, v in record.args.items()})
    return words


TICK_DETAIL_LINES = 20  # `tick`'s table: a first round on an old database escalates thousands of tasks


def _tick_summary(report, details: int = TICK_DETAIL_LINES, at: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    """The round's counts per action, who the escalations went to (counted), and at most `details`
    task lines: `--format json` has every task. `at`: the round's time as shown."""
    from collections import Counter

    header, *rest = report.lines(at)
    sent = [line for line in rest if line.startswith("  notifications:")]
    tasks = [line for line in rest if not line.startswith("  notifications:")]
    out = [header]
    if len(report.escalated) > 1:
        told = Counter(to for _, to in report.escalated)
        out.append("  escalated to: " + "; ".join(f"{to} ({n:,})" for to, n in told.most_common()))
    out += tasks[:details]
    if len(tasks) > details:
        out.append(f"  ... and {len(tasks) - details:,} more; --format json for all")
    return out + sent


def _seller_calendar(config: Config):  # type: ignore[no-untyped-def]
    from .scheduling.deadlines import calendar_from_config

    try:
        return calendar_from_config(dict(config.get("business", {})))
    except ValueError as exc:
        raise ConfigError(f"[business] {exc}") from None


# --- web queue --------------------------------------------------------------------------------

def _read_password(args: argparse.Namespace, lang: str = "en") -> str | None:
    """The new password: stdin's first line with --password-stdin, else a prompt typed twice (no echo)."""
    import getpass

    from .queue.cli_words import say

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print(f"inquiry-triage users: {say(lang, 'no terminal to ask the password on: use --password-stdin')}",
              file=sys.stderr)
        return None
    first = getpass.getpass(say(lang, "password for %(name)s: ", name=args.name))
    if getpass.getpass(say(lang, "again: ")) != first:
        print(f"inquiry-triage users: {say(lang, 'the two passwords differ')}", file=sys.stderr)
        return None
    return first


def cmd_users(args: argparse.Namespace, config: Config) -> int:
    """`users ACTION`: its lines and refusals in the command line's language (cli_language: the system
    locale or $INQUIRY_TRIAGE_LANG; `--language` here is the user's stored web language, not this one)."""
    from .queue import users as u
    from .queue.cli_words import cli_language, pad, refusal, say, word

    lang = cli_language(getattr(args, "lang", None))
    now = datetime.now(timezone.utc)
    sessions = _sessions(args, config)

    def role_words(role: str) -> str:  # 'lead' / '组长（lead）': the value as --role takes it
        return role if lang == "en" else f"{word(lang, role)}（{role}）"

    if args.action == "list":
        with sessions() as session:
            rows = [(r.name, r.role, r.language, r.disabled, u.role_from_team(r.name, config.get("team", {})))
                    for r in u.list_users(session)]
        if args.format == "json":
            json.dump([{"name": n, "role": role, "language": lang, "disabled": off, "team_role": team}
                       for n, role, lang, off, team in rows], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return EXIT_OK
        for name, role, language, off, team in rows:
            print((f"{pad(for_terminal(name), 24)} {pad(role_words(role), 10 if lang == 'en' else 18)} {language:<3} "
                   f"{pad(say(lang, 'disabled') if off else say(lang, 'active'), 8)}"
                   + (say(lang, "  ([team] says %(role)s)", role=role_words(team)) if team and team != role else "")
                   ).rstrip())
        if not rows:
            print(say(lang, "No users yet: `inquiry-triage users add NAME --role agent|lead|supervisor`."))
        return EXIT_OK
    if not args.name:
        return _command_usage("users", say(lang, 'whose? give a NAME'), lang, args.action)
    try:
        if args.action in ("add", "passwd"):
            u.check_name(args.name)
            password = _read_password(args, lang)
            if password is None:
                return EXIT_USAGE
        with sessions.begin() as session:
            if args.action == "add":
                role = args.role or u.role_from_team(args.name, config.get("team", {})) or "agent"
                user = u.add_user(session, args.name, role, password, now, language=args.language or "zh")
                message = say(lang, "user %(name)s added (%(role)s, interface %(interface)s)", name=user.name,
                              role=role_words(user.role), interface=user.language)
            elif args.action == "passwd":
                ended = u.set_password(session, args.name, password, now)
                message = say(lang, "password of %(name)s changed; %(n)s session(s) ended", name=args.name, n=ended)
            elif args.action == "disable":
                ended = u.disable_user(session, args.name, now)
                message = say(lang, "user %(name)s disabled; %(n)s session(s) ended", name=args.name, n=ended)
                held = u.held_tasks_words(args.name, u.held_tasks(session, args.name), lang)  # disabled all the same: exit 0
                message += f"\n{held}" if held else ""
            elif args.action == "enable":
                u.enable_user(session, args.name, now)
                message = say(lang, "user %(name)s enabled", name=args.name)
            elif args.action == "role":
                if not args.role:
                    return _command_usage("users", say(lang, '--role agent|lead|supervisor is required'), lang, "role")
                u.set_role(session, args.name, args.role, now)
                message = say(lang, "user %(name)s is now %(role)s", name=args.name, role=role_words(args.role))
            else:  # language
                if not args.language:
                    return _command_usage("users", say(lang, '--language zh|en is required'), lang, "language")
                u.set_language(session, args.name, args.language, now)
                message = say(lang, "user %(name)s: interface %(interface)s", name=args.name, interface=args.language)
    except u.UserError as exc:
        print(f"inquiry-triage users {args.action}: {for_terminal(refusal(lang, exc))}", file=sys.stderr)
        return EXIT_USAGE
    print(for_terminal(message, multiline=True))  # disable: the held tasks on lines of their own
    return EXIT_OK


def _port_number(text: str) -> int:
    """`serve --port`: a TCP port, 0-65535 (a usage error otherwise, not the socket's OverflowError)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number 0-65535 (0: any free port), got {text!r}")
    return port


def cmd_serve(args: argparse.Namespace, config: Config) -> int:
    from .store import resolve_url
    from .web.server import serve

    return serve(config, resolve_url(args.db, config), host=args.host, port=args.port, proxy=args.proxy,
                 forwarded_allow_ips=args.forwarded_allow_ips, root_path=args.root_path)


EXIT_NEEDS_ATTENTION = 3  # `status`: something needs a look (as `poll --once` uses 3 for a failed mailbox)


def cmd_status(args: argparse.Namespace, config: Config) -> int:
    """Exit 0 healthy, 3 needs attention (a mailbox or the scheduler stale or failing), 1 the database failed."""
    from .reports.status import collect_status, expectations_from_config, render_status

    from .queue.views import data_on_seller_clock, seller_zone

    sessions = _existing_sessions(args, config)
    with sessions() as session:
        data = collect_status(session, datetime.now(timezone.utc), expectations_from_config(config))
    data = data_on_seller_clock(data, seller_zone(config))  # times on the seller's clock, with their offset
    if args.format == "json":
        json.dump(data, sys.stdout, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        from .queue.cli_words import cli_language

        sys.stdout.write(render_status(data, cli_language(getattr(args, "lang", None))))
    return EXIT_OK if data["healthy"] else EXIT_NEEDS_ATTENTION


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
