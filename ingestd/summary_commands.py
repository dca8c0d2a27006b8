"""``ingestd summary --from D --to D --format table|csv|json|html``: the periodic summary.

The same ``build_summary`` serves the command and the web app (``/summary``), so both show the
same figures for the same period.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from ingestd.config.schema import Config
from ingestd.errors import UsageError
from ingestd.summary import Summary, last_full_quarter, summarise
from ingestd.summary_render import RENDERERS

FORMATS = tuple(RENDERERS)


def committee_kinds(config: Config) -> dict[str, str]:
    """Committee name -> CPC, APC or PPC, from the directory."""
    return {entry.name: entry.kind for entry in config.cpcs}


def build_summary(config: Config, sessions: Any, from_day: date, to_day: date) -> Summary:
    from ingestd.web.present import DECISION_WORDS, TIMELINESS_WORDS, TYPE_NAMES_ALL
    return summarise(sessions, from_day, to_day, config.summary.min_cell, zone=config.deadline.timezone,
                     kinds=committee_kinds(config), coredata=config.coredata, type_names=TYPE_NAMES_ALL,
                     decision_words=DECISION_WORDS, timeliness_words=TIMELINESS_WORDS)


def period(from_day: date | None, to_day: date | None, today: date) -> tuple[date, date]:
    """Both days as given, or the last full quarter when neither is; one alone is a usage error
    (half a period is more likely a slip than a wish)."""
    if from_day is None and to_day is None:
        return last_full_quarter(today)
    if from_day is None or to_day is None:
        raise UsageError("give the period's first and last day together (--from and --to, or from= and to=)")
    return from_day, to_day


def add_parser(sub: argparse._SubParsersAction, command: Callable[..., argparse.ArgumentParser],
               choice: Callable[..., Callable[[str], str]], day: Callable[[str], date],
               common: argparse.ArgumentParser) -> None:
    p = command(sub, "summary", "the periodic summary: counts safe to send on (small numbers shown as <5)",
                "ingestd summary --from 2026-07-01 --to 2026-09-30 --format html > q3.html", common,
                "Counts by committee, type, ICR decision, timeliness, harm and themes for the reports received "
                "in a period (local dates, both included), with counts below [summary] min_cell shown as '<5'. "
                "No text from any report. Without --from and --to: the last full calendar quarter.")
    p.add_argument("--from", dest="from_day", type=day, metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="to_day", type=day, metavar="YYYY-MM-DD", help="last day of the period")
    p.add_argument("--format", type=choice(*FORMATS), default="table",
                   help="table (default), csv, json, or html (a printable page; print it to PDF)")


def summary_command(config: Config, args: argparse.Namespace) -> int:
    from ingestd.cli import _services
    from_day, to_day = period(args.from_day, args.to_day, datetime.now(ZoneInfo(config.deadline.timezone)).date())
    services = _services(config, read_only=True)
    summary = build_summary(config, services.sessions, from_day, to_day)
    sys.stdout.write(RENDERERS[args.format](summary))
    return 0
