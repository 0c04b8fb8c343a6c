"""The web queue (issue 11): a Starlette app over the same store, configuration and queue rules as
the CLI. Pages are rendered on the server (Jinja2, autoescaped); one small script of our own
(static/queue.js) refreshes the list and adds keys. Nothing from an inquiry is ever trusted as HTML.

Security, in one place:
  * identity: server-side sessions (queue/users.py); the cookie holds a random token, HttpOnly,
    SameSite=Strict, Secure over https. Logout, `users disable` and `users passwd` end sessions.
  * CSRF: every POST must come from this origin: Sec-Fetch-Site same-origin (or none: typed by the
    user), else an Origin header equal to ours; a request with neither is refused too.
  * Content-Security-Policy: scripts, styles and fetches from this origin only; no inline script or
    style anywhere, no framing.
  * failed logins are slowed down (per name and per client address) and logged without the password.
"""

from __future__ import annotations

import asyncio
import functools
from contextvars import ContextVar
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from ..config import Config
from ..queue import operations as ops
from ..queue import users as u
from ..queue.views import (NO_NAME, SNOOZED, TaskView, buyer_named, countdown, points_figure, queue_list, review_list,
                           seller_calendar, seller_time, short_buyer, task_view)
from ..reports.sla import CLOSED_UNNAMED, UNREPLIED
from ..sentences import Sentence
from ..store.queue import QueueFilter
from . import actions
from .dates import fallback, time_tag, zone_of
from .i18n import Choices, Said, city_words, localize, marked_values, rule_words, said, sentence_of, translator
from .switch import chosen_language, remember, switch_language

log = logging.getLogger("inquiry_triage.web")

HERE = Path(__file__).resolve().parent
COOKIE = "it_session"
PAGE_SIZE = 50  # tasks a queue page (the CLI's screenful)
POLL_SECONDS = 5  # the queue list refreshes this often: a task claimed elsewhere leaves it within seconds
GRADES = ("A", "B", "C", "D")
CHANNELS = ("email", "phone", "im", "fax", "message", "rfq")  # model.CHANNELS: the queue's channel filter
# The web's one word for a channel: "rfq" (how a platform inquiry is stored) is shown as the reply channel
# "platform" (ops.PLATFORM_WORDS: one concept, two stored words), in every language.
ONE_CHANNEL_WORD = {"rfq": ops.PLATFORM_WORDS["rfq"]}
SORTS = {"grade": "grade, then deadline", "deadline": "deadline", "newest": "newest received",
         "oldest": "oldest received"}  # store.queue.QUEUE_SORTS, as the sort menu names them
DUE_SOON_HOURS = 4.0  # the "due soon" filter: wall-clock hours to the deadline (overdue ones included)
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
# Failed logins: each one within FAIL_WINDOW doubles the wait before the next answer, up to FAIL_MAX_DELAY.
FAIL_WINDOW = 15 * 60.0
FAIL_BASE_DELAY = 0.5
FAIL_MAX_DELAY = 8.0
FAIL_KEYS_KEPT = 10_000
FLASHES_KEPT = 10_000  # pending one-time messages kept (one per session; oldest dropped)  # the throttle's memory is bounded: oldest keys dropped first


Clock = Callable[[], datetime]

# The path prefix a reverse proxy serves us under (the request's ASGI root_path: `serve --root-path`),
# for links, redirects and the cookie's path. Set per request by RootPath; "" when served at /.
ROOT: ContextVar[str] = ContextVar("root_path", default="")


def here(path: str) -> str:
    """`path` ("/task/1") under the prefix the app is served at ("/inquiries/task/1")."""
    return ROOT.get() + path


class RootPath:
    """Keeps the request's root_path where links and redirects are made (ROOT)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = ROOT.set(str(scope.get("root_path") or "").rstrip("/"))
        try:
            await self.app(scope, receive, send)
        finally:
            ROOT.reset(token)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class LoginThrottle:
    """Failures per key (a name, a client address) within FAIL_WINDOW and the delay they earn."""

    failures: dict[str, tuple[int, float]] = field(default_factory=dict)

    def delay(self, *keys: str) -> float:
        now = time.monotonic()
        worst = 0
        for key in keys:
            count, last = self.failures.get(key, (0, 0.0))
            if count and now - last < FAIL_WINDOW:
                worst = max(worst, count)
        return 0.0 if not worst else min(FAIL_BASE_DELAY * 2 ** (worst - 1), FAIL_MAX_DELAY)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        for key in keys:
            count, last = self.failures.get(key, (0, 0.0))
            self.failures[key] = ((count if now - last < FAIL_WINDOW else 0) + 1, now)
        while len(self.failures) > FAIL_KEYS_KEPT:
            self.failures.pop(next(iter(self.failures)))

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self.failures.pop(key, None)


class SecurityHeaders:
    """Adds the CSP and friends to every response (pages, fragments, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.web: WebQueue | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                for name, value in SECURITY_HEADERS.items():
                    if name.encode() not in names:
                        message["headers"].append((name.encode(), value.encode()))
            await send(message)

        await self.app(scope, receive, with_headers)


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


class HostCheck:
    """Served on a loopback address, only loopback Host names are answered: a page elsewhere whose
    name an attacker points at 127.0.0.1 (DNS rebinding) gets 421, not our login form."""

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...] | None) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.hosts is not None:
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.hosts:
                await PlainTextResponse("unknown host name", status_code=421)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def same_origin(request: Request) -> bool:
    """A state-changing request made by our own pages (see the module's CSRF note)."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return False
    host = request.headers.get("host", "")
    return origin in (f"{request.url.scheme}://{host}",)


FORM_BYTES = 1024 * 1024  # a posted form's body at most (a reply of 20,000 characters, percent-encoded, is ~180 KB)


async def form_of(request: Request) -> FormData:
    """The posted form. An urlencoded body is read as the WHATWG URL standard says (percent-decoded
    bytes, then UTF-8, bad bytes replaced): a raw UTF-8 post without a charset (`curl --data-raw
    'text=报价'`) is Chinese, not Latin-1 mojibake as Starlette reads it. A charset given is honoured.
    Other kinds (multipart) are Starlette's."""
    kind, _, params = request.headers.get("content-type", "").partition(";")
    if kind.strip().lower() != "application/x-www-form-urlencoded":
        return await request.form()
    body = await request.body()
    if len(body) > FORM_BYTES:
        raise HTTPException(413, "form too large")
    return FormData(urlencoded_fields(body, _charset(params)))


def _charset(params: str) -> str:
    """The charset parameter of a Content-Type ("charset=gbk"), if Python knows it; else UTF-8."""
    import codecs

    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip('"')).name
            except LookupError:
                break
    return "utf-8"


def urlencoded_fields(body: bytes, charset: str = "utf-8") -> list[tuple[str, str]]:
    """application/x-www-form-urlencoded parsing (WHATWG): split on &, + is a space, %XX a byte, the
    bytes decoded with `charset` (UTF-8 unless the sender named another)."""
    from urllib.parse import unquote_to_bytes

    fields = []
    for part in body.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        fields.append(tuple(unquote_to_bytes(x.replace(b"+", b" ")).decode(charset, "replace") for x in (name, value)))
    return fields  # type: ignore[return-value]


def code_marks(text: Any) -> Markup:
    """Text whose `command` is in backticks (the CLI's way of naming one) with it as <code>, the rest
    escaped: the page shows code, not literal backtick marks. Unpaired marks are left as they are."""
    from markupsafe import escape

    parts = str(text).split("`")
    if len(parts) < 3 or len(parts) % 2 == 0:
        return escape(text)
    return Markup("").join(escape(part) if i % 2 == 0 else Markup("<code>%s</code>") % part
                           for i, part in enumerate(parts))


class UnknownValue(ValueError):
    """A query parameter with a value the page does not know (a typo or an old link): refused with
    400 rather than silently ignored, so nobody reads an unfiltered list as the filtered one."""

    def __init__(self, message: Said) -> None:
        super().__init__(message.english())
        self.said = message


def refuse_unknown(query: Any, name: str, known: Any, message: Said) -> None:
    """UnknownValue unless query[name] is absent, empty (the form's "all") or one of `known`. The
    value itself is never shown (no words of the URL on our pages)."""
    value = query.get(name)
    if value and value not in known:
        raise UnknownValue(message)


class WebQueue:
    """The app's state and handlers: sessions factory, configuration, clock, templates, throttle."""

    def __init__(self, config: Config, sessions: sessionmaker[Session], clock: Clock = _utc_now) -> None:
        self.config = config
        self.sessions = sessions
        self.clock = clock
        self.calendar = seller_calendar(config)
        self.throttle = LoginThrottle()
        self.flashes: dict[int, str] = {}  # session id -> the message its next page shows (one process)
        self.templates = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.globals.update(countdown=countdown, poll_seconds=POLL_SECONDS, grades=GRADES, channels=CHANNELS,
                                      sorts=SORTS,
                                      reply_channels=actions.REPLY_CHANNELS, verdict_words=actions.VERDICT_WORDS)
        self.templates.filters["seller"] = lambda value: seller_time(value, config) if value else ""
        self.templates.filters["code"] = code_marks
        zone = config.seller_timezone()

        @pass_context
        def when(context: Any, value: datetime | None, style: str = "full", buyer_zone: str = "") -> Markup:
            """A <time> in the viewer's language (queue.js writes it again in the browser's format)."""
            return time_tag(value, context.get("lang", "en"), zone, now=context.get("now"), style=style,
                            buyer_zone=buyer_zone)

        @pass_context
        def when_text(context: Any, value: datetime | None) -> str:
            """The fallback text alone (for a title attribute), on the seller's clock."""
            from .dates import zone_of

            return fallback(value.astimezone(zone_of(zone) or value.tzinfo), context.get("lang", "en")) if value else ""

        @pass_context
        def t(context: Any, message: str, **values: Any) -> Markup:
            """A catalogue sentence with values put in (escaped unless they are markup, such as <time>)."""
            return Markup(translator(context.get("lang", "en"))(message)) % values

        @pass_context
        def say(context: Any, text: Said | str) -> str:
            """A sentence of the queue layer (English) or a Said, in the viewer's language."""
            lang = context.get("lang", "en")
            return localize(lang, text, lambda at: fallback(at.astimezone(zone_of(zone) or at.tzinfo), lang))

        @pass_context
        def data_said(context: Any, text: Sentence | str) -> Markup | str:
            """A queue-layer Sentence (queue/origin_words.py) in the viewer's language with its values
            (an IP, a country code, a provider's or a person's name) marked as data, not interface words:
            <span class="data">, escaped."""
            if not isinstance(text, Sentence):
                return say(context, text)
            sentence, values = marked_values(translator(context.get("lang", "en"))(text.msgid), dict(text.values))
            return Markup(sentence) % {k: Markup('<span class="data">%s</span>') % v for k, v in values.items()}

        @pass_context
        def note_words(context: Any, content: str) -> str:
            """A note: the scheduler's (a Sentence, queue/views.stored_note) in the viewer's language, a
            person's words as written (plain text is never looked up in the catalogue)."""
            return say(context, content) if isinstance(content, Said) else content

        @pass_context
        def channel_word(context: Any, channel: str) -> str:
            """A channel in the viewer's language, one word per concept: an inquiry stored as "rfq" and a
            reply sent "platform" are both the platform (ops.PLATFORM_WORDS), as the CLI's filters read them."""
            return translator(context.get("lang", "en"))(ONE_CHANNEL_WORD.get(channel, channel))

        @pass_context
        def channel_words(context: Any, items: Any) -> list[tuple[str, Any]]:
            """(channel, value) pairs with the channel worded (the dashboard's volume by channel)."""
            return [(channel_word(context, channel), value) for channel, value in items]

        @pass_context
        def city(context: Any, zone: str) -> str:
            """A buyer clock's city in the viewer's language (locale/cities.zh.po)."""
            return city_words(context.get("lang", "en"), zone)

        @pass_context
        def evidence_words(context: Any, rule: str, detail: str) -> str:
            """An evidence line's explanation in the viewer's language (locale/rules.zh.po), what it matched as it is."""
            return rule_words(context.get("lang", "en"), rule, detail)

        @pass_context
        def footer(context: Any, page: Any) -> str:
            """'showing 1-50 of 1,234' (the store's page_footer), in the viewer's language."""
            shown, of = len(page.entries), f"{page.total:,}+" if page.more else f"{page.total:,}"
            if not shown:
                return say(context, said("nothing on this page (%(of)s match)", of=of) if page.total else
                           said("nothing matches"))
            return say(context, said("showing %(first)s-%(last)s of %(of)s", first=f"{page.offset + 1:,}",
                                     last=f"{page.offset + shown:,}", of=of))

        @pass_context
        def countdown_in(context: Any, left: Any, overdue: bool = False, due: datetime | None = None) -> str:
            """The due badge's business time left: '3h 20m' / '3小时20分'; past the deadline 'overdue 3h 20m' /
            '已逾期 3小时20分', never a negative figure. `overdue` is the row's red badge (deadline passed): a
            deadline passed after hours has no business time since it yet, so it says 'overdue since <due>'
            (as the CLI's clock note does), never 'overdue 0m'."""
            text = countdown(abs(left))
            if context.get("lang") == "zh":
                text = text.replace("h ", "小时").replace("m", "分")
            if not (overdue or left < timedelta(0)):
                return text
            if abs(left) < timedelta(minutes=1) and due is not None:
                return t(context, "overdue since %(at)s", at=when(context, due, "short"))
            return t(context, "overdue %(time)s", time=text)

        @pass_context
        def overdue_in(context: Any, late: timedelta, due: datetime) -> str:
            """The task page's overdue part, worded as the CLI's clock note and the queue badge: business time
            in hours and minutes ('overdue by 4h 55m of business time'), or 'overdue since <due>' when no
            business minute has passed since the deadline yet."""
            if late < timedelta(minutes=1):
                return t(context, "overdue since %(at)s, send now", at=when(context, due))
            return t(context, "overdue by %(time)s of business time, send now", time=countdown_in(context, late))

        @pass_context
        def buyer_word(context: Any, sender: str, short: bool = True) -> str:
            """The buyer as the CLI's lines show it (views.buyer_named; `short`: cut to the queue's column): a
            buyer with no address or name is '(no name)' in the viewer's language, never an empty column."""
            named = buyer_named(sender or "")
            if named == NO_NAME:
                return translator(context.get("lang", "en"))(NO_NAME)
            return short_buyer(named) if short else named

        self.templates.globals.update(channel_word=channel_word, channel_words=channel_words, short_buyer=short_buyer)
        from ..queue.names import buyer_key_words  # 'phone +971 4 555 0199' for 'tel:+97145550199', as `queue buyer`

        self.templates.globals.update(buyer_word=buyer_word, buyer_key_words=buyer_key_words)
        self.templates.globals.update(when=when, when_text=when_text, t=t, city=city, say=say, note_words=note_words,
                                      data_said=data_said,
                                      footer=footer,
                                      countdown_in=countdown_in, overdue_in=overdue_in, points_figure=points_figure, evidence_words=evidence_words,
                                      zone_name=lambda value: getattr(getattr(value, "tzinfo", None), "key", ""))

    # --- plumbing ---

    def flash(self, who: u.SignedIn, text: Said | str) -> None:
        """What the next page shows once ("claimed task 12"): kept here, not in the URL, so no link
        can make our pages say words of someone else's choosing."""
        self.flashes[who.session_id] = text
        while len(self.flashes) > FLASHES_KEPT:
            self.flashes.pop(next(iter(self.flashes)))

    def take_flash(self, who: u.SignedIn) -> Said | str:
        return self.flashes.pop(who.session_id, "")

    def render(self, template: str, status: int = 200, *, lang: str = "", **context: Any) -> HTMLResponse:
        """A page in the viewer's language: the signed-in user's, else the one given (the browser's)."""
        who = context.get("who")
        lang = who.language if who is not None else (lang or "en")
        context.setdefault("now", self.clock())
        context.setdefault("root", ROOT.get())
        zone = zone_of(self.config.seller_timezone())
        for key in ("message", "error"):  # flash lines and refusals, worded in the viewer's language
            if context.get(key):
                context[key] = localize(lang, context[key], lambda at: fallback(at.astimezone(zone or at.tzinfo), lang))
        return HTMLResponse(self.templates.get_template(template).render(_=translator(lang), lang=lang, **context),
                            status_code=status)

    def signed_in(self, request: Request, session: Session) -> u.SignedIn | None:
        return u.session_user(session, request.cookies.get(COOKIE, ""), self.clock())

    @staticmethod
    def to_login() -> RedirectResponse:
        response = RedirectResponse(here("/login"), status_code=303)
        response.delete_cookie(COOKIE, path=here("/"))
        return response

    # --- login / logout ---

    async def login_form(self, request: Request) -> Response:
        return self.render("login.html", lang=chosen_language(request), error="", name="", who=None)

    async def login(self, request: Request) -> Response:
        if not same_origin(request):
            return PlainTextResponse("cross-site request refused", status_code=403)
        form = await form_of(request)
        name, password = str(form.get("name", ""))[:200], str(form.get("password", ""))
        client = request.client.host if request.client else "?"
        keys = (f"name:{name.strip().lower()}", f"ip:{client}")
        wait = self.throttle.delay(*keys)
        if wait:
            await asyncio.sleep(wait)
        now = self.clock()

        def check() -> str | None:
            with self.sessions.begin() as session:
                user = u.verify_login(session, name.strip(), password, now)
                return (u.start_session(session, user, now), user.language) if user is not None else None

        token, language = await run_in_threadpool(check) or (None, "")
        if token is None:
            self.throttle.failed(*keys)
            log.warning("login failed for %r from %s", name.strip()[:64], client)  # never the password
            lang = chosen_language(request)
            return self.render("login.html", status=401, lang=lang, who=None, name=name,
                               error=translator(lang)("Wrong name or password, or the account is disabled."))
        self.throttle.succeeded(*keys)
        log.info("login %r from %s", name.strip()[:64], client)
        response = RedirectResponse(here("/"), status_code=303)
        response.set_cookie(COOKIE, token, max_age=int(u.SESSION_LIFETIME.total_seconds()), path=here("/"), httponly=True,
                            samesite="strict", secure=request.url.scheme == "https")
        remember(response, request, language, ROOT.get())  # the login page after logout speaks this user's language
        return response

    async def logout(self, request: Request) -> Response:
        if not same_origin(request):
            return PlainTextResponse("cross-site request refused", status_code=403)

        def end() -> None:
            with self.sessions.begin() as session:
                u.end_session(session, request.cookies.get(COOKIE, ""), self.clock())

        await run_in_threadpool(end)
        return self.to_login()

    # --- the queue ---

    def _filters(self, request: Request, who: u.SignedIn) -> tuple[QueueFilter, dict[str, str], int]:
        q = request.query_params
        # The CLI's channel words (ops.inquiry_channel): platform = rfq, whatsapp = im, any case.
        channel = ops.inquiry_channel(q.get("channel") or "") if q.get("channel") else None
        refuse_unknown({"channel": channel or q.get("channel")}, "channel", CHANNELS,
                       said("unknown channel in the address: choose one of %(choices)s", choices=Choices(CHANNELS)))
        refuse_unknown(q, "sort", SORTS, said("unknown sort order in the address: choose one of %(choices)s",
                                            choices=Choices(SORTS.values())))
        for grade in q.getlist("grade"):
            refuse_unknown({"grade": grade}, "grade", GRADES,
                           said("unknown grade in the address: choose one of %(choices)s", choices=Choices(GRADES)))
        grades = tuple(g for g in q.getlist("grade") if g in GRADES)
        language = (q.get("language") or "").strip()[:8] or None
        country = (q.get("country") or "").strip()[:2].upper() or None
        mine, unassigned, overdue = q.get("mine") == "1", q.get("unassigned") == "1", q.get("overdue") == "1"
        soon, snoozed = q.get("soon") == "1", q.get("snoozed") == "1"  # snoozed: those tasks alone, with wake times
        sort = q.get("sort") if q.get("sort") in SORTS else "grade"
        try:
            page = max(1, min(int(q.get("page", "1")), 10_000))
        except ValueError:
            page = 1
        f = QueueFilter(grades=grades, language=language, country=country, assignee=who.name if mine else None,
                        overdue=overdue, due_within_hours=DUE_SOON_HOURS if soon else None,
                        states=SNOOZED if snoozed else ("open",) if unassigned else ("open", "claimed"), channel=channel,
                        sort=sort)
        shown = {"language": language or "", "country": country or "", "mine": "1" if mine else "",
                 "unassigned": "1" if unassigned else "", "overdue": "1" if overdue else "", "soon": "1" if soon else "",
                 "snoozed": "1" if snoozed else "",
                 "channel": channel or "", "sort": sort if sort != "grade" else ""}
        return f, shown, page

    def _queue_context(self, request: Request, session: Session, who: u.SignedIn) -> dict[str, Any]:
        f, shown, page = self._filters(request, who)
        listing = queue_list(session, who.actor, f, self.clock(), self.calendar, limit=PAGE_SIZE,
                             offset=(page - 1) * PAGE_SIZE)
        query = [("grade", g) for g in f.grades] + [(k, v) for k, v in shown.items() if v]
        more = listing.page.offset + len(listing.rows) < listing.page.total or listing.page.more
        from ..queue.views import chat_apps

        return dict(who=who, listing=listing, filters=shown, grades_on=set(f.grades), page=page,
                    chat_apps=chat_apps(session, [row.entry for row in listing.rows]),  # as the CLI's lists
                    query=urlencode(query), prev_query=urlencode(query + [("page", str(page - 1))]) if page > 1 else "",
                    next_query=urlencode(query + [("page", str(page + 1))]) if more else "",
                    rows_url=here("/queue/rows?") + urlencode(query + [("page", str(page))]), message="")

    def queue_page(self, request: Request) -> Response:
        with self.sessions.begin() as session:
            who = self.signed_in(request, session)
            if who is None:
                return self.to_login()
            try:
                context = self._queue_context(request, session, who)
            except UnknownValue as exc:
                return self.render("error.html", status=400, who=who, error=exc.said)
            return self.render("queue.html", **{**context, "message": self.take_flash(who)})

    def queue_rows(self, request: Request) -> Response:
        with self.sessions.begin() as session:
            who = self.signed_in(request, session)
            if who is None:
                return PlainTextResponse("signed out", status_code=401)
            try:
                context = self._queue_context(request, session, who)
            except UnknownValue as exc:
                return self.render("error.html", status=400, who=who, error=exc.said)
            return self.render("queue_rows.html", **context)

    # --- one task ---

    def _task_page(self, session: Session, who: u.SignedIn, task_id: int, *, status: int = 200, message: str = "",
                   error: str = "") -> Response:
        try:
            view = task_view(session, task_id, self.config, who.actor, self.clock(), attachments=True)
        except ops.NotAllowed as exc:
            return self.render("error.html", status=403, who=who, error=sentence_of(exc))
        except ops.QueueError as exc:
            return self.render("error.html", status=404, who=who, error=sentence_of(exc))
        from .clock import task_clock

        return self.render("task.html", status=status, who=who, view=view, message=message, error=error,
                           mine=view.assignee == who.name, clock=task_clock(session, task_id, self.calendar, self.clock()),
                           reply_task=released_to(session, view),
                           draft_lang=draft_language_of(view, self.templates.globals.get("draft_languages") or []))

    def task_page(self, request: Request) -> Response:
        task_id = request.path_params["task_id"]
        with self.sessions.begin() as session:
            who = self.signed_in(request, session)
            if who is None:
                return self.to_login()
            return self._task_page(session, who, task_id, message=self.take_flash(who))

    async def task_action(self, request: Request) -> Response:
        if not same_origin(request):
            return PlainTextResponse("cross-site request refused", status_code=403)
        task_id, action = request.path_params["task_id"], request.path_params["action"]
        raw = await form_of(request)

        def number(name: str) -> int:
            try:
                return int(str(raw.get(name, "")))
            except ValueError:
                return -1  # no number: stale by definition

        form = actions.Form(version=number("version"), mark=number("mark"), text=str(raw.get("text", ""))[:20_000],
                            until=str(raw.get("until", ""))[:200], until_reply=raw.get("until_reply") == "1",
                            to=str(raw.get("to", ""))[:128], channel=str(raw.get("channel", "email"))[:16],
                            quote=raw.get("quote") == "1", dismiss_as=str(raw.get("as", ""))[:16])
        return await run_in_threadpool(self._act, request, task_id, action, form)

    def _act(self, request: Request, task_id: int, action: str, form: actions.Form) -> Response:
        now = self.clock()
        error, status = "", 200
        with self.sessions() as session:
            who = self.signed_in(request, session)
            session.commit()  # the session's last-seen mark, whatever the action does
            if who is None:
                return self.to_login()
            try:
                with session.begin():
                    message = actions.perform(session, who.actor, now, task_id, action, form, self.config)
            except ops.NotAllowed as exc:
                error, status = sentence_of(exc), 403
            except actions.StaleForm as exc:
                error, status = exc.said, 409
            except (ops.QueueError, ValueError) as exc:
                error, status = sentence_of(exc), 400
            if error:
                log.info("task %s %s by %s refused: %s", task_id, action, who.name, error)
                return self._task_page(session, who, task_id, status=status, error=error)
            self.flash(who, message)
        return RedirectResponse(here(f"/task/{task_id}"), status_code=303)

    # --- review (leads, supervisors) ---

    def review_page(self, request: Request) -> Response:
        with self.sessions.begin() as session:
            who = self.signed_in(request, session)
            if who is None:
                return self.to_login()
            return self._review(request, session, who)

    def _review(self, request: Request, session: Session, who: u.SignedIn, *, status: int = 200, message: str = "",
                error: str = "") -> Response:
        if not who.actor.may("review"):
            return self.render("error.html", status=403, who=who,
                               error=said("%(name)s (%(role)s) may not see review tasks: ask a lead or supervisor",
                                          name=who.name, role=who.role))
        try:
            page = max(1, min(int(request.query_params.get("page", "1")), 10_000))
        except ValueError:
            page = 1
        listing = review_list(session, self.clock(), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        more = listing.page.offset + len(listing.rows) < listing.page.total or listing.page.more
        return self.render("review.html", status=status, who=who, listing=listing, page=page, more=more,
                           message=message or self.take_flash(who), error=error)

    async def review_bulk(self, request: Request) -> Response:
        if not same_origin(request):
            return PlainTextResponse("cross-site request refused", status_code=403)
        raw = await form_of(request)
        ids = [int(v) for v in raw.getlist("task") if str(v).isdigit()][:MAX_BULK]
        verdict = str(raw.get("verdict", ""))
        return await run_in_threadpool(self._review_bulk, request, ids, verdict)

    def _review_bulk(self, request: Request, ids: list[int], verdict: str) -> Response:
        now = self.clock()
        with self.sessions() as session:
            who = self.signed_in(request, session)
            session.commit()
            if who is None:
                return self.to_login()
            if not who.actor.may("review"):
                return self._review(request, session, who, status=403, error="")
            if verdict not in REVIEW_VERDICTS or not ids:
                return self._review(request, session, who, status=400,
                                    error=said("tick one or more tasks and choose spam, spy or genuine"))
            done, refused = [], []
            planner = None
            for task_id in ids:  # one transaction each: a task judged meanwhile by someone else is skipped, not fatal
                try:
                    with session.begin():
                        if verdict == "genuine":
                            if planner is None:
                                from ..queue.review import lazy_planner

                                planner = lazy_planner(self.config, now)
                            ops.release_review(session, who.actor, now, task_id, planner)
                        else:
                            ops.dismiss(session, who.actor, now, task_id, verdict)
                    done.append(task_id)
                except ops.QueueError as exc:
                    refused.append(said("task %(task)s: %(why)s", task=task_id, why=sentence_of(exc)))
            message = (said("%(n)s task(s) released as genuine", n=len(done)) if verdict == "genuine" else
                       said("%(n)s task(s) dismissed as %(verdict)s", n=len(done), verdict=verdict))
            if refused:
                return self._review(request, session, who, status=409, message=message,
                                    error=said("not changed: %(why)s", why=refused))
            self.flash(who, message)
        return RedirectResponse(here("/review"), status_code=303)

    async def claim_next(self, request: Request) -> Response:
        if not same_origin(request):
            return PlainTextResponse("cross-site request refused", status_code=403)
        return await run_in_threadpool(self._claim_next, request)

    def _claim_next(self, request: Request) -> Response:
        with self.sessions.begin() as session:
            who = self.signed_in(request, session)
            if who is None:
                return self.to_login()
            task_id = actions.claim_next(session, who.actor, self.clock())
        if task_id is None:
            self.flash(who, said("Nothing to claim: the queue is empty."))
            return RedirectResponse(here("/"), status_code=303)
        self.flash(who, said("claimed task %(task)s", task=task_id))
        return RedirectResponse(here(f"/task/{task_id}"), status_code=303)


    # --- the supervisor's dashboard (leads, supervisors) ---

    def dashboard_page(self, request: Request) -> Response:
        from . import charts
        from .dashboard import DEFAULT_PERIOD, PERIODS, dashboard

        with self.sessions.begin() as session:  # collect_sla may keep response times it computed
            who = self.signed_in(request, session)
            if who is None:
                return self.to_login()
            if not who.actor.may("see_suspicious"):
                return self.render("error.html", status=403, who=who,
                                   error=said("%(name)s (%(role)s) may not see the dashboard: ask a lead or supervisor",
                                              name=who.name, role=who.role))
            try:
                refuse_unknown(request.query_params, "period", PERIODS,
                               said("unknown period in the address: choose one of %(choices)s",
                                    choices=Choices(PERIODS)))
            except UnknownValue as exc:
                return self.render("error.html", status=400, who=who, error=exc.said)
            period = request.query_params.get("period") or DEFAULT_PERIOD
            board = dashboard(session, self.clock(), period, self.calendar)
            business = board.sla["grade"]["business_timezone"] is not None
            fields = ["inquiries", "replied", "first_response_median_h", "first_response_p90_h",
                      *(("first_response_median_business_h", "first_response_p90_business_h") if business else ()),
                      "breaches", "backlog", "overdue"]
            return self.render("dashboard.html", who=who, board=board, periods=PERIODS, fields=fields,
                               calendar_zone=self.calendar.timezone, hbars=charts.hbars, columns=charts.columns,
                               num=charts._num, series=lambda groups, f: [(g["group"], g[f]) for g in groups],
                               by_labels=DASHBOARD_BY_LABELS, field_labels=DASHBOARD_FIELD_LABELS,
                               message=self.take_flash(who), **dashboard_labels(who.language))


BUYER_PAGE_SIZE = 50  # events a buyer page shows
BUYER_MAX_PAGE = 200  # deeper pages are refused: each page reads offset + size rows of four kinds
BUYER_KIND_LABELS = {"inquiry": "Inquiry", "reply": "Reply", "note": "Note", "follow-up": "Follow-up",
                     "action": "Action"}  # action: a claim, release, assign or dismissal (the audit log)


def buyer_page(web: WebQueue, request: Request) -> Response:
    """/buyer?key=BUYER_KEY or /buyer?inquiry=ID (the task page's link): one buyer's history."""
    from ..queue.views import buyer_history, buyer_key_of

    q = request.query_params
    with web.sessions.begin() as session:
        who = web.signed_in(request, session)
        if who is None:
            return web.to_login()
        key = (q.get("key") or "")[:320]
        if not key and (q.get("inquiry") or "").isdigit():
            key = buyer_key_of(session, int(q["inquiry"])) or ""
        if not key:
            return web.render("error.html", status=404, who=who, error=said("no such buyer"))
        try:
            page = max(1, min(int(q.get("page", "1")), BUYER_MAX_PAGE))
        except ValueError:
            page = 1
        history = buyer_history(session, key, who.actor, limit=BUYER_PAGE_SIZE, offset=(page - 1) * BUYER_PAGE_SIZE,
                                config=web.config)
        at = [("key", key)]
        return web.render("buyer.html", who=who, history=history, kind_labels=BUYER_KIND_LABELS,
                          prev_query=urlencode(at + [("page", str(page - 1))]) if page > 1 else "",
                          next_query=urlencode(at + [("page", str(page + 1))])
                          if history.more and page < BUYER_MAX_PAGE else "",
                          message=web.take_flash(who))


def released_to(session: Session, view: TaskView) -> int | None:
    """The reply task a lead's release made of a review task (the inquiry's newest reply task), for the
    closed review's page to link to; None for any other task (a review closed without a verdict too)."""
    if not (view.review and view.state == "done" and view.released):
        return None
    from sqlalchemy import select

    from ..store.models import TaskRow

    return session.scalar(select(TaskRow.id).where(TaskRow.inquiry_id == view.inquiry_id, TaskRow.kind == "reply")
                          .order_by(TaskRow.id.desc()).limit(1))


def draft_language_of(view: TaskView, languages: list[str]) -> str:
    """The template the task's draft is made from, the picker's selected option: the inquiry's
    language where it has its own reply template (English for a platform-translated RFQ:
    drafts.reply_language), else English (drafts.py's fallback)."""
    from types import SimpleNamespace

    from ..drafts import FALLBACK_LANGUAGE, base_language, stored_reply_language

    stored = SimpleNamespace(channel=view.channel, language=str(view.data.get("language") or ""), result=view.data)
    language = base_language(stored_reply_language(stored))
    return language if language in languages else FALLBACK_LANGUAGE


def task_draft_page(web: WebQueue, request: Request) -> Response:
    """/task/ID/draft?lang=xx: the task page with its draft made from the `xx` reply template."""
    from dataclasses import replace

    from ..queue.views import draft_in_language, draft_languages

    task_id = request.path_params["task_id"]
    lang = request.query_params.get("lang", "")
    with web.sessions.begin() as session:
        who = web.signed_in(request, session)
        if who is None:
            return web.to_login()
        if lang not in draft_languages(web.config):
            return web._task_page(session, who, task_id, status=400, error=said("no reply template for %(lang)s", lang=lang[:8]))
        try:
            view = task_view(session, task_id, web.config, who.actor, web.clock(), attachments=True)
            draft = draft_in_language(session, task_id, web.config, who.actor, lang)
        except ops.NotAllowed as exc:
            return web.render("error.html", status=403, who=who, error=sentence_of(exc))
        except ops.QueueError as exc:
            return web.render("error.html", status=404, who=who, error=sentence_of(exc))
        from .clock import task_clock

        return web.render("task.html", who=who, view=replace(view, draft=draft), message="", error="",
                          mine=view.assignee == who.name, draft_lang=lang,
                          clock=task_clock(session, task_id, web.calendar, web.clock()))


async def send_reply(web: WebQueue, request: Request) -> Response:
    """POST /task/ID/send: the edited draft mailed to the buyer through [notifications.smtp], the reply
    recorded (record_reply: audited, the task done) in the same transaction, the text kept as a note."""
    if not same_origin(request):
        return PlainTextResponse("cross-site request refused", status_code=403)
    raw = await form_of(request)

    def number(name: str) -> int:
        try:
            return int(str(raw.get(name, "")))
        except ValueError:
            return -1

    form = actions.Form(version=number("version"), mark=number("mark"), text=str(raw.get("text", ""))[:20_000],
                        quote=raw.get("quote") == "1")
    return await run_in_threadpool(_send_reply, web, request, request.path_params["task_id"], form)


NO_ADDRESS_TO_MAIL = "this inquiry has no email address to send to: answer by the buyer's own channel and record the reply"


def _send_reply(web: WebQueue, request: Request, task_id: int, form: actions.Form) -> Response:
    from ..errors import ConfigError
    from ..queue.views import seller_calendar
    from . import reply_mail

    now = web.clock()
    error, status = "", 200
    with web.sessions() as session:
        who = web.signed_in(request, session)
        session.commit()
        if who is None:
            return web.to_login()
        smtp = reply_mail.smtp_settings(web.config)
        try:
            with session.begin():
                if smtp is None:
                    raise ops.QueueError("no mail server configured ([notifications.smtp] host and sender): "
                                         "send the reply elsewhere and record it as sent")
                text = form.text.replace("\r\n", "\n").strip()
                if not text:
                    raise ops.QueueError("the reply is empty")
                actions.ensure_fresh(session, task_id, form, web.config)
                task = ops.get_task(session, task_id)
                ops.check_access(who.actor, task, owner_only=True)
                if task.kind == "review":
                    raise ops.QueueError("a review task gets no reply: release it as genuine first")
                inquiry = task.inquiry
                if not inquiry.from_addr:  # a call, a chat, a mail whose From held no address
                    raise ops.QueueError(NO_ADDRESS_TO_MAIL)
                message = reply_mail.reply_message(sender=str(smtp["sender"]), to=inquiry.from_addr,
                                                   to_name=inquiry.from_name, subject=inquiry.subject, body=text + "\n",
                                                   inquiry_message_id=inquiry.message_id)
                ops.add_note(session, who.actor, now, task_id, text, action="sent")
                ops.record_reply(session, who.actor, now, task_id, channel="email",
                                 kind="quote" if form.quote else "reply", calendar=seller_calendar(web.config))
                reply_mail.send(smtp, message)  # last: a failure rolls the record back
        except ops.NotAllowed as exc:
            error, status = sentence_of(exc), 403
        except actions.StaleForm as exc:
            error, status = exc.said, 409
        except (reply_mail.SendFailed, ConfigError) as exc:
            error, status = sentence_of(exc), 502
        except ops.QueueError as exc:
            error, status = sentence_of(exc), 400
        if error:
            log.info("task %s send by %s refused: %s", task_id, who.name, error)
            return web._task_page(session, who, task_id, status=status, error=error)
        log.info("task %s: reply mailed to the buyer by %s", task_id, who.name)
        web.flash(who, said("reply mailed to %(to)s and recorded; task %(task)s done", to=inquiry.from_addr, task=task_id))
    return RedirectResponse(here(f"/task/{task_id}"), status_code=303)


DASHBOARD_BY_LABELS = {"grade": "Grade", "agent": "Agent", "week": "Week"}
DASHBOARD_FIELD_LABELS = {
    "inquiries": "Inquiries", "replied": "Replied", "first_response_median_h": "Median h",
    "first_response_p90_h": "p90 h", "first_response_median_business_h": "Median bh",
    "first_response_p90_business_h": "p90 bh", "breaches": "Breaches", "backlog": "Backlog", "overdue": "Overdue",
    "closed_without_reply": "Closed, no reply",  # by agent only (reports/sla.CLOSED), after "replied"
}
DASHBOARD_OWN_GROUPS = (UNREPLIED, CLOSED_UNNAMED, "other")  # groups the dashboard names itself; the rest are data (names, codes, weeks)


def dashboard_labels(language: str) -> dict[str, Callable[..., Any]]:
    """The chart and table labels in the viewer's language: `words` for axes of our own words
    (weekdays, channels, suspicion kinds), `labels`/`label` for axes of data, whose own groups
    ("(unreplied)", "other") are words too. Data is never looked up in the catalogue."""
    tr = translator(language)

    def label(group: str) -> str:
        return tr(group) if group in DASHBOARD_OWN_GROUPS else group

    return {"label": label, "labels": lambda items: [(label(k), v) for k, v in items],
            "words": lambda items: [(tr(k), v) for k, v in items]}


REVIEW_VERDICTS = ("spam", "spy", "genuine")  # the review page's bulk verdicts (the detector learns from them)
MAX_BULK = 200  # tasks one bulk review may judge (a page is 50)


def create_app(config: Config, sessions: sessionmaker[Session], clock: Clock = _utc_now, *,
               hosts: tuple[str, ...] | None = LOOPBACK_HOSTS, trusted_proxies: tuple[str, ...] | None = None) -> ASGIApp:
    """The ASGI app. `hosts`: the Host names answered (None: any, for a server behind a proxy that
    checks them); the default serves loopback names only. `trusted_proxies`: behind a reverse proxy,
    the addresses whose X-Forwarded-For / X-Forwarded-Proto are believed (the client address the
    login throttle counts; https, so cookies are Secure); None: no forwarded header is read. The
    path prefix the proxy serves us under comes as the ASGI root_path (uvicorn's root_path)."""
    web = WebQueue(config, sessions, clock)
    from ..queue.views import draft_languages
    from .reply_mail import smtp_settings

    web.templates.globals.update(draft_languages=draft_languages(config), can_mail=smtp_settings(config) is not None)
    routes = [
        Route("/login", web.login_form, methods=["GET"]),
        Route("/login", web.login, methods=["POST"]),
        Route("/logout", web.logout, methods=["POST"]),
        Route("/language", functools.partial(switch_language, web), methods=["POST"]),
        Route("/", web.queue_page, methods=["GET"]),
        Route("/queue/rows", web.queue_rows, methods=["GET"]),
        Route("/claim", web.claim_next, methods=["POST"]),
        Route("/review", web.review_page, methods=["GET"]),
        Route("/review", web.review_bulk, methods=["POST"]),
        Route("/dashboard", web.dashboard_page, methods=["GET"]),
        Route("/buyer", lambda request: buyer_page(web, request), methods=["GET"]),
        Route("/task/{task_id:int}", web.task_page, methods=["GET"]),
        Route("/task/{task_id:int}/draft", lambda request: task_draft_page(web, request), methods=["GET"]),
        Route("/task/{task_id:int}/send", functools.partial(send_reply, web), methods=["POST"]),
        Route("/task/{task_id:int}/{action:str}", web.task_action, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes)
    app.state.web = web
    inner: ASGIApp = RootPath(app)
    if trusted_proxies:
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        inner = ProxyHeadersMiddleware(inner, trusted_hosts=list(trusted_proxies))
    outer = SecurityHeaders(HostCheck(inner, hosts))
    outer.web = web  # tests and tools reach the state (the throttle) here
    return outer
