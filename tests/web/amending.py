"""Reports for the amendment tests: one whose ratification date the engine cannot decide.

Two sentences give the Chief Officers Group's endorsement of the review (its findings, its
recommendations) on different dates with the same weight (an endorsed plan would not count), so the engine files the date as unknown and keeps both as candidates. Received on
10 August 2026: choosing 4 August makes it on time (due 11 August), 28 July six days late
(due 4 August).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ingestd.config import Config
from tests.cli import run_cli
from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message

TIED_LINES = [
    "Highland Child Protection Committee",
    "Learning Review report",
    "This Learning Review was commissioned under the National Guidance for Child Protection in Scotland 2021.",
    "The Chief Officers Group endorsed the Learning Review findings on 28th of July 2026.",
    "The Chief Officers Group endorsed the Learning Review recommendations on 4th August 2026.",
]
EARLY, LATE_PICK = "2026-08-04", "2026-07-28"


def file_tied_report(config: Config, tmp_path: Path) -> str:
    """File the LR with two tied dates by ``ingestd ingest``; returns its reference."""
    path = tmp_path / "tied.eml"
    path.write_bytes(build_message([(make_docx(TIED_LINES), "lr.docx", DOCX_TYPE)], sender="cpc@highland.gov.uk",
                                   received=datetime(2026, 8, 10, 9, 0, tzinfo=timezone.utc)))
    result = run_cli(config, "ingest", str(path))
    assert result.code == 0 and "unknown" in result.out, result.out + result.err
    return result.out.split(": ")[1].split()[0]
