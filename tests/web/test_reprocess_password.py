"""The "Try this password" form on Needs attention: a real app, a real store, a real protected DOCX.

The password must leak nowhere: no log line of the web app, no audit row, no database row,
no file under the data dir, no response body, not the session cookie.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import httpx
import pytest

from ingestd.web.auth import Sessions
from ingestd.web.security import load_session_key
from tests.cli import run_cli
from tests.factories import make_pdf, make_protected_docx
from tests.messages import DOCX_TYPE, build_message, icr_text
from tests.test_quarantine import archive_key, daemon_home_with  # noqa: F401 - the archive_key fixture
from tests.web.server import ADMIN_PASSWORD, PASSWORD, add_user, csrf_of, free_port, start_web, web_config_text

DOC_PASSWORD = "Ptarmigan-Sluice-4417"
WRONG = "Wrenfold-Corrie-0000"


def hold_protected(config, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """Ingest a message whose only report is a password-protected DOCX; its intake id."""
    raw = build_message([(make_protected_docx(icr_text(), DOC_PASSWORD), "ICR.docx", DOCX_TYPE)])
    path = tmp_path / "protected.eml"
    path.write_bytes(raw)
    assert run_cli(config, "ingest", str(path)).code == 0
    [held] = [e for e in json.loads(run_cli(config, "log", "--format", "json").out)
              if e["reason"] == "password-protected"]
    return held["intake_id"]


def held_ids(page: str) -> list[str]:
    section = page.split('id="held"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<td class="muted">([0-9]+-[a-z]+-[0-9a-f]+)</td>', section)


def flash(page: str) -> str:
    match = re.search(r'<p class="flash" id="reprocess-outcome" role="status">(.*?)</p>', page, re.S)
    assert match, "no outcome on the page"
    return match.group(1)


def try_password(client: httpx.Client, intake_id: str, password: str, bodies: list[str]) -> str:
    """Fill the form as the page gives it, follow the redirect: the page the admin sees."""
    page = client.get("/attention")
    bodies.append(page.text)
    response = client.post(f"/quarantine/{intake_id}/password",
                           data={"csrf_token": csrf_of(page.text), "password": password})
    bodies.append(response.text)
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/attention#held"
    after = client.get("/attention")
    bodies.append(after.text)
    return after.text


def assert_leaks_nowhere(secret: str, web, bodies: list[str], cookies: list[str]) -> None:  # type: ignore[no-untyped-def]
    config = web.config
    assert not [b for b in bodies if secret in b], "the password is in a response body"
    assert secret not in web.log_path.read_text(errors="replace"), "the password is in the web app's log"
    audit = run_cli(config, "audit", "--format", "json").out
    assert secret not in audit
    audit_rows = [r for r in json.loads(audit) if r["action"] == "reprocess-password"]
    assert audit_rows, "no reprocess-password audit row"
    everything = [p for p in Path(config.storage.data_dir).rglob("*") if p.is_file()]
    if config.database_url.startswith("sqlite:///"):
        database = config.database_url.removeprefix("sqlite:///")
        everything += [Path(p) for p in (database, database + "-wal", database + "-journal") if Path(p).exists()]
    else:  # every row of every table, as pg_dump writes them
        dump = subprocess.run(["pg_dump", "--data-only", config.database_url.replace("+psycopg", "")],
                              capture_output=True, check=True).stdout
        assert b"reprocess-password" in dump and secret.encode() not in dump, "the password is in the database"
    assert everything
    for path in everything:
        try:
            held = path.read_bytes()
        except FileNotFoundError:
            continue  # a spool or self-check temporary file renamed or removed while the walk listed it
        assert secret.encode() not in held, f"the password is in {path.name}"
    serializer = Sessions(load_session_key(config.web_session_key_file), 60).serializer
    for cookie in cookies:
        assert secret not in cookie and secret not in json.dumps(serializer.loads(cookie))


def session_cookies(client: httpx.Client) -> list[str]:
    return [c.value for c in client.cookies.jar]


def test_a_reviewer_sees_no_form_and_is_refused(web, tmp_path):
    intake_id = hold_protected(web.config, tmp_path)
    reviewer = web.login("reviewer")
    page = reviewer.get("/attention").text
    assert intake_id in held_ids(page)
    assert 'type="password"' not in page and "Try this password" not in page
    response = reviewer.post(f"/quarantine/{intake_id}/password",
                             data={"csrf_token": csrf_of(page), "password": DOC_PASSWORD})
    assert response.status_code == 403
    assert json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)["status"] == "quarantined"
    refused = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out)
               if r["action"] == "refused" and r["target"] == f"/quarantine/{intake_id}/password"]
    assert refused and refused[0]["detail"] == "forbidden"


def test_without_the_csrf_token_nothing_is_tried(web, tmp_path):
    intake_id = hold_protected(web.config, tmp_path)
    admin = web.login("admin")
    response = admin.post(f"/quarantine/{intake_id}/password", data={"password": DOC_PASSWORD})
    assert response.status_code == 403 and "did not come from this site" in response.text
    assert json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)["reason"] == "password-protected"


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_an_admin_tries_a_wrong_then_the_right_password_and_it_leaks_nowhere(web, tmp_path, db_url):
    intake_id = hold_protected(web.config, tmp_path)
    admin = web.login("admin")
    bodies: list[str] = []
    page = admin.get("/attention").text
    form = re.search(rf'<form class="password-form" action="/quarantine/{intake_id}/password" method="post">'
                     r'(.*?)</form>', page, re.S)
    assert form, "no password form for the held message"
    assert re.search(r'<input [^>]*name="password" type="password" autocomplete="off"', form.group(1))
    assert "Try this password" in form.group(1)

    page = try_password(admin, intake_id, WRONG, bodies)
    assert flash(page) == "That password did not open it; nothing changed. It is still held."
    assert intake_id in held_ids(page)
    shown = json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)
    assert (shown["status"], shown["original_kept"]) == ("quarantined", True)
    assert 'value="' + WRONG not in page  # never echoed back into the form

    page = try_password(admin, intake_id, DOC_PASSWORD, bodies)
    reference = re.search(r"filed as ([A-Z]+-2026-[0-9]{4})", flash(page)).group(1)  # type: ignore[union-attr]
    assert f'<a href="/reports/{reference}">Open {reference}</a>' in flash(page)
    assert intake_id not in held_ids(page)
    [entry] = [e for e in json.loads(run_cli(web.config, "log", "--format", "json").out)
               if e["intake_id"] == intake_id]
    assert (entry["status"], entry["reference"]) == ("filed", reference)
    report = admin.get(f"/reports/{reference}")
    bodies.append(report.text)
    assert report.status_code == 200

    rows = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out)
            if r["action"] == "reprocess-password"]
    assert [(r["username"], r["target"], r["outcome"]) for r in rows] == \
        [("admin", intake_id, "wrong-password"), ("admin", intake_id, "ok")]
    events = json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)["events"]
    assert [e["detail"] for e in events if e["event"] == "reprocessed"] == ["with password"] * 2
    for secret in (DOC_PASSWORD, WRONG):
        assert_leaks_nowhere(secret, web, bodies, session_cookies(admin))


def test_an_empty_password_changes_nothing(web, tmp_path):
    intake_id = hold_protected(web.config, tmp_path)
    admin = web.login("admin")
    page = try_password(admin, intake_id, "", [])
    assert "Type the password" in flash(page) and "nothing changed" in flash(page)
    assert json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)["reason"] == "password-protected"


def test_a_message_held_for_another_reason_has_no_form_and_is_refused(web, tmp_path):
    admin = web.login("admin")
    raw = build_message([(make_pdf(["Page 1"]), "report.pdf", "application/pdf")])  # held as little-text
    path = tmp_path / "blank.eml"
    path.write_bytes(raw)
    run_cli(web.config, "ingest", str(path))
    page = admin.get("/attention").text
    assert "Try this password" not in page
    [entry] = [e for e in json.loads(run_cli(web.config, "log", "--format", "json").out)
               if e["status"] == "quarantined"]
    response = admin.post(f"/quarantine/{entry['intake_id']}/password",
                          data={"csrf_token": csrf_of(page), "password": DOC_PASSWORD})
    assert response.status_code == 400 and "not for a password" in response.text
    assert admin.post("/quarantine/../password", data={"csrf_token": csrf_of(page)}).status_code == 404
    assert admin.post("/quarantine/00000000000000000001-smtp-abcdef/password",
                      data={"csrf_token": csrf_of(page), "password": "x"}).status_code == 404


@pytest.fixture
def encrypted_web(make_config, tmp_path, archive_key):  # type: ignore[no-untyped-def]  # noqa: F811
    """The web app over a store whose originals are encrypted to an archive key it does not hold."""
    officer_home, fingerprint = archive_key
    home = daemon_home_with(tmp_path, officer_home, fingerprint)
    config = make_config(extra=web_config_text(free_port()) +
                         f'[gpg]\nhome = "{home}"\n[archive]\nrecipients = ["{fingerprint}"]\n')
    add_user(config, "admin", "admin", ADMIN_PASSWORD)
    add_user(config, "reviewer", "reviewer", PASSWORD)
    server = start_web(config, tmp_path)
    server.users = {"admin": ADMIN_PASSWORD, "reviewer": PASSWORD}
    try:
        yield server
    finally:
        server.stop()


def test_an_original_encrypted_to_the_archive_key_names_the_cli_command(encrypted_web, tmp_path):
    web = encrypted_web
    intake_id = hold_protected(web.config, tmp_path)
    admin = web.login("admin")
    page = admin.get("/attention").text
    assert "Try this password" not in page
    command = f"ingestd quarantine reprocess {intake_id} --key-home DIR --password-file FILE"
    assert "encrypted to the archive key, which the web app does not hold" in page and command in page
    # A POST made anyway (an old page) says the same in words; nothing changes.
    bodies: list[str] = []
    after = try_password(admin, intake_id, DOC_PASSWORD, bodies)
    assert flash(after).startswith("Not done: the original is encrypted to the archive key") and command in flash(after)
    assert "Traceback" not in after
    assert json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)["reason"] == "password-protected"
    [row] = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out)
             if r["action"] == "reprocess-password"]
    assert (row["target"], row["outcome"]) == (intake_id, "not-here")
    assert_leaks_nowhere(DOC_PASSWORD, web, bodies, session_cookies(admin))


def test_where_the_web_app_cannot_reach_the_quarantine_the_page_names_the_cli_command(web, tmp_path):
    """The shipped unit masks the quarantine (InaccessiblePaths=). The tests run as root, whom a
    mode-000 directory does not stop, so the mask is stood in for by a file with no permissions
    where the directory was: neither can this process search it."""
    intake_id = hold_protected(web.config, tmp_path)
    quarantine = web.config.quarantine_dir
    kept = quarantine.rename(tmp_path / "quarantine-kept")
    quarantine.write_bytes(b"")
    quarantine.chmod(0)
    try:
        admin = web.login("admin")
        page = admin.get("/attention").text
        assert "Try this password" not in page
        assert "no access to the quarantine on this server" in page
        assert f"ingestd quarantine reprocess {intake_id} --password-file FILE" in page
        bodies: list[str] = []
        after = try_password(admin, intake_id, DOC_PASSWORD, bodies)
        assert flash(after).startswith("Not done: this web app has no access to the quarantine")
        assert "Nothing changed" in flash(after) and "Traceback" not in after
    finally:
        quarantine.unlink()
        kept.rename(quarantine)
    assert json.loads(run_cli(web.config, "quarantine", "show", intake_id).out)["reason"] == "password-protected"
    assert_leaks_nowhere(DOC_PASSWORD, web, bodies, session_cookies(admin))


def test_the_password_opens_it_but_it_is_no_report(web, tmp_path):
    raw = build_message([(make_protected_docx(["Please find the minutes of the meeting enclosed."], DOC_PASSWORD),
                          "minutes.docx", DOCX_TYPE)])
    path = tmp_path / "minutes.eml"
    path.write_bytes(raw)
    assert run_cli(web.config, "ingest", str(path)).code == 0
    [held] = [e for e in json.loads(run_cli(web.config, "log", "--format", "json").out)
              if e["reason"] == "password-protected"]
    admin = web.login("admin")
    page = try_password(admin, held["intake_id"], DOC_PASSWORD, [])
    assert flash(page).startswith("The password opened it, but it was not filed: no-report (the attachments were "
                                  "read but none is an ICR, SCR or Learning Review"), flash(page)
    [row] = [r for r in json.loads(run_cli(web.config, "audit", "--format", "json").out)
             if r["action"] == "reprocess-password"]
    assert (row["outcome"], row["detail"]) == ("held", "no_report no-report")
