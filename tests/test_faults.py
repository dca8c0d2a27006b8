"""Faults outside the message (THREATS F4): the database goes away at processing time."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ingestd.service import build_services, process_pending
from ingestd.storage.repository import LogFilter, intake_log
from tests.conftest import pg_admin_url
from tests.factories import make_docx
from tests.messages import DOCX_TYPE, build_message, icr_text


def _connections(database: str, allow: bool) -> None:
    admin = make_url(pg_admin_url()).set(drivername="postgresql+psycopg")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {"true" if allow else "false"}'))
        if not allow:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                         {"d": database})
    engine.dispose()


def test_database_down_keeps_the_message_spooled_and_does_not_poison_it(make_config, pg_url):
    config = make_config(pg_url, extra="[pipeline]\nmax_attempts = 2\n")
    services = build_services(config)
    services.spool.put(build_message([(make_docx(icr_text()), "r.docx", DOCX_TYPE)]), channel="smtp")
    database = make_url(pg_url).database
    _connections(database, allow=False)
    try:
        for _ in range(3):  # more tries than max_attempts: none of them may count
            with pytest.raises(SQLAlchemyError):
                process_pending(services)
        [waiting] = services.spool.pending()
        assert waiting.attempts == 0
    finally:
        _connections(database, allow=True)
    [outcome] = process_pending(services)
    assert outcome.status == "filed" and outcome.reports[0].reference == "ICR-2026-0001"
    assert services.spool.pending() == []
    assert [e["status"] for e in intake_log(services.sessions, LogFilter())] == ["filed"]
