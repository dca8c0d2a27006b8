"""sd_notify(3) in a few lines: READY=1, WATCHDOG=1, STATUS=..., STOPPING=1.

The protocol is one datagram of ``KEY=VALUE`` lines to the ``AF_UNIX`` socket named in
``$NOTIFY_SOCKET`` (a leading ``@`` means the Linux abstract namespace). Outside systemd the
variable is unset and every call is a cheap no-op returning False.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger("ingestd.daemon")


def notify(state: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``state`` (e.g. ``"READY=1\\nSTATUS=accepting mail"``); True when a manager got it."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(state.encode("utf-8"), address)
        return True
    except OSError as exc:
        log.warning("sd_notify to $NOTIFY_SOCKET failed: %s", exc.__class__.__name__)
        return False


def watchdog_interval(environ: Mapping[str, str] | None = None) -> float | None:
    """Seconds between WATCHDOG=1 pings (half of ``WatchdogSec=``, as systemd recommends), or None."""
    env = os.environ if environ is None else environ
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    if pid and pid.isdigit() and int(pid) != os.getpid():
        return None  # meant for another process (we were forked or exec'd by the service)
    return int(usec) / 1_000_000 / 2


def listen_fds(environ: Mapping[str, str] | None = None) -> list[int]:
    """File descriptors passed by socket activation (sd_listen_fds(3)): 3, 4, ..."""
    env = os.environ if environ is None else environ
    count = env.get("LISTEN_FDS", "")
    pid = env.get("LISTEN_PID", "")
    if not count.isdigit() or not pid.isdigit() or int(pid) != os.getpid():
        return []
    return list(range(3, 3 + int(count)))
