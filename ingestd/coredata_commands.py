"""``ingestd coredata show|set|export``: the anonymised core data set on the command line.

Every ``set`` is recorded in the access audit as ``coredata`` under the account
``cli:<os user>`` (address ``cli``), the same record the web form writes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from ingestd import coredata
from ingestd.config.schema import Config
from ingestd.storage import accounts as store
from ingestd.tables import print_table
from ingestd.times import utc_z


def cli_user() -> str:
    import pwd
    try:
        return f"cli:{pwd.getpwuid(os.geteuid()).pw_name}"
    except KeyError:
        return f"cli:uid {os.geteuid()}"


def _db(config: Config):  # type: ignore[no-untyped-def]
    from ingestd.storage.db import open_database
    return open_database(config.database_url, create=False)


def _bound(value: date | None, zone: ZoneInfo, end: bool) -> datetime | None:
    if value is None:
        return None
    return datetime.combine(value + timedelta(days=1) if end else value, time(0), zone).astimezone(timezone.utc)


def coredata_command(config: Config, args: argparse.Namespace) -> int:
    sm = _db(config)
    if args.cd_command == "show":
        values = coredata.read(sm, config, args.reference)
        if args.format == "json":
            print(json.dumps([v.as_json() for v in values], indent=2))
            return 0
        rows = [{"field": v.field, "value": coredata.display(v.value), "source": v.source,
                 "by": f"{v.username}, {utc_z(v.at)}" if v.source == "reviewer" else (v.evidence or "")}
                for v in values]
        print_table(rows, ("field", "value", "source", "by"))
        return 0
    if args.cd_command == "set":
        value = coredata.parse_value(config, args.field, args.values)
        user = cli_user()
        changed = coredata.set_values(sm, config, args.reference, {args.field: value}, user)
        reference = args.reference.upper()
        store.audit(sm, "coredata", username=user, address="cli", target=reference,
                    detail=f"set {', '.join(changed)}" if changed else "unchanged")
        if not args.quiet:
            print(f"{reference}: {args.field} = {coredata.display(value) or '(none)'}"
                  + ("" if changed else " (unchanged)"), file=sys.stderr)
        return 0
    zone = ZoneInfo(config.deadline.timezone)
    rows = coredata.export_rows(sm, config, since=_bound(args.since, zone, False), until=_bound(args.until, zone, True))
    if args.format == "json":
        print(json.dumps(rows, indent=2))
    else:
        sys.stdout.write(to_csv(rows))
    return 0


def to_csv(rows: list[dict]) -> str:
    """One line per report: reference, every field (lists joined with '; '), then each source."""
    from ingestd.web.exports import _safe_text
    names = [f.name for f in coredata.FIELDS]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["reference", *names, *(f"{n}_source" for n in names)])
    for row in rows:
        writer.writerow([_safe_text(v) for v in [row["reference"], *(coredata.display(row[n]) for n in names),
                                                  *(row["sources"][n] for n in names)]])
    return out.getvalue()


def add_parsers(sub: argparse._SubParsersAction, command, actions, choice, day, common) -> None:  # type: ignore[no-untyped-def]
    """``coredata``'s arguments (called from ``ingestd.cli.build_parser``)."""
    p = command(sub, "coredata", "the anonymised core data set: show, set, export",
                "ingestd coredata set ICR-2026-0001 harm neglect physical", common)
    actions_ = actions(p, "cd_command")
    a = actions_.add_parser("show", help="one report's core data: each value, automatic (with its rule) or a reviewer's")
    a.add_argument("reference")
    a.add_argument("--format", type=choice("table", "json"), default="table", help="table (default) or json")
    a = actions_.add_parser("set", help="set a field (audited as cli:<your user>); 'none' clears it")
    a.add_argument("reference")
    a.add_argument("field", type=choice(*coredata.FIELD_BY_NAME), help="a field of the core data set")
    a.add_argument("values", nargs="*", metavar="VALUE", help="the value, or several for a list field")
    a = actions_.add_parser("export", help="every filed report's core data, oldest first")
    a.add_argument("--format", type=choice("csv", "json"), default="csv", help="csv (default) or json")
    a.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="received from this local date")
    a.add_argument("--until", type=day, metavar="YYYY-MM-DD", help="received up to and including this local date")
