"""IMAP intake: collect mail from the team mailbox, spool it, file it, and only then touch it.

The order for each new message is the whole design (THREATS.md §7, H1-H10)::

    UID SEARCH (cursor)  ->  UID FETCH BODY.PEEK[] + RFC822.SIZE + INTERNALDATE
        ->  already recorded? (raw sha256, or Message-ID digest: the SMTP copy)  --yes-->  acknowledge
        ->  Spool.put (fsync'd)  ->  process_entry (pipeline + one DB transaction)
        ->  acknowledge: UID MOVE to processed_folder (fallback UID COPY + \\Deleted + UID EXPUNGE
            of our UIDs only), or in ``after = "flag"`` mode the ``flag_keyword`` keyword
        ->  cursor (UIDVALIDITY, highest UID below which everything is acknowledged) in the DB

A crash anywhere leaves a state the next pass repairs without a second record: before the
commit the message is still unacknowledged and is fetched again (and a copy still in the spool
is reused rather than spooled twice); after the commit it is recognised by its digest and only
acknowledged. A changed UIDVALIDITY discards the cursor and every message in the folder is
checked by content hash, so nothing is skipped and nothing filed twice.

Failures: a message whose fetch keeps failing (size mismatch, over-long literal, the
connection dying while it is transferred) is retried ``max_attempts`` times, counted durably
under ``<data_dir>/imap/attempts.json``, then moved to ``failed_folder`` (``flag`` mode: given
the keyword ``<flag_keyword>-failed`` and ``\\Flagged``) - never deleted. A message whose
processing keeps failing is quarantined as ``poison`` by the spool's own counter and then moved
the same way. Connection and authentication failures back off exponentially and are logged
once per streak.

``poll_once`` is the service function ``ingestd poll --once`` and the scheduler call;
``ImapPoller`` is what ``ingestd serve`` runs: IDLE (RFC 2177) when the server offers it,
APScheduler interval polling otherwise.
"""

from __future__ import annotations

import hashlib
import json
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any


from ingestd.config.schema import Config, ImapConfig
from ingestd.errors import IngestError
from ingestd.intake.imap_conn import (
    ImapConnectionLost,
    ImapError,
    ImapLoginError,
    ImapProtocolError,
    ImapSession,
    ImapTLSError,
    check_folder_names,
    connect,
    mailbox_key,
)
from ingestd.intake.receipt import TrustedRelays, imap_receipt
from ingestd.mime import message_id_digest, parse_headers
from ingestd.spool import SpoolEntry, write_durably
from ingestd.storage import repository

log = logging.getLogger("ingestd.imap")

__all__ = [
    "ImapConnectionLost", "ImapError", "ImapLoginError", "ImapPoller", "ImapProtocolError", "ImapTLSError",
    "PollResult", "poll_command", "poll_once",
]

IDLE_RENEW = 29 * 60  # RFC 2177 §3: re-issue IDLE at least every 29 minutes
IDLE_TICK = 0.25  # how often an IDLE wait looks at the stop flag
IDLE_SETTLE = 5.0  # the short IDLE after a busy pass (see ImapPoller._idle_loop)


@dataclass
class PollResult:
    """What one pass did. ``fetched`` counts message bodies transferred."""

    uidvalidity: int = 0
    last_uid: int = 0
    resynced: bool = False
    candidates: int = 0
    fetched: int = 0
    recorded: int = 0
    already_known: int = 0
    acknowledged: int = 0
    gave_up: int = 0
    failed: int = 0
    vanished: int = 0
    elapsed: float = 0.0

    def summary(self) -> str:
        return (f"fetched={self.fetched} recorded={self.recorded} known={self.already_known} "
                f"acknowledged={self.acknowledged} failed={self.failed} gave_up={self.gave_up} "
                f"uidvalidity={self.uidvalidity} last_uid={self.last_uid}"
                f"{' resynced' if self.resynced else ''} in {self.elapsed:.3f}s")


def failed_keyword(cfg: ImapConfig) -> str:
    return f"{cfg.flag_keyword}-failed"


# ---- durable per-message fetch-failure counts ------------------------------------------------

class FetchAttempts:
    """Fetch failures per (mailbox, UIDVALIDITY, UID), kept in one small fsync'd JSON file.

    Written only when a fetch fails or a failed message later succeeds, so a healthy mailbox
    costs nothing. Survives ``poll --once`` runs from a timer, which an in-memory count would not.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / "attempts.json"
        self._counts: dict[str, int] | None = None

    def _load(self) -> dict[str, int]:
        if self._counts is None:
            try:
                self._counts = {str(k): int(v) for k, v in json.loads(self.path.read_text()).items()}
            except FileNotFoundError:
                self._counts = {}
            except (ValueError, AttributeError, TypeError):
                log.warning("imap attempts file unreadable: starting the counts again")
                self._counts = {}
        return self._counts

    def _save(self) -> None:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_durably(self.directory, self.path.name, json.dumps(self._load()).encode(), self.directory)

    def get(self, key: str) -> int:
        return self._load().get(key, 0)

    def bump(self, key: str) -> int:
        counts = self._load()
        counts[key] = counts.get(key, 0) + 1
        self._save()
        return counts[key]

    def clear(self, key: str) -> None:
        if self._load().pop(key, None) is not None:
            self._save()


# ---- one pass --------------------------------------------------------------------------------

@dataclass
class _Context:
    config: Config
    services: Any  # ingestd.service.Services (imported lazily: it pulls in the whole pipeline)
    attempts: FetchAttempts
    key: str = ""
    pending: dict[str, SpoolEntry] | None = None
    result: PollResult = field(default_factory=PollResult)


def _max_literal(config: Config) -> int:
    return config.smtp.max_message_size


def open_session(config: Config, *, connect_fn: Callable[..., ImapSession] = connect) -> ImapSession:
    """Connect, authenticate, make sure the destination folders exist, select the folder."""
    cfg = config.imap
    session = connect_fn(cfg, max_literal=_max_literal(config))
    try:
        if cfg.after == "move":
            session.ensure_folder(cfg.processed_folder)
            session.ensure_folder(cfg.failed_folder)
        session.select()
    except BaseException:
        session.abandon()
        raise
    return session


def poll_once(config: Config, services: Any, *, connect_fn: Callable[..., ImapSession] = connect,
              session: ImapSession | None = None) -> "PollResult":
    """One pass over the folder: fetch what is new, take it through the pipeline, acknowledge it.

    Raises ``ImapError`` when the mailbox cannot be used (the caller backs off); per-message
    problems are counted in the result instead. With ``session`` the pass reuses that
    connection (the IDLE loop) and leaves it open.
    """
    own = session is None
    if session is None:
        session = open_session(config, connect_fn=connect_fn)
    try:
        return sync(session, config, services)
    finally:
        if own:
            session.logout()


def sync(session: ImapSession, config: Config, services: Any) -> PollResult:
    cfg = config.imap
    started = time.monotonic()
    ctx = _Context(config=config, services=services,
                   attempts=FetchAttempts(config.storage.data_dir / "imap"), key=mailbox_key(cfg))
    result = ctx.result
    sm = services.sessions
    uidvalidity = session.select()
    cursor = repository.get_imap_cursor(sm, ctx.key)
    result.resynced = cursor is not None and cursor[0] != uidvalidity
    last = cursor[1] if cursor is not None and not result.resynced else 0
    if result.resynced:
        log.warning("mailbox=%s UIDVALIDITY changed %d -> %d: cursor discarded, resynchronising by content "
                    "hash", ctx.key[:12], cursor[0], uidvalidity)  # type: ignore[index]

    criteria: list[Any] = ["UID", f"{last + 1}:*", "NOT", "DELETED"]
    if cfg.after == "flag":
        criteria += ["UNKEYWORD", cfg.flag_keyword, "UNKEYWORD", failed_keyword(cfg)]
    # "n:*" always matches the highest UID, even when it is below n (RFC 3501 §6.4.8).
    uids = [uid for uid in session.search(criteria) if uid > last]
    result.candidates = len(uids)
    first_unfinished: int | None = None
    if uids:
        sizes = session.sizes(uids)
        for uid in uids:
            done = _handle(session, ctx, uidvalidity, uid, sizes.get(uid))
            if not done and first_unfinished is None:
                first_unfinished = uid

    new_last = last
    if uids:
        new_last = max(uids) if first_unfinished is None else max(last, first_unfinished - 1)
    if cursor is None or result.resynced or new_last != last:
        repository.set_imap_cursor(sm, ctx.key, uidvalidity, new_last)
    result.uidvalidity, result.last_uid = uidvalidity, new_last
    result.elapsed = time.monotonic() - started
    log.info("imap pass mailbox=%s %s", ctx.key[:12], result.summary())
    return result


def _handle(session: ImapSession, ctx: _Context, uidvalidity: int, uid: int, size: int | None) -> bool:
    """Take one UID as far as it can go. True when it needs no more attention."""
    cfg = ctx.config.imap
    result = ctx.result
    attempt_key = f"{ctx.key}:{uidvalidity}:{uid}"
    if size is None:  # expunged by another client between SEARCH and FETCH (THREATS H8)
        result.vanished += 1
        return True
    if ctx.attempts.get(attempt_key) >= cfg.max_attempts:
        _give_up(session, ctx, uid, "fetch-failed", attempt_key)
        return True
    if size > _max_literal(ctx.config):
        log.error("uid=%d size=%d over the %d-byte limit: not fetched", uid, size, _max_literal(ctx.config))
        _give_up(session, ctx, uid, "too-large", attempt_key)
        return True

    try:
        fetched = session.fetch(uid)
    except ImapError:
        # The connection is gone with the message half-read: count it against this UID so a
        # message that kills every transfer ends in the failed folder, then let the caller retry.
        ctx.attempts.bump(attempt_key)
        raise
    if fetched is None:
        result.vanished += 1
        return True
    if fetched.raw is None or fetched.size is None or len(fetched.raw) != fetched.size:
        n = ctx.attempts.bump(attempt_key)
        log.warning("uid=%d fetch incomplete (%s of %s bytes), attempt %d of %d", uid,
                    len(fetched.raw) if fetched.raw is not None else "no", fetched.size, n, cfg.max_attempts)
        result.failed += 1
        return False
    result.fetched += 1
    raw = fetched.raw
    received_at = fetched.internaldate
    if received_at is None:
        received_at = datetime.now(timezone.utc)
    elif received_at.tzinfo is None:  # a server without a zone: RFC 3501 says it has one; assume UTC
        received_at = received_at.replace(tzinfo=timezone.utc)

    receipt = imap_receipt(raw, received_at, TrustedRelays(ctx.services.config.smtp.trusted_relays))
    if receipt.fallback:
        log.warning("uid=%d receipt time: trusted relay header not used (%s); using INTERNALDATE", uid,
                    receipt.fallback)

    sha = hashlib.sha256(raw).hexdigest()
    destination = _take_in(ctx, raw, sha, receipt.received_at,
                           {"uidvalidity": uidvalidity, "uid": uid, **receipt.facts()})
    ctx.attempts.clear(attempt_key)
    if destination is None:
        result.failed += 1
        return False
    _acknowledge(session, ctx, uid, destination)
    return True


def _take_in(ctx: _Context, raw: bytes, sha: str, received_at: datetime,
             source: dict[str, str | int]) -> str | None:
    """Spool and file ``raw`` unless it is already recorded. Returns where the mailbox copy goes
    (``processed`` or ``failed``), or None when it must stay for a later pass."""
    from ingestd.service import process_entry

    services = ctx.services
    try:
        mid = message_id_digest(parse_headers(raw))
    except Exception:  # noqa: BLE001 - hostile headers: the raw digest still identifies it
        mid = None
    known = repository.find_recorded(services.sessions, sha, mid)
    if known is not None:
        ctx.result.already_known += 1
        log.info("uid=%s sha256=%s already recorded as id=%s: acknowledging only", source["uid"], sha[:16],
                 known.intake_id)
        return "failed" if known.status == "quarantined" and known.reason == "poison" else "processed"

    if ctx.pending is None:
        ctx.pending = {entry.sha256: entry for entry in services.spool.pending()}
    entry = ctx.pending.get(sha)
    if entry is None:
        entry = services.spool.put(raw, channel="imap", received_at=received_at, source=source)
        ctx.pending[sha] = entry
    try:
        outcome = process_entry(services, entry)
    except IngestError as exc:
        log.error("uid=%s id=%s processing failed (%s); kept in the spool for retry", source["uid"],
                  entry.spool_id, exc.__class__.__name__)
        return None
    except Exception as exc:  # noqa: BLE001 - the spool's attempt counter turns repeats into "poison"
        log.error("uid=%s id=%s processing crashed (%s); kept in the spool for retry", source["uid"],
                  entry.spool_id, exc.__class__.__name__)
        return None
    if outcome is None:  # another worker holds the entry; it will be recognised next pass
        return None
    ctx.result.recorded += 1
    return "failed" if outcome.status == "quarantined" and outcome.reason == "poison" else "processed"


def _acknowledge(session: ImapSession, ctx: _Context, uid: int, destination: str) -> None:
    cfg = ctx.config.imap
    if cfg.after == "flag":
        keywords = [cfg.flag_keyword] if destination == "processed" else [failed_keyword(cfg), "\\Flagged"]
        session.add_keywords([uid], keywords)
    else:
        session.move([uid], cfg.processed_folder if destination == "processed" else cfg.failed_folder)
    ctx.result.acknowledged += 1


def _give_up(session: ImapSession, ctx: _Context, uid: int, reason: str, attempt_key: str) -> None:
    cfg = ctx.config.imap
    where = f"keyword {failed_keyword(cfg)}" if cfg.after == "flag" else "the failed folder"
    log.error("uid=%d could not be collected (%s): moved to %s for an operator; nothing deleted",
              uid, reason, where)
    _acknowledge(session, ctx, uid, "failed")
    ctx.result.acknowledged -= 1
    ctx.result.gave_up += 1
    ctx.attempts.clear(attempt_key)


# ---- the long-running poller -----------------------------------------------------------------

@dataclass
class PollerStatus:
    """For health checks: what the poller is doing and the last failure's reason code."""

    mode: str = "stopped"  # stopped | connecting | idle | scheduled | backoff
    consecutive_failures: int = 0
    last_error: str | None = None
    last_success: float | None = None  # time.monotonic()
    passes: int = 0


class ImapPoller:
    """Background collection for ``ingestd serve``.

    ``start()`` runs a thread that keeps one connection open and waits in IDLE, running a pass
    whenever the server reports a change (and at least every ``poll_interval`` seconds). If the
    server does not offer IDLE, or ``idle = false``, an APScheduler interval job runs
    ``poll_once`` every ``poll_interval`` seconds instead. Failures back off exponentially from
    ``backoff_initial`` to ``backoff_max`` seconds; each streak is logged once at ERROR.
    """

    def __init__(self, config: Config, services: Any, *, connect_fn: Callable[..., ImapSession] = connect,
                 backoff_initial: float = 2.0, backoff_max: float = 600.0) -> None:
        check_folder_names(config.imap)
        self.config = config
        self.services = services
        self.connect_fn = connect_fn
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.status = PollerStatus()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._scheduler: Any = None
        self._not_before = 0.0
        self._lock = threading.Lock()

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None or self._scheduler is not None:
            raise RuntimeError("ImapPoller already started")
        self._stop.clear()
        if self.config.imap.idle:
            self._thread = threading.Thread(target=self._run_idle, name="ingestd-imap", daemon=True)
            self._thread.start()
        else:
            self._start_scheduler()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=True)
            self._scheduler = None
        self.status.mode = "stopped"

    def reconfigure(self, config: Config, services: Any) -> None:
        """SIGHUP: the next pass uses the new committee directory and policy.

        The poller processes what it fetches itself, so it must not keep the settings it was
        started with. A pass already running finishes on the old ones (it read both at its
        start); ``[imap]`` itself still needs a restart (the daemon says so).
        """
        with self._lock:
            self.config = config
            self.services = services

    @property
    def running(self) -> bool:
        return (self._thread is not None and self._thread.is_alive()) or self._scheduler is not None

    # -- failure accounting ------------------------------------------------------------------
    def _delay(self) -> float:
        n = max(1, self.status.consecutive_failures)
        return min(self.backoff_max, self.backoff_initial * 2 ** (n - 1))

    def _failed(self, exc: BaseException) -> float:
        code = exc.code if isinstance(exc, ImapError) else "internal"
        self.status.consecutive_failures += 1
        delay = self._delay()
        if code != self.status.last_error:
            # One ERROR per streak: an operator sees it; a wrong password does not flood the log.
            if isinstance(exc, IngestError):
                log.error("IMAP unavailable (%s): %s; retrying with backoff (%.1fs, up to %.0fs)",
                          code, exc, delay, self.backoff_max)
            else:
                log.error("IMAP pass crashed (%s); retrying with backoff (%.1fs, up to %.0fs)",
                          exc.__class__.__name__, delay, self.backoff_max)
        else:
            log.debug("IMAP still unavailable (%s), failure %d, next try in %.1fs", code,
                      self.status.consecutive_failures, delay)
        self.status.last_error = code
        self.status.mode = "backoff"
        return delay

    def _succeeded(self) -> None:
        if self.status.consecutive_failures:
            log.warning("IMAP available again after %d failed attempt(s)", self.status.consecutive_failures)
        self.status.consecutive_failures = 0
        self.status.last_error = None
        self.status.last_success = time.monotonic()
        self.status.passes += 1

    # -- IDLE mode -----------------------------------------------------------------------------
    def _run_idle(self) -> None:
        while not self._stop.is_set():
            session: ImapSession | None = None
            try:
                self.status.mode = "connecting"
                session = open_session(self.config, connect_fn=self.connect_fn)
                with self._lock:
                    sync(session, self.config, self.services)
                self._succeeded()
                if not session.has("IDLE"):
                    log.info("server does not offer IDLE: polling every %ds", self.config.imap.poll_interval)
                    session.logout()
                    session = None
                    self._start_scheduler(first_run_now=False)
                    return
                self._idle_loop(session)
            except Exception as exc:  # noqa: BLE001 - the loop must survive anything and back off
                if session is not None:
                    session.abandon()
                    session = None
                delay = self._failed(exc)
                self._stop.wait(delay)
            finally:
                if session is not None:
                    session.logout()

    def _idle_loop(self, session: ImapSession) -> None:
        """IDLE until the server reports a change (or the renew interval passes), then a pass.

        A message appended while a pass runs, after its SEARCH, is not always announced when
        IDLE starts (seen with Dovecot: it waited for the next renew, up to ``poll_interval``).
        So the first IDLE after a pass that had something to do, or was woken by the server,
        lasts only ``IDLE_SETTLE`` seconds; the pass after it is cheap (the cursor), and only
        when that finds nothing does IDLE wait the full interval.
        """
        full = min(self.config.imap.poll_interval, IDLE_RENEW)
        interval = min(IDLE_SETTLE, full)  # right after the first pass
        while not self._stop.is_set():
            self.status.mode = "idle"
            session.idle_start()
            deadline = time.monotonic() + interval
            woken = False
            try:
                while not self._stop.is_set() and time.monotonic() < deadline:
                    if session.idle_check(timeout=IDLE_TICK):
                        woken = True
                        break
            finally:
                session.idle_done()
            if self._stop.is_set():
                return
            with self._lock:
                result = sync(session, self.config, self.services)
            self._succeeded()
            interval = min(IDLE_SETTLE, full) if woken or result.fetched else full

    # -- scheduled mode ------------------------------------------------------------------------
    def _start_scheduler(self, first_run_now: bool = True) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone=timezone.utc)
        scheduler.add_job(self._scheduled_pass, "interval", seconds=self.config.imap.poll_interval,
                          id="imap-poll", max_instances=1, coalesce=True,
                          next_run_time=datetime.now(timezone.utc) if first_run_now else None)
        scheduler.start()
        self._scheduler = scheduler
        self.status.mode = "scheduled"

    def _scheduled_pass(self) -> None:
        if self._stop.is_set() or time.monotonic() < self._not_before:
            return
        try:
            with self._lock:
                poll_once(self.config, self.services, connect_fn=self.connect_fn)
        except Exception as exc:  # noqa: BLE001 - report, back off, keep the schedule alive
            self._not_before = time.monotonic() + self._failed(exc)
            return
        self._succeeded()
        self.status.mode = "scheduled"


# ---- ingestd poll -----------------------------------------------------------------------------

def poll_command(config: Config, once: bool) -> int:
    """``ingestd poll [--once]``: exit 0 when the pass (or the run) went well, 1 otherwise."""
    from ingestd.service import build_services, process_pending

    if not config.imap.enabled:
        print("ingestd: [imap] host is not set, so IMAP intake is off (see docs/imap.md)", file=sys.stderr)
        return 2
    services = build_services(config)
    process_pending(services)  # finish what a previous run left in the spool before fetching more
    if once:
        try:
            result = poll_once(config, services)
        except ImapError as exc:
            print(f"ingestd: imap: {exc}", file=sys.stderr)
            return 1
        print(f"imap: {result.fetched} fetched, {result.recorded} recorded, {result.already_known} already "
              f"known, {result.acknowledged} acknowledged, {result.gave_up} moved aside, {result.failed} left for "
              f"retry ({result.elapsed:.2f}s)")
        return 0 if result.failed == 0 else 1

    poller = ImapPoller(config, services)
    done = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: done.set())
    poller.start()
    try:
        while not done.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        poller.stop()
        signal.signal(signal.SIGTERM, previous)
    return 0
