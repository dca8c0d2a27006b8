"""In-place commits (``Spool.use_pool``): one file fsync per message, and every state a crash can
leave in ``pool/`` recovered without losing an acknowledged message or filing one twice.

The states a power cut can leave (a record without all the bytes, bytes without a record) are
made as real files on disk; the states a killed process leaves come from a real process that
SIGKILLs itself right after each step of an in-place commit.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ingestd.spool import ENTRY_ATTR, POOL_SIZE, Spool
from tests.test_spool_corrupt import FailingDisk
from tests.waiting import wait_until

REPO = Path(__file__).resolve().parents[1]


def pooled(root: Path) -> Spool:
    spool = Spool(root)
    spool.ensure()
    spool.use_pool()
    wait_until(lambda: spool.pool_ready == POOL_SIZE, what="the pool filled")
    return spool


def test_a_put_is_committed_in_place_without_a_directory_fsync(tmp_path, monkeypatch):
    import ingestd.spool as spool_module

    spool = pooled(tmp_path / "spool")
    calls: list[Path] = []
    real = spool_module.fsync_dir
    monkeypatch.setattr(spool_module, "fsync_dir", lambda path: (calls.append(path), real(path)))
    raw = b"Subject: pooled\r\n\r\nbody\r\n"
    entry = spool.put(raw, channel="smtp", source={"received_source": "relay"}, sync_dir=False)
    spool.sync_new()  # what a listener's spool thread does after its batch: nothing is left to sync
    assert calls == []
    assert entry.message_path.read_bytes() == raw  # new/ID.eml holds the raw bytes, nothing else
    assert not entry.meta_path.exists()  # the metadata is in the record
    record = json.loads(os.getxattr(entry.message_path, ENTRY_ATTR))
    assert record == {"id": entry.spool_id, "size": len(raw), "sha256": hashlib.sha256(raw).hexdigest(),
                      "source": {"received_source": "relay"}}
    [loaded] = spool.pending()
    assert (loaded.spool_id, loaded.source, loaded.sha256) == (entry.spool_id, {"received_source": "relay"},
                                                              entry.sha256)
    assert list(spool.tmp_dir.iterdir()) == []
    # The pool refills once half of it is used; a graceful close removes the files not used.
    for n in range(POOL_SIZE // 2):
        spool.put(b"more %d" % n, channel="smtp")
    wait_until(lambda: spool.pool_ready == POOL_SIZE, what="the pool refilled")
    assert len(list(spool.pool_dir.iterdir())) == POOL_SIZE
    spool.close_pool()
    assert list(spool.pool_dir.iterdir()) == []


def test_without_a_ready_file_a_put_falls_back_to_rename_and_directory_fsync(tmp_path, monkeypatch):
    import ingestd.spool as spool_module

    spool = Spool(tmp_path / "spool")
    spool.ensure()
    spool.use_pool(size=0)  # a pool that never has a file ready: a burst beyond it
    calls: list[Path] = []
    real = spool_module.fsync_dir
    monkeypatch.setattr(spool_module, "fsync_dir", lambda path: (calls.append(path), real(path)))
    entry = spool.put(b"burst", channel="smtp", sync_dir=False)
    assert calls == []
    spool.sync_new()
    assert calls == [spool.new_dir]
    assert entry.message_path.read_bytes() == b"burst"
    with pytest.raises(OSError) as raised:
        os.getxattr(entry.message_path, ENTRY_ATTR)
    assert raised.value.errno == errno.ENODATA


def _pool_file(spool: Spool, name: str, data: bytes, record: dict[str, object] | None) -> Path:
    path = spool.pool_dir / name
    path.write_bytes(data)
    if record is not None:
        os.setxattr(path, ENTRY_ATTR, json.dumps(record).encode())
    return path


def test_recovery_moves_complete_pool_files_and_removes_the_rest(tmp_path):
    spool = Spool(tmp_path / "spool")
    spool.ensure()

    raw = b"Subject: acknowledged\r\n\r\nbody\r\n"
    good_id = "01796000000000000000-smtp-aaaaaaaaaaaa"
    digest = hashlib.sha256(raw).hexdigest()
    _pool_file(spool, "complete", raw, {"id": good_id, "size": len(raw), "sha256": digest,
                                        "source": {"received_source": "relay"}})
    # What a power cut before the fsync returned can leave (none of these was acknowledged):
    _pool_file(spool, "empty", b"", None)
    _pool_file(spool, "bytes-without-record", raw, None)
    _pool_file(spool, "record-without-all-bytes", raw[:10],
               {"id": "01796000000000000001-smtp-bbbbbbbbbbbb", "size": len(raw), "sha256": digest})
    _pool_file(spool, "other-bytes", raw.replace(b"body", b"BODY"),
               {"id": "01796000000000000002-smtp-cccccccccccc", "size": len(raw), "sha256": digest})
    _pool_file(spool, "garbled-record", raw, None)
    os.setxattr(spool.pool_dir / "garbled-record", ENTRY_ATTR, b"{not json")
    _pool_file(spool, "bad-id", raw, {"id": "../../etc/x", "size": len(raw), "sha256": digest})

    assert spool.recover() == 6
    assert list(spool.pool_dir.iterdir()) == []
    [entry] = spool.pending()
    assert (entry.spool_id, entry.read(), entry.source) == (good_id, raw, {"received_source": "relay"})
    assert spool.recover() == 0 and [e.spool_id for e in spool.pending()] == [good_id]


def test_an_unreadable_complete_pool_file_goes_to_new_for_the_workers_to_set_aside(tmp_path):
    """THREATS F3: recovery does not remove what may have been acknowledged because EIO hides it."""
    root = tmp_path / "spool"
    Spool(root).ensure()

    raw = b"Subject: x\r\n\r\ny\r\n"
    spool_id = "01796000000000000003-smtp-dddddddddddd"
    _pool_file(Spool(root), "unreadable", raw, {"id": spool_id, "size": len(raw),
                                                "sha256": hashlib.sha256(raw).hexdigest()})
    disk = FailingDisk(root, {"unreadable", spool_id})
    assert disk.recover() == 0
    [entry] = disk.pending()
    assert entry.spool_id == spool_id and entry.unreadable


def _holder(root: Path) -> subprocess.Popen[str]:
    """Another process with a full pool of its own in the same spool."""
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from ingestd.spool import Spool, POOL_SIZE
        spool = Spool(Path({str(root)!r})); spool.ensure(); spool.use_pool()
        while spool.pool_ready < POOL_SIZE:
            time.sleep(0.01)
        print("ready", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    return proc


def test_recovery_leaves_a_live_process_pool_alone_and_clears_a_dead_one(tmp_path):
    root = tmp_path / "spool"
    holder = _holder(root)
    try:
        spool = Spool(root)
        assert spool.recover() == 0  # every file is locked by its live process
        assert len(list(spool.pool_dir.iterdir())) == POOL_SIZE
    finally:
        holder.kill()
        holder.wait()
    assert spool.recover() == POOL_SIZE  # killed: its empty files were never used
    assert list(spool.pool_dir.iterdir()) == []


# After which step of an in-place commit the process dies, and whether the message must then be
# in new/ after recovery (True), must not be (False), or may be (None: not acknowledged, but the
# kernel had every byte and the record, so recovery files it once).
KILL_STEPS = {
    "write": False,       # bytes without a record
    "setxattr": None,     # complete in the page cache, fsync not yet called
    "fsync": None,        # durable; no 250 yet
    "rename": None,       # in new/; no 250 yet
    "returned": True,     # put returned: the 250 would have gone out
}


@pytest.mark.parametrize("step", list(KILL_STEPS))
def test_sigkill_after_each_step_of_an_in_place_commit(tmp_path, step):
    root = tmp_path / "spool"
    raw = b"Subject: killed\r\n\r\n" + b"x" * 70_000 + b"\r\n"
    message = tmp_path / "message.eml"
    message.write_bytes(raw)
    code = textwrap.dedent(f"""
        import os, signal, time
        from pathlib import Path
        from ingestd.spool import Spool, POOL_SIZE
        spool = Spool(Path({str(root)!r})); spool.ensure(); spool.use_pool()
        while spool.pool_ready < POOL_SIZE:
            time.sleep(0.01)
        step = {step!r}
        def die_after(name):
            real = getattr(os, name)
            def wrapped(*args, **kwargs):
                result = real(*args, **kwargs)
                os.kill(os.getpid(), signal.SIGKILL)
            setattr(os, name, wrapped)
        if step != "returned":
            die_after(step)
        entry = spool.put(Path({str(message)!r}).read_bytes(), channel="smtp", sync_dir=False)
        assert os.getxattr(entry.message_path, "user.ingestd.entry")  # committed in place
        print(entry.spool_id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    if step != "write":  # killed in the middle of an in-place commit, not of the temp-file path
        assert not list((root / "tmp").iterdir())
    spool = Spool(root)
    spool.recover()
    entries = spool.pending()
    assert len(entries) <= 1  # never twice
    assert all(e.read() == raw for e in entries)
    assert list(spool.pool_dir.iterdir()) == []  # the dead process's files: moved or removed
    assert list(spool.tmp_dir.iterdir()) == []
    expected = KILL_STEPS[step]
    if expected is not None:
        assert len(entries) == int(expected), step
    if step == "returned":
        assert entries[0].spool_id == proc.stdout.strip()
