"""The one seam through which ingestd runs the gpg binary.

We run gpg ourselves (``subprocess.Popen`` in a new session) rather than through python-gnupg
because the decision rules need things python-gnupg does not give us safely:

* the raw ``--status-fd`` lines on a pipe of their own, never mixed with gpg's human messages
  (CVE-2018-12020 smuggled fake status lines through a file name printed on the shared stream);
* a per-call wall-clock timeout that kills the whole gpg process group, not just one pid;
* a byte counter on stdout that stops a compression bomb before it reaches memory
  (python-gnupg buffers all of ``result.data``, and fills it even when the MDC check fails).

python-gnupg stays in the project for tests and key administration; its logger is tamed in
``ingestd.openpgp.__init__`` because it logs gpg's stderr (user IDs) at DEBUG.

Nothing read from gpg's stderr is ever logged: it carries user IDs and file names.
"""

from __future__ import annotations

import logging
import os
import selectors
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ingestd.config.schema import GpgConfig
from ingestd.errors import CryptoError

log = logging.getLogger("ingestd.security")

_CHUNK = 64 * 1024
_STATUS_PREFIX = b"[GNUPG:] "
# A signature flood (thousands of signature packets) must not grow the status buffer forever.
_MAX_STATUS_BYTES = 1024 * 1024

# Options on every call. --no-options ignores a gpg.conf that somebody planted ``verbose`` or a
# keyserver in (THREATS C6); no call may fetch or import a key as a side effect (THREATS C15).
_BASE_OPTIONS: tuple[str, ...] = (
    "--no-options",
    "--batch",
    "--no-tty",
    "--pinentry-mode", "loopback",
    "--no-verbose",
    "--no-greeting",
    "--no-auto-key-retrieve",
    "--no-auto-key-import",
    "--auto-key-locate", "local",
    "--disable-dirmngr",
    "--exit-on-status-write-error",
    "--display-charset", "utf-8",
)


@dataclass(frozen=True)
class StatusLine:
    """One ``[GNUPG:] KEYWORD arg...`` line from gpg's status pipe."""

    keyword: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class GpgRun:
    """What one gpg call produced. ``output`` is empty when ``oversize`` is set."""

    returncode: int
    status: tuple[StatusLine, ...]
    output: bytes
    oversize: bool = False
    status_overflow: bool = False

    def has(self, keyword: str) -> bool:
        return any(line.keyword == keyword for line in self.status)

    def lines(self, keyword: str) -> list[StatusLine]:
        return [line for line in self.status if line.keyword == keyword]


def parse_status(raw: bytes) -> tuple[StatusLine, ...]:
    """Split the status pipe into lines; anything not starting with the prefix is ignored."""
    lines: list[StatusLine] = []
    for chunk in raw.split(b"\n"):
        if not chunk.startswith(_STATUS_PREFIX):
            continue
        fields = chunk[len(_STATUS_PREFIX):].decode("utf-8", "replace").split(" ")
        if fields and fields[0]:
            lines.append(StatusLine(fields[0], tuple(fields[1:])))
    return tuple(lines)


class Gpg:
    """A configured gpg: the keyring home, the binary, the per-call timeout and output cap.

    ``Gpg(GpgConfig())`` (no home) is valid: it cannot decrypt or verify, and the unwrap stage
    quarantines encrypted mail as ``undecryptable``. It never falls back to ``~/.gnupg``.
    """

    def __init__(self, config: GpgConfig) -> None:
        self.config = config
        self.home: Path | None = Path(config.home) if config.home is not None else None

    def __repr__(self) -> str:
        return f"Gpg(home={str(self.home)!r}, binary={self.config.binary!r})"

    @property
    def usable(self) -> bool:
        """True when there is a keyring home to run against."""
        return self.home is not None

    def run(self, args: Sequence[str], stdin: bytes = b"", *, max_output: int | None = None) -> GpgRun:
        """Run ``gpg <base options> <args>`` with ``stdin``; never prompts, never outlives the timeout.

        ``max_output`` bounds stdout: past it the process group is killed and the run comes back
        with ``oversize=True`` and no output. Raises CryptoError when gpg cannot be started or
        runs past ``config.timeout`` seconds (an operational failure: the message is retried).
        """
        if self.home is None:
            raise CryptoError("gpg: no [gpg] home configured")
        status_r, status_w = os.pipe()
        cmd = [self.config.binary, "--homedir", str(self.home), *_BASE_OPTIONS,
               "--status-fd", str(status_w)]
        if max_output is not None:
            # gpg's own cap on decompressed output: defence in depth behind our byte counter, set
            # a little higher so that ours trips first and the reason reads "oversize".
            cmd += ["--max-output", str(max_output + 4 * _CHUNK)]
        cmd += list(args)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GNUPGHOME": str(self.home),
               "LC_ALL": "C", "HOME": str(self.home)}
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, pass_fds=(status_w,), env=env,
                                    start_new_session=True, close_fds=True)
        except OSError as exc:
            os.close(status_r)
            raise CryptoError(f"gpg: cannot run {self.config.binary!r}: {exc.strerror}") from exc
        finally:
            os.close(status_w)
        try:
            return self._communicate(proc, status_r, stdin, max_output)
        finally:
            os.close(status_r)
            if proc.poll() is None:
                _kill_group(proc)

    def _communicate(self, proc: subprocess.Popen[bytes], status_r: int, stdin: bytes,
                     max_output: int | None) -> GpgRun:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        deadline = time.monotonic() + self.config.timeout
        out = bytearray()
        status = bytearray()
        oversize = status_overflow = False
        sel = selectors.DefaultSelector()
        readers = {proc.stdout.fileno(): "out", proc.stderr.fileno(): "err", status_r: "status"}
        for fd in readers:
            os.set_blocking(fd, False)
            sel.register(fd, selectors.EVENT_READ)
        view = memoryview(stdin)
        stdin_fd = proc.stdin.fileno()
        if view:
            os.set_blocking(stdin_fd, False)
            sel.register(stdin_fd, selectors.EVENT_WRITE)
        else:
            proc.stdin.close()
        open_readers = set(readers)
        try:
            while open_readers:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    _kill_group(proc)
                    raise CryptoError(f"gpg: no answer within {self.config.timeout}s; process group killed")
                for key, _ in sel.select(timeout=min(remaining, 1.0)):
                    fd = key.fd
                    if fd == stdin_fd:
                        try:
                            written = os.write(fd, view[:_CHUNK])
                        except (BrokenPipeError, BlockingIOError) as exc:
                            if isinstance(exc, BlockingIOError):
                                continue
                            written = len(view)  # gpg stopped reading: it has decided already
                        view = view[written:]
                        if not view:
                            sel.unregister(fd)
                            proc.stdin.close()
                        continue
                    try:
                        data = os.read(fd, _CHUNK)
                    except BlockingIOError:
                        continue
                    if not data:
                        sel.unregister(fd)
                        open_readers.discard(fd)
                        continue
                    kind = readers[fd]
                    if kind == "out":
                        out += data
                        if max_output is not None and len(out) > max_output:
                            oversize = True
                            _kill_group(proc)
                            out.clear()
                            break
                    elif kind == "status":
                        status += data
                        if len(status) > _MAX_STATUS_BYTES:
                            status_overflow = True
                            _kill_group(proc)
                            break
                    # stderr is drained and dropped: it names keys' user IDs and file names.
                if oversize or status_overflow:
                    break
            remaining = max(deadline - time.monotonic(), 0.1)
            try:
                returncode = proc.wait(timeout=remaining)
            except subprocess.TimeoutExpired as exc:
                _kill_group(proc)
                raise CryptoError(f"gpg: did not exit within {self.config.timeout}s; killed") from exc
        finally:
            sel.close()
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                if not stream.closed:
                    stream.close()
        return GpgRun(returncode=returncode, status=parse_status(bytes(status)),
                      output=b"" if oversize else bytes(out), oversize=oversize,
                      status_overflow=status_overflow)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL gpg's whole process group (it was started in a session of its own)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        log.error("gpg: process group %d did not die after SIGKILL", proc.pid)
