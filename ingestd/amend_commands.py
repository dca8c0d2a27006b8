"""``ingestd amend`` and ``ingestd withdraw``: a reviewer's corrections from the command line.

They call the same service functions as the web app's forms (``storage.amendments``) and are
audited like them. The person is recorded as ``cli:<operating-system user>``
(``getpass.getuser()``: ``LOGNAME``/``USER``, else the account of the process), so the history
tells a change made on the server from one made in the web app under an account name.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from ingestd.config.schema import DOC_TYPES, Config
from ingestd.storage import accounts as store
from ingestd.storage.amendments import AMENDABLE, DECISIONS, amend, describe, withdraw

#: option dest -> amendable field
OPTION_FIELDS = {"ratified_on": "ratified_on", "doc_type": "doc_type", "cpc": "cpc", "decision": "decision",
                 "received_at": "received_at"}


def cli_user() -> str:
    return f"cli:{getpass.getuser()}"[:64]


def _sessions(config: Config):  # type: ignore[no-untyped-def]
    from ingestd.cli import _require_existing_database
    from ingestd.storage.db import open_database
    _require_existing_database(config)
    return open_database(config.database_url, create=False)


def amend_command(config: Config, args: argparse.Namespace) -> int:
    sessions = _sessions(config)
    user = cli_user()
    changes = {name: getattr(args, dest) for dest, name in OPTION_FIELDS.items() if getattr(args, dest) is not None}
    done = amend(sessions, args.reference, changes, args.reason, user, config=config)
    reference = args.reference.strip().upper()
    store.audit(sessions, "amend", username=user, address="cli", target=reference, detail=describe(done))
    from ingestd.storage.repository import show_report
    entry = show_report(sessions, reference)
    for change in done:
        print(f"{reference} {change.field}: {change.old or 'unknown'} -> {change.new or 'unknown'}")
    if not args.quiet:
        print(_deadline_line(entry), file=sys.stderr)
    return 0


def _deadline_line(entry: dict[str, Any]) -> str:
    if entry["timeliness"] == "unknown":
        return f"{entry['reference']}: ratification date unknown, so no due date"
    late = f", {entry['days_late']} day{'s' if entry['days_late'] != 1 else ''} late" \
        if entry["timeliness"] == "late" else ""
    return f"{entry['reference']}: due {entry['due_by']}, {entry['timeliness'].replace('_', ' ')}{late}"


def withdraw_command(config: Config, args: argparse.Namespace) -> int:
    sessions = _sessions(config)
    user = cli_user()
    reference = withdraw(sessions, args.reference, args.reason, user)
    store.audit(sessions, "withdraw", username=user, address="cli", target=reference)
    if not args.quiet:
        print(f"{reference} withdrawn: it no longer appears in the log, search, exports or summaries "
              f"('ingestd log --withdrawn' lists it)", file=sys.stderr)
    return 0


def add_parsers(sub: argparse._SubParsersAction, command, choice, common) -> None:  # type: ignore[no-untyped-def]
    """The two commands' arguments (called from ``ingestd.cli.build_parser``)."""
    p = command(sub, "amend", "correct a filed report: ratification date, type, committee, decision, receipt",
                'ingestd amend LR-2026-0001 --ratified-on 2026-07-28 --reason "date in the minute of the COG"', common,
                "Change fields of a filed report. The engine's value is kept beside yours, the change\n"
                "(who, when, old, new, why) goes into the report's history ('ingestd show REF'), and the\n"
                "due date and timeliness are worked out again. 'unknown' sets the ratification date, the\n"
                "committee or the decision back to not known.")
    p.add_argument("reference", metavar="REF", help="a reference number such as ICR-2026-0001")
    p.add_argument("--ratified-on", dest="ratified_on", metavar="YYYY-MM-DD",
                   help=f"the date the Chief Officers Group ratified the outcome ({AMENDABLE['ratified_on'].label})")
    p.add_argument("--type", dest="doc_type", type=choice(*DOC_TYPES), metavar="TYPE",
                   help=f"the document kind: {', '.join(DOC_TYPES)} (the reference number stays as it is)")
    p.add_argument("--cpc", metavar="NAME", help="the committee, as named in the configuration ([[cpc]] name)")
    p.add_argument("--decision", metavar="DECISION", help=f"an ICR's decision: {', '.join(DECISIONS)} or unknown")
    p.add_argument("--received-at", dest="received_at", metavar="WHEN",
                   help="when the report reached the team: an ISO 8601 time (local time without an offset) "
                        "or a date (the start of that local day)")
    p.add_argument("--reason", required=True, help="why: kept with the history (no names, please)")

    p = command(sub, "withdraw", "withdraw a report filed by mistake (hidden from the log; kept in the audit)",
                'ingestd withdraw ICR-2026-0004 --reason "sent to us by mistake, the committee asked"', common)
    p.add_argument("reference", metavar="REF", help="a reference number such as ICR-2026-0001")
    p.add_argument("--reason", required=True, help="why: kept with the history")


def print_history(entry: dict[str, Any]) -> None:
    """``ingestd show``'s lines about corrections: amended, withdrawn, checked, and the history."""
    if entry.get("amended"):
        machine = ", ".join(f"{k} {v or 'unknown'}" for k, v in sorted(entry["machine_values"].items())
                            if k in AMENDABLE)
        print(f"{'amended':12} yes (the engine filed: {machine})")
    if entry.get("withdrawn"):
        print(f"{'withdrawn':12} yes: hidden from the log, search and exports")
    if entry.get("redaction_checked_by"):
        print(f"{'checked':12} redaction checked by {entry['redaction_checked_by']} at "
              f"{entry['redaction_checked_at']}")
    if not entry.get("history"):
        return
    print("history")
    for row in entry["history"]:
        change = f"{row['old_value'] or 'unknown'} -> {row['new_value'] or 'unknown'}" \
            if row["field"] in AMENDABLE else (row["new_value"] or "")
        because = f"  ({row['reason']})" if row["reason"] else ""
        print(f"  {row['at']}  {row['username']}  {row['field']}: {change}{because}")
