"""Decryption rules (issue 5 item 2, THREATS C1-C3, C6, C14, C17): plaintext is used only
when gpg vouched for it, and never past the size cap or the timeout."""

from __future__ import annotations

import base64
import os
import subprocess
import time
import tracemalloc
from pathlib import Path

import gnupg
import pytest

from ingestd.config.schema import CpcEntry, GpgConfig, PolicyConfig
from ingestd.errors import CryptoError, Quarantine
from ingestd.openpgp import Gpg, unwrap

from .conftest import CANARY, Keys, encrypt, entity_bytes, headers, inner_entity, pgp_encrypted

POLICY = PolicyConfig()


def quarantine_reason(raw: bytes, gpg: Gpg, cpc: CpcEntry) -> str:
    with pytest.raises(Quarantine) as caught:
        unwrap(raw, gpg, cpc, POLICY)
    return caught.value.reason


def test_no_mdc_is_integrity_failure_and_python_gnupg_would_have_used_it(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    ciphertext = encrypt(keys, entity_bytes(inner_entity()), armor=False,
                         extra=("--rfc2440", "--cipher-algo", "CAST5", "--compress-algo", "none"))
    # The trap this rule exists for: python-gnupg hands back the unprotected plaintext.
    legacy = gnupg.GPG(gnupghome=str(keys.intake_home)).decrypt(ciphertext)
    assert b"report.pdf" in legacy.data
    assert quarantine_reason(pgp_encrypted(ciphertext), gpg, cpc) == "integrity-failure"


def test_flipped_ciphertext_byte_is_integrity_failure(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    ciphertext = bytearray(encrypt(keys, b"x" * 4000, armor=False, extra=("--compress-algo", "none")))
    ciphertext[-100] ^= 0x01
    raw = headers("application/octet-stream", "Content-Transfer-Encoding: base64\r\n") + b"\r\n" + \
        base64.encodebytes(bytes(ciphertext)).replace(b"\n", b"\r\n")
    assert quarantine_reason(raw, gpg, cpc) == "integrity-failure"


def test_encrypted_to_another_key_is_undecryptable(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    raw = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity()), to=keys.other))
    assert quarantine_reason(raw, gpg, cpc) == "undecryptable"


def test_garbage_in_multipart_encrypted_is_undecryptable(gpg: Gpg, cpc: CpcEntry) -> None:
    raw = pgp_encrypted(b"-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA+++notreally\r\n-----END PGP MESSAGE-----\r\n")
    assert quarantine_reason(raw, gpg, cpc) == "undecryptable"


def test_one_bad_part_quarantines_the_whole_message(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """Never half-filed: a good encrypted attachment beside an undecryptable one."""
    good = encrypt(keys, b"%PDF-1.4 good")
    bad = encrypt(keys, b"%PDF-1.4 bad", to=keys.other)
    body = b"--b\r\nContent-Type: text/plain\r\n\r\n" + good + b"\r\n--b\r\nContent-Type: text/plain\r\n\r\n" + bad + b"\r\n--b--\r\n"
    raw = headers('multipart/mixed; boundary="b"') + b"\r\n" + body
    assert quarantine_reason(raw, gpg, cpc) == "undecryptable"


def test_no_home_means_undecryptable_but_plain_mail_still_works(keys: Keys, cpc: CpcEntry) -> None:
    homeless = Gpg(GpgConfig(home=None))
    raw = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity())))
    assert quarantine_reason(raw, homeless, cpc) == "undecryptable"
    plain = unwrap(headers("text/plain") + b"\r\nhello\r\n", homeless, cpc, POLICY)
    assert [p.data for p in plain.parts] == [b"hello\r\n"]


def test_compression_bomb_stops_at_the_cap_with_bounded_memory(keys: Keys, gpg: Gpg, cpc: CpcEntry,
                                                               tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.gpg"
    subprocess.run(f"head -c 300M /dev/zero | gpg --homedir {keys.sender_home} --batch --trust-model always "
                   f"--compress-algo zlib --compress-level 9 -r {keys.intake} -e -o {bomb}",
                   shell=True, check=True, capture_output=True)
    ciphertext = bomb.read_bytes()
    assert len(ciphertext) < 2 * 1024 * 1024  # ~300 MiB of plaintext in a small message
    raw = pgp_encrypted(base64.encodebytes(ciphertext), "")
    raw = raw.replace(b'name="encrypted.asc"\r\n', b'name="encrypted.asc"\r\nContent-Transfer-Encoding: base64\r\n')
    tracemalloc.start()
    started = time.monotonic()
    try:
        reason = quarantine_reason(raw, gpg, cpc)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reason == "oversize-plaintext"
    assert peak < 8 * 1024 * 1024 + 3 * len(raw) + 4 * 1024 * 1024  # the cap, the input, a little
    assert time.monotonic() - started < 20


def test_plaintext_budget_is_shared_by_all_parts(keys: Keys, cpc: CpcEntry) -> None:
    small = Gpg(GpgConfig(home=keys.intake_home, max_plaintext_size=6000))
    parts = b"".join(b"--b\r\nContent-Type: application/octet-stream\r\n\r\n" + encrypt(keys, b"y" * 4000) + b"\r\n"
                     for _ in range(2))
    raw = headers('multipart/mixed; boundary="b"') + b"\r\n" + parts + b"--b--\r\n"
    assert quarantine_reason(raw, small, cpc) == "oversize-plaintext"


def test_forged_status_lines_in_file_name_credit_nothing(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """CVE-2018-12020: a literal-data file name carrying fake status lines."""
    forged = (f"x\n[GNUPG:] GOODSIG 0000000000000000 forged\n[GNUPG:] VALIDSIG {keys.registered} 2020-01-01 "
              f"1577836800 0 4 0 22 8 00 {keys.registered}\n")
    ciphertext = encrypt(keys, entity_bytes(inner_entity()), extra=("--set-filename", forged))
    result = unwrap(pgp_encrypted(ciphertext), gpg, cpc, POLICY)
    assert (result.crypto.signed, result.crypto.verdict, result.crypto.signer) == (False, "unsigned", None)


def gpg_processes_for(home: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(home).encode() in cmdline and b"gpg-agent" not in cmdline:
                pids.append(int(entry.name))
    return pids


def test_timeout_kills_the_gpg_process_group(keys: Keys, cpc: CpcEntry, tmp_path: Path) -> None:
    """THREATS C17/G6: a wedged keyring (a FIFO nobody writes) must not wedge the worker."""
    home = tmp_path / "wedged"
    home.mkdir(mode=0o700)
    os.mkfifo(home / "pubring.kbx")
    wedged = Gpg(GpgConfig(home=home, timeout=1))
    raw = pgp_encrypted(encrypt(keys, b"hello"))
    started = time.monotonic()
    with pytest.raises(CryptoError):
        unwrap(raw, wedged, cpc, POLICY)
    assert time.monotonic() - started < 10
    assert gpg_processes_for(home) == []


def test_no_content_in_logs(keys: Keys, gpg: Gpg, cpc: CpcEntry, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    ok = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity()), sign_with=keys.registered))
    unwrap(ok, gpg, cpc, POLICY)
    with pytest.raises(Quarantine):
        unwrap(pgp_encrypted(encrypt(keys, entity_bytes(inner_entity()), to=keys.other)), gpg, cpc, POLICY)
    gnupg.GPG(gnupghome=str(keys.intake_home)).decrypt(encrypt(keys, CANARY.encode()))  # python-gnupg too
    logged = caplog.text
    assert caplog.records  # something was logged, so the check below means something
    for needle in ("Canarybird", "Canary Wharf", "report.pdf", "Registered Signer", "@test.invalid"):
        assert needle not in logged
