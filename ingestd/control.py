"""The daemon's control socket: where the web app hands over the admins' "Try this password".

Why it exists: the shipped ``ingestd-web.service`` keeps the quarantine, the archive, the GnuPG
home and the notices key out of the reviewers' process, and its system-call filter refuses the
``setrlimit`` the parser worker caps itself with. The daemon (``ingestd.service``) has all of
them. So the web app asks the daemon, over a Unix socket both units reach (``[web]
control_socket``, ``/run/ingestd/control.sock``), to run ``quarantine_ops.reprocess`` - the
function of ``ingestd quarantine reprocess ID --password-file FILE`` - and shows the answer.

Protocol: one request per connection; each way a 4-byte big-endian length, then that many bytes
of one UTF-8 JSON object.

    request                                             reply
    {"op": "ping"}                                      {"ok": true}
    {"op": "reprocess", "intake_id": ID, "password": P} {"ok": true, "status": S, "reason": R,
                                                         "references": [...]}
    (anything that cannot be done)                      {"ok": false, "error": CODE, "message": WORDS}
                                                        (+ "command": the CLI, for "not-here")

``ERRORS`` is the table of codes. A reply never holds the password, and no error message
quotes the request.

Who may ask: the peer's uid as the kernel reports it (``SO_PEERCRED``) must be this process's
(``ingestd``: both units run as it) or root. Anyone else is answered ``refused`` before a byte
of the request is read. The socket is also mode 0660 in the daemon's 0750 runtime directory.

The password is held in memory only: read into a ``bytearray`` that is overwritten once parsed,
passed to ``reprocess`` (which hands it to the parser worker over its stdin, as the CLI's
``--password-file`` does), never logged, never in a reply, and dropped after use. (Python cannot
overwrite the ``str`` that ``json`` made of it; it is unreferenced garbage after the request.)

Bounds: a request of at most ``MAX_REQUEST`` bytes, all of it within ``REQUEST_SECONDS``; at
most ``MAX_CLIENTS`` connections at once (more are answered ``busy``); one reprocess at a time.
A client that goes away mid-request or before its reply costs the daemon nothing but a log line.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import socketserver
import stat
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingestd.config.schema import Config
from ingestd.errors import ControlError, IngestError, NotFound, UsageError
from ingestd.quarantine_ops import INTAKE_ID, MAX_PASSWORD, reprocess, reprocess_obstacle

log = logging.getLogger("ingestd.control")

MAX_REQUEST = 16 * 1024  # bytes: an id and a password of at most 1024 characters fit many times over
MAX_REPLY = 64 * 1024
REQUEST_SECONDS = 10.0  # for the whole request to arrive
CONNECT_SECONDS = 5.0
MAX_CLIENTS = 4
SOCKET_MODE = 0o660
LENGTH = struct.Struct(">I")
PEERCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid

#: The error codes of a reply: when each is given, and what the web app does with it.
ERRORS = {
    "refused": "the peer's uid is not the daemon's or root's (SO_PEERCRED); nothing is read",
    "busy": f"{MAX_CLIENTS} requests are being answered already; try again",
    "too-large": f"the request's length prefix is over {MAX_REQUEST} bytes; nothing more is read",
    "bad-request": "not a complete frame of one JSON object with a known op and well-formed fields",
    "not-found": "no quarantined original for that intake id",
    "not-held": "the message is no longer held (reprocessed or filed meanwhile)",
    "not-here": "the daemon cannot do it either (an original encrypted to the archive key): use the CLI",
    "failed": "the reprocess failed; the daemon's log has the kind of failure",
}


class BadRequest(Exception):
    """A request the daemon will not act on; ``code`` is a key of ``ERRORS``. Internal to this module."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---- framing -----------------------------------------------------------------------------------

def send_frame(conn: socket.socket, obj: dict[str, Any]) -> None:
    body = json.dumps(obj).encode("utf-8")
    conn.sendall(LENGTH.pack(len(body)) + body)


def _recv_exactly(conn: socket.socket, buffer: bytearray) -> None:
    view = memoryview(buffer)
    got = 0
    while got < len(buffer):
        n = conn.recv_into(view[got:])
        if n == 0:
            raise BadRequest("bad-request", "the connection closed before the whole request arrived")
        got += n


def recv_frame(conn: socket.socket, limit: int) -> bytearray:
    """One frame's body, in a bytearray the caller overwrites when done (it may hold a password)."""
    head = bytearray(LENGTH.size)
    _recv_exactly(conn, head)
    (length,) = LENGTH.unpack(head)
    if length > limit:
        raise BadRequest("too-large", f"a request is at most {limit} bytes; this one says {length}")
    body = bytearray(length)
    _recv_exactly(conn, body)
    return body


def wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


# ---- who is asking -------------------------------------------------------------------------------

def peer_uid(conn: socket.socket) -> int:
    """The connecting process's uid, from the kernel (``SO_PEERCRED``), not from anything it sent."""
    _pid, uid, _gid = PEERCRED.unpack(conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, PEERCRED.size))
    return uid


def peer_allowed(conn: socket.socket, allowed_uids: frozenset[int]) -> bool:
    return peer_uid(conn) in allowed_uids


def default_allowed_uids() -> frozenset[int]:
    """This process's uid (the ingestd user both units run as) and root."""
    return frozenset({os.geteuid(), 0})


# ---- requests ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Request:
    op: str  # "ping" | "reprocess"
    intake_id: str = ""
    password: str = ""

    def __repr__(self) -> str:  # a traceback or a debugger never shows the password
        return f"Request(op={self.op!r}, intake_id={self.intake_id!r})"


def parse_request(body: bytearray) -> Request:
    """The request in ``body``; ``BadRequest`` says what is wrong without quoting it."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadRequest("bad-request", "the request is not one UTF-8 JSON object") from None
    if not isinstance(data, dict) or data.get("op") not in ("ping", "reprocess"):
        raise BadRequest("bad-request", 'the request needs "op": "ping" or "reprocess"')
    if data["op"] == "ping":
        return Request("ping")
    intake_id, password = data.get("intake_id"), data.get("password")
    if not isinstance(intake_id, str) or not INTAKE_ID.fullmatch(intake_id):
        raise BadRequest("bad-request", '"intake_id" is not an intake id')
    if not isinstance(password, str) or not 0 < len(password) <= MAX_PASSWORD:
        raise BadRequest("bad-request", f'"password" must be a string of 1 to {MAX_PASSWORD} characters')
    return Request("reprocess", intake_id, password)


def error_reply(code: str, message: str, **extra: str) -> dict[str, Any]:
    return {"ok": False, "error": code, "message": message, **extra}


def do_reprocess(services: Any, request: Request) -> dict[str, Any]:
    """``quarantine_ops.reprocess`` for ``request``, as a reply: the one translation of its errors.

    NotFound and UsageError say only ids and states (errors.py), so their words go back; any
    other failure goes back and into the log by kind only, since its text could quote a path or
    a header of the original.
    """
    obstacle = reprocess_obstacle(services, request.intake_id)
    if obstacle is not None:
        return error_reply("not-here", obstacle.why, command=obstacle.command)
    try:
        outcome = reprocess(services, request.intake_id, password=request.password)
    except NotFound as exc:
        return error_reply("not-found", str(exc))
    except UsageError as exc:
        return error_reply("not-held", str(exc))
    except (IngestError, OSError) as exc:
        log.error("id=%s reprocess over the control socket failed: %s", request.intake_id, type(exc).__name__)
        return error_reply("failed", f"the daemon could not reprocess it ({type(exc).__name__}; see its log)")
    log.info("id=%s reprocessed over the control socket: %s %s", request.intake_id, outcome.status,
             outcome.reason or "")
    return {"ok": True, "status": outcome.status, "reason": outcome.reason,
            "references": [r.reference for r in outcome.reports]}


# ---- the server (in the daemon) ------------------------------------------------------------------

class _Handler(socketserver.BaseRequestHandler):
    server: "ControlServer"

    def handle(self) -> None:
        conn: socket.socket = self.request
        conn.settimeout(REQUEST_SECONDS)
        try:
            send_frame(conn, self.server.answer(conn))
        except (TimeoutError, OSError) as exc:  # the client went away or stopped reading: its loss only
            log.warning("control socket: no reply delivered (%s)", type(exc).__name__)


class ControlServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """The control socket of ``ingestd serve``: a thread per connection, one reprocess at a time.

    ``services`` is called for each request, so a SIGHUP's new services are used from then on.
    """

    daemon_threads = True
    block_on_close = False

    def __init__(self, path: Path, services: Callable[[], Any], *,
                 allowed_uids: frozenset[int] | None = None) -> None:
        self.path = path
        self.services = services
        self.allowed_uids = default_allowed_uids() if allowed_uids is None else allowed_uids
        self.slots = threading.BoundedSemaphore(MAX_CLIENTS)
        self.work = threading.Lock()
        self._thread: threading.Thread | None = None
        _clear_stale(path)
        super().__init__(str(path), _Handler)
        os.chmod(path, SOCKET_MODE)
        self._inode = os.stat(path).st_ino

    def answer(self, conn: socket.socket) -> dict[str, Any]:
        uid = peer_uid(conn)
        if uid not in self.allowed_uids:
            log.warning("control socket: refused a peer with uid %d", uid)
            return error_reply("refused", "this socket answers only the ingestd user and root")
        if not self.slots.acquire(blocking=False):
            return error_reply("busy", "the daemon is answering other requests; try again in a moment")
        body = bytearray()
        try:
            body = recv_frame(conn, MAX_REQUEST)
            request = parse_request(body)
            wipe(body)
            if request.op == "ping":
                return {"ok": True}
            with self.work:
                return do_reprocess(self.services(), request)
        except BadRequest as exc:
            log.warning("control socket: %s (%s)", exc.code, exc.message)
            return error_reply(exc.code, exc.message)
        except Exception as exc:  # noqa: BLE001 - one bad request must not cost the daemon its socket
            # By kind only: the text of an unexpected error could quote the original.
            log.error("control socket: request failed (%s)", type(exc).__name__)
            return error_reply("failed", f"the daemon could not do it ({type(exc).__name__}; see its log)")
        finally:
            wipe(body)
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """socketserver's default prints a traceback; the kind is enough (and quotes nothing)."""
        import sys

        log.error("control socket: connection failed (%s)", type(sys.exc_info()[1]).__name__)

    def start(self) -> "ControlServer":
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.5},
                                        name="ingestd-control", daemon=True)
        self._thread.start()
        log.info("control socket: serving on %s", self.path)
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
        self.server_close()
        try:  # only our own socket: another daemon's at the same path stays
            if os.stat(self.path).st_ino == self._inode:
                self.path.unlink()
        except FileNotFoundError:
            pass


def _clear_stale(path: Path) -> None:
    """Remove a socket left by a daemon that died; refuse to take over one that still answers."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(mode):
        raise OSError(f"{path} exists and is not a socket")
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(CONNECT_SECONDS)
    try:
        probe.connect(str(path))
    except (ConnectionRefusedError, FileNotFoundError):
        path.unlink(missing_ok=True)
        return
    finally:
        probe.close()
    raise OSError(f"{path}: another process already answers on it")


def serve(config: Config, services: Callable[[], Any]) -> ControlServer | None:
    """Start the control socket for ``ingestd serve``; None (and a log line) where it cannot be.

    The daemon does not make the directory: ``ingestd.service``'s ``RuntimeDirectory=ingestd``
    does. Where it does not exist (a daemon started by hand, the tests), the password form falls
    back to naming the CLI command, and the mail intake is not held up for it.
    """
    path = config.web.control_socket
    if not path.parent.is_dir():
        log.info("control socket: off (%s does not exist; ingestd.service's RuntimeDirectory= makes it)",
                 path.parent)
        return None
    try:
        return ControlServer(path, services).start()
    except OSError as exc:
        log.warning("control socket: off (%s)", exc.strerror or exc)
        return None


# ---- the client (in the web app) -----------------------------------------------------------------

@dataclass(frozen=True)
class Reply:
    """What the daemon did with a reprocess request (``ok`` replies only; errors raise)."""

    status: str
    reason: str | None
    references: tuple[str, ...]


def _exchange(path: Path, request: dict[str, Any], reply_seconds: float) -> dict[str, Any]:
    """Send one request, read its reply; every socket failure becomes a ControlError here."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(CONNECT_SECONDS)
        try:
            conn.connect(str(path))
        except FileNotFoundError:
            raise ControlError("absent", f"the daemon's control socket {path} is not there (is ingestd.service "
                                         "running?)") from None
        except (ConnectionRefusedError, PermissionError) as exc:
            raise ControlError("absent", f"the daemon's control socket {path} does not answer "
                                         f"({type(exc).__name__})") from None
        body = bytearray(json.dumps(request).encode("utf-8"))
        try:
            conn.sendall(bytes(LENGTH.pack(len(body))) + body)
        except BrokenPipeError:
            pass  # the daemon answered without reading it (refused, busy): its reply is waiting below
        finally:
            wipe(body)
        conn.settimeout(reply_seconds)
        raw = recv_frame(conn, MAX_REPLY)
    except BadRequest:
        raise ControlError("protocol", "the daemon closed the connection without a whole reply") from None
    except TimeoutError:
        raise ControlError("timeout", f"the daemon did not answer within {reply_seconds:.0f} s (it may still "
                                      "finish: look at Needs attention again later)") from None
    except OSError as exc:
        raise ControlError("protocol", f"the connection to the daemon broke ({type(exc).__name__})") from None
    finally:
        conn.close()
    try:
        reply = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ControlError("protocol", "the daemon's reply is not JSON") from None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise ControlError("protocol", "the daemon's reply is not a reply of the control protocol")
    if not reply["ok"]:
        command = reply.get("command")
        raise ControlError(str(reply.get("error") or "failed"), str(reply.get("message") or "no reason given"),
                           command=command if isinstance(command, str) else None)
    return reply


def unreachable(path: Path) -> str | None:
    """None when the daemon answers a ping on ``path`` from this process, else why not in plain words."""
    try:
        _exchange(path, {"op": "ping"}, CONNECT_SECONDS)
    except ControlError as exc:
        return exc.message
    return None


def reply_seconds(config: Config) -> float:
    """How long the web app waits for a reprocess: the longest its parsing may take, plus a minute."""
    pipeline = config.pipeline
    return float(pipeline.parse_wall_seconds + pipeline.ocr_wall_seconds + pipeline.convert_wall_seconds + 60)


def ask_reprocess(config: Config, intake_id: str, password: str) -> Reply:
    """Ask the daemon to reprocess ``intake_id`` with ``password``; ControlError when it cannot."""
    request = {"op": "reprocess", "intake_id": intake_id, "password": password}
    try:
        reply = _exchange(config.web.control_socket, request, reply_seconds(config))
    finally:
        request.clear()
    return Reply(status=str(reply.get("status")), reason=reply.get("reason"),
                 references=tuple(str(r) for r in reply.get("references") or ()))
