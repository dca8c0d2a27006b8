"""``POST /reports/{REF}/redact``: a reviewer redacts words the engine left (storage.handredaction)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ingestd.storage.handredaction import redact_by_hand
from ingestd.web.auth import Visit, guard


@guard("reviewer")
def redact(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    form = visit.form
    assert form is not None
    reference = request.path_params["reference"].upper()
    category = str(form.get("category") or "")
    places = redact_by_hand(web.db, reference, str(form.get("words") or ""), category, visit.username or "",
                            reason=str(form.get("reason") or "") or None)
    web.audit(visit, "redact", target=reference, detail=f"{category}, {places} place{'s' if places != 1 else ''}")
    visit.flash("redacted-count", f"{places} place{'s' if places != 1 else ''} redacted")
    return RedirectResponse(f"/reports/{reference}#document", status_code=303)
