"""Recognise OpenPGP data by its bytes, never by the file name or Content-Type the sender chose.

An attachment called ``report.pdf.gpg`` with type ``application/octet-stream`` and one called
``report.asc`` with type ``text/plain`` are the same thing if their bytes are an encrypted
OpenPGP message; a ``.asc`` holding a public key is a key, and is dropped, never imported.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import Enum


class PgpKind(Enum):
    ENCRYPTED = "encrypted"  # starts with a public-key or symmetric session-key packet
    KEY = "key"  # a public or secret key block: dropped, never imported
    SIGNATURE = "signature"  # a detached signature: meaningless on its own
    OTHER = "other"  # not OpenPGP, or OpenPGP we do not act on (e.g. an opaque signed blob)


_PKESK, _SKESK, _SECKEY, _PUBKEY = 1, 3, 5, 6
_ARMOR_RE = re.compile(
    rb"\A\s*-----BEGIN PGP (MESSAGE|PUBLIC KEY BLOCK|PRIVATE KEY BLOCK|SIGNATURE)-----\r?\n"
)
# One inline armoured message inside a text body, on lines of its own.
INLINE_MESSAGE_RE = re.compile(
    rb"^-----BEGIN PGP MESSAGE-----[ \t]*\r?\n.*?^-----END PGP MESSAGE-----[ \t]*$",
    re.MULTILINE | re.DOTALL,
)


def first_packet(data: bytes) -> tuple[int, int] | None:
    """(tag, first body octet) of the first OpenPGP packet (RFC 9580 section 4.2), or None.

    The first body octet of a session-key packet is its version, which makes the check strict
    enough that a PNG (0x89...) or other binary attachment is not mistaken for OpenPGP.
    """
    if len(data) < 3 or not data[0] & 0x80:
        return None
    header = data[0]
    if header & 0x40:  # new format: the length octets follow
        tag = header & 0x3F
        first = data[1]
        if first < 192:
            offset = 2
        elif first < 224:
            offset = 3
        elif first == 255:
            offset = 6
        else:
            return None  # partial body lengths are not allowed for session-key packets
    else:
        tag = (header >> 2) & 0x0F
        length_type = header & 0x03
        if length_type == 3:
            return None
        offset = 1 + (1, 2, 4)[length_type]
    if len(data) <= offset:
        return None
    return tag, data[offset]


def dearmor_head(data: bytes, limit: int = 512) -> bytes | None:
    """Decode the first bytes of an armoured block, enough to read the first packet header."""
    lines = data.lstrip().splitlines()[1:]
    # Armor headers ("Version: ...") end at the first empty line (RFC 9580 section 6.2).
    body_start = 0
    for index, line in enumerate(lines):
        if not line.strip():
            body_start = index + 1
            break
        if b":" not in line:
            break
    encoded = bytearray()
    for line in lines[body_start:]:
        line = line.strip()
        if line.startswith((b"=", b"-----")):
            break
        encoded += line
        if len(encoded) >= limit:
            break
    encoded = encoded[: len(encoded) - len(encoded) % 4]
    try:
        return base64.b64decode(bytes(encoded), validate=True)
    except (binascii.Error, ValueError):
        return None


def classify(data: bytes) -> PgpKind:
    """What kind of OpenPGP data ``data`` is, judged by its armor label and first packet."""
    match = _ARMOR_RE.match(data[:4096])
    if match:
        label = match.group(1)
        if label in (b"PUBLIC KEY BLOCK", b"PRIVATE KEY BLOCK"):
            return PgpKind.KEY
        if label == b"SIGNATURE":
            return PgpKind.SIGNATURE
        head = dearmor_head(data)
        packet = first_packet(head) if head else None
    else:
        packet = first_packet(data)
    if packet is None:
        return PgpKind.OTHER
    tag, version = packet
    if (tag == _PKESK and version in (3, 6)) or (tag == _SKESK and version in (4, 5, 6)):
        return PgpKind.ENCRYPTED
    if match and tag in (_PUBKEY, _SECKEY):
        return PgpKind.KEY
    return PgpKind.OTHER
