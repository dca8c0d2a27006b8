"""The decision rules: when gpg's output may be used, and what a signature is worth.

These are pure functions over gpg's status lines (``doc/DETAILS`` in GnuPG) so that each rule
can be read, and tested, on its own. python-gnupg's ``ok``/``valid`` flags are not used: it
reports ``valid=True`` for a good signature by any key in the keyring (THREATS C7), and hands
back plaintext whose integrity check failed (THREATS C1, C2).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ingestd.openpgp.gpg import GpgRun

# Signature result keywords: gpg emits exactly one of these per signature it looked at.
SIGNATURE_KEYWORDS = frozenset({"GOODSIG", "BADSIG", "ERRSIG", "EXPSIG", "EXPKEYSIG", "REVKEYSIG"})
# Binary document (0x00) or canonical text (0x01): the only classes a message signature may have.
_DOCUMENT_SIG_CLASSES = frozenset({"00", "01"})
_NO_PUBKEY = "9"  # ERRSIG rc: the signer's public key is not in our keyring

VERDICT_VALID = "valid"
VERDICT_UNSIGNED = "unsigned"


@dataclass(frozen=True)
class SignatureVerdict:
    """What one signature layer established. ``signer`` is set only for a ``valid`` verdict."""

    verdict: str
    signer: str | None = None


def decryption_problem(run: GpgRun) -> str | None:
    """Return a quarantine reason code, or None when the plaintext may be used.

    Plaintext is usable only when gpg said DECRYPTION_OKAY exactly once, exited 0, reported an
    MDC or AEAD mode in DECRYPTION_INFO, produced exactly one literal data packet, and said
    nothing of BADMDC, DECRYPTION_FAILED or ERROR (THREATS section 0, rule 5).
    """
    if run.oversize:
        return "oversize-plaintext"
    if run.status_overflow:
        return "undecryptable"
    infos = run.lines("DECRYPTION_INFO")
    unprotected = any(not _integrity_protected(line.args) for line in infos)
    if run.has("BADMDC") or unprotected:
        return "integrity-failure"
    if run.has("DECRYPTION_FAILED") or run.has("ERROR"):
        return "undecryptable"
    if len(run.lines("DECRYPTION_OKAY")) != 1 or not infos:
        return "undecryptable"
    if len(run.lines("PLAINTEXT")) != 1:
        return "undecryptable"
    if run.returncode != 0:
        return "undecryptable"
    return None


def _integrity_protected(args: tuple[str, ...]) -> bool:
    """DECRYPTION_INFO <mdc_method> <sym_algo> [<aead_algo>]: either mode must be non-zero."""
    mdc = args[0] if args else "0"
    aead = args[2] if len(args) > 2 else "0"
    return mdc not in ("", "0") or aead not in ("", "0")


def has_signature(run: GpgRun) -> bool:
    return run.has("NEWSIG") or any(line.keyword in SIGNATURE_KEYWORDS for line in run.status)


def signature_verdict(run: GpgRun, registered: Collection[str], *, detached: bool) -> SignatureVerdict | None:
    """Judge the signatures gpg saw in ``run``; None when there was no signature at all.

    ``valid`` needs exactly one signature, a GOODSIG with exactly one VALIDSIG of a document
    class, whose primary-key fingerprint (the last VALIDSIG field) is in ``registered``.
    Several signatures are never valid, even when one of them is good (python-gnupg#214).
    For a detached signature (``detached=True``) a clean exit is also required, and gpg must
    not have found literal data inside the "signature" (it would have verified that instead
    of the MIME part we handed it).
    """
    results = [line for line in run.status if line.keyword in SIGNATURE_KEYWORDS]
    count = max(len(results), len(run.lines("NEWSIG")))
    if count == 0:
        if detached:
            return SignatureVerdict("bad-signature")  # a signature part gpg found nothing in
        return None
    if count > 1:
        return SignatureVerdict("bad-signature")
    if detached and run.has("PLAINTEXT"):
        return SignatureVerdict("bad-signature")
    result = results[0] if results else None
    if result is None or result.keyword == "BADSIG":
        return SignatureVerdict("bad-signature")
    if result.keyword == "ERRSIG":
        rc = result.args[5] if len(result.args) > 5 else ""
        # A signature by a key we do not hold cannot come from a registered signer: registered
        # keys are imported by the operator, never from mail.
        return SignatureVerdict("signer-not-registered" if rc == _NO_PUBKEY else "bad-signature")
    if result.keyword == "EXPKEYSIG":
        return SignatureVerdict("expired-key")
    if result.keyword == "REVKEYSIG":
        return SignatureVerdict("revoked-key")
    if result.keyword == "EXPSIG":
        return SignatureVerdict("expired-signature")
    validsigs = run.lines("VALIDSIG")
    if len(validsigs) != 1 or len(validsigs[0].args) < 10:
        return SignatureVerdict("bad-signature")
    if detached and run.returncode != 0:
        return SignatureVerdict("bad-signature")
    fields = validsigs[0].args
    if fields[8] not in _DOCUMENT_SIG_CLASSES:
        return SignatureVerdict("bad-signature")
    primary = fields[9].upper()
    if primary in {fpr.upper() for fpr in registered}:
        return SignatureVerdict(VERDICT_VALID, primary)
    return SignatureVerdict("signer-not-registered")
