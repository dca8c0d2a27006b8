"""Run the OpenPGP unwrap stage over the corpus mail E01-E05 and compare with the manifest.

    .venv/bin/python benchmarks/eval_openpgp.py [--corpus /work/shared/corpus]

The keyring is a throwaway GNUPGHOME holding what the manifest says the product holds: the
intake (recipient) secret key and the sender-angus public key. The CPC that sent E03 has that
key registered; CPC names come from the manifest, never from code. Prints one line per mail
and exits 1 when any outcome differs from the expectation.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingestd.config.schema import CpcEntry, GpgConfig, PolicyConfig  # noqa: E402
from ingestd.errors import Quarantine  # noqa: E402
from ingestd.openpgp import Gpg, unwrap  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    args = parser.parse_args(argv)
    manifest = json.loads((args.corpus / "mail" / "manifest.json").read_text())
    keys = manifest["keys"]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ingestd-eval-") as home:
        Path(home).chmod(0o700)
        for name, key in keys.items():
            load = key["load_into_product"]
            files = [f for f in key["files"] if (".sec." in f) == (load == "secret+public")] if load != "none" else []
            for file in files:
                subprocess.run(["gpg", "--homedir", home, "--batch", "--import", str(args.corpus / file)],
                               check=True, capture_output=True)
        gpg = Gpg(GpgConfig(home=Path(home)))
        policy = PolicyConfig()
        for mail in manifest["mails"][:5]:
            raw = (args.corpus / "mail" / mail["file"]).read_bytes()
            signer = mail.get("signature", {}).get("fingerprint")
            cpc = CpcEntry(name=mail["sender_cpc"], signing_keys=(signer,) if signer else ())
            expected = mail["expected"]
            started = time.perf_counter()
            try:
                result = unwrap(raw, gpg, cpc, policy)
            except Quarantine as exc:
                elapsed = time.perf_counter() - started
                ok = expected["outcome"] == "quarantined" and exc.reason == "undecryptable"
                print(f"{mail['file']}: quarantine {exc.reason:<22} expected {expected['outcome']}"
                      f" ({expected.get('reason', '')})  {'OK' if ok else 'MISMATCH'}  {elapsed:.2f}s")
                failures += not ok
                continue
            elapsed = time.perf_counter() - started
            hashes = {hashlib.sha256(p.data).hexdigest() for p in result.parts}
            wanted = {a["sha256_plaintext"] for a in mail["attachments"]}
            found = len(wanted & hashes)
            verdict = result.crypto.verdict
            want_verdict = expected.get("signature", "unsigned")
            ok = expected["outcome"] != "quarantined" and found == len(wanted) and verdict == want_verdict
            print(f"{mail['file']}: encrypted={result.crypto.encrypted!s:<5} signed={result.crypto.signed!s:<5} "
                  f"verdict={verdict:<14} signer={result.crypto.signer or '-'} "
                  f"attachments {found}/{len(wanted)} expected {expected['outcome']}/{want_verdict}"
                  f"  {'OK' if ok else 'MISMATCH'}  {elapsed:.2f}s")
            failures += not ok
        subprocess.run(["gpgconf", "--homedir", home, "--kill", "gpg-agent"], capture_output=True)
    print(f"{5 - failures}/5 as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
