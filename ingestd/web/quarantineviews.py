"""The "Try this password" form of the Needs attention page: POST /quarantine/{intake_id}/password.

An administrator types the password of a held ``password-protected`` (or ``password-wrong``)
attachment; the handler calls ``quarantine_ops.reprocess``, the code path of ``ingestd
quarantine reprocess ID --password-file FILE``, with the password in memory. It goes from the
form to the parser worker's stdin and nowhere else: not the session or its flash message,
not a log line, the audit, the database or the page sent back (the field is never refilled).

The web app does it itself only where it can reach what a reprocess needs: the quarantine, the
GnuPG home, the archive, the notices key (``quarantine_ops.reprocess_obstacle``). The shipped
unit (systemd/ingestd-web.service) masks all of them, by design: the reviewers' process never
holds raw originals. There it hands the request to the daemon, which holds them, over its
control socket (``ingestd.control``, ``[web] control_socket``), with the password in memory,
and shows what the daemon answers. Where the daemon does not answer, the page says so in plain
words and names the CLI command for the operator instead. An original encrypted to the archive
key always needs the CLI (``--key-home``): neither service holds that secret key.

Audited as ``reprocess-password``, target the intake id, outcome ``ok`` (filed),
``wrong-password``, ``held`` (held for another reason), ``not-here`` (neither the web app nor
the daemon can do it on this server; the detail says ``control absent`` and the like when the
daemon did not answer) or ``failed``; never the password. A request the daemon carried out has
the detail ``by the daemon`` (after the references of ``ok``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ingestd import control
from ingestd.errors import ControlError, IngestError, NotFound, UsageError
from ingestd.quarantine_ops import (INTAKE_ID, MAX_PASSWORD, PASSWORD_REASONS, Obstacle, reprocess, reprocess_command,
                                    reprocess_obstacle)
from ingestd.reasons import message_meaning
from ingestd.service import Services, build_services
from ingestd.storage import repository
from ingestd.web.auth import Visit, guard

log = logging.getLogger("ingestd.web")
FIELD = "password"
FLASH_ID = "reprocess-outcome"


def _services(request: Request) -> Services:
    web = request.app.state.web
    return build_services(web.config, sessions=web.db)


def forms_for(request: Request, visit: Visit, held: list[dict[str, Any]]) -> dict[str, Obstacle | None]:
    """The held messages an admin could unlock with a password, by intake id: None where the
    page offers the form (this process or the daemon can do it), else what stops both.
    Reviewers get none: the form is the admins'."""
    if visit.account is None or not visit.account.is_admin:
        return {}
    waiting = [e["intake_id"] for e in held if e.get("reason") in PASSWORD_REASONS]
    if not waiting:
        return {}
    services = _services(request)
    obstacles = {intake_id: reprocess_obstacle(services, intake_id) for intake_id in waiting}
    if any(o is not None and o.daemon_can for o in obstacles.values()):
        # The daemon can do what this process cannot: the form is offered if it answers (asked
        # once a page), else the page says why not and names the CLI command.
        silent = control.unreachable(request.app.state.web.config.web.control_socket)
        for intake_id, obstacle in obstacles.items():
            if obstacle is not None and obstacle.daemon_can:
                obstacles[intake_id] = (None if silent is None else
                                        replace(obstacle, why=f"{obstacle.why}, and {silent}"))
    return obstacles


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
    if obstacle is not None and not obstacle.daemon_can:
        return _not_here(web, visit, intake_id, obstacle.why, obstacle.command, back)
    try:
        if obstacle is None:
            outcome = _here(web, visit, services, intake_id, password)
            if outcome is None:
                return back
        else:
            outcome = control.ask_reprocess(web.config, intake_id, password)
    except ControlError as exc:
        return _daemon_did_not(web, visit, intake_id, obstacle, exc, back)
    finally:
        del password
    by = [] if obstacle is None else ["by the daemon"]
    if outcome.status == "filed" and outcome.references:
        web.audit(visit, "reprocess-password", target=intake_id, detail=" ".join([*outcome.references, *by]))
        visit.flash(FLASH_ID, f"The password opened it: filed as {', '.join(outcome.references)}.",
                    link=outcome.references[0])
    elif outcome.status == "quarantined" and outcome.reason in PASSWORD_REASONS:
        web.audit(visit, "reprocess-password", target=intake_id, outcome="wrong-password", detail=" ".join(by) or None)
        visit.flash(FLASH_ID, "That password did not open it; nothing changed. It is still held.")
    else:
        why = message_meaning(outcome.reason) if outcome.reason else outcome.status
        web.audit(visit, "reprocess-password", target=intake_id, outcome="held",
                  detail=" ".join([f"{outcome.status} {outcome.reason or ''}".strip(), *by]))
        state = "it is still held for another reason" if outcome.status == "quarantined" else "it was not filed"
        visit.flash(FLASH_ID, f"The password opened it, but {state}: {outcome.reason or outcome.status} ({why}).")
    return back


def _here(web: Any, visit: Visit, services: Services, intake_id: str, password: str) -> control.Reply | None:
    """The reprocess in this process (it can reach the quarantine); None when it failed (flashed)."""
    try:
        outcome = reprocess(services, intake_id, password=password)
    except (IngestError, OSError) as exc:
        # By kind only: an error's text could quote a path or a header of the original.
        log.error("id=%s reprocess from the web app failed: %s", intake_id, type(exc).__name__)
        web.audit(visit, "reprocess-password", target=intake_id, outcome="failed", detail=type(exc).__name__)
        visit.flash(FLASH_ID, "The web app could not reprocess it on this server (the server log has the kind of "
                              f"failure). On the server, as the ingestd user, check 'ingestd quarantine show "
                              f"{intake_id}' and run: {reprocess_command(intake_id)}")
        return None
    return control.Reply(outcome.status, outcome.reason, tuple(r.reference for r in outcome.reports))


def _not_here(web: Any, visit: Visit, intake_id: str, why: str, command: str, back: Response,
              detail: str | None = None) -> Response:
    web.audit(visit, "reprocess-password", target=intake_id, outcome="not-here", detail=detail)
    visit.flash(FLASH_ID, f"Not done: {why}. Nothing changed. On the server, as the ingestd user, run: {command}")
    return back


#: What the page says when the daemon did not carry the request out, by ControlError.kind.
#: Where it never got to the request (the first group) nothing changed; a timeout may still finish.
DAEMON_UNAVAILABLE = ("absent", "refused", "busy", "protocol", "too-large", "bad-request")


def _daemon_did_not(web: Any, visit: Visit, intake_id: str, obstacle: Obstacle | None, exc: ControlError,
                    back: Response) -> Response:
    """The one place a ControlError becomes words on the page and an audit outcome."""
    assert obstacle is not None  # only the hand-off raises ControlError
    log.warning("id=%s the daemon did not reprocess it: control %s", intake_id, exc.kind)
    if exc.kind == "not-here":
        return _not_here(web, visit, intake_id, exc.message, exc.command or obstacle.command, back)
    if exc.kind in DAEMON_UNAVAILABLE:
        return _not_here(web, visit, intake_id, f"{obstacle.why}, and {exc.message}", obstacle.command, back,
                         detail=f"control {exc.kind}")
    web.audit(visit, "reprocess-password", target=intake_id, outcome="failed", detail=f"control {exc.kind}")
    if exc.kind == "timeout":
        visit.flash(FLASH_ID, f"No answer yet: {exc.message}.")
    else:
        visit.flash(FLASH_ID, f"The daemon could not reprocess it: {exc.message}. On the server, as the ingestd "
                              f"user, check 'ingestd quarantine show {intake_id}' and run: {obstacle.command}")
    return back
