"""``ingestd notices list|send`` and ``ingestd digest``: the CLI side of the notice queue."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from ingestd.config.schema import Config

from ingestd.errors import ConfigError
from ingestd.outbound import deliver, digest
from ingestd.storage import notices

if TYPE_CHECKING:
    from ingestd.service import Services

LIST_COLUMNS = ("id", "kind", "state", "attempts", "created_at", "next_attempt_at", "last_code", "summary")


def add_arguments(sub: argparse._SubParsersAction, parser_class: type) -> None:  # type: ignore[type-arg]
    """Register ``notices`` and ``digest`` on the CLI's subparsers."""
    p = sub.add_parser("notices", help="outgoing notices: what is queued, sent and failed")
    nsub = p.add_subparsers(dest="n_command", metavar="ACTION", parser_class=parser_class)
    nsub.required = True
    n = nsub.add_parser("list", help="queued, sending, sent and failed notices (no addresses)")
    n.add_argument("--state", choices=notices.STATES, action="append",
                   help="only this state (repeatable)")
    n.add_argument("--format", choices=("table", "json"), default="table")
    nsub.add_parser("send", help="one delivery pass now: hand every due notice to the relay")

    p = sub.add_parser("digest", help="queue (and send) the team's digest for today")
    p.add_argument("--dry-run", action="store_true", help="print what would be sent; queue nothing")
    p.add_argument("--date", type=_day, help="YYYY-MM-DD: the digest of that day (default: today, local time)")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _not_configured(config: Config, what: str) -> ConfigError:
    return ConfigError(f"{config.source or 'embedded defaults'}: [notify] {what}")


def _services(config: Config) -> Services:
    from ingestd.service import build_services
    return build_services(config)


def notices_command(config: Config, args: argparse.Namespace) -> int:
    if args.n_command == "send" and not config.notify.enabled:
        raise _not_configured(config, "smarthost: not set, so there is no relay to send through")
    services = _services(config)
    if args.n_command == "send":
        report = deliver.deliver_due(services)
        print(f"sent {len(report.sent)}, deferred {len(report.deferred)}, failed {len(report.failed)}")
        return 0
    rows = notices.listing(services.sessions, tuple(args.state or notices.STATES))
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no notices")
        return 0
    table = [[("" if row[c] is None else str(row[c])) for c in LIST_COLUMNS] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in table)) for i, c in enumerate(LIST_COLUMNS)]
    print("  ".join(c.ljust(w) for c, w in zip(LIST_COLUMNS, widths)).rstrip())
    for r in table:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    return 0


def digest_command(config: Config, args: argparse.Namespace) -> int:
    if not args.dry_run and (not config.notify.enabled or not config.notify.team_address):
        raise _not_configured(config, "team_address: smarthost and team_address must be set to send the digest "
                                      "(--dry-run shows it without them)")
    services = _services(config)
    today = args.date or digest.local_today(services)
    if args.dry_run:
        found = digest.collect(services, today)
        if found.empty:
            print(f"digest for {today}: nothing to report; nothing would be sent")
            return 0
        rendered = digest.render(services, found)
        to = config.notify.team_address or "(no [notify] team_address set)"
        print(f"To: {to}\nSubject: {rendered.subject}\n\n{rendered.body}", end="")
        return 0
    print(digest.queue_digest(services, today))
    report = deliver.deliver_due(services)
    if report.sent or report.deferred or report.failed:
        print(f"sent {len(report.sent)}, deferred {len(report.deferred)}, failed {len(report.failed)}")
    return 0
