"""The systemd files in systemd/, checked with the real systemd tools (no systemd as PID 1 here).

``systemd-analyze verify`` checks the unit as shipped; its only complaint on a build machine
may be that ``/opt/ingestd/venv/bin/ingestd`` (what scripts/install-service.sh installs) is
not there, so the unit is also verified with ExecStart pointing at this checkout's
``ingestd`` - that copy must verify with no complaint. (scripts/smoke-wheel.sh, run by
.ci/run, installs the wheel with that script and checks ExecStart= and Documentation=.)
The exposure score is parsed from ``systemd-analyze security --offline=true``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.intake.smtp.daemon_process import REPO

UNITS = REPO / "systemd"
MAX_EXPOSURE = 1.5
INSTALLED_BINARY = "/opt/ingestd/venv/bin/ingestd"


def analyze(*args: str, cwd: Path = UNITS) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["systemd-analyze", *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def installed_copy(tmp_path: Path) -> Path:
    """The units as they would be installed from this checkout (ExecStart -> the venv's ingestd)."""
    ingestd = Path(sys.executable).with_name("ingestd")
    assert ingestd.exists()
    for name in ("ingestd.service", "ingestd.socket"):
        text = (UNITS / name).read_text().replace(INSTALLED_BINARY, str(ingestd))
        (tmp_path / name).write_text(text)
    return tmp_path


def test_unit_as_shipped_verifies_except_for_the_uninstalled_binary():
    result = analyze("verify", "./ingestd.service", "./ingestd.socket")
    complaints = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    unexpected = [line for line in complaints if f"{INSTALLED_BINARY} is not executable" not in line]
    assert unexpected == [], "\n".join(complaints)
    if not Path(INSTALLED_BINARY).exists():
        assert complaints, f"verify should notice the missing {INSTALLED_BINARY} on this machine"


def test_unit_verifies_cleanly_when_the_binary_is_installed(tmp_path):
    directory = installed_copy(tmp_path)
    result = analyze("verify", "./ingestd.service", "./ingestd.socket", cwd=directory)
    assert result.returncode == 0 and (result.stdout + result.stderr).strip() == "", result.stdout + result.stderr


def test_exposure_is_at_most_1_5():
    result = analyze("security", "--offline=true", "./ingestd.service")
    assert result.returncode == 0, result.stderr
    match = re.search(r"Overall exposure level for ingestd\.service: (\d+\.\d+) (\w+)", result.stdout)
    assert match, result.stdout
    exposure = float(match.group(1))
    print(f"systemd-analyze security --offline=true: {exposure} {match.group(2)}")
    assert exposure <= MAX_EXPOSURE, result.stdout
    # The CI gate of THREATS.md 5.2, on the 0-100 scale.
    assert analyze("security", "--offline=true", "--threshold=15", "./ingestd.service").returncode == 0


def test_unit_settings_the_daemon_relies_on():
    unit = (UNITS / "ingestd.service").read_text()
    settings = {}
    for line in unit.splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            settings.setdefault(key, []).append(value)
    assert settings["Type"] == ["notify"] and settings["WatchdogSec"]
    assert settings["StateDirectory"] == ["ingestd"] and settings["ProtectSystem"] == ["strict"]
    assert settings["NoNewPrivileges"] == ["yes"] and settings["CapabilityBoundingSet"] == [""]
    assert settings["KillMode"] == ["mixed"] and settings["MemoryMax"]
    assert any("~@resources" not in v for v in settings["SystemCallFilter"])  # setrlimit in workers
    assert all("@resources" not in v for v in settings["SystemCallFilter"] if v.startswith("~"))
    # A credential file that does not exist fails the unit at start: TLS credentials live in
    # the drop-in the README's TLS section installs, not in the base unit.
    assert "LoadCredential" not in settings
    drop_in = (UNITS / "ingestd.service.d" / "tls.conf").read_text()
    assert re.search(r"^LoadCredential=smtp\.key:/etc/ingestd/smtp\.key$", drop_in, re.M)
    assert re.search(r"^LoadCredential=smtp\.crt:", drop_in, re.M)
    assert settings["ExecStart"][0].startswith(INSTALLED_BINARY + " ")
    assert f"file://{INSTALLER_DOC}" in settings["Documentation"][0]


INSTALLER_DOC = "/opt/ingestd/README.md"


def test_sysusers_and_tmpfiles_create_the_account_and_config_dir(tmp_path):
    (tmp_path / "etc").mkdir()
    subprocess.run(["systemd-sysusers", f"--root={tmp_path}", str(UNITS / "ingestd.sysusers.conf")],
                   check=True, capture_output=True, timeout=60)
    passwd = (tmp_path / "etc" / "passwd").read_text()
    assert re.search(r"^ingestd:x:\d+:\d+:.*:/var/lib/ingestd:", passwd, re.M)
    subprocess.run(["systemd-tmpfiles", "--create", f"--root={tmp_path}", str(UNITS / "ingestd.tmpfiles.conf")],
                   check=True, capture_output=True, timeout=60)
    config_dir = tmp_path / "etc" / "ingestd"
    assert config_dir.is_dir() and config_dir.stat().st_mode & 0o777 == 0o750
