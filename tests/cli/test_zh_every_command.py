"""Every command in Chinese (LANG=zh_CN.UTF-8, INQUIRY_TRIAGE_LANG=zh), not only the sales commands:
each command's --help (poll, daemon, evaluate, learn and fit had English descriptions and option help),
argparse's own words (headings with a full-width colon, 选项：; its usage errors on every command, not
only the queue's), `users` (its lines, its list, its refusals, the prompts), the refusals of learn, fit,
evaluate and poll and the errors any command ends with. A new option, command or message left without
a Chinese entry fails here. English stays as it was (the English tests assert it byte for byte)."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from inquiry_triage.cli import build_parser, main
from inquiry_triage.queue import cli_words
from inquiry_triage.queue.cli_words import _table, usage_error, width
from tests.cli.test_assign_and_closed_refusals import a_reply_task, db, store_users, triaged  # noqa: F401
from tests.cli.test_queue_usage_and_help import _usage_error
from tests.cli_kit import usage_error_line

ROOT = Path(__file__).resolve().parents[2] / "inquiry_triage"
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _commands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


COMMANDS = tuple(_commands())


def untranslated(parser: argparse.ArgumentParser, zh: dict[str, str]) -> list[str]:
    """What a parser's --help would still say in English: its description, epilog, and every option's
    help (an option with no help shows only its name, as in English)."""
    texts = [parser.description, parser.epilog]
    texts += [a.help for a in parser._actions if a.help and a.help != argparse.SUPPRESS]
    return [t for t in texts if t and not HAN.search(zh.get(t, ""))]


def test_every_command_and_option_has_chinese_help():
    zh = _table("zh")
    assert len(COMMANDS) >= 13 and {"poll", "daemon", "evaluate", "learn", "fit", "users"} <= set(COMMANDS)
    missing = {name: untranslated(parser, zh) for name, parser in _commands().items()}
    assert {name: texts for name, texts in missing.items() if texts} == {}
    assert untranslated(build_parser(), zh) == []


def test_a_new_option_without_an_entry_is_caught():
    """The check above can fail: an option added with help nobody translated is listed."""
    parser = _commands()["fit"]
    parser.add_argument("--frobnicate", action="store_true", help="frobnicate the widgets before fitting")
    assert untranslated(parser, _table("zh")) == ["frobnicate the widgets before fitting"]


def _help(capsys, monkeypatch, lang: str, *argv: str) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    if lang == "zh":
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")  # the locale alone, as a Chinese desktop has it
    else:
        monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "en")
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", ("",) + COMMANDS)
def test_every_help_page_in_chinese(capsys, monkeypatch, command):
    argv = (command,) if command else ()
    zh = _help(capsys, monkeypatch, "zh", *argv)
    english = _help(capsys, monkeypatch, "en", *argv)
    assert "\noptions:\n" in english and "选项" not in english
    # argparse's headings in Chinese with a full-width colon, none with an ASCII one
    assert "\n选项：\n" in zh and "options" not in zh and "用法：" in zh and "usage:" not in zh, zh
    assert ("位置参数：" in zh) == ("positional arguments:" in english)
    assert not re.search(r"(?m)^\s*\S*[\u4e00-\u9fff]:$", zh), zh
    # the same options, each option's own English help gone
    assert re.findall(r"--[a-z-]+", zh.split("选项：")[1]) == re.findall(r"--[a-z-]+", english.split("options:")[1])
    folded = " ".join(zh.split())
    parser = _commands()[command] if command else build_parser()
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            first = " ".join(action.help.split()[:4])  # its first words, as the English page wraps them
            assert first not in folded or first in " ".join(_table("zh")[action.help].split()), (first, zh)
    # its prose fits an 80-column terminal (a Chinese character takes two); the examples after it
    # are no wider than English's
    lines = zh.splitlines()
    end = next((i for i, line in enumerate(lines) if line in ("示例：", "业务员的一天：")), len(lines))
    prose = [line for line in lines[:end] if HAN.search(line) and not line.startswith("用法：")]
    assert [line for line in prose if width(line) > 80] == [], zh
    assert max(map(width, lines)) <= max(max(map(width, english.splitlines())), 80)


def _fails(capsys, monkeypatch, lang: str, *argv: str) -> str:
    if lang == "zh":
        monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    return _usage_error(capsys, *argv)  # exit 2, nothing on stdout, the error text


USAGE_MISTAKES = [
    (("fit",), "the following arguments are required: --corpora", "缺少必需的参数：--corpora"),
    (("fit", "--corpora", "x", "--l2", "z"), "argument --l2: invalid float value: 'z'", "参数 --l2 需要数字"),
    (("fit", "--corpora", "x", "--folds", "z"), "argument --folds: invalid int value: 'z'", "参数 --folds 需要整数"),
    (("evaluate", "--format", "xml"), "argument --format: invalid choice: 'xml' (choose from 'text', 'json')",
     "参数 --format 的值 'xml' 无效（可选：'text', 'json'）"),
    (("users", "frob"), "argument ACTION: invalid choice: 'frob'", "参数 ACTION 的值 'frob' 无效"),
    (("users",), "the following arguments are required: ACTION", "缺少必需的参数：ACTION"),
    (("poll",), "the following arguments are required: --once", "缺少必需的参数：--once"),
    (("poll", "--once", "--since", "2020"), "argument --since: '2020' is not a date like 2026-11-01",
     "参数 --since：'2020' 不是日期"),
    (("serve", "--port", "99999"), "argument --port: expected a port number 0-65535 (0: any free port), got '99999'",
     "参数 --port 需要 0-65535 的端口号"),
    (("learn", "--bogus"), "unrecognized arguments: --bogus", "无法识别的参数：--bogus"),
    (("learn", "--spam"), "argument --spam: expected one argument", "参数 --spam 后面需要一个值"),
    (("triage",), "the following arguments are required: PATH", "缺少必需的参数：PATH"),
    (("frob",), "argument command: invalid choice: 'frob'", "参数 command 的值 'frob' 无效"),
]


@pytest.mark.parametrize("argv,english,chinese", USAGE_MISTAKES)
def test_argparse_errors_of_every_command_in_chinese(capsys, monkeypatch, argv, english, chinese):
    said = _fails(capsys, monkeypatch, "en", *argv)
    prog = " ".join(["inquiry-triage", *argv[:1]]) if argv[0] != "frob" else "inquiry-triage"
    assert said.startswith("usage: ") and f"\n{prog}: error: {english}" in said, said
    assert said.endswith(f"\nsee `{prog} --help`\n"), said
    said = _fails(capsys, monkeypatch, "zh", *argv)
    assert said.startswith("用法：") and f"\n{prog}: 错误：{chinese}" in said, said
    assert said.endswith(f"\n详见 `{prog} --help`\n"), said
    assert not re.search(r"\b(usage|error|argument|invalid|expected|required|unrecognized|choose|see)\b", said), said


def test_the_usage_error_words_keep_what_was_typed():
    assert usage_error("zh", "ambiguous option: --gen could match --genuine, --genuine-weight") == \
        "选项 --gen 不明确，可能是：--genuine, --genuine-weight"
    assert usage_error("zh", "argument --x: invalid _task_ref value: 'q'") == "参数 --x 的值 'q' 无效"
    assert usage_error("zh", "one of the arguments --a --b is required") == "需要以下参数之一：--a --b"
    assert usage_error("zh", "something argparse never said") == "something argparse never said"
    assert usage_error("en", "argument --l2: invalid float value: 'z'") == "argument --l2: invalid float value: 'z'"


def _users(capsys, monkeypatch, db: str, *argv: str, password: str | None = None) -> tuple[int, str, str]:  # noqa: F811
    if password is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        argv = (*argv, "--password-stdin")
    capsys.readouterr()
    code = main(["users", *argv, "--db", db])
    out, err = capsys.readouterr()
    return code, out, err


def _no_english(text: str) -> None:
    """No English word of the command's own: what is left is names, option names, values and commands."""
    left = re.sub(r"`[^`]*`|inquiry-triage( \S+)*|--[a-z-]+( [A-Z|a-z]+)?|'[^']*'|\b(agent|lead|supervisor|zh|en|"
                  r"alice|carol|lena|TASK|NAME|users|queue|release)\b|\[team\]", " ", text)
    assert not re.search(r"[A-Za-z]{3,}", left), (left, text)


def test_users_says_what_it_did_in_chinese(capsys, monkeypatch, db):  # noqa: F811
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out, err = _users(capsys, monkeypatch, db, "list")
    assert code == 0 and out == "还没有用户：`inquiry-triage users add NAME --role agent|lead|supervisor`\n", out
    said = [_users(capsys, monkeypatch, db, "add", "alice", password="correct horse battery"),
            _users(capsys, monkeypatch, db, "add", "lena", "--role", "lead", "--language", "en",
                   password="correct horse battery"),
            _users(capsys, monkeypatch, db, "passwd", "alice", password="another long one"),
            _users(capsys, monkeypatch, db, "role", "alice", "--role", "supervisor"),
            _users(capsys, monkeypatch, db, "language", "alice", "--language", "en"),
            _users(capsys, monkeypatch, db, "disable", "alice"),
            _users(capsys, monkeypatch, db, "enable", "alice")]
    assert [(code, err) for code, _, err in said] == [(0, "")] * 7
    assert [out for _, out, _ in said] == [
        "已添加用户 alice：业务员（agent），界面语言 zh\n",
        "已添加用户 lena：组长（lead），界面语言 en\n",
        "已修改 alice 的密码；结束了 0 个登录会话\n",
        "用户 alice 现在是 主管（supervisor）\n",
        "用户 alice 的界面语言已改为 en\n",
        "已停用用户 alice；结束了 0 个登录会话\n",
        "已启用用户 alice\n"]
    _users(capsys, monkeypatch, db, "disable", "lena")
    code, out, _ = _users(capsys, monkeypatch, db, "list")
    assert out.splitlines() == ["alice                    主管（supervisor） en  正常",
                                "lena                     组长（lead）       en  已停用"], out
    assert [width(line.split(" en ")[0]) for line in out.splitlines()] == [43, 43]  # columns line up
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "en")  # English on the same Chinese system
    assert _users(capsys, monkeypatch, db, "list")[1].splitlines() == [
        "alice                    supervisor en  active", "lena                     lead       en  disabled"]
    json_en = _users(capsys, monkeypatch, db, "list", "--format", "json")[1]
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    assert _users(capsys, monkeypatch, db, "list", "--format", "json")[1] == json_en  # json never translated


def test_users_refusals_in_chinese(capsys, monkeypatch, db):  # noqa: F811
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    store_users(db, lena="lead")
    # Usage errors: the usage line, the error, the help hint (tests/cli/test_usage_errors_everywhere.py).
    usage = ("用法：inquiry-triage users [-h] [--config FILE] [--db URL] [--lang {en,zh}]\n"
             "                        [--role {agent,lead,supervisor}] [--language {zh,en}]\n"
             "                        [--password-stdin] [--format {table,json}]\n"
             "                        ACTION [NAME]\n")
    hint = "详见 `inquiry-triage users --help`\n"
    refused = {
        ("add",): usage + "inquiry-triage users add: 错误：要操作哪个用户？请给出 NAME\n" + hint,
        ("role", "lena"): usage + "inquiry-triage users role: 错误：需要 --role agent|lead|supervisor\n" + hint,
        ("language", "lena"): usage + "inquiry-triage users language: 错误：需要 --language zh|en\n" + hint,
        ("disable", "carl"): "inquiry-triage users disable: 没有用户 'carl'（见 `inquiry-triage users list`）\n",
        ("passwd", "lena"): "inquiry-triage users: 没有终端可以输入密码：请用 --password-stdin\n",
    }
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    for argv, expected in refused.items():
        code, out, err = _users(capsys, monkeypatch, db, *argv)
        assert (code, out, err) == (2, "", expected), argv
    for argv, password, expected in ((("add", "bob"), "short", "密码至少需要 10 个字符"),
                                     (("add", "lena"), "correct horse battery", "用户 'lena' 已存在"),
                                     (("add", "a b"), "correct horse battery", "用户名不能包含空格或控制字符")):
        code, out, err = _users(capsys, monkeypatch, db, *argv, password=password)
        assert code == 2 and err.startswith(f"inquiry-triage users {argv[0]}: {expected}"), err
        _no_english(err)


def test_users_disable_with_tasks_in_chinese(capsys, monkeypatch, db):  # noqa: F811
    store_users(db, lena="lead", carol="agent")
    first, _ = a_reply_task(db)
    assert main(["queue", "claim", str(first), "--db", db, "--user", "carol"]) == 0
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, out, err = _users(capsys, monkeypatch, db, "disable", "carol")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "已停用用户 carol；结束了 0 个登录会话",
        "carol 手上还有 1 个任务（已认领 1）：任务仍在 carol 名下，组长转交之前没人处理。",
        "  查看：  inquiry-triage queue --assignee carol",
        "  转交：  inquiry-triage queue assign TASK --to NAME   （或 queue release TASK，放回公共队列）"], out
    _no_english(out)


def test_the_password_prompts_in_chinese(capsys, monkeypatch, db):  # noqa: F811
    import getpass

    asked: list[str] = []
    answers = iter(["correct horse battery", "correct horse batterx"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or next(answers))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    code, out, err = _users(capsys, monkeypatch, db, "add", "dora")
    assert asked == ["dora 的密码：", "再输一次："]
    assert (code, out, err) == (2, "", "inquiry-triage users: 两次输入的密码不一样\n")


def test_the_other_commands_refusals_in_chinese(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    missing = tmp_path / "nowhere"
    db = f"sqlite:///{tmp_path / 'store.db'}"
    cases = [
        (["learn", "--db", db], 2, "inquiry-triage learn: 没有可学习的内容：请给出 --spam PATH / --ham PATH，或加 --from-store"),
        (["learn", "--from-store", "--db", db, "--out", str(tmp_path / "m.json")], 3,
         "inquiry-triage learn: 没有可学习的内容：没有已分类的邮件"),
        (["fit", "--corpora", str(missing)], 2, f"inquiry-triage fit: 错误：{missing}：没有这个文件或文件夹"),
        (["fit", "--corpora", str(tmp_path), "--team-sizes", "a,b"], 2,
         "inquiry-triage fit: --team-sizes 必须是数字，例如 25,50,100"),
        (["evaluate", "--corpora", str(missing)], 2, f"inquiry-triage evaluate: 错误：{missing}：没有这个文件或文件夹"),
        (["poll", "--once", "--db", db], 2, "inquiry-triage poll: 错误：没有邮箱：请在配置中添加 [mailboxes.NAME]，或用 --url 指定"),
        (["status", "--db", f"sqlite:///{missing}.db"], 2, f"inquiry-triage status: 错误：找不到数据库 {missing}.db（来自 --db）"),
        (["tick", "--now", "2026", "--db", db], 2, "inquiry-triage tick: --now '2026' 不是 ISO 日期时间"),
        (["tick", "--now", "2026-12-01T09:00", "--db", db], 2, "inquiry-triage tick: --now 需要带时区偏移"),
    ]
    for argv, code, start in cases:
        capsys.readouterr()
        assert main(argv) == code, argv
        out, err = capsys.readouterr()
        said = usage_error_line(err, argv[0], "zh") if "错误：" in start else err  # a bad configuration: a usage error
        assert out == "" and said.startswith(start), (argv, err)
        assert not re.search(r"\b(error|not found|nothing|give|must|needs|no database)\b", err), err
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "en")  # and English as it was
    capsys.readouterr()
    assert main(["fit", "--corpora", str(missing)]) == 2
    assert usage_error_line(capsys.readouterr().err, "fit") == f"inquiry-triage fit: error: {missing}: no such file or folder"
    assert main(["poll", "--once", "--db", db]) == 2
    assert usage_error_line(capsys.readouterr().err, "poll") == ("inquiry-triage poll: error: no mailboxes: add "
                                                                  "[mailboxes.NAME] tables to the configuration or give --url")


def test_the_error_words_keep_paths_and_leave_unknown_errors_as_raised():
    from inquiry_triage.queue.cli_words import error_words

    assert error_words("zh", "no labelled items found under /x y") == "/x y 下没有找到已标注的样本"
    assert error_words("zh", "nothing to learn: no ham examples (the model compares the two classes); got 3 spam, 0 ham") \
        == "没有可学习的内容：缺少 ham 样本（模型要比较两类）；现有 spam 3 条，ham 0 条"
    assert error_words("zh", ValueError("[business] bad hours")) == "[business] bad hours"
    assert error_words("en", "no labelled items found under /x") == "no labelled items found under /x"


def _said(path: Path) -> set[str]:
    """The literal msgids given to say(lang, ...) and cli._say(...) in `path`."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("say", "_say"):
            args = node.args[1:] if node.func.id == "say" else node.args
            if args:
                options = [args[0].body, args[0].orelse] if isinstance(args[0], ast.IfExp) else [args[0]]
                found |= {a.value for a in options if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_sentence_said_by_the_commands_and_users_has_an_entry():
    msgids = _said(ROOT / "cli.py") | _said(ROOT / "queue" / "users.py") | {m for _, m in getattr(cli_words, "_ERRORS", ())}
    assert {"whose? give a NAME", "interrupted", "%(mailbox)s: ERROR %(error)s",
            "  see them:      inquiry-triage queue --assignee %(name)s"} <= msgids
    zh = _table("zh")
    assert sorted(m for m in msgids if m not in zh) == []
    assert [m for m in msgids if not HAN.search(zh[m])] == []
    assert [m for m in msgids if sorted(PLACEHOLDER.findall(m)) != sorted(PLACEHOLDER.findall(zh[m]))] == []


def test_a_said_sentence_without_an_entry_is_caught(tmp_path):
    made = tmp_path / "m.py"
    made.write_text('_say("Frobnicated %(n)s widgets")\nsay(lang, "Widget:" if a else "Gadget:")\n')
    assert _said(made) == {"Frobnicated %(n)s widgets", "Widget:", "Gadget:"}
    assert "Frobnicated %(n)s widgets" not in _table("zh")


def test_triages_summary_and_missing_paths_in_chinese(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    fixtures = ROOT.parent / "fixtures" / "emails"
    missing = tmp_path / "nope"
    said = {}
    for lang in ("en", "zh"):
        monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
        capsys.readouterr()
        assert main(["triage", str(fixtures), str(missing), "--no-store", "--offline", "--no-progress"]) == 2
        said[lang] = capsys.readouterr().err.splitlines()
    n = re.fullmatch(r"(\d+) triaged, (\d+) suspicious, 0 failed \(not stored\); 1 input\(s\) not found \(failed\)",
                     said["en"][-1])
    assert n and said["en"][0] == f"inquiry-triage triage: error: {missing}: no such file or folder (failed input: skipped)"
    assert said["zh"] == [f"inquiry-triage triage: 错误：{missing}：没有这个文件或文件夹（输入失败：已跳过）",
                          f"已分拣 {n[1]} 条，可疑 {n[2]} 条，失败 0 条（未保存）；1 个输入找不到（失败）"], said
    capsys.readouterr()
    assert main(["triage", str(missing)]) == 2
    assert usage_error_line(capsys.readouterr().err, "triage", "zh") == f"inquiry-triage triage: 错误：{missing}：没有这个文件或文件夹"


# --- what a newcomer on a Chinese system still saw in English (session 14): triage's table, tick's
# notification lines, the sources' file errors, --filed's kinds, snooze's --until and evaluate's --format
# help, DNS_UNKNOWN's resolver text. Each output path run under zh; an English word left fails.

CODES = {"NXDOMAIN", "NODATA", "MX", "DNS", "CSV", "JSON", "UTF", "ISO", "RFC", "NUL", "Webhook", "IP", "SERVFAIL",
         "REFUSED", "host", "sender", "security", "plain", "url", "http", "password_env", "max_item_bytes", "csv",
         "columns", "notifications", "smtp", "webhook", "FILE", "DIR", "TIME", "FILING", "text", "json", "table", "all"}


def english_left(text: str, data: tuple[str, ...] = (), values: tuple[str, ...] = ()) -> list[str]:
    """The English words a Chinese output still has: what is left once the data (paths, addresses,
    subjects: `data`), what a user types (commands, option names and their `values`, `code`), quoted
    values, [config.keys] and technical codes (CODES) are taken out."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"`[^`]*`|inquiry-triage( [a-z-]+)*|\S+@\S+|https?://\S+|\[[a-z_.]+\]|'[^']*'|\"[^\"]*\"", " ", text)
    text = re.sub(r"--[a-z-]+(?:[ =][A-Za-z0-9|,_.:-]+)?", " ", text)
    for value in sorted(values, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", " ", text)
    return [w for w in re.findall(r"[A-Za-z_]+(?:['-][A-Za-z_]+)*", text) if len(w) >= 3 and w not in CODES]


def test_the_english_check_can_fail():
    """What the newcomer saw is caught; what a user types or reads as data is not."""
    assert english_left("  已上报给：nobody notified ([notifications] not set up): shown in the queue (6)") == \
        ["nobody", "notified", "not", "set", "shown", "the", "queue"]
    assert english_left("-   网站留言   FAILED /x/a.jsonl:1: a record must be a JSON object", data=("/x/a.jsonl:1",)) == \
        ["FAILED", "record", "must", "object"]
    assert english_left("全部已存储条目：auto-reply 3（自动回复）") == ["auto-reply"]
    assert english_left("全部已存储条目：自动回复 3（--filed auto-reply）；`queue show 1`；a@b.example；'x y z'") == []


def _triage_zh(capsys, monkeypatch, *argv: str, lang: str = "zh") -> tuple[int, str, str]:
    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
    capsys.readouterr()
    code = main(["triage", *argv, "--no-store", "--offline", "--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


ENGLISH_HEAD = "GRADE SUSP  CHANNEL LANG MAILBOX    CC DUE               FROM / SUBJECT"
CHANNELS = ("phone", "im", "fax", "email", "message", "rfq")


def _bad_inputs(tmp_path: Path) -> Path:
    """A folder of inputs the sources and the record parser refuse, one reason each."""
    bad = tmp_path / "inbox"
    bad.mkdir()
    (bad / "calls.jsonl").write_text('{bad\n[1]\n{"subject": "x"} trailing\n{"body": "hi", "channel": "pigeon"}\n'
                                     '{"channel": "phone"}\n', encoding="utf-8")
    (bad / "rfq.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (bad / "export.csv").write_bytes(b"title,description,quantity,unit,country\nok,\xff\xfe bytes,1,pcs,DE\n")
    return bad


def _cells(row: str) -> list[str]:
    """A zh table row's cells by terminal column (cli.TABLE_WIDTHS["zh"]), the buyer's column last."""
    from inquiry_triage.cli import TABLE_WIDTHS

    cells, cell, used, ends = [], "", 0, []
    for w in TABLE_WIDTHS["zh"]:
        ends.append((ends[-1] if ends else -1) + 1 + w)
    for ch in row:
        if ends and used >= ends[0]:
            cells.append(cell)
            cell, ends = "", ends[1:]
        cell += ch
        used += width(ch)
    return cells + [cell]


def test_triages_table_in_chinese(capsys, monkeypatch, tmp_path):
    """The heading, each row's channel, mailbox kind and suspicion, a failed item's word and reason: no
    English left but the buyer's data (address, subject, language and country codes) and the paths."""
    fixtures = ROOT.parent / "fixtures"
    bad = _bad_inputs(tmp_path)
    code, out, err = _triage_zh(capsys, monkeypatch, str(fixtures), str(bad))
    assert code == 0, err
    rows = out.splitlines()
    assert rows[0].split() == ["等级", "可疑", "渠道", "语言", "邮箱", "国家", "回复截止", "买家", "/", "主题"], rows[0]
    failed = [row for row in rows if row.startswith("-")]
    assert len(failed) == 7 and all(" 失败 " in row for row in failed), out
    assert any("诈骗" in row for row in rows) and any("公司邮箱" in row for row in rows), out
    paths = tuple(str(path) for path in bad.iterdir())
    for row in rows[1:]:
        if row.startswith("-"):  # the reason after the path (data), in Chinese
            before, _, reason = row.partition(str(bad))
            reason = reason.split("：", 1)[1]
            assert english_left(before) == [], row
            assert english_left(reason, data=paths, values=CHANNELS) == [] and HAN.search(reason), row
        else:  # every cell the command words (the language code, the country code and the buyer are data)
            grade, susp, channel, _, mailbox, _, due, _ = _cells(row)
            assert english_left(" ".join((grade, susp, channel, mailbox, due))) == [], row
    assert english_left(err, data=paths) == [] and "：CSV 里没有 [csv.columns] 指定的列" in err, err
    code, english, _ = _triage_zh(capsys, monkeypatch, str(fixtures), str(bad), lang="en")
    assert english.splitlines()[0] == ENGLISH_HEAD and " FAILED " in english and " company " in english
    assert english_left(english) != []


def test_the_sources_file_errors_in_chinese(capsys, monkeypatch, tmp_path):
    """After 错误：, every path's reason in Chinese: several missing paths, a path that is not a regular file."""
    a, b = tmp_path / "nope-a", tmp_path / "nope-b"
    code, out, err = _triage_zh(capsys, monkeypatch, str(a), str(b))
    assert (code, out) == (2, "") and usage_error_line(err, "triage", "zh") == \
        f"inquiry-triage triage: 错误：{a}：没有这个文件或文件夹；{b}：没有这个文件或文件夹", err
    code, out, err = _triage_zh(capsys, monkeypatch, "/dev/null")
    assert code == 2 and usage_error_line(err, "triage", "zh") == "inquiry-triage triage: 错误：/dev/null：不是普通文件", err
    code, _, err = _triage_zh(capsys, monkeypatch, str(a), str(b), lang="en")
    assert usage_error_line(err, "triage") == \
        f"inquiry-triage triage: error: {a}: no such file or folder; {b}: no such file or folder", err
    assert usage_error_line(_triage_zh(capsys, monkeypatch, "/dev/null", lang="en")[2], "triage") == \
        "inquiry-triage triage: error: /dev/null: not a regular file"
    from inquiry_triage.cli import _reason_words  # every reason a source gives has its shape and its words

    for reason in ("cannot read: Permission denied", "cannot read folder: Permission denied", "too large: 99 bytes (limit 9)",
                   "not valid JSON: not UTF-8 (invalid start byte at byte 3)", "not valid JSON: nested too deeply",
                   "not a valid CSV row: x", "took too long: 31 s (the limit is 30 s per message)", "ParseError: empty input",
                   "max_item_bytes must be a whole number >= 1024 (got 5)", "/x.csv: the CSV header row is not UTF-8"):
        worded = _reason_words("zh", reason)
        assert HAN.search(worded) and english_left(worded, values=("x",)) == [], (reason, worded)


@pytest.fixture
def notifications(tmp_path) -> str:
    """[notifications] whose email and webhook both fail at once (nothing listens on port 1)."""
    path = tmp_path / "notify.toml"
    path.write_text('[notifications]\nteam_address = "team@example.com"\n[notifications.smtp]\nhost = "127.0.0.1"\n'
                    'port = 1\nsecurity = "plain"\nsender = "it@example.com"\n[notifications.webhook]\n'
                    'url = "http://127.0.0.1:1/hook"\n', encoding="utf-8")
    return str(path)


def _tick(capsys, monkeypatch, db: str, lang: str, *argv: str) -> tuple[int, str, str]:  # noqa: F811
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", lang)
    capsys.readouterr()
    code = main(["tick", "--db", db, "--now", "2026-12-01T10:00+08:00", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_ticks_notification_lines_in_chinese(capsys, monkeypatch, db, tmp_path, notifications):  # noqa: F811
    """Who an escalation told (nobody: [notifications] not set up; the team webhook), what was sent and a
    failed send, in Chinese; addresses as they are."""
    import shutil

    for part in tmp_path.glob("store.db*"):  # three stores with the same overdue tasks
        for copy in ("other.db", "english.db"):
            shutil.copy(part, tmp_path / part.name.replace("store.db", copy))
    other, english = tmp_path / "other.db", tmp_path / "english.db"
    code, out, err = _tick(capsys, monkeypatch, db, "zh")
    assert code == 0 and err == "", err
    assert re.search(r"(?m)^  上报通知：未通知任何人（未配置 \[notifications\]），已在队列中标记（\d+）$", out), out
    assert re.search(r"(?m)^  已逾期并上报：任务 \d+ -> 未通知任何人（未配置 \[notifications\]），已在队列中标记$", out), out
    assert english_left(out) == [], out
    code, out, err = _tick(capsys, monkeypatch, f"sqlite:///{other}", "zh", "--config", notifications)
    assert code == 0, err
    assert re.search(r"(?m)^  已逾期并上报：任务 \d+ -> team@example\.com、团队的 Webhook$", out), out
    assert out.splitlines()[-1] == "  通知：邮件 0，Webhook 0，失败 2", out
    assert err.splitlines() == ["发给 team@example.com 的提醒邮件发送失败：连接被拒绝", "提醒 Webhook 发送失败：连接被拒绝"], err
    assert english_left(out) == [] and english_left(err) == []
    code, out, err = _tick(capsys, monkeypatch, f"sqlite:///{english}", "en", "--config", notifications)  # English as before
    assert "-> team@example.com, the team webhook\n" in out, out
    assert out.splitlines()[-1] == "  notifications: email 0, webhook 0, failed 2", out


def _option_help(page: str, option: str) -> str:
    """An option's description on a --help page (its lines up to the next option)."""
    found = re.search(rf"(?ms)^  {re.escape(option)}\b(.*?)(?=^  -|^\S|\Z)", page)
    assert found, (option, page)
    return re.sub(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f])", "", " ".join(found[1].split()))  # wrapped CJK


def test_the_help_left_in_english(capsys, monkeypatch):
    """snooze's --until (the Chinese ways to write a time), evaluate's --format (no description at all)
    and --filed (each filing's meaning beside the word --filed takes)."""
    until = _option_help(_help(capsys, monkeypatch, "zh", "queue", "snooze"), "--until TIME")
    from inquiry_triage.cli import QUEUE_ACTIONS

    assert "明天上午9点" in until and english_left(until, values=QUEUE_ACTIONS) == [], until  # 'snooze：' the action
    for command in ("evaluate", "learn", "fit", "tick", "status", "poll", "users", "queue"):
        monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)  # the locale's zh (the English run sets en)
        zh = _option_help(_help(capsys, monkeypatch, "zh", command), "--format")
        en = _option_help(_help(capsys, monkeypatch, "en", command), "--format")
        assert HAN.search(zh) and english_left(zh, values=("text", "json", "table")) == [], (command, zh)
        assert "for people" in en and "json: for scripts" in en, (command, en)
    from inquiry_triage.queue.names import FILING_WORDS

    monkeypatch.delenv("INQUIRY_TRIAGE_LANG", raising=False)
    page = _help(capsys, monkeypatch, "zh", "queue")
    filed = _option_help(page, "--filed FILING")
    assert english_left(filed, values=tuple(FILING_WORDS)) == [] and "auto-reply（自动回复" in filed, filed
    epilog = page[page.index("inquiry-triage queue --filed all"):]
    assert english_left(epilog.split("\n\n")[0], values=tuple(FILING_WORDS)) == [], epilog


def test_filed_kinds_in_chinese(capsys, monkeypatch, tmp_path):
    """`queue --filed all`: each filing by its meaning; the word --filed takes beside a count only."""
    from tests.queue.test_id_labels import _store  # inquiry 1: mail filed "list"; inquiries 2 and 3 have tasks

    monkeypatch.setenv("INQUIRY_TRIAGE_CONFIG", "")
    url = f"sqlite:///{tmp_path / 'filed.db'}"
    _store(url)[0].dispose()
    monkeypatch.setenv("INQUIRY_TRIAGE_LANG", "zh")
    capsys.readouterr()
    assert main(["queue", "--filed", "all", "--db", url, "--user", "lena"]) == 0
    out = capsys.readouterr().out
    assert "队列中的询盘 2，邮件列表 1（--filed list）" in out and "\n询盘 1          邮件列表 " in out, out
    assert english_left(out) == [], out


DNS_REASONS = (
    "resolver unhealthy: canary gmail.com answered NXDOMAIN (resolver lies or has no internet)",
    "resolver unhealthy: canary gmail.com lookup failed: timed out",
    "resolver unhealthy: no nameservers configured",
    "resolver unhealthy: random name 0f3a.gmail.com resolved to 10.0.0.1 (resolver hijacks NXDOMAIN)",
    "resolver unhealthy: random name 0f3a.invalid answered NODATA instead of NXDOMAIN (resolver rewrites NXDOMAIN)",
    "lookup of acme.example failed: network error: [Errno 101] Network is unreachable",
    "offline (--offline)",
)


@pytest.mark.parametrize("reason", DNS_REASONS)
def test_dns_unknowns_resolver_text_in_chinese(reason):
    """DNS_UNKNOWN's hit detail (the resolver's state, lookups/dns.py's words) on `queue show`, `report
    suspicious` and the web (they all word evidence by web/i18n.rule_words)."""
    from inquiry_triage.model import Hit
    from inquiry_triage.reports.words import evidence

    detail = Hit("DNS_UNKNOWN", 0.0, "DNS evidence unknown", "info", "DNS", reason).as_reason()["detail"]
    zh = evidence("zh", "DNS_UNKNOWN", detail)
    assert zh.startswith("DNS 结果未知") and zh.count("[DNS]: '") == 1, zh
    assert english_left(zh.split("[DNS]: ")[1], data=("0f3a.gmail.com", "gmail.com", "0f3a.invalid", "acme.example")) == [], zh
    assert evidence("en", "DNS_UNKNOWN", detail) == detail
    other = Hit("COMPANY_MAILBOX", 0.5, "company mailbox", "grade", "From", reason).as_reason()["detail"]
    assert evidence("zh", "COMPANY_MAILBOX", other).endswith(f"[From]: {reason!r}")  # another rule's match: as it is
