"""The ``ingestd`` command: one entry point, subcommands for operators and reviewers.

Errors end in one line on stderr that a person can act on, never a traceback:
configuration errors exit 2, other failures exit 1.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from ingestd.config import Config, load_config
from ingestd.errors import ConfigError, IngestError, UsageError

log = logging.getLogger("ingestd.cli")

LOG_FIELDS = ("reference", "status", "reason", "doc_type", "cpc", "received_at", "ratified_on", "due_by",
              "timeliness", "days_late", "decision", "channel")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line plus a hint, exit 2 (argparse convention)
        self.exit(2, f"ingestd: {message} (see 'ingestd --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ingestd", description="Secure intake of Child Protection Committee case-review reports.")
    parser.add_argument("--config", metavar="PATH", help="TOML configuration file (default: $INGESTD_CONFIG, "
                                                         "else embedded defaults)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("ingest", help="take .eml message files through the pipeline")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")

    p = sub.add_parser("log", help="the intake log (filed reports and messages without one)")
    p.add_argument("--type", dest="doc_type", choices=("ICR", "SCR", "LR"))
    p.add_argument("--cpc", help="CPC name or part of it (case-insensitive)")
    p.add_argument("--since", help="YYYY-MM-DD (local date, inclusive) or ISO 8601 time")
    p.add_argument("--until", help="YYYY-MM-DD (local date, inclusive) or ISO 8601 time")
    p.add_argument("--late", action="store_true", help="only reports received after their due date")
    p.add_argument("--status", choices=("filed", "duplicate", "quarantined", "no_report"))
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = sub.add_parser("show", help="one filed report, with its redacted text")
    p.add_argument("reference")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("redact", help="print the redacted text of a PDF, DOCX or text file (no database)")
    p.add_argument("file", type=Path)

    sub.add_parser("check-config", help="validate the configuration and say what it means")

    p = sub.add_parser("db", help="database maintenance")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    dbsub.required = True
    dbsub.add_parser("upgrade", help="create or migrate the schema to this version")

    p = sub.add_parser("status", help="spool depth, oldest spooled message, last processed, quarantine count")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("quarantine", help="list, inspect, reprocess or discard quarantined messages")
    qsub = p.add_subparsers(dest="q_command", metavar="ACTION", parser_class=_Parser)
    qsub.required = True
    q = qsub.add_parser("list")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q = qsub.add_parser("show")
    q.add_argument("id")
    q = qsub.add_parser("reprocess")
    q.add_argument("id")
    q.add_argument("--key-home", type=Path, metavar="DIR",
                   help="GNUPGHOME holding the archive secret key (needed when quarantine is encrypted)")
    q.add_argument("--password-file", type=Path, metavar="FILE",
                   help="file holding the password of a protected attachment (used only by the parser; "
                        "never logged or stored)")
    q = qsub.add_parser("discard")
    q.add_argument("id")

    sub.add_parser("purge", help="destroy originals older than [archive] retention_days")

    p = sub.add_parser("serve", help="run the daemon (SMTP intake, workers, scheduler)")
    p = sub.add_parser("poll", help="poll the IMAP mailbox")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        from ingestd.logsetup import configure_logging, install_excepthooks
        configure_logging(config.logging.level)
        install_excepthooks()
        return COMMANDS[args.command](config, args)
    except ConfigError as exc:
        print(f"ingestd: configuration error: {exc}", file=sys.stderr)
        return 2
    except IngestError as exc:
        print(f"ingestd: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, no content, no traceback
        from ingestd.logsetup import describe_exception
        print(f"ingestd: internal error: {describe_exception(exc)}; see the log, and report it", file=sys.stderr)
        return 1


def _services(config: Config):  # type: ignore[no-untyped-def]
    from ingestd.service import build_services
    return build_services(config)


# ---- commands --------------------------------------------------------------------------------

def cmd_ingest(config: Config, args: argparse.Namespace) -> int:
    from ingestd.service import ingest_path
    services = _services(config)
    failures = 0
    for path in args.files:
        try:
            outcome = ingest_path(services, path)
        except IngestError as exc:
            print(f"ingestd: {exc}", file=sys.stderr)
            failures += 1
            continue
        if outcome.reports:
            for report in outcome.reports:
                late = f" ({report.days_late} days late)" if report.timeliness == "late" else ""
                print(f"{path}: {report.reference} {report.doc_type} {report.timeliness}{late}")
        else:
            extra = f" of {','.join(outcome.duplicate_of)}" if outcome.duplicate_of else ""
            print(f"{path}: {outcome.status} {outcome.reason or ''}{extra}".rstrip())
    return 1 if failures else 0


def _parse_bound(value: str | None, tz: ZoneInfo, end: bool) -> datetime | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            if end:
                day += timedelta(days=1)
            return datetime.combine(day, time(0), tz).astimezone(timezone.utc)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"not a date: {value!r} (use YYYY-MM-DD or ISO 8601)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(timezone.utc)


def cmd_log(config: Config, args: argparse.Namespace) -> int:
    from ingestd.storage.repository import LogFilter, intake_log
    services = _services(config)
    tz = ZoneInfo(config.deadline.timezone)
    flt = LogFilter(doc_type=args.doc_type, cpc=args.cpc, since=_parse_bound(args.since, tz, False),
                    until=_parse_bound(args.until, tz, True), late=args.late, status=args.status)
    entries = intake_log(services.sessions, flt)
    if args.format == "json":
        print(json.dumps(entries, indent=2))
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=LOG_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(entries)
        sys.stdout.write(out.getvalue())
    else:
        _print_table(entries, ("reference", "status", "reason", "doc_type", "cpc", "received_at", "ratified_on",
                               "due_by", "timeliness", "days_late"))
    return 0


def _print_table(rows: list[dict], columns: Sequence[str]) -> None:
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    if not rows:
        print("(no entries)")


def cmd_show(config: Config, args: argparse.Namespace) -> int:
    from ingestd.storage.repository import show_report
    services = _services(config)
    entry = show_report(services.sessions, args.reference)
    if args.format == "json":
        print(json.dumps(entry, indent=2))
        return 0
    for key in LOG_FIELDS:
        if key in ("status", "reason"):
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
    print()
    print(entry["text"])
    return 0


def cmd_redact(config: Config, args: argparse.Namespace) -> int:
    from ingestd import parsers
    from ingestd import redaction
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UsageError(f"{args.file}: cannot read: {exc.strerror}") from None
    kind = parsers.sniff(data)
    if kind is None or kind == "zip":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"{args.file}: not a PDF, DOCX or UTF-8 text file") from None
    else:
        from ingestd.errors import ParseError
        try:
            text = parsers.extract_text(data, kind, config.pipeline).text
        except ParseError as exc:
            raise UsageError(f"{args.file}: cannot extract text: {exc.reason}") from None
    sys.stdout.write(redaction.redact(text).text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_check_config(config: Config, args: argparse.Namespace) -> int:
    source = str(config.source) if config.source else "embedded defaults"
    print(f"configuration: {source}: OK")
    print(f"data dir: {config.storage.data_dir}")
    print(f"database: {config.database_url.split('@')[-1] if '@' in config.database_url else config.database_url}")
    print(f"CPC directory: {len(config.cpcs)} committees")
    print(f"SMTP: {config.smtp.listen} tls={'required' if config.smtp.tls_required else 'off (loopback only)'}")
    print(f"IMAP: {'on' if config.imap.enabled else 'off'}")
    print(f"OpenPGP home: {config.gpg.home or 'none (encrypted mail will be quarantined)'}")
    from ingestd.parsers.presentation import capabilities
    for line in capabilities(config.pipeline):
        print(line)
    if not config.archive.recipients:
        print("warning: [archive] recipients is empty: quarantined originals are kept as plaintext (mode 0600) "
              "and filed originals are not archived")
    return 0


def cmd_db(config: Config, args: argparse.Namespace) -> int:
    from ingestd.storage.db import make_engine, upgrade
    before, after = upgrade(make_engine(config.database_url))
    if before == after:
        print(f"database already at revision {after}")
    else:
        print(f"database upgraded from {before or 'empty'} to {after}")
    return 0


def cmd_status(config: Config, args: argparse.Namespace) -> int:
    from ingestd.status import collect_status
    services = _services(config)
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
    services = _services(config)
    return quarantine_ops.run(services, args)


def cmd_purge(config: Config, args: argparse.Namespace) -> int:
    from ingestd.retention import purge
    services = _services(config)
    destroyed = purge(services)
    print(f"destroyed {len(destroyed)} original(s) older than {config.archive.retention_days} days")
    return 0


def cmd_serve(config: Config, args: argparse.Namespace) -> int:
    from ingestd.daemon import serve
    return serve(config)


def cmd_poll(config: Config, args: argparse.Namespace) -> int:
    from ingestd.intake.imap import poll_command
    return poll_command(config, once=args.once)


COMMANDS = {
    "ingest": cmd_ingest,
    "log": cmd_log,
    "show": cmd_show,
    "redact": cmd_redact,
    "check-config": cmd_check_config,
    "db": cmd_db,
    "status": cmd_status,
    "quarantine": cmd_quarantine,
    "purge": cmd_purge,
    "serve": cmd_serve,
    "poll": cmd_poll,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
