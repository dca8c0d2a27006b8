"""The suite's one OpenPGP key generator (real gpg, no passphrase, throw-away homes).

Every home a key is made in is remembered; autouse fixtures in tests/conftest.py call
``kill_agents`` after each test for the homes that test made, and at the end of the session
for all of them (module- and session-scoped key homes live that long). A suite that leaves
hundreds of gpg-agents behind slows the machine for every later test.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

_homes: set[Path] = set()


def remember_home(home: Path) -> Path:
    """Register a GnuPG home a test uses, so its agent is killed after the test."""
    _homes.add(Path(home))
    return home


def generate_key(home: Path, uid: str, algo: str = "future-default", usage: str = "default",
                 expire: str = "1y", *, encryption_subkey: bool = False, faked_time: str | None = None) -> str:
    """Create a key in ``home`` (made 0700 if new) and return its full fingerprint.

    ``encryption_subkey`` adds a cv25519 encryption subkey (for a certify-only primary);
    ``faked_time`` (``YYYYMMDDTHHMMSS``) makes a key as if on that day, for expired keys.
    """
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    remember_home(home)
    faked = ["--faked-system-time", faked_time] if faked_time else []
    base = ["gpg", "--batch", "--no-tty", "--homedir", str(home), "--pinentry-mode", "loopback", "--passphrase", ""]
    subprocess.run([*base, *faked, "--quick-gen-key", uid, algo, usage, expire], check=True, capture_output=True)
    listing = subprocess.run(["gpg", "--homedir", str(home), "--with-colons", "--list-keys", uid], check=True,
                             capture_output=True, text=True).stdout
    fingerprints = [line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:")]
    fingerprint = fingerprints[0]
    if encryption_subkey:
        subprocess.run([*base, *faked, "--quick-add-key", fingerprint, "cv25519", "encr", expire], check=True,
                       capture_output=True)
    return fingerprint


def remembered_homes() -> set[Path]:
    return set(_homes)


def kill_agents(homes: set[Path] | None = None) -> None:
    """Stop the gpg-agents of ``homes`` (default: every remembered home); gpg restarts one if needed."""
    for home in sorted(_homes if homes is None else homes):
        if home.exists():
            subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], capture_output=True, timeout=60)
