"""The systemd files in systemd/, read with the real systemd tools (there is no systemd as PID 1 here).

Shared by tests/test_daemon_unit.py and tests/test_web_unit.py: ``systemd-analyze`` run on a
unit file, the unit as scripts/install-service.sh would install it but with ExecStart pointing
at this checkout's ``ingestd`` (so that ``verify`` has nothing to complain about), the exposure
score of ``systemd-analyze security --offline=true``, and a unit's settings as lists of values.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.intake.smtp.daemon_process import REPO

UNITS = REPO / "systemd"
#: What scripts/install-service.sh installs, and what every unit's ExecStart= names.
INSTALLED_BINARY = "/opt/ingestd/venv/bin/ingestd"
#: The units' Documentation=: the manual scripts/install-service.sh installs.
INSTALLER_DOC = "/opt/ingestd/README.md"


def analyze(*args: str, cwd: Path = UNITS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["systemd-analyze", *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def installed_copy(tmp_path: Path, names: tuple[str, ...], drop_ins: tuple[str, ...] = ()) -> Path:
    """``names`` copied to ``tmp_path`` with ExecStart= -> this checkout's ``ingestd``.

    ``drop_ins`` (paths under systemd/, e.g. ``ingestd-web.service.d/tls.conf``) are appended to
    their unit, which is what systemd makes of a unit and its drop-ins: ``systemd-analyze`` reads
    a unit file given by path without its drop-in directory.
    """
    ingestd = Path(sys.executable).with_name("ingestd")
    assert ingestd.exists()
    for name in names:
        text = (UNITS / name).read_text().replace(INSTALLED_BINARY, str(ingestd))
        for drop_in in drop_ins:
            if drop_in.startswith(name + ".d/"):
                text += "\n" + (UNITS / drop_in).read_text()
        (tmp_path / name).write_text(text)
    return tmp_path


def verify_complaints(*names: str, cwd: Path = UNITS) -> tuple[int, list[str]]:
    result = analyze("verify", *(f"./{name}" for name in names), cwd=cwd)
    return result.returncode, [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


def unexpected_complaints(complaints: list[str]) -> list[str]:
    """All but the one complaint a build machine may have: the installed binary is not there."""
    return [line for line in complaints if f"{INSTALLED_BINARY} is not executable" not in line]


def exposure(name: str, cwd: Path = UNITS) -> float:
    """The overall exposure of ``systemd-analyze security --offline=true``, printed for the log."""
    result = analyze("security", "--offline=true", f"./{name}", cwd=cwd)
    assert result.returncode == 0, result.stderr
    match = re.search(rf"Overall exposure level for {re.escape(name)}: (\d+\.\d+) (\w+)", result.stdout)
    assert match, result.stdout
    print(f"systemd-analyze security --offline=true {name}: {match.group(1)} {match.group(2)}")
    return float(match.group(1))


def within_threshold(name: str, threshold: int, cwd: Path = UNITS) -> bool:
    """``--threshold`` is on the 0-100 scale (exposure 1.5 is 15)."""
    return analyze("security", "--offline=true", f"--threshold={threshold}", f"./{name}", cwd=cwd).returncode == 0


def unit_settings(text: str) -> dict[str, list[str]]:
    """Every ``Key=value`` line of a unit, in order, by key (sections are not told apart)."""
    settings: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", ";")):
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    return settings


def apply_sysusers_and_tmpfiles(root: Path) -> None:
    """The account and directories, created under ``root`` as scripts/install-service.sh does."""
    (root / "etc").mkdir(exist_ok=True)
    subprocess.run(["systemd-sysusers", f"--root={root}", str(UNITS / "ingestd.sysusers.conf")],
                   check=True, capture_output=True, timeout=60)
    subprocess.run(["systemd-tmpfiles", "--create", f"--root={root}", str(UNITS / "ingestd.tmpfiles.conf")],
                   check=True, capture_output=True, timeout=60)
