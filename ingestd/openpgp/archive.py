"""Encrypt raw originals to the archive public keys before they are stored.

The daemon holds only the archive keys' public halves: once written, an original can be read
back only by whoever holds an archive secret key, offline. ``--trust-model always`` is used,
but only with recipients given as full fingerprints that we first checked in the keyring, so
no key is trusted because of a user ID that merely looks right.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingestd.errors import CryptoError
from ingestd.openpgp.gpg import Gpg
from ingestd.openpgp.keys import is_fingerprint, list_keys


def encrypt_for_archive(raw: bytes, gpg: Gpg, recipients: Sequence[str]) -> bytes:
    """Binary OpenPGP message of ``raw`` to every recipient; CryptoError if any is unusable."""
    if not recipients:
        raise CryptoError("archive: no [archive] recipients configured")
    fingerprints = [recipient.replace(" ", "").upper() for recipient in recipients]
    for fingerprint in fingerprints:
        _check_recipient(gpg, fingerprint)
    args = ["--encrypt", "--trust-model", "always", "--no-encrypt-to", "--output", "-"]
    for fingerprint in fingerprints:
        args += ["--recipient", fingerprint]
    # The output is the ciphertext of ``raw``: a little over its size, never a bomb.
    run = gpg.run(args, raw, max_output=2 * len(raw) + 1024 * 1024)
    if run.returncode != 0 or not run.has("END_ENCRYPTION") or run.has("INV_RECP") or not run.output:
        raise CryptoError(f"archive: gpg could not encrypt (rc={run.returncode})")
    return run.output


def _check_recipient(gpg: Gpg, fingerprint: str) -> None:
    if not is_fingerprint(fingerprint):
        raise CryptoError("archive: recipients must be full fingerprints (40 hex digits)")
    blocks = [b for b in list_keys(gpg, secret=False, pattern=fingerprint) if b.primary.fingerprint == fingerprint]
    if len(blocks) != 1:
        raise CryptoError(f"archive: key {fingerprint} is not in the keyring")
    block = blocks[0]
    if block.primary.unusable or block.primary.validity == "e":
        raise CryptoError(f"archive: key {fingerprint} is expired or revoked")
    if not [key for key in block.capable("e") if key.validity != "e"]:
        raise CryptoError(f"archive: key {fingerprint} has no usable encryption key")
