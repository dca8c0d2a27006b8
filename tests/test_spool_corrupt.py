"""THREATS F3: a spooled message the disk can no longer read (EIO) is set aside, never looped on.

The EIO comes from a ``Spool`` subclass at its one read seam (``Spool.read_file``): a real EIO
needs a failing block device (device-mapper ``dm-error``/``dm-flakey`` on a loop device), which
needs privileges and kernel modules a CI container does not have. Everything else is real:
the spool on disk, the pipeline, the database, ``ingestd log``.
"""

from __future__ import annotations

import errno
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ingestd.service import build_services, process_pending
from ingestd.spool import Spool
from tests.cli import run_cli
from tests.messages import build_message


class FailingDisk(Spool):
    """Reads of the named spool files fail the way a bad sector does."""

    def __init__(self, root: Path, bad: set[str], error: int = errno.EIO) -> None:
        super().__init__(root)
        self.bad = bad
        self.error = error
        self.reads: list[str] = []

    def read_file(self, path: Path) -> bytes:
        self.reads.append(path.stem)
        if path.stem in self.bad:
            raise OSError(self.error, "Input/output error", str(path))
        return super().read_file(path)


@pytest.mark.parametrize("with_metadata", [False, True], ids=["smtp-entry", "entry-with-metadata"])
def test_unreadable_entry_is_quarantined_as_spool_corrupt_and_the_rest_flows(make_config,
                                                                           with_metadata):
    config = make_config()
    services = build_services(config)
    source = {"received_source": "accepted"} if with_metadata else None
    bad = services.spool.put(build_message(message_id="<bad@glasgow.gov.uk>"), channel="smtp", source=source)
    good = services.spool.put(build_message(message_id="<good@glasgow.gov.uk>"), channel="smtp")
    disk = FailingDisk(services.spool.root, {bad.spool_id})
    services = replace(services, spool=disk)

    outcomes = {o.intake.intake_id: o for o in process_pending(services)}
    assert (outcomes[bad.spool_id].status, outcomes[bad.spool_id].reason) == ("quarantined", "spool-corrupt")
    assert outcomes[good.spool_id].status == "no_report"  # the next message was not held up
    # The bytes are kept, out of the workers' way; a second pass finds nothing to (re)try.
    kept = disk.root / "corrupt" / f"{bad.spool_id}.eml"
    assert kept.exists() and not bad.message_path.exists()
    reads_before = len(disk.reads)
    assert process_pending(services) == []
    assert len(disk.reads) == reads_before

    result = run_cli(config, "log", "--format", "json")
    assert result.code == 0
    entries = {e["intake_id"]: e for e in json.loads(result.out)}
    assert (entries[bad.spool_id]["status"], entries[bad.spool_id]["reason"]) == ("quarantined", "spool-corrupt")


def test_crash_between_record_and_set_aside_does_not_delete_the_file(make_config):
    config = make_config()
    services = build_services(config)
    bad = services.spool.put(build_message(message_id="<bad2@glasgow.gov.uk>"), channel="smtp")
    disk = FailingDisk(services.spool.root, {bad.spool_id})
    services = replace(services, spool=disk)
    # A first run recorded the verdict and died before moving the file: emulate by moving it back.
    process_pending(services)
    moved = disk.root / "corrupt" / f"{bad.spool_id}.eml"
    moved.rename(bad.message_path)
    [again] = process_pending(services)
    assert again.reason == "spool-corrupt"
    assert moved.exists() and not bad.message_path.exists()


def test_a_transient_error_is_not_called_corruption(make_config):
    config = make_config()
    services = build_services(config)
    entry = services.spool.put(build_message(message_id="<busy@glasgow.gov.uk>"), channel="smtp",
                               source={"received_source": "accepted"})
    services = replace(services, spool=FailingDisk(services.spool.root, {entry.spool_id}, errno.EMFILE))
    with pytest.raises(OSError):
        process_pending(services)
    assert entry.message_path.exists()  # left in place for a later try
