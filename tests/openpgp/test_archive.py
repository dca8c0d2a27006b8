"""Originals at rest (issue 5 item 5): encrypted to the archive keys only."""

from __future__ import annotations

import pytest

from ingestd.errors import CryptoError
from ingestd.openpgp import Gpg, encrypt_for_archive

from .conftest import CANARY, Keys, as_message, entity_bytes, gpg_cli, inner_entity, keyring_state
from ingestd.openpgp.sniff import PgpKind, classify


def test_archive_holds_no_plaintext_and_only_the_archive_key_reads_it(keys: Keys, gpg: Gpg) -> None:
    raw = as_message(entity_bytes(inner_entity()))
    before = keyring_state(keys.intake_home)
    archived = encrypt_for_archive(raw, gpg, [keys.archive])
    assert CANARY.encode() not in archived and b"report.pdf" not in archived and b"Subject" not in archived
    assert classify(archived) is PgpKind.ENCRYPTED and not archived.startswith(b"-----")  # binary
    assert gpg_cli(keys.archive_home, "--decrypt", data=archived) == raw
    # The daemon's own keyring cannot read its archive back.
    decrypt = gpg.run(["--decrypt"], archived)
    assert decrypt.returncode != 0 and decrypt.output == b""
    assert keyring_state(keys.intake_home) == before


def test_lowercase_and_spaced_fingerprints_are_accepted(keys: Keys, gpg: Gpg) -> None:
    spaced = " ".join(keys.archive[i:i + 4] for i in range(0, 40, 4)).lower()
    assert gpg_cli(keys.archive_home, "--decrypt", data=encrypt_for_archive(b"x", gpg, [spaced])) == b"x"


@pytest.mark.parametrize("recipient", ["", "DEADBEEF", "0" * 40, "archive@test.invalid"])
def test_missing_or_vague_recipient_is_a_crypto_error(keys: Keys, gpg: Gpg, recipient: str) -> None:
    with pytest.raises(CryptoError):
        encrypt_for_archive(b"x", gpg, [keys.archive, recipient] if recipient else [])


def test_signing_only_key_cannot_be_an_archive_recipient(keys: Keys, gpg: Gpg) -> None:
    with pytest.raises(CryptoError):
        encrypt_for_archive(b"x", gpg, [keys.registered])
