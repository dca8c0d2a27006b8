"""The password form under the shipped units: the web app cannot reach the quarantine, the daemon can.

A real ``ingestd serve`` with its control socket (ingestd.control, the code the daemon runs),
a real ``ingestd web`` under the web unit's own masks (tests/web/masking.py: the quarantine,
spool, archive... are inaccessible to it, and it has no capabilities), a real password-protected
DOCX held in quarantine. The password must leak nowhere: not the web app's log, the daemon's
log, a file under the data dir, the database, a response body or the session cookie.
"""

from __future__ import annotations

import json
import socket
import struct
import subprocess
from pathlib import Path

from ingestd.control import LENGTH, MAX_REQUEST
from ingestd.reasons import message_meaning
from tests.cli import run_cli
from tests.waiting import wait_until
from tests.web.test_reprocess_password import (DOC_PASSWORD, WRONG, assert_leaks_nowhere, flash, held_ids,
                                               hold_protected, session_cookies, try_password)

NOBODY = 65534
SYSTEM_PYTHON = "/usr/bin/python3"


def status_of(config, intake_id: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    shown = json.loads(run_cli(config, "quarantine", "show", intake_id).out)
    return shown["status"], shown["reason"]


def exchange(path: Path, raw: bytes, *, close_after_send: bool = False) -> dict | None:
    """Send ``raw`` as it is on one connection; the daemon's reply as JSON (None: closed at once)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(120)
        conn.connect(str(path))
        conn.sendall(raw)
        if close_after_send:
            return None
        head = conn.recv(LENGTH.size, socket.MSG_WAITALL)
        (length,) = LENGTH.unpack(head)
        return json.loads(conn.recv(length, socket.MSG_WAITALL))


def frame(obj: dict) -> bytes:
    body = json.dumps(obj).encode()
    return LENGTH.pack(len(body)) + body


def test_the_daemon_opens_it_for_the_masked_web_app_and_the_password_leaks_nowhere(daemon_and_masked_web, tmp_path):
    web = daemon_and_masked_web
    intake_id = hold_protected(web.config, tmp_path)
    admin = web.login("admin")
    bodies: list[str] = []
    page = admin.get("/attention").text
    bodies.append(page)
    assert f'<form class="password-form" action="/quarantine/{intake_id}/password" method="post">' in page

    page = try_password(admin, intake_id, WRONG, bodies)
    assert flash(page) == "That password did not open it; nothing changed. It is still held."
    assert intake_id in held_ids(page)
    assert status_of(web.config, intake_id) == ("quarantined", "password-wrong")
    row = page.split(f'<td class="muted">{intake_id}</td>', 1)[1].split("</tr>", 1)[0]
    assert '<span class="code">password-wrong</span>' in row and message_meaning("password-wrong") in row

    page = try_password(admin, intake_id, DOC_PASSWORD, bodies)
    assert flash(page).startswith("The password opened it: filed as ICR-2026-0002."), flash(page)
    assert intake_id not in held_ids(page)
    [entry] = [e for e in json.loads(run_cli(web.config, "log", "--format", "json").out)
               if e["intake_id"] == intake_id]
    assert (entry["status"], entry["reference"]) == ("filed", "ICR-2026-0002")
    bodies.append(admin.get("/reports/ICR-2026-0002").text)

    rows = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out)
            if r["action"] == "reprocess-password"]
    assert [(r["outcome"], r["detail"]) for r in rows] == \
        [("wrong-password", "by the daemon"), ("ok", "ICR-2026-0002 by the daemon")]
    daemon_log = web.daemon.stderr()
    assert f"id={intake_id} reprocessed over the control socket: filed" in daemon_log
    for secret in (DOC_PASSWORD, WRONG):
        assert secret not in daemon_log, "the password is in the daemon's log"
        assert_leaks_nowhere(secret, web, bodies, session_cookies(admin))


def test_the_web_app_really_is_masked_and_names_the_cli_command_when_the_daemon_is_gone(daemon_and_masked_web,
                                                                                         tmp_path):
    web = daemon_and_masked_web
    intake_id = hold_protected(web.config, tmp_path)
    assert web.daemon.terminate() == 0
    assert not web.control_socket.exists()  # the daemon removes its socket on the way out
    admin = web.login("admin")
    page = admin.get("/attention").text
    assert "Try this password" not in page
    assert ("this web app has no access to the quarantine on this server (its service unit keeps it out), and "
            f"the daemon&#39;s control socket {web.control_socket} is not there (is ingestd.service running?)") in page
    bodies: list[str] = []
    after = try_password(admin, intake_id, DOC_PASSWORD, bodies)
    assert flash(after).startswith("Not done: this web app has no access to the quarantine"), flash(after)
    assert f"ingestd quarantine reprocess {intake_id} --password-file FILE" in flash(after)
    assert status_of(web.config, intake_id) == ("quarantined", "password-protected")
    [row] = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out)
             if r["action"] == "reprocess-password"]
    assert (row["outcome"], row["detail"]) == ("not-here", "control absent")
    assert_leaks_nowhere(DOC_PASSWORD, web, bodies, session_cookies(admin))


def test_a_peer_with_another_uid_is_refused(daemon_and_masked_web, tmp_path):
    """A real client process running as nobody. The socket's mode (0660) and its directory's
    would stop it at connect(); they are opened here so that the SO_PEERCRED check is what it meets."""
    web = daemon_and_masked_web
    intake_id = hold_protected(web.config, tmp_path)
    web.control_socket.parent.chmod(0o755)
    web.control_socket.chmod(0o666)
    client = ("import json, socket, struct, sys\n"
              "s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])\n"
              "b = json.dumps({'op': 'reprocess', 'intake_id': sys.argv[2], 'password': sys.argv[3]}).encode()\n"
              "try: s.sendall(struct.pack('>I', len(b)) + b)\n"
              "except BrokenPipeError: pass  # answered (and closed) before it read the request\n"
              "n, = struct.unpack('>I', s.recv(4, socket.MSG_WAITALL))\n"
              "print(s.recv(n, socket.MSG_WAITALL).decode())\n")
    # Debian's own interpreter: nobody may not enter the tests' virtualenv.
    result = subprocess.run([SYSTEM_PYTHON, "-I", "-c", client, str(web.control_socket), intake_id, DOC_PASSWORD],
                            user=NOBODY, group=NOBODY, capture_output=True, text=True, timeout=60, cwd="/")
    assert result.returncode == 0, result.stderr
    reply = json.loads(result.stdout)
    assert (reply["ok"], reply["error"]) == (False, "refused")
    assert f"control socket: refused a peer with uid {NOBODY}" in web.daemon.stderr()
    assert status_of(web.config, intake_id) == ("quarantined", "password-protected")
    # root (the tests' own uid, as the web app's) is still answered
    assert exchange(web.control_socket, frame({"op": "ping"})) == {"ok": True}


def test_malformed_and_oversized_requests_get_a_clear_error(daemon_and_masked_web):
    path = daemon_and_masked_web.control_socket
    too_large = exchange(path, LENGTH.pack(MAX_REQUEST + 1))
    assert too_large == {"ok": False, "error": "too-large",
                         "message": f"a request is at most {MAX_REQUEST} bytes; this one says {MAX_REQUEST + 1}"}
    assert exchange(path, struct.pack(">I", 5) + b"hello") == \
        {"ok": False, "error": "bad-request", "message": "the request is not one UTF-8 JSON object"}
    assert exchange(path, frame({"op": "delete-everything"}))["error"] == "bad-request"  # type: ignore[index]
    reply = exchange(path, frame({"op": "reprocess", "intake_id": "../../etc/passwd", "password": DOC_PASSWORD}))
    assert reply == {"ok": False, "error": "bad-request", "message": '"intake_id" is not an intake id'}
    reply = exchange(path, frame({"op": "reprocess", "intake_id": "00000000000000000001-smtp-abcdef",
                                  "password": "x" * 1025}))
    assert reply["error"] == "bad-request" and "1 to 1024 characters" in reply["message"]  # type: ignore[index]
    reply = exchange(path, frame({"op": "reprocess", "intake_id": "00000000000000000001-smtp-abcdef",
                                  "password": DOC_PASSWORD}))
    assert reply == {"ok": False, "error": "not-here",
                     "message": "its original is no longer kept (discarded or purged)",
                     "command": "ingestd quarantine reprocess 00000000000000000001-smtp-abcdef --password-file FILE"}
    assert DOC_PASSWORD not in daemon_and_masked_web.daemon.stderr()


def test_the_daemon_survives_clients_that_disconnect_mid_request(daemon_and_masked_web, tmp_path):
    web = daemon_and_masked_web
    intake_id = hold_protected(web.config, tmp_path)
    path = web.control_socket
    exchange(path, b"\x00\x00", close_after_send=True)  # half a length prefix
    exchange(path, LENGTH.pack(200) + b'{"op": "rep', close_after_send=True)  # half a request
    # A whole request, then gone before the reply: the daemon finishes the work and drops the reply.
    exchange(path, frame({"op": "reprocess", "intake_id": intake_id, "password": WRONG}), close_after_send=True)
    wait_until(lambda: status_of(web.config, intake_id) == ("quarantined", "password-wrong"),
               what="the daemon to finish the reprocess its client left")
    log = wait_until(lambda: (lambda t: t if t.count("control socket: no reply delivered") == 3 else None)(
        web.daemon.stderr()), what="the daemon to notice three replies had nobody to go to")
    assert log.count("control socket: bad-request (the connection closed before the whole request arrived)") == 2
    assert web.daemon.proc.poll() is None  # type: ignore[union-attr]
    pings = web.daemon.count("WATCHDOG=1")
    wait_until(lambda: web.daemon.count("WATCHDOG=1") > pings, what="the watchdog to go on being fed")
    # and the next admin is served as usual
    admin = web.login("admin")
    page = try_password(admin, intake_id, DOC_PASSWORD, [])
    assert flash(page).startswith("The password opened it: filed as ICR-2026-0002."), flash(page)
    assert WRONG not in web.daemon.stderr() and DOC_PASSWORD not in web.daemon.stderr()


def test_an_encrypted_original_still_needs_the_cli_and_the_daemon_says_so(daemon_and_masked_web, tmp_path):
    """The daemon has no archive secret key either: its 'not-here' reply and CLI command reach the page.
    The original is renamed to the store's name for one encrypted to the archive key (``ID.eml.gpg``),
    which is all reprocess_obstacle looks at (test_reprocess_password encrypts one for real)."""
    web = daemon_and_masked_web
    intake_id = hold_protected(web.config, tmp_path)
    plain = web.config.quarantine_dir / f"{intake_id}.eml"
    plain.rename(plain.with_name(f"{intake_id}.eml.gpg"))
    admin = web.login("admin")
    page = admin.get("/attention").text
    assert 'action="/quarantine/' in page  # the web app cannot see the original: it offers the form
    bodies: list[str] = []
    after = try_password(admin, intake_id, DOC_PASSWORD, bodies)
    assert flash(after).startswith("Not done: the original is encrypted to the archive key, which the web app does "
                                   "not hold. Nothing changed."), flash(after)
    assert f"ingestd quarantine reprocess {intake_id} --key-home DIR --password-file FILE" in flash(after)
    assert status_of(web.config, intake_id) == ("quarantined", "password-protected")
    assert_leaks_nowhere(DOC_PASSWORD, web, bodies, session_cookies(admin))
