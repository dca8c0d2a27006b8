"""``ingestd quarantine list|show|reprocess|discard``: the operator's view of held messages.

Quarantine IDs are intake ids (the spool id given at receipt). Reprocessing reads the
original back - from a plaintext 0600 file, or, when originals are encrypted to the archive
key, through ``--key-home`` (a GnuPG home holding that secret key, which the daemon itself
never has) - and sends it through the same pipeline under the same intake id.
``--password-file`` supplies the password of a ``password-protected`` attachment; the web
app's "Try this password" form (web.quarantineviews) calls the same ``reprocess``, itself when
``reprocess_obstacle`` finds nothing in its way, else through the daemon's control socket
(ingestd.control), where the daemon calls it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
from dataclasses import dataclass
from datetime import timezone
from pathlib import Path

from ingestd.errors import IngestError, NotFound, UsageError
from ingestd.model import Intake, IntakeOutcome
from ingestd.tables import print_table
from ingestd.times import utc_z
from ingestd.reasons import meaning
from ingestd.service import Services, _run_pipeline, finish
from ingestd.storage import repository


def _entry(services: Services, intake_id: str) -> dict:
    message = repository.find_message(services.sessions, intake_id)
    stored = services.quarantine.find(intake_id)
    if message is None and stored is None:
        raise NotFound(f"no quarantined message {intake_id!r} (see 'ingestd quarantine list')")
    reason = (message.reason if message else None) or (stored.reason if stored else None)
    return {
        "id": intake_id,
        "status": message.status if message else "unrecorded",
        "reason": reason,
        "meaning": meaning(reason) if reason else None,
        "held_parts": (message.held_parts if message else None) or [],
        "channel": message.channel if message else None,
        "received_at": utc_z(message.received_at) if message else None,
        "size": message.size if message else None,
        "sha256": message.sha256 if message else None,
        "sender_cpc": message.sender_cpc if message else None,
        "crypto_verdict": message.crypto_verdict if message else None,
        "original_kept": stored is not None,
        "original_encrypted": stored.encrypted if stored else None,
    }


def _events(services: Services, intake_id: str) -> list[dict]:
    return [{"at": utc_z(e.at), "event": e.event, "reason": e.reason, "reference": e.reference, "detail": e.detail}
            for e in repository.events_for(services.sessions, intake_id)]


LIST_COLUMNS = ("id", "status", "reason", "received_at")


def run(services: Services, args: argparse.Namespace) -> int:
    if args.q_command == "list":
        rows = [_entry(services, m.intake_id) for m in repository.quarantined_messages(services.sessions)]
        ids = {r["id"] for r in rows}
        rows += [_entry(services, s.intake_id) for s in services.quarantine.all() if s.intake_id not in ids]
        if args.format == "json":
            print(json.dumps(rows, indent=2))
        else:
            print_table(rows, LIST_COLUMNS, empty="(quarantine is empty)")
        return 0
    if args.q_command == "show":
        entry = _entry(services, args.id)
        entry["events"] = _events(services, args.id)
        if args.format == "json":
            print(json.dumps(entry, indent=2))
        else:
            for key, value in entry.items():
                if key != "events":
                    print(f"{key:19} {'-' if value is None else value}")
            print("events:")
            for event in entry["events"]:
                extra = " ".join(f"{k}={event[k]}" for k in ("reason", "reference", "detail") if event[k])
                print(f"  {event['at']}  {event['event']}  {extra}".rstrip())
        return 0
    if args.q_command == "discard":
        entry = _entry(services, args.id)
        if not entry["original_kept"]:
            earlier = [e for e in _events(services, args.id) if e["event"] in ("discarded", "purged")]
            when = f" ({earlier[-1]['event']} at {earlier[-1]['at']})" if earlier else ""
            print(f"{args.id}: already discarded{when}; nothing to do")
            return 0
        services.quarantine.remove(args.id)
        repository.add_event(services.sessions, "discarded", intake_id=args.id, reason=entry["reason"])
        print(f"discarded {args.id}")
        return 0
    if args.q_command == "reprocess":
        return _reprocess(services, args)
    raise UsageError(f"unknown quarantine action {args.q_command!r}")


def read_password_file(path: Path) -> str:
    """The password of a protected attachment, from a file an operator wrote (one line).

    It goes to the parser worker over its stdin and nowhere else: not into argv (``ps``), the
    environment, a log line, the database or an error message.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read the password file: {exc.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: the password file is not UTF-8 text") from None
    # One trailing line break is the editor's, not the password's.
    password = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
    if not password:
        raise UsageError(f"{path}: the password file is empty")
    return password


#: Held for a password: the web app's "Try this password" form is offered for these.
PASSWORD_REASONS = ("password-protected", "password-wrong")
#: An intake id as the spool makes them (the web route's and the control socket's check).
INTAKE_ID = re.compile(r"[0-9]{1,20}-[a-z]{1,16}-[0-9a-f]{1,32}")
MAX_PASSWORD = 1024  # characters: no document password is longer; the form cap is 64 KiB anyway


def reprocess(services: Services, intake_id: str, *, password: str | None = None,
              key_home: Path | None = None) -> IntakeOutcome:
    """Send a held original through the pipeline again under its intake id.

    The one code path of ``ingestd quarantine reprocess`` and the web app's password form.
    ``password`` is held in memory only and goes to the parser worker over its stdin; the
    event says "with password", never which. ``key_home`` is needed when originals are
    encrypted to the archive key (a GnuPG home holding its secret half).
    """
    message = repository.find_message(services.sessions, intake_id)
    stored = services.quarantine.find(intake_id)
    if stored is None or message is None:
        raise NotFound(f"no quarantined original for {intake_id!r} (see 'ingestd quarantine list')")
    if message.status not in ("quarantined", "no_report") and not message.held_parts:
        raise UsageError(f"{intake_id} is {message.status}, not quarantined")
    if stored.encrypted:
        if key_home is None:
            raise UsageError("the original is encrypted to the archive key: pass --key-home DIR "
                             "(a GnuPG home holding the archive secret key)")
        proc = subprocess.run([services.config.gpg.binary, "--batch", "--no-tty", "--quiet", "--homedir",
                               str(key_home), "--decrypt", str(stored.path)], capture_output=True,
                              timeout=services.config.gpg.timeout)
        if proc.returncode != 0:
            raise UsageError(f"cannot decrypt the quarantined original with {key_home} (gpg exit "
                             f"{proc.returncode})")
        raw = proc.stdout
    else:
        raw = stored.path.read_bytes()
    received_at = message.received_at
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=timezone.utc)
    intake = Intake(intake_id=intake_id, channel=message.channel, received_at=received_at,
                    sha256=message.sha256, size=message.size, source=dict(message.source or {}),
                    received_source=message.received_source)
    verdict = _run_pipeline(services, raw, intake, password=password)
    repository.add_event(services.sessions, "reprocessed", intake_id=intake_id, reason=message.reason,
                         detail="with password" if password is not None else None)
    return finish(services, intake, raw, verdict, reprocess=True)


@dataclass(frozen=True)
class Obstacle:
    """Why this process cannot reprocess a held message itself, and what the operator runs instead."""

    why: str  # plain words, for the page
    command: str  # the CLI command, on the server
    #: The daemon, which holds what this process lacks, can do it (web.quarantineviews hands the
    #: request over its control socket); False where nobody but the operator can.
    daemon_can: bool = True


def reprocess_obstacle(services: Services, intake_id: str) -> Obstacle | None:
    """What stops this process reprocessing ``intake_id`` itself; None when nothing does.

    Asked by the web app before it offers (or acts on) its password form. The shipped unit
    (systemd/ingestd-web.service) masks the quarantine, the archive, the GnuPG home and the
    notices key from the web app, so there the answer is always the first one, and the web app
    hands the request to the daemon's control socket (ingestd.control), which asks again. Checked before the pipeline runs, because a reprocess that
    met a missing key half-way would re-file the message under a misleading reason.
    """
    config = services.config
    command = reprocess_command(intake_id)
    if not _usable_dir(config.quarantine_dir):
        return Obstacle("this web app has no access to the quarantine on this server (its service unit keeps "
                        "it out)", command)
    try:
        stored = services.quarantine.find(intake_id)
    except OSError:
        return Obstacle("this web app cannot read the quarantined original on this server", command)
    if stored is None:
        return Obstacle("its original is no longer kept (discarded or purged)", command, daemon_can=False)
    if stored.encrypted:
        return Obstacle("the original is encrypted to the archive key, which the web app does not hold",
                        reprocess_command(intake_id, encrypted=True), daemon_can=False)
    if config.gpg.home is not None and not _usable_dir(Path(config.gpg.home)):
        return Obstacle("this web app cannot read the GnuPG home ([gpg] home) on this server", command)
    if config.archive.recipients and not _usable_dir(config.archive_dir, missing_ok=True):
        return Obstacle("this web app cannot write the archive of originals on this server", command)
    if config.notify.enabled and not os.access(config.storage.data_dir / "notices.key", os.R_OK):
        return Obstacle("this web app cannot read the notices key on this server (for the acknowledgement "
                        "e-mail)", command)
    return None


def reprocess_command(intake_id: str, *, encrypted: bool = False) -> str:
    """The CLI command an operator runs on the server instead (the page and README show it)."""
    key_home = " --key-home DIR" if encrypted else ""
    return f"ingestd quarantine reprocess {intake_id}{key_home} --password-file FILE"


def _usable_dir(path: Path, *, missing_ok: bool = False) -> bool:
    """Readable, writable and searchable by this process (an InaccessiblePaths= mask is none of them)."""
    try:
        if not path.exists():
            return missing_ok and _usable_dir(path.parent)
    except OSError:
        return False
    return os.access(path, os.R_OK | os.W_OK | os.X_OK)


def _reprocess(services: Services, args: argparse.Namespace) -> int:
    password = read_password_file(args.password_file) if getattr(args, "password_file", None) else None
    outcome = reprocess(services, args.id, password=password, key_home=args.key_home)
    del password
    refs = " ".join(r.reference for r in outcome.reports)
    print(f"{args.id}: {outcome.status} {outcome.reason or ''} {refs}".rstrip())
    return 0
