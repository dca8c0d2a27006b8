"""``ingestd web`` confined as the shipped unit confines it, without systemd: the unit's own masks.

systemd's ``InaccessiblePaths=`` bind-mounts an inaccessible (mode 0000) inode over each path in
the service's own mount namespace, and an empty ``CapabilityBoundingSet=`` leaves even root bound
by file modes. This does the same with util-linux, for the web process only: ``unshare --mount``
(a private mount namespace), ``mount --bind`` of a mode-0000 directory (or file) over each of the
unit's ``InaccessiblePaths=`` that exists (the unit's ``-`` prefix skips a missing one too), then
``setpriv`` with no capabilities and no new privileges. The paths are read from
systemd/ingestd-web.service itself, ``/var/lib/ingestd`` mapped to the test's ``[storage]
data_dir``, so a mask added to or dropped from the unit changes what the tests run under.
"""

from __future__ import annotations

import shlex
from pathlib import Path, PurePosixPath

from ingestd.config import Config
from tests.systemd_units import UNITS, unit_settings

SHIPPED_STATE = PurePosixPath("/var/lib/ingestd")


def unit_masks(data_dir: Path) -> list[Path]:
    """The web unit's InaccessiblePaths= under its state directory, as paths under ``data_dir``."""
    settings = unit_settings((UNITS / "ingestd-web.service").read_text())
    masks = []
    for value in settings["InaccessiblePaths"]:
        for entry in value.split():
            path = PurePosixPath(entry.lstrip("-"))
            if path.is_relative_to(SHIPPED_STATE):
                masks.append(data_dir / path.relative_to(SHIPPED_STATE))
    assert masks, "the web unit masks nothing under /var/lib/ingestd any more"
    return masks


def as_the_unit_masks_it(config: Config, tmp_path: Path) -> tuple[str, ...]:
    """A command prefix (``start_web(wrapper=...)``) that runs the app under the unit's masks."""
    blank_dir, blank_file = tmp_path / "inaccessible-dir", tmp_path / "inaccessible-file"
    blank_dir.mkdir(exist_ok=True)
    blank_file.touch()
    blank_dir.chmod(0)
    blank_file.chmod(0)
    steps = []
    for path in unit_masks(config.storage.data_dir):
        if path.exists():
            blank = blank_dir if path.is_dir() else blank_file
            steps.append(f"mount --bind {shlex.quote(str(blank))} {shlex.quote(str(path))}")
    steps.append('exec setpriv --bounding-set=-all --inh-caps=-all --no-new-privs "$@"')
    return ("unshare", "--mount", "--propagation", "private", "sh", "-c", " && ".join(steps), "sh")
