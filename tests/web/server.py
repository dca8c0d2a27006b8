"""A real ``ingestd web`` process for the web tests, and the data it shows.

The app is started as a child process on a free port, exactly as the unit starts it, and the
tests talk to it over HTTP (httpx) or through Chromium (tests/web/browser.py). Reports are
filed by ``ingestd ingest`` of the tests' own fictional messages, so the pages show what the
daemon would have filed.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import ssl
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import httpx

from ingestd.config import Config
from tests.cli import REPO, run_cli
from tests.factories import make_docx, make_pdf
from tests.messages import DOCX_TYPE, build_message, icr_text, lr_text, scr_text
from tests.waiting import wait_until

PASSWORD = "a long test password 1"
ADMIN_PASSWORD = "another long password 2"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class WebServer:
    config: Config
    url: str
    process: subprocess.Popen
    log_path: Path
    verify: ssl.SSLContext | bool = True  # trusts the test CA under TLS
    users: dict[str, str] = field(default_factory=dict)  # name -> password

    def client(self, **kwargs) -> httpx.Client:  # type: ignore[no-untyped-def]
        socket_path = self.config.web.unix_socket
        if socket_path is not None:  # listen = "unix:...": talk over the socket, as the proxy does
            kwargs.setdefault("transport", httpx.HTTPTransport(uds=str(socket_path)))
        return httpx.Client(base_url=self.url, follow_redirects=False, timeout=30, verify=self.verify, **kwargs)

    def login(self, name: str = "reviewer", password: str | None = None) -> httpx.Client:
        """A client with a session for ``name`` (asserting the login worked)."""
        client = self.client()
        response = login(client, name, password or self.users[name])
        assert response.status_code == 303, response.text
        return client

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def login(client: httpx.Client, name: str, password: str, next_path: str = "/") -> httpx.Response:
    page = client.get("/login")
    return client.post("/login", data={"csrf_token": csrf_of(page.text), "name": name, "password": password,
                                       "next": next_path})


def add_user(config: Config, name: str, role: str, password: str) -> None:
    result = run_cli(config, "user", "add", name, "--role", role, "--password-stdin", stdin=f"{password}\n".encode())
    assert result.code == 0, result.err


def start_web(config: Config, tmp_path: Path, *, ca_file: Path | None = None,
              wrapper: tuple[str, ...] = ()) -> WebServer:
    """``python -m ingestd web`` on the config's [web] listen; waits until /healthz answers.

    ``wrapper``: a command the app is started under (tests/web/masking.py: the unit's masks)."""
    log_path = tmp_path / "web.log"
    scheme = "https" if config.web.tls else "http"
    host = "localhost" if config.web.tls else "127.0.0.1"  # the test certificate names localhost
    socket_path = config.web.unix_socket
    url = "http://ingestd-web" if socket_path else f"{scheme}://{host}:{config.web.port}"
    handle = log_path.open("wb")
    process = subprocess.Popen([*wrapper, sys.executable, "-m", "ingestd", "--config", str(config.source), "web"],
                               cwd=REPO, stdout=handle, stderr=subprocess.STDOUT, env={**os.environ})
    verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=str(ca_file)) if ca_file else True

    def healthy() -> bool:
        if process.poll() is not None:
            raise AssertionError(f"ingestd web exited with {process.returncode}: {log_path.read_text()[-2000:]}")
        try:
            if socket_path is not None:
                with httpx.Client(transport=httpx.HTTPTransport(uds=str(socket_path)), timeout=2) as client:
                    return client.get(f"{url}/healthz").status_code == 200
            return httpx.get(f"{url}/healthz", timeout=2, verify=verify).status_code == 200
        except httpx.HTTPError:
            return False

    wait_until(healthy, what="ingestd web to answer /healthz")
    return WebServer(config=config, url=url, process=process, log_path=log_path, verify=verify)


def web_config_text(port: int | str, extra: str = "") -> str:
    """A [web] section on 127.0.0.1:PORT, or on ``port`` as given when it is ``unix:/PATH``."""
    listen = port if isinstance(port, str) else f"127.0.0.1:{port}"
    return f"""
[web]
listen = "{listen}"
{extra}
"""


# ---- the reports the pages show --------------------------------------------------------------

def file_reports(config: Config, tmp_path: Path, *, hostile_line: str | None = None) -> None:
    """File a late ICR, an on-time SCR (with ``hostile_line`` in its text), an LR with no
    readable ratification date, and a message without a report, through ``ingestd ingest``."""
    late_icr = build_message([(make_docx(icr_text("3rd November 2026")), "icr.docx", DOCX_TYPE)],
                             received=datetime(2026, 11, 12, 9, 0, tzinfo=timezone.utc))
    scr_lines = scr_text("19.05.2026") + ([hostile_line] if hostile_line else [])
    on_time_scr = build_message([(make_pdf(scr_lines), "scr.pdf", "application/pdf")], sender="cpc@fife.gov.uk",
                                received=datetime(2026, 5, 22, 9, 0, tzinfo=timezone.utc))
    undated = lr_text("28th of July 2026")[:-1] + ["The Chief Officers Group will consider the findings later."]
    unknown_lr = build_message([(make_docx(undated), "lr.docx", DOCX_TYPE)], sender="cpc@highland.gov.uk",
                               received=datetime(2026, 8, 3, 9, 0, tzinfo=timezone.utc))
    no_report = build_message([], body="The report will follow.",
                              received=datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
    files = []
    for n, raw in enumerate((late_icr, on_time_scr, unknown_lr, no_report)):
        path = tmp_path / f"mail-{n}.eml"
        path.write_bytes(raw)
        files.append(str(path))
    result = run_cli(config, "ingest", *files)
    assert result.code == 0, result.err
