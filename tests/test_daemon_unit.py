"""The systemd files in systemd/, checked with the real systemd tools (no systemd as PID 1 here).

``systemd-analyze verify`` checks the unit as shipped; its only complaint on a build machine
may be that ``/opt/ingestd/venv/bin/ingestd`` (what scripts/install-service.sh installs) is
not there, so the unit is also verified with ExecStart pointing at this checkout's
``ingestd`` - that copy must verify with no complaint. (scripts/smoke-wheel.sh, run by
.ci/run, installs the wheel with that script and checks ExecStart= and Documentation=.)
The exposure score is parsed from ``systemd-analyze security --offline=true``.
The helpers are shared with the web app's unit (tests/systemd_units.py, tests/test_web_unit.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.systemd_units import (INSTALLED_BINARY, INSTALLER_DOC, UNITS, apply_sysusers_and_tmpfiles, exposure,
                                 installed_copy, unexpected_complaints, unit_settings, verify_complaints,
                                 within_threshold)

MAX_EXPOSURE = 1.5
DAEMON_UNITS = ("ingestd.service", "ingestd.socket")


def test_unit_as_shipped_verifies_except_for_the_uninstalled_binary():
    _, complaints = verify_complaints(*DAEMON_UNITS)
    assert unexpected_complaints(complaints) == [], "\n".join(complaints)
    if not Path(INSTALLED_BINARY).exists():
        assert complaints, f"verify should notice the missing {INSTALLED_BINARY} on this machine"


def test_unit_verifies_cleanly_when_the_binary_is_installed(tmp_path):
    directory = installed_copy(tmp_path, DAEMON_UNITS)
    returncode, complaints = verify_complaints(*DAEMON_UNITS, cwd=directory)
    assert returncode == 0 and complaints == [], "\n".join(complaints)


def test_exposure_is_at_most_1_5():
    assert exposure("ingestd.service") <= MAX_EXPOSURE
    # The CI gate of THREATS.md 5.2, on the 0-100 scale.
    assert within_threshold("ingestd.service", 15)


def test_unit_settings_the_daemon_relies_on():
    settings = unit_settings((UNITS / "ingestd.service").read_text())
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


def test_the_unit_makes_the_control_sockets_directory_for_the_daemon_only():
    """/run/ingestd is where the shipped [web] control_socket is (ingestd.control): systemd makes it
    (the daemon does not), 0700, so only the ingestd user, which both services run as, enters."""
    from ingestd.config.loader import load_config

    settings = unit_settings((UNITS / "ingestd.service").read_text())
    assert settings["RuntimeDirectory"] == ["ingestd"] and settings["RuntimeDirectoryMode"] == ["0700"]
    shipped = load_config(UNITS.parent / "config" / "ingestd.example.toml", environ={})
    assert shipped.web.control_socket == Path("/run/ingestd/control.sock")
    assert load_config(None, environ={}, system_config=Path("/nonexistent")).web.control_socket == \
        shipped.web.control_socket  # the default is the shipped path


def test_sysusers_and_tmpfiles_create_the_account_and_config_dir(tmp_path):
    apply_sysusers_and_tmpfiles(tmp_path)
    passwd = (tmp_path / "etc" / "passwd").read_text()
    assert re.search(r"^ingestd:x:\d+:\d+:.*:/var/lib/ingestd:", passwd, re.M)
    config_dir = tmp_path / "etc" / "ingestd"
    assert config_dir.is_dir() and config_dir.stat().st_mode & 0o777 == 0o750
