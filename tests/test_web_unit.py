"""systemd/ingestd-web.service, the reviewers' web app, checked with the real systemd tools.

As for the daemon (tests/test_daemon_unit.py, helpers in tests/systemd_units.py): verified as
shipped and as installed, its exposure measured, and read for what it promises. The promise
that matters most is what the web app cannot see. It runs as the daemon's user (it shares the
database), so file modes do not keep it out of the spool, the quarantine, the archive, the
GnuPG home or the daemon's secrets: the unit's masks do, and the directories they mask must
exist before the unit starts (a '-' mask of a missing path is skipped), which the tmpfiles
entry sees to. The paths are the ones the shipped configuration and the code use.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import pytest

from ingestd.config.loader import load_config
from tests.systemd_units import (INSTALLED_BINARY, INSTALLER_DOC, REPO, UNITS, apply_sysusers_and_tmpfiles,
                                 exposure, installed_copy, unexpected_complaints, unit_settings, verify_complaints,
                                 within_threshold)

MAX_EXPOSURE = 2.0
WEB_UNIT = "ingestd-web.service"
TLS_DROP_IN = "ingestd-web.service.d/tls.conf"
EXAMPLE_CONFIG = REPO / "config" / "ingestd.example.toml"
#: What the shipped configuration names: the one file of /etc/ingestd the web app reads.
SYSTEM_CONFIG = "/etc/ingestd/ingestd.toml"


def web_settings() -> dict[str, list[str]]:
    return unit_settings((UNITS / WEB_UNIT).read_text())


def shipped_config():  # type: ignore[no-untyped-def]
    return load_config(EXAMPLE_CONFIG, environ={})


def gnupg_home() -> Path:
    """``[gpg] home`` as the example suggests it (it is commented out: unset means no decryption)."""
    match = re.search(r'^\[gpg\]\n(?:#.*\n)*# home = "([^"]+)"', EXAMPLE_CONFIG.read_text(), re.M)
    assert match, "the example config no longer suggests a [gpg] home"
    return Path(match.group(1))


def daemon_only_directories() -> dict[str, Path]:
    config = shipped_config()
    return {"spool": config.spool_dir, "quarantine": config.quarantine_dir, "archive": config.archive_dir,
            "gnupg home": gnupg_home()}


def masked(path: Path, settings: dict[str, list[str]]) -> bool:
    entries = [PurePosixPath(v.lstrip("-")) for value in settings.get("InaccessiblePaths", []) for v in value.split()]
    return any(PurePosixPath(path) == entry or entry in PurePosixPath(path).parents for entry in entries)


def test_unit_as_shipped_verifies_except_for_the_uninstalled_binary():
    _, complaints = verify_complaints(WEB_UNIT)
    assert unexpected_complaints(complaints) == [], "\n".join(complaints)
    if not Path(INSTALLED_BINARY).exists():
        assert complaints, f"verify should notice the missing {INSTALLED_BINARY} on this machine"


@pytest.mark.parametrize("drop_ins", [(), (TLS_DROP_IN,)], ids=["base", "with-tls-drop-in"])
def test_unit_verifies_cleanly_when_the_binary_is_installed(tmp_path, drop_ins):
    directory = installed_copy(tmp_path, (WEB_UNIT,), drop_ins)
    returncode, complaints = verify_complaints(WEB_UNIT, cwd=directory)
    assert returncode == 0 and complaints == [], "\n".join(complaints)


@pytest.mark.parametrize("drop_ins", [(), (TLS_DROP_IN,)], ids=["base", "with-tls-drop-in"])
def test_exposure_is_at_most_2_0(tmp_path, drop_ins):
    directory = installed_copy(tmp_path, (WEB_UNIT,), drop_ins)
    assert exposure(WEB_UNIT, cwd=directory) <= MAX_EXPOSURE
    assert within_threshold(WEB_UNIT, 20, cwd=directory)


def test_runs_the_web_app_as_the_daemon_user_from_the_installed_venv():
    settings = web_settings()
    assert settings["ExecStart"] == [f"{INSTALLED_BINARY} --config {SYSTEM_CONFIG} web"]
    assert f"file://{INSTALLER_DOC}" in settings["Documentation"][0]
    daemon = unit_settings((UNITS / "ingestd.service").read_text())
    for key in ("User", "Group", "StateDirectory", "StateDirectoryMode", "UMask"):
        assert settings[key] == daemon[key], key
    assert settings["RestrictAddressFamilies"] == ["AF_UNIX AF_INET AF_INET6"]
    assert settings["IPAddressDeny"] == ["any"] and settings["IPAddressAllow"] == ["localhost"]
    assert settings["ProtectSystem"] == ["strict"] and settings["NoNewPrivileges"] == ["yes"]
    assert settings["CapabilityBoundingSet"] == [""] and settings["PrivateUsers"] == ["yes"]
    # Nothing writable beyond the state directory (the database and its WAL, the session key).
    assert "ReadWritePaths" not in settings and "BindPaths" not in settings
    # The credentials are in the drop-in: one that names a missing file fails the unit at start.
    assert "LoadCredential" not in settings


@pytest.mark.parametrize("what", ["spool", "quarantine", "archive", "gnupg home"])
def test_the_daemons_directories_are_masked(what):
    settings = web_settings()
    path = daemon_only_directories()[what]
    assert masked(path, settings), f"{what} ({path}) is not in InaccessiblePaths="
    for key in ("ReadWritePaths", "ReadOnlyPaths", "BindPaths", "BindReadOnlyPaths"):
        for value in settings.get(key, []):
            for entry in value.split():
                reopened = PurePosixPath(entry.lstrip("-+").split(":")[0])
                assert reopened != PurePosixPath(path) and PurePosixPath(path) not in reopened.parents, (key, entry)


def test_the_daemons_control_socket_is_reachable_and_nothing_was_unmasked_for_it():
    """The password form hands its work to the daemon over [web] control_socket. Connecting to a
    socket needs no write access to its file system, so the unit's read-only /run will do: the
    socket's directory is neither masked nor reopened, and no other path is opened for it."""
    settings = web_settings()
    socket_dir = shipped_config().web.control_socket.parent
    assert socket_dir == PurePosixPath("/run/ingestd")
    assert not masked(shipped_config().web.control_socket, settings)
    for key in ("ReadWritePaths", "ReadOnlyPaths", "BindPaths", "InaccessiblePaths"):
        assert not [v for v in settings.get(key, []) if "/run/ingestd/" in v + "/"], key
    assert settings["RestrictAddressFamilies"] == ["AF_UNIX AF_INET AF_INET6"]  # AF_UNIX: the socket


def test_the_daemons_secrets_are_out_of_reach():
    settings = web_settings()
    # The daemon's credentials (TLS key, IMAP and relay passwords) as systemd hands them over.
    assert masked(Path("/run/credentials/ingestd.service/smtp.key"), settings)
    assert masked(shipped_config().storage.data_dir / "notices.key", settings)
    # /etc/ingestd (where the drop-ins load them from) is an empty tmpfs with only the
    # configuration file bound into it.
    assert settings["TemporaryFileSystem"] == ["/etc/ingestd:ro"]
    assert settings["BindReadOnlyPaths"] == [SYSTEM_CONFIG]
    # and the web app's own state is not masked.
    config = shipped_config()
    assert not masked(config.web_session_key_file, settings)
    assert not masked(Path(config.database_url.removeprefix("sqlite:///")), settings)


def test_tls_drop_in_hands_over_the_web_certificate_as_credentials():
    drop_in = (UNITS / TLS_DROP_IN).read_text()
    assert re.findall(r"^LoadCredential=(\S+)$", drop_in, re.M) == ["web.crt:/etc/ingestd/web.crt",
                                                                     "web.key:/etc/ingestd/web.key"]
    # Where the app finds them, which is what the README tells the admin to put in [web].
    assert "/run/credentials/ingestd-web.service/web.crt" in drop_in
    assert "/run/credentials/ingestd-web.service/web.key" in drop_in


def test_tmpfiles_creates_every_masked_directory_before_either_unit_starts(tmp_path):
    apply_sysusers_and_tmpfiles(tmp_path)
    settings = web_settings()
    state = shipped_config().storage.data_dir
    for what, path in {**daemon_only_directories(), "web": state / "web"}.items():
        made = tmp_path / path.relative_to("/")
        assert made.is_dir() and made.stat().st_mode & 0o777 == 0o700, what
    for value in settings["InaccessiblePaths"]:
        path = PurePosixPath(value.lstrip("-"))
        if path.is_relative_to(state) and path.name != "notices.key":  # a key file: made by its first user
            assert (tmp_path / path.relative_to("/")).is_dir(), f"tmpfiles does not create {path}"
