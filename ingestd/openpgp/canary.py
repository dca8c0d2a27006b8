"""The start-up decrypt canary (THREATS J2): READY only if the intake key can decrypt.

A daemon that starts with a GnuPG home it cannot use (the secret key missing after a restore,
a home with the wrong owner, a key that now wants a passphrase) would accept every encrypted
report with ``250`` and quarantine each one as ``undecryptable``. So before ``READY=1`` a
random token is encrypted to every encryption-capable secret key in ``[gpg] home`` and must
decrypt back to the same bytes. Nothing about the keys (user ids) is logged or put into the
error: fingerprints only.
"""

from __future__ import annotations

import logging
import secrets

from ingestd.errors import CryptoError
from ingestd.openpgp.gpg import Gpg
from ingestd.openpgp.keys import list_keys

log = logging.getLogger("ingestd.security")


def decrypt_canary(gpg: Gpg) -> int:
    """Round-trip a token through each intake key; returns how many keys passed.

    Raises ``CryptoError`` naming the home (and the key's fingerprint) that failed. With no
    ``[gpg] home`` there is nothing to prove: encrypted mail is quarantined by design, and
    that is logged.
    """
    if not gpg.usable:
        log.warning("no [gpg] home configured: encrypted reports will be quarantined as undecryptable")
        return 0
    where = f"[gpg] home {gpg.home}"
    try:
        blocks = list_keys(gpg, secret=True)
    except CryptoError as exc:
        raise CryptoError(f"{where}: cannot read the keyring ({exc}); check that it exists and belongs "
                          f"to the ingestd user with mode 0700") from None
    intake_keys = [block for block in blocks if block.capable("e")]
    if not intake_keys:
        raise CryptoError(f"{where}: no secret key that can decrypt; import the intake secret key "
                          f"(gpg --homedir {gpg.home} --import)")
    for block in intake_keys:
        fingerprint = block.primary.fingerprint
        token = secrets.token_bytes(32)
        sealed = gpg.run(["--encrypt", "--trust-model", "always", "--no-encrypt-to", "--recipient",
                          fingerprint, "--output", "-"], token, max_output=64 * 1024)
        if sealed.returncode != 0 or not sealed.output:
            raise CryptoError(f"{where}: cannot encrypt to intake key {fingerprint} (gpg rc={sealed.returncode}); "
                              f"is it expired or revoked?")
        opened = gpg.run(["--decrypt", "--output", "-"], sealed.output, max_output=64 * 1024)
        if opened.returncode != 0 or opened.output != token:
            raise CryptoError(f"{where}: intake key {fingerprint} cannot decrypt (gpg rc={opened.returncode}); "
                              f"the secret key is missing, unreadable or passphrase-protected")
    log.info("decrypt canary passed for %d intake key(s)", len(intake_keys))
    return len(intake_keys)
