"""Session keyrings made with the real gpg, and builders for the test messages.

Homes (all temporary, made once per session):
* ``intake``  - the daemon's home: intake secret key (expires in two years), the public keys
  of the registered, unregistered and expired signers, and the archive public key.
* ``sender``  - what CPCs hold: every signer's secret key, the intake and other-org public keys.
* ``archive`` - the archive secret key: only tests use it, to prove the archive is readable.
* ``other``   - another organisation's key pair (mail encrypted to it cannot be read by us).
python-gnupg moves public keys between homes; keys are generated with ``gpg --quick-gen-key``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy as email_policy
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import gnupg
import pytest

from ingestd.config.schema import CpcEntry, GpgConfig
from ingestd.openpgp import Gpg
from tests.keys import generate_key, remember_home

CRLF = b"\r\n"
SMTP = email_policy.SMTP
# Canary text: must come back out of decryption, must never reach a log or the archive file.
CANARY = "Wilhelmina Canarybird lives at 7 Canary Wharf Lane"


def gpg_cli(home: Path, *args: str, data: bytes | None = None) -> bytes:
    done = subprocess.run(["gpg", "--homedir", str(home), "--batch", "--no-tty", "--pinentry-mode", "loopback",
                           "--passphrase", "", *args], input=data, capture_output=True, check=False)
    if done.returncode != 0:
        raise AssertionError(f"gpg {args[:3]} failed: {done.stderr.decode(errors='replace')[-500:]}")
    return done.stdout


def new_home(base: Path, name: str) -> Path:
    home = base / name
    home.mkdir(mode=0o700)
    return remember_home(home)


def gen_key(home: Path, uid: str, *, algo: str = "ed25519", usage: str = "sign", expire: str = "never",
            encryption_subkey: bool = False, faked_time: str | None = None) -> str:
    """The suite's key generator (tests/keys.py) with this package's defaults: ed25519 signing keys."""
    return generate_key(home, uid, algo, usage, expire, encryption_subkey=encryption_subkey, faked_time=faked_time)


def fingerprint_of(home: Path, uid: str) -> str:
    keys = gnupg.GPG(gnupghome=str(home)).list_keys(keys=uid)
    assert len(keys) == 1, uid
    return str(keys[0]["fingerprint"])


def copy_public(src: Path, dst: Path, fpr: str) -> None:
    armored = gnupg.GPG(gnupghome=str(src)).export_keys(fpr)
    result = gnupg.GPG(gnupghome=str(dst)).import_keys(armored)
    assert result.count == 1


@dataclass(frozen=True)
class Keys:
    intake_home: Path
    sender_home: Path
    archive_home: Path
    other_home: Path
    intake: str
    archive: str
    other: str
    registered: str  # registered for the test CPC
    unregistered: str  # in the intake keyring, not registered for anybody
    unknown: str  # not in the intake keyring at all
    expired: str  # registered, but expired (signed while still valid)


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Keys]:
    base = tmp_path_factory.mktemp("gpg")
    intake_home, sender_home, archive_home, other_home = (
        new_home(base, name) for name in ("intake", "sender", "archive", "other"))
    intake = gen_key(intake_home, "Intake Test <intake@test.invalid>", usage="cert", expire="2y",
                     encryption_subkey=True)
    archive = gen_key(archive_home, "Archive Test <archive@test.invalid>", usage="cert", encryption_subkey=True)
    other = gen_key(other_home, "Other Org <other@test.invalid>", usage="cert", encryption_subkey=True)
    registered = gen_key(sender_home, "Registered Signer <registered@test.invalid>")
    unregistered = gen_key(sender_home, "Unregistered Signer <unregistered@test.invalid>")
    unknown = gen_key(sender_home, "Unknown Signer <unknown@test.invalid>")
    expired = gen_key(sender_home, "Expired Signer <expired@test.invalid>", expire="2021-01-01",
                      faked_time="20200101T000000")
    for fpr in (registered, unregistered, expired):
        copy_public(sender_home, intake_home, fpr)
    copy_public(archive_home, intake_home, archive)
    copy_public(intake_home, sender_home, intake)
    copy_public(other_home, sender_home, other)
    yield Keys(intake_home, sender_home, archive_home, other_home, intake, archive, other,
               registered, unregistered, unknown, expired)
    for home in (intake_home, sender_home, archive_home, other_home):
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], capture_output=True)


@pytest.fixture(scope="session")
def gpg(keys: Keys) -> Gpg:
    return Gpg(GpgConfig(home=keys.intake_home, timeout=30, max_plaintext_size=8 * 1024 * 1024))


@pytest.fixture(scope="session")
def cpc(keys: Keys) -> CpcEntry:
    return CpcEntry(name="Test CPC", sender_domains=("cpc.test.invalid",),
                    signing_keys=(keys.registered, keys.expired))


# --- message builders ---------------------------------------------------------------------------

def encrypt(keys: Keys, data: bytes, *, to: str | None = None, sign_with: str | None = None,
            armor: bool = True, extra: tuple[str, ...] = ()) -> bytes:
    args = ["--trust-model", "always", "--recipient", to or keys.intake, *extra]
    if armor:
        args.append("--armor")
    if sign_with == keys.expired:
        # Sign while the key was valid, then encrypt the signed packets as they are: the same
        # packet layout as one combined sign+encrypt (our intake key did not exist in 2020).
        data = gpg_cli(keys.sender_home, "--faked-system-time", "20200601T000000", "--local-user", sign_with,
                       "--sign", "--output", "-", data=data)
        args.append("--no-literal")
    elif sign_with:
        args += ["--local-user", sign_with, "--sign"]
    return gpg_cli(keys.sender_home, *args, "--encrypt", "--output", "-", data=data)


def detached_signature(keys: Keys, data: bytes, signer: str) -> bytes:
    faked = ["--faked-system-time", "20200601T000000"] if signer == keys.expired else []
    return gpg_cli(keys.sender_home, *faked, "--local-user", signer, "--armor", "--detach-sign",
                   "--output", "-", data=data)


def report_part(text: str = CANARY, name: str = "report.pdf") -> MIMEApplication:
    part = MIMEApplication(b"%PDF-1.4\n" + text.encode() + b"\n%%EOF\n", "pdf")
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def inner_entity(body: str = "Please find the report attached.") -> MIMEMultipart:
    entity = MIMEMultipart("mixed")
    entity.attach(MIMEText(body, "plain", "utf-8"))
    entity.attach(report_part())
    return entity


def headers(content_type: str, extra: str = "") -> bytes:
    return (f"From: CPC <sender@cpc.test.invalid>\r\nTo: intake@test.invalid\r\nSubject: {CANARY}\r\n"
            f"Message-ID: <t@test.invalid>\r\nMIME-Version: 1.0\r\n{extra}Content-Type: {content_type}\r\n").encode()


def multipart_raw(content_type: str, boundary: str, parts: list[bytes], extra: str = "") -> bytes:
    """A multipart message assembled byte for byte, so signed parts stay exactly as signed."""
    out = headers(f'{content_type}; boundary="{boundary}"', extra) + CRLF + b"preamble" + CRLF
    for part in parts:
        out += b"--" + boundary.encode() + CRLF + part + CRLF
    return out + b"--" + boundary.encode() + b"--" + CRLF


def pgp_encrypted(ciphertext: bytes, extra: str = "") -> bytes:
    version = b"Content-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
    data = b"Content-Type: application/octet-stream; name=\"encrypted.asc\"\r\n\r\n" + ciphertext
    return multipart_raw('multipart/encrypted; protocol="application/pgp-encrypted"', "enc-b", [version, data], extra)


def signed_entity(keys: Keys, entity_bytes: bytes, signer: str, signature: bytes | None = None,
                  boundary: str = "sig-b") -> bytes:
    """A multipart/signed entity (headers included) over ``entity_bytes`` (CRLF form)."""
    sig = signature if signature is not None else detached_signature(keys, entity_bytes, signer)
    sig_part = b"Content-Type: application/pgp-signature; name=\"signature.asc\"\r\n\r\n" + sig
    return (f'Content-Type: multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"; '
            f'boundary="{boundary}"\r\n\r\n').encode() + (
        b"--" + boundary.encode() + CRLF + entity_bytes + CRLF + b"--" + boundary.encode() + CRLF
        + sig_part + CRLF + b"--" + boundary.encode() + b"--" + CRLF)


def as_message(entity: bytes) -> bytes:
    """Put top-level headers in front of an entity that starts with its own Content-Type."""
    return (b"From: CPC <sender@cpc.test.invalid>\r\nTo: intake@test.invalid\r\n"
            b"Subject: " + CANARY.encode() + b"\r\nMIME-Version: 1.0\r\n" + entity)


def entity_bytes(entity: MIMEMultipart | MIMEText | MIMEApplication) -> bytes:
    return entity.as_bytes(policy=SMTP)


def keyring_state(home: Path) -> tuple[bytes, int, int]:
    """Public keyring bytes and key counts: must not change when mail is processed."""
    gpg = gnupg.GPG(gnupghome=str(home))
    ring = home / "pubring.kbx"
    return ring.read_bytes(), len(gpg.list_keys()), len(gpg.list_keys(secret=True))
