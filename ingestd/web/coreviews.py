"""The core data set on the report page: the form's context and ``POST /reports/{REF}/coredata``.

The page shows every field with where its value came from ("auto: rule and words" or "who,
when"); a reviewer changes values (only the fields whose value changed become theirs) or
confirms an automatic value as it stands. Every change is audited as ``coredata``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ingestd import coredata
from ingestd.errors import UsageError
from ingestd.web.auth import Visit, guard

PREFIX = "cd_"


def context(web: Any, reference: str) -> dict[str, Any]:
    """What ``report_coredata.html`` needs: each field, its value, source and choices."""
    committees = coredata.committees(web.config)
    rows = []
    for value in coredata.read(web.db, web.config, reference):
        f = coredata.FIELD_BY_NAME[value.field]
        choices = coredata.allowed(f.values_from, web.config.coredata, committees)
        if f.kind == "yesno":
            choices = coredata.YESNO
        current = value.value if isinstance(value.value, list) else [] if value.value is None else [value.value]
        rows.append({"field": f, "value": value, "choices": choices, "shown": coredata.display(value.value),
                     "stale": [v for v in current if choices and v not in choices and f.kind != "int"],
                     "selected": [str(v) for v in current]})
    return {"core": rows, "core_prefix": PREFIX}


@guard("reviewer")
def save(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    form = visit.form
    assert form is not None  # the guard read the capped body of this POST
    reference = request.path_params["reference"].upper()
    user = visit.username or ""
    confirm = str(form.get("confirm") or "")
    if confirm:
        done = coredata.confirm(web.db, web.config, reference, confirm, user)
        web.audit(visit, "coredata", target=reference, detail=f"confirm {confirm}" if done else "unchanged")
        visit.flash("coredata-saved", "Core data saved.")
        return RedirectResponse(f"/reports/{reference}#coredata", status_code=303)
    current = {v.field: v.value for v in coredata.read(web.db, web.config, reference)}
    changes: dict[str, Any] = {}
    for f in coredata.STORED_FIELDS:
        words = [str(w) for w in form.getlist(PREFIX + f.name)]
        if f.kind != "multi" and PREFIX + f.name not in form:
            continue  # not on the form that was sent: leave it
        value = coredata.parse_value(web.config, f.name, words)
        if value != current.get(f.name):
            changes[f.name] = value
    if not changes:
        raise UsageError("nothing was changed: change a value, or confirm one as it stands")
    changed = coredata.set_values(web.db, web.config, reference, changes, user)
    web.audit(visit, "coredata", target=reference, detail=f"set {', '.join(changed)}")
    visit.flash("coredata-saved", "Core data saved.")
    return RedirectResponse(f"/reports/{reference}#coredata", status_code=303)
