"""Evaluate the notices on the development corpus: threaded, right references, nothing personal.

    .venv/bin/python benchmarks/eval_notices.py [--corpus ../shared/corpus]

Ingests every ``corpus/mail/*.eml`` as ``eval_corpus.py`` does (same keys, same committee
directory) with acknowledgements on for every committee and a digest, delivers the notices to
the tests' aiosmtpd relay on loopback (STARTTLS, verified), and checks each notice against
what the corpus says about its message: threaded onto its Message-ID, listing exactly the
references filed for it; and free of every personal datum the gold files list for the
message's attachments and body (names, addresses, postcodes, phone numbers, e-mail addresses,
CHI/NHS/NI numbers), of the Subject line, of the sender's display name and of the attachment
file names. The To: header is the one place the sender's address may appear. Prints file
names, counts and references only. The notice code was not tuned on this corpus.
"""

from __future__ import annotations

import argparse
import email
import json
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from email.policy import default as default_policy
from email.utils import parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_corpus import make_config  # noqa: E402 - the corpus set-up, shared
from ingestd.config import load_config  # noqa: E402
from ingestd.outbound.deliver import deliver_due  # noqa: E402
from ingestd.outbound.digest import queue_digest  # noqa: E402
from ingestd.service import build_services, ingest_path  # noqa: E402
from tests.intake.smtp.conftest import write_tls_material  # noqa: E402
from tests.intake.smtp.daemon_process import free_port  # noqa: E402
from tests.outbound.conftest import TestRelay  # noqa: E402

CHECKED = {"person", "address", "postcode", "phone", "email", "chi", "nhs", "ni"}


def forbidden_for(corpus: Path, mail: dict, raw: bytes) -> list[tuple[str, str]]:
    msg = email.message_from_bytes(raw, policy=default_policy)
    found: list[tuple[str, str]] = []
    for attachment in mail.get("attachments", []):
        found.append(("filename", attachment["filename"]))
        gold = corpus / "gold" / attachment["gold"]
        if gold.exists():
            found += [(p["category"], p["text"]) for p in json.loads(gold.read_text()).get("pii", [])
                      if p["category"] in CHECKED]
    found += [(p["category"], p["text"]) for p in mail.get("body_pii", []) if p["category"] in CHECKED]
    if msg["Subject"]:
        found.append(("subject", str(msg["Subject"])))
    name = parseaddr(str(msg.get("From", "")))[0]
    # A display name that is the committee's own ("Angus Child Protection Committee", "South
    # Lanarkshire CPC") names a public body, which a notice may name; a person's name may not appear.
    if name and name != mail.get("sender_cpc") and "CPC" not in name.split() and "Committee" not in name:
        found.append(("sender name", name))
    return [(k, v) for k, v in found if len(v.strip()) >= 3]


def leaks(text: str, forbidden: list[tuple[str, str]]) -> list[str]:
    out = []
    for category, value in forbidden:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, value.split())) + r"(?!\w)"
        if re.search(pattern, text, re.IGNORECASE):
            out.append(category)
    return out


def notice_text(data: bytes) -> str:
    msg = email.message_from_bytes(data, policy=default_policy)
    body = msg.get_body(("plain",))
    headers = "\n".join(f"{k}: {v}" for k, v in msg.items() if k.lower() != "to")
    return headers + "\n" + (body.get_content() if body is not None else "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    manifest = json.loads((corpus / "mail" / "manifest.json").read_text())
    tmp = Path(tempfile.mkdtemp(prefix="eval-notices-"))
    tls = write_tls_material(tmp / "tls")
    port = free_port()
    relay = TestRelay(tls, port).start()
    try:
        path = make_config(tmp, corpus, manifest)
        toml = path.read_text()
        # The corpus sends from *.example.* domains: register each sender's domain with its committee,
        # as an operator would, so that acknowledgements may go to it.
        for mail in manifest["mails"]:
            domain = parseaddr(mail["from"])[1].rpartition("@")[2].lower()
            name = json.dumps(mail["sender_cpc"])
            toml = toml.replace(f"name = {name}\nsender_domains = [", f"name = {name}\nsender_domains = [\"{domain}\", ", 1)
        path.write_text(toml + f'\n[notify]\nsmarthost = "127.0.0.1:{port}"\nca_file = "{tls.cert}"\n'
                        'from_address = "notices@strategic.example.gov.scot"\nacknowledge = true\n'
                        'ack_min_interval = 0\nteam_address = "team@strategic.example.gov.scot"\n')
        services = build_services(load_config(path, environ={}))
        all_forbidden: list[tuple[str, str]] = []
        expected: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {}
        days = set()
        for mail in manifest["mails"]:
            raw = (corpus / "mail" / mail["file"]).read_bytes()
            outcome = ingest_path(services, corpus / "mail" / mail["file"])
            forbidden = forbidden_for(corpus, mail, raw)
            all_forbidden += forbidden
            expected[mail["message_id"]] = (mail["file"], [r.reference for r in outcome.reports], forbidden)
            days.add(outcome.intake.received_at.date())
        for day in sorted(days):  # the digest of the day after each day with mail
            queue_digest(services, day + timedelta(days=1))
        while deliver_due(services).sent:
            pass
        acks = digests = threaded = refs_ok = 0
        leak_count = 0
        for got in relay.received:
            msg = got.message
            text = notice_text(got.data)
            kind = msg["X-Ingestd-Notice"]
            if kind == "ack":
                acks += 1
                file, references, forbidden = expected.get(str(msg["In-Reply-To"]), ("?", [], all_forbidden))
                threaded += file != "?"
                listed = sorted(set(re.findall(r"\b(?:ICR|SCR|LR)-\d{4}-\d{4}\b", text)))
                refs_ok += listed == sorted(set(references)) or (not references and file != "?")
                found = leaks(text, forbidden)
                print(f"ack for {file}: references {' '.join(listed) or '-'}; personal data found: {found or 'none'}")
            else:
                digests += 1
                found = leaks(text, all_forbidden)
                print(f"digest {msg['Subject'].split(':')[0]}: personal data found: {found or 'none'}")
            leak_count += len(found)
        print(f"\nmails {len(manifest['mails'])}, acknowledgements {acks} (threaded {threaded}, "
              f"references right {refs_ok}), digests {digests}, forbidden strings checked "
              f"{len(all_forbidden)}, found in notices: {leak_count}")
        return 1 if leak_count or threaded != acks or refs_ok != acks else 0
    finally:
        relay.stop()
        for home in (tmp / "gnupg", tmp / "officer"):  # the agents make_config's gpg calls started
            subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], check=False, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
