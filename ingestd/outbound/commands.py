"""``ingestd notices list|send`` and ``ingestd digest``: the CLI side of the notice queue."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from ingestd.config.schema import Config

from ingestd.errors import ConfigError
from ingestd.outbound import deliver, digest
from ingestd.storage import notices
from ingestd.tables import print_table

if TYPE_CHECKING:
    from ingestd.service import Services

LIST_COLUMNS = ("id", "kind", "state", "attempts", "created_at", "next_attempt_at", "last_code", "summary")


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
    print_table(rows, LIST_COLUMNS, empty="no notices")
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
