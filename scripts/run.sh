#!/usr/bin/env bash
# Install ingestd into ./.venv and start the daemon on embedded defaults:
# SQLite and spool under ~/.local/state/ingestd (or $STATE_DIRECTORY), SMTP on 127.0.0.1:8025,
# plaintext allowed on loopback only, nothing relayed. Extra arguments go to 'ingestd serve'.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v gpg >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnupg >/dev/null; }
python3 -c 'import venv, ensurepip' 2>/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; }
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e .
exec .venv/bin/ingestd serve "$@"
