"""THREATS J2: ``ingestd serve`` says READY only if the intake key can decrypt.

Real gpg homes, generated per test: one that works, one holding only the public half of the
intake key (a restore that forgot the secret key), one whose key now wants a passphrase.
"""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from tests.keys import generate_key
from tests.test_daemon import daemon  # noqa: F401 - the daemon fixture

UID = "Intake Test Key <intake@ingest.example.org>"


def kill_agent(home: Path) -> None:
    subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "gpg-agent"], capture_output=True, check=False)


def working_home(base: Path) -> Path:
    home = base / "gnupg"
    generate_key(home, UID)
    return home


def public_only_home(base: Path) -> Path:
    source = base / "source"
    fingerprint = generate_key(source, UID)
    public = subprocess.run(["gpg", "--homedir", str(source), "--export", fingerprint], check=True,
                            capture_output=True).stdout
    kill_agent(source)
    home = base / "gnupg"
    home.mkdir(mode=0o700)
    subprocess.run(["gpg", "--batch", "--homedir", str(home), "--import"], input=public, check=True, capture_output=True)
    return home


def passphrase_home(base: Path) -> Path:
    home = base / "gnupg"
    home.mkdir(mode=0o700)
    subprocess.run(["gpg", "--batch", "--homedir", str(home), "--pinentry-mode", "loopback", "--passphrase",
                    "correct horse", "--quick-gen-key", UID, "future-default", "default", "1y"],
                   check=True, capture_output=True)
    kill_agent(home)  # forget the cached passphrase, as after a reboot
    return home


def test_ready_when_the_intake_key_decrypts(daemon, tmp_path):  # noqa: F811
    home = working_home(tmp_path)
    try:
        proc = daemon(extra=f'[gpg]\nhome = "{home}"\n')
        assert proc.count("READY=1") == 1
        assert "decrypt canary passed for 1 intake key(s)" in proc.stderr()
    finally:
        kill_agent(home)


@pytest.mark.parametrize("make_home, expected", [
    (public_only_home, "no secret key that can decrypt"),
    (passphrase_home, "cannot decrypt"),
], ids=["secret-key-missing", "passphrase-protected"])
def test_no_ready_when_the_intake_key_cannot_decrypt(daemon, tmp_path, make_home, expected):  # noqa: F811
    home = make_home(tmp_path)
    try:
        proc = daemon(extra=f'[gpg]\nhome = "{home}"\n', start=False)
        proc.start()
        assert proc.proc.wait(60) != 0
        assert proc.count("READY=1") == 0
        err = proc.stderr()
        assert expected in err and str(home) in err
        assert "intake@ingest.example.org" not in err  # fingerprints only, never the key's user id
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", proc.port), timeout=2).close()
    finally:
        kill_agent(home)
