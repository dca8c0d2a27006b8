"""``GET /summary`` and ``/summary.csv``: the periodic summary (ingestd.summary), for reviewers.

The period is ``?from=&to=`` (local dates, both included); without them it is the last full
calendar quarter. Both are audited (``view-summary``, ``export``) with the period and nothing else.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from ingestd.errors import UsageError
from ingestd.summary import Summary
from ingestd.summary_commands import build_summary, period
from ingestd.summary_render import page_context, to_csv
from ingestd.web.auth import Visit, guard


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{name}: expected a date like 2026-09-30, not {value[:30]!r}") from None


def _summary(request: Request) -> Summary:
    web = request.app.state.web
    from_day, to_day = period(_day(request.query_params.get("from"), "from"),
                              _day(request.query_params.get("to"), "to"), datetime.now(web.zone).date())
    return build_summary(web.config, web.db, from_day, to_day)


def _period(summary: Summary) -> str:
    return f"{summary.from_day.isoformat()} to {summary.to_day.isoformat()}"


@guard("reviewer")
def summary_page(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    summary = _summary(request)
    web.audit(visit, "view-summary", detail=_period(summary))
    query = urlencode({"from": summary.from_day.isoformat(), "to": summary.to_day.isoformat()})
    return web.render(request, visit, "summary.html", query=query, **page_context(summary))


@guard("reviewer")
def summary_csv(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    summary = _summary(request)
    web.audit(visit, "export", detail=f"summary csv, {_period(summary)}")
    name = f"ingestd-summary-{summary.from_day.isoformat()}-{summary.to_day.isoformat()}.csv"
    return Response(to_csv(summary), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}"'})
