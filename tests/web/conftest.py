"""Fixtures: a configuration with [web], filed reports, accounts, and a running ``ingestd web``."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.intake.smtp.daemon_process import DaemonProcess
from tests.web.masking import as_the_unit_masks_it
from tests.web.server import (ADMIN_PASSWORD, PASSWORD, WebServer, add_user, file_reports, free_port, start_web,
                              web_config_text)

HOSTILE = '<script>document.title="owned"</script><img src=x onerror=alert(1)> Dr Quillon Abernethy-Rusk'


@pytest.fixture
def web_config(make_config, request):  # type: ignore[no-untyped-def]
    """The test's config with a [web] section on a free port (``web_extra`` marker adds keys)."""
    marker = request.node.get_closest_marker("web_extra")
    extra = marker.args[0] if marker else ""
    database_url = request.getfixturevalue("db_url") if "db_url" in request.fixturenames else None
    return make_config(database_url, extra=web_config_text(free_port(), extra))


@pytest.fixture
def web(web_config, tmp_path: Path) -> Iterator[WebServer]:
    """``ingestd web`` over a database holding the reports of ``file_reports`` and two accounts:
    ``reviewer`` and ``admin``."""
    file_reports(web_config, tmp_path, hostile_line=HOSTILE)
    add_user(web_config, "reviewer", "reviewer", PASSWORD)
    add_user(web_config, "admin", "admin", ADMIN_PASSWORD)
    server = start_web(web_config, tmp_path)
    server.users = {"reviewer": PASSWORD, "admin": ADMIN_PASSWORD}
    try:
        yield server
    finally:
        server.stop()


def pytest_configure(config):  # type: ignore[no-untyped-def]
    config.addinivalue_line("markers", "web_extra(text): extra [web] keys for the web_config fixture")


@pytest.fixture
def daemon_and_masked_web(make_config, tmp_path: Path) -> Iterator[WebServer]:
    """The shipped arrangement: ``ingestd serve`` with its control socket, and ``ingestd web``
    under the web unit's masks (tests/web/masking.py), so it cannot reach the quarantine and
    hands the password form's work to the daemon. Over ``file_reports``' reports, with
    ``reviewer`` and ``admin``; ``.daemon`` is the DaemonProcess, ``.control_socket`` its path
    (in a short directory of its own: a socket path is at most 108 bytes)."""
    control_dir = Path(tempfile.mkdtemp(prefix="ingestd-ctl-"))
    socket_path = control_dir / "control.sock"
    config = make_config(extra=web_config_text(free_port(), f'control_socket = "{socket_path}"') +
                         f'[smtp]\nlisten = "127.0.0.1:{free_port()}"\n')
    file_reports(config, tmp_path, hostile_line=HOSTILE)
    add_user(config, "reviewer", "reviewer", PASSWORD)
    add_user(config, "admin", "admin", ADMIN_PASSWORD)
    daemon = DaemonProcess(config.source, tmp_path)  # type: ignore[arg-type]
    server = None
    try:
        daemon.start().wait_ready()
        assert f"control socket: serving on {socket_path}" in daemon.stderr()
        server = start_web(config, tmp_path, wrapper=as_the_unit_masks_it(config, tmp_path))
        server.users = {"reviewer": PASSWORD, "admin": ADMIN_PASSWORD}
        server.daemon = daemon  # type: ignore[attr-defined]
        server.control_socket = socket_path  # type: ignore[attr-defined]
        yield server
    finally:
        if server is not None:
            server.stop()
        daemon.close()
        shutil.rmtree(control_dir, ignore_errors=True)
