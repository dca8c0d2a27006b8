"""Per-CPC crypto policy over a global default (issue 5 item 3)."""

from __future__ import annotations

import dataclasses

import pytest

from ingestd.config.schema import CpcEntry, PolicyConfig
from ingestd.errors import Quarantine
from ingestd.openpgp import Gpg, unwrap

from .conftest import Keys, as_message, encrypt, entity_bytes, inner_entity, pgp_encrypted, signed_entity


def reason(raw: bytes, gpg: Gpg, cpc: CpcEntry | None, policy: PolicyConfig) -> str | None:
    try:
        unwrap(raw, gpg, cpc, policy)
    except Quarantine as exc:
        return exc.reason
    return None


@pytest.fixture(scope="module")
def mails(keys: Keys) -> dict[str, bytes]:
    entity = entity_bytes(inner_entity())
    return {
        "plain": as_message(entity),
        "encrypted": pgp_encrypted(encrypt(keys, entity)),
        "signed": as_message(signed_entity(keys, entity, keys.registered)),
        "both": pgp_encrypted(encrypt(keys, entity, sign_with=keys.registered)),
        "unregistered": pgp_encrypted(encrypt(keys, entity, sign_with=keys.unregistered)),
        "expired": as_message(signed_entity(keys, entity, keys.expired)),
        "bad": as_message(signed_entity(keys, entity, keys.registered)).replace(b"report.pdf", b"rep0rt.pdf"),
    }


def test_default_policy_only_records(mails: dict[str, bytes], gpg: Gpg, cpc: CpcEntry) -> None:
    for raw in mails.values():
        assert reason(raw, gpg, cpc, PolicyConfig()) is None


def test_global_require_encryption(mails: dict[str, bytes], gpg: Gpg, cpc: CpcEntry) -> None:
    policy = PolicyConfig(require_encryption=True)
    assert reason(mails["plain"], gpg, cpc, policy) == "unencrypted"
    assert reason(mails["signed"], gpg, cpc, policy) == "unencrypted"
    assert reason(mails["encrypted"], gpg, cpc, policy) is None


@pytest.mark.parametrize(("mail", "expected"), [
    ("plain", "unsigned"), ("encrypted", "unsigned"), ("signed", None), ("both", None),
    ("unregistered", "signer-not-registered"), ("expired", "expired-key"), ("bad", "bad-signature"),
])
def test_global_require_signature(mails: dict[str, bytes], gpg: Gpg, cpc: CpcEntry, mail: str,
                                  expected: str | None) -> None:
    assert reason(mails[mail], gpg, cpc, PolicyConfig(require_signature=True)) == expected


def test_cpc_override_beats_global(mails: dict[str, bytes], gpg: Gpg, cpc: CpcEntry) -> None:
    strict_cpc = dataclasses.replace(cpc, require_encryption=True, require_signature=True)
    lax_cpc = dataclasses.replace(cpc, require_encryption=False, require_signature=False)
    assert reason(mails["plain"], gpg, strict_cpc, PolicyConfig()) == "unencrypted"
    assert reason(mails["encrypted"], gpg, strict_cpc, PolicyConfig()) == "unsigned"
    assert reason(mails["both"], gpg, strict_cpc, PolicyConfig()) is None
    strict = PolicyConfig(require_encryption=True, require_signature=True)
    assert reason(mails["plain"], gpg, lax_cpc, strict) is None
    assert reason(mails["plain"], gpg, cpc, strict) == "unencrypted"  # None override: the global applies


def test_unknown_sender_under_signature_policy(mails: dict[str, bytes], gpg: Gpg) -> None:
    assert reason(mails["both"], gpg, None, PolicyConfig(require_signature=True)) == "signer-not-registered"
