"""Hostile MIME structure (THREATS B1, B2, B8): refused cheaply before the parser sees it."""

from __future__ import annotations

import time

import pytest

from ingestd.service import build_services, ingest_bytes


def nested(depth: int) -> bytes:
    head = b"From: a@fife.gov.uk\r\nMessage-ID: <nested@fife.gov.uk>\r\n" \
           b"Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n"
    body = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n" % (i - 1, i)
                    for i in range(1, depth))
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\nhi\r\n" % (depth - 1)
    body += b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + body


def many_parts(count: int) -> bytes:
    head = b"From: a@fife.gov.uk\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
    return head + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * count + b"--b--\r\n"


def headerless_parts(count: int, boundary: bytes = b"p", quoted: bool = True) -> bytes:
    """``count`` parts that are bare delimiter lines: no part headers for a Content-Type count to see."""
    declared = b'"%s"' % boundary if quoted else boundary
    head = b"From: a@fife.gov.uk\r\nContent-Type: multipart/mixed; boundary=%s\r\n\r\n" % declared
    return head + b"--%s\r\n" % boundary * count + b"--%s--\r\n" % boundary


def many_headers(count: int) -> bytes:
    return b"From: a@fife.gov.uk\r\n" + b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 20) for i in range(count)) + \
        b"\r\nbody\r\n"


@pytest.mark.parametrize("raw, reasons", [
    (nested(1000), ("mime-depth", "mime-parts")),
    (many_parts(300_000), ("mime-parts",)),
    (headerless_parts(300_000), ("mime-parts",)),
    (headerless_parts(300_000, b"x-\xc3-p", quoted=False), ("mime-parts",)),
    (many_headers(10_000), ("header-too-large",)),
])
def test_structure_bombs_are_quarantined_fast(make_config, sqlite_url, raw, reasons):
    services = build_services(make_config(sqlite_url))
    started = time.monotonic()
    outcome = ingest_bytes(services, raw)
    elapsed = time.monotonic() - started
    assert outcome.status == "quarantined" and outcome.reason in reasons
    assert elapsed < 5, elapsed  # CPython's parser alone takes minutes over 300,000 parts
    [kept] = list(services.config.quarantine_dir.glob("*.eml"))
    assert kept.read_bytes() == raw


@pytest.mark.parametrize("count, blocked", [(499, False), (501, True)])
def test_headerless_parts_are_counted_by_their_delimiter_lines(make_config, sqlite_url, count, blocked):
    services = build_services(make_config(sqlite_url))
    outcome = ingest_bytes(services, headerless_parts(count))
    assert (outcome.status == "quarantined" and outcome.reason == "mime-parts") is blocked


def test_rfc2231_boundary_is_counted_too(make_config, sqlite_url):
    raw = headerless_parts(1000).replace(b'boundary="p"', b"boundary*=us-ascii''%70")
    outcome = ingest_bytes(build_services(make_config(sqlite_url)), raw)
    assert (outcome.status, outcome.reason) == ("quarantined", "mime-parts")


def test_ordinary_nesting_still_works(make_config, sqlite_url):
    services = build_services(make_config(sqlite_url))
    assert ingest_bytes(services, nested(5)).status == "no_report"
