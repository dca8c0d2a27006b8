"""Storage: the anonymised database (SQLAlchemy 2, Alembic migrations)."""
