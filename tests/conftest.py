"""Shared fixtures: a configuration per test, and a fresh database on SQLite or PostgreSQL.

PostgreSQL tests read ``INGESTD_TEST_PG_URL`` (``.ci/run`` sets it). They are never skipped:
without the variable they fail and say what to set, because a skipped test is a test that
did not run.
"""

from __future__ import annotations

import os
import secrets
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ingestd.config import Config, load_config


def pg_admin_url() -> str:
    url = os.environ.get("INGESTD_TEST_PG_URL")
    if not url:
        pytest.fail("INGESTD_TEST_PG_URL is not set: point it at a PostgreSQL server where the test user "
                    "may CREATE DATABASE (e.g. postgresql://postgres@127.0.0.1:5432/test); .ci/run sets it")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A brand-new PostgreSQL database for one test, dropped afterwards."""
    admin = make_url(pg_admin_url())
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    name = f"ingestd_test_{secrets.token_hex(6)}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ingestd.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ingestd.sqlite3'}"


TEST_CPCS = """
[[cpc]]
name = "Glasgow Child Protection Committee"
sender_domains = ["glasgow.gov.uk"]
aliases = ["Glasgow City Council"]

[[cpc]]
name = "Fife Child Protection Committee"
sender_domains = ["fife.gov.uk"]
aliases = ["Fife Council"]

[[cpc]]
name = "Highland Child Protection Committee"
sender_domains = ["highland.gov.uk"]
aliases = ["The Highland Council"]
"""


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    """Write a TOML config under tmp_path and load it. ``extra`` is appended verbatim."""

    def _make(database_url: str | None = None, extra: str = "", cpcs: str = TEST_CPCS,
              log_format: str = "text") -> Config:
        data_dir = tmp_path / "data"
        url = database_url or f"sqlite:///{tmp_path / 'ingestd.sqlite3'}"
        body = textwrap.dedent(f"""
            [storage]
            database_url = "{url}"
            data_dir = "{data_dir}"

            [logging]
            level = "DEBUG"
            format = "{log_format}"
        """) + textwrap.dedent(extra) + cpcs
        path = tmp_path / "ingestd.toml"
        path.write_text(body)
        return load_config(path, environ={})

    return _make


@pytest.fixture(autouse=True)
def _stop_gpg_agents_of_the_test() -> Iterator[None]:
    """Kill the gpg-agents of the key homes this test made (tests/keys.py remembers them)."""
    from tests.keys import kill_agents, remembered_homes
    before = remembered_homes()
    yield
    kill_agents(remembered_homes() - before)


@pytest.fixture(autouse=True, scope="session")
def _stop_every_gpg_agent() -> Iterator[None]:
    """At the end of the run, the agents of longer-lived (module, session) key homes too."""
    yield
    from tests.keys import kill_agents
    kill_agents()
