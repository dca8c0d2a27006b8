"""Signature rules (issue 5 item 2, THREATS C7-C10): "valid" means exactly one good signature
by a key registered for the sending CPC, over the whole message."""

from __future__ import annotations

import base64

import gnupg

from ingestd.config.schema import CpcEntry, PolicyConfig
from ingestd.openpgp import Gpg, unwrap

from .conftest import (
    Keys, as_message, detached_signature, encrypt, entity_bytes, gpg_cli, inner_entity, multipart_raw,
    pgp_encrypted, signed_entity,
)

POLICY = PolicyConfig()


ENTITY = entity_bytes(inner_entity())  # one fixed entity: signatures below are made over it


def signed_mail(keys: Keys, signer: str, signature: bytes | None = None) -> bytes:
    return as_message(signed_entity(keys, ENTITY, signer, signature))


def test_unregistered_signer_python_gnupg_says_valid_we_do_not(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    entity = ENTITY
    signature = detached_signature(keys, entity, keys.unregistered)
    legacy = gnupg.GPG(gnupghome=str(keys.intake_home))
    sig_path = keys.intake_home.parent / "unregistered.sig"
    sig_path.write_bytes(signature)
    assert legacy.verify_data(str(sig_path), entity).valid  # the trap (THREATS C7)
    result = unwrap(signed_mail(keys, keys.unregistered, signature), gpg, cpc, POLICY)
    assert (result.crypto.signed, result.crypto.verdict, result.crypto.signer) == (True, "signer-not-registered", None)


def test_registered_for_another_cpc_is_not_registered_for_this_one(keys: Keys, gpg: Gpg) -> None:
    someone_else = CpcEntry(name="Other CPC", signing_keys=(keys.unregistered,))
    result = unwrap(signed_mail(keys, keys.registered), gpg, someone_else, POLICY)
    assert result.crypto.verdict == "signer-not-registered"
    assert unwrap(signed_mail(keys, keys.registered), gpg, None, POLICY).crypto.verdict == "signer-not-registered"


def test_signer_not_in_keyring(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    assert unwrap(signed_mail(keys, keys.unknown), gpg, cpc, POLICY).crypto.verdict == "signer-not-registered"


def test_combined_signature_by_unknown_key_still_decrypts(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """gpg exits 2 here although decryption was fine: the plaintext comes from a clean second run."""
    raw = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity()), sign_with=keys.unknown))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert result.crypto.encrypted and result.crypto.verdict == "signer-not-registered"
    assert len(result.parts) == 2


def dearmor(armored: bytes) -> bytes:
    lines = armored.decode().strip().splitlines()
    body = [line for line in lines[1:-1] if line and ":" not in line and not line.startswith("=")]
    return base64.b64decode("".join(body))


def test_two_signatures_one_bad(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    entity = ENTITY
    good = dearmor(detached_signature(keys, entity, keys.registered))
    bad = dearmor(detached_signature(keys, entity + b"something else", keys.unregistered))
    both = gpg_cli(keys.sender_home, "--enarmor", data=good + bad)
    assert unwrap(signed_mail(keys, keys.registered, both), gpg, cpc, POLICY).crypto.verdict == "bad-signature"


def test_two_good_signatures_are_not_exactly_one(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    entity = ENTITY
    first = dearmor(detached_signature(keys, entity, keys.registered))
    second = dearmor(detached_signature(keys, entity, keys.unregistered))
    both = gpg_cli(keys.sender_home, "--enarmor", data=first + second)
    result = unwrap(signed_mail(keys, keys.registered, both), gpg, cpc, POLICY)
    assert result.crypto.verdict == "bad-signature" and result.crypto.signer is None


def test_expired_signing_key(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    result = unwrap(signed_mail(keys, keys.expired), gpg, cpc, POLICY)
    assert (result.crypto.signed, result.crypto.verdict, result.crypto.signer) == (True, "expired-key", None)
    combined = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity()), sign_with=keys.expired))
    assert unwrap(combined, gpg, cpc, POLICY).crypto.verdict == "expired-key"


def test_garbage_signature_part_is_bad(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    junk = b"-----BEGIN PGP SIGNATURE-----\r\n\r\nAAAA\r\n-----END PGP SIGNATURE-----\r\n"
    assert unwrap(signed_mail(keys, keys.registered, junk), gpg, cpc, POLICY).crypto.verdict == "bad-signature"


def test_opaque_signed_message_as_signature_part_is_bad(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """A "signature" that carries its own literal data must not verify in place of the MIME part."""
    opaque = gpg_cli(keys.sender_home, "--local-user", keys.registered, "--armor", "--sign", "--output", "-",
                     data=b"other content")
    assert unwrap(signed_mail(keys, keys.registered, opaque), gpg, cpc, POLICY).crypto.verdict == "bad-signature"


def test_valid_signed_part_inside_unsigned_multipart_is_not_credited(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """THREATS C10 / Johnny class 3: an attacker wraps somebody's signed part with own content."""
    signed = signed_entity(keys, entity_bytes(inner_entity()), keys.registered)
    attacker = b"Content-Type: text/plain\r\n\r\nAttacker's text, not covered by any signature.\r\n"
    raw = multipart_raw("multipart/mixed", "outer-b", [attacker, signed])
    result = unwrap(raw, gpg, cpc, POLICY)
    assert (result.crypto.signed, result.crypto.verdict, result.crypto.signer) == (False, "unsigned", None)
    assert len(result.parts) == 3


def test_signed_part_inside_forwarded_message_is_not_credited(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    forwarded = as_message(signed_entity(keys, entity_bytes(inner_entity()), keys.registered))
    wrapper = b"Content-Type: message/rfc822\r\n\r\n" + forwarded
    raw = multipart_raw("multipart/mixed", "fwd-b", [wrapper])
    result = unwrap(raw, gpg, cpc, POLICY)
    assert result.crypto.verdict == "unsigned" and len(result.parts) == 2


def test_sender_headers_claiming_a_status_are_ignored(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    claims = ("X-PGP-Signature: valid\r\nX-Crypto-Status: encrypted; signed; signer=" + keys.registered
              + "\r\nX-Ingestd-Verdict: valid\r\n")
    raw = multipart_raw("multipart/mixed", "h-b", [b"Content-Type: text/plain\r\n\r\nhi\r\n"], claims)
    result = unwrap(raw, gpg, cpc, POLICY)
    assert (result.crypto.encrypted, result.crypto.signed, result.crypto.verdict) == (False, False, "unsigned")
