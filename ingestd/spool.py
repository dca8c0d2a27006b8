"""The crash-safe spool: raw messages on disk, fsync'd, before anyone is told "accepted".

Layout under the spool root (mode 0700)::

    tmp/            files being written; anything here on start-up is debris and is removed
    pool/NAME       empty files made ahead for SMTP (``EntryPool``): each name durable before use
                    (directory fsync'd) and ``flock``'ed by the process that made it
    new/ID.eml      the raw bytes; its presence is the commit point of ``put`` (of an in-place
                    commit: its pool file's fsync, with the record, before the rename to here)
    new/ID.json     optional metadata: source facts (IMAP uid), attempts
    corrupt/ID.eml  entries the disk could not read back (EIO): set aside, never retried in a loop

``ID`` is ``<receipt time in ns>-<channel>-<random>``, so an entry without metadata still says
when and how it arrived. Without a pool file (IMAP, ``ingestd ingest``, and SMTP when its pool
is empty or the file system keeps no user extended attributes) ``put`` writes any metadata first
and the message last, each as temp file -> fsync -> rename, then fsyncs the directory once, so
an entry either exists whole or not at all (a ``.json`` without its ``.eml`` is debris from a crash and is removed). Workers claim an entry with a non-blocking
``flock`` on the ``.eml`` file, so two processes never work on one message and a dead
worker's claim vanishes with it. ``attempts`` is raised durably *before* each processing try:
a message that keeps killing its worker is recognised on the next start (Mailman's
switchboard does the same) and quarantined as ``poison``.

In-place commit (SMTP listeners, ``Spool.use_pool``): a message is written into one of the
pool's files, which already exists durably, together with an extended attribute
``user.ingestd.entry`` that names its id, size and SHA-256 (and any metadata); one fsync of that
file then makes the message durable, and the ``250`` follows it. The file is renamed to
``new/ID.eml`` before the ``250`` too, but that rename needs no directory fsync: if a power cut
undoes it, recovery finds the file in ``pool/`` and a record that matches its bytes, and moves it
to ``new/`` under the same id (so a message already filed is recognised as recorded, never filed
twice). A pool file whose record is missing or does not match its bytes was never acknowledged
(its fsync had not returned) and is removed. Where the file system has no user extended
attributes, or the pool is empty, ``put`` writes as before (temp file, fsync, rename, directory
fsync).
"""

from __future__ import annotations

import collections
import errno
import fcntl
import hashlib
import json
import logging
import os
import secrets
import threading
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from ingestd.errors import SpoolError
from ingestd.model import Intake

log = logging.getLogger("ingestd.spool")

# Where an entry's receipt time came from when its metadata does not say (ingestd.intake.receipt):
# SMTP without a trusted relay writes no metadata, and its name holds our acceptance time.
DEFAULT_RECEIVED_SOURCE = {"smtp": "accepted", "imap": "internaldate"}

# The extended attribute that makes a pool file a complete entry (see the module docstring).
ENTRY_ATTR = "user.ingestd.entry"
# Files a listener's pool keeps ready; refilled when fewer than half are left. A burst of more
# messages at once than this falls back to the temp file + rename + directory fsync for the rest.
POOL_SIZE = 32
# No user extended attributes here (an old tmpfs, some network file systems): no pool.
NO_XATTR_ERRNOS = frozenset({errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM})


@dataclass(frozen=True)
class SpoolEntry:
    spool_id: str
    message_path: Path
    meta_path: Path
    channel: str
    received_at: datetime
    sha256: str
    size: int
    attempts: int = 0
    source: dict[str, str | int] = field(default_factory=dict)
    unreadable: bool = False  # the message file could not be read back (EIO): THREATS F3

    def intake(self) -> Intake:
        return Intake(intake_id=self.spool_id, channel=self.channel, received_at=self.received_at,
                      sha256=self.sha256, size=self.size, source=dict(self.source),
                      received_source=self.received_source)

    @property
    def received_source(self) -> str | None:
        recorded = self.source.get("received_source")
        return str(recorded) if recorded else DEFAULT_RECEIVED_SOURCE.get(self.channel)

    def read(self) -> bytes:
        return self.message_path.read_bytes()


# Read errors that mean "these bytes are damaged", not "try again later" (THREATS F3): after
# EIO the page cache has dropped the data and a retry rereads the same bad blocks.
UNREADABLE_ERRNOS = frozenset({errno.EIO, errno.EBADMSG, errno.EUCLEAN, errno.ENODATA})


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (``os.write`` may write fewer than it was given)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_durably(directory: Path, name: str, data: bytes, tmp_dir: Path, mode: int = 0o600, *,
                  sync: bool = True, sync_dir: bool = True) -> Path:
    """Write ``data`` to ``directory/name`` atomically (temp file, rename).

    With ``sync`` the bytes are fsync'd before the rename and, with ``sync_dir``, the directory
    after it, so the file survives a power cut. Without ``sync`` the write still survives the
    death of this process (the kernel has it), which is all some bookkeeping needs.
    """
    tmp_path = tmp_dir / f"{name}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            write_all(fd, data)
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
        final = directory / name
        os.rename(tmp_path, final)
        if sync and sync_dir:
            fsync_dir(directory)
        return final
    except BaseException:
        try:
            os.unlink(tmp_path)
        except FileNotFoundError:
            pass
        raise


class GroupSync:
    """Directory fsyncs shared by concurrent writers (group commit).

    A writer renames its file into the directory, takes a ticket, and waits until a directory
    fsync that *started after* its ticket has finished. While one fsync runs, later writers
    queue; the next fsync then covers all of them at once. Under concurrent SMTP sessions this
    turns N directory fsyncs into about one per disk round-trip, without weakening the promise
    made to any writer.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._cond = threading.Condition()
        self._renamed = 0
        self._synced = 0
        self._running = False

    def ticket(self) -> int:
        with self._cond:
            self._renamed += 1
            return self._renamed

    def wait_synced(self, ticket: int) -> None:
        with self._cond:
            while self._synced < ticket:
                if self._running:
                    self._cond.wait()
                    continue
                self._running = True
                target = self._renamed
                self._cond.release()
                try:
                    fsync_dir(self.directory)
                finally:
                    self._cond.acquire()
                    self._running = False
                    self._cond.notify_all()
                self._synced = max(self._synced, target)


class EntryPool:
    """Empty files made ahead in ``pool/``, durable and locked, for in-place commits (SMTP).

    Why: a temp file renamed into ``new/`` is durable only after a directory fsync, a second
    journal commit per message after the file's own; here the files' names are made
    durable ahead, in batches, by one thread, and a message needs only its file's fsync before its
    ``250`` (as Postfix's ``cleanup`` fsyncs its queue file). Each file is ``flock``'ed by this
    process from its creation until it is renamed into ``new/``, so a recovery run by another
    process (``Spool.recover``) never takes a file that is in use or about to be.
    """

    def __init__(self, directory: Path, size: int = POOL_SIZE, ensure: Callable[[], None] | None = None) -> None:
        self.directory = directory
        self.size = size
        self.ensure = ensure or (lambda: directory.mkdir(mode=0o700, exist_ok=True))
        self.supported = True  # False once the file system refused an extended attribute
        self._probed = False
        self._ready: collections.deque[tuple[int, Path]] = collections.deque()
        self._wanted = threading.Event()
        self._closed = False
        self._wanted.set()
        self._thread = threading.Thread(target=self._refill, name="ingestd-spool-pool", daemon=True)
        self._thread.start()

    @property
    def ready(self) -> int:
        return len(self._ready)

    def take(self) -> tuple[int, Path] | None:
        """A ready file (its open descriptor, locked, and its path), or None when none is ready."""
        try:
            slot = self._ready.popleft()  # deque: safe between threads without a lock
        except IndexError:
            slot = None
        if len(self._ready) < self.size // 2 and not self._closed:
            self._wanted.set()
        return slot

    def close(self) -> None:
        """Stop refilling and remove the files not handed out (nothing was written to them)."""
        self._closed = True
        self._wanted.set()
        while True:
            try:
                fd, path = self._ready.popleft()
            except IndexError:
                break
            path.unlink(missing_ok=True)
            os.close(fd)

    def _refill(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._closed:
                return
            try:
                self._fill()
            except OSError as exc:
                # Disk full, say: the puts fall back to the temp-file path, which reports it. No
                # extended attributes: the probe has said so once, in plain words.
                if self.supported:
                    log.warning("spool pool not refilled: %s (errno %s)", exc.__class__.__name__, exc.errno)
            if self._closed or not self.supported:
                self.close()
                return

    def _fill(self) -> None:
        made: list[tuple[int, Path]] = []
        try:
            while len(self._ready) + len(made) < self.size:
                made.extend(self._make())
            if made:
                # Every name made above, in one commit. The files themselves are not fsync'd here
                # (each would cost a cache flush of the disk): a file's own fsync, when a message
                # is committed in it, makes its inode durable, and its name already is.
                fsync_dir(self.directory)
        except BaseException:
            for fd, path in made:
                path.unlink(missing_ok=True)
                os.close(fd)
            raise
        self._ready.extend(made)

    def _make(self) -> list[tuple[int, Path]]:
        path = self.directory / secrets.token_hex(8)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except FileNotFoundError:
            self.ensure()  # the spool's directories went (or were never made): made, tried again
            return []
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # waits only while a recovery looks at it
            if os.fstat(fd).st_nlink == 0:  # that recovery found it empty and removed it
                os.close(fd)
                return []
            if self.supported and not self._probed:
                self._probe(fd)
        except BaseException:
            path.unlink(missing_ok=True)
            os.close(fd)
            raise
        if not self.supported:
            path.unlink(missing_ok=True)
            os.close(fd)
            raise OSError(errno.ENOTSUP, "no user extended attributes on the spool's file system")
        return [(fd, path)]

    def _probe(self, fd: int) -> None:
        """Whether this file system keeps user extended attributes (once, on the first file)."""
        self._probed = True
        try:
            os.setxattr(fd, ENTRY_ATTR, b"{}")
            os.removexattr(fd, ENTRY_ATTR)
        except OSError as exc:
            if exc.errno not in NO_XATTR_ERRNOS:
                raise
            self.supported = False
            log.warning("spool: no user extended attributes on this file system (errno %s), so no "
                        "in-place commits: every message is committed by temp file, fsync, rename and "
                        "directory fsync", exc.errno)


class Spool:
    """One spool directory. Safe to share between processes on the same host, and between the
    threads of one process (their directory fsyncs are grouped)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp_dir = root / "tmp"
        self.new_dir = root / "new"
        self.corrupt_dir = root / "corrupt"
        self.pool_dir = root / "pool"
        self._new_dir_sync = GroupSync(self.new_dir)
        self._pool: EntryPool | None = None
        self._unsynced = threading.local()  # this thread renamed into new/ without a directory fsync

    def use_pool(self, size: int = POOL_SIZE) -> None:
        """Commit ``put``'s messages in place, in files made ahead (``EntryPool``). Idempotent."""
        if self._pool is None:
            self.ensure()
            self._pool = EntryPool(self.pool_dir, size, self.ensure)

    @property
    def pool_ready(self) -> int:
        """Files ready for in-place commits (0 without a pool)."""
        return self._pool.ready if self._pool is not None else 0

    def close_pool(self) -> None:
        if self._pool is not None:
            self._pool.close()

    def ensure(self) -> None:
        for directory in (self.root, self.tmp_dir, self.new_dir, self.pool_dir):
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)

    @staticmethod
    def new_id(received_at: datetime, channel: str) -> str:
        """``<receipt ns>-<channel>-<random>``: sortable by receipt, and self-describing."""
        if not re.fullmatch(r"[a-z]{1,16}", channel):
            raise ValueError("channel must be a short lower-case word")
        nanos = int(received_at.timestamp()) * 1_000_000_000 + received_at.microsecond * 1000
        return f"{max(nanos, 0):020d}-{channel}-{secrets.token_hex(6)}"

    @staticmethod
    def parse_id(spool_id: str) -> tuple[datetime, str] | None:
        match = re.fullmatch(r"(\d{20})-([a-z]{1,16})-[0-9a-f]{12}", spool_id)
        if not match:
            return None
        nanos = int(match.group(1))
        stamp = datetime.fromtimestamp(nanos // 1_000_000_000, timezone.utc).replace(
            microsecond=(nanos % 1_000_000_000) // 1000)
        return stamp, match.group(2)

    def put(self, raw: bytes, *, channel: str, received_at: datetime | None = None,
            source: dict[str, str | int] | None = None, sync_dir: bool = True) -> SpoolEntry:
        """Store ``raw`` durably and return its entry. Raises ``SpoolError``; leaves nothing on failure.

        SMTP with a pool file ready (``use_pool``) costs one file fsync: the message and its
        record committed in place. Otherwise one file fsync and one directory fsync: receipt
        time and channel live in the entry's name, so a metadata file is written only when
        there is more to say (an IMAP uid, say). Both
        renames land in the same directory, so the one directory fsync covers both, and
        concurrent writers share directory fsyncs (``GroupSync``). Without ``sync_dir`` the
        directory fsync is the caller's (``sync_new``, once for several puts, then ``discard``
        of those puts if it fails): the entry is not durable until then.
        """
        received_at = (received_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        spool_id = self.new_id(received_at, channel)
        received_at = self.parse_id(spool_id)[0]  # type: ignore[index]  # what the name can say back
        entry = SpoolEntry(
            spool_id=spool_id,
            message_path=self.new_dir / f"{spool_id}.eml",
            meta_path=self.new_dir / f"{spool_id}.json",
            channel=channel,
            received_at=received_at,
            sha256=hashlib.sha256(raw).hexdigest(),
            size=len(raw),
            source=dict(source or {}),
        )
        slot = self._pool.take() if self._pool is not None else None
        if slot is not None:
            try:
                self._commit_in_place(slot, entry, raw)
            except OSError as exc:
                log.error("spool write failed: %s (errno %s)", exc.__class__.__name__, exc.errno)
                raise SpoolError(f"spool write failed: {exc.strerror or exc.__class__.__name__}") from exc
            log.info("spooled id=%s channel=%s size=%d sha256=%s", spool_id, channel, entry.size, entry.sha256[:16])
            return entry
        try:
            try:
                self._write_files(entry, raw)
            except FileNotFoundError:
                # tmp/ or new/ is missing (a new spool, or removed under us): made, and tried once more.
                # Not made before every put: six mkdir/stat calls per message, each a release and
                # re-take of the GIL that a spool thread then waits for beside the event loop.
                self.ensure()
                self._write_files(entry, raw)
            if sync_dir:
                self._new_dir_sync.wait_synced(self._new_dir_sync.ticket())
            else:
                self._unsynced.pending = True
        except OSError as exc:
            self.discard([entry])
            log.error("spool write failed: %s (errno %s)", exc.__class__.__name__, exc.errno)
            raise SpoolError(f"spool write failed: {exc.strerror or exc.__class__.__name__}") from exc
        log.info("spooled id=%s channel=%s size=%d sha256=%s", spool_id, channel, entry.size, entry.sha256[:16])
        return entry

    def _write_files(self, entry: SpoolEntry, raw: bytes) -> None:
        if entry.source:
            self._write_meta(entry, sync=True, sync_dir=False)
        write_durably(self.new_dir, entry.message_path.name, raw, self.tmp_dir, sync_dir=False)

    def _commit_in_place(self, slot: tuple[int, Path], entry: SpoolEntry, raw: bytes) -> None:
        """Write ``raw`` and its record into a pool file, fsync it (the commit), move it to ``new/``.

        On failure the pool file is removed: nothing was acknowledged, and if a crash had come
        instead, recovery would have removed it too unless its record matched its bytes.
        """
        fd, path = slot
        try:
            write_all(fd, raw)
            os.setxattr(fd, ENTRY_ATTR, entry_record(entry))
            os.fsync(fd)  # data, size and record in one commit: the message is durable here
            try:
                os.rename(path, entry.message_path)  # no directory fsync: see the module docstring
            except FileNotFoundError:
                self.ensure()  # new/ is missing (removed under us): made, and moved once more
                os.rename(path, entry.message_path)
        except BaseException:
            path.unlink(missing_ok=True)
            os.close(fd)
            raise
        os.close(fd)  # only now: the lock keeps a recovery elsewhere off the file until it is in new/

    def sync_new(self) -> None:
        """The directory fsync that makes the puts this thread made with ``sync_dir=False`` durable.

        None is needed (and none is made) when they were all committed in place. Raises ``SpoolError``.
        """
        if not getattr(self._unsynced, "pending", False):
            return
        self._unsynced.pending = False
        try:
            self._new_dir_sync.wait_synced(self._new_dir_sync.ticket())
        except OSError as exc:
            log.error("spool directory fsync failed: %s (errno %s)", exc.__class__.__name__, exc.errno)
            raise SpoolError(f"spool write failed: {exc.strerror or exc.__class__.__name__}") from exc

    @staticmethod
    def discard(entries: list[SpoolEntry]) -> None:
        """Remove entries whose durability could not be made sure of (their sender retries)."""
        for entry in entries:
            for path in (entry.meta_path, entry.message_path):
                try:
                    path.unlink()
                except OSError:
                    pass

    def _write_meta(self, entry: SpoolEntry, *, sync: bool = True, sync_dir: bool = True) -> None:
        meta = {
            "channel": entry.channel,
            "received_at": entry.received_at.isoformat(),
            "sha256": entry.sha256,
            "size": entry.size,
            "attempts": entry.attempts,
            "source": entry.source,
        }
        write_durably(self.new_dir, entry.meta_path.name, json.dumps(meta).encode(), self.tmp_dir,
                      sync=sync, sync_dir=sync_dir)

    def _load(self, message_path: Path) -> SpoolEntry | None:
        spool_id = message_path.stem
        meta_path = message_path.with_suffix(".json")
        try:
            meta = json.loads(meta_path.read_text())
            return SpoolEntry(
                spool_id=spool_id, message_path=message_path, meta_path=meta_path,
                channel=str(meta["channel"]), received_at=datetime.fromisoformat(meta["received_at"]),
                sha256=str(meta["sha256"]), size=int(meta["size"]), attempts=int(meta.get("attempts", 0)),
                source=dict(meta.get("source") or {}),
            )
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError, OSError):
            log.warning("spool id=%s: metadata unreadable, rebuilt from the message", spool_id)
        # No (usable) metadata file: the source from the record of an in-place commit, if any;
        # everything else can be told from the name and the bytes.
        source = recorded_source(message_path)
        parsed = self.parse_id(spool_id)
        try:
            received_at, channel = parsed if parsed else (
                datetime.fromtimestamp(message_path.stat().st_mtime, timezone.utc), "unknown")
            raw = self.read_file(message_path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno not in UNREADABLE_ERRNOS:
                raise
            # Listed, so that processing can set it aside; one bad file must not hide the others.
            log.error("spool id=%s: message file unreadable (errno %s)", spool_id, exc.errno)
            received_at, channel = parsed or (datetime.now(timezone.utc), "unknown")
            return SpoolEntry(spool_id=spool_id, message_path=message_path, meta_path=meta_path, channel=channel,
                              received_at=received_at, sha256="", size=0, source=source, unreadable=True)
        return SpoolEntry(spool_id=spool_id, message_path=message_path, meta_path=meta_path, channel=channel,
                          received_at=received_at, sha256=hashlib.sha256(raw).hexdigest(), size=len(raw),
                          source=source)

    def read_file(self, path: Path) -> bytes:
        """Every read of a spooled message goes through here (the seam for disk-fault tests)."""
        return path.read_bytes()

    def read(self, entry: SpoolEntry) -> bytes:
        """The message bytes; raises OSError with errno in UNREADABLE_ERRNOS when the disk lost them."""
        return self.read_file(entry.message_path)

    def set_aside(self, entry: SpoolEntry) -> Path:
        """Move an unreadable entry to ``corrupt/`` without reading it; returns its new path.

        The bytes stay on disk for an operator (a later read may recover some of them), out of
        the way of the workers, so the entry is never picked up and failed again in a loop.
        """
        self.corrupt_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = self.corrupt_dir / entry.message_path.name
        os.rename(entry.message_path, target)
        if entry.meta_path.exists():
            os.rename(entry.meta_path, self.corrupt_dir / entry.meta_path.name)
        fsync_dir(self.corrupt_dir)
        fsync_dir(self.new_dir)
        return target

    def pending(self) -> list[SpoolEntry]:
        """Entries waiting for processing, oldest first."""
        if not self.new_dir.exists():
            return []
        entries = []
        for path in sorted(self.new_dir.glob("*.eml")):
            entry = self._load(path)
            if entry is not None:
                entries.append(entry)
        return entries

    def recover(self) -> int:
        """Remove debris a crash can leave: temp files, metadata without a message, and pool files
        that hold no complete entry; move complete entries left in ``pool/`` to ``new/``."""
        removed = self.recover_pool()
        if self.tmp_dir.exists():
            for path in self.tmp_dir.iterdir():
                path.unlink(missing_ok=True)
                removed += 1
        if self.new_dir.exists():
            for probe in self.new_dir.glob("*.probe"):
                probe.unlink(missing_ok=True)
            for meta in self.new_dir.glob("*.json"):
                if not meta.with_suffix(".eml").exists():
                    meta.unlink(missing_ok=True)
                    removed += 1
        if removed:
            log.info("spool recovery removed %d incomplete file(s)", removed)
        return removed

    def _complete_entry(self, path: Path, fd: int, size: int) -> str | None:
        """The id of the entry a pool file holds whole, or None (no record, or bytes that differ).

        A file whose record is there but whose bytes cannot be read back (EIO) counts as
        complete: it may have been acknowledged, and the worker sets it aside as
        ``spool-corrupt`` (THREATS F3) rather than this removing it.
        """
        record = _record(fd)
        spool_id = record.get("id") if record else None
        if not isinstance(spool_id, str) or self.parse_id(spool_id) is None or record.get("size") != size:
            return None
        try:
            raw = self.read_file(path)
        except OSError as exc:
            if exc.errno in UNREADABLE_ERRNOS:
                log.error("spool recovery: id=%s unreadable in pool/ (errno %s)", spool_id, exc.errno)
                return spool_id
            raise
        return spool_id if hashlib.sha256(raw).hexdigest() == record.get("sha256") else None

    def recover_pool(self) -> int:
        """Pool files no live process holds: complete entries to ``new/``, the rest removed.

        A file locked by another process is in its pool (or being committed) and is left alone,
        so this is safe while listeners run (the daemon calls it when a listener has died).
        Returns the number removed.
        """
        if not self.pool_dir.exists():
            return 0
        removed = moved = 0
        for path in sorted(self.pool_dir.iterdir()):
            try:
                fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            except FileNotFoundError:  # committed and moved while we listed
                continue
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                status = os.fstat(fd)
                try:
                    if status.st_nlink == 0 or os.stat(path).st_ino != status.st_ino:
                        continue  # moved to new/ (or removed) between our open and our lock
                except FileNotFoundError:
                    continue
                spool_id = self._complete_entry(path, fd, status.st_size)
                if spool_id is None:
                    os.unlink(path)  # never acknowledged: its commit (the fsync) had not returned
                    removed += 1
                    continue
                self.new_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.rename(path, self.new_dir / f"{spool_id}.eml")
                moved += 1
                log.warning("spool recovery: id=%s was committed in pool/ and is moved to new/", spool_id)
            finally:
                os.close(fd)
        if moved:
            fsync_dir(self.new_dir)
        if moved or removed:
            fsync_dir(self.pool_dir)
        return removed

    @contextmanager
    def claim(self, entry: SpoolEntry) -> Iterator[SpoolEntry | None]:
        """Lock ``entry`` for this process; yields None when someone else holds it or it is gone."""
        try:
            fd = os.open(entry.message_path, os.O_RDONLY)
        except FileNotFoundError:
            yield None
            return
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield None
                return
            if not entry.message_path.exists():  # finished by another process before we locked
                yield None
                return
            current = self._load(entry.message_path)
            yield current
        finally:
            os.close(fd)

    def record_attempt(self, entry: SpoolEntry) -> SpoolEntry:
        """Count a processing try before it starts. Not fsync'd: the counter exists to survive the
        death of a worker process, and the kernel keeps the write through that; losing one count
        to a power cut only delays a poison verdict."""
        updated = replace(entry, attempts=entry.attempts + 1)
        self._write_meta(updated, sync=False)
        return updated

    def forget_attempt(self, entry: SpoolEntry) -> SpoolEntry:
        """Take back a try that failed for reasons outside the message (database down, disk full)."""
        updated = replace(entry, attempts=max(0, entry.attempts - 1))
        self._write_meta(updated, sync=False)
        return updated

    def remove(self, entry: SpoolEntry) -> None:
        """Forget a finished entry: message first (the commit point), then its metadata.

        No directory fsync: if a crash undoes the removal, the entry is processed again, found
        already recorded under its intake id, and removed then.
        """
        entry.message_path.unlink(missing_ok=True)
        entry.meta_path.unlink(missing_ok=True)

    def self_check(self) -> None:
        """Prove that write, fsync, rename and directory fsync work here (start-up check)."""
        self.ensure()
        probe = write_durably(self.new_dir, f"selfcheck-{secrets.token_hex(4)}.probe", b"ok", self.tmp_dir)
        try:
            if probe.read_bytes() != b"ok":
                raise SpoolError("spool self-check read back different bytes")
        finally:
            probe.unlink(missing_ok=True)

    def depth(self) -> int:
        """Messages waiting, counted from names only (cheap enough for every watchdog ping)."""
        return sum(1 for _ in self.new_dir.glob("*.eml")) if self.new_dir.exists() else 0

    def stats(self, now: datetime | None = None) -> tuple[int, float | None]:
        """(depth, seconds since the oldest waiting message was spooled, or None).

        Counted from spooling (the ``.eml`` file's mtime: it is written once, then renamed into
        place), not from the message's receipt time: a file ingested a minute ago whose
        ``Received:`` header is four months old has waited a minute.
        """
        spooled = []
        for path in (self.new_dir.glob("*.eml") if self.new_dir.exists() else ()):
            try:
                spooled.append(path.stat().st_mtime)
            except FileNotFoundError:  # finished while we looked
                continue
        if not spooled:
            return 0, None
        now = now or datetime.now(timezone.utc)
        return len(spooled), max(0.0, now.timestamp() - min(spooled))


def entry_record(entry: SpoolEntry) -> bytes:
    """The extended attribute that says a pool file holds this whole entry."""
    record: dict[str, object] = {"id": entry.spool_id, "size": entry.size, "sha256": entry.sha256}
    if entry.source:
        record["source"] = entry.source
    return json.dumps(record, separators=(",", ":")).encode()


def _record(target: int | Path) -> dict[str, object] | None:
    try:
        record = json.loads(os.getxattr(target, ENTRY_ATTR))
    except OSError as exc:  # ENODATA: no record; ENOTSUP: no extended attributes here
        if isinstance(exc, FileNotFoundError):
            raise
        return None
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def recorded_source(message_path: Path) -> dict[str, str | int]:
    """The metadata an in-place commit recorded with the message (an entry without a ``.json``)."""
    try:
        record = _record(message_path)
    except FileNotFoundError:
        return {}
    source = record.get("source") if record else None
    return dict(source) if isinstance(source, dict) else {}
