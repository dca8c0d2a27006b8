#!/usr/bin/env bash
# The guard that the documented install keeps working (run by .ci/run after the test suite):
# build the wheel, install it with scripts/install-service.sh into a scratch root (a fresh
# venv, the units, the account, the example config), then from that venv only:
#   --version; check-config on the installed example; and on a new SQLite file and on a new
#   PostgreSQL database: db upgrade, check-config, ingest of one generated report mail,
#   log --format json (the report must be there with its reference and ratification date).
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
unit="$work/root/etc/systemd/system/ingestd.service"
exec_start="$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$unit")"
[ -x "$work/root$exec_start" ] || { say "FAIL: ExecStart=$exec_start is not what the install put there"; exit 1; }
doc="$(sed -n 's|^Documentation=file://\([^ ]*\).*|\1|p' "$unit")"
[ -f "$work/root$doc" ] || { say "FAIL: Documentation= points at $doc, which was not installed"; exit 1; }
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
  printf '[storage]\ndata_dir = "%s"\ndatabase_url = "%s"\n' "$work/$backend" "$url" > "$conf"
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
done
say "OK"
