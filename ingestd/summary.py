"""Periodic summaries (issue 12): counts a team can send to the Scottish Government and the
committees as they are, because nobody in a small area can be singled out from them.

``summarise`` reads the filed, not withdrawn, reports received in a period (by their local
receipt date, the date the deadline is judged by) and returns plain data holding only what may
be shown: every count is either a number or the string ``"<5"`` (generally ``"<{min_cell}"``);
the true value of a suppressed count is not in the result, so no renderer can leak it.
No free text from a report reaches a summary: labels are codes, the committee directory's
names of public bodies, and the configured core-data category lists (a stored value outside
its list is counted as ``OTHER_LABEL``, never printed).

Suppression (README "Periodic summaries"):

1. Primary: a count from 1 to ``min_cell - 1`` is shown as ``"<5"``. Zero is shown.
2. Secondary: a table whose rows add up to a total (committee, type, timeliness, and the ICR
   decisions, which add up to the ICR count of the type table) never has exactly one hidden
   entry among its cells and its total, since that one would be the total minus the rest. When
   it would, the smallest other non-zero cell is hidden too, marked ``SECONDARY`` ("*": it is
   not small, it is hidden to protect the "<5"). The total is never the second one: it is the
   period's total, printed at the top of the summary. The ICR decisions' total is hidden, with
   the same mark, exactly when the ICR cell of the type table is.
3. Harm categories and themes are counted per report, and a report can have several, so their
   cells do not add up to anything shown; only the primary rule applies.
4. A committee's share received within seven days, or a median, is shown only when at least
   ``min_cell`` reports with a ratification date stand behind it, and a share only when neither
   the number within seven days nor the number after it is below ``min_cell`` (either could be
   worked back from the share). There is no share for all committees together, and no count
   of dated reports: with the timeliness table either could give back a hidden cell.

Suppression is checked table by table (and between the type and decision tables, which share
the ICR count). It does not search every combination of tables; the README says what to check
by eye before a summary with very few reports goes out.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Union
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ingestd.config.schema import CoreDataConfig
from ingestd.errors import UsageError
from ingestd.storage.models import CoreDataRow, ReportRow

#: The core_data fields the harm and theme tables read (a list of category strings each).
HARM_FIELD = "harm"
THEMES_FIELD = "themes"
#: The code of practice asks for a report within seven days of ratification.
WITHIN_DAYS = 7
#: Where a stored core-data value is not in the configured list (the list changed since).
OTHER_LABEL = "other (not in the current list)"
NOT_STATED = "not stated"
NO_COMMITTEE = "committee not identified"
#: The document types in the order the team reads them, and the ICR decision codes.
TYPE_ORDER = ("ICR", "SCR", "LR", "LR-DECISION", "LR-OUTCOME", "OTHER")
TIMELINESS_ORDER = ("on_time", "late", "unknown")
DECISION_ORDER = ("proceed_to_scr", "no_scr", "other_learning_activity")

#: The mark of a count hidden only so that a "<5" beside it cannot be worked out from the total.
SECONDARY = "*"
#: A count as it may be shown: a number, "<5" or SECONDARY.
Shown = Union[int, str]


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[Any, ...]  # one per column after the label: Shown, a share in %, a median, or None (not shown)


@dataclass(frozen=True)
class Table:
    name: str  # committee | type | decision | timeliness | harm | themes
    title: str
    columns: tuple[str, ...]  # the label column's heading, then one per value
    rows: tuple[Row, ...]
    total: Row | None  # None where the cells do not add up (harm, themes)
    note: str = ""
    chart: bool = True  # a bar chart of the first value column reads better than the table alone


@dataclass(frozen=True)
class Summary:
    from_day: date
    to_day: date
    min_cell: int
    reports: Shown
    median_days: float | None  # from ratification to receipt, over the dated reports; None: not shown
    tables: tuple[Table, ...] = field(default_factory=tuple)

    @property
    def hidden(self) -> str:
        return f"<{self.min_cell}"


# ---- the period -------------------------------------------------------------------------------

def last_full_quarter(today: date) -> tuple[date, date]:
    """The calendar quarter before the one ``today`` is in (the default period)."""
    first_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last = first_this - timedelta(days=1)
    return date(last.year, 3 * ((last.month - 1) // 3) + 1, 1), last


def period_bounds(from_day: date, to_day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight at the start of ``from_day`` and after ``to_day``."""
    if to_day < from_day:
        raise UsageError(f"the period ends ({to_day}) before it starts ({from_day})")
    start = datetime.combine(from_day, time(0), zone).astimezone(timezone.utc)
    end = datetime.combine(to_day + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return start, end


# ---- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Report:
    reference: str
    doc_type: str
    cpc: str | None
    decision: str | None
    timeliness: str
    lag_days: int | None  # local receipt date minus ratification date


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _read(sessions: sessionmaker[Session], start: datetime, end: datetime,
          zone: ZoneInfo) -> tuple[list[_Report], dict[str, dict[str, Any]]]:
    with sessions() as session:
        rows = session.execute(
            select(ReportRow.reference, ReportRow.doc_type, ReportRow.cpc, ReportRow.decision, ReportRow.timeliness,
                   ReportRow.ratified_on, ReportRow.received_at)
            .where(ReportRow.received_at >= start, ReportRow.received_at < end,
                   ReportRow.withdrawn.is_not(True))).all()
        reports = []
        for ref, doc_type, cpc, decision, timeliness, ratified_on, received_at in rows:
            lag = (_aware(received_at).astimezone(zone).date() - ratified_on).days if ratified_on else None
            reports.append(_Report(ref, doc_type, cpc, decision, timeliness, lag))
        core: dict[str, dict[str, Any]] = {}
        refs = [r.reference for r in reports]
        for i in range(0, len(refs), 500):  # bounded IN lists
            for ref, name, value in session.execute(
                    select(CoreDataRow.reference, CoreDataRow.field, CoreDataRow.value)
                    .where(CoreDataRow.reference.in_(refs[i:i + 500]),
                           CoreDataRow.field.in_((HARM_FIELD, THEMES_FIELD)))):
                core.setdefault(ref, {})[name] = value
    return reports, core


# ---- suppression --------------------------------------------------------------------------------

def _primary(count: int, min_cell: int) -> bool:
    return 0 < count < min_cell


def _suppress(counts: Mapping[str, int], min_cell: int, total_hidden: bool) -> dict[str, str]:
    """The cells to hide in a table whose cells add up to a total (rules 1 and 2), each with
    its mark: ``"<5"`` for a small count, ``SECONDARY`` for one hidden to protect it."""
    hidden = {k: f"<{min_cell}" for k, n in counts.items() if _primary(n, min_cell)}
    if len(hidden) + (1 if total_hidden else 0) == 1:
        others = sorted((n, k) for k, n in counts.items() if k not in hidden and n > 0)
        if others:
            hidden[others[0][1]] = SECONDARY
    return hidden


def _show(count: int, mark: str | None) -> Shown:
    return mark if mark else count


def _mark(count: int, min_cell: int) -> str | None:
    return f"<{min_cell}" if _primary(count, min_cell) else None


def _share(within: int, dated: int, min_cell: int) -> int | None:
    """Rule 4: a share in whole per cent, or None."""
    if dated < min_cell or _primary(within, min_cell) or _primary(dated - within, min_cell):
        return None
    return round(100 * within / dated)


def _median(lags: Sequence[int], min_cell: int) -> float | None:
    if len(lags) < min_cell:
        return None
    value = statistics.median(lags)
    return int(value) if float(value).is_integer() else float(value)


def _ordered(keys: Iterable[str], order: Sequence[str]) -> list[str]:
    present = set(keys)
    return [k for k in order if k in present] + sorted(present - set(order))


# ---- the tables ---------------------------------------------------------------------------------

def _partition(name: str, title: str, heading: str, counts: Counter[str], order: Sequence[str], total: int,
               min_cell: int, *, total_mark: str | None, labels: Mapping[str, str] | None = None,
               note: str = "") -> tuple[Table, dict[str, str]]:
    hidden = _suppress(counts, min_cell, total_mark is not None)
    rows = tuple(Row((labels or {}).get(k, k), (_show(counts[k], hidden.get(k)),))
                 for k in _ordered(counts, order))
    table = Table(name, title, (heading, "reports"), rows, Row("total", (_show(total, total_mark),)), note=note)
    return table, hidden


def _committee_table(reports: list[_Report], min_cell: int, total_mark: str | None,
                     kinds: Mapping[str, str]) -> Table:
    counts = Counter(r.cpc or NO_COMMITTEE for r in reports)
    hidden = _suppress(counts, min_cell, total_mark is not None)
    rows = []
    for name in sorted(counts, key=lambda c: (c == NO_COMMITTEE, c.lower())):
        mine = [r.lag_days for r in reports if (r.cpc or NO_COMMITTEE) == name and r.lag_days is not None]
        within = sum(1 for lag in mine if lag <= WITHIN_DAYS)
        rows.append(Row(name, (kinds.get(name, ""), _show(counts[name], hidden.get(name)),
                               _share(within, len(mine), min_cell), _median(mine, min_cell))))
    dated = [r.lag_days for r in reports if r.lag_days is not None]
    # No share on the total row: with the timeliness table it could give back a hidden cell there.
    total = Row("total", ("", _show(len(reports), total_mark), None, _median(dated, min_cell)))
    return Table("committee", "Reports by committee",
                 ("committee", "kind", "reports", f"% received within {WITHIN_DAYS} days", "median days"),
                 tuple(rows), total,
                 note=f"Shares and medians are over the reports with a ratification date, and are left out (—) "
                      f"where fewer than {min_cell} stand behind them or a part of the share is below {min_cell}.")


def _category_table(name: str, title: str, field_name: str, allowed: Sequence[str],
                    core: Mapping[str, Mapping[str, Any]], refs: Iterable[str], min_cell: int) -> Table:
    counts: Counter[str] = Counter()
    for ref in refs:
        value = core.get(ref, {}).get(field_name)
        if not isinstance(value, list):
            continue
        chosen = {v if isinstance(v, str) and v in allowed else OTHER_LABEL for v in value}
        counts.update(chosen)
    rows = tuple(Row(k, (_show(counts[k], _mark(counts[k], min_cell)),))
                 for k in list(allowed) + [OTHER_LABEL] if counts[k])
    return Table(name, title, ("category", "reports"), rows, None,
                 note="A report can have several, so these do not add up to the reports in the period.")


def summarise(sessions: sessionmaker[Session], from_day: date, to_day: date, min_cell: int = 5, *,
              zone: str = "Europe/London", kinds: Mapping[str, str] | None = None,
              coredata: CoreDataConfig | None = None, type_names: Mapping[str, str] | None = None,
              decision_words: Mapping[str, str] | None = None,
              timeliness_words: Mapping[str, str] | None = None) -> Summary:
    """The summary of the reports received from ``from_day`` to ``to_day`` (local dates, both
    included). ``kinds`` maps committee names to CPC/APC/PPC; ``coredata`` gives the category
    lists (defaults: the built-in ones); the ``*_words`` map codes to the words a reader sees."""
    if min_cell < 1:
        raise UsageError("min_cell must be at least 1")
    tz = ZoneInfo(zone)
    start, end = period_bounds(from_day, to_day, tz)
    reports, core = _read(sessions, start, end, tz)
    lists = coredata or CoreDataConfig()
    total = len(reports)
    total_mark = _mark(total, min_cell)

    by_type, type_hidden = _partition(
        "type", "Reports by type", "type", Counter(r.doc_type for r in reports), TYPE_ORDER, total, min_cell,
        total_mark=total_mark, labels=type_names)
    icrs = [r for r in reports if r.doc_type == "ICR"]
    icr_mark = type_hidden.get("ICR") or total_mark  # the decisions add up to the type table's ICR cell
    by_decision, _ = _partition(
        "decision", "Initial Case Reviews by decision", "decision",
        Counter(r.decision or NOT_STATED for r in icrs), DECISION_ORDER + (NOT_STATED,), len(icrs), min_cell,
        total_mark=icr_mark, labels=decision_words)
    by_timeliness, _ = _partition(
        "timeliness", "Reports by timeliness", "timeliness", Counter(r.timeliness for r in reports),
        TIMELINESS_ORDER, total, min_cell, total_mark=total_mark, labels=timeliness_words,
        note="Timeliness against each type's configured deadline; unknown: no ratification date.")
    refs = [r.reference for r in reports]
    harm = _category_table("harm", "Nature of harm or cause of death", HARM_FIELD, lists.harm_categories, core,
                           refs, min_cell)
    themes = _category_table("themes", "Themes", THEMES_FIELD, lists.themes, core, refs, min_cell)

    dated = [r.lag_days for r in reports if r.lag_days is not None]
    return Summary(from_day=from_day, to_day=to_day, min_cell=min_cell, reports=_show(total, total_mark),
                   median_days=_median(dated, min_cell),
                   tables=(_committee_table(reports, min_cell, total_mark, kinds or {}), by_type, by_decision,
                           by_timeliness, harm, themes))
