#!/usr/bin/env bash
# Install ingestd as a systemd service on Debian: the one supported path (README, "Running as
# a service"). Debian refuses a system-wide 'pip install' (PEP 668), so ingestd lives in its own
# virtual environment:
#   /opt/ingestd/venv                   the ingestd wheel and its dependencies
#   /opt/ingestd/README.md              the manual (the unit's Documentation=)
#   /usr/local/bin/ingestd              -> /opt/ingestd/venv/bin/ingestd, for 'runuser -u ingestd -- ingestd ...'
#   /etc/systemd/system/ingestd.service, ingestd.socket
#   /etc/systemd/system/ingestd-web.service   the reviewers' web app ('ingestd web'), enabled
#                                       (started at boot; start it now once 'db upgrade' has run)
#   /usr/lib/sysusers.d/ingestd.conf    the ingestd account (applied at once)
#   /usr/lib/tmpfiles.d/ingestd.conf    /etc/ingestd, /var/lib/ingestd and its subdirectories
#                                       (applied at once; the web unit masks them)
#   /etc/ingestd/ingestd.toml           from the example, only when there is none
#
# Usage: scripts/install-service.sh [--wheel FILE] [--root DIR] [--tls] [--web-tls]
#   --wheel FILE  install this wheel (default: build one from this checkout)
#   --root DIR    install under DIR instead of / (packaging, CI): only the files; enables,
#                 reloads and starts nothing
#   --tls         also install the daemon's TLS credentials drop-in (ingestd.service.d/tls.conf)
#   --web-tls     also install the web app's (ingestd-web.service.d/tls.conf: /etc/ingestd/web.crt
#                 and web.key), when it serves HTTPS itself rather than behind a reverse proxy
# Run it again to upgrade: the venv is replaced, the configuration is left alone.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
root="" wheel="" tls=0 web_tls=0
while [ $# -gt 0 ]; do
  case "$1" in
    --wheel) wheel="$(realpath "$2")"; shift 2 ;;
    --root) root="$(realpath -m "$2")"; shift 2 ;;
    --tls) tls=1; shift ;;
    --web-tls) web_tls=1; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-service.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "install-service.sh: run as root (it creates an account and installs units)" >&2; exit 2; }

python3 -c 'import venv, ensurepip' 2>/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; }
command -v gpg >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gnupg >/dev/null; }

opt="$root/opt/ingestd"
venv="$opt/venv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A new venv next to the old one, swapped in when complete: an upgrade that fails half-way
# leaves the running installation as it was.
mkdir -p "$opt"
python3 -m venv "$opt/venv.new"
"$opt/venv.new/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
if [ -z "$wheel" ]; then
  "$opt/venv.new/bin/python" -m pip wheel -q --no-deps -w "$work" "$src"
  wheel="$(ls "$work"/ingestd-*.whl)"
fi
"$opt/venv.new/bin/python" -m pip install -q "$wheel"
rm -rf "$venv.old"
if [ -d "$venv" ]; then mv "$venv" "$venv.old"; fi
mv "$opt/venv.new" "$venv"
# A venv's scripts carry its absolute path in their first line: point them at the new place.
for script in "$venv"/bin/*; do
  [ -f "$script" ] && [ ! -L "$script" ] && sed -i "1s|$opt/venv.new/|$venv/|" "$script"
done
rm -rf "$venv.old"
install -m 0644 "$src/README.md" "$opt/README.md"
install -d "$root/usr/local/bin"
ln -sfn /opt/ingestd/venv/bin/ingestd "$root/usr/local/bin/ingestd"

install -D -m 0644 "$src/systemd/ingestd.service" "$root/etc/systemd/system/ingestd.service"
install -D -m 0644 "$src/systemd/ingestd.socket" "$root/etc/systemd/system/ingestd.socket"
install -D -m 0644 "$src/systemd/ingestd-web.service" "$root/etc/systemd/system/ingestd-web.service"
if [ "$tls" = 1 ]; then
  install -D -m 0644 "$src/systemd/ingestd.service.d/tls.conf" "$root/etc/systemd/system/ingestd.service.d/tls.conf"
fi
if [ "$web_tls" = 1 ]; then
  install -D -m 0644 "$src/systemd/ingestd-web.service.d/tls.conf" \
    "$root/etc/systemd/system/ingestd-web.service.d/tls.conf"
fi
install -D -m 0644 "$src/systemd/ingestd.sysusers.conf" "$root/usr/lib/sysusers.d/ingestd.conf"
install -D -m 0644 "$src/systemd/ingestd.tmpfiles.conf" "$root/usr/lib/tmpfiles.d/ingestd.conf"
mkdir -p "$root/etc"
systemd-sysusers ${root:+--root="$root"} "$root/usr/lib/sysusers.d/ingestd.conf"
systemd-tmpfiles --create ${root:+--root="$root"} "$root/usr/lib/tmpfiles.d/ingestd.conf"

config="$root/etc/ingestd/ingestd.toml"
if [ ! -e "$config" ]; then
  gid="$(awk -F: '$1 == "ingestd" {print $3}' "$root/etc/group")"
  install -m 0640 -o root -g "$gid" "$src/config/ingestd.example.toml" "$config"
  echo "install-service.sh: wrote $config from the example: edit it, then 'ingestd check-config'"
else
  echo "install-service.sh: kept the existing $config"
fi

if [ -z "$root" ] && [ -d /run/systemd/system ]; then
  systemctl daemon-reload
fi
# Enabled, not started: on a new installation the database does not exist before 'db upgrade'.
# (systemctl enables offline too: it only makes the wants/ link.)
if [ -z "$root" ] && command -v systemctl >/dev/null; then
  systemctl enable -q ingestd-web.service
fi
"$venv/bin/ingestd" --version
if [ -z "$root" ]; then
  cat <<'NEXT'
Next:
  runuser -u ingestd -- ingestd check-config
  runuser -u ingestd -- ingestd db upgrade
  systemctl enable --now ingestd
  systemctl start ingestd-web          # the web app, http://127.0.0.1:8080/ ([web] listen)
  runuser -u ingestd -- ingestd user add NAME --role admin
NEXT
fi
