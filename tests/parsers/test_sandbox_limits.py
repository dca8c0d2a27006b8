"""The worker's wall-clock, CPU and memory limits hold against hostile PDFs (THREATS D2, D7)."""

from __future__ import annotations

import time

import pytest

from ingestd import parsers
from ingestd.config.schema import PipelineConfig
from ingestd.errors import ParseError
from tests.factories import make_pdf_flate_bomb, make_slow_pdf


@pytest.fixture(scope="module")
def slow_pdf() -> bytes:
    return make_slow_pdf()


def test_wall_clock_limit_kills_the_worker(slow_pdf: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(slow_pdf, "pdf", PipelineConfig(parse_wall_seconds=2, parse_cpu_seconds=60))
    elapsed = time.monotonic() - started
    assert caught.value.reason == "parse-timeout"
    assert 1.9 <= elapsed < 5


def test_cpu_limit_ends_the_worker(slow_pdf: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(slow_pdf, "pdf", PipelineConfig(parse_wall_seconds=60, parse_cpu_seconds=1))
    assert caught.value.reason == "parse-timeout"
    assert time.monotonic() - started < 10


def test_the_slow_pdf_is_legitimate_given_enough_time(slow_pdf: bytes) -> None:
    """Proves the timeout tests time out because of the limit, not because the PDF is broken."""
    result = parsers.extract_text(slow_pdf, "pdf", PipelineConfig(parse_wall_seconds=120))
    assert "legitimate page of fictional text" in result.text


def test_memory_limit_stops_a_flate_bomb() -> None:
    data = make_pdf_flate_bomb(uncompressed_mb=300)
    assert len(data) < 1024 * 1024
    with pytest.raises(ParseError) as caught:
        parsers.extract_text(data, "pdf", PipelineConfig(parse_memory_mb=200, parse_wall_seconds=30))
    assert caught.value.reason == "parse-memory"
