"""The spool on a real file system without user extended attributes: ``ingestd serve`` then
commits every message by temp file, fsync, rename and directory fsync, and says so.

The file system is ``ramfs`` (built into every Linux kernel, mounted here without a package or
daemon): its ``setxattr`` of a ``user.*`` name fails with ``EOPNOTSUPP``, as on an old tmpfs or
some network file systems, so ``EntryPool``'s probe finds no extended attributes for real (tmpfs
keeps them since Linux 6.6, and ext4/xfs/btrfs always do). What is asserted is what an operator
would check: every message that got ``250`` is in ``new/`` once with its bytes, ``pool/`` holds
no file, the log says why in plain words, and a SIGKILL of the daemon and all its processes
mid-traffic loses no acknowledged message and files none twice after the restart.
"""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import smtplib
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ingestd.spool import ENTRY_ATTR, Spool
from ingestd.storage.db import open_database
from ingestd.storage.models import MessageRow
from tests.intake.smtp.conftest import INTAKE, message
from tests.test_daemon import _child_pids, daemon, wait_for_stderr, _worker_pids  # noqa: F401 - fixture
from tests.waiting import wait_until

# What the spool logs when its file system refuses the pool's record (ingestd.spool.EntryPool).
NO_XATTR_LINE = "no user extended attributes on this file system"
MESSAGES_BEFORE_THE_KILL = 12
MESSAGES_DURING_THE_KILL = 6


@pytest.fixture
def spool_on_ramfs(tmp_path: Path) -> Iterator[Path]:
    """The daemon's spool directory (``data_dir/spool`` of ``make_config``) as a ramfs mount.

    Mounting needs root, which the test machine (CI) is; requested before ``daemon`` so that
    the daemon is gone before the unmount.
    """
    assert os.geteuid() == 0, "mounting the ramfs needs root (CI runs the suite as root)"
    spool_dir = tmp_path / "data" / "spool"
    spool_dir.mkdir(parents=True)
    subprocess.run(["mount", "-t", "ramfs", "-o", "mode=0700", "ingestd-test-ramfs", str(spool_dir)], check=True)
    try:
        probe = spool_dir / "probe"
        probe.write_bytes(b"")
        with pytest.raises(OSError) as refused:  # the premise of the test, checked
            os.setxattr(probe, ENTRY_ATTR, b"{}")
        assert refused.value.errno in (errno.ENOTSUP, errno.EOPNOTSUPP)
        probe.unlink()
        yield spool_dir
    finally:
        if subprocess.run(["umount", str(spool_dir)]).returncode != 0:
            subprocess.run(["umount", "-l", str(spool_dir)], check=True)


def send(port: int, raw: bytes) -> str | None:
    """The spool id of the ``250``, or None when the message was not acknowledged."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            client.ehlo("cpc.example.gov.uk")
            client.mail("a@cpc.example.gov.uk")
            client.rcpt(INTAKE)
            code, reply = client.data(raw)
    except (OSError, smtplib.SMTPException):
        return None
    return reply.decode().rsplit(" ", 1)[-1] if code == 250 else None


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def kill_everything(proc) -> None:  # type: ignore[no-untyped-def]
    """SIGKILL the daemon and every process of it at once (listeners, workers), as a crash would."""
    pids = [*_child_pids(proc, ""), proc.proc.pid]
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    proc.proc.wait(30)
    wait_until(lambda: not any(alive(pid) for pid in pids), what="every process of the daemon gone")


def spooled_messages(spool: Spool) -> dict[str, list[bytes]]:
    """What ``new/`` holds, by spool id (a list, so that a message filed twice would show)."""
    held: dict[str, list[bytes]] = {}
    for path in spool.new_dir.glob("*.eml"):
        held.setdefault(path.stem, []).append(path.read_bytes())
    return held


def test_without_extended_attributes_every_message_is_committed_by_rename_and_survives_sigkill(
        spool_on_ramfs, daemon):  # noqa: F811
    proc = daemon()
    said = [line for line in wait_for_stderr(proc, NO_XATTR_LINE).splitlines() if NO_XATTR_LINE in line]
    assert "WARNING" in said[0] and "every message is committed by temp file, fsync, rename and directory fsync" in said[0]
    for pid in _worker_pids(proc):  # the pipeline paused: what SMTP spooled stays in new/
        os.kill(pid, signal.SIGSTOP)
    spool = Spool(spool_on_ramfs)

    sent = {f"ramfs-{n}": message(f"ramfs-{n}", size=30_000) for n in range(MESSAGES_BEFORE_THE_KILL)}
    acked = {send(proc.port, raw): raw for raw in sent.values()}
    assert None not in acked, "a message was refused"
    held = spooled_messages(spool)
    assert held == {spool_id: [raw] for spool_id, raw in acked.items()}
    for spool_id in acked:
        with pytest.raises(OSError):  # committed by rename: no record of an in-place commit
            os.getxattr(spool.new_dir / f"{spool_id}.eml", ENTRY_ATTR)
    assert not spool.pool_dir.exists() or list(spool.pool_dir.iterdir()) == []
    assert "spool pool not refilled" not in proc.stderr()  # the reason is said once, in plain words

    # SIGKILL mid-traffic: senders keep going while every process of the daemon is killed.
    lock = threading.Lock()
    during: dict[bytes, str | None] = {}

    def sender(name: str) -> None:
        for n in range(10**6):
            raw = message(f"ramfs-{name}-{n}", size=30_000)
            spool_id = send(proc.port, raw)
            with lock:
                during[raw] = spool_id
                if spool_id is None:
                    return  # the daemon is gone: stop, as a client would back off

    threads = [threading.Thread(target=sender, args=(name,), daemon=True) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    wait_until(lambda: sum(1 for s in list(during.values()) if s) >= MESSAGES_DURING_THE_KILL,
               what=f"{MESSAGES_DURING_THE_KILL} messages acknowledged under load")
    kill_everything(proc)
    for thread in threads:
        thread.join(60)
    with lock:
        acked.update({spool_id: raw for raw, spool_id in during.items() if spool_id})
        not_acked = {raw for raw, spool_id in during.items() if not spool_id}

    held = spooled_messages(spool)
    for spool_id, raw in acked.items():
        assert held.get(spool_id) == [raw], "an acknowledged message is not in new/ once with its bytes"

    proc.start()  # recovery, then the workers file everything that was spooled
    proc.wait_ready()
    wait_until(lambda: spool.pending() == [], what="the spool drained after the restart")
    assert proc.terminate() == 0
    sessions = open_database(proc.config.database_url, create=False)
    with sessions() as session:
        filed = dict(session.execute(select(MessageRow.intake_id, func.count()).group_by(MessageRow.intake_id)).all())
        digests = set(session.execute(select(MessageRow.sha256)).scalars())
    assert {spool_id: filed.get(spool_id) for spool_id in acked} == {spool_id: 1 for spool_id in acked}
    assert all(count == 1 for count in filed.values())  # nothing filed twice
    allowed = {hashlib.sha256(raw).hexdigest() for raw in [*acked.values(), *not_acked]}
    assert digests <= allowed
    assert list(spool.tmp_dir.iterdir()) == []  # the killed writes' temp files: removed by recovery
    assert not spool.pool_dir.exists() or list(spool.pool_dir.iterdir()) == []
