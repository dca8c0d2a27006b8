"""Logging never carries content (THREATS K1, K4)."""

from __future__ import annotations

import re
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


def _ingest_logging(tmp_path, make_config, extra_env: dict[str, str], *, stderr_file: Path, fmt: str = "text"):
    import os

    from tests.factories import make_docx
    from tests.messages import DOCX_TYPE, build_message, icr_text

    config = make_config(log_format=fmt)
    mail = tmp_path / "r.eml"
    mail.write_bytes(build_message([(make_docx(icr_text()), "report-about-Thessaly.docx", DOCX_TYPE)],
                                   subject="Thessaly Quarrington"))
    with open(stderr_file, "wb") as err:
        st = os.fstat(err.fileno())
        env = {**os.environ, **{k: v.format(dev=st.st_dev, ino=st.st_ino) for k, v in extra_env.items()}}
        proc = subprocess.run([sys.executable, "-m", "ingestd", "--config", str(config.source), "-v", "ingest",
                               str(mail)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=err, env=env, timeout=120)
    assert proc.returncode == 0
    return stderr_file.read_text()


def test_under_journald_each_line_carries_its_syslog_priority(tmp_path, make_config):
    # systemd sets JOURNAL_STREAM=DEV:INODE of the stream it gave the service as stderr.
    text = _ingest_logging(tmp_path, make_config, {"JOURNAL_STREAM": "{dev}:{ino}"},
                           stderr_file=tmp_path / "journal")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines and all(re.match(r"^<[0-7]>ingestd[.\w]*: ", line) for line in lines if not
                         line.startswith("1 file")), lines
    assert any(line.startswith("<6>") for line in lines)  # INFO is priority 6
    assert "Thessaly" not in text and "Quarrington" not in text


def test_journal_prefix_only_when_stderr_is_the_journal_stream(tmp_path, make_config):
    text = _ingest_logging(tmp_path, make_config, {"JOURNAL_STREAM": "1:2"}, stderr_file=tmp_path / "plain")
    assert not any(line.startswith("<") for line in text.splitlines())


def test_json_log_format_is_one_object_per_line(tmp_path, make_config):
    import json

    text = _ingest_logging(tmp_path, make_config, {}, stderr_file=tmp_path / "json", fmt="json")
    records = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    assert records and {"time", "level", "priority", "logger", "message"} <= set(records[0])
    assert all(r["time"].endswith("Z") for r in records)
    assert "Thessaly" not in text and "Quarrington" not in text
