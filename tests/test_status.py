"""``ingestd status``: the operator's first look, including key-expiry warnings."""

from __future__ import annotations

import json
from ingestd.service import build_services, ingest_bytes
from tests.cli import run_cli
from tests.factories import make_scanned_pdf
from tests.keys import generate_key
from tests.messages import build_message


def test_status_counts_and_warns_of_a_signing_key_about_to_expire(make_config, sqlite_url, tmp_path):
    home = tmp_path / "gnupg"
    fingerprint = generate_key(home, "Testshire CPC signing <cp@testshire.invalid>", "ed25519", "sign", "10d")
    cpcs = f'[[cpc]]\nname = "Testshire Child Protection Committee"\nsender_domains = ["testshire.gov.uk"]\n' \
           f'signing_keys = ["{fingerprint}"]\n'
    config = make_config(sqlite_url, extra=f'[gpg]\nhome = "{home}"\n', cpcs=cpcs)
    ingest_bytes(build_services(config), build_message([(make_scanned_pdf(), "s.pdf", "application/pdf")]))

    result = run_cli(config, "status", "--format", "json")
    assert result.code == 0
    status = json.loads(result.out)
    assert status["spool_depth"] == 0 and status["oldest_spooled_age_seconds"] is None
    assert status["quarantined"] == 1 and status["last_processed_at"].endswith("Z")
    assert [w for w in status["key_warnings"] if w.startswith(f"signing key {fingerprint}: expires ")]

    result = run_cli(config, "status")
    assert result.code == 0
    text = result.out
    assert "quarantined: 1" in text and f"warning: signing key {fingerprint}" in text
