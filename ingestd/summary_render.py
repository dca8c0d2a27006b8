"""A summary (``ingestd.summary.Summary``) as a terminal table, CSV, JSON, HTML and SVG charts.

Every renderer prints only what the summary holds, which is only what may be shown: a
suppressed count arrives here as the string ``"<5"`` and a left-out share or median as ``None``
(printed "—", JSON ``null``). Charts are SVG built with ElementTree (so labels are escaped and
the picture is well-formed XML), drawn on the server: no script, no CDN. A hidden count has no
bar, because a bar's length would give the number back; it is labelled "<5" instead.

The HTML document (``--format html``) carries its stylesheet inline, so it reads the same when
opened from a disk or a mail attachment; its ``@media print`` rules make the browser's "Print,
Save as PDF" give a clean PDF (README "Periodic summaries").
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ingestd.summary import SECONDARY, Summary, Table

LEFT_OUT = "—"
STYLESHEET = Path(__file__).resolve().parent / "web" / "static" / "summary.css"
SVG_NS = "http://www.w3.org/2000/svg"

# Chart geometry, in SVG user units (the picture scales to the page's width).
BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 18, 6, 300, 360, 60


def cell(value: Any) -> str:
    """One value as a reader sees it."""
    if value is None:
        return LEFT_OUT
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


# ---- plain data: JSON and CSV ---------------------------------------------------------------------

def to_data(summary: Summary) -> dict[str, Any]:
    """The JSON shape (README): counts are numbers or "<5", left-out figures are null."""
    return {
        "from": summary.from_day.isoformat(),
        "to": summary.to_day.isoformat(),
        "min_cell": summary.min_cell,
        "reports": summary.reports,
        "median_days_ratification_to_receipt": summary.median_days,
        "tables": [{
            "name": t.name,
            "title": t.title,
            "columns": list(t.columns),
            "rows": [[r.label, *r.values] for r in t.rows],
            "total": [t.total.label, *t.total.values] if t.total else None,
            "note": t.note,
        } for t in summary.tables],
    }


def to_json(summary: Summary) -> str:
    return json.dumps(to_data(summary), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = ("table", "row", "column", "value")


def to_csv(summary: Summary) -> str:
    """Long format, one figure a line (``table,row,column,value``): it filters and pivots in a
    spreadsheet whatever the tables' widths. The period comes first as table ``summary``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for name, value in (("from", summary.from_day.isoformat()), ("to", summary.to_day.isoformat()),
                        ("min_cell", summary.min_cell), ("reports", summary.reports),
                        ("median_days_ratification_to_receipt", summary.median_days)):
        writer.writerow(("summary", "", name, "" if value is None else value))
    for table in summary.tables:
        for row in (*table.rows, *((table.total,) if table.total else ())):
            for column, value in zip(table.columns[1:], row.values):
                writer.writerow((table.name, row.label, column, "" if value is None else value))
    return out.getvalue()


# ---- the terminal ------------------------------------------------------------------------------------

def to_text(summary: Summary) -> str:
    lines = [f"Reports received {summary.from_day.isoformat()} to {summary.to_day.isoformat()}: {summary.reports}",
             f"Median days from ratification to receipt: {cell(summary.median_days)}",
             f"Counts below {summary.min_cell} are shown as {summary.hidden}; {SECONDARY}: hidden so that a "
             f"{summary.hidden} cannot be worked out from the total; {LEFT_OUT}: left out (see the notes)."]
    for table in summary.tables:
        rows = [[r.label, *map(cell, r.values)] for r in table.rows]
        if table.total:
            rows.append([table.total.label, *map(cell, table.total.values)])
        lines += ["", table.title]
        if not rows:
            lines.append("(none recorded)")
            continue
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(table.columns)]
        lines.append("  ".join(h.ljust(w) for h, w in zip(table.columns, widths)).rstrip())
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in rows]
        if table.note:
            lines.append(table.note)
    return "\n".join(lines) + "\n"


# ---- pictures ------------------------------------------------------------------------------------------

def bar_chart(table: Table) -> Markup:
    """A horizontal bar chart of the table's ``reports`` column (the first count column)."""
    column = table.columns.index("reports") - 1
    rows = [(r.label, r.values[column]) for r in table.rows]
    if not rows:
        return Markup("")
    largest = max([v for _, v in rows if isinstance(v, int)] + [1])
    height = len(rows) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    svg = ET.Element("svg", {"xmlns": SVG_NS, "viewBox": f"0 0 {width} {height}", "class": "chart",
                             "role": "img", "aria-labelledby": f"chart-{table.name}-title"})
    ET.SubElement(svg, "title", {"id": f"chart-{table.name}-title"}).text = f"{table.title}: bar chart"
    for n, (label, value) in enumerate(rows):
        y = BAR_GAP + n * (BAR_HEIGHT + BAR_GAP)
        middle = str(y + BAR_HEIGHT * 0.75)
        shown = label if len(label) <= 44 else label[:43] + "…"
        ET.SubElement(svg, "text", {"x": str(LABEL_WIDTH - 8), "y": middle, "class": "label",
                                    "text-anchor": "end"}).text = shown
        length = 0
        if isinstance(value, int) and value > 0:
            length = max(2, round(BAR_WIDTH * value / largest))
            ET.SubElement(svg, "rect", {"x": str(LABEL_WIDTH), "y": str(y), "width": str(length),
                                        "height": str(BAR_HEIGHT), "class": "bar"})
        ET.SubElement(svg, "text", {"x": str(LABEL_WIDTH + length + 6), "y": middle,
                                    "class": "value" if isinstance(value, int) else "value hidden"}).text = cell(value)
    return Markup(ET.tostring(svg, encoding="unicode"))


# ---- HTML ----------------------------------------------------------------------------------------------

def templates() -> Environment:
    return Environment(loader=PackageLoader("ingestd.web", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def page_context(summary: Summary) -> dict[str, Any]:
    """What the summary templates need, for the web page and the document alike."""
    return {"summary": summary, "cell": cell, "chart": bar_chart, "left_out": LEFT_OUT, "secondary": SECONDARY}


def to_html(summary: Summary, env: Environment | None = None) -> str:
    """A complete HTML document with its stylesheet inline (for ``ingestd summary --format html``)."""
    return (env or templates()).get_template("summary_document.html").render(
        stylesheet=Markup(STYLESHEET.read_text(encoding="utf-8")), **page_context(summary))


RENDERERS = {"table": to_text, "csv": to_csv, "json": to_json, "html": to_html}
