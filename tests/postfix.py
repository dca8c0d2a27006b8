"""A private Postfix instance for tests, benchmarks and verification: own config, queue and ports.

Never touches the system's Postfix (``/etc/postfix/main.cf``, port 25, ``/var/spool/postfix``):
everything lives under one directory and is started with ``postfix -c DIR start``. The relay
configuration is the one the README's "Behind Postfix" section recommends, so running it
verifies that section. Needs Debian's ``postfix`` package and root (Postfix starts as root and
drops to ``mail_owner``). Standard library only: the benchmarks run without the test extra.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

POSTFIX = shutil.which("postfix") or "/usr/sbin/postfix"

# The services a queueing relay needs; chroot off ("n") so no chroot tree has to be built.
MASTER_CF = """\
{listen} inet n - n - - smtpd
pickup    unix  n - n 60   1 pickup
cleanup   unix  n - n -    0 cleanup
qmgr      unix  n - n 300  1 qmgr
rewrite   unix  - - n -    - trivial-rewrite
bounce    unix  - - n -    0 bounce
defer     unix  - - n -    0 bounce
trace     unix  - - n -    0 bounce
verify    unix  - - n -    1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -    - proxymap
proxywrite unix - - n -    1 proxymap
smtp      unix  - - n -    - smtp
relay     unix  - - n -    - smtp
showq     unix  n - n -    - showq
error     unix  - - n -    - error
retry     unix  - - n -    - error
discard   unix  - - n -    - discard
anvil     unix  - - n -    1 anvil
scache    unix  - - n -    1 scache
tlsmgr    unix  - - n 1000? 1 tlsmgr
postlog   unix-dgram n - n - 1 postlogd
# The dedicated transport to ingestd (README "Behind Postfix").
ingestd   unix  - - n -    - smtp
  -o smtp_connection_reuse_count_limit={reuse_limit}
  -o syslog_name=postfix/ingestd
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def available() -> bool:
    return os.path.exists(POSTFIX) and os.geteuid() == 0


class PostfixInstance:
    """One private Postfix under ``base``. ``main`` holds main.cf settings (values as text)."""

    def __init__(self, base: Path | None, main: dict[str, str], *, reuse_limit: int = 100) -> None:
        # Postfix's daemons run as mail_owner and must reach base/data: with no base given
        # (pytest's tmp_path is 0700), a fresh directory under /tmp is made and removed on stop().
        self.owned = base is None
        base = Path(tempfile.mkdtemp(prefix="ingestd-postfix-")) if base is None else base
        self.base = base
        self.config_dir = base / "etc"
        self.queue_dir = base / "queue"
        self.maillog = base / "maillog"
        self.port = free_port()
        self.main = {
            "compatibility_level": "3.6",
            "queue_directory": str(self.queue_dir),
            "data_directory": str(base / "data"),
            "meta_directory": "/etc/postfix",
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": "mx.strategic.example.gov.scot",
            "mydomain": "strategic.example.gov.scot",
            "myorigin": "$myhostname",
            "mydestination": "",
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "biff": "no",
            "alias_maps": "",
            "alias_database": "",
            "smtpd_peername_lookup": "no",
            "maillog_file": str(self.maillog),
            "maillog_file_prefixes": str(base),
            "smtputf8_enable": "no",
            **main,
        }
        self.reuse_limit = reuse_limit

    def write_config(self) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in self.main.items()))
        (self.config_dir / "master.cf").write_text(
            MASTER_CF.format(listen=f"127.0.0.1:{self.port}", reuse_limit=self.reuse_limit))
        for directory in (self.queue_dir, self.base / "data"):
            directory.mkdir(parents=True, exist_ok=True)
        self.maillog.touch()
        os.chmod(self.base, 0o755)
        shutil.chown(self.base / "data", "postfix", "postfix")
        shutil.chown(self.maillog, "postfix", "postfix")

    def postfix(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([POSTFIX, "-c", str(self.config_dir), *args], capture_output=True, text=True,
                              timeout=120)

    def start(self) -> None:
        self.write_config()
        result = self.postfix("start")
        if result.returncode != 0:
            # Postfix reports fatal start-up errors to a tty or to its log, not to a pipe.
            raise RuntimeError(f"postfix start failed (rc={result.returncode}); "
                               f"see {self.maillog}: {self.maillog.read_text()[-1000:]}")
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"postfix did not listen on {self.port}: {self.maillog.read_text()[-2000:]}")
                time.sleep(0.1)

    def stop(self) -> None:
        self.postfix("stop")
        pid_file = self.queue_dir / "pid" / "master.pid"
        deadline = time.monotonic() + 30
        while pid_file.exists() and time.monotonic() < deadline:
            try:
                os.kill(int(pid_file.read_text().split()[0]), 0)
            except (OSError, ValueError):
                break
            time.sleep(0.1)
        if self.owned:
            shutil.rmtree(self.base, ignore_errors=True)

    def queue_count(self) -> int:
        """Messages still in the queue (every queue directory, not only the active one)."""
        total = 0
        for sub in ("incoming", "active", "deferred", "hold", "maildrop"):
            root = self.queue_dir / sub
            if root.exists():
                total += sum(len(files) for _, _, files in os.walk(root))
        return total

    def log_counts(self) -> dict[str, int]:
        """Delivery outcomes in the maillog: status=sent / deferred / bounced, and deferrals by a 421."""
        text = self.maillog.read_text(errors="replace")
        return {
            "sent": len(re.findall(r"status=sent", text)),
            "deferred": len(re.findall(r"status=deferred", text)),
            "bounced": len(re.findall(r"status=bounced", text)),
            "421": len(re.findall(r"status=deferred.*\b421[ -]", text)),
        }


def readme_settings(intake: str, ingestd_port: int, *, message_size_limit: int = 52428800,
                    use_transport: bool = True) -> dict[str, str]:
    """main.cf settings of the README's "Behind Postfix" section, for an ingestd on ``ingestd_port``."""
    nexthop = f"[127.0.0.1]:{ingestd_port}"
    settings = {
        # Accept mail for the intake domain from anywhere, relay it only to ingestd.
        "relay_domains": intake.split("@")[1],
        # Refuse unknown recipients during the SMTP dialogue (no backscatter).
        "relay_recipient_maps": f"inline:{{ {{{intake} = ok}} }}",
        "transport_maps": f"inline:{{ {{{intake} = {'ingestd' if use_transport else 'smtp'}:{nexthop}}} }}",
        # Postfix's limit is the one senders meet: keep it at or below ingestd's max_message_size.
        "message_size_limit": str(message_size_limit),
        # SMTP smuggling: Postfix 3.7 must not pass on bare <LF> line endings as they are.
        "smtpd_forbid_bare_newline": "normalize",
        "smtpd_forbid_bare_newline_exclusions": "",  # here the "committee" is on loopback, in $mynetworks
    }
    if use_transport:
        # Fewer parallel deliveries than ingestd's max_connections (20), cached idle ones included.
        settings["ingestd_destination_concurrency_limit"] = "8"
        settings["ingestd_destination_recipient_limit"] = "10"
    return settings
