"""The suite's one way to run the ``ingestd`` command.

``run_cli`` calls the entry point in this process (fast; stdout, stderr and the log captured),
``run_cli_process`` runs ``python -m ingestd`` as a child process (for what only a process
shows: exit on a signal, a closed pipe, the real environment). Both return a ``CliResult``,
which unpacks as ``code, out, err``.
"""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

from ingestd.cli import main
from ingestd.config import Config

REPO = Path(__file__).resolve().parents[1]


class CliResult(NamedTuple):
    code: int
    out: str
    err: str

    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("ingestd:")]


def _with_config(config: Config | None, args: tuple[str, ...]) -> list[str]:
    return ["--config", str(config.source), *args] if config is not None else list(args)


def run_cli(config: Config | None, *args: str, stdin: bytes | None = None) -> CliResult:
    """``ingestd --config <config.source> ARGS`` in-process."""
    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    # The command sets the level of the "ingestd" logger (WARNING unless -v); put it back so
    # that a later test's caplog sees what it expects.
    saved_level = logging.getLogger("ingestd").level
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(_with_config(config, args))
            except SystemExit as exit_:  # argparse: usage errors, --help, --version
                code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        sys.stdin = saved_stdin
        logging.getLogger("ingestd").setLevel(saved_level)
    return CliResult(code, out.getvalue(), err.getvalue())


def run_cli_process(config: Config | None, *args: str, stdin: bytes | None = None, env: dict | None = None,
                    timeout: float = 120) -> CliResult:
    """``python -m ingestd --config <config.source> ARGS`` as a child process."""
    proc = subprocess.run([sys.executable, "-m", "ingestd", *_with_config(config, args)], cwd=REPO,
                          input=stdin, capture_output=True, timeout=timeout, env=env)
    return CliResult(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))
