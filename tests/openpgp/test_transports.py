"""Each transport of issue 5 item 1, end to end through the real gpg."""

from __future__ import annotations

from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from ingestd.config.schema import CpcEntry, PolicyConfig
from ingestd.model import Unwrapped
from ingestd.openpgp import Gpg, unwrap

from .conftest import (
    CANARY, Keys, as_message, encrypt, entity_bytes, gpg_cli, headers, inner_entity, pgp_encrypted,
    report_part, signed_entity,
)

POLICY = PolicyConfig()


def report_data(result: Unwrapped) -> list[bytes]:
    return [p.data for p in result.parts if p.data.startswith(b"%PDF")]


def test_plain_mail_returns_leaf_parts_unsigned(gpg: Gpg, cpc: CpcEntry) -> None:
    raw = as_message(entity_bytes(inner_entity()))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert [p.content_type for p in result.parts] == ["text/plain", "application/pdf"]
    assert not any(p.from_encrypted for p in result.parts)
    assert (result.crypto.encrypted, result.crypto.signed, result.crypto.verdict) == (False, False, "unsigned")


def test_pgp_mime_encrypted(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    raw = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity())))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert len(report_data(result)) == 1 and CANARY.encode() in report_data(result)[0]
    assert all(p.from_encrypted for p in result.parts) and len(result.parts) == 2
    assert result.crypto.encrypted and result.crypto.verdict == "unsigned" and not result.crypto.signed


def test_signed_and_encrypted_combined(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    raw = pgp_encrypted(encrypt(keys, entity_bytes(inner_entity()), sign_with=keys.registered))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert result.crypto.encrypted and result.crypto.signed
    assert (result.crypto.verdict, result.crypto.signer) == ("valid", keys.registered)
    assert len(report_data(result)) == 1


def test_signed_then_encrypted_nested(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    signed = signed_entity(keys, entity_bytes(inner_entity()), keys.registered)
    raw = pgp_encrypted(encrypt(keys, signed))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert (result.crypto.encrypted, result.crypto.verdict, result.crypto.signer) == (True, "valid", keys.registered)
    assert [p.content_type for p in result.parts] == ["text/plain", "application/pdf"]


def test_pgp_mime_signed(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    raw = as_message(signed_entity(keys, entity_bytes(inner_entity()), keys.registered))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert (result.crypto.encrypted, result.crypto.signed) == (False, True)
    assert (result.crypto.verdict, result.crypto.signer) == ("valid", keys.registered)
    # The signature part itself is machinery, not content.
    assert [p.content_type for p in result.parts] == ["text/plain", "application/pdf"]


def test_pgp_mime_signed_with_lf_line_ends_still_verifies(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """A spool that stored LF line ends: verification uses the canonical CRLF form (RFC 3156 s.5)."""
    raw = as_message(signed_entity(keys, entity_bytes(inner_entity()), keys.registered)).replace(b"\r\n", b"\n")
    assert unwrap(raw, gpg, cpc, POLICY).crypto.verdict == "valid"


def test_signed_part_with_folded_header_verifies(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    """THREATS C12: the bytes verified are the transmitted ones, folding included."""
    body = (b"Content-Type: text/plain;\r\n\tcharset=\"us-ascii\"\r\nX-Long: a\r\n  folded   value\r\n\r\n"
            b"Body text\r\n")
    raw = as_message(signed_entity(keys, body, keys.registered))
    assert unwrap(raw, gpg, cpc, POLICY).crypto.verdict == "valid"


def test_tampered_signed_part_is_bad_signature(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    raw = as_message(signed_entity(keys, entity_bytes(inner_entity()), keys.registered))
    tampered = raw.replace(b"report.pdf", b"rep0rt.pdf")
    assert tampered != raw
    assert unwrap(tampered, gpg, cpc, POLICY).crypto.verdict == "bad-signature"


def attachment_mail(attachment: bytes, filename: str, content_type: str = "application/octet-stream") -> bytes:
    mail = MIMEMultipart("mixed")
    mail["From"] = "CPC <sender@cpc.test.invalid>"
    mail["Subject"] = CANARY
    mail.attach(MIMEText("Cover note in the clear.", "plain", "utf-8"))
    maintype, subtype = content_type.split("/")
    part = MIMEBase(maintype, subtype)
    part.set_payload(attachment)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    mail.attach(part)
    return mail.as_bytes()


def test_encrypted_attachment_binary_and_armored(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    pdf = report_part().get_payload(decode=True)
    for armor, name, ctype in ((False, "r.pdf.gpg", "application/octet-stream"),
                               (True, "r.pdf.asc", "text/plain"),
                               (False, "r.pgp", "application/pgp-encrypted-file"),
                               (True, "not-a-hint.pdf", "application/pdf")):
        raw = attachment_mail(encrypt(keys, pdf, armor=armor), name, ctype)
        result = unwrap(raw, gpg, cpc, POLICY)
        assert [p.from_encrypted for p in result.parts] == [False, True], name
        assert result.parts[1].data == pdf, name
        # A plain cover note beside the encrypted attachment: the message is not "encrypted".
        assert result.crypto.encrypted is False and result.crypto.verdict == "unsigned"


def test_inline_pgp_block_is_a_part_of_its_own(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    block = encrypt(keys, CANARY.encode())
    body = b"Text before the block.\r\n" + block + b"Text after the block.\r\n"
    raw = headers("text/plain; charset=us-ascii") + b"\r\n" + body
    result = unwrap(raw, gpg, cpc, POLICY)
    assert [p.data.strip() for p in result.parts] == [
        b"Text before the block.", CANARY.encode(), b"Text after the block."]
    assert [p.from_encrypted for p in result.parts] == [False, True, False]
    assert result.crypto.encrypted is False


def test_inline_only_block_is_encrypted_and_signed(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    block = encrypt(keys, CANARY.encode(), sign_with=keys.registered)
    raw = headers("text/plain; charset=us-ascii") + b"\r\n" + block
    result = unwrap(raw, gpg, cpc, POLICY)
    assert [p.data for p in result.parts] == [CANARY.encode()]
    assert (result.crypto.encrypted, result.crypto.verdict, result.crypto.signer) == (True, "valid", keys.registered)


def test_quoted_printable_body_with_inline_block(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    block = encrypt(keys, b"secret inline")
    text = MIMEText(block.decode(), "plain", "utf-8")
    raw = as_message(entity_bytes(text))
    result = unwrap(raw, gpg, cpc, POLICY)
    assert [p.data for p in result.parts] == [b"secret inline"]


def test_inline_signed_only_armor_stays_text_and_is_not_credited(keys: Keys, gpg: Gpg, cpc: CpcEntry) -> None:
    block = gpg_cli(keys.sender_home, "--local-user", keys.registered, "--armor", "--sign", "--output", "-",
                    data=b"signed only")
    raw = headers("text/plain; charset=us-ascii") + b"\r\nIntro\r\n" + block
    result = unwrap(raw, gpg, cpc, POLICY)
    assert len(result.parts) == 1 and result.parts[0].data.startswith(b"Intro")
    assert result.crypto.verdict == "unsigned"
