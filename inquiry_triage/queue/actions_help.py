"""What each `queue ACTION` is called with, says and is for: its own --help page and the one usage
line a usage error prints (the queue has one option list for all its actions; a newcomer got all of
it for every mistake and the same page for every `queue ACTION --help`). Pure data, no store. With
`--lang zh` / INQUIRY_TRIAGE_LANG=zh the page's own words (what the action is for, its examples, the
usage error's hint) come from locale/cli.zh.po, keyed by the English here; the options' help is
argparse's option list and stays English."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import CHANNELS  # the channel table: the reply's usage names every channel it takes

PROG = "inquiry-triage queue"


@dataclass(frozen=True)
class ActionHelp:
    usage: str  # after PROG
    what: str
    options: tuple[str, ...]  # the queue's options this action reads (their help is the option list's own;
    # every action's has --lang: its lines, refusals and page are worded in that language)
    examples: tuple[tuple[str, str], ...]  # (command after PROG, what it does)


_LIST_OPTIONS = ("--format", "--mine", "--assignee", "--grade", "--language", "--country", "--channel", "--suspicious",
                 "--hide-suspicious", "--due", "--overdue", "--search", "--buyer", "--product", "--sort", "--limit",
                 "--page", "--offset", "--snoozed", "--review", "--filed", "--user", "--lang")

ACTIONS: dict[str, ActionHelp] = {
    "list": ActionHelp("[list] [--mine] [--grade A] [--search TEXT] [--sort ...] [--limit N --page N] [--format json]",
                       "Open tasks, best grade first, then the nearest deadline (the same as `queue` alone).",
                       _LIST_OPTIONS,
                       (("--mine", "my tasks"), ("--search valves --country DE", "also --buyer, --product, --grade"),
                        ("--snoozed --mine", "my snoozed tasks and when each wakes"))),
    "show": ActionHelp("show TASK [--format json]",
                       "One task: the inquiry, its evidence, the deadline on both clocks, a reply draft.",
                       ("--format", "--user", "--lang"), (("show 12", "task 12 (a task ID, as the list's first column)"),)),
    "claim": ActionHelp("claim [TASK]",
                        "Take a task: the top open one, or TASK (two people never get the same one).",
                        ("--user", "--lang"), (("claim", "the top open task"), ("claim 12", "task 12"))),
    "release": ActionHelp("release TASK",
                          "Give a claimed task back to the queue; a review task: the inquiry is a real buyer "
                          "(a reply task due from arrival, with a draft).",
                          ("--user", "--lang"), (("release 12", "back to the queue (or: a review task released)"),)),
    "assign": ActionHelp("assign TASK --to NAME", "Leads: give a task to someone.",
                         ("--to", "--user", "--lang"), (("assign 12 --to alice", "task 12 is alice's"),)),
    "reply": ActionHelp(f"reply TASK [--channel {'|'.join(CHANNELS)}] [--quote]",
                        "The reply went out: closes the task and plans the follow-ups.",
                        ("--channel", "--quote", "--user", "--lang"),
                        (("reply 12 --channel email", "replied by mail"), ("reply 12 --quote", "it was a quotation"))),
    "note": ActionHelp("note TASK TEXT...", "Add a note to the task (what the buyer said on the phone, ...).",
                       ("--user", "--lang"), (('note 12 "Buyer wants 2 colours, asked for CIF Valencia"', "a note"),)),
    "snooze": ActionHelp("snooze TASK (--until TIME | --until-reply)",
                         "Park a task until a time (it lands in business hours) or until the buyer writes again.",
                         ("--until", "--until-reply", "--user", "--lang"),
                         (("snooze 12 --until 2d", "or tomorrow, \"mon 10:00\", 14:30, 明天上午9点"),
                          ("snooze 12 --until-reply", "until the buyer writes again"))),
    "wake": ActionHelp("wake TASK", "A snoozed task back to work before its time (mine again if it was mine).",
                       ("--user", "--lang"), (("wake 12", "task 12 back in the list"),)),
    "done": ActionHelp("done TASK", "Close a task without recording a reply.", ("--user", "--lang"),
                       (("done 12", "task 12 closed"),)),
    "dismiss": ActionHelp("dismiss TASK --as spam|scam|spy|duplicate",
                          "Leads: the inquiry is fraud, a competitor or a duplicate: closed, and kept for `learn`.",
                          ("--as", "--user", "--lang"), (("dismiss 12 --as spam", "fraud, phishing or junk (scam = spam)"),)),
    "escalate": ActionHelp("escalate TASK [REASON...]", "Ask a lead for help with a task (the reason is optional; it is kept as a note).", ("--user", "--lang"),
                           (('escalate 12 "needs the factory\'s price"', "marked ESC for the leads, the reason noted"),
                            ("escalate 12", "marked ESC, no note"))),
    "genuine": ActionHelp("genuine TASK", "Leads: a flagged inquiry is a real buyer (a ham example for `learn`).",
                          ("--user", "--lang"), (("genuine 12", "the same as `release 12` for a review task"),)),
    "buyer": ActionHelp("buyer WHO [--format json]",
                        "One buyer's inquiries, replies and notes across channels; each line names its task.",
                        ("--format", "--user", "--lang"),
                        (("buyer ivan@mail.ru", "by address (or phone number)"),
                         ('buyer "Mr. Rossi"', "by the sender's name (several of that name are listed)"))),
    "history": ActionHelp("history TASK [--format json]", "The history of this task's buyer (as `buyer`).",
                          ("--format", "--user", "--lang"), (("history 12", "task 12's buyer"),)),
    "review": ActionHelp("review [--limit N --page N] [--format json]",
                         "Leads: suspicious inquiries waiting for a verdict (release or dismiss them).",
                         ("--format", "--limit", "--page", "--offset", "--user", "--lang"),
                         (("review", "oldest arrival first"),)),
    "templates": ActionHelp("templates [--format json]", "The reply templates in use, per language.",
                            ("--format", "--lang"), (("templates", "the team's folder, else the shipped ones"),)),
    "buyer-timezone": ActionHelp("buyer-timezone TASK ZONE|auto",
                                 "Set this buyer's clock for all their tasks ('auto': from the evidence again).",
                                 ("--user", "--lang"), (("buyer-timezone 12 Asia/Novosibirsk", "the buyer's clock"),)),
}


def usage_line(action: str | None, language: str = "en") -> str:
    """The one usage line of `action` (None: the list)."""
    from .cli_words import say

    return say(language, "usage: %(usage)s", usage=f"{PROG} {ACTIONS[action or 'list'].usage}")


def help_hint(action: str | None, language: str = "en") -> str:
    from .cli_words import say

    return say(language, "see `%(command)s --help` (with examples)", command=f"{PROG}{' ' + action if action else ''}")


def what_text(action: str, language: str = "en") -> str:
    """What `action` is for, in `language` (locale/cli.zh.po; the msgid is ACTIONS' English)."""
    from .cli_words import say

    return say(language, ACTIONS[action].what)


def examples_text(action: str, language: str = "en") -> str:
    from .cli_words import pad, say

    rows = [(f"{PROG} {command}", say(language, what)) for command, what in ACTIONS[action].examples]
    width = max(len(command) for command, _ in rows)
    return say(language, "examples:") + "\n" + "\n".join(f"  {pad(command, width)}   {what}" for command, what in rows)


def action_named(argv: list[str]) -> str | None:
    """The queue action in a command line's words after `queue` (the first word that names one)."""
    for word in argv:
        if word in ACTIONS:
            return word
    return None
