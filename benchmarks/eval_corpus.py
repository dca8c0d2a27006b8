"""Run the whole pipeline over the development corpus's messages and score it.

    .venv/bin/python benchmarks/eval_corpus.py [--corpus ../shared/corpus] [--no-redaction]

For every message in ``corpus/mail/*.eml`` it ingests the file into a throw-away data dir and
database (the corpus keys imported into a temporary GnuPG home, the sending CPC's signing key
registered) and compares outcome, type, CPC, ratification date, deadline and signature verdict
with ``manifest.json``. Then it scores redaction with ``tools/score_redaction.py`` through
``ingestd redact``, and scans the database and data dir for any plaintext of the messages.
Prints document ids, codes and dates only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingestd.config import load_config  # noqa: E402
from ingestd.config.cpcs import DEFAULT_CPCS  # noqa: E402
from ingestd.service import build_services, ingest_path  # noqa: E402
from ingestd.storage.repository import LogFilter, intake_log, show_report  # noqa: E402


def make_config(tmp: Path, corpus: Path, manifest: dict) -> Path:
    home = tmp / "gnupg"
    home.mkdir(mode=0o700)
    keys = manifest["keys"]
    imports = []
    for info in keys.values():
        load = info["load_into_product"]
        if load == "secret+public":
            imports += [corpus / f for f in info["files"]]
        elif load == "public":
            imports += [corpus / f for f in info["files"] if f.endswith(".pub.asc")]
    subprocess.run(["gpg", "--batch", "--homedir", str(home), "--import", *map(str, imports)], check=True,
                   capture_output=True)
    # The archive key: a fresh key the "records officer" holds; the daemon gets only its public half.
    officer = tmp / "officer"
    officer.mkdir(mode=0o700)
    subprocess.run(["gpg", "--batch", "--homedir", str(officer), "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key",
                    "Archive key <archive@invalid>", "future-default", "default", "1y"], check=True, capture_output=True)
    fpr = [line.split(":")[9] for line in subprocess.run(
        ["gpg", "--homedir", str(officer), "--with-colons", "--list-keys"], capture_output=True, text=True,
        check=True).stdout.splitlines() if line.startswith("fpr:")][0]
    pub = subprocess.run(["gpg", "--homedir", str(officer), "--export", fpr], capture_output=True, check=True).stdout
    subprocess.run(["gpg", "--batch", "--homedir", str(home), "--import"], input=pub, check=True, capture_output=True)

    signing = {info["uid"].split(" - ")[0]: info["fingerprint"] for name, info in keys.items()
               if name.startswith("sender-")}
    lines = [f'[storage]\ndata_dir = "{tmp / "data"}"\n', f'[gpg]\nhome = "{home}"\n',
             f'[archive]\nrecipients = ["{fpr}"]\n']
    for cpc in DEFAULT_CPCS:
        keys_for = [fp for label, fp in signing.items() if label == cpc.name]
        lines.append("[[cpc]]\n" + f"name = {json.dumps(cpc.name)}\n"
                     f"sender_domains = {json.dumps(list(cpc.sender_domains))}\n"
                     f"aliases = {json.dumps(list(cpc.aliases))}\n"
                     f"kind = {json.dumps(cpc.kind)}\ncouncils = {json.dumps(list(cpc.councils))}\n"
                     f"signing_keys = {json.dumps(keys_for)}\n")
    path = tmp / "eval.toml"
    path.write_text("\n".join(lines))
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--no-redaction", action="store_true")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    manifest = json.loads((corpus / "mail" / "manifest.json").read_text())

    score = {k: [0, 0] for k in ("outcome", "records", "type", "cpc", "date", "date_wrong", "deadline",
                                 "timeliness", "signature")}

    def tally(key: str, ok: bool) -> None:
        score[key][0] += int(ok)
        score[key][1] += 1

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        config = load_config(make_config(tmp, corpus, manifest), environ={})
        services = build_services(config)
        seen: set[int] = set()
        for mail in manifest["mails"]:
            outcome = ingest_path(services, corpus / "mail" / mail["file"])
            expected = mail["expected"]
            exp_outcome = expected["outcome"]
            got = outcome.status
            ok = (got == exp_outcome or (exp_outcome == "rejected" and got == "duplicate")
                  or (exp_outcome.startswith("rejected") and got == "duplicate"))
            tally("outcome", ok)
            tally("records", len(outcome.reports) == (expected.get("records", 0) if exp_outcome == "filed" else 0))
            print(f"{mail['file']}: expected {exp_outcome} got {got} {outcome.reason or ''} "
                  f"{' '.join(r.reference for r in outcome.reports)}")
            for report, record in zip(outcome.reports, mail.get("records", []) if exp_outcome == "filed" else []):
                shown = show_report(services.sessions, report.reference)
                tally("type", shown["doc_type"] == record["doc_type"])
                tally("cpc", shown["cpc"] == record["cpc"])
                want = record["ratification_date"]
                got_date = shown["ratified_on"]
                tally("date", got_date == want)
                if got_date is not None and got_date != want:
                    score["date_wrong"][0] += 1
                if got_date is not None:
                    due = (date.fromisoformat(want) + timedelta(days=7)).isoformat()
                    tally("deadline", shown["due_by"] == due)
                    tally("timeliness", (shown["timeliness"] == "on_time") == record["within_7_days"])
                if "signature" in expected:
                    tally("signature", shown["crypto"]["verdict"] == expected["signature"])
                print(f"    {report.reference}: type {shown['doc_type']}/{record['doc_type']} "
                      f"cpc {'ok' if shown['cpc'] == record['cpc'] else 'WRONG'} date {got_date}/{want} "
                      f"due {shown['due_by']} {shown['timeliness']} crypto {shown['crypto']['verdict']}")
                seen.add(1)
        entries = intake_log(services.sessions, LogFilter())
        print(f"intake log: {len(entries)} entries")

        # Plaintext scan: no attachment text or body PII in the data dir (except nothing) or the database.
        needles = []
        for mail in manifest["mails"]:
            for pii in mail.get("body_pii", []):
                needles.append(pii["text"])
        for gold in (corpus / "gold").glob("*.json"):
            for pii in json.loads(gold.read_text()).get("pii", []):
                if pii["category"] in ("person", "address") and len(pii["text"]) > 6 and " " in pii["text"]:
                    needles.append(pii["text"])
        blobs = b""
        for path in (tmp / "data").rglob("*"):
            if path.is_file():
                blobs += path.read_bytes()
        leaks = sorted({n for n in needles if n.encode() in blobs})
        print(f"plaintext scan of data dir and database: {len(leaks)} leaked forms out of {len(set(needles))} probes")

    print()
    for key, (ok, total) in score.items():
        if key == "date_wrong":
            print(f"ratification dates wrong (not unknown): {ok}")
        elif total:
            print(f"{key:10} {ok}/{total} = {ok / total:.3f}")

    if not args.no_redaction:
        print("\nredaction (score_redaction.py --skip-no-text):")
        ingestd = ROOT / ".venv" / "bin" / "ingestd"
        proc = subprocess.run([sys.executable, str(corpus.parent / "tools" / "score_redaction.py"), "--gold",
                               str(corpus / "gold"), "--cmd", f"{ingestd} redact {{file}}", "--skip-no-text"],
                              capture_output=True, text=True, cwd=corpus)
        print(proc.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
