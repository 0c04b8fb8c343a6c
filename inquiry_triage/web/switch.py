"""The interface language switch (中文 · English in every page's header).

Who chooses, first wins:
  * signed in: the user's stored language (users.language; `users language` on the CLI sets it too);
    the switch writes it there, so it follows the person to any browser;
  * signed out (the login page): the language chosen on this browser (the LANG_COOKIE the switch and
    each login leave), else the browser's Accept-Language (i18n.language_of), else Chinese.
After switching, the browser goes back to the page it was on (its Referer, when that is one of our
pages; never another site's address)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from .i18n import LANGUAGES, language_of

if TYPE_CHECKING:
    from .app import WebQueue

LANG_COOKIE = "it_lang"
LANG_COOKIE_DAYS = 400  # the longest a browser keeps a cookie (RFC 6265bis)

# Our pages a browser may be sent back to (GET); an action's address (/task/7/claim, the page shown
# after a refused form) goes back to its task page; anything else to the queue.
_PAGE = re.compile(r"/(?:review|dashboard|buyer|login)?\Z|/task/\d+(?:/draft)?\Z")
_ACTION = re.compile(r"(/task/\d+)/[\w-]+\Z")


def chosen_language(request: Request) -> str:
    """The language of a page shown to nobody signed in: this browser's choice, else its Accept-Language."""
    chosen = request.cookies.get(LANG_COOKIE, "")
    return chosen if chosen in LANGUAGES else language_of(request.headers.get("accept-language", ""))


def remember(response: Response, request: Request, language: str, root: str) -> None:
    """The choice kept on this browser (for the login page); not a secret, so readable like any preference."""
    response.set_cookie(LANG_COOKIE, language, max_age=LANG_COOKIE_DAYS * 86400, path=(root or "") + "/",
                        samesite="lax", secure=request.url.scheme == "https", httponly=True)


def back_to(request: Request, root: str) -> str:
    """The page the switch was pressed on (from the Referer, which our referrer-policy keeps for our
    own origin), as a path under `root`; the queue when it is not one of our pages."""
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc != request.headers.get("host", "") or not referer.path.startswith(root + "/"):
        return root + "/"
    path = referer.path[len(root):]
    if _PAGE.match(path):
        return root + path + (f"?{referer.query}" if referer.query else "")
    action = _ACTION.match(path)
    return root + (action.group(1) if action else "/")


def choose_language(web: WebQueue, request: Request, language: str) -> Response:
    """POST /language (lang=zh|en): the signed-in user's stored language and this browser's choice."""
    from ..queue import users as u
    from .app import ROOT, same_origin

    if not same_origin(request):
        return PlainTextResponse("cross-site request refused", status_code=403)
    if language not in LANGUAGES:
        return PlainTextResponse("lang: zh or en", status_code=400)
    root = ROOT.get()
    with web.sessions.begin() as session:
        who = web.signed_in(request, session)
        if who is not None:
            u.set_language(session, who.name, language, web.clock())
    response = RedirectResponse(back_to(request, root), status_code=303)
    remember(response, request, language, root)
    return response


async def switch_language(web: WebQueue, request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from .app import form_of

    form = await form_of(request)
    return await run_in_threadpool(choose_language, web, request, str(form.get("lang", ""))[:8])
