"""The intake log as a spreadsheet: CSV and XLSX with the same columns as ``ingestd log
--format json``, plus ``received_on`` (the local date the deadline is judged by) and the core
data set's ``core_<field>`` columns (``coredata.LOG_COLUMNS``; lists joined with "; ").

Cells are data, never formulas: a text cell that a spreadsheet would read as a formula (it
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading
apostrophe in CSV (OWASP's advice for CSV injection) and as an explicit string in XLSX.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ingestd.parsers.presentation import held_summary

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def columns(entries: list[dict[str, Any]]) -> list[str]:
    from ingestd.coredata import LOG_COLUMNS
    from ingestd.storage.repository import LOG_JSON_FIELDS
    return [*LOG_JSON_FIELDS, "received_on", *LOG_COLUMNS]


def _cell(key: str, value: Any) -> Any:
    if key == "held_parts":
        return held_summary(value) or ""
    if key == "duplicate_of":
        return ", ".join(value) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def rows(entries: Iterable[dict[str, Any]], keys: list[str]) -> Iterable[list[Any]]:
    from ingestd.coredata import display
    for entry in entries:
        core = entry.get("core_data") or {}
        yield [display(core.get(key[5:])) if key.startswith("core_") else _cell(key, entry.get(key))
               for key in keys]


def _safe_text(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(entries: list[dict[str, Any]]) -> str:
    keys = columns(entries)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(keys)
    for row in rows(entries, keys):
        writer.writerow([_safe_text(v) for v in row])
    return out.getvalue()


def to_xlsx(entries: list[dict[str, Any]]) -> bytes:
    keys = columns(entries)
    book = Workbook()
    sheet = book.active
    sheet.title = "Intake log"
    sheet.append(keys)
    for r, row in enumerate(rows(entries, keys), start=2):
        for c, value in enumerate(row, start=1):
            key = keys[c - 1]
            if isinstance(value, str) and key in ("ratified_on", "due_by", "received_on") and value:
                value = date.fromisoformat(value)
            elif isinstance(value, str) and key in ("received_at",) and value:
                value = datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text begins with
            elif isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
    for c, key in enumerate(keys, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = max(12, min(40, len(key) + 4))
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
