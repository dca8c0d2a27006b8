"""Opening the database: engine settings, schema version checks, Alembic upgrades.

SQLite gets WAL, ``synchronous=FULL`` (a committed record survives a power cut), a busy
timeout, and ``BEGIN IMMEDIATE`` for every transaction so two writers queue instead of
failing half-way with "database is locked" on lock upgrade. PostgreSQL uses psycopg 3.

Schema changes go through Alembic only. ``open_database`` creates a brand-new database at
the current head, accepts a current one, and refuses an outdated one with a message that
says to run ``ingestd db upgrade`` - silently migrating a production database from any
command would be a surprise nobody wants.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ingestd.errors import SchemaOutdated, StorageError

log = logging.getLogger("ingestd.storage")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """Create an engine with the durability settings above. Never echoes parameters."""
    try:
        parsed = make_url(url)
    except SQLAlchemyError as exc:
        raise StorageError("database_url is not a valid SQLAlchemy URL") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        engine = create_engine(parsed, connect_args={"timeout": 30, "isolation_level": None},
                               hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, hide_parameters=True, pool_pre_ping=True)
    raise StorageError(f"unsupported database backend {parsed.get_backend_name()!r}")


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist yet (connecting would create it), else None.

    Read-only commands and ``check-config`` ask first, so that looking never creates a database.
    """
    try:
        parsed = make_url(url)
    except SQLAlchemyError:
        return None  # make_engine reports a bad URL in its own words
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def cannot_open(exc: SQLAlchemyError) -> StorageError:
    """The one wording for a database that cannot be reached, whichever command met it.

    The driver's first line says what is wrong (connection refused, no such database) and
    names host and port, never a password (URLs are rendered with it hidden)."""
    first_line = str(exc.orig if getattr(exc, "orig", None) is not None else exc).splitlines()[0][:200]
    return StorageError(f"cannot open the database: {exc.__class__.__name__}: {first_line}")


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise cannot_open(exc) from exc


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head; returns (before, after)."""
    before = current_revision(engine)
    try:
        command.upgrade(alembic_config(engine), "head")
    except SQLAlchemyError as exc:
        raise StorageError(f"database upgrade failed: {exc.__class__.__name__}") from exc
    return before, head_revision()


def open_database(url: str, *, create: bool = True) -> sessionmaker[Session]:
    """Engine + sessionmaker for a database whose schema is current (created if empty)."""
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision is None:
            if inspect(engine).get_table_names():
                raise SchemaOutdated("the database has tables but no ingestd schema version; "
                                     "run 'ingestd db upgrade' or point [storage] database_url elsewhere")
            if not create:
                raise SchemaOutdated("the database is empty; run 'ingestd db upgrade'")
            log.info("creating a new database schema at revision %s", head_revision())
            upgrade(engine)
        elif revision != head_revision():
            raise SchemaOutdated(f"the database schema is at revision {revision}, this ingestd needs "
                                 f"{head_revision()}: run 'ingestd db upgrade'")
    except SQLAlchemyError as exc:
        raise cannot_open(exc) from exc
    return sessionmaker(engine, expire_on_commit=False)
