"""Peak memory of OCR per page: the parser worker and its Tesseract, as RLIMIT_AS sees them.

    .venv/bin/python benchmarks/bench_ocr_memory.py [--dpi 150 300] [--pages 1 20]

A generated fictional A4 scan (``tests.scans``, noise, skew, a stamp) goes through
``ingestd.parsers.extract_text`` (the real sandboxed worker under the default limits) as an
image-only PDF of one page and of ``--pages`` pages; a thread polls ``/proc`` every
millisecond for the peak virtual size (VmPeak, what RLIMIT_AS counts) and the peak resident
size (VmHWM) of each process below this one. Then Tesseract alone on the same page at 300
dpi, with ``OMP_THREAD_LIMIT=1`` (as the worker runs it) and without. Printed, not asserted:
the figures that ``parsers.ocr.page_memory_mb`` is built on, and the margin to
``[pipeline] parse_memory_mb``. A process that lives under a millisecond may be missed.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingestd import parsers  # noqa: E402
from ingestd.config.schema import PipelineConfig  # noqa: E402
from tests import scans  # noqa: E402
from tests.messages import icr_text  # noqa: E402


class Peaks:
    """Peak VmPeak / VmHWM (MB) per process name among this process's descendants."""

    def __init__(self) -> None:
        self.peaks: dict[str, tuple[int, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> Peaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.is_set():
            todo = _children(os.getpid())
            while todo:
                pid = todo.pop()
                todo.extend(_children(pid))
                status = _status(pid)
                if status:
                    name, vm, rss = status
                    old = self.peaks.get(name, (0, 0))
                    self.peaks[name] = (max(old[0], vm), max(old[1], rss))
            time.sleep(0.001)


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    except OSError:
        return []


def _status(pid: int) -> tuple[str, int, int] | None:
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
        return fields["Name"].strip(), int(fields["VmPeak"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024
    except (OSError, KeyError, ValueError):
        return None


def _show(label: str, peaks: dict[str, tuple[int, int]], limit: int) -> None:
    shown = "; ".join(f"{name} {vm} MB virtual, {rss} MB resident" for name, (vm, rss) in sorted(peaks.items()))
    print(f"{label:<34} {shown}  (limit {limit} MB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--pages", type=int, nargs="+", default=[1, 20])
    args = parser.parse_args(argv)
    limits = PipelineConfig()
    for dpi in args.dpi:
        page = scans.render_page(icr_text(), dpi=dpi, noise=0.002, skew_degrees=0.8, stamp="RECEIVED 4 NOV 2026")
        for count in args.pages:
            pdf = scans.scanned_pdf([page] * count, dpi)
            with Peaks() as peaks:
                result = parsers.extract_text(pdf, "pdf", limits)
            assert result.ocr_pages == count
            _show(f"{count} page(s) scanned at {dpi} dpi", peaks.peaks, limits.parse_memory_mb)
    tesseract = shutil.which("tesseract")
    if tesseract:
        page = scans.render_page(icr_text(), dpi=300, noise=0.002, skew_degrees=0.8)
        buffer = io.BytesIO()
        page.save(buffer, format="PNG")
        for label, extra in (("tesseract alone, OMP_THREAD_LIMIT=1", {"OMP_THREAD_LIMIT": "1"}),
                             ("tesseract alone, OpenMP default", {})):
            with Peaks() as peaks:
                subprocess.run([tesseract, "stdin", "stdout", "--psm", "3", "--dpi", "300", "tsv"],
                               input=buffer.getvalue(), capture_output=True, check=True,
                               env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", **extra})
            _show(label, {"tesseract": peaks.peaks.get("tesseract", (0, 0))}, limits.parse_memory_mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
