#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian machine, then run the whole suite.
#   - Debian packages (gpg, dovecot-imapd, swaks, postfix, openssl, PostgreSQL, Tesseract with
#     English, LibreOffice Writer, Chromium and ChromeDriver) via apt-get when missing
#   - Python packages into ./.venv (this project, with its [test] extra)
#   - a PostgreSQL to test against (scripts/pg-url.sh): $INGESTD_TEST_PG_URL if set, else the
#     local server on 127.0.0.1:5432, else one installed and started here
# Extra arguments are passed to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v gpg >/dev/null || need+=(gnupg)
command -v dovecot >/dev/null || [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
command -v swaks >/dev/null || need+=(swaks)
# A private Postfix instance (own config directory, queue and port; never the system's on port
# 25) for the behind-Postfix tests: tests/postfix.py.
[ -x /usr/sbin/postfix ] || need+=(postfix)
command -v openssl >/dev/null || need+=(openssl)
# mount/umount for the spool test on ramfs, a file system without user extended attributes
# (tests/test_spool_pool_fallback.py; ramfs itself is built into every kernel; needs root)
command -v mount >/dev/null && command -v umount >/dev/null || need+=(mount)
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v pg_isready >/dev/null || need+=(postgresql-client)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v tesseract >/dev/null || need+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-eng)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
# The web app's browser tests drive Debian's Chromium through its ChromeDriver (tests/web/browser.py).
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
# en-GB for Chromium's own display (dates in date fields as dd/mm/yyyy in the screenshots)
[ -f /usr/lib/chromium/locales/en-GB.pak ] || need+=(chromium-l10n)
# fonts for readable screenshots
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
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

INGESTD_TEST_PG_URL="$(./scripts/pg-url.sh)"
export INGESTD_TEST_PG_URL

exec .venv/bin/python -m pytest "$@"
