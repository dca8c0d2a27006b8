"""Accounts of the reviewers' web app: password hashing and the login decision.

Passwords are hashed with Argon2id (argon2-cffi's defaults, which follow RFC 9106's second
recommended profile) and never stored or logged. A login is refused, with the same words
whether or not the name exists, when

* the name has failed ``max_failed_logins`` times within the last ``lockout_minutes`` (the
  account is "locked": the right password does not open it), or
* the address has failed ``max_failed_logins_per_address`` times within ``lockout_minutes``.

Attempts on a locked name are refused without being counted, so trying a locked account
does not keep it locked: the lock ends ``lockout_minutes`` after the failures that caused
it. A success, ``ingestd user unlock``, ``user passwd`` and ``user enable`` clear a name's
failures.

Unknown names are checked against a dummy hash so that the time taken does not tell a
caller whether an account exists; their failures are counted by a keyed digest, so a locked
unknown name looks exactly like a locked account.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session, sessionmaker

from ingestd.config.schema import WebConfig
from ingestd.errors import UsageError
from ingestd.storage import accounts as store
from ingestd.storage.accounts import ROLES, Account

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a password anyone has")
NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-@"


def hash_password(password: str) -> str:
    check_password_quality(password)
    return _hasher.hash(password)


def check_password_quality(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UsageError(f"the password is too short: at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UsageError(f"the password is too long: at most {MAX_PASSWORD_LENGTH} characters")


def check_name(name: str) -> str:
    if not 1 <= len(name) <= 64 or any(ch not in NAME_CHARS for ch in name.lower()):
        raise UsageError("an account name is 1 to 64 letters, digits, '.', '_', '-' or '@' "
                         f"(got {len(name)} characters)")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise UsageError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def name_digest(key: bytes, name: str) -> str:
    """How a tried name is kept in the failed-login records: keyed, so the table names nobody."""
    return hmac.new(key, name.strip().lower().encode("utf-8", "replace"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class LoginResult:
    """``outcome``: ``ok``, ``wrong`` (name or password), ``locked``, ``address-limited``, ``disabled``."""

    outcome: str
    account: Account | None = None

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class Authenticator:
    """Decides logins against the accounts in ``sessions``; ``key`` keys the digests of names tried."""

    def __init__(self, sessions: sessionmaker[Session], web: WebConfig, key: bytes) -> None:
        self.sessions = sessions
        self.web = web
        self._key = key

    def name_digest(self, name: str) -> str:
        return name_digest(self._key, name)

    def locked(self, name: str, now: datetime | None = None) -> bool:
        now = now or datetime.now(timezone.utc)
        since = now - timedelta(minutes=self.web.lockout_minutes)
        return store.failures_for_name(self.sessions, self.name_digest(name), since) >= self.web.max_failed_logins

    def login(self, name: str, password: str, address: str) -> LoginResult:
        now = datetime.now(timezone.utc)
        window = now - timedelta(minutes=self.web.lockout_minutes)
        store.forget_failures_before(self.sessions, now - timedelta(days=1))
        digest = self.name_digest(name)
        if store.failures_from_address(self.sessions, address, window) >= self.web.max_failed_logins_per_address:
            return LoginResult("address-limited")
        if self.locked(name, now):
            return LoginResult("locked")  # not counted: trying a locked account does not prolong the lock
        account = store.get_account(self.sessions, name) if len(name) <= 64 else None
        good = _verify(account.password_hash if account else _DUMMY_HASH, password[:MAX_PASSWORD_LENGTH])
        if account is None or not good:
            store.add_login_failure(self.sessions, digest, address)
            return LoginResult("wrong")
        if account.disabled:
            return LoginResult("disabled", account)
        store.clear_failures(self.sessions, digest)
        store.note_login(self.sessions, account.name)
        if _hasher.check_needs_rehash(account.password_hash):
            store.set_password(self.sessions, account.name, _hasher.hash(password), end_sessions=False)
        return LoginResult("ok", account)
