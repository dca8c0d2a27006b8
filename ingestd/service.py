"""Service functions shared by the CLI, the daemon's workers and the scheduler.

``Services`` is built once from a ``Config`` and holds every seam (database sessionmaker,
spool, original stores, pipeline, clock). ``process_entry`` is the one place that moves a
spooled message to its final state, in an order that makes a crash at any point safe:

1. raise the spool entry's attempt counter (durably) - a message that kills us N times is
   quarantined as ``poison`` instead of looping forever;
2. if the database already has this intake id, a previous run committed: just clean up;
3. run the pipeline (pure; may be repeated);
4. store the original (quarantine or encrypted archive) - idempotent, keyed by intake id;
5. commit the outcome (one transaction, duplicates decided by unique constraints);
6. remove the spool entry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from ingestd import coredata, parsers
from ingestd import redaction
from ingestd.config.schema import Config, CpcEntry
from ingestd.errors import CryptoError, IngestError, Quarantine, SpoolError, StorageError
from ingestd.metrics import Stopwatch, observe_parse, observe_pipeline
from ingestd.mime import header_receipt_time, parse_headers
from ingestd.model import Intake, IntakeOutcome, Unwrapped
from ingestd.originals import OriginalStore
from ingestd.outbound import acknowledge_recorded
from ingestd.pipeline import Pipeline, Verdict
from ingestd.spool import UNREADABLE_ERRNOS, Spool, SpoolEntry
from ingestd.storage import repository
from ingestd.storage.db import open_database

log = logging.getLogger("ingestd.pipeline")


@dataclass
class Services:
    config: Config
    sessions: "repository.sessionmaker"  # type: ignore[name-defined]
    spool: Spool
    quarantine: OriginalStore
    archive: OriginalStore | None
    pipeline: Pipeline
    gpg: object | None = None
    clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)

    def reference_year(self, received_at: datetime) -> int:
        return received_at.astimezone(ZoneInfo(self.config.deadline.timezone)).year


def build_services(config: Config, *, create_db: bool = True, sessions: object | None = None) -> Services:
    """Every seam, from ``config``; ``sessions``: a sessionmaker already open (the web app's)."""
    if sessions is None:
        sessions = open_database(config.database_url, create=create_db)
    spool = Spool(config.spool_dir)
    gpg, unwrap, encrypt = _openpgp_seams(config)
    pipeline = Pipeline(
        config=config,
        unwrap=unwrap,
        extract=partial(_extract, config=config),
        redact=redaction.redact,
        open_archive=partial(_open_archive, config=config),
    )
    return Services(
        config=config,
        sessions=sessions,
        spool=spool,
        quarantine=OriginalStore(config.quarantine_dir, encrypt),
        archive=OriginalStore(config.archive_dir, encrypt) if encrypt else None,
        pipeline=pipeline,
        gpg=gpg,
    )


def _extract(data: bytes, kind: str, password: str | None, *, config: Config) -> "parsers.ExtractionResult":
    with Stopwatch(observe_parse):
        return parsers.extract_text(data, kind, config.pipeline, password=password)


def _open_archive(data: bytes, password: str | None, *, config: Config) -> list[bytes]:
    return parsers.open_archive(data, config.pipeline, password=password)


def _openpgp_seams(config: Config) -> tuple[object | None, Callable[[bytes, CpcEntry | None], Unwrapped],
                                            Callable[[bytes], bytes] | None]:
    """The OpenPGP stage and the archive encryptor, bound to ``[gpg]`` and ``[archive]``."""
    from ingestd import openpgp

    gpg = openpgp.Gpg(config.gpg)

    def unwrap(raw: bytes, sender: CpcEntry | None) -> Unwrapped:
        return openpgp.unwrap(raw, gpg, sender, config.policy)

    encrypt = None
    if config.archive.recipients:
        recipients = tuple(config.archive.recipients)

        def encrypt(raw: bytes) -> bytes:
            return openpgp.encrypt_for_archive(raw, gpg, recipients)

    return gpg, unwrap, encrypt


ENVIRONMENT_FAILURES = (StorageError, SQLAlchemyError, SpoolError, CryptoError, OSError)


def process_entry(services: Services, entry: SpoolEntry) -> IntakeOutcome | None:
    """Take one spooled message to its final state. None when another worker holds it."""
    with services.spool.claim(entry) as current:
        if current is None:
            return None
        intake = current.intake()
        max_attempts = services.config.pipeline.max_attempts
        if current.unreadable:
            return _set_aside_corrupt(services, current)
        if current.attempts >= max_attempts:
            log.error("id=%s failed %d times: quarantined as poison", intake.intake_id, current.attempts)
            verdict = Verdict(status="quarantined", reason="poison",
                              detail=f"attempts={current.attempts}")
            return finish(services, intake, services.spool.read(current), verdict, entry=current)
        current = services.spool.record_attempt(current)
        try:
            outcome = repository.recorded_outcome(services.sessions, intake)
            if outcome is not None:
                log.info("id=%s already recorded: clearing spool", intake.intake_id)
                if outcome.reason == SPOOL_CORRUPT:
                    services.spool.set_aside(current)  # reading it again would meet the same EIO
                else:
                    acknowledge_recorded(services, intake, current.read)  # queued once, even if the crash came first
                    services.spool.remove(current)
                return outcome
            try:
                raw = services.spool.read(current)
            except OSError as exc:
                if exc.errno not in UNREADABLE_ERRNOS:
                    raise
                current = replace(current, unreadable=True)
            if current.unreadable:
                return _set_aside_corrupt(services, current)
            with Stopwatch(observe_pipeline):
                verdict = _run_pipeline(services, raw, intake)
                return finish(services, intake, raw, verdict, entry=current)
        except ENVIRONMENT_FAILURES as exc:
            # The database, the disk or gpg failed, not the message (THREATS F2, F4): the entry
            # stays in the spool for a later try, and this try does not count towards poison.
            services.spool.forget_attempt(current)
            log.error("id=%s not processed, will retry: %s", intake.intake_id, exc.__class__.__name__)
            raise


SPOOL_CORRUPT = "spool-corrupt"


def _set_aside_corrupt(services: Services, entry: SpoolEntry) -> IntakeOutcome:
    """THREATS F3: the disk cannot give back a message we accepted. Record it, keep the file.

    Recorded first, then moved to the spool's ``corrupt/``: a crash in between finds the record
    and moves the file then (``process_entry``), so the entry is never deleted unread.
    """
    intake = entry.intake()
    log.error("id=%s spool file unreadable: set aside as %s", intake.intake_id, SPOOL_CORRUPT)
    outcome = repository.record(
        services.sessions, intake, status="quarantined", reason=SPOOL_CORRUPT, drafts=(),
        reference_year=services.reference_year(intake.received_at), sender_cpc=None, message_id_sha256=None,
        archived=False, detail=f"unreadable after a disk error; file kept in spool/corrupt/{intake.intake_id}.eml")
    services.spool.set_aside(entry)
    return outcome


def _run_pipeline(services: Services, raw: bytes, intake: Intake, *, password: str | None = None) -> Verdict:
    try:
        return services.pipeline.run(raw, intake, password=password)
    except Quarantine as signal:
        return Verdict(status="quarantined", reason=signal.reason, detail=signal.detail or None)


def finish(services: Services, intake: Intake, raw: bytes, verdict: Verdict, *, entry: SpoolEntry | None = None,
           reprocess: bool = False) -> IntakeOutcome:
    """Keep the original where the verdict says, commit the outcome, then let go of the source.

    The original is stored before the commit and the spool entry (or, when an operator
    reprocesses a held message into a filing, its quarantine copy) is removed only after it,
    so a crash in between loses nothing. Failures storing the original (an unusable archive
    key, a full disk) propagate: the caller keeps the message for a later try.
    """
    held = verdict.status in ("quarantined", "no_report")
    archived = False
    if held:
        services.quarantine.put(intake.intake_id, raw, reason=verdict.reason)
        archived = True
    elif verdict.held_parts:
        # Reports were filed but an attachment could not be read: the original waits in the
        # quarantine for a person to check (never dropped), whether or not there is an archive.
        services.quarantine.put(intake.intake_id, raw, reason="held-parts")
        archived = True
    elif services.archive is not None:
        services.archive.put(intake.intake_id, raw)
        archived = True
    outcome = repository.record(
        services.sessions, intake, status=verdict.status, reason=verdict.reason, drafts=verdict.drafts,
        reference_year=services.reference_year(intake.received_at), sender_cpc=verdict.sender_cpc,
        message_id_sha256=verdict.message_id_sha256, crypto=verdict.crypto, archived=archived,
        detail=verdict.detail, replace_quarantined=reprocess,
        held_parts=[h.as_json() for h in verdict.held_parts],
    )
    coredata.fill_filed(services.sessions, services.config, [r.reference for r in outcome.reports])
    if outcome.status == "duplicate" and not held and services.archive is not None:
        services.archive.remove(intake.intake_id)
    if reprocess and not held and not verdict.held_parts:
        services.quarantine.remove(intake.intake_id)
    acknowledge_recorded(services, intake, lambda: raw)  # after the commit, before the spool entry goes
    if entry is not None:
        services.spool.remove(entry)
    return outcome


def process_pending(services: Services) -> list[IntakeOutcome]:
    """Process everything waiting in the spool (start-up recovery, workers, ``ingest``)."""
    services.spool.recover()
    outcomes = []
    for entry in services.spool.pending():
        outcome = process_entry(services, entry)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def ingest_bytes(services: Services, raw: bytes, *, channel: str = "file",
                 received_at: datetime | None = None) -> IntakeOutcome:
    """Spool ``raw`` durably, then process it at once (``ingestd ingest``)."""
    source = None
    if received_at is None:
        try:
            received_at = header_receipt_time(parse_headers(raw))
        except Exception:  # noqa: BLE001 - hostile headers: fall back to now
            received_at = None
        source = {"received_source": "header" if received_at else "clock"}
        received_at = received_at or services.clock()
    entry = services.spool.put(raw, channel=channel, received_at=received_at, source=source)
    outcome = process_entry(services, entry)
    if outcome is None:  # someone else (a running daemon) claimed it first
        found = repository.find_message(services.sessions, entry.spool_id)
        return IntakeOutcome(intake=entry.intake(), status=found.status if found else "queued")
    return outcome


def ingest_path(services: Services, path: Path) -> IntakeOutcome:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read: {exc.strerror}") from None
    return ingest_bytes(services, raw)
