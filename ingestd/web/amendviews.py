"""A reviewer corrects a report on its page: amend, choose a ratification date, mark the
redaction checked, and (admins) withdraw an entry filed by mistake.

    POST /reports/{REF}/amend      reviewer   fields of storage.amendments.AMENDABLE, reason required
    POST /reports/{REF}/checked    reviewer   "redaction checked" by this account, now
    POST /reports/{REF}/withdraw   admin      hidden from the log, search and exports; reason required

Each route is declared with its role (``auth.guard``, which also checks the CSRF token), calls
the same service function as ``ingestd amend`` / ``ingestd withdraw``, and is audited
(``amend``, ``redaction-checked``, ``withdraw``). A bad value is a 400 with one plain sentence
(``UsageError``). The amend form is filled with the current values; a field sent back as it was
shown is not a change, so only what the reviewer altered is recorded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ingestd.config.schema import DOC_TYPES
from ingestd.errors import UsageError
from ingestd.storage.amendments import AMENDABLE, DECISIONS, amend as amend_report, describe, mark_redaction_checked
from ingestd.storage.amendments import withdraw as withdraw_report
from ingestd.web.auth import Visit, guard

#: Rule names of the stored ratification candidates (``analysis.dates``), as a reviewer reads them.
RULE_WORDS = {
    "ratify-verb": "beside 'ratified', 'endorsed', 'approved' or 'signed off'",
    "cog-named": "the Chief Officers Group is named with it",
    "decision-word": "beside 'agreed', 'decided', 'decision' or 'outcome'",
    "form-label": "in a form row such as 'Date ratified by COG'",
    "agreement": "the same date appears in another place too",
    "ratified-row-pending": "the form's ratification row holds no date",
    "ratified-answer": "the only date in the rows under a form's 'Ratified by COG: Yes'",
    "minuted-decision": "the date of the COG meeting whose minutes record the ratification",
}


def shown_values(entry: dict[str, Any], zone: ZoneInfo) -> dict[str, str]:
    """Each amendable field's current value as the form shows it (``received_at`` in local time,
    to the minute, as an ``<input type="datetime-local">`` holds it)."""
    received = datetime.fromisoformat(entry["received_at"].replace("Z", "+00:00")).astimezone(zone)
    return {"ratified_on": entry.get("ratified_on") or "", "doc_type": entry.get("doc_type") or "",
            "cpc": entry.get("cpc") or "", "decision": entry.get("decision") or "",
            "received_at": received.strftime("%Y-%m-%dT%H:%M")}


def candidate_choices(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The stored ratification candidates with a date, best first, each with its evidence in words."""
    choices = []
    for candidate in entry.get("ratification_candidates") or []:
        if not candidate.get("date"):
            continue
        words = [RULE_WORDS.get(rule, rule) for rule in dict.fromkeys(candidate.get("rules") or [])]
        choices.append({"date": candidate["date"], "weight": candidate.get("weight"), "evidence": "; ".join(words)})
    return sorted(choices, key=lambda c: -(c["weight"] or 0))


def report_context(web: Any, entry: dict[str, Any]) -> dict[str, Any]:
    """What ``report_amend.html`` needs, beside the entry itself."""
    return {"amend_shown": shown_values(entry, web.zone), "amend_types": DOC_TYPES,
            "amend_committees": sorted(c.name for c in web.config.cpcs), "amend_decisions": DECISIONS,
            "amend_candidates": candidate_choices(entry), "amend_labels": {k: f.label for k, f in AMENDABLE.items()},
            "amend_undated": [RULE_WORDS.get(r, r) for c in entry.get("ratification_candidates") or []
                              if not c.get("date") for r in c.get("rules") or []]}


@guard("reviewer")
def amend(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    form = visit.form
    assert form is not None  # the guard read the capped body of this POST
    reference = request.path_params["reference"].upper()
    from ingestd.storage.repository import show_report
    shown = shown_values(show_report(web.db, reference), web.zone)
    sent = {name: str(form.get(name) or "").strip() for name in AMENDABLE}
    pick = str(form.get("pick") or "").strip()
    if pick:  # one of the candidate buttons: its date, whatever the free date field holds
        sent["ratified_on"] = pick
    changes = {name: value for name, value in sent.items() if value and value != shown[name]}
    if not changes and any(sent.values()):
        raise UsageError(f"{reference} already holds these values: nothing was changed")
    done = amend_report(web.db, reference, changes, str(form.get("reason") or ""), visit.username or "",
                        config=web.config)
    web.audit(visit, "amend", target=reference, detail=describe(done))
    visit.flash("amended", f"{len(done)} field{'s' if len(done) != 1 else ''} amended")
    return RedirectResponse(f"/reports/{reference}#history", status_code=303)


@guard("reviewer")
def checked(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    reference = mark_redaction_checked(web.db, request.path_params["reference"], visit.username or "")
    web.audit(visit, "redaction-checked", target=reference)
    visit.flash("checked", "Redaction marked checked.")
    return RedirectResponse(f"/reports/{reference}#history", status_code=303)


@guard("admin")
def withdraw(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    form = visit.form
    assert form is not None  # the guard read the capped body of this POST
    reference = withdraw_report(web.db, request.path_params["reference"], str(form.get("reason") or ""),
                                visit.username or "")
    web.audit(visit, "withdraw", target=reference)
    visit.flash("withdrawn", "Withdrawn: the entry has left the log, search, the exports and the summaries.")
    return RedirectResponse(f"/reports/{reference}", status_code=303)
