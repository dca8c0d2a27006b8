#!/usr/bin/env bash
# The guard that the documented install keeps working (run by .ci/run after the test suite):
# build the wheel, install it with scripts/install-service.sh into a scratch root (a fresh
# venv, the units, the account, the example config), then from that venv only:
#   --version; check-config on the installed example; and on a new SQLite file and on a new
#   PostgreSQL database: db upgrade, check-config, ingest of one generated report mail,
#   log --format json (the report must be there with its reference and ratification date);
#   then the reviewers' web app on the same database: 'user add' of an admin (--password-stdin),
#   'ingestd web' started on a free port, /healthz must answer 200 'ok' (polled, with a
#   deadline), '/' without a session must redirect to /login, and SIGTERM must stop it.
# Both units' ExecStart= and Documentation= must name what the install put there.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
pg_db="ingestd_smoke_$$"
pg_url="$("$src/scripts/pg-url.sh")"
cleanup() {
  psql "$pg_url" -qc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "smoke-wheel: $*"; }

python3 -m venv "$work/build"
"$work/build/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$work/build/bin/python" -m pip wheel -q --no-deps -w "$work/dist" "$src"
wheel="$(ls "$work"/dist/ingestd-*.whl)"
say "built $(basename "$wheel")"
# Only one top-level package may be installed.
tops="$("$work/build/bin/python" - "$wheel" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
print(" ".join(sorted({n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")})))
PY
)"
[ "$tops" = "ingestd" ] || { say "FAIL: the wheel installs top-level modules: $tops"; exit 1; }

"$src/scripts/install-service.sh" --root "$work/root" --wheel "$wheel" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log"; say "FAIL: install-service.sh"; exit 1; }
ingestd="$work/root/opt/ingestd/venv/bin/ingestd"
python="$work/root/opt/ingestd/venv/bin/python"
say "installed: $("$ingestd" --version)"
for name in ingestd.service ingestd-web.service; do
  unit="$work/root/etc/systemd/system/$name"
  [ -f "$unit" ] || { say "FAIL: install-service.sh did not install $name"; exit 1; }
  exec_start="$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")"
  [ -x "$work/root$exec_start" ] || { say "FAIL: $name: ExecStart=$exec_start is not what the install put there"; exit 1; }
  doc="$(sed -n 's|^Documentation=file://\([^ ]*\).*|\1|p' "$unit")"
  [ -f "$work/root$doc" ] || { say "FAIL: $name: Documentation= points at $doc, which was not installed"; exit 1; }
done
# The web app's smoke below needs the command; without it this is a broken install, not a skip.
"$ingestd" web --help >/dev/null 2>&1 \
  || { say "FAIL: the installed ingestd has no working 'ingestd web' command (the web unit's ExecStart)"; exit 1; }
"$ingestd" --config "$work/root/etc/ingestd/ingestd.toml" check-config >/dev/null

# One generated report mail (fictional names), made with the installed venv's own python-docx.
"$python" - "$work/report.eml" <<'PY'
import io, sys
from email.message import EmailMessage
from docx import Document
doc = Document()
for line in ("Fife Child Protection Committee", "Initial Case Review: Summary Report",
             "Child: Child Q (aged 6). Mother: Orlaith Brennagh.",
             "The Chief Officers Group ratified the outcome on 3 November 2026.",
             "Decision: a Learning Review should proceed."):
    doc.add_paragraph(line)
buffer = io.BytesIO(); doc.save(buffer)
msg = EmailMessage()
msg["From"] = "Child Protection <cpc@fife.gov.uk>"; msg["To"] = "intake@strategic.example.gov.scot"
msg["Subject"] = "ICR report"; msg["Date"] = "Thu, 05 Nov 2026 10:00:00 +0000"
msg["Message-ID"] = "<smoke-1@fife.gov.uk>"
msg.set_content("Please find the report attached.")
msg.add_attachment(buffer.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="icr.docx")
open(sys.argv[1], "wb").write(bytes(msg))
PY

psql "$pg_url" -qc "CREATE DATABASE \"$pg_db\"" >/dev/null
pg_base="${pg_url%/*}"
for backend in sqlite postgresql; do
  conf="$work/$backend.toml"
  if [ "$backend" = sqlite ]; then url="sqlite:///$work/$backend/ingestd.sqlite3"; else url="${pg_base/postgresql:/postgresql+psycopg:}/$pg_db"; fi
  web_port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  printf '[storage]\ndata_dir = "%s"\ndatabase_url = "%s"\n[web]\nlisten = "127.0.0.1:%s"\n' \
    "$work/$backend" "$url" "$web_port" > "$conf"
  "$ingestd" --config "$conf" db upgrade
  "$ingestd" --config "$conf" check-config >/dev/null
  "$ingestd" --config "$conf" ingest "$work/report.eml" | grep -q "ICR-2026-0001 ICR on_time" \
    || { say "FAIL ($backend): the report was not filed as ICR-2026-0001 on time"; exit 1; }
  "$ingestd" --config "$conf" log --format json | "$python" -c '
import json, sys
[entry] = json.load(sys.stdin)
assert entry["reference"] == "ICR-2026-0001" and entry["ratified_on"] == "2026-11-03", entry
assert "Brennagh" not in json.dumps(entry)
' || { say "FAIL ($backend): log --format json"; exit 1; }
  "$ingestd" --config "$conf" show ICR-2026-0001 | grep -q "Brennagh" && { say "FAIL ($backend): name not redacted"; exit 1; }
  say "$backend: db upgrade, check-config, ingest, log --format json: OK"

  printf 'smoke-wheel-%s-password\n' "$$" | "$ingestd" --config "$conf" user add smoke-admin --role admin --password-stdin \
    >/dev/null || { say "FAIL ($backend): ingestd user add --password-stdin"; exit 1; }
  # Started, polled and stopped by the venv's Python, which can tell when its child has died
  # (a shell's 'kill -0' cannot, on a zombie) and never waits longer than its deadlines.
  "$python" - "$ingestd" "$conf" "$web_port" "$work/$backend-web.log" <<'PY' \
    || { say "FAIL ($backend): ingestd web"; tail -n 30 "$work/$backend-web.log" >&2; exit 1; }
import http.client, subprocess, sys, time
from urllib.parse import urlsplit
ingestd, conf, port, log = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def get(path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        conn.close()

with open(log, "wb") as err:
    web = subprocess.Popen([ingestd, "--config", conf, "web"], stdin=subprocess.DEVNULL, stdout=err, stderr=err)
    try:
        give_up = time.monotonic() + 60
        while True:
            if web.poll() is not None:
                sys.exit(f"'ingestd web' exited with status {web.returncode} before /healthz answered")
            try:
                health = get("/healthz")
                break
            except OSError:
                if time.monotonic() > give_up:
                    sys.exit("/healthz did not answer within 60 s")
                time.sleep(0.1)
        assert health[0] == 200 and health[2].strip() == b"ok", f"/healthz: {health}"
        status, location, _ = get("/")
        assert status in (302, 303) and urlsplit(location or "").path == "/login", \
            f"/ without a session: {status} Location: {location}"
    finally:
        web.terminate()
        try:
            web.wait(timeout=30)
        except subprocess.TimeoutExpired:
            web.kill()
            sys.exit("'ingestd web' did not stop within 30 s of SIGTERM")
    if web.returncode not in (0, -15):
        sys.exit(f"'ingestd web' exited with status {web.returncode} on SIGTERM")
PY
  say "$backend: user add, ingestd web: /healthz ok, / redirects to /login, stops on SIGTERM: OK"
done
say "OK"
