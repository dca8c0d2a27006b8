#!/usr/bin/env bash
# Print the URL of a PostgreSQL server the tests may CREATE DATABASE on, starting one if needed:
# $INGESTD_TEST_PG_URL if set, else the local server on 127.0.0.1:5432 (trust auth), else
# Debian's postgresql, installed and started here. Used by scripts/test.sh and scripts/smoke-wheel.sh.
set -euo pipefail
pg_ok() { PGCONNECT_TIMEOUT=5 psql "$1" -qAtc 'select 1' >/dev/null 2>&1; }
if [ -n "${INGESTD_TEST_PG_URL:-}" ]; then
  echo "$INGESTD_TEST_PG_URL"; exit 0
fi
command -v psql >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null; }
if pg_ok "postgresql://postgres@127.0.0.1:5432/test"; then
  echo "postgresql://postgres@127.0.0.1:5432/test"; exit 0
fi
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "pg-url.sh: installing PostgreSQL" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'ingestd-test'\"" >/dev/null
url="postgresql://postgres:ingestd-test@127.0.0.1:5432/postgres"
pg_ok "$url" || { echo "pg-url.sh: PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
echo "$url"
