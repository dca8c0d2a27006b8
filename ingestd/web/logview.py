"""The intake log as the web app shows it: filters from the query string, counts, pages.

The entries are ``ingestd log``'s (``storage.repository.intake_log``), so the page, the
exports, ``/api/log`` and the CLI cannot disagree. Filters are query parameters, so a filtered
view can be bookmarked:

    type, committee, status, timeliness, decision     exact values (``none`` for "not set")
    received_from, received_to, ratified_from, ratified_to
                                                     dates (YYYY-MM-DD), inclusive, receipt
                                                     judged by the local date ([deadline] timezone)
    page                                             1, 2, ...

``/api/log`` also takes the CLI's names: ``cpc`` (substring, as ``--cpc``), ``since``,
``until``, ``late``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any, Iterable, Mapping
from zoneinfo import ZoneInfo

from ingestd.errors import UsageError

#: facet -> the entry field it filters on, and the label shown.
FACETS: dict[str, tuple[str, str]] = {
    "type": ("doc_type", "Type"),
    "committee": ("cpc", "Committee"),
    "status": ("status", "Status"),
    "timeliness": ("timeliness", "Timeliness"),
    "decision": ("decision", "Decision"),
}
NONE = "none"
DATE_BOUNDS = ("received_from", "received_to", "ratified_from", "ratified_to")


@dataclass(frozen=True)
class LogQuery:
    type: str | None = None
    committee: str | None = None
    status: str | None = None
    timeliness: str | None = None
    decision: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    ratified_from: date | None = None
    ratified_to: date | None = None
    cpc_contains: str | None = None
    page: int = 1

    @classmethod
    def from_params(cls, params: Mapping[str, str], *, cli_names: bool = False) -> "LogQuery":
        values: dict[str, Any] = {}
        for name in FACETS:
            value = (params.get(name) or "").strip()
            if value:
                values[name] = value[:200]
        for name in DATE_BOUNDS:
            value = (params.get(name) or "").strip()
            if value:
                values[name] = _date(name, value)
        if cli_names:
            if params.get("cpc"):
                values["cpc_contains"] = params["cpc"].strip()[:200]
            if params.get("since"):
                values["received_from"] = _date("since", params["since"].strip())
            if params.get("until"):
                values["received_to"] = _date("until", params["until"].strip())
            if (params.get("late") or "").lower() in ("1", "true", "yes", "on"):
                values["timeliness"] = "late"
        if "type" in values:
            values["type"] = values["type"].upper()
        values["page"] = page_number(params)
        return cls(**values)

    def params(self, **changes: Any) -> dict[str, str]:
        """The query string of this view (with ``changes``), for links; page 1 is left out."""
        query = replace(self, **changes) if changes else self
        out: dict[str, str] = {}
        for f in fields(query):
            value = getattr(query, f.name)
            if value is None or (f.name == "page" and value == 1) or f.name == "cpc_contains":
                continue
            out[f.name] = value.isoformat() if isinstance(value, date) else str(value)
        return out

    @property
    def active(self) -> bool:
        return any(v for k, v in self.params().items() if k != "page")


WHOLE_NUMBER = re.compile(r"[0-9]{1,6}")  # ASCII digits only: str.isdigit() also takes '²', which int() refuses


def whole_number(params: Mapping[str, str], name: str, default: int, *, least: int = 1) -> int:
    """An integer query value, strictly: 1 to 6 ASCII digits and at least ``least``, else a
    UsageError (a 400 page), never an exception from int()."""
    text = params.get(name)
    if text is None or text == "":
        return default
    if not WHOLE_NUMBER.fullmatch(text) or int(text) < least:
        raise UsageError(f"{name} must be a whole number from {least} to 999999")
    return int(text)


def page_number(params: Mapping[str, str]) -> int:
    return whole_number(params, "page", 1)


def _date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name}: expected a date like 2026-11-03, not {value[:30]!r}") from None


def received_on(entry: Mapping[str, Any], zone: ZoneInfo) -> date:
    moment = datetime.fromisoformat(entry["received_at"].replace("Z", "+00:00"))
    return moment.astimezone(zone).date()


def with_local_dates(entries: Iterable[dict[str, Any]], zone: ZoneInfo) -> list[dict[str, Any]]:
    """The entries with ``received_on``: the local calendar date the deadline is judged by."""
    return [{**entry, "received_on": received_on(entry, zone).isoformat()} for entry in entries]


def _facet_value(entry: Mapping[str, Any], facet: str) -> str:
    value = entry.get(FACETS[facet][0])
    return NONE if value in (None, "") else str(value)


def matches(entry: Mapping[str, Any], query: LogQuery, *, skip: str | None = None) -> bool:
    for facet in FACETS:
        wanted = getattr(query, facet)
        if wanted is not None and facet != skip and _facet_value(entry, facet) != wanted:
            return False
    if query.cpc_contains and query.cpc_contains.lower() not in (entry.get("cpc") or "").lower():
        return False
    received = date.fromisoformat(entry["received_on"])
    if query.received_from and received < query.received_from:
        return False
    if query.received_to and received > query.received_to:
        return False
    if query.ratified_from or query.ratified_to:
        if not entry.get("ratified_on"):
            return False
        ratified = date.fromisoformat(entry["ratified_on"])
        if query.ratified_from and ratified < query.ratified_from:
            return False
        if query.ratified_to and ratified > query.ratified_to:
            return False
    return True


def select(entries: list[dict[str, Any]], query: LogQuery) -> list[dict[str, Any]]:
    return [entry for entry in entries if matches(entry, query)]


@dataclass
class LogPage:
    entries: list[dict[str, Any]]  # this page's, newest first
    total: int  # entries matching the filters
    page: int
    pages: int
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # facet -> [(value, n)]


def page_of(entries: list[dict[str, Any]], query: LogQuery, page_size: int) -> LogPage:
    """One page (newest first) of the entries matching ``query``, and the counts per facet value
    among entries matching every other filter (what choosing that value would show)."""
    chosen = select(entries, query)
    chosen.reverse()
    counts: dict[str, list[tuple[str, int]]] = {}
    for facet in FACETS:
        tally: dict[str, int] = {}
        for entry in entries:
            if matches(entry, query, skip=facet):
                value = _facet_value(entry, facet)
                tally[value] = tally.get(value, 0) + 1
        counts[facet] = sorted(tally.items(), key=lambda item: (item[0] == NONE, item[0].lower()))
    pages = max(1, -(-len(chosen) // page_size))
    page = min(query.page, pages)
    return LogPage(entries=chosen[(page - 1) * page_size: page * page_size], total=len(chosen), page=page,
                   pages=pages, counts=counts)
