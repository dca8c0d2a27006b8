"""``ingestd web``, ``ingestd user ...`` and ``ingestd audit``: the web app's commands.

Accounts are managed here, on the server, by the operator: the web app has no page that
creates an account or sets a role, so a stolen reviewer session cannot make itself admin.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from ingestd.accounts import check_name, check_role, hash_password, name_digest
from ingestd.config.schema import Config
from ingestd.errors import UsageError
from ingestd.storage import accounts as store
from ingestd.tables import print_table
from ingestd.times import utc_z


def _db(config: Config):  # type: ignore[no-untyped-def]
    from ingestd.storage.db import open_database
    return open_database(config.database_url)


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if not password:
            raise UsageError("no password on standard input (one line is read)")
        return password.rstrip("\r")
    if not sys.stdin.isatty():
        raise UsageError("there is no terminal to ask for the password: pipe it in with --password-stdin")
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise UsageError("the two passwords differ; nothing was changed")
    return first


def _operator() -> str:
    """Who made an account change from the command line, for the audit: ``cli:<OS user>``."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no name for this uid (a container): the uid itself
        import os
        return f"cli:uid {os.getuid()}"


def _clear_failures(config: Config, sessions, name: str) -> int:  # type: ignore[no-untyped-def]
    """Forget the name's failed logins (they are kept by a digest keyed with the session key);
    with no key yet, the web app has never run and there is nothing to forget."""
    key_file = config.web_session_key_file
    if not key_file.exists():
        return 0
    from ingestd.web.security import load_session_key
    return store.clear_failures(sessions, name_digest(load_session_key(key_file), name))


def web_command(config: Config, args: argparse.Namespace) -> int:
    from ingestd.web.app import serve
    return serve(config)


def user_command(config: Config, args: argparse.Namespace) -> int:
    action = args.u_command
    if action == "list":
        accounts = store.list_accounts(_db(config))
        rows = [{"name": a.name, "role": a.role, "state": "disabled" if a.disabled else "enabled",
                 "created_at": utc_z(a.created_at), "last_login_at": utc_z(a.last_login_at)} for a in accounts]
        if args.format == "json":
            print(json.dumps(rows, indent=2))
        else:
            print_table(rows, ("name", "role", "state", "created_at", "last_login_at"))
        return 0
    name = check_name(args.name)
    sessions = _db(config)
    who = _operator()
    if action == "add":
        role = check_role(args.role)
        password_hash = hash_password(_read_password(args))
        store.add_account(sessions, name, role, password_hash)
        store.audit(sessions, "user-add", username=who, address="cli", target=name, detail=f"role {role}")
        _say(args, f"account {name} added ({role})")
    elif action == "passwd":
        if store.get_account(sessions, name) is None:
            raise UsageError(f"no account named {name!r} (try 'ingestd user list')")
        account = store.set_password(sessions, name, hash_password(_read_password(args)))
        _clear_failures(config, sessions, account.name)
        store.audit(sessions, "user-passwd", username=who, address="cli", target=account.name)
        _say(args, f"password of {account.name} changed; its sessions have ended")
    elif action in ("disable", "enable"):
        account = store.set_disabled(sessions, name, action == "disable")
        if action == "enable":
            _clear_failures(config, sessions, account.name)
        store.audit(sessions, f"user-{action}", username=who, address="cli", target=account.name)
        _say(args, f"account {account.name} {action}d" + ("; its sessions have ended" if action == "disable" else ""))
    elif action == "unlock":
        account = store.get_account(sessions, name)
        if account is None:
            raise UsageError(f"no account named {name!r} (try 'ingestd user list')")
        forgotten = _clear_failures(config, sessions, account.name)
        store.audit(sessions, "user-unlock", username=who, address="cli", target=account.name,
                    detail=f"{forgotten} failed login{'s' if forgotten != 1 else ''} forgotten")
        _say(args, f"account {account.name} unlocked ({forgotten} failed login{'s' if forgotten != 1 else ''} "
                   f"forgotten)")
    elif action == "role":
        role = check_role(args.role)
        account = store.set_role(sessions, name, role)
        store.audit(sessions, "user-role", username=who, address="cli", target=account.name, detail=f"role {role}")
        _say(args, f"account {account.name} is now {role}")
    return 0


def _say(args: argparse.Namespace, line: str) -> None:
    if not args.quiet:
        print(line, file=sys.stderr)


def _bound(value: date | None, zone: ZoneInfo, end: bool) -> datetime | None:
    if value is None:
        return None
    return datetime.combine(value + timedelta(days=1) if end else value, time(0), zone).astimezone(timezone.utc)


def audit_command(config: Config, args: argparse.Namespace) -> int:
    zone = ZoneInfo(config.deadline.timezone)
    rows, _total = store.audit_entries(_db(config), since=_bound(args.since, zone, False),
                                       until=_bound(args.until, zone, True), username=args.user, action=args.action)
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=store.AUDIT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(out.getvalue())
    else:
        print_table(rows, store.AUDIT_FIELDS)
    return 0


def add_parsers(sub: argparse._SubParsersAction, command, actions, choice, day, common) -> None:  # type: ignore[no-untyped-def]
    """The three commands' arguments (called from ``ingestd.cli.build_parser``)."""
    command(sub, "web", "run the reviewers' web app (listens on [web] listen)", "ingestd web", common)

    p = command(sub, "user", "web-app accounts: add, list, passwd, disable, enable, unlock, role",
                "printf '%s\\n' \"$PASSWORD\" | ingestd user add alex --role reviewer --password-stdin", common)
    u_actions = actions(p, "u_command")
    u = u_actions.add_parser("add", help="create an account (asks for the password, or --password-stdin)")
    u.add_argument("name")
    u.add_argument("--role", type=choice(*store.ROLES), required=True, help="reviewer or admin")
    u.add_argument("--password-stdin", action="store_true", help="read the password from one line of standard input")
    u = u_actions.add_parser("list", help="every account, its role and state (never a password)")
    u.add_argument("--format", type=choice("table", "json"), default="table", help="table (default) or json")
    u = u_actions.add_parser("passwd", help="set a new password; ends the account's sessions, forgets its failed logins")
    u.add_argument("name")
    u.add_argument("--password-stdin", action="store_true", help="read the password from one line of standard input")
    u = u_actions.add_parser("disable", help="refuse its logins and end its sessions (the audit keeps its name)")
    u.add_argument("name")
    u = u_actions.add_parser("enable", help="let a disabled account log in again (forgets its failed logins)")
    u.add_argument("name")
    u = u_actions.add_parser("unlock", help="forget its failed logins, so a locked account can log in now")
    u.add_argument("name")
    u = u_actions.add_parser("role", help="make an account reviewer or admin; ends its sessions")
    u.add_argument("name")
    u.add_argument("role", type=choice(*store.ROLES))

    p = command(sub, "audit", "the web app's access audit: logins, views, exports, changes",
                "ingestd audit --since 2026-11-01 --format csv", common)
    p.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="from this local date")
    p.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="up to and including this local date")
    p.add_argument("--user", help="one account's entries")
    p.add_argument("--action", help="one action (login, login-failed, view-report, export, ...)")
    p.add_argument("--format", type=choice("table", "csv", "json"), default="table", help="table, csv or json")
