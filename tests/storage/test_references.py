"""Reference numbers: one sequence per type and year, never shared, even with concurrent writers."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime, timezone

from sqlalchemy import text

from ingestd.errors import SchemaOutdated
from ingestd.model import Deadline, Intake, ReportDraft
from ingestd.storage import repository
from ingestd.storage.db import make_engine, open_database

import pytest


def _draft(n: int, doc_type: str = "ICR") -> ReportDraft:
    return ReportDraft(doc_type=doc_type, cpc="Fife Child Protection Committee", decision=None,
                       deadline=Deadline(date(2026, 1, 1), date(2026, 1, 8), "on_time", None),
                       redacted_text=f"[PERSON 1] report {n}", redaction_counts={"person": 1},
                       attachment_sha256=f"{n:064x}")


def _intake(n: int) -> Intake:
    return Intake(intake_id=f"id-{n}", channel="file", received_at=datetime(2026, 3, 1, tzinfo=timezone.utc),
                  sha256=f"{n + 10**6:064x}", size=100)


def _file_many(url: str, start: int, count: int, queue) -> None:  # runs in a child process
    sm = open_database(url)
    refs = []
    for n in range(start, start + count):
        outcome = repository.record(sm, _intake(n), status="filed", drafts=[_draft(n, ("ICR", "SCR")[n % 2])],
                                    reference_year=2026)
        refs.extend(r.reference for r in outcome.reports)
    queue.put(refs)


def _concurrent(url: str, writers: int = 4, each: int = 25) -> list[str]:
    open_database(url)  # create the schema once, before the race
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_file_many, args=(url, i * each, each, queue)) for i in range(writers)]
    for p in procs:
        p.start()
    refs = [ref for _ in procs for ref in queue.get(timeout=120)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return refs


def test_concurrent_writers_never_share_a_reference_postgresql(pg_url):
    refs = _concurrent(pg_url)
    assert len(refs) == 100 and len(set(refs)) == 100
    icr = sorted(r for r in refs if r.startswith("ICR-"))
    scr = sorted(r for r in refs if r.startswith("SCR-"))
    assert icr == [f"ICR-2026-{i:04d}" for i in range(1, 51)]  # no gaps, no repeats
    assert scr == [f"SCR-2026-{i:04d}" for i in range(1, 51)]


def test_concurrent_writers_never_share_a_reference_sqlite(sqlite_url):
    refs = _concurrent(sqlite_url, writers=3, each=20)
    assert len(set(refs)) == 60


def test_same_attachment_filed_once_under_race(pg_url):
    open_database(pg_url)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    # Every writer files the same 10 attachments under different messages.
    procs = [ctx.Process(target=_file_same, args=(pg_url, w, queue)) for w in range(3)]
    for p in procs:
        p.start()
    refs = [ref for _ in procs for ref in queue.get(timeout=120)]
    for p in procs:
        p.join(timeout=60)
    assert len(refs) == 10 and len(set(refs)) == 10


def _file_same(url: str, writer: int, queue) -> None:
    sm = open_database(url)
    refs = []
    for n in range(10):
        intake = Intake(intake_id=f"w{writer}-{n}", channel="file",
                        received_at=datetime(2026, 3, 1, tzinfo=timezone.utc), sha256=f"{writer}{n:063x}", size=1)
        outcome = repository.record(sm, intake, status="filed", drafts=[_draft(n)], reference_year=2026)
        refs.extend(r.reference for r in outcome.reports)
    queue.put(refs)


def test_outdated_schema_is_refused_with_upgrade_hint(db_url):
    open_database(db_url)
    with make_engine(db_url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    with pytest.raises(SchemaOutdated, match="ingestd db upgrade"):
        open_database(db_url)


def test_replayed_intake_id_changes_nothing(db_url):
    sm = open_database(db_url)
    first = repository.record(sm, _intake(1), status="filed", drafts=[_draft(1)], reference_year=2026)
    again = repository.record(sm, _intake(1), status="filed", drafts=[_draft(1)], reference_year=2026)
    assert [r.reference for r in again.reports] == [r.reference for r in first.reports] == ["ICR-2026-0001"]
    assert len(repository.intake_log(sm, repository.LogFilter())) == 1
