#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian machine, then run the whole suite.
#   - Debian packages (gpg, dovecot-imapd, swaks, openssl, PostgreSQL, Tesseract with English,
#     LibreOffice Writer) via apt-get when missing
#   - Python packages into ./.venv (this project, with its [test] extra)
#   - a PostgreSQL to test against: $INGESTD_TEST_PG_URL if set, else the local server on
#     127.0.0.1:5432, else one installed and started here
# Extra arguments are passed to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v gpg >/dev/null || need+=(gnupg)
command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v swaks >/dev/null || need+=(swaks)
command -v openssl >/dev/null || need+=(openssl)
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v pg_isready >/dev/null || need+=(postgresql-client)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-eng)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing Debian packages: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e '.[test]'

pg_ok() { .venv/bin/python - "$1" <<'PY' >/dev/null 2>&1
import sys, psycopg
psycopg.connect(sys.argv[1].replace("postgresql+psycopg://", "postgresql://"), connect_timeout=5).close()
PY
}
if [ -z "${INGESTD_TEST_PG_URL:-}" ]; then
  if pg_ok "postgresql://postgres@127.0.0.1:5432/test"; then
    export INGESTD_TEST_PG_URL="postgresql://postgres@127.0.0.1:5432/test"
  else
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
      echo "test.sh: installing PostgreSQL"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    version=$(ls /etc/postgresql | sort -n | tail -1)
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'ingestd-test'\"" >/dev/null
    export INGESTD_TEST_PG_URL="postgresql://postgres:ingestd-test@127.0.0.1:5432/postgres"
    pg_ok "$INGESTD_TEST_PG_URL" || { echo "test.sh: PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
  fi
fi

exec .venv/bin/python -m pytest "$@"
