"""The unwrap stage: every OpenPGP layer of a message, the effective parts, the crypto verdict.

What is promised (THREATS sections 0 and C):

* Plaintext is used only under the rules in ``decisions.decryption_problem``; a message with
  any part that cannot be decrypted is quarantined as a whole, never half-filed.
* Each encrypted part is decrypted on its own and becomes a part of its own. Nothing is ever
  concatenated with its plain neighbours (EFAIL direct exfiltration, Poddebniak et al. 2018).
* A signature is credited to the message only when it covers the whole of it: the root, or a
  layer that is the only child of every container above it. A signed part inside an unsigned
  multipart is not (Johnny class 3, CVE-2018-15587 class). Verification runs over the raw
  transmitted bytes of the signed part (RFC 3156 section 5), see ``rawmime``.
* Keys in mail (``application/pgp-keys``, ``Autocrypt:``) are dropped, never imported; headers
  that claim a crypto status are never read.
* ``encrypted`` is true only when every part of the effective message came out of an encrypted
  layer: a plain cover note beside an encrypted attachment leaves the message "not encrypted".
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import Path
from typing import TypeVar

from ingestd.config.schema import CpcEntry, PolicyConfig
from ingestd.mime import prescan
from ingestd.errors import Quarantine
from ingestd.model import CryptoStatus, MessagePart, Unwrapped
from ingestd.openpgp.decisions import (
    VERDICT_UNSIGNED,
    VERDICT_VALID,
    SignatureVerdict,
    decryption_problem,
    has_signature,
    signature_verdict,
)
from ingestd.openpgp.gpg import Gpg
from ingestd.openpgp.rawmime import Step, canonical_crlf, entity_at
from ingestd.openpgp.sniff import INLINE_MESSAGE_RE, PgpKind, classify

log = logging.getLogger("ingestd.security")

MAX_DEPTH = 20  # containers, rfc822 wrappers and decryption layers together (THREATS B1)
MAX_DECRYPTIONS = 50  # gpg runs per message: each is a process, a timeout and a budget share
MAX_SIGNATURE_SIZE = 1024 * 1024
# Parts that carry OpenPGP machinery, not content: never passed on, never imported.
_DROPPED_TYPES = frozenset({"application/pgp-signature", "application/pgp-keys", "application/pgp-encrypted"})
_HEADER_ERRORS = (ValueError, TypeError, LookupError, AttributeError)
_T = TypeVar("_T")


@dataclass
class _Context:
    gpg: Gpg
    registered: frozenset[str]
    budget: int  # plaintext bytes still allowed across all encrypted parts of the message
    decryptions: int = 0


@dataclass(frozen=True)
class _Layer:
    """What a subtree yields: its parts, whether all came out of encryption, its signature."""

    parts: tuple[MessagePart, ...] = ()
    all_encrypted: bool = False
    signature: SignatureVerdict | None = None


@dataclass(frozen=True)
class _Where:
    """Where an entity sits in the bytes it was parsed from (None path: cannot be located)."""

    document: bytes
    path: tuple[Step, ...] | None = ()
    counts: tuple[int, ...] = field(default=())

    def child(self, index: int, boundary: str | None, count: int) -> _Where:
        if self.path is None or not boundary:
            return _Where(self.document, None)
        return _Where(self.document, (*self.path, Step(index, boundary)), (*self.counts, count))

    def rfc822(self) -> _Where:
        if self.path is None:
            return self
        return _Where(self.document, (*self.path, Step(0, None)), (*self.counts, 0))


def unwrap(raw: bytes, gpg: Gpg, sender_cpc: CpcEntry | None, policy: PolicyConfig) -> Unwrapped:
    """Unwrap every OpenPGP layer of ``raw``; apply the sender CPC's crypto policy.

    Raises Quarantine with ``undecryptable``, ``integrity-failure``, ``oversize-plaintext``,
    ``mime-depth`` or ``malformed-mime``; and, when the policy requires it, ``unencrypted``,
    ``unsigned``, ``signer-not-registered``, ``bad-signature``, ``expired-key`` or another
    non-valid verdict. Raises CryptoError when gpg itself fails (timeout): retry later.
    """
    registered = frozenset(fpr.upper() for fpr in (sender_cpc.signing_keys if sender_cpc else ()))
    ctx = _Context(gpg=gpg, registered=registered, budget=gpg.config.max_plaintext_size)
    message = _parse(raw)
    try:
        layer = _walk(message, _Where(raw), ctx, depth=0, encrypted=False)
    except RecursionError as exc:
        raise Quarantine("mime-depth", "structure too deep to walk") from exc
    except _HEADER_ERRORS as exc:
        raise Quarantine("malformed-mime", type(exc).__name__) from exc
    if not layer.parts and message.defects:
        raise Quarantine("malformed-mime", f"{len(message.defects)} defects, no readable part")
    crypto = _status(layer)
    log.info("openpgp: parts=%d encrypted=%s signed=%s verdict=%s",
             len(layer.parts), crypto.encrypted, crypto.signed, crypto.verdict)
    _enforce(crypto, sender_cpc, policy)
    return Unwrapped(parts=layer.parts, crypto=crypto)


def _status(layer: _Layer) -> CryptoStatus:
    signature = layer.signature
    if signature is None:
        return CryptoStatus(encrypted=layer.all_encrypted, signed=False, signer=None, verdict=VERDICT_UNSIGNED)
    return CryptoStatus(encrypted=layer.all_encrypted, signed=True,
                        signer=signature.signer if signature.verdict == VERDICT_VALID else None,
                        verdict=signature.verdict)


def _enforce(crypto: CryptoStatus, cpc: CpcEntry | None, policy: PolicyConfig) -> None:
    """Effective ``require_*`` is the CPC's override when set, else the global default."""
    require_encryption = policy.require_encryption
    require_signature = policy.require_signature
    if cpc is not None and cpc.require_encryption is not None:
        require_encryption = cpc.require_encryption
    if cpc is not None and cpc.require_signature is not None:
        require_signature = cpc.require_signature
    if require_encryption and not crypto.encrypted:
        raise Quarantine("unencrypted", "policy requires encryption")
    if require_signature and crypto.verdict != VERDICT_VALID:
        raise Quarantine(crypto.verdict, "policy requires a valid registered signature")


def _parse(data: bytes) -> EmailMessage:
    prescan(data)  # outer message and every decrypted inner one
    try:
        message = BytesParser(policy=email_policy.default).parsebytes(data)
    except RecursionError as exc:
        raise Quarantine("mime-depth", "structure too deep to parse") from exc
    except _HEADER_ERRORS as exc:
        raise Quarantine("malformed-mime", type(exc).__name__) from exc
    assert isinstance(message, EmailMessage)
    return message


def _safe(read: Callable[[], _T], default: _T) -> _T:
    """Header access on hostile mail: the email package can raise on malformed values."""
    try:
        return read()
    except _HEADER_ERRORS:
        return default


def _walk(entity: Message, where: _Where, ctx: _Context, *, depth: int, encrypted: bool) -> _Layer:
    if depth > MAX_DEPTH:
        raise Quarantine("mime-depth", f"more than {MAX_DEPTH} levels")
    ctype = _safe(entity.get_content_type, "application/octet-stream")
    if ctype == "message/rfc822":
        inner = entity.get_payload()
        if isinstance(inner, list) and len(inner) == 1 and isinstance(inner[0], Message):
            layer = _walk(inner[0], where.rfc822(), ctx, depth=depth + 1, encrypted=encrypted)
            # A forwarded message's signature is someone else's, over something else.
            return _Layer(layer.parts, layer.all_encrypted, None)
        return _leaf(entity, ctx, encrypted=encrypted)
    if entity.is_multipart():
        children = [c for c in entity.get_payload() if isinstance(c, Message)]
        protocol = str(_safe(lambda: entity.get_param("protocol", ""), "") or "").lower()
        if ctype == "multipart/encrypted" and protocol == "application/pgp-encrypted":
            return _pgp_mime_encrypted(children, ctx, depth=depth)
        if ctype == "multipart/signed" and protocol == "application/pgp-signature" and len(children) == 2:
            return _pgp_mime_signed(entity, children, where, ctx, depth=depth, encrypted=encrypted)
        return _container(entity, children, where, ctx, depth=depth, encrypted=encrypted)
    return _leaf(entity, ctx, encrypted=encrypted)


def _container(entity: Message, children: list[Message], where: _Where, ctx: _Context, *,
               depth: int, encrypted: bool) -> _Layer:
    boundary = _safe(entity.get_boundary, None)
    layers = [
        _walk(child, where.child(index, boundary, len(children)), ctx, depth=depth + 1, encrypted=encrypted)
        for index, child in enumerate(children)
    ]
    parts = tuple(part for layer in layers for part in layer.parts)
    all_encrypted = bool(parts) and all(layer.all_encrypted for layer in layers if layer.parts)
    # Only a container with a single child passes that child's signature up: any sibling is
    # content the signature does not cover.
    signature = layers[0].signature if len(layers) == 1 else None
    return _Layer(parts, all_encrypted, signature)


def _pgp_mime_encrypted(children: list[Message], ctx: _Context, *, depth: int) -> _Layer:
    """RFC 3156 section 4: [application/pgp-encrypted "Version: 1"][application/octet-stream]."""
    if len(children) != 2:
        raise Quarantine("undecryptable", "multipart/encrypted without exactly two parts")
    ciphertext = _payload(children[1])
    plaintext, combined = _decrypt(ctx, ciphertext)
    inner = _parse(plaintext)
    layer = _walk(inner, _Where(plaintext), ctx, depth=depth + 1, encrypted=True)
    # Combined (one OpenPGP message) or nested (multipart/signed inside): RFC 3156 section 6.
    return _Layer(layer.parts, bool(layer.parts), _combine(combined, layer.signature))


def _pgp_mime_signed(entity: Message, children: list[Message], where: _Where, ctx: _Context, *,
                     depth: int, encrypted: bool) -> _Layer:
    boundary = _safe(entity.get_boundary, None)
    signed_where = where.child(0, boundary, 2)
    layer = _walk(children[0], signed_where, ctx, depth=depth + 1, encrypted=encrypted)
    signed_bytes = None
    if signed_where.path is not None:
        signed_bytes = entity_at(signed_where.document, signed_where.path, signed_where.counts)
    signature = _payload(children[1])
    if signed_bytes is None or not signature or len(signature) > MAX_SIGNATURE_SIZE:
        verdict = SignatureVerdict("bad-signature")
    else:
        verdict = _verify(ctx, canonical_crlf(signed_bytes), signature)
    return _Layer(layer.parts, layer.all_encrypted, _combine(verdict, layer.signature))


def _leaf(entity: Message, ctx: _Context, *, encrypted: bool) -> _Layer:
    ctype = _safe(entity.get_content_type, "application/octet-stream")
    if ctype in _DROPPED_TYPES:
        return _Layer()
    data = _payload(entity)
    disposition = _safe(entity.get_content_disposition, None)
    content_id = _safe(lambda: str(entity["Content-ID"]) if entity["Content-ID"] else None, None)
    kind = classify(data)
    if kind in (PgpKind.KEY, PgpKind.SIGNATURE):
        return _Layer()
    if kind is PgpKind.ENCRYPTED:
        plaintext, signature = _decrypt(ctx, data)
        part = MessagePart(plaintext, "application/octet-stream", disposition, content_id, from_encrypted=True)
        return _Layer((part,), True, signature)
    if ctype.startswith("text/") and INLINE_MESSAGE_RE.search(data):
        return _inline(data, ctype, disposition, content_id, ctx, encrypted=encrypted)
    return _Layer((MessagePart(data, ctype, disposition, content_id, from_encrypted=encrypted),), encrypted, None)


def _inline(data: bytes, ctype: str, disposition: str | None, content_id: str | None, ctx: _Context, *,
            encrypted: bool) -> _Layer:
    """A text body with armoured blocks: each block, and each stretch of text around them,
    becomes a part of its own. Text around a block is never joined to its plaintext."""
    parts: list[MessagePart] = []
    signatures: list[SignatureVerdict | None] = []
    plain_text = False
    position = 0
    for match in INLINE_MESSAGE_RE.finditer(data):
        if classify(match.group(0)) is not PgpKind.ENCRYPTED:
            continue  # an armoured signed-only message stays text: unverified, uncredited
        before = data[position: match.start()]
        if before.strip():
            parts.append(MessagePart(before, ctype, disposition, content_id, from_encrypted=encrypted))
            plain_text = plain_text or not encrypted
        plaintext, signature = _decrypt(ctx, match.group(0))
        parts.append(MessagePart(plaintext, "text/plain", disposition, content_id, from_encrypted=True))
        signatures.append(signature)
        position = match.end()
    after = data[position:]
    if after.strip():
        parts.append(MessagePart(after, ctype, disposition, content_id, from_encrypted=encrypted))
        plain_text = plain_text or not encrypted
    # One block and nothing else: its signature covers the part; otherwise it covers a piece.
    signature = signatures[0] if len(parts) == 1 and len(signatures) == 1 else None
    return _Layer(tuple(parts), not plain_text, signature)


def _payload(entity: Message) -> bytes:
    payload = _safe(lambda: entity.get_payload(decode=True), None)
    return payload if isinstance(payload, bytes) else b""


def _combine(outer: SignatureVerdict | None, inner: SignatureVerdict | None) -> SignatureVerdict | None:
    """Two signatures over the same content agree, or the content is not validly signed."""
    if outer is None:
        return inner
    if inner is None or inner == outer:
        return outer
    return SignatureVerdict("bad-signature")


def _decrypt(ctx: _Context, ciphertext: bytes) -> tuple[bytes, SignatureVerdict | None]:
    """Decrypt one OpenPGP message; the plaintext and the verdict on any signature inside it."""
    if not ctx.gpg.usable:
        raise Quarantine("undecryptable", "no [gpg] home configured")
    ctx.decryptions += 1
    if ctx.decryptions > MAX_DECRYPTIONS:
        raise Quarantine("mime-parts", f"more than {MAX_DECRYPTIONS} encrypted parts")
    if ctx.budget <= 0:
        raise Quarantine("oversize-plaintext", "plaintext budget spent")
    run = ctx.gpg.run(["--decrypt"], ciphertext, max_output=ctx.budget)
    problem = decryption_problem(run)
    signature = signature_verdict(run, ctx.registered, detached=False) if has_signature(run) else None
    if problem == "undecryptable" and has_signature(run):
        # gpg exits 2 for a signature it cannot check (unknown key) even when decryption was
        # fine; "exited 0" must still hold for the plaintext we use, so decrypt again without
        # the signature check and keep the verdict of the first pass.
        run = ctx.gpg.run(["--decrypt", "--skip-verify"], ciphertext, max_output=ctx.budget)
        problem = decryption_problem(run)
    if problem is not None:
        log.warning("openpgp: decryption refused: %s (gpg rc=%d)", problem, run.returncode)
        raise Quarantine(problem, f"gpg rc={run.returncode}")
    ctx.budget -= len(run.output)
    return run.output, signature


def _verify(ctx: _Context, signed: bytes, signature: bytes) -> SignatureVerdict:
    """Check a detached PGP/MIME signature over the exact signed bytes."""
    if not ctx.gpg.usable:
        # No keyring: no key can be registered in it, and nothing can be checked.
        return SignatureVerdict("signer-not-registered")
    with tempfile.TemporaryDirectory(prefix="ingestd-sig-") as tmp:
        signature_path = Path(tmp) / "signature"
        signature_path.write_bytes(signature)
        run = ctx.gpg.run(["--verify", str(signature_path), "-"], signed)
    verdict = signature_verdict(run, ctx.registered, detached=True)
    return verdict if verdict is not None else SignatureVerdict("bad-signature")
