"""Fixtures: a configuration with [web], filed reports, accounts, and a running ``ingestd web``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
