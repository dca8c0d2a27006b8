"""The ``ingestd`` command: one entry point, subcommands for operators and reviewers.

Errors end in one line on stderr that a person can act on, never a traceback. Exit codes:
0 done; 1 a failure (database down, a file that cannot be read); 2 a usage or configuration
error (a bad argument, a bad config key, the wrong user); 130 interrupted. Output piped into
``head`` ends quietly. Every moment is printed as ISO 8601 UTC with ``Z``.

The options ``--config``, ``-v`` and ``-q`` are accepted before or after the subcommand.
Commands other than ``serve`` and ``poll`` log at WARNING unless ``-v`` (INFO) or ``-vv``
(DEBUG); ``-q`` leaves errors only and drops closing summaries.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from ingestd import __version__
from ingestd.config import Config, load_config
from ingestd.errors import ConfigError, IngestError, StorageError, UsageError
from ingestd.tables import print_table

log = logging.getLogger("ingestd.cli")

LOG_FIELDS = ("reference", "status", "reason", "doc_type", "cpc", "received_at", "ratified_on", "due_by",
              "timeliness", "days_late", "decision", "channel", "amended")

EXIT_CODES = """exit status:
  0    done
  1    a failure: the database or a file could not be used (the message says which)
  2    a usage or configuration error: fix the command line or the named key
  130  interrupted"""


# ---- argument parsing -----------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line plus a hint, exit 2 (argparse convention)
        self.exit(2, f"ingestd: {message} (see '{self.prog} --help')\n")


def _choice(*values: str) -> Callable[[str], str]:
    """A case-insensitive choice: ``--type icr`` means ``ICR``, ``--format JSON`` means ``json``."""
    table = {v.lower(): v for v in values}

    def convert(text: str) -> str:
        try:
            return table[text.lower()]
        except KeyError:
            raise argparse.ArgumentTypeError(f"invalid choice: {text!r} (choose from {', '.join(values)})") from None

    convert.__name__ = "choice"
    return convert


def _date_or_time(text: str) -> str:
    """Validated at parse time, so a bad date is a usage error (exit 2); read later in the configured zone."""
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD or an ISO 8601 time)") from None
    return text


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _common_options(defaults: bool) -> argparse.ArgumentParser:
    """``--config``, ``-v``, ``-q``: on the main parser and again on every subcommand.

    The subcommands' copies default to SUPPRESS so a value given before the subcommand is not
    overwritten by the subcommand's default.
    """
    common = argparse.ArgumentParser(add_help=False)
    suppress = {} if defaults else {"default": argparse.SUPPRESS}
    common.add_argument("--config", metavar="PATH", **({"default": None} if defaults else suppress),
                        help="TOML configuration file (default: $INGESTD_CONFIG, else /etc/ingestd/ingestd.toml "
                             "when it exists, else embedded defaults)")
    common.add_argument("-v", "--verbose", action="count", **({"default": 0} if defaults else suppress),
                        help="log more: -v for INFO, -vv for DEBUG (commands log at WARNING by default)")
    common.add_argument("-q", "--quiet", action="store_true", **({"default": False} if defaults else suppress),
                        help="errors only; no closing summary")
    return common


def _command(sub: argparse._SubParsersAction, name: str, summary: str, example: str,
             common: argparse.ArgumentParser, description: str = "") -> argparse.ArgumentParser:
    return sub.add_parser(name, help=summary, description=description or summary, parents=[common],
                          epilog=f"example:\n  {example}\n\n{EXIT_CODES}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _actions(parser: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction:
    actions = parser.add_subparsers(dest=dest, metavar="ACTION", parser_class=_Parser, title="actions")
    actions.required = True
    return actions


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ingestd", parents=[_common_options(True)],
                     description="Secure intake of case-review reports from Scotland's child and adult "
                                 "protection committees: receive, decrypt, read, redact, file.",
                     epilog="Run every command as the service user, e.g. 'runuser -u ingestd -- ingestd log'.\n"
                            "'ingestd COMMAND --help' shows a command's arguments and an example.\n\n"
                            + EXIT_CODES,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ingestd {__version__}")
    common = _common_options(False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, title="commands")
    sub.required = True

    p = _command(sub, "ingest", "take e-mail message files (.eml) through the pipeline",
                 "ingestd ingest /srv/drop/*.eml", common,
                 "Take RFC 5322 message files through the pipeline: one line per report filed, then a "
                 "summary. A file that is not an e-mail message (a bare PDF or DOCX) is refused before "
                 "anything is spooled.")
    p.add_argument("files", nargs="+", metavar="FILE", help="message file; '-' reads one message from standard input")

    p = _command(sub, "log", "the intake log: filed reports and messages without one",
                 "ingestd log --since 2026-11-01 --type icr --format csv > november.csv", common)
    p.add_argument("--type", dest="doc_type", type=_choice("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME"),
                   metavar="TYPE", help="only this document kind: ICR, SCR, LR, LR-DECISION or LR-OUTCOME")
    p.add_argument("--cpc", metavar="TEXT", help="committee name or part of it (case-insensitive)")
    p.add_argument("--since", type=_date_or_time, metavar="WHEN",
                   help="received on or after: YYYY-MM-DD (local date) or an ISO 8601 time")
    p.add_argument("--until", type=_date_or_time, metavar="WHEN",
                   help="received on or before: YYYY-MM-DD (local date, inclusive) or an ISO 8601 time")
    p.add_argument("--late", action="store_true", help="only reports received after their due date")
    p.add_argument("--status", type=_choice("filed", "duplicate", "quarantined", "no_report"), metavar="STATUS",
                   help="filed, duplicate, quarantined or no_report")
    p.add_argument("--format", type=_choice("table", "csv", "json"), default="table",
                   help="table (default), csv or json")
    p.add_argument("--withdrawn", action="store_true",
                   help="only the reports an admin withdrew (they are left out otherwise)")

    p = _command(sub, "show", "one filed report, with its redacted text", "ingestd show ICR-2026-0001", common)
    p.add_argument("reference", metavar="REF", help="a reference number such as ICR-2026-0001")
    p.add_argument("--format", type=_choice("text", "json"), default="text", help="text (default) or json")

    p = _command(sub, "redact", "print the redacted text of a PDF, DOCX or text file (no database)",
                 "ingestd redact report.docx", common)
    p.add_argument("file", metavar="FILE", help="PDF, DOCX or UTF-8 text file; '-' reads standard input")
    p.add_argument("--explain", action="store_true",
                   help="instead list each redacted span with its rule and category (shows the original words)")

    _command(sub, "check-config", "validate the configuration and check what fails at 3 a.m.",
             "ingestd --config /etc/ingestd/ingestd.toml check-config", common,
             "Validate the configuration, summarise it, and check the database connection, the archive "
             "keys (a test encryption to each), every registered signing key and the intake secret key.")

    p = _command(sub, "db", "database maintenance: upgrade, current", "ingestd db upgrade", common)
    db_actions = _actions(p, "db_command")
    db_actions.add_parser("upgrade", help="create or migrate the schema to this version of ingestd")
    db_actions.add_parser("current", help="print the schema revision of the database and the one this ingestd needs")

    p = _command(sub, "status", "spool depth and age, last processed, quarantine count, key warnings",
                 "ingestd status --format json", common)
    p.add_argument("--format", type=_choice("text", "json"), default="text", help="text (default) or json")

    p = _command(sub, "quarantine", "held messages: list, show, reprocess, discard",
                 "ingestd quarantine show 1762419600000000000-smtp-3f2a", common)
    q_actions = _actions(p, "q_command")
    q = q_actions.add_parser("list", help="held messages in receipt order, with their reason codes")
    q.add_argument("--format", type=_choice("table", "json"), default="table", help="table (default) or json")
    q = q_actions.add_parser("show", help="one held message and its event history")
    q.add_argument("id", metavar="ID", help="the quarantine ID (the message's intake id)")
    q.add_argument("--format", type=_choice("json", "text"), default="json", help="json (default) or text")
    q = q_actions.add_parser("reprocess", help="send a held original through the pipeline again")
    q.add_argument("id", metavar="ID", help="the quarantine ID")
    q.add_argument("--key-home", type=Path, metavar="DIR",
                   help="GNUPGHOME holding the archive secret key (needed when quarantine is encrypted)")
    q.add_argument("--password-file", type=Path, metavar="FILE",
                   help="file holding the password of a protected attachment (used only by the parser; "
                        "never logged or stored)")
    q = q_actions.add_parser("discard", help="destroy a held original (the intake log keeps its record)")
    q.add_argument("id", metavar="ID", help="the quarantine ID")

    p = _command(sub, "purge", "destroy originals older than [archive] retention_days", "ingestd purge --dry-run",
                 common)
    p.add_argument("--dry-run", action="store_true", help="list what would be destroyed, destroy nothing")

    p = _command(sub, "spool", "the spool: drain what an interrupted run left", "ingestd spool drain", common)
    s_actions = _actions(p, "spool_command")
    s_actions.add_parser("drain", help="process every message waiting in the spool, without the daemon")

    _command(sub, "serve", "run the daemon (SMTP intake, workers, scheduler)", "ingestd serve", common)
    p = _command(sub, "poll", "poll the IMAP mailbox", "ingestd poll --once", common)
    p.add_argument("--once", action="store_true", help="one pass, then exit")

    p = _command(sub, "notices", "outgoing notices (acknowledgements, digests): queued, sent, failed",
                 "ingestd notices list --state failed", common)
    n_actions = _actions(p, "n_command")
    n = n_actions.add_parser("list", help="queued, sending, sent and failed notices (no addresses)")
    from ingestd.storage.notices import STATES as NOTICE_STATES
    n.add_argument("--state", type=_choice(*NOTICE_STATES), action="append", metavar="STATE",
                   help=f"only this state: {', '.join(NOTICE_STATES)} (repeatable)")
    n.add_argument("--format", type=_choice("table", "json"), default="table", help="table (default) or json")
    n_actions.add_parser("send", help="one delivery pass now: hand every due notice to the relay")

    p = _command(sub, "digest", "queue (and send) the team's digest for a day", "ingestd digest --dry-run", common)
    p.add_argument("--dry-run", action="store_true", help="print what would be sent; queue nothing")
    p.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="the digest of that day (default: today, local time)")

    from ingestd.web.commands import add_parsers as add_web_parsers
    add_web_parsers(sub, _command, _actions, _choice, _day, common)
    from ingestd.amend_commands import add_parsers as add_amend_parsers
    add_amend_parsers(sub, _command, _choice, common)
    from ingestd.coredata_commands import add_parsers as add_coredata_parsers
    add_coredata_parsers(sub, _command, _actions, _choice, _day, common)
    from ingestd.summary_commands import add_parser as add_summary_parser
    add_summary_parser(sub, _command, _choice, _day, common)
    return parser


# ---- the translation boundary ---------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        from ingestd.logsetup import configure_logging, install_excepthooks
        configure_logging(_log_level(config, args), config.logging.format)
        install_excepthooks()
        if args.command not in ("redact", "check-config"):
            check_data_dir_owner(config)
        return COMMANDS[args.command](config, args)
    except ConfigError as exc:
        print(f"ingestd: configuration error: {exc}", file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"ingestd: {exc}", file=sys.stderr)
        return 2
    except IngestError as exc:
        print(f"ingestd: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (``head``) has gone: end quietly, and keep Python's exit-time flush quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no content, no traceback
        from ingestd.logsetup import describe_exception
        print(f"ingestd: internal error: {describe_exception(exc)}; see the log, and report it", file=sys.stderr)
        return 1


def _log_level(config: Config, args: argparse.Namespace) -> str:
    """The daemon logs at ``[logging] level``; one-shot commands at WARNING unless asked."""
    if args.command in ("serve", "poll", "web") and not args.verbose and not args.quiet:
        return config.logging.level
    if args.quiet:
        return "ERROR"
    return {0: "WARNING", 1: "INFO"}.get(args.verbose, "DEBUG")


def check_data_dir_owner(config: Config) -> None:
    """Refuse to run as a user who does not own ``data_dir``.

    Run as root, a command would create root-owned spool or quarantine folders that later stop
    the daemon (which runs as ``ingestd``). A missing ``data_dir`` is fine: it is created.
    """
    data_dir = config.storage.data_dir
    try:
        owner = data_dir.stat().st_uid
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UsageError(f"cannot use data_dir {data_dir}: {exc.strerror}") from None
    if owner != os.geteuid():
        raise UsageError(f"{data_dir} belongs to {_user_name(owner)}, not to {_user_name(os.geteuid())}: run ingestd "
                         f"as its owner, e.g. 'runuser -u {_user_name(owner)} -- ingestd ...'")


def _user_name(uid: int) -> str:
    import pwd
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def _services(config: Config, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    """Build the services. Read-only commands never create a database: they say where they looked."""
    from ingestd.service import build_services
    if read_only:
        _require_existing_database(config)
    return build_services(config, create_db=not read_only)


def _require_existing_database(config: Config) -> None:
    from ingestd.storage.db import missing_sqlite_file
    missing = missing_sqlite_file(config.database_url)
    if missing is not None:
        where = f"from {config.source}" if config.source else "with the embedded defaults"
        raise StorageError(f"no database at {missing} (looked there {where}): nothing has been ingested "
                           f"with this configuration; pass --config, or run 'ingestd db upgrade' to create one")


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise IngestError(f"{name}: cannot read: {exc.strerror}") from None


# ---- commands --------------------------------------------------------------------------------

def cmd_ingest(config: Config, args: argparse.Namespace) -> int:
    from ingestd.intake.files import check_message_file
    from ingestd.service import ingest_bytes
    if args.files.count("-") > 1:
        raise UsageError("'-' (standard input) can be given once")
    # Read and check every file first: a document given by mistake refuses the run before
    # anything is spooled, rather than half-way through.
    inputs: list[tuple[str, bytes | None]] = []
    failures = 0
    for name in args.files:
        try:
            raw = _read_input(name)
        except IngestError as exc:
            print(f"ingestd: {exc}", file=sys.stderr)
            inputs.append((name, None))
            failures += 1
            continue
        check_message_file("standard input" if name == "-" else name, raw)
        inputs.append((name, raw))
    services = _services(config)
    tally: Counter[str] = Counter()
    for name, raw in inputs:
        if raw is None:
            tally["unreadable"] += 1
            continue
        try:
            outcome = ingest_bytes(services, raw)
        except IngestError as exc:
            print(f"ingestd: {name}: {exc}", file=sys.stderr)
            tally["failed"] += 1
            failures += 1
            continue
        tally[outcome.status] += 1
        if outcome.reports:
            for report in outcome.reports:
                late = f" ({report.days_late} days late)" if report.timeliness == "late" else ""
                print(f"{name}: {report.reference} {report.doc_type} {report.timeliness}{late}")
        else:
            extra = f" of {','.join(outcome.duplicate_of)}" if outcome.duplicate_of else ""
            print(f"{name}: {outcome.status} {outcome.reason or ''}{extra}".rstrip())
    if not args.quiet:
        print(_summary(len(inputs), tally), file=sys.stderr)
    return 1 if failures else 0


SUMMARY_ORDER = ("filed", "duplicate", "quarantined", "no_report", "queued", "failed", "unreadable")


def _tally_words(tally: Counter[str]) -> list[str]:
    """``["38 filed", "5 quarantined", ...]``: statuses in a fixed order, zero counts left out."""
    parts = [f"{tally[s]} {s.replace('_', ' ')}" for s in SUMMARY_ORDER if tally[s]]
    return parts + [f"{n} {s}" for s, n in sorted(tally.items()) if s not in SUMMARY_ORDER and n]


def _summary(total: int, tally: Counter[str]) -> str:
    """``50 files: 38 filed, 5 quarantined, ...``."""
    return f"{total} file{'s' if total != 1 else ''}: {', '.join(_tally_words(tally)) or 'nothing done'}"


def _parse_bound(value: str | None, tz: ZoneInfo, end: bool) -> datetime | None:
    if value is None:
        return None
    if len(value) == 10:
        day = date.fromisoformat(value)
        if end:
            day += timedelta(days=1)
        return datetime.combine(day, time(0), tz).astimezone(timezone.utc)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(timezone.utc)


def cmd_log(config: Config, args: argparse.Namespace) -> int:
    from ingestd.storage.repository import LogFilter, intake_log
    services = _services(config, read_only=True)
    tz = ZoneInfo(config.deadline.timezone)
    flt = LogFilter(doc_type=args.doc_type, cpc=args.cpc, since=_parse_bound(args.since, tz, False),
                    until=_parse_bound(args.until, tz, True), late=args.late, status=args.status,
                    withdrawn=args.withdrawn)
    entries = intake_log(services.sessions, flt)
    if args.format == "json":
        from ingestd.coredata import attach
        print(json.dumps(attach(services.sessions, config, entries), indent=2))
        return 0
    # "true" where a reviewer changed the report, as the web app's exports write it.
    entries = [{**e, "amended": ("true" if e["amended"] else "false") if e["reference"] else None} for e in entries]
    if args.format == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=LOG_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(entries)
        sys.stdout.write(out.getvalue())
    else:
        print_table(entries, ("reference", "status", "reason", "doc_type", "cpc", "received_at", "ratified_on",
                              "due_by", "timeliness", "days_late", "amended"))
    return 0


def cmd_show(config: Config, args: argparse.Namespace) -> int:
    from ingestd.storage.repository import show_report
    services = _services(config, read_only=True)
    entry = show_report(services.sessions, args.reference)
    if args.format == "json":
        print(json.dumps(entry, indent=2))
        return 0
    for key in LOG_FIELDS:
        if key in ("status", "reason", "amended"):
            continue
        print(f"{key:12} {'' if entry[key] is None else entry[key]}")
    counts = ", ".join(f"{k} {v}" for k, v in entry["redactions"].items() if v) or "none"
    print(f"{'redactions':12} {counts}")
    crypto = entry["crypto"]
    print(f"{'crypto':12} encrypted={crypto['encrypted']} signed={crypto['signed']} verdict={crypto['verdict']}")
    from ingestd.parsers.presentation import describe_source, held_summary
    print(f"{'text from':12} {describe_source(entry)}")
    if entry["held_parts"]:
        print(f"{'warning':12} {held_summary(entry['held_parts'])}")
    from ingestd.amend_commands import print_history
    print_history(entry)
    print()
    print(entry["text"])
    return 0


def cmd_redact(config: Config, args: argparse.Namespace) -> int:
    from ingestd import parsers, redaction
    from ingestd.errors import ParseError
    name = "standard input" if args.file == "-" else args.file
    try:
        data = _read_input(args.file)
    except IngestError as exc:
        raise UsageError(str(exc)) from None
    kind = parsers.sniff(data)
    if kind is None or kind == "zip":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"{name}: not a PDF, DOCX or UTF-8 text file") from None
    else:
        try:
            text = parsers.extract_text(data, kind, config.pipeline).text
        except ParseError as exc:
            raise UsageError(f"{name}: cannot extract text: {exc.reason}") from None
    result = redaction.redact(text)
    if args.explain:
        from ingestd.redaction.explain import explain
        sys.stdout.write(explain(text, result))
        return 0
    sys.stdout.write(result.text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_check_config(config: Config, args: argparse.Namespace) -> int:
    from ingestd.checks import run_checks
    source = str(config.source) if config.source else "embedded defaults"
    print(f"configuration: {source}: OK")
    print(f"data dir: {config.storage.data_dir}")
    print(f"database: {config.database_url.split('@')[-1] if '@' in config.database_url else config.database_url}")
    print(f"committee directory: {len(config.cpcs)} committees"
          f"{' (built in)' if config.cpcs_built_in else ' (from the [[cpc]] list in the file)'}")
    print(f"SMTP: {config.smtp.listen} tls={'required' if config.smtp.tls_required else 'off (loopback only)'}")
    print(f"IMAP: {'on' if config.imap.enabled else 'off'}")
    print(f"OpenPGP home: {config.gpg.home or 'none (encrypted mail will be quarantined)'}")
    from ingestd.parsers.presentation import capabilities
    for line in capabilities(config.pipeline):
        print(line)
    print(f"metrics: {config.metrics.listen or 'off'}")
    print(f"notices: {_notices_summary(config)}")
    problems = 0
    for check in run_checks(config):
        print(f"{check.level}: {check.message}")
        problems += check.level == "error"
    if problems:
        print(f"ingestd: check-config found {problems} error(s)", file=sys.stderr)
        return 1
    return 0


def _notices_summary(config: Config) -> str:
    notify = config.notify
    if not notify.enabled:
        return "off (no [notify] smarthost)"
    parts = [f"via {notify.smarthost} ({notify.security})"]
    if notify.acknowledge or any(c.acknowledge for c in config.cpcs):
        parts.append("acknowledgements on")
    if notify.team_address:
        parts.append(f"digest at {notify.digest_time} on working days")
    return "; ".join(parts)


def cmd_db(config: Config, args: argparse.Namespace) -> int:
    from ingestd.storage.db import current_revision, head_revision, make_engine, upgrade
    engine = make_engine(config.database_url)
    if args.db_command == "current":
        current, head = current_revision(engine), head_revision()
        state = "up to date" if current == head else "run 'ingestd db upgrade'"
        print(f"database at revision {current or 'none (empty)'}; this ingestd needs {head}: {state}")
        return 0
    before, after = upgrade(engine)
    if before == after:
        print(f"database already at revision {after}")
    else:
        print(f"database upgraded from {before or 'empty'} to {after}")
    return 0


def cmd_status(config: Config, args: argparse.Namespace) -> int:
    from ingestd.status import collect_status
    services = _services(config, read_only=True)
    status = collect_status(services)
    if args.format == "json":
        print(json.dumps(status, indent=2))
        return 0
    for key, value in status.items():
        if isinstance(value, list):
            print(f"{key}: {len(value) or 'none'}")
            for item in value:
                print(f"  warning: {item}")
        else:
            print(f"{key}: {'-' if value is None else value}")
    return 0


def cmd_quarantine(config: Config, args: argparse.Namespace) -> int:
    from ingestd import quarantine_ops
    services = _services(config, read_only=args.q_command in ("list", "show"))
    return quarantine_ops.run(services, args)


def cmd_purge(config: Config, args: argparse.Namespace) -> int:
    from ingestd.retention import purge
    services = _services(config)
    destroyed = purge(services, dry_run=args.dry_run)
    if args.dry_run:
        for item in destroyed:
            print(f"would destroy {item}")
        print(f"{len(destroyed)} original(s) older than {config.archive.retention_days} days would be destroyed")
    else:
        print(f"destroyed {len(destroyed)} original(s) older than {config.archive.retention_days} days")
    return 0


def cmd_spool(config: Config, args: argparse.Namespace) -> int:
    from ingestd.service import process_pending
    services = _services(config)
    outcomes = process_pending(services)
    for outcome in outcomes:
        refs = " ".join(r.reference for r in outcome.reports)
        print(f"{outcome.intake.intake_id}: {outcome.status} {outcome.reason or ''} {refs}".rstrip().replace("  ", " "))
    if not args.quiet:
        parts = _tally_words(Counter(o.status for o in outcomes))
        print(f"spool drained: {len(outcomes)} message(s){': ' + ', '.join(parts) if parts else ''}", file=sys.stderr)
    return 0


def cmd_serve(config: Config, args: argparse.Namespace) -> int:
    from ingestd.daemon import serve
    return serve(config)


def cmd_poll(config: Config, args: argparse.Namespace) -> int:
    from ingestd.intake.imap import poll_command
    return poll_command(config, once=args.once)


def cmd_notices(config: Config, args: argparse.Namespace) -> int:
    from ingestd.outbound.commands import notices_command
    return notices_command(config, args)


def cmd_digest(config: Config, args: argparse.Namespace) -> int:
    from ingestd.outbound.commands import digest_command
    return digest_command(config, args)


def cmd_web(config: Config, args: argparse.Namespace) -> int:
    from ingestd.web.commands import web_command
    return web_command(config, args)


def cmd_user(config: Config, args: argparse.Namespace) -> int:
    from ingestd.web.commands import user_command
    return user_command(config, args)


def cmd_summary(config: Config, args: argparse.Namespace) -> int:
    from ingestd.summary_commands import summary_command
    return summary_command(config, args)


def cmd_audit(config: Config, args: argparse.Namespace) -> int:
    from ingestd.web.commands import audit_command
    return audit_command(config, args)


def cmd_amend(config: Config, args: argparse.Namespace) -> int:
    from ingestd.amend_commands import amend_command
    return amend_command(config, args)


def cmd_withdraw(config: Config, args: argparse.Namespace) -> int:
    from ingestd.amend_commands import withdraw_command
    return withdraw_command(config, args)
def cmd_coredata(config: Config, args: argparse.Namespace) -> int:
    from ingestd.coredata_commands import coredata_command
    return coredata_command(config, args)


COMMANDS: dict[str, Callable[[Config, argparse.Namespace], int]] = {
    "ingest": cmd_ingest,
    "log": cmd_log,
    "show": cmd_show,
    "redact": cmd_redact,
    "check-config": cmd_check_config,
    "db": cmd_db,
    "status": cmd_status,
    "quarantine": cmd_quarantine,
    "purge": cmd_purge,
    "spool": cmd_spool,
    "serve": cmd_serve,
    "poll": cmd_poll,
    "notices": cmd_notices,
    "digest": cmd_digest,
    "web": cmd_web,
    "user": cmd_user,
    "audit": cmd_audit,
    "amend": cmd_amend,
    "withdraw": cmd_withdraw,
    "coredata": cmd_coredata,
    "summary": cmd_summary,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
