#!/usr/bin/env bash
# Install ingestd into ./.venv and start the daemon and the reviewers' web app together on
# embedded defaults: SQLite and spool under ~/.local/state/ingestd (or $STATE_DIRECTORY), SMTP on
# 127.0.0.1:8025 (plaintext allowed on loopback only, nothing relayed), the web app on
# http://127.0.0.1:8080/ ([web] listen). Both run in the foreground: Ctrl-C stops both, and when
# one of them exits the other is stopped too. Extra arguments go to 'ingestd serve'; a --config
# among them is given to the web app as well, so that both use the same database.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v gpg >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnupg >/dev/null; }
python3 -c 'import venv, ensurepip' 2>/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; }
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e .

config=()
previous=""
for arg in "$@"; do
  case "$arg" in
    --config=*) config=(--config "${arg#--config=}") ;;
    *) if [ "$previous" = --config ]; then config=(--config "$arg"); fi ;;
  esac
  previous="$arg"
done

# The schema first, once: started together on a new database, the daemon and the web app would
# both try to create it.
.venv/bin/ingestd "${config[@]}" db upgrade
url="$(.venv/bin/python - "${config[@]:1}" <<'PY'
import sys
from ingestd.config.loader import load_config
web = load_config(sys.argv[1] if len(sys.argv) > 1 else None).web
print(f"{'https' if web.tls else 'http'}://{web.listen}/")
PY
)"

.venv/bin/ingestd serve "$@" &
daemon=$!
.venv/bin/ingestd "${config[@]}" web &
web=$!
pids=("$daemon" "$web")
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; }
# Background jobs of a script ignore Ctrl-C's SIGINT: the script passes it on as SIGTERM, on
# which the daemon drains and uvicorn shuts down gracefully.
trap 'stop; interrupted=1' INT TERM
interrupted=0

# Tell the newcomer where to go once the web app answers (a deadline, not a fixed sleep).
.venv/bin/python - "$url" "${config[*]}" <<'PY' &
import ssl, sys, time, urllib.request
url, config = sys.argv[1], sys.argv[2]
give_up = time.monotonic() + 60
context = ssl._create_unverified_context()  # our own listener on this host, maybe self-signed
while time.monotonic() < give_up:
    try:
        with urllib.request.urlopen(url + "healthz", timeout=2, context=context) as response:
            if response.status == 200:
                user_add = " ".join(filter(None, [".venv/bin/ingestd", config, "user add NAME --role admin"]))
                print(f"\nrun.sh: the web app is up: open {url}\n"
                      f"run.sh: no account yet? create the first one (it asks for a password):\n"
                      f"          {user_add}\n", file=sys.stderr, flush=True)
                break
    except OSError:
        pass
    time.sleep(0.2)
PY
pids+=($!)

status=0
exited=""
while [ -z "${exited:-}" ] && [ "$interrupted" = 0 ]; do
  code=0
  wait -n -p exited "$daemon" "$web" || code=$?
  [ -n "${exited:-}" ] && status=$code
done
if [ -n "${exited:-}" ] && [ "$interrupted" = 0 ]; then
  if [ "${exited:-}" = "$daemon" ]; then which="the daemon (ingestd serve)"; else which="the web app (ingestd web)"; fi
  echo "run.sh: $which exited with status $status; stopping the other" >&2
fi
stop
wait || true
[ "$interrupted" = 0 ] || status=130
exit "$status"
