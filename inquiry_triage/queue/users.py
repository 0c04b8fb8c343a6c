"""Stored users and their web sessions: who logs in to the web queue, with which role.

Identities. The web's Actor comes from the users table only (name + role, checked by the same
queue/operations.PERMISSIONS as the CLI). The CLI keeps its [team] members: it runs with the
operator's access to the database file or server, so its identity is a declaration, not a login.
The two meet in `users add`: without --role a person listed in [team] members gets that role, so
one list can seed the other; `users list` marks a stored role that differs from [team].

Passwords: argon2id (argon2-cffi's defaults), never stored or logged in clear. Sessions: a random
token in the cookie, its SHA-256 in the database; logout, `users disable` and `users passwd` revoke
them. Nothing here prints; every time is an explicit aware `now`.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..store.models import UserRow, WebSessionRow, as_utc
from .operations import ROLES, Actor, NotAllowed, QueueError, actor_from_config

LANGUAGES = ("zh", "en")  # the interface languages (issue 11 part 8)
MIN_PASSWORD_CHARS = 10  # a shared office machine and a guessable name: short passwords fall to a list
MAX_PASSWORD_CHARS = 1024  # argon2 hashes any length; a megabyte "password" is an attack, not a person
NAME_CHARS = 128  # the column's length
SESSION_LIFETIME = timedelta(hours=12)  # a working day and some: log in once a day
SESSION_IDLE = timedelta(hours=2)  # a session unused this long ends (a screen left open over lunch is fine)
SEEN_EVERY = timedelta(minutes=1)  # last_seen_at is written at most this often (the page polls every few seconds)


class UserError(QueueError):
    pass


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass timezone-aware times")
    return now.astimezone(timezone.utc)


def check_name(name: str) -> str:
    """A login name: 1-128 characters, no spaces or control characters (it is shown in the audit log,
    the queue and notes)."""
    text = unicodedata.normalize("NFC", name.strip())
    if not text or len(text) > NAME_CHARS:
        raise UserError("a user name needs 1-%(most)s characters", most=NAME_CHARS)
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in text):
        raise UserError("a user name may not contain spaces or control characters")
    return text


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise UserError("a password needs at least %(n)s characters", n=MIN_PASSWORD_CHARS)
    if len(password) > MAX_PASSWORD_CHARS:
        raise UserError("a password may have at most %(n)s characters", n=MAX_PASSWORD_CHARS)
    return password


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError("role must be one of %(roles)s (got %(got)s)", roles=", ".join(ROLES), got=repr(role))
    return role


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UserError("language must be one of %(languages)s (got %(got)s)", languages=", ".join(LANGUAGES),
                        got=repr(language))
    return language


def role_from_team(name: str, team: dict[str, Any] | None) -> str | None:
    """The role [team] members gives `name`, if listed there."""
    role = ((team or {}).get("members") or {}).get(name)
    return role if role in ROLES else None


def find_user(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name == name))


def _get(session: Session, name: str) -> UserRow:
    user = find_user(session, name)
    if user is None:
        raise UserError("no user %(name)s (see `inquiry-triage users list`)", name=repr(name))
    return user


def add_user(session: Session, name: str, role: str, password: str, now: datetime, *, language: str = "zh") -> UserRow:
    name = check_name(name)
    if find_user(session, name) is not None:
        raise UserError("user %(name)s exists already: `users passwd` changes the password", name=repr(name))
    user = UserRow(name=name, role=_check_role(role), password_hash=_hasher().hash(check_password(password)),
                   disabled=False, language=_check_language(language), created_at=_utc(now), updated_at=_utc(now))
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, name: str, password: str, now: datetime) -> int:
    """A new password; the user's sessions end (returns how many were revoked)."""
    user = _get(session, name)
    user.password_hash = _hasher().hash(check_password(password))
    user.updated_at = _utc(now)
    return revoke_sessions(session, user.id, now)


def set_role(session: Session, name: str, role: str, now: datetime) -> UserRow:
    user = _get(session, name)
    user.role, user.updated_at = _check_role(role), _utc(now)
    return user


def set_language(session: Session, name: str, language: str, now: datetime) -> UserRow:
    user = _get(session, name)
    user.language, user.updated_at = _check_language(language), _utc(now)
    return user


def disable_user(session: Session, name: str, now: datetime) -> int:
    """The user can no longer log in; their open sessions end now (returns how many)."""
    user = _get(session, name)
    user.disabled, user.updated_at = True, _utc(now)
    return revoke_sessions(session, user.id, now)


def held_tasks(session: Session, name: str) -> dict[str, int]:
    """How many live tasks `name` holds, by state ({"claimed": 2, "snoozed": 1}): a disabled user keeps
    them in their name (nobody else's list shows them) until a lead hands them over."""
    from sqlalchemy import func

    from ..store.models import LIVE_TASK_STATES, TaskRow

    return {state: n for state, n in session.execute(
        select(TaskRow.state, func.count()).where(TaskRow.state.in_(LIVE_TASK_STATES), TaskRow.assignee == name)
        .group_by(TaskRow.state).order_by(TaskRow.state))}


def held_tasks_words(name: str, held: dict[str, int], lang: str = "en") -> str:
    """What `users disable` says about the tasks the user still holds ("" for none), in the command
    line's language `lang` (queue/cli_words: en or zh)."""
    total = sum(held.values())
    if not total:
        return ""
    if lang != "en":
        from .cli_words import say, word

        return (say(lang, "%(name)s still holds %(n)s task(s) (%(states)s): they stay in %(name)s's name and nobody "
                          "works them until a lead hands them over.", name=name, n=f"{total:,}",
                    states="，".join(f"{word(lang, state)} {n:,}" for state, n in held.items()))
                + "\n" + say(lang, "  see them:      inquiry-triage queue --assignee %(name)s", name=name)
                + (say(lang, "   (snoozed: queue --snoozed --assignee %(name)s)", name=name) if held.get("snoozed") else "")
                + "\n" + say(lang, "  hand one over: inquiry-triage queue assign TASK --to NAME   (or: queue release TASK, "
                                    "back to the open queue)"))
    states = ", ".join(f"{n:,} {state}" for state, n in held.items())
    return (f"{name} still holds {total:,} task{'s' if total > 1 else ''} ({states}): "
            f"{'they stay' if total > 1 else 'it stays'} in {name}'s name and nobody works "
            f"{'them' if total > 1 else 'it'} until a lead hands {'them' if total > 1 else 'it'} over.\n"
            f"  see them:      inquiry-triage queue --assignee {name}"
            + (f"   (snoozed: queue --snoozed --assignee {name})" if held.get("snoozed") else "") + "\n"
            "  hand one over: inquiry-triage queue assign TASK --to NAME   (or: queue release TASK, back to the "
            "open queue)")


def enable_user(session: Session, name: str, now: datetime) -> UserRow:
    user = _get(session, name)
    user.disabled, user.updated_at = False, _utc(now)
    return user


def list_users(session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.name)))


def actor_of(user: UserRow) -> Actor:
    """The queue's Actor for a stored user: the same permission checks as the CLI's."""
    return Actor(name=user.name, role=user.role)


class UnknownUser(NotAllowed):
    """The command line names someone who is not a stored user, once users are stored."""


def command_line_actor(session: Session, name: str, team: dict[str, Any] | None) -> Actor:
    """Who runs a queue command. Once people are stored (`users add`), the users table decides the
    command line as it does the web: a stored name acts with its stored role, a disabled one is
    refused, and a name nobody stored is refused too (UnknownUser): a typo or the login name
    ("root") would otherwise claim tasks under a name nobody sees on the web. With nobody stored,
    [team] decides as before (the one-person setup works without users)."""
    user = find_user(session, name)
    if user is not None:
        if user.disabled:
            raise NotAllowed("user %(name)s is disabled (see `inquiry-triage users list`)", name=repr(name))
        return actor_of(user)
    if session.scalar(select(UserRow.id).limit(1)) is None:
        return actor_from_config(name, team)
    raise UnknownUser("%(name)s is not a stored user (see `inquiry-triage users list`): say who you are with "
                      "--user NAME or INQUIRY_TRIAGE_USER=NAME", name=repr(name))


# --- login and sessions ------------------------------------------------------------------------

_DUMMY_HASH: list[str] = []  # an argon2 hash to verify against when the name is unknown (same cost)


def verify_login(session: Session, name: str, password: str, now: datetime) -> UserRow | None:
    """The user when name and password match and the account is enabled; None otherwise. An unknown
    name costs one argon2 verification too, so the answer's time does not tell which names exist."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    hasher = _hasher()
    if len(password) > MAX_PASSWORD_CHARS:
        return None
    try:
        user = find_user(session, check_name(name))
    except UserError:
        user = None
    if user is None:
        if not _DUMMY_HASH:
            _DUMMY_HASH.append(hasher.hash(secrets.token_urlsafe(16)))
        try:
            hasher.verify(_DUMMY_HASH[0], password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            pass
        return None
    try:
        hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user.disabled:
        return None
    if hasher.check_needs_rehash(user.password_hash):  # argon2-cffi's parameters grew: upgrade on login
        user.password_hash = hasher.hash(password)
        user.updated_at = _utc(now)
    return user


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(session: Session, user: UserRow, now: datetime, lifetime: timedelta = SESSION_LIFETIME) -> str:
    """A new session for `user`; returns the token for the cookie (stored only as its hash)."""
    token = secrets.token_urlsafe(32)
    now = _utc(now)
    session.add(WebSessionRow(token_hash=token_hash(token), user_id=user.id, created_at=now, last_seen_at=now,
                              expires_at=now + lifetime))
    session.flush()
    return token


@dataclass(frozen=True)
class SignedIn:
    user_id: int
    name: str
    role: str
    language: str
    session_id: int

    @property
    def actor(self) -> Actor:
        return Actor(name=self.name, role=self.role)


def session_user(session: Session, token: str, now: datetime, idle: timedelta = SESSION_IDLE) -> SignedIn | None:
    """Who this cookie's session belongs to, or None: unknown, revoked, expired, idle too long, or the
    user disabled. Marks the session seen (at most once a minute)."""
    if not token or len(token) > 200:
        return None
    now = _utc(now)
    row = session.execute(select(WebSessionRow, UserRow).join(UserRow, UserRow.id == WebSessionRow.user_id)
                          .where(WebSessionRow.token_hash == token_hash(token))).first()
    if row is None:
        return None
    web, user = row
    if (web.revoked_at is not None or as_utc(web.expires_at) <= now or as_utc(web.last_seen_at) + idle <= now
            or user.disabled):
        return None
    if now - as_utc(web.last_seen_at) >= SEEN_EVERY:
        web.last_seen_at = now
    return SignedIn(user_id=user.id, name=user.name, role=user.role, language=user.language, session_id=web.id)


def end_session(session: Session, token: str, now: datetime) -> bool:
    """Logout: the session is revoked (kept for the record). True when there was one."""
    result = session.execute(update(WebSessionRow).where(WebSessionRow.token_hash == token_hash(token),
                                                         WebSessionRow.revoked_at.is_(None))
                             .values(revoked_at=_utc(now)).execution_options(synchronize_session=False))
    return bool(result.rowcount)


def revoke_sessions(session: Session, user_id: int, now: datetime) -> int:
    result = session.execute(update(WebSessionRow).where(WebSessionRow.user_id == user_id,
                                                         WebSessionRow.revoked_at.is_(None))
                             .values(revoked_at=_utc(now)).execution_options(synchronize_session=False))
    return int(result.rowcount or 0)
