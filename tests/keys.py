"""OpenPGP keys generated for a test with the real gpg (no passphrase, throw-away homes)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def generate_key(home: Path, uid: str, algo: str = "future-default", usage: str = "default",
                 expire: str = "1y") -> str:
    """Create a key in ``home`` (made 0700 if new) and return its full fingerprint."""
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    subprocess.run(["gpg", "--batch", "--homedir", str(home), "--pinentry-mode", "loopback", "--passphrase", "",
                    "--quick-gen-key", uid, algo, usage, expire], check=True, capture_output=True)
    listing = subprocess.run(["gpg", "--homedir", str(home), "--with-colons", "--list-keys", uid], check=True,
                             capture_output=True, text=True).stdout
    return next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:"))
