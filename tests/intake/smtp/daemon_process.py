"""Running ``ingestd serve`` as a real subprocess for the daemon tests and the benchmark.

``DaemonProcess`` writes nothing itself: it starts ``python -m ingestd --config PATH serve``
with a ``$NOTIFY_SOCKET`` it listens on (as systemd would), so a test can wait for
``READY=1`` and count ``WATCHDOG=1`` pings. stderr goes to a file the test can read.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DaemonProcess:
    def __init__(self, config_path: Path, workdir: Path, *, watchdog_usec: int | None = 2_000_000,
                 extra_env: dict[str, str] | None = None) -> None:
        self.config_path = config_path
        self.workdir = workdir
        self.watchdog_usec = watchdog_usec
        self.extra_env = extra_env or {}
        self.notifications: list[str] = []
        self.proc: subprocess.Popen[bytes] | None = None
        self.stderr_path = workdir / "daemon.stderr"
        self._notify_path = workdir / f"notify-{os.getpid()}-{time.monotonic_ns() % 10**9}.sock"
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(self._notify_path))
        self._sock.settimeout(0.2)
        self._closed = False
        self._reader = threading.Thread(target=self._collect, daemon=True)
        self._reader.start()

    def _collect(self) -> None:
        while not self._closed:
            try:
                data = self._sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.notifications.append(data.decode())

    def start(self) -> "DaemonProcess":
        env = dict(os.environ)
        env.update({"NOTIFY_SOCKET": str(self._notify_path), "PYTHONUNBUFFERED": "1"})
        env.pop("INGESTD_CONFIG", None)
        if self.watchdog_usec:
            env["WATCHDOG_USEC"] = str(self.watchdog_usec)
        env.update(self.extra_env)
        self.notifications.clear()
        stderr = open(self.stderr_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "ingestd", "--config", str(self.config_path), "serve"],
                                     cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        stderr.close()
        return self

    def count(self, state: str) -> int:
        return sum(1 for n in list(self.notifications) if state in n.split("\n"))

    def wait_ready(self, timeout: float = 180) -> None:
        """Until READY=1; a generous ceiling, since start-up on a loaded machine is slow, not wrong."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count("READY=1"):
                return
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"ingestd serve exited {self.proc.returncode} before READY=1:\n{self.stderr()}")
            time.sleep(0.02)
        raise AssertionError(f"no READY=1 within {timeout}s:\n{self.stderr()}")

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""

    def signal(self, signum: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(signum)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(10)

    def terminate(self, timeout: float = 180) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def vm_hwm_kb(self) -> int:
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        raise AssertionError("no VmHWM")

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._closed = True
        self._sock.close()
        self._notify_path.unlink(missing_ok=True)
