"""Logging never carries content (THREATS K1, K4)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_uncaught_exception_is_logged_without_its_message():
    code = ("from ingestd.logsetup import configure_logging, install_excepthooks\n"
            "import threading\n"
            "configure_logging('DEBUG'); install_excepthooks()\n"
            "t = threading.Thread(target=lambda: {}['Thessaly Quarrington in a thread']); t.start(); t.join()\n"
            "raise ValueError('Subject: about Bramwell Oxtoby')\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "Thessaly" not in proc.stderr and "Bramwell" not in proc.stderr
    assert "builtins.ValueError" in proc.stderr and "builtins.KeyError" in proc.stderr
    assert "message withheld" in proc.stderr


def test_third_party_loggers_stay_at_warning_even_at_debug():
    import logging

    from ingestd.logsetup import TAMED, configure_logging

    configure_logging("DEBUG")
    assert logging.getLogger("ingestd").level == logging.DEBUG
    for name in ("mail.log", "gnupg", "imapclient", "sqlalchemy.engine"):
        assert name in TAMED
        assert not logging.getLogger(name).isEnabledFor(logging.INFO)
