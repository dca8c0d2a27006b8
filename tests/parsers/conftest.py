"""Shared fixtures for parser tests: limits as the daemon would pass them."""

from __future__ import annotations

import pytest

from ingestd.config.schema import PipelineConfig


@pytest.fixture
def limits() -> PipelineConfig:
    """Default limits, but a short wall clock so a hung worker fails the test quickly."""
    return PipelineConfig(parse_wall_seconds=30)
