"""``ingestd user`` and ``ingestd audit``: accounts and the audit from the server's shell."""

from __future__ import annotations

import csv
import io
import json

from ingestd.storage.accounts import get_account
from ingestd.storage.db import open_database
from tests.cli import run_cli


def test_user_add_list_disable_enable_role_and_passwd(make_config):
    config = make_config()
    assert run_cli(config, "db", "upgrade").code == 0
    added = run_cli(config, "user", "add", "Alex.Reid", "--role", "reviewer", "--password-stdin",
                    stdin=b"a long enough secret\n")
    assert added.code == 0 and "account Alex.Reid added (reviewer)" in added.err
    account = get_account(open_database(config.database_url), "alex.reid")  # names are case-blind
    assert account is not None and account.password_hash.startswith("$argon2id$")
    assert "a long enough secret" not in account.password_hash
    listed = json.loads(run_cli(config, "user", "list", "--format", "json").out)
    assert [(u["name"], u["role"], u["state"]) for u in listed] == [("Alex.Reid", "reviewer", "enabled")]
    assert run_cli(config, "user", "disable", "alex.reid").code == 0
    assert "disabled" in run_cli(config, "user", "list").out
    assert run_cli(config, "user", "enable", "Alex.Reid").code == 0
    assert run_cli(config, "user", "role", "Alex.Reid", "admin").code == 0
    assert json.loads(run_cli(config, "user", "list", "--format", "json").out)[0]["role"] == "admin"
    before = get_account(open_database(config.database_url), "Alex.Reid")
    assert run_cli(config, "user", "passwd", "Alex.Reid", "--password-stdin", stdin=b"another long secret\n").code == 0
    after = get_account(open_database(config.database_url), "Alex.Reid")
    assert after.password_hash != before.password_hash and after.session_epoch > before.session_epoch
    actions = json.loads(run_cli(config, "audit", "--format", "json").out)
    assert [a["action"] for a in actions] == ["user-add", "user-disable", "user-enable", "user-role", "user-passwd"]
    assert all(a["target"] == "Alex.Reid" and a["address"] == "cli" for a in actions)


def test_user_errors_are_one_line_and_non_zero(make_config):
    config = make_config()
    run_cli(config, "user", "add", "sam", "--role", "admin", "--password-stdin", stdin=b"a long enough secret\n")
    cases = [
        (("user", "add", "sam", "--role", "admin", "--password-stdin"), b"a long enough secret\n", "exists already"),
        (("user", "add", "kim", "--role", "admin", "--password-stdin"), b"short\n", "too short"),
        (("user", "add", "kim", "--role", "admin"), b"", "--password-stdin"),
        (("user", "add", "two words", "--role", "admin", "--password-stdin"), b"a long enough secret\n", "account name"),
        (("user", "disable", "nobody"), None, "no account named 'nobody'"),
        (("user", "passwd", "nobody", "--password-stdin"), b"a long enough secret\n", "no account named 'nobody'"),
    ]
    for args, stdin, words in cases:
        result = run_cli(config, *args, stdin=stdin)
        assert result.code != 0, args
        lines = result.error_lines()
        assert len(lines) == 1 and words in lines[0], (args, lines)
    assert run_cli(config, "user", "add", "kim", "--role", "boss").code == 2


def test_audit_filters_and_formats(make_config):
    config = make_config()
    for name in ("ann", "bob"):
        run_cli(config, "user", "add", name, "--role", "reviewer", "--password-stdin", stdin=b"a long enough secret\n")
    run_cli(config, "user", "disable", "bob")
    rows = list(csv.DictReader(io.StringIO(run_cli(config, "audit", "--since", "2020-01-01", "--format", "csv").out)))
    assert [r["action"] for r in rows] == ["user-add", "user-add", "user-disable"]
    assert list(rows[0]) == ["at", "username", "action", "target", "outcome", "address", "detail"]
    assert json.loads(run_cli(config, "audit", "--action", "user-disable", "--format", "json").out)[0]["target"] == "bob"
    assert json.loads(run_cli(config, "audit", "--until", "2020-01-01", "--format", "json").out) == []
    assert run_cli(config, "audit", "--since", "soon").code == 2
