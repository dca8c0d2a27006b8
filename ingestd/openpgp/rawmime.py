"""Find the bytes of a MIME entity exactly as transmitted.

RFC 3156 section 5: a PGP/MIME signature covers the first body part of multipart/signed in
canonical form (CRLF line ends), headers and folding included, byte for byte. Re-serialising
the part with the email package changes those bytes (cpython#153822: folded headers), so the
signed bytes are cut out of the original message instead. The email package remains the
authority for the structure: this module only follows a path the walker already took, and
gives up (None) whenever its split disagrees with the email package's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BARE_LF = re.compile(rb"(?<!\r)\n")


@dataclass(frozen=True)
class Step:
    """Into child ``index`` of a multipart with ``boundary``; or into a message/rfc822 body."""

    index: int = 0
    boundary: str | None = None  # None: step into the body of a message/rfc822 part


def split_entity(entity: bytes) -> tuple[bytes, bytes]:
    """(header block, body) of one entity: the body starts after the first empty line."""
    if entity.startswith(b"\r\n"):
        return b"", entity[2:]
    if entity.startswith(b"\n"):
        return b"", entity[1:]
    match = _BLANK_LINE.search(entity)
    if match is None:
        return entity, b""
    return entity[: match.start()], entity[match.end():]


def split_multipart(body: bytes, boundary: str) -> list[bytes]:
    """The body parts between the delimiters (RFC 2046 section 5.1.1).

    The line break before a delimiter belongs to the delimiter, not to the part before it.
    """
    marker = re.escape(b"--" + boundary.encode("ascii", "surrogateescape"))
    delimiter = re.compile(rb"(?:\A|\r?\n)" + marker + rb"(--)?[ \t]*(?:\r?\n|\Z)")
    parts: list[bytes] = []
    start: int | None = None
    for match in delimiter.finditer(body):
        if start is not None:
            parts.append(body[start: match.start()])
        if match.group(1):  # the close delimiter
            return parts
        start = match.end()
    if start is not None:
        parts.append(body[start:])  # no close delimiter: the email package keeps the rest too
    return parts


def entity_at(document: bytes, path: Sequence[Step], expected_children: Sequence[int]) -> bytes | None:
    """The raw bytes of the entity reached by ``path`` from the top of ``document``.

    ``expected_children[i]`` is how many children the email package saw at step ``i`` (0 for
    an rfc822 step); a different count from the raw split means we are not looking at the same
    structure, and the answer is None.
    """
    entity = document
    for step, expected in zip(path, expected_children, strict=True):
        _, body = split_entity(entity)
        if step.boundary is None:
            entity = body
            continue
        children = split_multipart(body, step.boundary)
        if len(children) != expected or step.index >= len(children):
            return None
        entity = children[step.index]
    return entity


def canonical_crlf(data: bytes) -> bytes:
    """Bare LF to CRLF: the canonical form RFC 3156 signs (mail spooled with LF line ends)."""
    return _BARE_LF.sub(b"\r\n", data)
