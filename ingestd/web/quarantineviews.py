"""The "Try this password" form of the Needs attention page: POST /quarantine/{intake_id}/password.

An administrator types the password of a held ``password-protected`` (or ``password-wrong``)
attachment; the handler calls ``quarantine_ops.reprocess``, the code path of ``ingestd
quarantine reprocess ID --password-file FILE``, with the password in memory. It goes from the
form to the parser worker's stdin and nowhere else: not the session or its flash message,
not a log line, the audit, the database or the page sent back (the field is never refilled).

The web app can do this only where it can reach what a reprocess needs: the quarantine, the
GnuPG home, the archive, the notices key (``quarantine_ops.reprocess_obstacle``). The shipped
unit (systemd/ingestd-web.service) masks all of them, by design: the reviewers' process never
holds raw originals. There the page says so in plain words and names the CLI command for the
operator instead of offering the form. An original encrypted to the archive key always needs
the CLI (``--key-home``): the web app never holds that secret key.

Audited as ``reprocess-password``, target the intake id, outcome ``ok`` (filed),
``wrong-password``, ``held`` (held for another reason), ``not-here`` (the web app cannot do
it on this server) or ``failed``; never the password.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ingestd.errors import IngestError, NotFound, UsageError
from ingestd.quarantine_ops import PASSWORD_REASONS, Obstacle, reprocess, reprocess_command, reprocess_obstacle
from ingestd.reasons import message_meaning
from ingestd.service import Services, build_services
from ingestd.storage import repository
from ingestd.web.auth import Visit, guard

log = logging.getLogger("ingestd.web")
INTAKE_ID = re.compile(r"[0-9]{1,20}-[a-z]{1,16}-[0-9a-f]{1,32}")
FIELD = "password"
MAX_PASSWORD = 1024  # characters: no document password is longer; the form cap is 64 KiB anyway
FLASH_ID = "reprocess-outcome"


def _services(request: Request) -> Services:
    web = request.app.state.web
    return build_services(web.config, sessions=web.db)


def forms_for(request: Request, visit: Visit, held: list[dict[str, Any]]) -> dict[str, Obstacle | None]:
    """The held messages an admin could unlock with a password, by intake id: None where the
    page offers the form, else what stops this process. Reviewers get none: the form is the admins'."""
    if visit.account is None or not visit.account.is_admin:
        return {}
    waiting = [e["intake_id"] for e in held if e.get("reason") in PASSWORD_REASONS]
    if not waiting:
        return {}
    services = _services(request)
    return {intake_id: reprocess_obstacle(services, intake_id) for intake_id in waiting}


@guard("admin")
def try_password(request: Request, visit: Visit) -> Response:
    web = request.app.state.web
    intake_id = request.path_params["intake_id"]
    message = repository.find_message(web.db, intake_id) if INTAKE_ID.fullmatch(intake_id) else None
    if message is None or message.status != "quarantined":
        raise NotFound("no held message with that intake id (it may have been reprocessed already): "
                       "see Needs attention")
    if message.reason not in PASSWORD_REASONS:
        raise UsageError(f"{intake_id} is held as {message.reason}, not for a password: nothing was done")
    assert visit.form is not None
    password = str(visit.form.get(FIELD) or "")
    back = RedirectResponse("/attention#held", status_code=303)
    if not password:
        visit.flash(FLASH_ID, "Type the password before pressing 'Try this password'; nothing changed.")
        return back
    if len(password) > MAX_PASSWORD:
        visit.flash(FLASH_ID, f"That is longer than any document password (at most {MAX_PASSWORD} characters); "
                              "nothing changed.")
        return back
    services = _services(request)
    obstacle = reprocess_obstacle(services, intake_id)
    if obstacle is not None:
        web.audit(visit, "reprocess-password", target=intake_id, outcome="not-here")
        visit.flash(FLASH_ID, f"Not done: {obstacle.why}. Nothing changed. On the server, as the ingestd user, run: "
                              f"{obstacle.command}")
        return back
    try:
        outcome = reprocess(services, intake_id, password=password)
    except (IngestError, OSError) as exc:
        # By kind only: an error's text could quote a path or a header of the original.
        log.error("id=%s reprocess from the web app failed: %s", intake_id, type(exc).__name__)
        web.audit(visit, "reprocess-password", target=intake_id, outcome="failed", detail=type(exc).__name__)
        visit.flash(FLASH_ID, "The web app could not reprocess it on this server (the server log has the kind of "
                              f"failure). On the server, as the ingestd user, check 'ingestd quarantine show "
                              f"{intake_id}' and run: {reprocess_command(intake_id)}")
        return back
    finally:
        del password
    references = [r.reference for r in outcome.reports]
    if outcome.status == "filed" and references:
        web.audit(visit, "reprocess-password", target=intake_id, detail=" ".join(references))
        visit.flash(FLASH_ID, f"The password opened it: filed as {', '.join(references)}.", link=references[0])
    elif outcome.status == "quarantined" and outcome.reason in PASSWORD_REASONS:
        web.audit(visit, "reprocess-password", target=intake_id, outcome="wrong-password")
        visit.flash(FLASH_ID, "That password did not open it; nothing changed. It is still held.")
    else:
        why = message_meaning(outcome.reason) if outcome.reason else outcome.status
        web.audit(visit, "reprocess-password", target=intake_id, outcome="held",
                  detail=f"{outcome.status} {outcome.reason or ''}".strip())
        state = "it is still held for another reason" if outcome.status == "quarantined" else "it was not filed"
        visit.flash(FLASH_ID, f"The password opened it, but {state}: {outcome.reason or outcome.status} ({why}).")
    return back
